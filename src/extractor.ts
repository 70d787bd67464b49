/** A configured extractor: one NER backend loaded once, used for one document or a stream of them. */
import type { ErrorRecord, QawlDocument } from './schema/records.js';
import { createBackend, extract, type ExtractOptions } from './pipeline.js';

export type BatchInput = string | { id?: string; text: unknown };

export interface Extractor {
  /** extracts one document; per-call options override the extractor's */
  extract(text: string, options?: Pick<ExtractOptions, 'id' | 'language' | 'includeText'>): Promise<QawlDocument>;
  /**
   * Extracts a stream of documents in input order. A document that fails becomes an error record
   * `{id, error}` and the stream goes on.
   */
  extractMany(inputs: AsyncIterable<BatchInput> | Iterable<BatchInput>): AsyncGenerator<QawlDocument | ErrorRecord>;
  /** frees the NER backend (the transformers backend holds an inference session) */
  dispose(): Promise<void>;
}

export function createExtractor(options: ExtractOptions = {}): Extractor {
  let backend: ReturnType<typeof createBackend> | null = null;
  // the extractor owns its backend: dispose() frees it without touching other extractors
  const getBackend = () => (backend ??= createBackend(options));
  const one = async (text: string, over: Pick<ExtractOptions, 'id' | 'language' | 'includeText'> = {}) =>
    extract(text, { ...options, ...over, ner: await getBackend() });
  return {
    extract: one,
    async *extractMany(inputs) {
      let n = 0;
      for await (const input of inputs as AsyncIterable<BatchInput>) {
        n++;
        const id = typeof input === 'string' ? String(n) : String(input?.id ?? n);
        const text = typeof input === 'string' ? input : input?.text;
        try {
          yield await one(text as string, { id });
        } catch (e) {
          yield { id, error: e instanceof Error ? e.message : String(e) };
        }
      }
    },
    async dispose() {
      if (backend) {
        const b = await backend.catch(() => null);
        await b?.dispose?.();
        backend = null;
      }
    },
  };
}
