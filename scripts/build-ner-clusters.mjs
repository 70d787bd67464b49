#!/usr/bin/env node
/**
 * Word clusters for the NER tagger from unlabeled news (SaudiNewsNet; only the learned clusters ship).
 * Left/right neighbour counts over the commonest context words → PPMI → random projection → spherical
 * k-means (fine clusters), then k-means over the fine centroids (coarse clusters).
 * Output: models/ner/clusters.txt, "word<TAB>id" with id = coarse * 1024 + fine. Deterministic.
 *
 *   node scripts/build-ner-clusters.mjs [--data ../shared/data] [--vocab 80000] [--k 512] [--coarse 48]
 */
import { buildSync } from 'esbuild';
import { createReadStream, writeFileSync, mkdirSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/data' },
    vocab: { type: 'string', default: '80000' },
    k: { type: 'string', default: '512' },
    coarse: { type: 'string', default: '48' },
    contexts: { type: 'string', default: '3000' },
    dims: { type: 'string', default: '160' },
    iters: { type: 'string', default: '12' },
    out: { type: 'string', default: 'models/ner/clusters.txt' },
  },
});
const V = Number(values.vocab);
const K = Number(values.k);
const KC = Number(values.coarse);
const C = Number(values.contexts);
const D = Number(values.dims);

const bundled = buildSync({ entryPoints: ['src/text/normalize.ts'], bundle: true, format: 'esm', platform: 'node', write: false });
const { fold } = await import('data:text/javascript;base64,' + Buffer.from(bundled.outputFiles[0].text).toString('base64'));

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = rng(7);
const TOKEN = /[\u0621-\u064a]+|[0-9]+|[^\s\u0621-\u064a0-9]/g;

// pass 1: read all documents as token id arrays
const ids = new Map();
const words = [];
const freq = [];
const docs = [];
const rl = createInterface({ input: createReadStream(`${values.data}/saudinewsnet/articles.jsonl.gz`).pipe(createGunzip()), crlfDelay: Infinity });
for await (const line of rl) {
  if (!line) continue;
  const { title, text } = JSON.parse(line);
  const toks = fold(`${title ?? ''}\n${text ?? ''}`).match(TOKEN) ?? [];
  const arr = new Int32Array(toks.length);
  toks.forEach((t, i) => {
    const w = /^[0-9]+$/.test(t) ? '0' : t;
    let id = ids.get(w);
    if (id === undefined) {
      id = words.length;
      ids.set(w, id);
      words.push(w);
      freq.push(0);
    }
    freq[id]++;
    arr[i] = id;
  });
  docs.push(arr);
}
const byFreq = Array.from(freq.keys()).sort((a, b) => freq[b] - freq[a] || (words[a] < words[b] ? -1 : 1));
const vocabIndex = new Int32Array(words.length).fill(-1);
const ctxIndex = new Int32Array(words.length).fill(-1);
const vocab = byFreq.slice(0, V).filter((id) => /[\u0621-\u064a]/.test(words[id]) && freq[id] >= 3);
vocab.forEach((id, i) => (vocabIndex[id] = i));
byFreq.slice(0, C).forEach((id, i) => (ctxIndex[id] = i));
const NV = vocab.length;
console.error(`tokens: ${freq.reduce((a, b) => a + b, 0)}, types: ${words.length}, vocab: ${NV}`);

// pass 2: co-occurrence counts (left neighbour: ctx c, right neighbour: ctx C + c; C*2 = "other")
const NC = 2 * C + 2;
const counts = new Map(); // per vocab word: Map ctx -> count would be slow; use a flat open-addressing table
const SIZE = 1 << 25;
const keys = new Int32Array(SIZE).fill(-1);
const vals = new Float32Array(SIZE);
const wTot = new Float64Array(NV);
const cTot = new Float64Array(NC);
let total = 0;
function bump(v, c) {
  const key = v * NC + c;
  let p = (Math.imul(key, 0x9e3779b1) >>> 7) & (SIZE - 1);
  while (keys[p] !== -1 && keys[p] !== key) p = (p + 1) & (SIZE - 1);
  keys[p] = key;
  vals[p]++;
  wTot[v]++;
  cTot[c]++;
  total++;
}
for (const d of docs) {
  for (let i = 0; i < d.length; i++) {
    const v = vocabIndex[d[i]];
    if (v < 0) continue;
    const l = i > 0 ? ctxIndex[d[i - 1]] : -1;
    const r = i + 1 < d.length ? ctxIndex[d[i + 1]] : -1;
    bump(v, l >= 0 ? l : 2 * C);
    bump(v, r >= 0 ? C + r : 2 * C + 1);
  }
}
void counts;

// random projection of PPMI vectors
const R = new Float32Array(NC * D);
for (let i = 0; i < R.length; i++) R[i] = rand() < 0.5 ? -1 : 1;
const X = new Float32Array(NV * D);
for (let p = 0; p < SIZE; p++) {
  const key = keys[p];
  if (key < 0) continue;
  const v = Math.floor(key / NC);
  const c = key - v * NC;
  const pmi = Math.log((vals[p] * total) / (wTot[v] * Math.pow(cTot[c], 0.75) * Math.pow(total, 0.25)));
  if (pmi <= 0) continue;
  const xo = v * D;
  const ro = c * D;
  for (let k = 0; k < D; k++) X[xo + k] += pmi * R[ro + k];
}
function normalise(M, n) {
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let k = 0; k < D; k++) s += M[i * D + k] ** 2;
    s = Math.sqrt(s) || 1;
    for (let k = 0; k < D; k++) M[i * D + k] /= s;
  }
}
normalise(X, NV);

function kmeans(M, n, k, iters, weight) {
  const cent = new Float32Array(k * D);
  // init: k points spread over the frequency-sorted list (deterministic)
  for (let j = 0; j < k; j++) {
    const i = Math.min(n - 1, Math.floor((j * n) / k + rand() * (n / k)));
    cent.set(M.subarray(i * D, i * D + D), j * D);
  }
  const assign = new Int32Array(n);
  for (let it = 0; it < iters; it++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      let best = -Infinity;
      let arg = 0;
      const io = i * D;
      for (let j = 0; j < k; j++) {
        let s = 0;
        const jo = j * D;
        for (let d = 0; d < D; d++) s += M[io + d] * cent[jo + d];
        if (s > best) {
          best = s;
          arg = j;
        }
      }
      if (assign[i] !== arg) moved++;
      assign[i] = arg;
    }
    cent.fill(0);
    for (let i = 0; i < n; i++) {
      const w = weight ? weight(i) : 1;
      for (let d = 0; d < D; d++) cent[assign[i] * D + d] += w * M[i * D + d];
    }
    normalise(cent, k);
    console.error(`k-means k=${k} iteration ${it + 1}: ${moved} moved`);
  }
  return { assign, cent };
}
const fine = kmeans(X, NV, K, Number(values.iters), (i) => Math.log(1 + freq[vocab[i]]));
const coarse = kmeans(fine.cent, K, KC, 20, null);
const lines = [];
for (let i = 0; i < NV; i++) lines.push(`${words[vocab[i]]}\t${coarse.assign[fine.assign[i]] * 1024 + fine.assign[i]}`);
mkdirSync('models/ner', { recursive: true });
writeFileSync(values.out, lines.join('\n') + '\n');
console.error(`wrote ${lines.length} words to ${values.out}`);
