/**
 * Reads the CLI's inputs as a stream of documents: `-` (stdin, one document), `.txt` files (one document,
 * id = file name without extension), `.jsonl` files (one `{"id", "text"}` per line) and directories (their
 * .txt/.jsonl files, recursively, in sorted order). A bad input becomes an item with `error` that names the
 * file (and line); nothing else is lost.
 */
import { byteLines } from './lines.js';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';

export interface InputDoc {
  id: string;
  text?: string;
  error?: string;
  /** where it came from: file, file:line, or stdin */
  source: string;
  /** input bytes this document stands for (for progress) */
  bytes?: number;
}

/** Files larger than this are refused before being read. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Decodes a file's bytes as UTF-8 text, or explains why it is not text. */
export function decodeText(buf: Uint8Array): { text?: string; error?: string } {
  const probe = buf.subarray(0, 8192);
  let controls = 0;
  for (const b of probe) {
    if (b === 0) return { error: 'binary input (NUL bytes): expected UTF-8 text' };
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++;
  }
  if (probe.length && controls / probe.length > 0.1) return { error: 'binary input (control bytes): expected UTF-8 text' };
  try {
    return { text: decoder.decode(buf) };
  } catch {
    return { error: 'invalid UTF-8: expected UTF-8 text' };
  }
}

function checkText(text: string): string | undefined {
  if (!text.trim()) return 'empty document';
  return undefined;
}

async function* readStdin(): AsyncGenerator<InputDoc> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  const buf = Buffer.concat(chunks);
  const { text, error } = decodeText(buf);
  const err = error ?? checkText(text ?? '');
  const bytes = buf.length;
  yield err ? { id: 'stdin', error: err, source: 'stdin', bytes } : { id: 'stdin', text, source: 'stdin', bytes };
}

async function* readTextFile(path: string): AsyncGenerator<InputDoc> {
  const id = basename(path, extname(path));
  const size = (await stat(path)).size;
  if (size > MAX_FILE_BYTES) {
    yield { id, error: `file is ${size} bytes, more than ${MAX_FILE_BYTES}: split it`, source: path, bytes: size };
    return;
  }
  const { text, error } = decodeText(await readFile(path));
  const err = error ?? checkText(text ?? '');
  yield err ? { id, error: err, source: path, bytes: size } : { id, text, source: path, bytes: size };
}

async function* readJsonl(path: string): AsyncGenerator<InputDoc> {
  let n = 0;
  const stem = basename(path, extname(path));
  for await (const { line: bytes } of byteLines(path)) {
    n++;
    const source = `${path}:${n}`;
    const size = bytes.length + 1;
    let line: string;
    try {
      line = decoder.decode(bytes).replace(/\r$/, '');
    } catch {
      yield { id: `${stem}:${n}`, error: 'invalid UTF-8 on this line', source, bytes: size };
      continue;
    }
    if (n === 1) line = line.replace(/^\uFEFF/, '');
    if (!line.trim()) continue;
    let rec: unknown;
    try {
      rec = JSON.parse(line);
    } catch (e) {
      yield { id: `${stem}:${n}`, error: `malformed JSON line: ${(e as Error).message}`, source, bytes: size };
      continue;
    }
    if (typeof rec !== 'object' || rec === null || Array.isArray(rec)) {
      yield { id: `${stem}:${n}`, error: 'a JSONL line must be an object {"id", "text"}', source, bytes: size };
      continue;
    }
    const r = rec as Record<string, unknown>;
    const id = r.id === undefined || r.id === null ? `${stem}:${n}` : String(r.id);
    if (typeof r.text !== 'string') {
      const got = r.text === undefined ? 'no "text" field' : `"text" is ${r.text === null ? 'null' : Array.isArray(r.text) ? 'an array' : `a ${typeof r.text}`}`;
      yield { id, error: `${got}: expected a string`, source, bytes: size };
      continue;
    }
    const err = checkText(r.text);
    yield err ? { id, error: err, source, bytes: size } : { id, text: r.text, source, bytes: size };
  }
}

async function listDir(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listDir(p)));
    else if (/\.(txt|jsonl)$/i.test(e.name)) out.push(p);
  }
  return out;
}

/** Streams the documents of all inputs, in order. */
export async function* readInputs(paths: string[]): AsyncGenerator<InputDoc> {
  for (const p of paths) {
    if (p === '-') {
      yield* readStdin();
      continue;
    }
    let st;
    try {
      st = await stat(p);
    } catch {
      yield { id: basename(p, extname(p)), error: 'no such file or directory', source: p };
      continue;
    }
    const files = st.isDirectory() ? await listDir(p) : [p];
    for (const f of files) {
      try {
        if (/\.jsonl$/i.test(f)) yield* readJsonl(f);
        else yield* readTextFile(f);
      } catch (e) {
        yield { id: basename(f, extname(f)), error: (e as Error).message, source: f };
      }
    }
  }
}

/** True when the inputs name exactly one plain-text document (stdin or one non-JSONL file). */
export async function isSingleDocument(paths: string[]): Promise<boolean> {
  if (paths.length !== 1) return false;
  const p = paths[0]!;
  if (p === '-') return true;
  if (/\.jsonl$/i.test(p)) return false;
  try {
    return !(await stat(p)).isDirectory();
  } catch {
    return true;
  }
}

/** Total bytes of the named files and directories (stdin counts 0), for a progress bar; null if unknown. */
export async function inputBytes(paths: string[]): Promise<number | null> {
  let total = 0;
  for (const p of paths) {
    if (p === '-') return null;
    try {
      const st = await stat(p);
      const files = st.isDirectory() ? await listDir(p) : [p];
      for (const f of files) total += f === p ? st.size : (await stat(f)).size;
    } catch {
      /* a missing input is reported when read */
    }
  }
  return total;
}
