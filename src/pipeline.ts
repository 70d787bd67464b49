/**
 * The pipeline: text → sentences → tokens → NER mentions → entity clusters → places → claims.
 * Each stage is a pure function of its input; only the NER backend holds state (its loaded model).
 */
import type { Claim, Entity, Place, QawlDocument, Span } from './schema/records.js';
import { segment } from './text/segment.js';
import { tokenize, type Token } from './text/tokenize.js';
import { detectLanguage } from './text/language.js';
import { embeddedNer, type NerBackend } from './ner/index.js';
import { clusterEntities, linkPlaces } from './entities/index.js';
import { claimsAndNames } from './speech/index.js';
import { speakerEntities } from './entities/speakers.js';
import { VERSION } from './version.js';

export type NerChoice = 'embedded' | 'transformers' | 'ensemble';

export interface ExtractOptions {
  /** document id (default 'doc') */
  id?: string;
  /** 'ar', 'en' or 'auto' (default): detected from the script of the text */
  language?: 'ar' | 'en' | 'auto';
  /** NER backend: 'embedded' (default), 'transformers', 'ensemble', or a NerBackend object */
  ner?: NerChoice | NerBackend;
  /** local model directory for the transformers backend */
  model?: string;
  /** allow the transformers backend to download models from the hub (default false: no network) */
  allowRemote?: boolean;
  /** weights for the transformers backend, e.g. 'fp32' or 'q8' */
  dtype?: string;
  /** include the input text in the Document (default true) */
  includeText?: boolean;
  /** documents longer than this many UTF-16 code units are rejected (default 2,000,000) */
  maxChars?: number;
}

export const DEFAULT_MAX_CHARS = 2_000_000;

/** An input the pipeline refuses; the message names the input and what to change. */
export class InputError extends Error {
  override name = 'InputError';
}

const backends = new Map<string, Promise<NerBackend>>();

/** Creates the NER backend an option set asks for (a NerBackend object is used as it is). */
export function createBackend(options: ExtractOptions): Promise<NerBackend> {
  const ner = options.ner ?? 'embedded';
  if (typeof ner === 'object') return Promise.resolve(ner);
  if (ner === 'embedded') return Promise.resolve(embeddedNer());
  if (ner !== 'transformers' && ner !== 'ensemble') {
    return Promise.reject(new InputError(`unknown ner backend '${String(ner)}': use embedded, transformers or ensemble`));
  }
  return import('./backends/index.js').then((m) =>
    m.createNerBackend({ ner, model: options.model, allowRemote: options.allowRemote, dtype: options.dtype }),
  );
}

/** The shared backend for an option set, created once (used by plain `extract` calls). */
export function resolveBackend(options: ExtractOptions): Promise<NerBackend> {
  const ner = options.ner ?? 'embedded';
  if (typeof ner === 'object') return Promise.resolve(ner);
  const key = `${ner}\u0000${options.model ?? ''}\u0000${options.dtype ?? ''}\u0000${options.allowRemote ? 1 : 0}`;
  let p = backends.get(key);
  if (!p) {
    p = createBackend(options);
    p.catch(() => backends.delete(key));
    backends.set(key, p);
  }
  return p;
}

/** Frees the backends that plain `extract` calls created (a transformers backend holds an inference session). */
export async function closeBackends(): Promise<void> {
  const all = [...backends.values()];
  backends.clear();
  for (const p of all) {
    const b = await p.catch(() => null);
    await b?.dispose?.();
  }
}

/** Checks the input and returns it as a string, or throws an InputError naming the problem. */
export function checkInput(text: unknown, id: string, maxChars = DEFAULT_MAX_CHARS): string {
  if (typeof text !== 'string') {
    throw new InputError(`document '${id}': expected a string, got ${text === null ? 'null' : typeof text}`);
  }
  if (text.length > maxChars) {
    throw new InputError(
      `document '${id}': ${text.length} characters is more than maxChars (${maxChars}); split it or raise maxChars`,
    );
  }
  return text;
}

interface Stages {
  sentences: Span[];
  tokens: Token[];
  entities: Entity[];
  places: Place[];
  claims: Claim[];
}

async function arabic(text: string, backend: NerBackend, timings: Record<string, number>): Promise<Stages> {
  let t = performance.now();
  const lap = (k: string) => {
    const now = performance.now();
    timings[k] = Math.round((now - t) * 1000) / 1000;
    t = now;
  };
  const sentences = segment(text);
  lap('segment');
  const tokens = tokenize(text);
  lap('tokenize');
  const mentions = await backend.recognize(text, tokens, sentences);
  lap('ner');
  const entities = clusterEntities(text, mentions);
  lap('entities');
  const places = linkPlaces(entities, text);
  lap('places');
  const found = claimsAndNames({ text, tokens, sentences, entities });
  // people the claim rules name, where the tagger found none
  const withSpeakers = speakerEntities(entities, found.claims, found.named);
  lap('claims');
  return { sentences, tokens, entities: withSpeakers.entities, places, claims: withSpeakers.claims };
}

/** Extracts one Document from a report. */
export async function extract(text: string, options: ExtractOptions = {}): Promise<QawlDocument> {
  const id = options.id ?? 'doc';
  checkInput(text, id, options.maxChars);
  const started = performance.now();
  const timings: Record<string, number> = {};
  const lang = options.language && options.language !== 'auto' ? options.language : detectLanguage(text);
  let stages: Omit<Stages, 'tokens'>;
  let nerName: string;
  if (lang === 'en') {
    const { extractEnglish } = await import('./en/index.js');
    stages = await extractEnglish(text);
    nerName = 'compromise';
  } else {
    const backend = await resolveBackend(options);
    stages = await arabic(text, backend, timings);
    nerName = backend.name;
  }
  timings.total = Math.round((performance.now() - started) * 1000) / 1000;
  return {
    id,
    language: lang,
    ...(options.includeText === false ? {} : { text }),
    sentences: stages.sentences,
    entities: stages.entities,
    claims: stages.claims,
    places: stages.places,
    meta: { version: VERSION, ner: nerName, timings },
  };
}
