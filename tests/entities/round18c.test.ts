/**
 * Round 18c: person mentions cut to the name (a reporting verb, particle or participle after it), one-word
 * mentions that name nobody (titles, honorifics, kinship nouns with a pronoun), and one entity written two ways
 * (عبد الله ↔ عبدالله). Sentences from the annotated sets and the unlabeled news, shortened.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { personSpans } from '../../src/entities/person-spans.js';
import type { NerMention } from '../../src/ner/index.js';

/** PERS mention over `part` of `text` (its first occurrence). */
const pers = (text: string, part: string): NerMention => {
  const start = text.indexOf(part);
  return { start, end: start + part.length, text: part, type: 'PERS' };
};
const spans = (text: string, part: string) => personSpans(text, [pers(text, part)]).map((m) => m.text);

describe('round 18c: a person mention ends at the name', () => {
  it.each([
    ['وأوضح الفارق بين تصميمه وتصميم البلجيكي ديبي قائلا "الشعار البلجيكي يتضمن حرفين".', 'ديبي قائلا', 'ديبي'],
    ['موضحا أنه لم يذكر الملك سلمان أو غيره في تغريداته.', 'سلمان أو', 'سلمان'],
    ['وأكد أن ديمبسي أبلغ العبادي بموقف واشنطن.', 'ديمبسي أبلغ العبادي', 'ديمبسي'],
    ['ويقول براد هاينز فيقول إن الأنظمة آمنة.', 'هاينز فيقول', 'هاينز'],
    ['وبينت المتطوعة أمل ناصر أنهن تلقين بعض التوجيهات.', 'أمل ناصر أنهن', 'أمل ناصر'],
  ])('%s', (text, part, name) => expect(spans(text, part)).toEqual([name]));

  it.each([
    ['بحضور رئيس المركز الأستاذ خالد الماضي أقيمت فعاليات الملتقى.', 'خالد الماضي'],
    ['وقال الأمير خالد الخميس إن اللجنة اجتمعت.', 'خالد الخميس'],
    ['الذي كان يقضي بعض الوقت في السجن سكوت (بول رد) لكي يرتديها.', 'بول رد'],
    ['وقال الرئيس علي عبدالله صالح إن الحوار مستمر.', 'علي عبدالله صالح'],
  ])('keeps a name word that looks like a common word: %s', (text, part) => expect(spans(text, part)).toEqual([part]));
});

describe('round 18c: one-word mentions that name nobody', () => {
  it.each([
    ['لقد عاتبني والدي عندما رجعت إلى منزله.', 'والدي'],
    ['ودخل شقيقي «منير» إلى حجرتي ليحييني.', 'شقيقي'],
    ['وأوضح معاليه في بيان صحفي اليوم أن الخطة تشمل الصيانة.', 'معاليه'],
    ['وإعفاء الشيخ الدكتور محمد بن عبد الكريم من منصبه.', 'الشيخ'],
    ['ويقوم رجال الدين الدروز بإدارة شؤونهم الدينية.', 'الدين'],
    ['وقال بروفسور في جامعة أكسفورد إن النتائج مشجعة.', 'بروفسور'],
    ['وأوضح قائلا: «لقد كان مذاقه جيدا».', 'قائلا'],
  ])('%s', (text, part) => expect(spans(text, part)).toEqual([]));

  it.each([
    ['وقال آبي: «ارتبط القانون بتصورات معينة».', 'آبي'],
    ['ويملك محمد السلطان صقرا يعالج في هذا المستشفى.', 'السلطان'],
    ['ووصلت قافلة المساعدات إلى جدة مساء أمس.', 'جدة'],
  ])('keeps a name: %s', (text, part) => expect(spans(text, part)).toEqual([part]));

  it('keeps a title word that is a surname in the report (سعيد الشيخ … الشيخ)', () => {
    const text = 'أوضح الدكتور سعيد الشيخ أن السيولة متوافرة. وأضاف الشيخ أن المصارف قادرة.';
    const second = text.lastIndexOf('الشيخ');
    const ms = personSpans(text, [pers(text, 'سعيد الشيخ'), { start: second, end: second + 5, text: 'الشيخ', type: 'PERS' }]);
    expect(ms.map((m) => m.text)).toEqual(['سعيد الشيخ', 'الشيخ']);
  });
});

describe('round 18c: one entity written two ways', () => {
  it('عبد الله البرقان and عبدالله البرقان are one person', async () => {
    const doc = await extract('كشف رئيس لجنة الاحتراف الدكتور عبد الله البرقان حقيقة موقف الناديين. وأضاف عبدالله البرقان أن اللجنة ستجتمع. وقال البرقان إن القرار نهائي.');
    const people = doc.entities.filter((e) => e.type === 'PERS' && e.name.includes('البرقان'));
    expect(people).toHaveLength(1);
  });
});

describe('round 18c: a father\'s name is not the person', () => {
  it('الملك عبدالعزيز is not سلمان بن عبدالعزيز', async () => {
    const doc = await extract('وأكد خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز أن المملكة ماضية في نهجها. وأسس الملك عبدالعزيز الدولة على الشريعة.');
    const people = doc.entities.filter((e) => e.type === 'PERS').map((e) => e.name);
    expect(people.some((n) => n.includes('سلمان'))).toBe(true);
    expect(people).toContain('عبدالعزيز');
  });

  it('لصالح is no person', () => {
    const text = 'وسيتم نزع ملكية العقارات لصالح المشروع.';
    expect(spans(text, 'لصالح')).toEqual([]);
  });
});

describe('round 18c: two persons in one span, and a surname that is ambiguous', () => {
  it.each([
    ['يقوم ببطولة الفيلم كريس برات وبرايس دالاس هاوارد.', 'كريس برات وبرايس', 'كريس برات'],
    ['وسيجري رودريغيز وكيري محادثات في وزارة الخارجية.', 'رودريغيز وكيري', 'رودريغيز'],
  ])('%s', (text, part, name) => expect(spans(text, part)).toEqual([name]));

  it('keeps a surname that starts with و (عبد الواحد وافي)', () => {
    expect(spans('للدكتور عبد الواحد وافي، وفقه العلم والحضارة.', 'عبد الواحد وافي')).toEqual(['عبد الواحد وافي']);
  });

  it('وعلى الرغم is no person', () => {
    expect(spans('وعلى الرغم من كشف السلطات الأمنية عن هوية المنفذ.', 'وعلى')).toEqual([]);
  });

  it('a surname joins the name it ends, not a span running on after it', async () => {
    const doc = await extract('التقى وزير الخارجية الأمريكي جون كيري نظيره الصيني. وقال كيري إن المحادثات بناءة. وسيجري كيري وليو محادثات اليوم.');
    expect(doc.entities.filter((e) => e.type === 'PERS' && e.name === 'كيري')).toHaveLength(0);
  });
});
