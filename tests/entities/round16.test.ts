/**
 * Round 16 (sets 41 and 42): مصلحة after a preposition is "interest" (لمصلحة الشعبين، في مصلحة الأمة), not an
 * agency; with its own complement elsewhere it still names one (مصلحة الضرائب المصرية). A plural head (وزارات،
 * مستشفيات، اتحادات، نقابات) names a kind of body, not one organisation. Real sentences of set 42,
 * shortened, and one built on the pattern.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

describe('round 16: organisations', () => {
  it.each([
    ['وأكد الوزير أن تضامن البلدين في مصلحة الأمة العربية والإسلامية والحفاظ على أمنهما القومي.', 'مصلحة'],
    ['وشدد على أن التنسيق بين البلدين لمصلحة الشعبين الشقيقين.', 'مصلحة'],
    ['ويشارك في الاجتماع ممثلون عن وزارات المالية والبنوك المركزية في دول المنطقة.', 'وزارات'],
  ])('no organisation: %s', async (text, word) => {
    const doc = await extract(text);
    expect(doc.entities.filter((e) => e.type === 'ORG' && e.name.includes(word))).toEqual([]);
  });

  it('مصلحة with its complement names an agency', async () => {
    const doc = await extract('وقالت مصلحة الضرائب المصرية إن الإيرادات ارتفعت.');
    expect(doc.entities.map((e) => `${e.name}/${e.type}`)).toContain('مصلحة الضرائب المصرية/ORG');
  });
});

describe('round 16: a two-letter first word after و', () => {
  it('وتل أبيب is named تل أبيب', async () => {
    const doc = await extract('وتوترت العلاقات بين واشنطن وتل أبيب بسبب الاتفاق النووي.');
    expect(doc.entities.map((e) => e.name)).toContain('تل أبيب');
  });
});
