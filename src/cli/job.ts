/** One document's work, the same in a worker thread and in the main thread: extract, then format. */
import type { Extractor } from '../extractor.js';
import { formatRecord, type FormatOptions } from '../formats/index.js';

export interface Job {
  /** 0-based position in the output */
  seq: number;
  id: string;
  text: string;
  /** file, file:line or stdin */
  source: string;
  /** input bytes this document stands for (progress) */
  bytes: number;
}

export interface Done {
  seq: number;
  id: string;
  source: string;
  bytes: number;
  /**
   * the formatted output chunk (a record or an error record); a worker thread sends it as UTF-8 bytes (moved, not
   * copied), so the main thread only writes it and never holds it as a string
   */
  out: string | Uint8Array;
  /** set when the document failed */
  error?: string;
  /** whitespace-separated words in the input */
  words: number;
}

/** Counts runs of non-space characters in linear time without allocating. */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
    if (space) inWord = false;
    else if (!inWord) {
      inWord = true;
      n++;
    }
  }
  return n;
}

export async function runJob(extractor: Extractor, fmt: FormatOptions, job: Job): Promise<Done> {
  const base = { seq: job.seq, id: job.id, source: job.source, bytes: job.bytes, words: countWords(job.text) };
  try {
    const doc = await extractor.extract(job.text, { id: job.id });
    return { ...base, out: formatRecord(fmt, doc, job.seq) };
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    return { ...base, error, out: formatRecord(fmt, { id: job.id, error, source: job.source }, job.seq) };
  }
}

/** A failed document that never reached the extractor (bad input, crashed worker). */
export function failedJob(fmt: FormatOptions, j: Omit<Job, 'text'>, error: string, words = 0): Done {
  return { seq: j.seq, id: j.id, source: j.source, bytes: j.bytes, words, error, out: formatRecord(fmt, { id: j.id, error, source: j.source }, j.seq) };
}
