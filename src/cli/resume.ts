/**
 * `--resume`: the ids already present in an output file (jsonl or csv), so a rerun appends only the rest.
 * A last record cut off by an interrupted run is removed first, so the file stays well-formed.
 */
import { existsSync } from 'node:fs';
import { readFile, stat, truncate } from 'node:fs/promises';
import { csvFirstFields } from '../formats/csv.js';
import { byteLines } from './lines.js';

export interface Resumed {
  ids: Set<string>;
  /** the file has records: append to it without a header */
  append: boolean;
  note?: string;
}

async function jsonlIds(path: string, ids: Set<string>): Promise<{ goodEnd: number; bad: number }> {
  let goodEnd = 0;
  let bad = 0;
  for await (const { line, end, terminated } of byteLines(path)) {
    if (!terminated) break; // a last line without its line break was cut off: it is removed and redone
    const s = line.toString('utf8').trim();
    if (!s) {
      goodEnd = end;
      continue;
    }
    try {
      const rec = JSON.parse(s) as { id?: unknown };
      if (rec && typeof rec.id === 'string') ids.add(rec.id);
      goodEnd = end;
    } catch {
      bad++;
    }
  }
  return { goodEnd, bad };
}

export async function doneIds(path: string, format: 'jsonl' | 'csv'): Promise<Resumed> {
  const ids = new Set<string>();
  if (!existsSync(path)) return { ids, append: false };
  const size = (await stat(path)).size;
  if (size === 0) return { ids, append: false };
  if (format === 'jsonl') {
    const { goodEnd, bad } = await jsonlIds(path, ids);
    let note = bad ? `${path}: ${bad} unreadable line(s) ignored` : undefined;
    if (goodEnd < size) {
      await truncate(path, goodEnd);
      note = `${path}: removed an unfinished last record (${size - goodEnd} bytes)`;
    }
    return { ids, append: goodEnd > 0, note };
  }
  const buf = await readFile(path);
  let note: string | undefined;
  let end = buf.length;
  if (buf[end - 1] !== 0x0a) {
    end = buf.lastIndexOf('\r\n') + 2;
    if (end < 2) end = 0;
    await truncate(path, end);
    note = `${path}: removed an unfinished last record (${buf.length - end} bytes)`;
  }
  for (const id of csvFirstFields(buf.subarray(0, end).toString('utf8'))) ids.add(id);
  return { ids, append: end > 0, note };
}
