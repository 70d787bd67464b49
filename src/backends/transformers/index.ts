/**
 * NER over a fine-tuned token classifier run by @huggingface/transformers (transformers.js, ONNX Runtime).
 *
 * The package is an optional peer dependency, imported with `import()` only when this backend is created.
 * The model is a local directory (config.json, tokenizer.json, onnx/model.onnx or onnx/model_quantized.onnx
 * for dtype 'q8'); `allowRemote: true` also accepts a hub id and lets the library download it. Settings travel
 * as per-call loading options (`local_files_only`, `dtype`, `cache_dir`, `revision`, `device`): the library's
 * global `env` is never written. A local directory is passed as an absolute path, which the library reads
 * directly (it never prefixes `env.localModelPath` to a path that is not a hub id).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Span } from '../../schema/records.js';
import type { Token } from '../../text/tokenize.js';
import { stripDiacritics } from '../../text/normalize.js';
import type { NerBackend, NerMention } from '../../ner/index.js';
import { aggregateWord, decodeMentions, pieceOffsets, planWindows, type WordPrediction } from './align.js';
import { mapLabels, type MappedLabel } from './labels.js';
import { loadLibrary, type Library, type Model, type Tokenizer } from './library.js';

export interface TransformersNerOptions {
  /** local model directory, or (with allowRemote) a hub id such as 'Xenova/bert-base-multilingual-cased-ner-hrl' */
  model: string;
  /** let the library download a hub model (default false: local files only, no network) */
  allowRemote?: boolean;
  /** weights: 'fp32' (onnx/model.onnx, default), 'q8' (onnx/model_quantized.onnx), 'fp16', 'int8', 'q4', … */
  dtype?: string;
  /** most pieces per window including special tokens (default: the model's limit, at most 512) */
  maxLength?: number;
  /** overlap between windows of a long sentence, in pieces (default: a quarter of the window) */
  stride?: number;
  /** windows per inference call (default 8) */
  batchSize?: number;
  /** where the library caches downloads (only with allowRemote) */
  cacheDir?: string;
  /** hub revision (only with allowRemote) */
  revision?: string;
  /** ONNX Runtime device, e.g. 'cpu' (default) or 'cuda' */
  device?: string;
  /** ONNX Runtime intra-op threads (default: the library's choice) */
  threads?: number;
  /** hand words to the tokenizer with their harakat and tatweel (default false: Arabic models are trained without) */
  keepDiacritics?: boolean;
}

export interface TransformersNer extends NerBackend {
  /** resolves when the model is loaded; rejects with the loading error */
  ready(): Promise<void>;
  dispose(): Promise<void>;
}

interface Loaded {
  lib: Library;
  tokenizer: Tokenizer;
  model: Model;
  labels: MappedLabel[];
  prefix: number[];
  suffix: number[];
  pad: number;
  maxPieces: number;
  inputNames: string[];
}

interface Job {
  ids: number[];
  /** [token index, first piece row, piece count] for the tokens of the window's core */
  core: Array<[number, number, number]>;
}

function modelLocation(options: TransformersNerOptions): { id: string; local: boolean } {
  if (!options.model) throw new Error("the 'transformers' NER backend needs a model: pass model: DIR (CLI: --model DIR)");
  const dir = resolve(options.model);
  if (existsSync(dir)) return { id: dir, local: true };
  if (options.allowRemote) return { id: options.model, local: false };
  throw new Error(
    `model directory not found: ${options.model} (it needs config.json, tokenizer.json and onnx/model.onnx); ` +
      `to download a hub model instead, pass allowRemote: true (CLI: --allow-remote)`,
  );
}

async function load(options: TransformersNerOptions): Promise<Loaded> {
  const where = modelLocation(options);
  const lib = await loadLibrary();
  const common = {
    local_files_only: where.local || !options.allowRemote,
    ...(options.cacheDir ? { cache_dir: options.cacheDir } : {}),
    ...(options.revision ? { revision: options.revision } : {}),
  };
  let tokenizer: Tokenizer;
  let model: Model;
  try {
    tokenizer = await lib.AutoTokenizer.from_pretrained(where.id, common);
    model = await lib.AutoModelForTokenClassification.from_pretrained(where.id, {
      ...common,
      dtype: options.dtype ?? 'fp32',
      ...(options.device ? { device: options.device } : {}),
      ...(options.threads ? { session_options: { intraOpNumThreads: options.threads } } : {}),
    });
  } catch (e) {
    throw new Error(`could not load the NER model '${options.model}': ${(e as Error).message}`, { cause: e });
  }
  const config = model.config as { id2label?: Record<string, string>; max_position_embeddings?: number; model_type?: string };
  if (!config.id2label) throw new Error(`the model '${options.model}' has no id2label in its config.json`);
  const withSpecials = tokenizer.encode('a');
  const bare = tokenizer.encode('a', { add_special_tokens: false });
  const at = Math.max(0, withSpecials.findIndex((id, i) => bare.every((b, j) => withSpecials[i + j] === b)));
  const prefix = withSpecials.slice(0, at);
  const suffix = withSpecials.slice(at + bare.length);
  const positions = (config.max_position_embeddings ?? 512) - (/roberta/.test(config.model_type ?? '') ? 2 : 0);
  const declared = Number(tokenizer.model_max_length);
  const limit = Math.min(options.maxLength ?? 512, positions, Number.isFinite(declared) && declared > 0 ? declared : Infinity);
  const maxPieces = limit - prefix.length - suffix.length;
  if (maxPieces < 1) throw new Error(`maxLength ${limit} leaves no room for word pieces`);
  const session = Object.values(model.sessions ?? {})[0] as { inputNames?: string[] } | undefined;
  return {
    lib,
    tokenizer,
    model,
    labels: mapLabels(config.id2label),
    prefix,
    suffix,
    pad: tokenizer.pad_token_id ?? 0,
    maxPieces,
    inputNames: session?.inputNames ?? ['input_ids', 'attention_mask', 'token_type_ids'],
  };
}

function softmax(data: Float32Array, offset: number, n: number): Float32Array {
  const row = data.subarray(offset, offset + n);
  let max = -Infinity;
  for (const x of row) if (x > max) max = x;
  const out = new Float32Array(n);
  let sum = 0;
  for (let j = 0; j < n; j++) sum += out[j] = Math.exp(row[j]! - max);
  for (let j = 0; j < n; j++) out[j]! /= sum;
  return out;
}

/** Creates the backend; the library and the model start loading at once (see `ready()`). */
export function transformersNer(options: TransformersNerOptions): TransformersNer {
  let loading: Promise<Loaded> | null = load(options);
  loading.catch(() => {}); // reported by ready() and recognize()
  const pieceCache = new Map<string, { ids: number[]; pieces: string[] }>();
  const stride = options.stride;
  const batchSize = Math.max(1, options.batchSize ?? 8);

  const piecesOf = (m: Loaded, word: string) => {
    let hit = pieceCache.get(word);
    if (!hit) {
      const pieces = m.tokenizer.tokenize(options.keepDiacritics ? word : stripDiacritics(word));
      const ids = m.tokenizer.convert_tokens_to_ids(pieces);
      hit = { ids: ids.slice(0, m.maxPieces), pieces: pieces.slice(0, m.maxPieces) };
      if (pieceCache.size > 50_000) pieceCache.clear();
      pieceCache.set(word, hit);
    }
    return hit;
  };

  async function run(m: Loaded, jobs: Job[], preds: Array<WordPrediction | null>, tokens: Token[], starts: Array<number | undefined>) {
    const L = m.labels.length;
    for (let b = 0; b < jobs.length; b += batchSize) {
      const batch = jobs.slice(b, b + batchSize);
      const S = Math.max(...batch.map((j) => j.ids.length));
      const ids = new BigInt64Array(batch.length * S).fill(BigInt(m.pad));
      const mask = new BigInt64Array(batch.length * S);
      batch.forEach((job, r) => job.ids.forEach((id, c) => ((ids[r * S + c] = BigInt(id)), (mask[r * S + c] = 1n))));
      const all: Record<string, unknown> = {
        input_ids: new m.lib.Tensor('int64', ids, [batch.length, S]),
        attention_mask: new m.lib.Tensor('int64', mask, [batch.length, S]),
        token_type_ids: new m.lib.Tensor('int64', new BigInt64Array(batch.length * S), [batch.length, S]),
      };
      const inputs = Object.fromEntries(m.inputNames.filter((k) => k in all).map((k) => [k, all[k]]));
      const { logits } = await m.model(inputs);
      const data = logits.data as Float32Array;
      batch.forEach((job, r) => {
        for (const [t, row, count] of job.core) {
          const rows = [];
          for (let p = 0; p < count; p++) rows.push(softmax(data, (r * S + row + p) * L, L));
          const pred = aggregateWord(rows, m.labels, piecesOf(m, tokens[t]!.text).pieces);
          preds[t] = pred;
          if (pred.piece > 0) {
            const offs = pieceOffsets(tokens[t]!.text, piecesOf(m, tokens[t]!.text).pieces);
            starts[t] = offs ? tokens[t]!.start + offs[pred.piece]![0] : undefined;
          }
        }
      });
      logits.dispose?.();
    }
  }

  return {
    name: 'transformers',
    async ready() {
      if (!loading) throw new Error('the transformers NER backend was disposed');
      await loading;
    },
    async recognize(text: string, tokens: Token[], sentences: Span[]): Promise<NerMention[]> {
      if (!loading) throw new Error('the transformers NER backend was disposed');
      const m = await loading;
      // sentence groups: a sentence starts at the first token at or after its start offset
      const sentenceStarts = new Set<number>();
      let k = 0;
      for (const s of sentences) {
        while (k < tokens.length && tokens[k]!.start < s.start) k++;
        if (k < tokens.length) sentenceStarts.add(k);
      }
      const jobs: Job[] = [];
      let g = 0;
      while (g < tokens.length) {
        let e = g + 1;
        while (e < tokens.length && !sentenceStarts.has(e)) e++;
        const units: number[] = [];
        for (let i = g; i < e; i++) if (piecesOf(m, tokens[i]!.text).ids.length > 0) units.push(i);
        const counts = units.map((i) => piecesOf(m, tokens[i]!.text).ids.length);
        const maxPieces = m.maxPieces;
        for (const w of planWindows(counts, maxPieces, stride ?? Math.floor(maxPieces / 4))) {
          const ids = [...m.prefix];
          const core: Job['core'] = [];
          for (let u = w.start; u < w.end; u++) {
            const p = piecesOf(m, tokens[units[u]!]!.text).ids;
            if (u >= w.coreStart && u < w.coreEnd) core.push([units[u]!, ids.length, p.length]);
            ids.push(...p);
          }
          ids.push(...m.suffix);
          jobs.push({ ids, core });
        }
        g = e;
      }
      const preds: Array<WordPrediction | null> = new Array(tokens.length).fill(null);
      const starts: Array<number | undefined> = new Array(tokens.length).fill(undefined);
      await run(m, jobs, preds, tokens, starts);
      return decodeMentions({ text, tokens, predictions: preds, entityStart: starts, sentenceStarts });
    },
    async dispose() {
      const l = loading;
      loading = null;
      pieceCache.clear();
      if (l) await l.then((m) => m.model.dispose(), () => {});
    },
  };
}
