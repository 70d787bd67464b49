/**
 * Round 45 (a forty-second audit: 180 claims of 400 SaudiNewsNet articles drawn fresh, judged blind): a body that
 * belongs to another stays one source (… التابع لهيئة …), a first-person verb opens words quoted with no marks, an
 * indefinite accusative after a tagged name is the object, and a holy site's adjective is no speaker. Rows are real
 * sentences of SaudiNewsNet articles, shortened.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const claimsOf = async (text: string) =>
  (await extract(text)).claims.map((c) => ({ cue: c.cue.text, speaker: c.speaker?.name ?? null, written: c.speaker?.text ?? null, content: c.content.text }));

describe('round 45: sources kept whole and cut where the object starts', () => {
  it('a body goes on over the body it belongs to (أعلن مكتب التحقيقات التابع لهيئة الطيران المدني السعودي تحطم …)', async () => {
    const cs = await claimsOf('أعلن مكتب التحقيقات التابع لهيئة الطيران المدني السعودي تحطم طائرة خاصة ظهر اليوم في مطار بلاكبوش البريطاني.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'أعلن', written: 'مكتب التحقيقات التابع لهيئة الطيران المدني السعودي', content: 'تحطم طائرة خاصة ظهر اليوم في مطار بلاكبوش البريطاني' })]);
  });

  it('a first-person verb after the name opens the words, no part of the name (وقال السفرجي أتمنى أن …)', async () => {
    const cs = await claimsOf('وقال السفرجي أتمنى أن يتم توسعة أحواش المدينة المنورة في الحي التراثي.');
    expect(cs[0]!.written).toBe('السفرجي');
  });

  it('an indefinite accusative after a tagged name is the object (ووصف ظريف تقريرا نشره موقع … بالادعاءات الواهية)', async () => {
    const cs = await claimsOf('من جهته، هاجم وزير الخارجية الإيراني محمد ظريف وسائل الإعلام الأميركية واتهمها بالسعي لتعكير مناخ التوافق النووي، ووصف ظريف تقريرا نشره موقع «بلومبرغ فيو» أفاد بأن نشاط إيراني «مريب» في موقع بارشين العسكري بـ«الادعاءات الواهية».');
    const c = cs.find((x) => x.cue === 'ووصف');
    expect(c).toEqual(expect.objectContaining({ written: 'ظريف', speaker: 'محمد ظريف' }));
    expect(c!.content.startsWith('تقريرا')).toBe(true);
  });
});

describe('round 45: a holy site’s adjective is no speaker', () => {
  it('وأضاف في خطبة الجمعة بالمسجد الحرام أمس، أن … is the preacher', async () => {
    const cs = await claimsOf('أكد إمام وخطيب المسجد الحرام الشيخ الدكتور سعود الشريم أن الحياة لا تكتمل لأحد.\n وأضاف في خطبة الجمعة بالمسجد الحرام أمس، أن التغافل من باب القوة لا الضعف.\n وقال إن التغابي المحمود هو ما حمل معنى السماحة.');
    expect(cs.map((c) => c.speaker)).toEqual(['سعود الشريم', 'سعود الشريم', 'سعود الشريم']);
  });
});

describe('round 45: a clause of time before the cue’s own preposition', () => {
  it('بعدما is no ب + object; the words start after the cue’s بأن (أقرت جودي ماغي بعدما استجوبتها الشرطة بأنها نشرت الصورة)', async () => {
    const cs = await claimsOf('وأقرّت جودي ماغي بعدما استجوبتها الشرطة بأنها نشرت الصورة، لكنها نفت نشرها النص.');
    expect(cs[0]).toEqual(expect.objectContaining({ cue: 'وأقرّت', speaker: 'جودي ماغي' }));
    expect(cs[0]!.content.startsWith('نشرت الصورة')).toBe(true);
  });
});

describe('round 45: a source described in a في-phrase, then a comma and the cue’s preposition', () => {
  it('the object starts after the preposition (كشفت إحدى المؤسسات المتخصصة في مكافحة الهجمات …، عن تحسينات …)', async () => {
    const cs = await claimsOf('كشفت إحدى المؤسسات المتخصصة في مكافحة الهجمات الإلكترونية المتقدمة، عن تحسينات جديدة على منصة مكافحة تهديدات البريد الإلكتروني.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'كشفت', written: 'إحدى المؤسسات المتخصصة', content: 'تحسينات جديدة على منصة مكافحة تهديدات البريد الإلكتروني' })]);
  });

  it('… and so does an outlet’s issue before it (أشارت دنيا الرياضة في عدد الخميس الماضي، إلى …), not an attack that "points to" something', async () => {
    const a = await claimsOf('وكانت صحيفة دنيا الرياضة قد أشارت في عدد الخميس الماضي، إلى التحاق كنو ببعثة فريقه خلال 48 ساعة.');
    expect(a.at(-1)!.content).toBe('التحاق كنو ببعثة فريقه خلال 48 ساعة');
    const b = await claimsOf('في أول هجوم كبير يشنه المتمردون منذ إعلان وفاة زعيمهم، حيث يشير الهجوم في بولي علم عاصمة ولاية لاغار، إلى ازدياد انعدام الأمن.');
    expect(b).toEqual([]);
  });
});

