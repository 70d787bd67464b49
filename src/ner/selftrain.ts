/**
 * Self-training: two taggers trained on the labelled data (different seeds; one without word clusters) tag
 * unlabeled sentences; the sentences on which they agree completely and that name at least one entity are
 * returned as extra training data.
 */
import type { Sentence } from './conll.js';
import type { FeatureOptions } from './features.js';
import type { NerResources } from './resources.js';
import { trainModel } from './train.js';

export interface SelfLabelOptions {
  epochs: number;
  seed: number;
  minCount: number;
  dropout: number;
  features: FeatureOptions;
  /** keep at most this many sentences (default all) */
  max?: number;
}

export function selfLabel(train: readonly Sentence[], unlabeled: readonly (readonly string[])[], res: NerResources, o: SelfLabelOptions): Sentence[] {
  const base = { epochs: o.epochs, minCount: o.minCount, dropout: o.dropout };
  const a = trainModel(train, null, res, { ...base, features: o.features, seed: o.seed + 100 });
  const b = trainModel(train, null, res, { ...base, features: { ...o.features, clusters: false }, seed: o.seed + 200 });
  const keep: Sentence[] = [];
  for (const words of unlabeled) {
    if (keep.length >= (o.max ?? Infinity)) break;
    const la = a.tag(words);
    if (!la.some((x) => x !== 'O')) continue;
    const lb = b.tag(words);
    if (la.some((x, i) => x !== lb[i])) continue;
    keep.push({ tokens: [...words], tags: la });
  }
  return keep;
}
