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

/** The scratch mark arrays, zeroed for n words. */
function clearedMarks(n: number): { b: Int32Array; i: Int32Array } {
  if (gazB.length < n) {
    gazB = new Int32Array(n * 2);
    gazI = new Int32Array(n * 2);
  }
  gazB.fill(0, 0, n);
  gazI.fill(0, 0, n);
  return { b: gazB, i: gazI };
}

/** Marks a match of `len` words with source mask m at word s: B on its first word, I on the others. */
function mark(b: Int32Array, ins: Int32Array, s: number, len: number, m: number): void {
  b[s] |= m;
  for (let k = 1; k < len; k++) ins[s + k] |= m;
}

let joinedMask = 0;

/**
 * The longest multi-word gazetteer entry opened by `first` (whose strHash is h) at word s and longer than `atLeast`
 * words: its length, or 0; its source mask is left in joinedMask. The joined key is never built: the hash goes on
 * word by word.
 */
function longestJoined(gazT: StringTable, first: string, h: number, norm: readonly string[], s: number, n: number, max: number, atLeast: number): number {
  let best = 0;
  let length = first.length;
  for (let len = 2; len <= max && s + len <= n; len++) {
    const w = norm[s + len - 1]!;
    h = strHash(w, hashStep(h, 0x20));
    length += 1 + w.length;
    const m = gazT.getJoined(first, norm, s + 1, len - 1, h, length);
    if (m !== undefined && len > atLeast) {
      best = len;
      joinedMask = m;
    }
  }
  return best;
}
let gazI = new Int32Array(256);

/**
 * Gazetteer matches: per token, the source mask of the longest match starting (B) or continuing (I) there.
 * The returned arrays are scratch buffers reused by the next call (valid for indices 0..n−1 until then).
 */
export function gazetteerMarks(norm: string[], stems: string[], bare: string[], res: NerResources): { b: Int32Array; i: Int32Array } {
  const n = norm.length;
  const { b, i: ins } = clearedMarks(n);
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
        const got = longestJoined(gazT, first, h, norm, s, n, max, bestLen);
        if (got) {
          bestLen = got;
          bestMask = joinedMask;
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
    if (bestLen) mark(b, ins, s, bestLen, bestMask);
  }
  return { b, i: ins };
}

/** What the features read of one word: its folded forms, their hashes, shape, trigger classes and clusters. */
export interface WordInfo {
  /** folded word, proclitic-stripped stem, article-stripped stem */
  f: string;
  a: string;
  b: string;
  hN: number;
  hB: number;
  shape: number;
  lex: number;
  /** packed cluster of the word (or its bare stem) and of the bare stem alone; −1 when unknown */
  cl: number;
  sc: number;
  /** gazetteer, filled on first use by sentenceMarksCached: the single-word match mask of the first of f, a, b that
   *  has one (−1 none; −2 not looked up yet) and the bits of the forms that open a multi-word entry */
  g1: number;
  gf: number;
}

/** The padding before and after a sentence. */
export const BOS_INFO: WordInfo = { f: '', a: '', b: '', hN: BOS, hB: BOS, shape: 99, lex: 0, cl: -1, sc: -1, g1: -1, gf: 0 };
export const EOS_INFO: WordInfo = { f: '', a: '', b: '', hN: EOS, hB: EOS, shape: 99, lex: 0, cl: -1, sc: -1, g1: -1, gf: 0 };

/** Analyses one raw word (`f`: its fold()ed form, when known). */
export function wordInfo(w: string, res: NerResources, opt: FeatureOptions, f: string = fold(w)): WordInfo {
  const a = stripProclitics(f);
  const b = stripArticle(a);
  const hN = strHash(f);
  const hB = strHash(b);
  let lex = 0;
  if (opt.lexicon && res.lexicon.size) {
    lex = res.lexicon.get(f) ?? 0;
    if (a !== f) lex |= res.lexicon.get(a) ?? 0;
    if (b !== a) lex |= res.lexicon.get(b) ?? 0;
  }
  let cl = -1;
  let sc = -1;
  if (opt.clusters && res.clusters.size) {
    if (res.clusters instanceof StringTable) {
      const t = res.clusters;
      const cb = b !== f ? t.getHashed(b, hB) : undefined;
      cl = t.getHashed(f, hN) ?? (b !== f ? cb : t.getHashed(b, hB)) ?? -1;
      if (b !== f) sc = cb ?? -1;
    } else {
      cl = res.clusters.get(f) ?? res.clusters.get(b) ?? -1;
      if (b !== f) sc = res.clusters.get(b) ?? -1;
    }
  }
  return { f, a, b, hN, hB, shape: shapeOf(w) * 8 + lengthBucket(f.length), lex, cl, sc, g1: -2, gf: 0 };
}

function pushBits(buf: FeatureBuffer, template: number, mask: number, shift = 0): void {
  for (let bit = 0; mask; bit++, mask >>>= 1) if (mask & 1) buf.push(mix(template, bit + shift));
}

const fineOf = (c: number) => (c < 0 ? 0 : clusterFine(c) + 1);
const midOf = (c: number) => (c < 0 ? 0 : clusterMid(c) + 1);
const coarseOf = (c: number) => (c < 0 ? 0 : clusterCoarse(c) + 1);

/*
 * A token's features come in five groups that each read one word only (the token itself, the words one and two
 * before it, one and two after it) and a context group that reads several (bigrams, gazetteer matches). The
 * tagger caches the weights of the one-word groups per word type (src/ner/model.ts); training reads them all.
 */

/** Features of the word itself. Its word and stem come first (training's word dropout hides features 1 and 2). */
export function selfFeatures(buf: FeatureBuffer, x: WordInfo, opt: FeatureOptions): void {
  const f = x.f;
  buf.push(mix(0, 0));
  buf.push(mix(1, x.hN));
  buf.push(mix(3, x.hB));
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
  buf.push(mix(21, x.shape));
  buf.push(mix(37, (f !== x.a ? 2 : 0) + (x.a !== x.b ? 1 : 0)));
  if (opt.lexicon) pushBits(buf, 27, x.lex);
  if (opt.clusters) {
    const c = x.cl;
    buf.push(mix(31, fineOf(c)));
    buf.push(mix(32, coarseOf(c)));
    if (opt.clusterSet) {
      buf.push(mix(38, midOf(c)));
      if (x.sc >= 0) {
        buf.push(mix(39, clusterFine(x.sc) + 1));
        buf.push(mix(40, clusterMid(x.sc) + 1));
      }
    }
  }
}

/** Templates of the features a neighbouring word gives a token (one before, one after). */
interface NeighbourTemplates {
  hN: number;
  hB: number;
  shape: number;
  lex: number;
  fine: number;
  coarse: number;
  mid: number;
}
const PREV: NeighbourTemplates = { hN: 13, hB: 17, shape: 22, lex: 28, fine: 33, coarse: 35, mid: 41 };
const NEXT: NeighbourTemplates = { hN: 14, hB: 18, shape: 23, lex: 29, fine: 34, coarse: 36, mid: 42 };

function neighbourFeatures(buf: FeatureBuffer, x: WordInfo, opt: FeatureOptions, t: NeighbourTemplates): void {
  buf.push(mix(t.hN, x.hN));
  buf.push(mix(t.hB, x.hB));
  buf.push(mix(t.shape, x.shape));
  if (opt.lexicon) pushBits(buf, t.lex, x.lex);
  if (opt.clusters) {
    buf.push(mix(t.fine, fineOf(x.cl)));
    buf.push(mix(t.coarse, coarseOf(x.cl)));
    if (opt.clusterSet) buf.push(mix(t.mid, midOf(x.cl)));
  }
}

/** Features the word one before a token gives it. */
export function prevFeatures(buf: FeatureBuffer, x: WordInfo, opt: FeatureOptions): void {
  neighbourFeatures(buf, x, opt, PREV);
}

/** Features the word one after a token gives it. */
export function nextFeatures(buf: FeatureBuffer, x: WordInfo, opt: FeatureOptions): void {
  neighbourFeatures(buf, x, opt, NEXT);
}

/** Features the word two before a token gives it. */
export function prev2Features(buf: FeatureBuffer, x: WordInfo, opt: FeatureOptions): void {
  buf.push(mix(15, x.hN));
  if (opt.lexicon) pushBits(buf, 30, x.lex);
}

/** Features the word two after a token gives it. */
export function next2Features(buf: FeatureBuffer, x: WordInfo): void {
  buf.push(mix(16, x.hN));
}

/** The one-word groups in cache order: the token, one before, one after, two before, two after. */
export const GROUPS = 5;
export function groupFeatures(g: number, buf: FeatureBuffer, x: WordInfo, opt: FeatureOptions): void {
  if (g === 0) selfFeatures(buf, x, opt);
  else if (g === 1) prevFeatures(buf, x, opt);
  else if (g === 2) nextFeatures(buf, x, opt);
  else if (g === 3) prev2Features(buf, x, opt);
  else next2Features(buf, x);
}

/** The sentence's words with two padding entries on each side: token i is at index i + 2. */
export function paddedInfos(words: readonly string[], res: NerResources, opt: FeatureOptions, norms?: readonly string[], out: WordInfo[] = []): WordInfo[] {
  const n = words.length;
  out.length = n + 4;
  out[0] = out[1] = BOS_INFO;
  out[n + 2] = out[n + 3] = EOS_INFO;
  for (let i = 0; i < n; i++) out[i + 2] = wordInfo(words[i]!, res, opt, norms ? norms[i]! : undefined);
  return out;
}

/** Gazetteer marks of a padded sentence (scratch arrays, see gazetteerMarks). */
export function sentenceMarks(infos: readonly WordInfo[], res: NerResources, opt: FeatureOptions): { b: Int32Array; i: Int32Array } | null {
  if (!opt.gazetteer) return null;
  const n = infos.length - 4;
  const norm = new Array<string>(n);
  const stems = new Array<string>(n);
  const bare = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const x = infos[i + 2]!;
    norm[i] = x.f;
    stems[i] = x.a;
    bare[i] = x.b;
  }
  return gazetteerMarks(norm, stems, bare, res);
}

/** Fills x.g1 and x.gf (see WordInfo) from the string tables. */
function gazetteerWord(x: WordInfo, gazT: StringTable, firstT: StringTable, max: number): void {
  const count = x.a === x.f ? 1 : x.b === x.a ? 2 : 3;
  let g1 = -1;
  let gf = 0;
  for (let c = 0; c < count; c++) {
    const first = c === 0 ? x.f : c === 1 ? x.a : x.b;
    const h = strHash(first);
    if (g1 < 0) {
      const single = gazT.getHashed(first, h);
      if (single !== undefined) g1 = single;
    }
    if (max >= 2 && firstT.hasHashed(first, h)) gf |= 1 << c;
  }
  x.g1 = g1;
  x.gf = gf;
}

let joinNorm: string[] = [];

/**
 * sentenceMarks with each word's single-word lookups kept on its WordInfo (the tagger's word cache reuses them):
 * the same marks, fewer hash lookups. Multi-word entries are still looked up per sentence.
 */
export function sentenceMarksCached(infos: readonly WordInfo[], res: NerResources, opt: FeatureOptions): { b: Int32Array; i: Int32Array } | null {
  if (!opt.gazetteer) return null;
  if (!(res.gazetteer instanceof StringTable && res.gazFirst instanceof StringTable) || res.gazetteer.size === 0) return sentenceMarks(infos, res, opt);
  const gazT = res.gazetteer;
  const firstT = res.gazFirst;
  const n = infos.length - 4;
  const { b, i: ins } = clearedMarks(n);
  const max = res.gazMaxLen;
  const norm = joinNorm;
  norm.length = n;
  for (let k = 0; k < n; k++) norm[k] = infos[k + 2]!.f;
  for (let s = 0; s < n; s++) {
    const x = infos[s + 2]!;
    if (x.g1 === -2) gazetteerWord(x, gazT, firstT, max);
    let bestLen = 0;
    let bestMask = 0;
    if (x.g1 >= 0) {
      bestLen = 1;
      bestMask = x.g1;
    }
    if (x.gf) {
      const count = x.a === x.f ? 1 : x.b === x.a ? 2 : 3;
      for (let c = 0; c < count; c++) {
        if (!(x.gf & (1 << c))) continue;
        const first = c === 0 ? x.f : c === 1 ? x.a : x.b;
        const got = longestJoined(gazT, first, strHash(first), norm, s, n, max, bestLen);
        if (got) {
          bestLen = got;
          bestMask = joinedMask;
        }
      }
    }
    if (bestLen) mark(b, ins, s, bestLen, bestMask);
  }
  return { b, i: ins };
}

/** Features of token i that read more than one word: word and cluster bigrams, gazetteer matches, conjunctions. */
export function contextFeatures(buf: FeatureBuffer, i: number, n: number, infos: readonly WordInfo[], gaz: { b: Int32Array; i: Int32Array } | null, opt: FeatureOptions, word: string): void {
  const j = i + 2;
  const x = infos[j]!;
  const p = infos[j - 1]!;
  const q = infos[j + 1]!;
  buf.push(mix(19, pair(p.hN, x.hN)));
  buf.push(mix(20, pair(x.hN, q.hN)));
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
  if (opt.clusters && (opt.clusterSet ?? 0) >= 2) {
    buf.push(mix(43, pair(midOf(x.cl), midOf(p.cl))));
    buf.push(mix(44, pair(midOf(x.cl), midOf(q.cl))));
  }
  const cj = opt.conj ?? 0;
  if (cj) conjunctions(buf, cj, i, word, x, p, q, gaz);
}

let infoBuf: WordInfo[] = [];

/** Extracts the features of one sentence of raw words into `buf` (`norms`: their fold()ed forms, when known). */
export function extractFeatures(words: readonly string[], res: NerResources, opt: FeatureOptions, buf: FeatureBuffer, norms?: readonly string[]): void {
  const n = words.length;
  buf.reset(n);
  const infos = paddedInfos(words, res, opt, norms, infoBuf);
  const gaz = sentenceMarks(infos, res, opt);
  for (let i = 0; i < n; i++) {
    buf.offsets[i] = buf.length;
    const j = i + 2;
    selfFeatures(buf, infos[j]!, opt);
    prevFeatures(buf, infos[j - 1]!, opt);
    nextFeatures(buf, infos[j + 1]!, opt);
    prev2Features(buf, infos[j - 2]!, opt);
    next2Features(buf, infos[j + 2]!);
    contextFeatures(buf, i, n, infos, gaz, opt, words[i]!);
  }
  buf.offsets[n] = buf.length;
}

function conjunctions(buf: FeatureBuffer, cj: number, i: number, word: string, x: WordInfo, px: WordInfo, qx: WordInfo, gaz: { b: Int32Array; i: Int32Array } | null): void {
  const c = x.cl;
  const p = px.cl;
  const q = qx.cl;
  if (cj & 1) {
    buf.push(mix(45, pair(pair(coarseOf(p), coarseOf(c)), coarseOf(q))));
    buf.push(mix(46, pair(fineOf(p), fineOf(c))));
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
    for (let bit = 0, m = px.lex; m; bit++, m >>>= 1) if (m & 1) buf.push(mix(50, pair(bit, midOf(c))));
  }
}
