/**
 * Places the tagger misses but tags almost everywhere else (models/gazetteers/known-places.json): governorates
 * in a list, cities after a verb. Words that are places only now and then stay unmarked. Sentences from Yemeni
 * and Saudi news, shortened.
 */
import { describe, expect, it } from 'vitest';
import { extract, tokenize } from '../../src/index.js';
import { knownPlaceMentions } from '../../src/entities/known-places.js';

const locs = async (text: string) => {
  const doc = await extract(text);
  return doc.entities.filter((e) => e.type === 'LOC').flatMap((e) => e.mentions.map((m) => text.slice(m.start, m.end)));
};

describe('known places', () => {
  it('marks the cities of a list, without their و', async () => {
    const text = 'وشارك في اللقاء ممثلون عن لحج وذمار والقطيف.';
    expect(await locs(text)).toEqual(expect.arrayContaining(['لحج', 'ذمار', 'القطيف']));
  });

  it('marks تعز after في and links it to Yemen', async () => {
    const text = 'وأضاف أن الحوثيين سيتعرضون لحصار قوي خاصة بعد النجاحات التي حققتها المقاومة في تعز ومأرب والضالع.';
    const doc = await extract(text);
    const taizz = doc.entities.find((e) => e.type === 'LOC' && e.name === 'تعز');
    expect(taizz).toBeDefined();
    expect(doc.places.find((p) => p.entityId === taizz!.id)?.countryCode).toBe('YE');
  });

  it('leaves a word that is a place only now and then: الخبر (the news)', async () => {
    expect(await locs('وأكد المتحدث أن الخبر الذي نشرته الصحيفة غير صحيح.')).not.toContain('الخبر');
  });

  it('skips a nisba after a definite word (an adjective), keeps it after a preposition', () => {
    const adj = 'أعلنت الحكومة السعودية عن برنامج جديد.';
    expect(knownPlaceMentions(adj, tokenize(adj), [])).toEqual([]);
    const place = 'وصل الوفد إلى السعودية أمس.';
    expect(knownPlaceMentions(place, tokenize(place), []).map((m) => place.slice(m.start, m.end))).toEqual(['السعودية']);
  });

  it('adds nothing inside a mention the tagger or the rules already made', () => {
    const text = 'وصل الوفد إلى جدة أمس.';
    const at = text.indexOf('جدة');
    expect(knownPlaceMentions(text, tokenize(text), [{ start: at, end: at + 3, text: 'جدة', type: 'LOC' }])).toEqual([]);
  });
});
