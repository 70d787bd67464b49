/**
 * CSV output: one row per claim (RFC 4180: comma-separated, CRLF line ends, fields holding a comma, quote or
 * line break wrapped in double quotes with inner quotes doubled). A failed document is one row with `error`
 * set; a document without claims has no rows.
 */
import type { Claim, ErrorRecord, QawlDocument } from '../schema/records.js';

export const CSV_COLUMNS = [
  'document',
  'claim',
  'speaker',
  'role',
  'kind',
  'cue',
  'stance',
  'direct',
  'content',
  'places',
  'targets',
  'confidence',
  'error',
] as const;

/**
 * Quotes one field when RFC 4180 asks for it. A text field starting with = + @ or a tab (or '-' followed by a
 * non-space) gets a leading apostrophe so a spreadsheet shows it as text instead of running it as a formula.
 */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && /^(?:[=+@\t\r]|-\S)/.test(s)) s = "'" + s;
  return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

export function csvLine(fields: Array<string | number | boolean | null | undefined>): string {
  return fields.map(csvField).join(',') + '\r\n';
}

/** The header row, with a UTF-8 byte order mark first when asked (spreadsheets then read Arabic correctly). */
export function csvHeader(bom = false): string {
  return (bom ? '\uFEFF' : '') + csvLine([...CSV_COLUMNS]);
}

function claimRow(docId: string, c: Claim): string {
  return csvLine([
    docId,
    c.id,
    c.speaker?.name ?? '',
    c.speaker?.role ?? '',
    c.speaker?.kind ?? '',
    c.cue.text,
    c.stance,
    c.direct,
    c.content.text,
    c.places.join('; '),
    c.targets.join('; '),
    c.confidence,
    '',
  ]);
}

/** The rows of one record: its claims, or one error row. */
export function csvRows(rec: QawlDocument | ErrorRecord): string {
  if ('error' in rec) {
    const where = rec.source ? ` (${rec.source})` : '';
    return csvLine([rec.id, '', '', '', '', '', '', '', '', '', '', '', rec.error + where]);
  }
  return rec.claims.map((c) => claimRow(rec.id, c)).join('');
}

/**
 * Reads the first field (the document id) of every record of a CSV text, honouring quoted fields that span
 * lines; used by `--resume`. Skips the header row.
 */
export function* csvFirstFields(text: string): Generator<string> {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let row = 0;
  while (i < text.length) {
    let first = '';
    let field = 0;
    let cur = '';
    // one record
    for (;;) {
      if (text[i] === '"') {
        i++;
        for (;;) {
          const q = text.indexOf('"', i);
          if (q < 0) {
            cur += text.slice(i);
            i = text.length;
            break;
          }
          cur += text.slice(i, q);
          if (text[q + 1] === '"') {
            cur += '"';
            i = q + 2;
          } else {
            i = q + 1;
            break;
          }
        }
      }
      // unquoted part up to the next comma or line end
      let j = i;
      while (j < text.length && text[j] !== ',' && text[j] !== '\n' && text[j] !== '\r') j++;
      cur += text.slice(i, j);
      i = j;
      if (field === 0) first = cur;
      cur = '';
      field++;
      if (i >= text.length) break;
      if (text[i] === ',') {
        i++;
        continue;
      }
      // line end
      if (text[i] === '\r' && text[i + 1] === '\n') i += 2;
      else i++;
      break;
    }
    if (row > 0 && field > 1) yield /^'(?:[=+@\t\r]|-\S)/.test(first) ? first.slice(1) : first;
    row++;
  }
}
