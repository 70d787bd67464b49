/**
 * Feature extraction. Every feature is a 32-bit id = mix(template, value hash); nothing is concatenated
 * into strings on the hot path except the gazetteer's multi-word keys.
 */
import { hashStep, mix, pair, strHash } from './hash.js';
import { StringTable } from './strtable.js';
import { clusterCoarse, clusterFine, clusterMid, type NerResources } from './resources.js';
import { fold, lengthBucket, shapeOf, stripArticle, stripProclitics } from './words.js';

export interface FeatureOptions {
  gazetteer: boolean;
  lexicon: boolean;
  clusters: boolean;
  /** cluster templates: 0 fine+coarse of the word at −1..+1; 1 fine/mid/coarse of word and stem; 2 also mid-cluster bigrams */
  clusterSet?: number;
  /** boundary conjunctions (bit flags): 1 coarse cluster trigram −1,0,+1 and fine cluster bigram −1,0; 2 gazetteer source ×
   *  mid cluster of the next/previous token; 4 Latin word shape (CNN, IBM, Reuters); 8 trigger class of the previous
   *  token × mid cluster of this one */
  conj?: number;
}

export const DEFAULT_FEATURES: FeatureOptions = { gazetteer: true, lexicon: true, clusters: true, clusterSet: 2 };

/** A growable buffer of feature ids for one sentence: features of token i are ids[offsets[i] .. offsets[i+1]). */
export class FeatureBuffer {
  ids = new Uint32Array(4096);
  offsets = new Int32Array(257);
  length = 0;

  reset(tokens: number): void {
    if (this.offsets.length < tokens + 1) this.offsets = new Int32Array(tokens * 2 + 1);
    this.length = 0;
  }

  push(id: number): void {
    if (this.length === this.ids.length) {
      const next = new Uint32Array(this.ids.length * 2);
      next.set(this.ids);
      this.ids = next;
    }
    this.ids[this.length++] = id;
  }
}

const BOS = strHash('<s>');
const EOS = strHash('</s>');

let gazB = new Int32Array(256);
let gazI = new Int32Array(256);

/**
 * Gazetteer matches: per token, the source mask of the longest match starting (B) or continuing (I) there.
 * The returned arrays are scratch buffers reused by the next call (valid for indices 0..n−1 until then).
 */
export function gazetteerMarks(norm: string[], stems: string[], bare: string[], res: NerResources): { b: Int32Array; i: Int32Array } {
  const n = norm.length;
  if (gazB.length < n) {
    gazB = new Int32Array(n * 2);
    gazI = new Int32Array(n * 2);
  }
  const b = gazB;
  const ins = gazI;
  b.fill(0, 0, n);
  ins.fill(0, 0, n);
  if (res.gazetteer.size === 0) return { b, i: ins };
  const max = res.gazMaxLen;
  const fast = res.gazetteer instanceof StringTable && res.gazFirst instanceof StringTable;
  const gazT = res.gazetteer as StringTable;
  const firstT = res.gazFirst as StringTable;
  for (let s = 0; s < n; s++) {
    let bestLen = 0;
    let bestMask = 0;
    const f = norm[s]!;
    const st = stems[s]!;
    const ba = bare[s]!;
    const count = st === f ? 1 : ba === st ? 2 : 3;
    for (let c = 0; c < count; c++) {
      const first = c === 0 ? f : c === 1 ? st : ba;
      if (fast) {
        // same lookups as below, without building the joined keys: hashes continue word by word
        let h = strHash(first);
        const single = gazT.getHashed(first, h);
        if (single !== undefined && bestLen < 1) {
          bestLen = 1;
          bestMask = single;
        }
        if (max < 2 || !firstT.hasHashed(first, h)) continue;
        let length = first.length;
        for (let len = 2; len <= max && s + len <= n; len++) {
          const w = norm[s + len - 1]!;
          h = strHash(w, hashStep(h, 0x20));
          length += 1 + w.length;
          const m = gazT.getJoined(first, norm, s + 1, len - 1, h, length);
          if (m !== undefined && len > bestLen) {
            bestLen = len;
            bestMask = m;
          }
        }
        continue;
      }
      const single = res.gazetteer.get(first);
      if (single !== undefined && bestLen < 1) {
        bestLen = 1;
        bestMask = single;
      }
      if (max < 2 || !res.gazFirst.has(first)) continue;
      let key = first;
      for (let len = 2; len <= max && s + len <= n; len++) {
        key += ' ' + norm[s + len - 1];
        const m = res.gazetteer.get(key);
        if (m !== undefined && len > bestLen) {
          bestLen = len;
          bestMask = m;
        }
      }
    }
    if (bestLen) {
      b[s] |= bestMask;
      for (let k = 1; k < bestLen; k++) ins[s + k] |= bestMask;
    }
  }
  return { b, i: ins };
}

/** Per-sentence scratch arrays of extractFeatures, grown as needed and reused. */
let cap = 0;
let hNBuf = new Uint32Array(0);
let hBBuf = new Uint32Array(0);
let shapeBuf = new Int32Array(0);
let lexBuf = new Int32Array(0);
let clBuf = new Int32Array(0);
let scBuf = new Int32Array(0);

function grow(n: number): void {
  if (n + 4 <= cap) return;
  cap = (n + 4) * 2;
  hNBuf = new Uint32Array(cap);
  hBBuf = new Uint32Array(cap);
  shapeBuf = new Int32Array(cap);
  lexBuf = new Int32Array(cap);
  clBuf = new Int32Array(cap);
  scBuf = new Int32Array(cap);
}

function pushBits(buf: FeatureBuffer, template: number, mask: number, shift = 0): void {
  for (let bit = 0; mask; bit++, mask >>>= 1) if (mask & 1) buf.push(mix(template, bit + shift));
}

/** Extracts the features of one sentence of raw words into `buf` (`norms`: their fold()ed forms, when known). */
export function extractFeatures(words: readonly string[], res: NerResources, opt: FeatureOptions, buf: FeatureBuffer, norms?: readonly string[]): void {
  const n = words.length;
  buf.reset(n);
  const norm = new Array<string>(n);
  const stems = new Array<string>(n);
  const bare = new Array<string>(n);
  grow(n);
  const hN = hNBuf;
  const hB = hBBuf;
  const shape = shapeBuf;
  const lex = lexBuf;
  const cl = clBuf;
  const sc = scBuf;
  lex.fill(0, 0, n + 4);
  cl.fill(-1, 0, n + 4);
  sc.fill(-1, 0, n + 4);
  hN[0] = hN[1] = hB[0] = hB[1] = BOS;
  hN[n + 2] = hN[n + 3] = hB[n + 2] = hB[n + 3] = EOS;
  shape[0] = shape[1] = shape[n + 2] = shape[n + 3] = 99;
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    const f = norms ? norms[i]! : fold(w);
    const a = stripProclitics(f);
    const b = stripArticle(a);
    norm[i] = f;
    stems[i] = a;
    bare[i] = b;
    hN[i + 2] = strHash(f);
    hB[i + 2] = strHash(b);
    shape[i + 2] = shapeOf(w) * 8 + lengthBucket(f.length);
    if (opt.lexicon && res.lexicon.size) {
      let m = res.lexicon.get(f) ?? 0;
      if (a !== f) m |= res.lexicon.get(a) ?? 0;
      if (b !== a) m |= res.lexicon.get(b) ?? 0;
      lex[i + 2] = m;
    }
    if (opt.clusters && res.clusters.size) {
      if (res.clusters instanceof StringTable) {
        const t = res.clusters;
        const cb = b !== f ? t.getHashed(b, hB[i + 2]!) : undefined;
        cl[i + 2] = t.getHashed(f, hN[i + 2]!) ?? (b !== f ? cb : t.getHashed(b, hB[i + 2]!)) ?? -1;
        if (b !== f) sc[i + 2] = cb ?? -1;
      } else {
        cl[i + 2] = res.clusters.get(f) ?? res.clusters.get(b) ?? -1;
        if (b !== f) sc[i + 2] = res.clusters.get(b) ?? -1;
      }
    }
  }
  const gaz = opt.gazetteer ? gazetteerMarks(norm, stems, bare, res) : null;
  for (let i = 0; i < n; i++) {
    buf.offsets[i] = buf.length;
    const j = i + 2;
    const f = norm[i]!;
    buf.push(mix(0, 0));
    buf.push(mix(1, hN[j]!));
    buf.push(mix(3, hB[j]!));
    // prefixes 1..3 and suffixes 1..4 of the folded word
    let h = 0x811c9dc5;
    for (let k = 0; k < 3 && k < f.length; k++) {
      h = hashStep(h, f.charCodeAt(k));
      buf.push(mix(4 + k, h));
    }
    h = 0x811c9dc5;
    for (let k = 0; k < 4 && k < f.length; k++) {
      h = hashStep(h, f.charCodeAt(f.length - 1 - k));
      buf.push(mix(8 + k, h));
    }
    buf.push(mix(13, hN[j - 1]!));
    buf.push(mix(14, hN[j + 1]!));
    buf.push(mix(15, hN[j - 2]!));
    buf.push(mix(16, hN[j + 2]!));
    buf.push(mix(17, hB[j - 1]!));
    buf.push(mix(18, hB[j + 1]!));
    buf.push(mix(19, pair(hN[j - 1]!, hN[j]!)));
    buf.push(mix(20, pair(hN[j]!, hN[j + 1]!)));
    buf.push(mix(21, shape[j]!));
    buf.push(mix(22, shape[j - 1]!));
    buf.push(mix(23, shape[j + 1]!));
    buf.push(mix(37, (f !== stems[i] ? 2 : 0) + (stems[i] !== bare[i] ? 1 : 0)));
    if (gaz) {
      pushBits(buf, 24, gaz.b[i]!, 0);
      pushBits(buf, 24, gaz.i[i]!, 16);
      if (i > 0) {
        pushBits(buf, 25, gaz.b[i - 1]!, 0);
        pushBits(buf, 25, gaz.i[i - 1]!, 16);
      }
      if (i + 1 < n) {
        pushBits(buf, 26, gaz.b[i + 1]!, 0);
        pushBits(buf, 26, gaz.i[i + 1]!, 16);
      }
    }
    if (opt.lexicon) {
      pushBits(buf, 27, lex[j]!);
      pushBits(buf, 28, lex[j - 1]!);
      pushBits(buf, 29, lex[j + 1]!);
      pushBits(buf, 30, lex[j - 2]!);
    }
    if (opt.clusters && !opt.clusterSet) {
      const c = cl[j]!;
      const p = cl[j - 1]!;
      const q = cl[j + 1]!;
      buf.push(mix(31, c < 0 ? 0 : clusterFine(c) + 1));
      buf.push(mix(32, c < 0 ? 0 : clusterCoarse(c) + 1));
      buf.push(mix(33, p < 0 ? 0 : clusterFine(p) + 1));
      buf.push(mix(34, q < 0 ? 0 : clusterFine(q) + 1));
      buf.push(mix(35, p < 0 ? 0 : clusterCoarse(p) + 1));
      buf.push(mix(36, q < 0 ? 0 : clusterCoarse(q) + 1));
    } else if (opt.clusters) {
      const c = cl[j]!;
      const p = cl[j - 1]!;
      const q = cl[j + 1]!;
      const st = sc[j]!;
      buf.push(mix(31, c < 0 ? 0 : clusterFine(c) + 1));
      buf.push(mix(32, c < 0 ? 0 : clusterCoarse(c) + 1));
      buf.push(mix(38, c < 0 ? 0 : clusterMid(c) + 1));
      if (st >= 0) {
        buf.push(mix(39, clusterFine(st) + 1));
        buf.push(mix(40, clusterMid(st) + 1));
      }
      buf.push(mix(33, p < 0 ? 0 : clusterFine(p) + 1));
      buf.push(mix(34, q < 0 ? 0 : clusterFine(q) + 1));
      buf.push(mix(35, p < 0 ? 0 : clusterCoarse(p) + 1));
      buf.push(mix(36, q < 0 ? 0 : clusterCoarse(q) + 1));
      buf.push(mix(41, p < 0 ? 0 : clusterMid(p) + 1));
      buf.push(mix(42, q < 0 ? 0 : clusterMid(q) + 1));
      if (opt.clusterSet! >= 2) {
        buf.push(mix(43, pair(c < 0 ? 0 : clusterMid(c) + 1, p < 0 ? 0 : clusterMid(p) + 1)));
        buf.push(mix(44, pair(c < 0 ? 0 : clusterMid(c) + 1, q < 0 ? 0 : clusterMid(q) + 1)));
      }
    }
    const cj = opt.conj ?? 0;
    if (cj) conjunctions(buf, cj, i, n, words[i]!, cl, lex, gaz);
  }
  buf.offsets[n] = buf.length;
}

const midOf = (c: number) => (c < 0 ? 0 : clusterMid(c) + 1);

function conjunctions(buf: FeatureBuffer, cj: number, i: number, n: number, word: string, cl: Int32Array, lex: Int32Array, gaz: { b: Int32Array; i: Int32Array } | null): void {
  const j = i + 2;
  const c = cl[j]!;
  const p = cl[j - 1]!;
  const q = cl[j + 1]!;
  if (cj & 1) {
    const co = (x: number) => (x < 0 ? 0 : clusterCoarse(x) + 1);
    buf.push(mix(45, pair(pair(co(p), co(c)), co(q))));
    buf.push(mix(46, pair(p < 0 ? 0 : clusterFine(p) + 1, c < 0 ? 0 : clusterFine(c) + 1)));
  }
  if (cj & 2 && gaz) {
    const g = gaz.b[i]! | gaz.i[i]!;
    for (let bit = 0, m = g; m; bit++, m >>>= 1) if (m & 1) buf.push(mix(47, pair(bit, midOf(q))));
    if (i > 0) {
      const gp = gaz.b[i - 1]! | gaz.i[i - 1]!;
      for (let bit = 0, m = gp; m; bit++, m >>>= 1) if (m & 1) buf.push(mix(48, pair(bit, midOf(c))));
    }
  }
  if (cj & 4) {
    let sh = 0;
    let lat = 0;
    for (let k = 0; k < word.length && lat < 6; k++) {
      const ch = word.charCodeAt(k);
      const cls = ch >= 0x41 && ch <= 0x5a ? 1 : ch >= 0x61 && ch <= 0x7a ? 2 : 0;
      if (!cls) continue;
      lat++;
      if ((sh & 3) !== cls) sh = (sh << 2) | cls;
    }
    if (lat) buf.push(mix(49, pair(sh, Math.min(lat, 5))));
  }
  if (cj & 8) {
    for (let bit = 0, m = lex[j - 1]!; m; bit++, m >>>= 1) if (m & 1) buf.push(mix(50, pair(bit, midOf(c))));
  }
}
