/** Training of the linear tagger over CoNLL sentences: averaged structured perceptron (default), passive-aggressive or CRF steps. */
import { evaluate } from './conll.js';
import type { Sentence } from './conll.js';
import { DEFAULT_FEATURES, FeatureBuffer, extractFeatures, type FeatureOptions } from './features.js';
import { rng } from './hash.js';
import { LABELS, labelSet, type LabelSet, type Scheme } from './labels.js';
import { NerModel, viterbi, viterbi2 } from './model.js';
import { marginals } from './crf.js';
import type { NerResources } from './resources.js';

export interface TrainOptions {
  epochs?: number;
  seed?: number;
  features?: FeatureOptions;
  /** drop features seen fewer times than this in training (default 1: keep all) */
  minCount?: number;
  /** cutoff for the word and stem identity features (features 1 and 2 of a token; default: minCount) */
  minCountWord?: number;
  /** probability of hiding a token's word and stem features during training (default 0) */
  dropout?: number;
  /** train this many perceptrons with shuffling seeds seed, seed+1, … and average their weights (default 1) */
  bags?: number;
  /** extra (e.g. self-labelled) sentences, trained on with this update weight (0..1) */
  extra?: { sentences: readonly Sentence[]; weight: number };
  /** called after each epoch with the dev micro F1 (null without dev data) */
  onEpoch?: (epoch: number, devF1: number | null, errors: number) => void;
  meta?: Record<string, unknown>;
  /** 'perceptron' (default), 'pa': passive-aggressive (PA-I, cost-sensitive MIRA) steps, or 'crf': stochastic
   *  gradient steps on the CRF log-likelihood (softmax-margin with costAug); all averaged */
  update?: 'perceptron' | 'pa' | 'crf';
  /** CRF learning rate (default 0.1) */
  rate?: number;
  /** drop feature rows whose largest absolute weight is under this (default 0.1 for 'crf', else 1e-4) */
  prune?: number;
  /** PA-I aggressiveness cap (default 1) */
  paC?: number;
  /** cost-augmented decoding while training: add cost(gold, label) to every non-gold label's score (default 0: off) */
  costAug?: number;
  /** cost of predicting O (or a different type) for a gold entity token, relative to 1 for the reverse (default 1) */
  recallCost?: number;
  /** second-order tag transitions (label two back × one back × current) (default false) */
  order2?: boolean;
  /** the labels the model learns: 'bioes' (default) or 'iob2'; it tags in IOB2 either way */
  scheme?: Scheme;
}

interface Encoded {
  rows: Int32Array;
  tokenOffsets: Int32Array;
  sentOffsets: Int32Array;
  gold: Int32Array;
}

function encode(sents: readonly Sentence[], res: NerResources, feats: FeatureOptions, rowOf: (id: number) => number, ls: LabelSet): Encoded {
  const buf = new FeatureBuffer();
  const rows: number[] = [];
  const tokenOffsets: number[] = [0];
  const sentOffsets: number[] = [0];
  const gold: number[] = [];
  for (const s of sents) {
    extractFeatures(s.tokens, res, feats, buf);
    const labels = ls.encode(s.tags);
    for (let t = 0; t < s.tokens.length; t++) {
      for (let k = buf.offsets[t]!; k < buf.offsets[t + 1]!; k++) {
        rows.push(rowOf(buf.ids[k]!));
      }
      tokenOffsets.push(rows.length);
      gold.push(labels[t]!);
    }
    sentOffsets.push(gold.length);
  }
  return { rows: Int32Array.from(rows), tokenOffsets: Int32Array.from(tokenOffsets), sentOffsets: Int32Array.from(sentOffsets), gold: Int32Array.from(gold) };
}

let rowBuf = new Int32Array(256);

/** Writes the model rows of token `tok`'s features to rowBuf (without its word and stem when `dropped`); returns their count. */
function activeRows(enc: Encoded, tok: number, dropped: boolean): number {
  const from = enc.tokenOffsets[tok]!;
  const to = enc.tokenOffsets[tok + 1]!;
  if (rowBuf.length < to - from) rowBuf = new Int32Array((to - from) * 2);
  let n = 0;
  for (let k = from; k < to; k++) {
    if (dropped && (k === from + 1 || k === from + 2)) continue;
    const r = enc.rows[k]!;
    if (r >= 0) rowBuf[n++] = r;
  }
  return n;
}

/** Features 1 and 2 of every token are its word and stem: `drop[t]` hides them. */
function emissions(enc: Encoded, L: number, s: number, w: Float32Array, em: Float32Array, drop?: Uint8Array): number {
  const t0 = enc.sentOffsets[s]!;
  const T = enc.sentOffsets[s + 1]! - t0;
  em.fill(0, 0, T * L);
  for (let t = 0; t < T; t++) {
    const base = t * L;
    const from = enc.tokenOffsets[t0 + t]!;
    for (let k = from; k < enc.tokenOffsets[t0 + t + 1]!; k++) {
      if (drop && drop[t] && (k === from + 1 || k === from + 2)) continue;
      const r = enc.rows[k]!;
      if (r < 0) continue;
      const o = r * L;
      for (let c = 0; c < L; c++) em[base + c] += w[o + c]!;
    }
  }
  return T;
}

/** IOB2 tags of every encoded sentence. */
function decodeAll(enc: Encoded, ls: LabelSet, w: Float32Array, trans: Float32Array, trans2: Float32Array | null): string[][] {
  const L = ls.size;
  const out: string[][] = [];
  const nS = enc.sentOffsets.length - 1;
  let em = new Float32Array(256 * L);
  for (let s = 0; s < nS; s++) {
    const T = enc.sentOffsets[s + 1]! - enc.sentOffsets[s]!;
    if (em.length < T * L) em = new Float32Array(T * 2 * L);
    emissions(enc, L, s, w, em);
    const pred = new Int32Array(T);
    if (trans2) viterbi2(em, T, trans, trans2, pred, ls);
    else viterbi(em, T, trans, pred, ls);
    out.push(Array.from(pred, (i) => LABELS[ls.toIob2[i]!]!));
  }
  return out;
}

/** Trains a model on `train`; reports dev F1 after each epoch when `dev` is given. */
export function trainModel(labelled: readonly Sentence[], dev: readonly Sentence[] | null, res: NerResources, options: TrainOptions = {}): NerModel {
  const train = options.extra ? [...labelled, ...options.extra.sentences] : labelled;
  const nMain = labelled.length;
  const extraWeight = options.extra?.weight ?? 1;
  const epochs = options.epochs ?? 15;
  const feats = options.features ?? DEFAULT_FEATURES;
  const minCount = options.minCount ?? 1;
  const dropout = options.dropout ?? 0;
  const pa = options.update === 'pa';
  const crf = options.update === 'crf';
  const rate = options.rate ?? 0.1;
  const prune = options.prune ?? (crf ? 0.1 : 1e-4);
  const paC = options.paC ?? 1;
  const costAug = options.costAug ?? 0;
  const recallCost = options.recallCost ?? 1;
  const order2 = options.order2 ?? false;
  const ls = labelSet(options.scheme ?? 'bioes');
  const L = ls.size;
  const T2 = (L + 1) * (L + 1) * L;
  /** Hamming cost of labelling a gold-`g` token as `p`: missing an entity token costs `recallCost`. */
  const cost = (g: number, p: number) => (g === p ? 0 : g !== 0 && p === 0 ? recallCost : 1);
  const tdiff = new Float64Array((L + 1) * L);
  // pass 1: count feature ids
  const counts = new Map<number, number>();
  const wordIds = new Set<number>();
  const minCountWord = options.minCountWord ?? minCount;
  const buf = new FeatureBuffer();
  for (const s of train) {
    extractFeatures(s.tokens, res, feats, buf);
    for (let k = 0; k < buf.length; k++) counts.set(buf.ids[k]!, (counts.get(buf.ids[k]!) ?? 0) + 1);
    if (minCountWord !== minCount) {
      for (let t = 0; t < s.tokens.length; t++) {
        wordIds.add(buf.ids[buf.offsets[t]! + 1]!);
        wordIds.add(buf.ids[buf.offsets[t]! + 2]!);
      }
    }
  }
  const rowIds: number[] = [];
  const rowMap = new Map<number, number>();
  for (const [id, c] of counts) {
    if (c < (wordIds.has(id) ? minCountWord : minCount)) continue;
    rowMap.set(id, rowIds.length);
    rowIds.push(id);
  }
  const lookup = (id: number) => rowMap.get(id) ?? -1;
  const enc = encode(train, res, feats, lookup, ls);
  const devEnc = dev ? encode(dev, res, feats, lookup, ls) : null;
  const R = rowIds.length;
  const bags = Math.max(1, options.bags ?? 1);
  const sumW = new Float32Array(R * L);
  const sumT = new Float32Array((L + 1) * L);
  const sumT2 = order2 ? new Float32Array(T2) : null;
  for (let bag = 0; bag < bags; bag++) {
    const { aw, at, at2 } = trainOnce((options.seed ?? 1) + bag);
    for (let i = 0; i < sumW.length; i++) sumW[i] += aw[i]! / bags;
    for (let i = 0; i < sumT.length; i++) sumT[i] += at[i]! / bags;
    if (sumT2 && at2) for (let i = 0; i < T2; i++) sumT2[i] += at2[i]! / bags;
  }
  if (bags > 1 && devEnc && dev) {
    const f1 = evaluate(dev.map((s) => s.tags), decodeAll(devEnc, ls, sumW, sumT, sumT2)).micro.f1;
    options.onEpoch?.(epochs + 1, f1, 0);
  }
  return finish(sumW, sumT, sumT2);

  function trainOnce(seed: number) {
  const w = new Float32Array(R * L);
  const u = new Float64Array(R * L);
  const tw = new Float32Array((L + 1) * L);
  const tu = new Float64Array((L + 1) * L);
  const tw2 = new Float32Array(order2 ? T2 : 0);
  const tu2 = new Float64Array(order2 ? T2 : 0);
  const nS = enc.sentOffsets.length - 1;
  const order = Int32Array.from({ length: nS }, (_, i) => i);
  const rand = rng(seed);
  let em = new Float32Array(256 * L);
  let mu = new Float64Array(256 * L);
  const xi = new Float64Array((L + 1) * L);
  let c = 1;
  const avg = () => {
    const aw = new Float32Array(R * L);
    for (let i = 0; i < aw.length; i++) aw[i] = w[i]! - u[i]! / c;
    const at = new Float32Array(tw.length);
    for (let i = 0; i < at.length; i++) at[i] = tw[i]! - tu[i]! / c;
    let at2: Float32Array | null = null;
    if (order2) {
      at2 = new Float32Array(T2);
      for (let i = 0; i < T2; i++) at2[i] = tw2[i]! - tu2[i]! / c;
    }
    return { aw, at, at2 };
  };
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = nS - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      const x = order[i]!;
      order[i] = order[j]!;
      order[j] = x;
    }
    let errors = 0;
    for (const s of order) {
      const sw = s < nMain ? 1 : extraWeight;
      const t0 = enc.sentOffsets[s]!;
      const T = enc.sentOffsets[s + 1]! - t0;
      if (em.length < T * L) em = new Float32Array(T * 2 * L);
      const drop = new Uint8Array(T);
      if (dropout > 0) for (let t = 0; t < T; t++) drop[t] = rand() < dropout ? 1 : 0;
      emissions(enc, L, s, w, em, drop);
      const pred = new Int32Array(T);
      if (costAug > 0) {
        for (let t = 0; t < T; t++) {
          const g = enc.gold[t0 + t]!;
          for (let k = 0; k < L; k++) if (k !== g) em[t * L + k] += costAug * cost(g, k);
        }
      }
      if (crf) {
        if (mu.length < T * L) mu = new Float64Array(T * 2 * L);
        marginals(em, T, tw, ls, mu, xi);
        const lr = rate * sw;
        let prevG = L;
        for (let t = 0; t < T; t++) {
          const g = enc.gold[t0 + t]!;
          let arg = 0;
          for (let k = 1; k < L; k++) if (mu[t * L + k]! > mu[t * L + arg]!) arg = k;
          if (arg !== g) errors++;
          const nr = activeRows(enc, t0 + t, drop[t] === 1);
          for (let k = 0; k < nr; k++) {
            const o = rowBuf[k]! * L;
            for (let y = 0; y < L; y++) {
              const d = lr * ((y === g ? 1 : 0) - mu[t * L + y]!);
              w[o + y] += d;
              u[o + y] += c * d;
            }
          }
          tw[prevG * L + g] += lr;
          tu[prevG * L + g] += c * lr;
          prevG = g;
        }
        for (let i = 0; i < xi.length; i++) {
          if (xi[i] === 0) continue;
          tw[i] -= lr * xi[i]!;
          tu[i] -= c * lr * xi[i]!;
        }
        c++;
        continue;
      }
      if (order2) viterbi2(em, T, tw, tw2, pred, ls);
      else viterbi(em, T, tw, pred, ls);
      let step = sw;
      if (pa) {
        // PA-I: step = min(C, (score(pred) - score(gold) + cost) / ||phi(gold) - phi(pred)||^2)
        let diff = 0;
        let loss = 0;
        let norm = 0;
        let pg = L;
        let pp = L;
        tdiff.fill(0);
        for (let t = 0; t < T; t++) {
          const g = enc.gold[t0 + t]!;
          const p = pred[t]!;
          diff += em[t * L + p]! - em[t * L + g]! + tw[pp * L + p]! - tw[pg * L + g]!;
          if (costAug > 0 && p !== g) diff -= costAug * cost(g, p);
          if (g !== p) {
            loss += cost(g, p);
            let nf = 0;
            const from = enc.tokenOffsets[t0 + t]!;
            for (let k = from; k < enc.tokenOffsets[t0 + t + 1]!; k++) {
              if (drop[t] && (k === from + 1 || k === from + 2)) continue;
              if (enc.rows[k]! >= 0) nf++;
            }
            norm += 2 * nf;
          }
          if (g !== p || pg !== pp) {
            tdiff[pg * L + g]++;
            tdiff[pp * L + p]--;
          }
          pg = g;
          pp = p;
        }
        for (let i = 0; i < tdiff.length; i++) norm += tdiff[i]! * tdiff[i]!;
        step = norm > 0 ? Math.min(paC, Math.max(0, (diff + loss) / norm)) * sw : 0;
      }
      let prevG = L;
      let prevP = L;
      let prev2G = L;
      let prev2P = L;
      for (let t = 0; t < T; t++) {
        const g = enc.gold[t0 + t]!;
        const p = pred[t]!;
        if (order2 && (g !== p || prevG !== prevP || prev2G !== prev2P)) {
          const ig = (prev2G * (L + 1) + prevG) * L + g;
          const ip = (prev2P * (L + 1) + prevP) * L + p;
          tw2[ig] += step;
          tu2[ig] += c * step;
          tw2[ip] -= step;
          tu2[ip] -= c * step;
        }
        prev2G = prevG;
        prev2P = prevP;
        if (g !== p) {
          errors++;
          const nr = activeRows(enc, t0 + t, drop[t] === 1);
          for (let k = 0; k < nr; k++) {
            const o = rowBuf[k]! * L;
            w[o + g] += step;
            u[o + g] += c * step;
            w[o + p] -= step;
            u[o + p] -= c * step;
          }
        }
        if (g !== p || prevG !== prevP) {
          tw[prevG * L + g] += step;
          tu[prevG * L + g] += c * step;
          tw[prevP * L + p] -= step;
          tu[prevP * L + p] -= c * step;
        }
        prevG = g;
        prevP = p;
      }
      c++;
    }
    let f1: number | null = null;
    if (devEnc && dev) {
      const { aw, at, at2 } = avg();
      f1 = evaluate(dev.map((s) => s.tags), decodeAll(devEnc, ls, aw, at, at2)).micro.f1;
    }
    options.onEpoch?.(epoch, f1, errors);
  }
  return avg();
  }

  function finish(aw: Float32Array, at: Float32Array, at2: Float32Array | null): NerModel {
  // prune rows whose weights are all (near) zero
  const keep: number[] = [];
  for (let r = 0; r < R; r++) {
    let any = false;
    for (let k = 0; k < L; k++) if (Math.abs(aw[r * L + k]!) > prune) any = true;
    if (any) keep.push(r);
  }
  const ids = new Uint32Array(keep.length);
  const weights = new Float32Array(keep.length * L);
  keep.forEach((r, i) => {
    ids[i] = rowIds[r]!;
    weights.set(aw.subarray(r * L, r * L + L), i * L);
  });
  const header = { version: 1, labels: [...ls.labels], features: feats, rows: ids.length, scale: 1, meta: options.meta };
  return new NerModel(header, ids, weights, at, res, at2);
  }
}
