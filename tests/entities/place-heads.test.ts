/**
 * Place heads (models/entities/place-rules.json): the name after جزيرة، ولاية، محافظة، حي … is a place whatever
 * the tagger read; المنطقة الشرقية is a region; an adjective after the head (قرية سنية) is no name. Sentences from
 * SaudiNewsNet articles of corpus/claims-dev12 and claims-dev9, shortened.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

async function locs(text: string): Promise<string[]> {
  const doc = await extract(text);
  return doc.entities.filter((e) => e.type === 'LOC').map((e) => e.name);
}

describe('places after a place head', () => {
  it.each([
    ['وعد نجاد بقرض مالي لإنشاء جسر يربط جزيرة توتي بالخرطوم بحري.', 'توتي'],
    ['وقال مصدر أمني إن الهجوم وقع في محافظة ديالى شمال شرق بغداد.', 'ديالى'],
    ['وكانت المساجد في المنطقة الشرقية قد تعرضت لهجمات مماثلة.', 'المنطقة الشرقية'],
    ['وتمكنت القوات العراقية من تحرير جامعة الانبار الواقعة في مدينة الرمادي غرب بغداد.', 'الرمادي'],
  ])('%s → %s', async (text, name) => {
    const names = await locs(text);
    expect(names.some((n) => n.includes(name))).toBe(true);
  });

  it('an adjective after the head is no place name', async () => {
    const names = await locs('وقال شهود إن المسلحين اقتحموا قرية سنية وأحرقوا عددا من المنازل.');
    expect(names.filter((n) => n.includes('سنية'))).toEqual([]);
  });

  it('the head word alone (المدينة، الجزيرة) adds nothing', async () => {
    const names = await locs('وقال المسؤول إن الجزيرة تعاني من نقص المياه وإن المدينة بحاجة إلى دعم.');
    expect(names.filter((n) => /الجزيرة|المدينة/.test(n) && n.split(' ').length > 1)).toEqual([]);
  });
});
