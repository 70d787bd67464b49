/** The linear model: feature rows, transition scores, Viterbi decoding, and its compact binary file. */
import { writeFileSync } from 'node:fs';
import { alignedBytes, readModelFile } from '../model-files.js';
import { BOS_INFO, EOS_INFO, FeatureBuffer, GROUPS, contextFeatures, extractFeatures, groupFeatures, sentenceMarksCached, wordInfo, type FeatureOptions, type WordInfo } from './features.js';
import { LABELS, labelSet, labelSetOf, type LabelSet } from './labels.js';
import type { NerResources } from './resources.js';

const IOB2 = labelSet('iob2');
const MAGIC = 0x5141574c; // "QAWL"

/** Open-addressing table from 32-bit feature ids to rows; slot p holds [id, row + 1] at cells 2p, 2p+1 (one cache line per probe). */
export class FeatureTable {
  readonly cells: Uint32Array;
  readonly mask: number;

  constructor(ids: Uint32Array) {
    let size = 1024;
    while (size < ids.length * 2) size *= 2;
    this.cells = new Uint32Array(size * 2);
    this.mask = size - 1;
    for (let r = 0; r < ids.length; r++) {
      const id = ids[r]!;
      let p = id & this.mask;
      while (this.cells[2 * p + 1] !== 0) p = (p + 1) & this.mask;
      this.cells[2 * p] = id;
      this.cells[2 * p + 1] = r + 1;
    }
  }

  row(id: number): number {
    const cells = this.cells;
    const mask = this.mask;
    let p = id & mask;
    for (;;) {
      const v = cells[2 * p + 1]!;
      if (v === 0) return -1;
      if (cells[2 * p] === id) return v - 1;
      p = (p + 1) & mask;
    }
  }
}

let scoreBuf = new Float64Array(0);
let backBuf = new Int32Array(0);

/** Reused scratch arrays for decoding (contents are fully written before being read). */
function scratch(n: number): { score: Float64Array; back: Int32Array } {
  if (scoreBuf.length < n) {
    scoreBuf = new Float64Array(n * 2);
    backBuf = new Int32Array(n * 2);
  }
  return { score: scoreBuf, back: backBuf };
}

/**
 * Best label sequence under emission scores `em` (T × L) and transitions `trans` ((L+1) × L, row L = start), with
 * the transitions and final labels the label set allows.
 */
/** Per label, the labels allowed before it (ascending), as offsets into one list: BIOES allows 97 of 289 pairs. */
const PREDECESSORS = new WeakMap<LabelSet, { offs: Int32Array; list: Int32Array }>();
function predecessors(ls: LabelSet): { offs: Int32Array; list: Int32Array } {
  let p = PREDECESSORS.get(ls);
  if (!p) {
    const L = ls.size;
    const offs = new Int32Array(L + 1);
    const list: number[] = [];
    for (let c = 0; c < L; c++) {
      offs[c] = list.length;
      for (let q = 0; q < L; q++) if (ls.allowed[q * L + c]) list.push(q);
    }
    offs[L] = list.length;
    p = { offs, list: Int32Array.from(list) };
    PREDECESSORS.set(ls, p);
  }
  return p;
}

export function viterbi(em: Float32Array, T: number, trans: Float32Array, out: Int32Array, ls: LabelSet = IOB2): void {
  if (T === 0) return;
  const L = ls.size;
  const ALLOWED = ls.allowed;
  const { offs, list } = predecessors(ls);
  const { score, back } = scratch(T * L);
  for (let c = 0; c < L; c++) score[c] = ALLOWED[L * L + c] ? em[c]! + trans[L * L + c]! : -Infinity;
  for (let t = 1; t < T; t++) {
    for (let c = 0; c < L; c++) {
      let best = -Infinity;
      let arg = 0;
      // (the allowed labels only, in ascending order: the same first best as a scan of all)
      for (let k = offs[c]!, e = offs[c + 1]!; k < e; k++) {
        const p = list[k]!;
        const s = score[(t - 1) * L + p]! + trans[p * L + c]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[t * L + c] = best + em[t * L + c]!;
      back[t * L + c] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  for (let c = 0; c < L; c++) {
    const s = score[(T - 1) * L + c]!;
    if (s > best && ls.final[c]) {
      best = s;
      arg = c;
    }
  }
  out[T - 1] = arg;
  for (let t = T - 1; t > 0; t--) out[t - 1] = back[t * L + out[t]!]!;
}

/**
 * Second-order Viterbi: transitions `trans` as above plus `trans2` ((L+1) × (L+1) × L: label two back, one back
 * (L = before the sentence), current).
 */
export function viterbi2(em: Float32Array, T: number, trans: Float32Array, trans2: Float32Array, out: Int32Array, ls: LabelSet = IOB2): void {
  if (T === 0) return;
  const L = ls.size;
  const ALLOWED = ls.allowed;
  const S = (L + 1) * L; // state (a, b): a = previous label (or L), b = current label
  const { score, back } = scratch(T * S);
  score.fill(-Infinity, 0, T * S);
  back.fill(0, 0, T * S);
  for (let b = 0; b < L; b++) {
    if (ALLOWED[L * L + b]) score[L * L + b] = em[b]! + trans[L * L + b]! + trans2[(L * (L + 1) + L) * L + b]!;
  }
  for (let t = 1; t < T; t++) {
    const prev = (t - 1) * S;
    const cur = t * S;
    for (let a = 0; a < L; a++) {
      for (let b = 0; b < L; b++) {
        if (!ALLOWED[a * L + b]) continue;
        let best = -Infinity;
        let arg = 0;
        const zMax = t === 1 ? L : L - 1;
        for (let z = t === 1 ? L : 0; z <= zMax; z++) {
          const v = score[prev + z * L + a]!;
          if (v === -Infinity) continue;
          const x = v + trans2[(z * (L + 1) + a) * L + b]!;
          if (x > best) {
            best = x;
            arg = z;
          }
        }
        score[cur + a * L + b] = best + trans[a * L + b]! + em[t * L + b]!;
        back[cur + a * L + b] = arg;
      }
    }
  }
  let best = -Infinity;
  let arg = 0;
  for (let st = 0; st < S; st++) {
    const v = score[(T - 1) * S + st]!;
    if (v > best && ls.final[st % L]) {
      best = v;
      arg = st;
    }
  }
  let a = Math.floor(arg / L);
  let b = arg % L;
  for (let t = T - 1; t >= 0; t--) {
    out[t] = b;
    const z = back[t * S + a * L + b]!;
    b = a;
    a = z;
  }
}

export interface ModelHeader {
  version: number;
  labels: string[];
  features: FeatureOptions;
  rows: number;
  scale: number;
  /** 2: second-order transitions follow the first-order ones in the file */
  order?: number;
  meta?: Record<string, unknown>;
}

/** Word types whose group weights a model keeps (GROUPS × labels floats each, in one pool); the cache starts over when full. */
export const WORD_CACHE_SIZE = 16384;

const copyCodes: number[] = [];
/** A string with its own storage (not a slice of a longer one). */
function ownCopy(s: string): string {
  copyCodes.length = 0;
  for (let i = 0; i < s.length; i++) copyCodes.push(s.charCodeAt(i));
  return String.fromCharCode.apply(null, copyCodes);
}

export class NerModel {
  readonly table: FeatureTable;
  /** the labels the model scores (IOB2 or BIOES); its output is always IOB2 */
  readonly labels: LabelSet;
  private readonly buf = new FeatureBuffer();
  private readonly scratchBuf = new FeatureBuffer();
  private em: Float32Array;
  /** word → slot in `pool` (slots 0 and 1: before and after the sentence) */
  private words = new Map<string, number>();
  /** per slot: how often the word was found again (saturating), to keep the frequent half when the cache is full */
  private hits = new Uint8Array(0);
  private pool: Float32Array | null = null;
  private slotInfo: WordInfo[] = [];
  private nextSlot = 2;
  private infos: WordInfo[] = [];
  private slots = new Int32Array(256);
  /** false: every token's features are extracted and summed one by one (as in training); same tags, slower */
  useCache = true;
  /** word types the cache holds (about 350 bytes each); set before the first sentence is tagged */
  wordCacheSize = WORD_CACHE_SIZE;

  constructor(
    readonly header: ModelHeader,
    readonly ids: Uint32Array,
    /** rows × labels; a loaded model keeps the file's int16 values (shared between threads), scaled by `scale` */
    readonly weights: Float32Array | Int16Array,
    readonly trans: Float32Array,
    readonly resources: NerResources,
    readonly trans2: Float32Array | null = null,
    readonly scale = 1,
  ) {
    this.table = new FeatureTable(ids);
    this.labels = labelSetOf(header.labels);
    this.em = new Float32Array(256 * this.labels.size);
  }

  /** IOB2 label indices of one sentence of raw words (`norms`: their fold()ed forms, when the caller has them). */
  tagIndices(words: readonly string[], norms?: readonly string[]): Int32Array {
    const ls = this.labels;
    const L = ls.size;
    const T = words.length;
    const out = new Int32Array(T);
    if (T === 0) return out;
    if (this.em.length < T * L) this.em = new Float32Array(T * 2 * L);
    const em = this.em;
    if (this.useCache && T <= this.wordCacheSize) this.cachedEmissions(words, norms, em);
    else {
      em.fill(0, 0, T * L);
      extractFeatures(words, this.resources, this.header.features, this.buf, norms);
      const { ids, offsets } = this.buf;
      for (let t = 0; t < T; t++) this.addRows(ids, offsets[t]!, offsets[t + 1]!, em, t * L);
    }
    if (this.trans2) viterbi2(em, T, this.trans, this.trans2, out, ls);
    else viterbi(em, T, this.trans, out, ls);
    if (ls.scheme !== 'iob2') for (let t = 0; t < T; t++) out[t] = ls.toIob2[out[t]!]!;
    return out;
  }

  /** Adds the weights of feature ids[from..to) to dst[off..off+L). */
  private addRows(ids: Uint32Array, from: number, to: number, dst: Float32Array, off: number): void {
    const L = this.labels.size;
    const w = this.weights;
    const scale = this.scale;
    const cells = this.table.cells;
    const mask = this.table.mask;
    for (let k = from; k < to; k++) {
      const id = ids[k]!;
      let p = id & mask;
      let r = -1;
      for (;;) {
        const v = cells[2 * p + 1]!;
        if (v === 0) break;
        if (cells[2 * p] === id) {
          r = v - 1;
          break;
        }
        p = (p + 1) & mask;
      }
      if (r < 0) continue;
      const o = r * L;
      // (fround: the same float32 weight a Float32Array of the scaled values would hold)
      if (scale === 1) for (let c = 0; c < L; c++) dst[off + c] += w[o + c]!;
      else for (let c = 0; c < L; c++) dst[off + c] += Math.fround(w[o + c]! * scale);
    }
  }

  /** Writes the summed weights of each one-word feature group of a word to its pool slot. */
  private fillSlot(slot: number, info: WordInfo): void {
    const L = this.labels.size;
    const pool = this.pool!;
    const off = slot * GROUPS * L;
    pool.fill(0, off, off + GROUPS * L);
    const tmp = this.scratchBuf;
    for (let g = 0; g < GROUPS; g++) {
      tmp.length = 0;
      groupFeatures(g, tmp, info, this.header.features);
      this.addRows(tmp.ids, 0, tmp.length, pool, off + g * L);
    }
    this.slotInfo[slot] = info;
  }

  /** Keeps at most half the cache: the words found again most often, moved down in slot order; hits halve. */
  private keepFrequent(): void {
    const hist = new Uint32Array(256);
    for (let k = 2; k < this.nextSlot; k++) hist[this.hits[k]!]!++;
    const keep = this.wordCacheSize >> 1;
    let thr = 255;
    let n = hist[255]!;
    while (thr > 1 && n + hist[thr - 1]! <= keep) n += hist[--thr]!;
    if (n > keep) thr = 256; // (nothing fits: start over)
    const G = GROUPS * this.labels.size;
    const pool = this.pool!;
    const next = new Map<string, number>();
    let ns = 2;
    // map order is slot order (slots are given in insertion order, and kept in it), so a move never overwrites a
    // slot still to be read
    for (const [w, s] of this.words) {
      if (this.hits[s]! < thr) continue;
      if (ns !== s) {
        pool.copyWithin(ns * G, s * G, s * G + G);
        this.slotInfo[ns] = this.slotInfo[s]!;
      }
      this.hits[ns] = this.hits[s]! >> 1;
      next.set(w, ns++);
    }
    this.hits.fill(0, ns);
    this.words = next;
    this.nextSlot = ns;
  }

  private slotOf(w: string, f: string | undefined): number {
    const s = this.words.get(w);
    if (s !== undefined) {
      if (this.hits[s]! < 255) this.hits[s]!++;
      return s;
    }
    const slot = this.nextSlot++;
    // the cache keeps its own copies: a word sliced from a document must not keep the whole document alive
    const key = ownCopy(w);
    this.fillSlot(slot, wordInfo(key, this.resources, this.header.features, f === undefined || f === w ? undefined : ownCopy(f)));
    this.words.set(key, slot);
    return slot;
  }

  /**
   * Emission scores of a sentence: per token, the cached weights of the five one-word groups (the token, the
   * words one and two before and after it) plus its context features. The same sum as over extractFeatures.
   */
  private cachedEmissions(words: readonly string[], norms: readonly string[] | undefined, em: Float32Array): void {
    const L = this.labels.size;
    const G = GROUPS * L;
    const T = words.length;
    const opt = this.header.features;
    if (!this.pool) {
      this.pool = new Float32Array((this.wordCacheSize + 2) * G);
      this.hits = new Uint8Array(this.wordCacheSize + 2);
      this.fillSlot(0, BOS_INFO);
      this.fillSlot(1, EOS_INFO);
    }
    // a full cache keeps its more frequent half, before a sentence, never inside one (its tokens' slots must stay
    // theirs); it starts over if that leaves no room
    if (this.nextSlot + T > this.wordCacheSize + 2) this.keepFrequent();
    if (this.nextSlot + T > this.wordCacheSize + 2) {
      this.words.clear();
      this.hits.fill(0);
      this.nextSlot = 2;
    }
    const pool = this.pool;
    const infos = this.infos;
    if (this.slots.length < T + 4) this.slots = new Int32Array((T + 4) * 2);
    const slots = this.slots;
    infos.length = T + 4;
    infos[0] = infos[1] = BOS_INFO;
    infos[T + 2] = infos[T + 3] = EOS_INFO;
    slots[0] = slots[1] = 0;
    slots[T + 2] = slots[T + 3] = 1;
    for (let i = 0; i < T; i++) {
      const slot = this.slotOf(words[i]!, norms ? norms[i] : undefined);
      slots[i + 2] = slot;
      infos[i + 2] = this.slotInfo[slot]!;
    }
    const gaz = sentenceMarksCached(infos, this.resources, opt);
    const tmp = this.scratchBuf;
    for (let t = 0; t < T; t++) {
      const base = t * L;
      const j = t + 2;
      const o0 = slots[j]! * G;
      const o1 = slots[j - 1]! * G + L;
      const o2 = slots[j + 1]! * G + 2 * L;
      const o3 = slots[j - 2]! * G + 3 * L;
      const o4 = slots[j + 2]! * G + 4 * L;
      for (let c = 0; c < L; c++) em[base + c] = pool[o0 + c]! + pool[o1 + c]! + pool[o2 + c]! + pool[o3 + c]! + pool[o4 + c]!;
      tmp.length = 0;
      contextFeatures(tmp, t, T, infos, gaz, opt, words[t]!);
      this.addRows(tmp.ids, 0, tmp.length, em, base);
    }
  }

  tag(words: readonly string[]): string[] {
    return Array.from(this.tagIndices(words), (i) => LABELS[i]!);
  }

  /** Writes the model: magic, header length, JSON header, ids (u32), transitions (f32), weights (i16 × scale). */
  save(path: string): void {
    let max = 0;
    const wf = this.scale === 1 ? this.weights : Float32Array.from(this.weights, (v) => v * this.scale);
    for (const v of wf) max = Math.max(max, Math.abs(v));
    const scale = max / 32767 || 1;
    const header: ModelHeader = { ...this.header, rows: this.ids.length, scale, ...(this.trans2 ? { order: 2 } : {}) };
    const hj = Buffer.from(JSON.stringify(header), 'utf8');
    const pad = (4 - ((8 + hj.length) % 4)) % 4;
    const q = new Int16Array(wf.length);
    for (let i = 0; i < q.length; i++) q[i] = Math.round(wf[i]! / scale);
    const parts = [
      Buffer.from(new Uint32Array([MAGIC, hj.length + pad]).buffer),
      hj,
      Buffer.alloc(pad, 0x20),
      Buffer.from(this.ids.buffer, this.ids.byteOffset, this.ids.byteLength),
      Buffer.from(this.trans.buffer, this.trans.byteOffset, this.trans.byteLength),
      ...(this.trans2 ? [Buffer.from(this.trans2.buffer, this.trans2.byteOffset, this.trans2.byteLength)] : []),
      Buffer.from(q.buffer),
    ];
    writeFileSync(path, Buffer.concat(parts));
  }

  static load(path: string, resources: NerResources): NerModel {
    const b = readModelFile(path);
    // the arrays are used in place (shared memory in worker threads), over a copy only if `b` is unaligned
    const { ab, base } = alignedBytes(b);
    const head = new Uint32Array(ab, base, 2);
    if (head[0] !== MAGIC) throw new Error(`qawl: ${path} is not a qawl NER model`);
    const header = JSON.parse(b.subarray(8, 8 + head[1]!).toString('utf8')) as ModelHeader;
    const L = labelSetOf(header.labels).size;
    let off = base + 8 + head[1]!;
    const ids = new Uint32Array(ab, off, header.rows);
    off += header.rows * 4;
    const trans = new Float32Array(ab, off, (L + 1) * L);
    off += (L + 1) * L * 4;
    let trans2: Float32Array | null = null;
    if (header.order === 2) {
      trans2 = new Float32Array(ab, off, (L + 1) * (L + 1) * L);
      off += (L + 1) * (L + 1) * L * 4;
    }
    const q = new Int16Array(ab, off, header.rows * L);
    return new NerModel(header, ids, q, trans, resources, trans2, header.scale);
  }
}
