/**
 * Model files (the tagger, its gazetteer and word clusters) are read through here. A batch that extracts on
 * worker threads reads them once into shared memory and hands that to every worker; string tables and model
 * arrays are then used in place, so N workers hold one copy of them instead of N.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const shared = new Map<string, SharedArrayBuffer>();

/** The bytes of a model file: the shared copy when this thread was given one, else read from disk. */
export function readModelFile(path: string): Buffer {
  const s = shared.get(resolve(path));
  return s ? Buffer.from(s) : readFileSync(path);
}

/** Reads the given files (those that exist) into shared memory, also for this thread; returns them by path. */
export function shareModelFiles(paths: readonly string[]): Record<string, SharedArrayBuffer> {
  const out: Record<string, SharedArrayBuffer> = {};
  for (const p of paths) {
    const key = resolve(p);
    let s = shared.get(key);
    if (!s) {
      if (!existsSync(key)) continue;
      const b = readFileSync(key);
      s = new SharedArrayBuffer(b.length);
      new Uint8Array(s).set(b);
      shared.set(key, s);
    }
    out[key] = s;
  }
  return out;
}

/** Uses files shared by the thread that started this one. */
export function useSharedModelFiles(files: Record<string, SharedArrayBuffer> | undefined): void {
  for (const [path, s] of Object.entries(files ?? {})) shared.set(path, s);
}

/**
 * The bytes of `b` as an ArrayBuffer and the offset they start at, for typed-array views: `b`'s own memory when it
 * is 4-byte aligned (a whole file, shared memory), else an aligned copy.
 */
export function alignedBytes(b: Buffer): { ab: ArrayBufferLike; base: number } {
  return b.byteOffset % 4 === 0 ? { ab: b.buffer, base: b.byteOffset } : { ab: b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength), base: 0 };
}
