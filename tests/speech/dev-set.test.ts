/**
 * The 13 annotated development reports (corpus/claims-dev, see its README): the claim extractor alone (no
 * NER) must stay above a floor a few points under what it reaches, and every claim must fit the schema.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ClaimSchema } from '../../src/schema/records.js';
import { extractClaims } from '../../src/speech/index.js';
import { scoreClaims, type GoldDoc } from '../../src/speech/score.js';

const dir = join(__dirname, '..', '..', 'corpus', 'claims-dev');
const golds = readdirSync(dir)
  .filter((f) => f.endsWith('.gold.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as GoldDoc);
const docs = golds.map((g) => JSON.parse(readFileSync(join(dir, `${g.id}.json`), 'utf8')) as { id: string; text: string });

describe('claims on the development reports', () => {
  const preds = docs.map((d) => ({ id: d.id, text: d.text, claims: extractClaims({ text: d.text }) }));

  it('scores above the floor (measured: F1 0.99, speaker 0.98, content 0.98)', () => {
    const r = scoreClaims(golds, preds);
    expect(r.claims.gold).toBe(102);
    expect(r.claims.f1).toBeGreaterThanOrEqual(0.94);
    expect(r.claims.speaker_accuracy).toBeGreaterThanOrEqual(0.93);
    expect(r.claims.content_token_f1).toBeGreaterThanOrEqual(0.94);
    expect(r.claims.direct_accuracy).toBeGreaterThanOrEqual(0.93);
    expect(r.claims.stance_accuracy).toBeGreaterThanOrEqual(0.92);
  });

  it('finds all 17 claims of the sample report with their speakers', () => {
    const r = scoreClaims(golds.filter((g) => g.id === 'seed-000'), preds);
    expect(r.claims.matched).toBe(17);
    expect(r.claims.speaker_accuracy).toBeGreaterThanOrEqual(16 / 17);
  });

  it('every claim fits the schema and its spans are the original text', () => {
    for (const p of preds) {
      for (const c of p.claims) {
        ClaimSchema.parse(c);
        expect(p.text.slice(c.content.start, c.content.end)).toBe(c.content.text);
        expect(p.text.slice(c.cue.start, c.cue.end)).toBe(c.cue.text);
        if (c.speaker?.text != null) expect(p.text.slice(c.speaker.start!, c.speaker.end!)).toBe(c.speaker.text);
        expect(c.confidence).toBeGreaterThan(0);
      }
    }
  });
});
