/**
 * A place locating an organisation inside its name (مستشفى الملك فهد العام بجدة) is also a place of the document,
 * linked to GeoNames; a small place spelled like a common word (ببيان) is not taken. Sentences from
 * SaudiNewsNet articles of corpus/claims-dev2 and claims-dev7, shortened.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

describe('the place inside an organisation name', () => {
  it('مستشفى الملك فهد العام بجدة: the hospital and Jeddah', async () => {
    const text = 'وقال مدير العيادات المساعدة في مستشفى الملك فهد العام بجدة إن عدد المصابين ثلاثة.';
    const doc = await extract(text);
    const loc = doc.entities.find((e) => e.type === 'LOC' && e.name === 'جدة');
    expect(loc).toBeDefined();
    expect(text.slice(loc!.mentions[0]!.start, loc!.mentions[0]!.end)).toBe('جدة');
    expect(doc.places.find((p) => p.entityId === loc!.id)?.countryCode).toBe('SA');
    expect(doc.entities.some((e) => e.type === 'ORG' && e.name.startsWith('مستشفى الملك فهد'))).toBe(true);
  });

  it('a fused ب before a small place spelled like a common word adds no place', async () => {
    const doc = await extract('وأعلنت وزارة الداخلية ببيان رسمي أن الحادث قيد التحقيق.');
    expect(doc.entities.filter((e) => e.type === 'LOC').map((e) => e.name)).not.toContain('بيان');
  });
});
