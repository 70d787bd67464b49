// Records from the English path: schema-valid, every span slices back out of the original text, and a floor on
// the project's own annotated English reports (corpus/claims-dev-en, scored like the shared scorer does).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractEnglish, type EnglishResult } from '../../src/en/index.js';
import { ClaimSchema, EntitySchema, PlaceSchema, SpanSchema } from '../../src/schema/records.js';

const dir = join(import.meta.dirname, '../../corpus/claims-dev-en');
const docs = readdirSync(dir)
  .filter((f) => /\.json$/.test(f) && !f.endsWith('.gold.json'))
  .map((f) => ({
    doc: JSON.parse(readFileSync(join(dir, f), 'utf8')) as { id: string; text: string },
    gold: JSON.parse(readFileSync(join(dir, f.replace(/\.json$/, '.gold.json')), 'utf8')) as {
      claims: { content: string; speaker: string | null; speakerCanonical: string }[];
    },
  }));

function checkSpans(text: string, r: EnglishResult): void {
  for (const s of r.sentences) expect(SpanSchema.parse(s).end).toBeLessThanOrEqual(text.length);
  for (const e of r.entities) {
    EntitySchema.parse(e);
    for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  }
  for (const c of r.claims) {
    ClaimSchema.parse(c);
    expect(text.slice(c.cue.start, c.cue.end)).toBe(c.cue.text);
    expect(text.slice(c.content.start, c.content.end)).toBe(c.content.text);
    if (c.speaker?.text != null) expect(text.slice(c.speaker.start!, c.speaker.end!)).toBe(c.speaker.text);
  }
  for (const p of r.places) PlaceSchema.parse(p);
}

const GENERIC = new Set('the a an of and for in on at to mr mrs ms dr president minister secretary chief spokesman spokeswoman official officials leader head chairman director general company group source sources'.split(' '));
const toks = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean);
const names = (s: string | null | undefined) => new Set(toks(s ?? '').filter((t) => !GENERIC.has(t)).map((t) => t.replace(/'s$/, '')));
function tokF1(a: string, b: string): number {
  const x = toks(a);
  const y = toks(b);
  const bag = new Map<string, number>();
  for (const t of x) bag.set(t, (bag.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of y) if ((bag.get(t) ?? 0) > 0) (bag.set(t, bag.get(t)! - 1), common++);
  return x.length && y.length ? (2 * common) / (x.length + y.length) : 0;
}

describe('English records', () => {
  it.each(docs.map((d) => [d.doc.id, d] as const))('%s: schema-valid, offsets slice back', async (_id, { doc }) => {
    checkSpans(doc.text, await extractEnglish(doc.text));
  });

  it('keeps offsets exact on text with curly quotes, CRLF, emoji and odd spacing', async () => {
    const text = '\uFEFFPort talks\r\n\r\n“We walked away,” said  Marieke de Vries 🙂 of the union.\r\nThe minister   said it  was “regrettable”… and urged calm.';
    const r = await extractEnglish(text);
    checkSpans(text, r);
    expect(r.claims.map((c) => c.content.text)).toContain('We walked away');
  });

  it('never throws and keeps offsets exact on arbitrary text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 120, unit: fc.constantFrom('a', 'B', ' ', '"', '“', '”', ',', '.', 'said', 'Mr', 'he', '\n', 'é', '(', ')', "'", '-', 'that') }), async (text) => {
        checkSpans(text, await extractEnglish(text));
      }),
      { numRuns: 40 },
    );
  });

  it('links English places to GeoNames', async () => {
    const r = await extractEnglish('Talks were held in Islamabad and Karachi, officials in Pakistan said.');
    const byName = Object.fromEntries(r.places.map((p) => [p.name, p]));
    expect(byName.Pakistan).toMatchObject({ countryCode: 'PK', featureClass: 'country' });
    expect(byName.Karachi).toMatchObject({ countryCode: 'PK', featureClass: 'city' });
  });

  it('stays above the floor on the annotated English reports', async () => {
    let gold = 0;
    let pred = 0;
    let matched = 0;
    let speakers = 0;
    for (const { doc, gold: g } of docs) {
      const { claims } = await extractEnglish(doc.text);
      gold += g.claims.length;
      pred += claims.length;
      const used = new Set<number>();
      for (const gc of g.claims) {
        let best = -1;
        let bestF = 0.5;
        claims.forEach((c, j) => {
          const f = tokF1(gc.content, c.content.text);
          if (!used.has(j) && f >= bestF) (best = j), (bestF = f);
        });
        if (best < 0) continue;
        used.add(best);
        matched++;
        const s = claims[best]!.speaker;
        const want = new Set([...names(gc.speakerCanonical), ...names(gc.speaker)]);
        if ([...names(s?.text), ...names(s?.name)].some((t) => want.has(t))) speakers++;
      }
    }
    const p = matched / pred;
    const r = matched / gold;
    expect((2 * p * r) / (p + r)).toBeGreaterThanOrEqual(0.85);
    expect(speakers / matched).toBeGreaterThanOrEqual(0.85);
  });
});
