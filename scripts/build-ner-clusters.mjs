#!/usr/bin/env node
/**
 * Multi-granularity word clusters for the NER tagger from unlabeled news (SaudiNewsNet; only the learned
 * word→cluster ids ship, no text). Each folded word and its clitic-stripped stem (proclitics and article
 * removed) is a vocabulary entry; its contexts are the commonest words at positions −2, −1, +1, +2.
 * PPMI → sparse random projection → spherical k-means (k fine clusters) over the most frequent entries, the
 * rest assigned to the nearest centroid; coarser levels by k-means over the fine centroids.
 * Output: models/ner/clusters.bin (a packed string table: word → fine | mid << 11 | coarse << 22); with
 * --text FILE also "word<TAB>fine<TAB>mid<TAB>coarse" lines. Deterministic.
 *
 *   node scripts/build-ner-clusters.mjs [--data ../shared/data] [--vocab 150000] [--k 2048] [--mid 256] [--coarse 64] [--text FILE]
 */
import { buildSync } from 'esbuild';
import { createReadStream, writeFileSync, mkdirSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/data' },
    vocab: { type: 'string', default: '150000' },
    fit: { type: 'string', default: '40000' },
    k: { type: 'string', default: '2048' },
    mid: { type: 'string', default: '256' },
    coarse: { type: 'string', default: '64' },
    contexts: { type: 'string', default: '3000' },
    dims: { type: 'string', default: '100' },
    iters: { type: 'string', default: '10' },
    minfreq: { type: 'string', default: '3' },
    out: { type: 'string', default: 'models/ner/clusters.bin' },
    text: { type: 'string' },
    probe: { type: 'string' },
    power: { type: 'string', default: '1' },
  },
});
const V = Number(values.vocab);
const FIT = Number(values.fit);
const K = Number(values.k);
const C = Number(values.contexts);
const D = Number(values.dims);
const t0 = Date.now();
const log = (m) => console.error(`[${((Date.now() - t0) / 1000).toFixed(0)} s] ${m}`);

const bundled = buildSync({
  stdin: {
    contents: "export { fold } from './src/text/normalize.ts'; export { stripProclitics, stripArticle } from './src/ner/words.ts'; export { packClusters } from './src/ner/resources.ts'; export { rng } from './src/ner/hash.ts';",
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true, format: 'esm', platform: 'node', write: false,
});
const { fold, stripProclitics, stripArticle, packClusters, rng } = await import('data:text/javascript;base64,' + Buffer.from(bundled.outputFiles[0].text).toString('base64'));

const rand = rng(7);
const TOKEN = /[\u0621-\u064a]+|[0-9]+|[^\s\u0621-\u064a0-9]/g;

// pass 1: documents as token ids; stem id of every word type
const ids = new Map();
const words = [];
const freq = [];
const docs = [];
const intern = (w) => {
  let id = ids.get(w);
  if (id === undefined) {
    id = words.length;
    ids.set(w, id);
    words.push(w);
    freq.push(0);
  }
  return id;
};
const rl = createInterface({ input: createReadStream(`${values.data}/saudinewsnet/articles.jsonl.gz`).pipe(createGunzip()), crlfDelay: Infinity });
for await (const line of rl) {
  if (!line) continue;
  const { title, text } = JSON.parse(line);
  const toks = fold(`${title ?? ''}\n${text ?? ''}`).match(TOKEN) ?? [];
  const arr = new Int32Array(toks.length);
  toks.forEach((t, i) => {
    const id = intern(/^[0-9]+$/.test(t) ? '0' : t);
    freq[id]++;
    arr[i] = id;
  });
  docs.push(arr);
}
const nTypes = words.length;
const stemOf = new Int32Array(nTypes).fill(-1);
for (let id = 0; id < nTypes; id++) {
  const w = words[id];
  if (!/^[\u0621-\u064a]+$/.test(w)) continue;
  const s = stripArticle(stripProclitics(w));
  if (s !== w) stemOf[id] = intern(s);
}
// entry frequencies: a word counts for itself and for its stem
const efreq = new Float64Array(words.length);
for (let id = 0; id < nTypes; id++) {
  efreq[id] += freq[id];
  if (stemOf[id] >= 0) efreq[stemOf[id]] += freq[id];
}
const byFreq = Array.from(efreq.keys()).sort((a, b) => efreq[b] - efreq[a] || (words[a] < words[b] ? -1 : 1));
const vocab = byFreq.filter((id) => /^[\u0621-\u064a]+$/.test(words[id]) && efreq[id] >= Number(values.minfreq)).slice(0, V);
const vocabIndex = new Int32Array(words.length).fill(-1);
vocab.forEach((id, i) => (vocabIndex[id] = i));
const ctxIndex = new Int32Array(words.length).fill(-1);
Array.from(freq.keys()).sort((a, b) => freq[b] - freq[a] || (words[a] < words[b] ? -1 : 1)).slice(0, C).forEach((id, i) => (ctxIndex[id] = i));
const NV = vocab.length;
log(`tokens: ${freq.reduce((a, b) => a + b, 0)}, types: ${nTypes}, vocab entries: ${NV}`);

// pass 2: co-occurrence counts; context = position (0..3 for −2,−1,+1,+2) × C + word, or 4C + position for "other"
const NC = 4 * C + 4;
const SIZE = 1 << 26;
const keys = new Int32Array(SIZE).fill(-1);
const vals = new Float32Array(SIZE);
const wTot = new Float64Array(NV);
const cTot = new Float64Array(NC);
let total = 0;
let used = 0;
function bump(v, c, x) {
  const key = v * NC + c;
  let p = (Math.imul(key, 0x9e3779b1) >>> 6) & (SIZE - 1);
  while (keys[p] !== -1 && keys[p] !== key) p = (p + 1) & (SIZE - 1);
  if (keys[p] === -1) used++;
  keys[p] = key;
  vals[p] += x;
  wTot[v] += x;
  cTot[c] += x;
  total += x;
}
const OFFS = [-2, -1, 1, 2];
const WEIGHT = [0.5, 1, 1, 0.5];
for (const d of docs) {
  for (let i = 0; i < d.length; i++) {
    const v1 = vocabIndex[d[i]];
    const st = stemOf[d[i]];
    const v2 = st >= 0 ? vocabIndex[st] : -1;
    if (v1 < 0 && v2 < 0) continue;
    for (let q = 0; q < 4; q++) {
      const j = i + OFFS[q];
      const cx = j >= 0 && j < d.length ? ctxIndex[d[j]] : -1;
      const c = cx >= 0 ? q * C + cx : 4 * C + q;
      if (v1 >= 0) bump(v1, c, WEIGHT[q]);
      if (v2 >= 0) bump(v2, c, WEIGHT[q]);
    }
  }
}
log(`co-occurrence pairs: ${used}`);

// PPMI matrix (CSR), reduced by randomized truncated SVD (Halko et al. 2011): X = U S^0.5, rows normalised
const rowCount = new Int32Array(NV + 1);
for (let p = 0; p < SIZE; p++) if (keys[p] >= 0) rowCount[Math.floor(keys[p] / NC) + 1]++;
for (let v = 0; v < NV; v++) rowCount[v + 1] += rowCount[v];
const colIdx = new Int32Array(rowCount[NV]);
const val = new Float32Array(rowCount[NV]);
{
  const fillPos = rowCount.slice(0, NV);
  for (let p = 0; p < SIZE; p++) {
    const key = keys[p];
    if (key < 0) continue;
    const v = Math.floor(key / NC);
    const c = key - v * NC;
    const pmi = Math.log((vals[p] * total) / (wTot[v] * Math.pow(cTot[c], 0.75) * Math.pow(total, 0.25)));
    const at = fillPos[v]++;
    colIdx[at] = c;
    val[at] = pmi > 0 ? pmi : 0;
  }
}
const Lr = D + 16;
// A (NV×NC) times M (NC×Lr) → NV×Lr
function mulA(M) {
  const out = new Float64Array(NV * Lr);
  for (let v = 0; v < NV; v++) {
    const o = v * Lr;
    for (let q = rowCount[v]; q < rowCount[v + 1]; q++) {
      const x = val[q];
      if (x === 0) continue;
      const m = colIdx[q] * Lr;
      for (let k = 0; k < Lr; k++) out[o + k] += x * M[m + k];
    }
  }
  return out;
}
// Aᵀ (NC×NV) times Y (NV×Lr) → NC×Lr
function mulAt(Y) {
  const out = new Float64Array(NC * Lr);
  for (let v = 0; v < NV; v++) {
    const o = v * Lr;
    for (let q = rowCount[v]; q < rowCount[v + 1]; q++) {
      const x = val[q];
      if (x === 0) continue;
      const m = colIdx[q] * Lr;
      for (let k = 0; k < Lr; k++) out[m + k] += x * Y[o + k];
    }
  }
  return out;
}
// orthonormal columns by modified Gram-Schmidt (n×Lr, row-major), in place
function orth(M, n) {
  for (let a = 0; a < Lr; a++) {
    for (let b = 0; b < a; b++) {
      let dot = 0;
      for (let i = 0; i < n; i++) dot += M[i * Lr + a] * M[i * Lr + b];
      for (let i = 0; i < n; i++) M[i * Lr + a] -= dot * M[i * Lr + b];
    }
    let nrm = 0;
    for (let i = 0; i < n; i++) nrm += M[i * Lr + a] ** 2;
    nrm = Math.sqrt(nrm) || 1;
    for (let i = 0; i < n; i++) M[i * Lr + a] /= nrm;
  }
  return M;
}
const gauss = () => Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.cos(2 * Math.PI * rand());
const Omega = new Float64Array(NC * Lr);
for (let i = 0; i < Omega.length; i++) Omega[i] = gauss();
let Y = orth(mulA(Omega), NV);
log('range sketch');
for (let it = 0; it < Number(values.power); it++) {
  const Z = orth(mulAt(Y), NC);
  Y = orth(mulA(Z), NV);
  log(`power iteration ${it + 1}`);
}
// B = Qᵀ A (Lr×NC), stored as Bt = Aᵀ Q (NC×Lr); eigen-decompose B Bᵀ = Btᵀ Bt (Lr×Lr) by Jacobi
const Bt = mulAt(Y);
const G = new Float64Array(Lr * Lr);
for (let c = 0; c < NC; c++) {
  const o = c * Lr;
  for (let a = 0; a < Lr; a++) {
    const x = Bt[o + a];
    if (x === 0) continue;
    for (let b = 0; b < Lr; b++) G[a * Lr + b] += x * Bt[o + b];
  }
}
const Ev = new Float64Array(Lr * Lr);
for (let a = 0; a < Lr; a++) Ev[a * Lr + a] = 1;
for (let sweep = 0; sweep < 30; sweep++) {
  let off = 0;
  for (let p = 0; p < Lr; p++) for (let q = p + 1; q < Lr; q++) off += G[p * Lr + q] ** 2;
  if (off < 1e-18) break;
  for (let p = 0; p < Lr; p++) {
    for (let q = p + 1; q < Lr; q++) {
      const apq = G[p * Lr + q];
      if (Math.abs(apq) < 1e-30) continue;
      const theta = (G[q * Lr + q] - G[p * Lr + p]) / (2 * apq);
      const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
      const cs = 1 / Math.sqrt(t * t + 1);
      const sn = t * cs;
      for (let k = 0; k < Lr; k++) {
        const gkp = G[k * Lr + p];
        const gkq = G[k * Lr + q];
        G[k * Lr + p] = cs * gkp - sn * gkq;
        G[k * Lr + q] = sn * gkp + cs * gkq;
      }
      for (let k = 0; k < Lr; k++) {
        const gpk = G[p * Lr + k];
        const gqk = G[q * Lr + k];
        G[p * Lr + k] = cs * gpk - sn * gqk;
        G[q * Lr + k] = sn * gpk + cs * gqk;
      }
      for (let k = 0; k < Lr; k++) {
        const ekp = Ev[k * Lr + p];
        const ekq = Ev[k * Lr + q];
        Ev[k * Lr + p] = cs * ekp - sn * ekq;
        Ev[k * Lr + q] = sn * ekp + cs * ekq;
      }
    }
  }
}
const order = Array.from({ length: Lr }, (_, i) => i).sort((a, b) => G[b * Lr + b] - G[a * Lr + a]);
// X = Q U S^0.5 with the top D singular directions (singular value s = sqrt(eigenvalue))
const X = new Float32Array(NV * D);
for (let d = 0; d < D; d++) {
  const e = order[d];
  const sv = Math.sqrt(Math.max(G[e * Lr + e], 0));
  const scale = Math.sqrt(sv) / (sv || 1); // U = Q Ev / s … times s^0.5
  for (let v = 0; v < NV; v++) {
    let x = 0;
    const o = v * Lr;
    for (let k = 0; k < Lr; k++) x += Y[o + k] * Ev[k * Lr + e];
    X[v * D + d] = x * sv * scale;
  }
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
log('projected');
if (values.probe) {
  for (const w of values.probe.split(',')) {
    const i = vocabIndex[ids.get(w) ?? -1] ?? -1;
    if (i < 0) continue;
    const sims = [];
    for (let j = 0; j < Math.min(NV, 40000); j++) {
      let s = 0;
      for (let d = 0; d < D; d++) s += X[i * D + d] * X[j * D + d];
      sims.push([s, j]);
    }
    sims.sort((a, b) => b[0] - a[0]);
    console.error(w, sims.slice(0, 12).map(([s, j]) => `${words[vocab[j]]}:${s.toFixed(2)}`).join(' '));
  }
  process.exit(0);
}

function nearest(M, i, cent, k) {
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
  return arg;
}
function kmeans(M, n, k, iters, weight) {
  const cent = new Float32Array(k * D);
  for (let j = 0; j < k; j++) {
    const i = Math.min(n - 1, Math.floor((j * n) / k + rand() * (n / k)));
    cent.set(M.subarray(i * D, i * D + D), j * D);
  }
  const assign = new Int32Array(n);
  for (let it = 0; it < iters; it++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      const arg = nearest(M, i, cent, k);
      if (assign[i] !== arg) moved++;
      assign[i] = arg;
    }
    const old = cent.slice();
    cent.fill(0);
    const size = new Float64Array(k);
    for (let i = 0; i < n; i++) {
      const w = weight ? weight(i) : 1;
      size[assign[i]] += w;
      for (let d = 0; d < D; d++) cent[assign[i] * D + d] += w * M[i * D + d];
    }
    for (let j = 0; j < k; j++) if (size[j] === 0) cent.set(old.subarray(j * D, j * D + D), j * D);
    normalise(cent, k);
    log(`k-means k=${k} iteration ${it + 1}: ${moved} moved`);
  }
  return { assign, cent };
}
const fitN = Math.min(FIT, NV);
const fine = kmeans(X, fitN, K, Number(values.iters), (i) => Math.log(1 + efreq[vocab[i]]));
const fineOf = new Int32Array(NV);
fineOf.set(fine.assign);
for (let i = fitN; i < NV; i++) fineOf[i] = nearest(X, i, fine.cent, K);
log('assigned the rest');
const mid = kmeans(fine.cent, K, Number(values.mid), 25, null);
const coarse = kmeans(fine.cent, K, Number(values.coarse), 25, null);
const lines = [];
for (let i = 0; i < NV; i++) {
  const f = fineOf[i];
  lines.push(`${words[vocab[i]]}\t${f}\t${mid.assign[f]}\t${coarse.assign[f]}`);
}
mkdirSync('models/ner', { recursive: true });
if (values.text) writeFileSync(values.text, lines.join('\n') + '\n');
writeFileSync(values.out, packClusters(lines.join('\n')));
log(`wrote ${lines.length} words to ${values.out}`);
