/**
 * Choosing the NER backend: `createNerBackend({ner, model, …})` is what the pipeline calls for
 * `ner: 'embedded' | 'transformers' | 'ensemble'`. This module is imported lazily by the pipeline; the
 * transformer backend in turn imports @huggingface/transformers (and so ONNX Runtime) only when created.
 */
import { embeddedNer, type NerBackend } from '../ner/index.js';
import { ensembleNer } from './ensemble.js';
import { transformersNer, type TransformersNerOptions } from './transformers/index.js';

export { ensembleNer, combineMentions } from './ensemble.js';
export { transformersNer, type TransformersNer, type TransformersNerOptions } from './transformers/index.js';
export { mapLabel, mapLabels } from './transformers/labels.js';

export type NerBackendChoice = 'embedded' | 'transformers' | 'ensemble';

export interface CreateNerBackendOptions extends Partial<TransformersNerOptions> {
  ner?: NerBackendChoice;
}

/** The backend an option set asks for; a transformer model is loaded (and its errors thrown) before it resolves. */
export async function createNerBackend(options: CreateNerBackendOptions = {}): Promise<NerBackend> {
  const ner = options.ner ?? 'embedded';
  if (ner === 'embedded') return embeddedNer();
  if (ner !== 'transformers' && ner !== 'ensemble') {
    throw new Error(`unknown ner backend '${String(ner)}': use embedded, transformers or ensemble`);
  }
  if (!options.model) {
    throw new Error(`ner '${ner}' needs a model: pass model: DIR (CLI: --model DIR)`);
  }
  const transformer = transformersNer({ ...options, model: options.model });
  await transformer.ready();
  return ner === 'transformers' ? transformer : ensembleNer(transformer, embeddedNer());
}
