/**
 * The optional peer dependency @huggingface/transformers, imported on demand. Only the few members qawl uses
 * are typed here (structurally), so qawl's own types never depend on the package being installed.
 */

export interface Tokenizer {
  tokenize(text: string): string[];
  convert_tokens_to_ids(tokens: string[]): number[];
  encode(text: string, options?: { add_special_tokens?: boolean }): number[];
  readonly model_max_length: unknown;
  readonly pad_token_id?: number;
}

export interface OutputTensor {
  data: unknown;
  dims: number[];
  dispose?(): void;
}

export interface Model {
  (inputs: Record<string, unknown>): Promise<{ logits: OutputTensor }>;
  config: unknown;
  sessions?: Record<string, unknown>;
  dispose(): Promise<unknown>;
}

export interface Library {
  AutoTokenizer: { from_pretrained(id: string, options?: object): Promise<Tokenizer> };
  AutoModelForTokenClassification: { from_pretrained(id: string, options?: object): Promise<Model> };
  Tensor: new (type: string, data: BigInt64Array, dims: number[]) => unknown;
}

export const PACKAGE = '@huggingface/transformers';

let cached: Promise<Library> | null = null;

/** Imports the package once; a missing package becomes an error that says what to install. */
export function loadLibrary(name = PACKAGE): Promise<Library> {
  if (name !== PACKAGE) return importLibrary(name);
  cached ??= importLibrary(name).catch((e) => {
    cached = null;
    throw e;
  });
  return cached;
}

function importLibrary(name: string): Promise<Library> {
  return import(name).then(
    (m) => m as unknown as Library,
    (e: NodeJS.ErrnoException) => {
      const missing = e?.code === 'ERR_MODULE_NOT_FOUND' || e?.code === 'MODULE_NOT_FOUND';
      if (missing && String(e.message).includes(name)) {
        throw new Error(
          `the 'transformers' NER backend needs the optional package ${name}: run \`npm install ${name}\``,
          { cause: e },
        );
      }
      throw e;
    },
  );
}
