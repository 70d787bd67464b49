/**
 * Round 22 (a fifth audit of unannotated news and the errors left over the annotated sets). Rows are real
 * sentences of SaudiNewsNet articles, shortened.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const claimsOf = async (text: string) =>
  (await extract(text)).claims.map((c) => ({ cue: c.cue.text, speaker: c.speaker?.name ?? null, type: c.speaker?.type ?? null, content: c.content.text, direct: c.direct }));

describe('round 22: a figure of speech reports no one', () => {
  it.each([
    ['history says', 'وفي هذا السياق، فإن التاريخ يقول إن فيروز الثالث ابن يزدجرد هرب إلى الصين.'],
    ['what the situation says (لسان الحال)', 'لسان الحال الأمريكي يقول إن هناك تحدياً جديداً في المنطقة.'],
    ['reality on the ground points to', 'فإن الواقع على الأرض يشير إلى عكس ذلك، ففي الوقت الذي ما زال فيه السنّة في بغداد يقاتلون.'],
    ['logic says, with a colon', 'والمنطق يقول: كيف يكون لها تأثير في صناعة الإرهابيين إذا كانوا يرون الخطباء علماء سلطة.'],
    ['a proverb', 'ويقول المثل المصري الشعبي: «إديها ميه تديك طراوه».'],
  ])('%s', async (_, text) => {
    expect(await claimsOf(text)).toEqual([]);
  });

  it('the next real speaker still speaks', async () => {
    const cs = await claimsOf('لكن الواقع يؤكد أن الأزمة مستمرة. وقال وزير الخارجية إن الحل السياسي قريب.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'وقال', speaker: 'وزير الخارجية', content: 'الحل السياسي قريب' })]);
  });

  it('numbers and studies still speak (الأرقام تشير)', async () => {
    const cs = await claimsOf('وتشير الأرقام إلى أن عدد الزوار ارتفع بنسبة عشرين في المئة خلال العام الماضي.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'وتشير', speaker: 'الأرقام' })]);
  });
});
