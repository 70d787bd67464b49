/**
 * Round 15 (sets 33 and 34, twenty SaudiNewsNet articles, scored once as unseen news before these rules): a role
 * reaches a tagged name right before the complement over its located body (prepositions, commas); a counterpart or
 * the press after the speaker (لنظيره، للصحفيين) is the addressee; a role said again in short (مدير هيئة السياحة)
 * names the person introduced with the full role in a sentence that reported nothing (التقى … بمدير الهيئة العامة
 * للسياحة … سامر الجهني); المشرف and العضوة are roles. Rows are real sentences of those sets (shortened where
 * marked) or built on their pattern.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const speakerOf = async (text: string, cue: string) => {
  const doc = await extract(text);
  const c = doc.claims.find((x) => x.cue.text === cue);
  return c?.speaker ?? null;
};

describe('round 15: speakers', () => {
  it.each([
    [
      'a role, its body after على and ب, then the tagged name before أن',
      'وأوضح المشرف العام على العلاقات العامة والإعلام بوزارة الحج علي بن محمد الغامدي أن الوزارة تهدف من خلال البرنامج إلى إيجاد حلول مناسبة.',
      'وأوضح',
      'علي بن محمد الغامدي',
    ],
    [
      'a role, a comma-delimited body, then the tagged name before the colon',
      'وقال الباحث الفلكي، بقسم علوم الفلك والفضاء بجامعة الملك عبدالعزيز، ملهم بن محمد هندي: "هذه الشهب تصل إلى ذروتها فجر الخميس 28 شوال".',
      'وقال',
      'ملهم بن محمد هندي',
    ],
    [
      'a counterpart after the speaker is the addressee (built on the pattern)',
      'وقال وزير الخارجية السعودي عادل الجبير لنظيره الأمريكي جون كيري إن المملكة تدعم الاتفاق.',
      'وقال',
      'عادل الجبير',
    ],
  ])('%s', async (_what, text, cue, name) => {
    expect((await speakerOf(text, cue))?.name).toBe(name);
  });

  it('a counterpart after a role alone is no speaker (وقال وزير الخارجية لنظيره الأمريكي جون كيري)', async () => {
    const s = await speakerOf('وقال وزير الخارجية لنظيره الأمريكي جون كيري إن المملكة تدعم الاتفاق.', 'وقال');
    expect(s?.name).not.toBe('جون كيري');
    expect(s?.text).toBe('وزير الخارجية');
  });

  it('a role said again in short names the person introduced with it (shortened)', async () => {
    const text =
      'التقى مدير تعليم ينبع محمد العقيبي، بمدير الهيئة العامة للسياحة والتراث الوطني بمحافظة ينبع سامر الجهني، وتم في الاجتماع بحث سبل التعاون. وأكد العقيبي، أن هذا اللقاء يأتي في إطار الشراكة. وأكد مدير هيئة السياحة أن التعليم شريك أساس في العديد من البرامج.';
    const doc = await extract(text);
    const c = doc.claims.filter((x) => x.cue.text === 'وأكد');
    expect(c.map((x) => x.speaker?.name)).toEqual(['محمد العقيبي', 'سامر الجهني']);
  });

  it('a nationality in the earlier role still names someone else (وزير الخارجية الإيطالي)', async () => {
    const text = 'التقى وزير الخارجية الإيطالي باولو جنتيلوني بنظيره في روما. وقال وزير الخارجية إن المحادثات كانت مثمرة.';
    const s = await speakerOf(text, 'وقال');
    expect(s?.name).not.toBe('باولو جنتيلوني');
  });
});
