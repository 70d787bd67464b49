import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CSV_COLUMNS, csvField, csvFirstFields, csvHeader, csvLine, csvRows } from '../../src/formats/csv.js';
import { sampleDoc } from './fixture.js';

/** A strict RFC 4180 reader for the tests (quoted fields, doubled quotes, CRLF records). */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let f = '';
  let i = 0;
  let quoted = false;
  while (i < s.length) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') (f += '"'), (i += 2);
      else if (c === '"') (quoted = false), i++;
      else (f += c), i++;
    } else if (c === '"' && f === '') (quoted = true), i++;
    else if (c === ',') row.push(f), (f = ''), i++;
    else if (c === '\r' && s[i + 1] === '\n') row.push(f), rows.push(row), (row = []), (f = ''), (i += 2);
    else if (c === '\n' || c === '\r' || c === '"') throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    else (f += c), i++;
  }
  if (f || row.length) throw new Error('last record not terminated by CRLF');
  return rows;
}

describe('csv', () => {
  it('writes one row per claim with the documented columns', () => {
    const doc = sampleDoc('doc-1');
    const rows = parseCsv(csvHeader() + csvRows(doc));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
    const rec = (r: string[]) => Object.fromEntries(CSV_COLUMNS.map((k, i) => [k, r[i]]));
    expect(rec(rows[1]!)).toMatchObject({
      document: 'doc-1',
      claim: 'c1',
      speaker: 'أحمد علي',
      role: 'المتحدث باسم الوزارة',
      kind: 'explicit',
      cue: 'قال',
      stance: 'assert',
      direct: 'false',
      content: 'الوفد وصل إلى جنيف',
      places: 'جنيف',
      targets: '',
      error: '',
    });
    // the content holds a comma and the document holds quotes: quoted, and read back intact
    expect(rec(rows[2]!)).toMatchObject({ speaker: 'وزير الخارجية السوري', stance: 'deny', direct: 'true', content: 'أي تنسيق مع داعش, أو غيره', targets: 'داعش' });
  });

  it('quotes fields with commas, quotes and line breaks (RFC 4180) and ends records with CRLF', () => {
    expect(csvField('قال "نعم", ثم\nمضى')).toBe('"قال ""نعم"", ثم\nمضى"');
    expect(csvField('بسيط')).toBe('بسيط');
    expect(csvLine(['a', 1, true, null])).toBe('a,1,true,\r\n');
  });

  it('keeps a spreadsheet from running a field as a formula', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('- قال')).toBe('- قال');
  });

  it('starts with a byte order mark only when asked', () => {
    expect(csvHeader(true).charCodeAt(0)).toBe(0xfeff);
    expect(csvHeader(false).charCodeAt(0)).not.toBe(0xfeff);
  });

  it('writes a failed document as one row naming the error and its source', () => {
    const rows = parseCsv(csvRows({ id: 'bad', error: 'invalid UTF-8', source: 'in.jsonl:3' }));
    expect(rows).toHaveLength(1);
    expect(rows[0]![0]).toBe('bad');
    expect(rows[0]![CSV_COLUMNS.indexOf('error')]).toBe('invalid UTF-8 (in.jsonl:3)');
  });

  it('round-trips any field through a strict reader', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 5 }), (fields) => {
        const back = parseCsv(csvLine(fields))[0]!;
        // A field a spreadsheet would run as a formula comes back with its guarding apostrophe; any other
        // field (one that already starts with an apostrophe included) comes back exactly.
        back.forEach((b, i) => {
          const f = fields[i]!;
          expect(b).toBe(/^(?:[=+@\t\r]|-\S)/.test(f) ? "'" + f : f);
        });
      }),
      { examples: [[["'-!", '']], [['-1', "'=x"]]] },
    );
  });

  it('reads back the document ids of a CSV file for --resume, across quoted line breaks', () => {
    const doc = sampleDoc('id, with "comma"\nand line');
    const text = csvHeader(true) + csvRows(doc) + csvRows({ id: '=x', error: 'e' }) + csvRows(sampleDoc('plain'));
    expect(new Set(csvFirstFields(text))).toEqual(new Set(['id, with "comma"\nand line', '=x', 'plain']));
  });
});
