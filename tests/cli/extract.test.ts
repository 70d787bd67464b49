import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuilt, expectValidDocument, jsonl, qawl, tempDir } from './helpers.js';

const S1 = 'قال المتحدث باسم الوزارة أحمد علي إن الوفد وصل إلى جنيف.';
const S2 = 'وأكد وزير الخارجية السعودي أن المملكة تدعم الحل السياسي في اليمن.';
const S3 = 'ونفى الناطق باسم الجيش وقوع أي اشتباكات في مدينة حلب، وفق ما نقلت وكالة الأنباء.';

beforeAll(ensureBuilt, 300_000);

describe('qawl --help and usage errors', () => {
  it.each(['extract', 'tag', 'schema', 'eval', 'train'])('qawl %s --help prints its usage and exits 0', async (cmd) => {
    const r = await qawl([cmd, '--help']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/usage: qawl/);
    expect(r.stdout).toContain(cmd);
  });

  it('qawl --help lists the commands; no command is a usage error', async () => {
    const ok = await qawl(['--help']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/extract[\s\S]*tag[\s\S]*schema/);
    expect((await qawl([])).code).toBe(2);
  });

  it.each([
    [['nope'], /unknown command 'nope'/],
    [['extract', '--bogus'], /bogus/],
    [['extract', '--format', 'xml'], /--format must be one of jsonl?, json, csv, html|--format must be one of json, jsonl, csv, html/],
    [['extract', '--resume'], /--resume needs --out/],
    [['extract', '--workers', '-1'], /workers/],
    [['extract', '--workers', 'two'], /--workers must be a whole number/],
    [['extract', '--bom', '--format', 'jsonl'], /--bom goes with --format csv/],
    [['extract', '--format', 'html', '--resume', '--out', 'x.html'], /--resume works with --format jsonl or csv/],
  ])('qawl %j exits 2 and says why on stderr', async (args, why) => {
    const r = await qawl(args as string[]);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(why as RegExp);
  });
});

describe('qawl extract', () => {
  it('reads stdin and prints one pretty Document', async () => {
    const r = await qawl(['extract', '-'], S1);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.startsWith('{\n')).toBe(true);
    const doc = expectValidDocument(JSON.parse(r.stdout));
    expect(doc.id).toBe('stdin');
    expect(doc.text).toBe(S1);
    expect(r.stderr).toBe('');
  });

  it('streams a JSONL file on 2 workers and keeps the input order and ids', async () => {
    const dir = tempDir();
    const ids = Array.from({ length: 40 }, (_, i) => `doc-${String(i).padStart(2, '0')}`);
    const texts = [S1, S2, S3];
    writeFileSync(join(dir, 'in.jsonl'), ids.map((id, i) => JSON.stringify({ id, text: texts[i % 3]!.repeat(1 + (i % 7)) })).join('\n') + '\n');
    const r = await qawl(['extract', join(dir, 'in.jsonl'), '--workers', '2']);
    expect(r.code, r.stderr).toBe(0);
    const recs = jsonl(r.stdout);
    expect(recs.map((d) => d.id)).toEqual(ids);
    recs.forEach((d, i) => expect(expectValidDocument(d).text).toBe(texts[i % 3]!.repeat(1 + (i % 7))));
  });

  it('gives the same records on 0, 1 and 3 workers', async () => {
    const dir = tempDir();
    const file = join(dir, 'in.jsonl');
    writeFileSync(file, Array.from({ length: 12 }, (_, i) => JSON.stringify({ id: `d${i}`, text: [S1, S2, S3][i % 3] })).join('\n'));
    const strip = (s: string) => jsonl(s).map((d) => ({ ...d, meta: { ...(d.meta as object), timings: {} } }));
    const runs = await Promise.all(['0', '1', '3'].map((w) => qawl(['extract', file, '--workers', w])));
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    expect(strip(runs[1]!.stdout)).toEqual(strip(runs[0]!.stdout));
    expect(strip(runs[2]!.stdout)).toEqual(strip(runs[0]!.stdout));
  });

  it('writes the same json, csv and html on 2 workers (UTF-8 bytes from the workers) as in the main thread', async () => {
    const dir = tempDir();
    const file = join(dir, 'in.jsonl');
    // astral characters and a lone surrogate: the bytes a worker sends must be what writing the string gives
    const odd = `${S1} 🇸🇦 𝔸 \ud800 «قال» `;
    writeFileSync(file, [S1, odd, S2, S3, odd].map((t, i) => JSON.stringify({ id: `d${i}`, text: t })).join('\n'));
    const noTimings = (s: string) => s.replace(/"timings":\s*\{[^}]*\}/g, '"timings":{}');
    for (const format of ['json', 'csv', 'html']) {
      const [inline, pooled] = await Promise.all(['0', '2'].map((w) => qawl(['extract', file, '--workers', w, '--format', format])));
      expect(inline!.code, inline!.stderr).toBe(0);
      expect(pooled!.code, pooled!.stderr).toBe(0);
      expect(noTimings(pooled!.stdout), format).toBe(noTimings(inline!.stdout));
      expect(pooled!.stdout).toContain('قال');
    }
  });

  it('reads a directory recursively (.txt and .jsonl, sorted) and writes a JSON array with --format json', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'b.txt'), S2);
    writeFileSync(join(dir, 'a.txt'), S1);
    writeFileSync(join(dir, 'sub', 'c.jsonl'), JSON.stringify({ id: 'c1', text: S3 }) + '\n');
    writeFileSync(join(dir, 'notes.md'), 'ignored');
    const r = await qawl(['extract', dir, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const arr = JSON.parse(r.stdout) as unknown[];
    expect(arr.map((d) => expectValidDocument(d).id)).toEqual(['a', 'b', 'c1']);
  });

  it('writes CSV with a byte order mark, one row per claim, format taken from --out', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'in.jsonl'), [S1, S2, S3].map((text, i) => JSON.stringify({ id: `n${i}`, text })).join('\n'));
    const out = join(dir, 'claims.csv');
    const r = await qawl(['extract', join(dir, 'in.jsonl'), '--out', out, '--bom']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    const csv = readFileSync(out, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')[0]).toBe('document,claim,speaker,role,kind,cue,stance,direct,content,places,targets,confidence,error');
    expect(csv.endsWith('\r\n')).toBe(true);
    // every data row names one of the input documents
    const rows = csv.slice(1).split('\r\n').slice(1, -1);
    for (const row of rows) expect(row).toMatch(/^n[012],/);
  });

  it('writes an HTML report in which document text is escaped', async () => {
    const r = await qawl(['extract', '-', '--format', 'html'], `${S1}\n<script>alert(1)</script>`);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^<!doctype html>\n<html lang="ar" dir="rtl">/);
    expect(r.stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(r.stdout).not.toContain('<script>alert(1)');
  });

  it('--resume skips ids already in --out and repairs a cut-off last line', async () => {
    const dir = tempDir();
    const input = join(dir, 'in.jsonl');
    const ids = ['a', 'b', 'c', 'd', 'e'];
    writeFileSync(input, ids.map((id, i) => JSON.stringify({ id, text: [S1, S2, S3][i % 3] })).join('\n'));
    const out = join(dir, 'out.jsonl');
    expect((await qawl(['extract', input, '--out', out])).code).toBe(0);
    // keep a and b, then half of c's line, as if the first run had been killed
    const lines = readFileSync(out, 'utf8').split('\n');
    writeFileSync(out, lines.slice(0, 2).join('\n') + '\n' + lines[2]!.slice(0, 40));
    const r = await qawl(['extract', input, '--out', out, '--resume']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/unfinished last record/);
    expect(jsonl(readFileSync(out, 'utf8')).map((d) => d.id)).toEqual(ids);
    // nothing left to do: the file stays as it is
    const again = await qawl(['extract', input, '--out', out, '--resume']);
    expect(again.code).toBe(0);
    expect(jsonl(readFileSync(out, 'utf8')).map((d) => d.id)).toEqual(ids);
  });

  it('an --out that cannot be written: exit 2 naming it, workers stopped (no hang)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'in.jsonl'), Array.from({ length: 30 }, (_, i) => JSON.stringify({ id: `d${i}`, text: S2 })).join('\n'));
    const bad = join(dir, 'no', 'such', 'dir', 'out.jsonl');
    const r = await qawl(['extract', join(dir, 'in.jsonl'), '--workers', '2', '--out', bad], undefined, 60_000);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain(`cannot write ${bad}`);
  });

  it('--resume continues a CSV file without a second header', async () => {
    const dir = tempDir();
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, [S1, S3].map((text, i) => JSON.stringify({ id: `k${i}`, text })).join('\n'));
    const out = join(dir, 'out.csv');
    writeFileSync(join(dir, 'first.jsonl'), JSON.stringify({ id: 'k0', text: S1 }));
    expect((await qawl(['extract', join(dir, 'first.jsonl'), '--out', out])).code).toBe(0);
    const before = readFileSync(out, 'utf8');
    expect((await qawl(['extract', input, '--out', out, '--resume'])).code).toBe(0);
    const after = readFileSync(out, 'utf8');
    expect(after.startsWith(before)).toBe(true);
    expect(after.match(/^document,claim/gm)).toHaveLength(1);
    expect(after.slice(before.length)).not.toMatch(/^k0,/m);
  });
});
