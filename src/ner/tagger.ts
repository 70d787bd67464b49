/** Lazily loaded shipped tagger, and tagging of tokenised sentences. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { modelsDir } from '../models-dir.js';
import { enforceConsistency } from './consistency.js';
import { LABELS } from './labels.js';
import { NerModel } from './model.js';
import { loadResources, type NerResources } from './resources.js';

let resources: NerResources | null = null;
const models = new Map<string, NerModel>();

export function defaultModelPath(): string {
  return join(modelsDir(), 'ner', 'model.bin');
}

/** The gazetteers, lexicons and clusters, loaded once. */
export function sharedResources(): NerResources {
  return (resources ??= loadResources());
}

/** Loads (once per path) a model written by `qawl train`; a directory means DIR/model.bin. */
export function loadModel(path: string = defaultModelPath()): NerModel {
  const file = existsSync(join(path, 'model.bin')) ? join(path, 'model.bin') : path;
  let m = models.get(file);
  if (!m) {
    m = NerModel.load(file, sharedResources());
    models.set(file, m);
  }
  return m;
}

export interface TagOptions {
  /** label consistency over windows of this many consecutive sentences (0: off; Infinity: all of them) */
  window?: number;
  /** within a window, a person's last name alone is tagged as that person (default false) */
  lastNames?: boolean;
  /** within a window, a name tagged with a type that is outvoted elsewhere takes the majority type (default false) */
  retype?: boolean;
}

/** Tags sentences of words (`norms`: the words fold()ed, when known); returns IOB2 tags per sentence. */
export function tagSentences(
  model: NerModel,
  sentences: readonly (readonly string[])[],
  options: TagOptions = {},
  norms?: readonly (readonly string[])[],
): string[][] {
  const labels = sentences.map((s, i) => model.tagIndices(s, norms?.[i]));
  const w = options.window ?? 0;
  if (w > 0) {
    for (let i = 0; i < sentences.length; i += w) enforceConsistency(sentences.slice(i, i + w), labels.slice(i, i + w), options.lastNames ?? false, options.retype ?? false);
  }
  return labels.map((l) => Array.from(l, (i) => LABELS[i]!));
}
