/**
 * Bad input through the built CLI: every bad input gets a clear error naming it (file, and line for JSONL)
 * or a valid record; a batch of good and bad inputs writes every good document, names every bad one, exits 1.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuilt, expectValidDocument, jsonl, qawl, tempDir } from './helpers.js';

const GOOD = 'قال المتحدث باسم الوزارة أحمد علي إن الوفد وصل إلى جنيف.';
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
const BAD_UTF8 = Buffer.concat([Buffer.from('قال الوزير '), Buffer.from([0xc3, 0x28, 0xa0, 0xa1]), Buffer.from(' إن')]);
/** about 10 MB of UTF-8 Arabic news text in one document */
const TEN_MB = (GOOD + ' ').repeat(Math.ceil(10_000_000 / Buffer.byteLength(GOOD + ' ')));

let dir: string;
beforeAll(async () => {
  await ensureBuilt();
  dir = tempDir('qawl-bad-');
}, 300_000);

function file(name: string, body: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, body);
  return p;
}

describe('one bad input: a clear error naming it', () => {
  it.each([
    ['empty.txt', '', /empty\.txt: empty document/],
    ['blank.txt', ' \n\t\r\n  \u00a0 ', /blank\.txt: empty document/],
    ['image.txt', PNG, /image\.txt: binary input/],
    ['latin1.txt', BAD_UTF8, /latin1\.txt: invalid UTF-8/],
    ['missing-file.txt', null, /missing-file\.txt: no such file or directory/],
  ])('%s', async (name, body, message) => {
    const p = body === null ? join(dir, name) : file(name, body as string | Buffer);
    const r = await qawl(['extract', p]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(message);
    const rec = JSON.parse(r.stdout);
    expect(rec).toMatchObject({ id: name.replace(/\.txt$/, ''), source: p });
    expect(rec.error).toEqual(expect.any(String));
  });

  it.each([
    ['non-string text', '{"id": "n1", "text": 42}', /"text" is a number: expected a string/],
    ['null text', '{"id": "n2", "text": null}', /"text" is null: expected a string/],
    ['no text field', '{"id": "n3", "body": "قال"}', /no "text" field/],
    ['malformed line', '{"id": "n4", "text": "قال', /malformed JSON line/],
    ['not an object', '["قال"]', /must be an object/],
    ['empty text', '{"id": "n5", "text": "   "}', /empty document/],
  ])('JSONL line with %s: error naming file:line, the lines around it still done', async (_, line, message) => {
    const p = file(`lines-${Math.random().toString(36).slice(2)}.jsonl`, [JSON.stringify({ id: 'ok1', text: GOOD }), line, JSON.stringify({ id: 'ok2', text: GOOD })].join('\n'));
    const r = await qawl(['extract', p]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain(`${p}:2: `);
    expect(r.stderr).toMatch(message);
    const recs = jsonl(r.stdout);
    expect(recs).toHaveLength(3);
    expectValidDocument(recs[0]);
    expectValidDocument(recs[2]);
    expect(recs[1]).toMatchObject({ source: `${p}:2`, error: expect.stringMatching(message) });
  });

  it('a JSONL line of invalid UTF-8 is named with its line', async () => {
    const p = file('mixed-bytes.jsonl', Buffer.concat([Buffer.from(JSON.stringify({ id: 'a', text: GOOD }) + '\n{"id":"b","text":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}\n')]));
    const r = await qawl(['extract', p]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain(`${p}:2: invalid UTF-8`);
    expect(jsonl(r.stdout)).toHaveLength(2);
  });
});

describe('awkward but valid input: a valid record, spans exact', () => {
  it('a .txt file with a byte order mark and CRLF line ends', async () => {
    const body = '\uFEFF' + GOOD + '\r\n\r\nوقال الوزير: "الوضع مستقر".\r\n';
    const r = await qawl(['extract', file('bom-crlf.txt', body)]);
    expect(r.code, r.stderr).toBe(0);
    const doc = expectValidDocument(JSON.parse(r.stdout));
    expect(doc.text).toBe(body.slice(1));
  });

  it('a JSONL file with a byte order mark and CRLF line ends', async () => {
    const body = '\uFEFF' + [{ id: 'x', text: GOOD }, { id: 'y', text: 'سطر\r\nثان' }].map((o) => JSON.stringify(o)).join('\r\n') + '\r\n';
    const r = await qawl(['extract', file('bom-crlf.jsonl', body)]);
    expect(r.code, r.stderr).toBe(0);
    expect(jsonl(r.stdout).map((d) => expectValidDocument(d).id)).toEqual(['x', 'y']);
  });

  it.each([
    ['30k «', '«'.repeat(30_000)],
    ['30k "', '"'.repeat(30_000)],
    ['20k قال', 'قال '.repeat(20_000)],
    ['20k قال: «', 'قال: «'.repeat(20_000)],
    ['a long quotation never closed', 'قال الوزير: "' + 'الوضع مستقر في المدينة '.repeat(5_000)],
  ])('adversarial run: %s', async (_, text) => {
    const r = await qawl(['extract', '-'], text);
    expect(r.code, r.stderr).toBe(0);
    expect(expectValidDocument(JSON.parse(r.stdout)).text).toBe(text);
  });
});

describe('a 10 MB document', () => {
  it('as a .txt file and as a JSONL line: a clear error naming it (or a valid record), never a crash', async () => {
    const txt = file('huge.txt', TEN_MB);
    const lines = file('huge-line.jsonl', JSON.stringify({ id: 'huge-line', text: TEN_MB }) + '\n' + JSON.stringify({ id: 'after', text: GOOD }));
    const r = await qawl(['extract', txt, lines, '--format', 'jsonl', '--no-text']);
    expect([0, 1]).toContain(r.code);
    const recs = jsonl(r.stdout);
    expect(recs.map((d) => d.id)).toEqual(['huge', 'huge-line', 'after']);
    for (const [rec, where] of [[recs[0]!, txt], [recs[1]!, `${lines}:1`]] as const) {
      if ('error' in rec) {
        expect(r.stderr).toContain(`${where}: `);
        expect(rec.error).toMatch(/characters is more than maxChars|split it/);
      } else expectValidDocument(rec);
    }
    expectValidDocument(recs[2]);
  }, 240_000);
});

describe('a mixed batch', () => {
  it('writes every good document, names every bad one, exits 1', async () => {
    const batch = tempDir('qawl-batch-');
    const put = (name: string, body: string | Buffer) => {
      writeFileSync(join(batch, name), body);
      return join(batch, name);
    };
    put('a-good.txt', GOOD);
    const empty = put('b-empty.txt', '');
    const binary = put('c-binary.txt', PNG);
    const jl = put('d-lines.jsonl', [{ id: 'g1', text: GOOD }, '{oops', { id: 'g2', text: 'وأكد الوزير أن المملكة تدعم الحل السياسي.' }, { id: 'g3', text: 7 }].map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join('\n'));
    const big = put('e-big.txt', TEN_MB);
    put('f-good.txt', 'وقالت الوزارة في بيان إن الوفد وصل إلى الرياض.');
    const r = await qawl(['extract', batch, '--workers', '2']);
    expect(r.code, r.stderr).toBe(1);
    const recs = jsonl(r.stdout);
    expect(recs.map((d) => d.id)).toEqual(['a-good', 'b-empty', 'c-binary', 'g1', 'd-lines:2', 'g2', 'g3', 'e-big', 'f-good']);
    for (const d of recs) if (!('error' in d)) expectValidDocument(d);
    for (const id of ['a-good', 'g1', 'g2', 'f-good']) expect(recs.find((d) => d.id === id)).not.toHaveProperty('error');
    for (const where of [empty, binary, `${jl}:2`, `${jl}:4`]) expect(r.stderr).toContain(`${where}: `);
    if ('error' in recs[7]!) expect(r.stderr).toContain(`${big}: `);
    expect(r.stderr).toMatch(/documents, [45] failed/);
  }, 240_000);
});
