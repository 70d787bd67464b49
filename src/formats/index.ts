/**
 * Output formats for a stream of records: each is a header, one chunk per record (made independently, so
 * worker threads can format their own documents) and a footer.
 */
import type { ErrorRecord, QawlDocument } from '../schema/records.js';
import { csvHeader, csvRows } from './csv.js';
import { htmlDocument, htmlFooter, htmlHeader } from './html.js';

export type Format = 'json' | 'jsonl' | 'csv' | 'html';
export const FORMATS: readonly Format[] = ['json', 'jsonl', 'csv', 'html'];

export interface FormatOptions {
  format: Format;
  /** json only: a single pretty document instead of an array */
  single?: boolean;
  /** csv only: start with a UTF-8 byte order mark */
  bom?: boolean;
  /** html only: the report's title */
  title?: string;
}

export function formatHeader(o: FormatOptions): string {
  if (o.format === 'csv') return csvHeader(o.bom);
  if (o.format === 'html') return htmlHeader(o.title);
  if (o.format === 'json' && !o.single) return '[\n';
  return '';
}

/** The chunk for one record; `seq` is its 0-based position in the output. */
export function formatRecord(o: FormatOptions, rec: QawlDocument | ErrorRecord, seq: number): string {
  switch (o.format) {
    case 'jsonl':
      return JSON.stringify(rec) + '\n';
    case 'json':
      return o.single ? JSON.stringify(rec, null, 2) + '\n' : JSON.stringify(rec, null, 2);
    case 'csv':
      return csvRows(rec);
    case 'html':
      return htmlDocument(rec, seq);
  }
}

/** What goes between two records (json arrays need a comma). */
export function formatSeparator(o: FormatOptions): string {
  return o.format === 'json' && !o.single ? ',\n' : '';
}

export function formatFooter(o: FormatOptions, count: number): string {
  if (o.format === 'html') return htmlFooter();
  if (o.format === 'json' && !o.single) return count ? '\n]\n' : ']\n';
  return '';
}

/** Guesses the format from an output file name (.csv, .html, .json, .jsonl), or null. */
export function formatFromPath(path: string | undefined): Format | null {
  const m = path ? /\.(jsonl|json|csv|html?)$/i.exec(path) : null;
  if (!m) return null;
  const ext = m[1]!.toLowerCase();
  return ext === 'htm' ? 'html' : (ext as Format);
}

export { csvHeader, csvRows, csvField, csvFirstFields, CSV_COLUMNS } from './csv.js';
export { htmlHeader, htmlDocument, htmlFooter, htmlReport, escapeHtml, jsonForScript } from './html.js';
