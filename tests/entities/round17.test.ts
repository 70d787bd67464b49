/**
 * Round 17: a known organisation whose name is only a head word (الكونغرس) is kept, and organisations of the
 * 2015 news (المقاومة الشعبية، البيشمركة، التحالف العربي) are known. Sentences from the annotated sets, shortened.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const orgs = async (text: string) => (await extract(text)).entities.filter((e) => e.type === 'ORG').map((e) => e.name);

describe('round 17: organisations', () => {
  it.each([
    ['وحذر الجمهوريون الذين يشكلون غالبية في الكونغرس من أنهم سيفشلون التصويت على الاتفاق.', 'الكونغرس'],
    ['وأشار إلى أن معنويات الجيش والمقاومة الشعبية مرتفعة بعد النجاحات في عدن.', 'المقاومة الشعبية'],
    ['وتقدمت قوات البيشمركة نحو المدينة بعد معارك عنيفة.', 'البيشمركة'],
    ['وشنت طائرات التحالف العربي غارات على مواقع الحوثيين.', 'التحالف العربي'],
  ])('%s', async (text, name) => {
    expect((await orgs(text)).some((n) => n.includes(name))).toBe(true);
  });

  it('a head word alone that names no known body stays out (الوزارة)', async () => {
    expect(await orgs('وقالت الوزارة إن العمل مستمر.')).toEqual([]);
  });
});

describe('round 17: a Levantine month is a date, not a name', () => {
  it.each([
    ['وكانت الشركة أعلنت في نيسان(أبريل) عزمها الاستحواذ على المجموعة البريطانية.'],
    ['وتبدأ أولى جولاتها في أبريل (نيسان) المقبل.'],
    ['ولن يتم الانتهاء منه قبل أبريل نيسان 2020.'],
  ])('%s', async (text) => {
    const doc = await extract(text);
    expect(doc.entities.filter((e) => e.name === 'نيسان')).toEqual([]);
  });

  it('the car maker after شركة stays', async () => {
    expect(await orgs('وقالت شركة نيسان إن المبيعات ارتفعت في الربع الثاني.')).toContain('نيسان');
  });
});

describe('round 17: a body coordinated with a role', () => {
  it('إدارة العلاقات العامة والتواصل والمتحدث الرسمي: the role is no part of the name', async () => {
    expect(await orgs('وقالت إدارة العلاقات العامة والتواصل والمتحدث الرسمي بالأمانة إن العمل مستمر.')).toContain('إدارة العلاقات العامة والتواصل');
  });
});

describe('round 17: a region named by a direction adjective', () => {
  it('المنطقة الشرقية stays a place (only a country name after a definite word is an adjective)', async () => {
    const doc = await extract('أكد رئيس اللجنة الانتخابية بالمنطقة الشرقية أن اللجنة مستعدة، خلال اجتماعها في مقر أمانة المنطقة الشرقية.');
    expect(doc.entities.filter((e) => e.type === 'LOC').some((e) => e.name.includes('الشرقية'))).toBe(true);
  });
});
