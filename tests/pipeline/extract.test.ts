import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { createExtractor, DocumentSchema, extract, InputError, jsonSchemas, VERSION, type QawlDocument } from '../../src/index.js';

/** every span the document carries, with the text it claims to cover */
function spans(doc: QawlDocument): { start: number; end: number; text?: string }[] {
  const out: { start: number; end: number; text?: string }[] = [...doc.sentences];
  for (const e of doc.entities) out.push(...e.mentions);
  for (const c of doc.claims) {
    out.push(c.cue, c.content);
    if (c.speaker?.text != null && c.speaker.start != null && c.speaker.end != null)
      out.push({ start: c.speaker.start, end: c.speaker.end, text: c.speaker.text });
  }
  return out;
}

function expectValid(doc: QawlDocument, text: string) {
  expect(() => DocumentSchema.parse(doc)).not.toThrow();
  for (const s of spans(doc)) {
    expect(0 <= s.start && s.start <= s.end && s.end <= text.length).toBe(true);
    if (s.text !== undefined) expect(text.slice(s.start, s.end)).toBe(s.text);
  }
}

describe('extract', () => {
  it('gives a valid Document for the issue example', async () => {
    const text = 'قال المتحدث باسم الوزارة أحمد علي إن الوفد وصل إلى جنيف.';
    const doc = await extract(text, { id: 'x' });
    expectValid(doc, text);
    expect(doc.id).toBe('x');
    expect(doc.language).toBe('ar');
    expect(doc.sentences).toEqual([{ start: 0, end: text.length }]);
    expect(doc.meta.version).toBe(VERSION);
    expect(doc.claims.length).toBeGreaterThanOrEqual(1);
    expect(doc.claims[0]!.content.text).toContain('الوفد وصل إلى جنيف');
    expect(doc.claims[0]!.stance).toBe('assert');
  });

  it('gives a valid Document for the sample report, every span slicing back', async () => {
    const text = readFileSync(new URL('../../corpus/sample-report.txt', import.meta.url), 'utf8');
    const doc = await extract(text, { id: 'seed-000' });
    expectValid(doc, text);
    expect(doc.claims.length).toBeGreaterThan(10);
    expect(doc.entities.length).toBeGreaterThan(5);
  });

  it('returns an empty but valid record for empty and white-space input', async () => {
    for (const t of ['', '   \n\t ']) {
      const doc = await extract(t);
      expectValid(doc, t);
      expect(doc.claims).toEqual([]);
      expect(doc.sentences).toEqual([]);
    }
  });

  it('rejects non-strings and oversize documents with an error naming the document', async () => {
    await expect(extract(42 as unknown as string, { id: 'n42' })).rejects.toThrow(/n42.*expected a string/);
    await expect(extract('قال'.repeat(100), { id: 'big', maxChars: 50 })).rejects.toBeInstanceOf(InputError);
    await expect(extract('قال'.repeat(100), { id: 'big', maxChars: 50 })).rejects.toThrow(/big.*maxChars/);
  });

  it('handles CRLF and a BOM without moving offsets', async () => {
    const text = '\ufeffقال الوزير إن الاجتماع انتهى.\r\nوأضاف أن الوفد غادر.';
    const doc = await extract(text);
    expectValid(doc, text);
    expect(doc.sentences.length).toBe(2);
  });

  it('survives adversarial runs of quotes and cue words in linear time', async () => {
    for (const text of ['«'.repeat(30000), '"'.repeat(30000), 'قال '.repeat(20000), 'قال: "'.repeat(5000), 'إن أن '.repeat(10000)]) {
      const doc = await extract(text);
      expectValid(doc, text);
    }
  });

  it('emits only spans that slice back, for any string (property)', async () => {
    const pieces = fc.constantFrom('قال', ' ', 'إن', 'أن', '"', '«', '»', '،', '.', 'الوزير', 'أحمد', 'علي', 'جنيف', ':', '\n', 'مؤكدا', 'بحسب', 'a', 'ـ', 'ّ');
    await fc.assert(
      fc.asyncProperty(fc.array(pieces, { maxLength: 60 }).map((a) => a.join('')), async (text) => {
        expectValid(await extract(text), text);
      }),
      { numRuns: 150 },
    );
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 120 }), async (text) => {
        expectValid(await extract(text), text);
      }),
      { numRuns: 100 },
    );
  });
});

describe('createExtractor', () => {
  it('streams documents in order and turns a bad one into an error record', async () => {
    const ex = createExtractor();
    const out = [];
    for await (const r of ex.extractMany([{ id: 'a', text: 'قال الوزير إن الوفد وصل.' }, { id: 'b', text: 7 }, 'أكد المسؤول أن الوضع مستقر.'])) out.push(r);
    await ex.dispose();
    expect(out.map((r) => r.id)).toEqual(['a', 'b', '3']);
    expect('error' in out[1]!).toBe(true);
    expect((out[1] as { error: string }).error).toMatch(/'b'/);
  });
});

describe('schemas', () => {
  it('derive JSON Schema for every record', () => {
    const s = jsonSchemas() as Record<string, { type?: string; properties?: Record<string, unknown> }>;
    expect(Object.keys(s)).toEqual(['Document', 'Entity', 'Claim', 'Place', 'Error']);
    expect(Object.keys(s.Claim!.properties!)).toEqual(
      expect.arrayContaining(['id', 'cue', 'speaker', 'content', 'direct', 'stance', 'places', 'targets', 'confidence']),
    );
  });
  it('VERSION matches package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(VERSION).toBe(pkg.version);
  });
});
