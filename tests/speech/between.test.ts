/**
 * بين: the verb "showed" (بيّن) and the preposition "between" are written alike. Sentences from news reports
 * (SaudiNewsNet, shortened) where the spelling is the preposition report nothing through it; the verb still reports.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const cuesOf = async (text: string) => (await extract(text)).claims.map((c) => c.cue.text);
const claimsOf = async (text: string) =>
  (await extract(text)).claims.map((c) => ({ cue: c.cue.text, speaker: c.speaker?.name ?? null, content: c.content.text }));

describe('بين as "between" reports nothing', () => {
  it.each([
    ['a genitive dual after it', 'وأعيدت العلاقات الدبلوماسية بين البلدين في تمام الساعة 00:01 تغ ليل الاحد.'],
    ['two countries joined by و', 'وبحسب الاتفاق المبرم بين مصر وفرنسا من المقرر أن تتسلم القاهرة ثلاث طائرات سنويا.'],
    ['a genitive plural after it', 'وأكد التقرير أن الشعور العام بين المستثمرين الأجانب هو أن السوق وصل إلى ذروته.'],
    ['the difference between two things', 'فالفرق بين الماضي والحاضر أن الكثير من قرارات الموضة أصبحت في يد الشباب.'],
    ['بيني وبين نفسي', 'وكنت قد صممت بيني وبين نفسي أن أضع حدا لتلك العلاقة الزوجية.'],
    ['a range of numbers', 'ووجد الباحثون أن أعمار المشاركين تتراوح بين 3 و5 سنوات بيولوجية لكل سنة زمنية.'],
    ['a place after the masculine spelling', 'منذ انطلاق المفاوضات النووية بين إيران من جهة وأمريكا والدول الغربية من جهة أخرى ونحن نلاحظ أن الخطاب تغير.'],
    ['mid-clause after a noun', 'وتشهد مدينة درنة اقتتالا مستعرا منذ مطلع الشهر الحالي بين «كتيبة شهداء أبو سليم» ومسلحي داعش، وأكد شهود أن القتال مستمر.'],
    ['after a closing quotation mark', 'ودعا إلى «التزام الحياد» بين الأطراف الليبية المتصارعة، مؤكدا أن الحل سياسي.'],
  ])('%s', async (_, text) => {
    const cues = await cuesOf(text);
    expect(cues.filter((c) => /^و?بين$/.test(c))).toEqual([]);
  });
});

describe('بيّن the verb still reports', () => {
  it.each([
    ['وبين + name + أن', 'وبين قرقاش أن التصدي للتطرف والإرهاب يتطلب تنوع الأدوات.', 'قرقاش'],
    ['كما بين + title + name', 'كما بين الدكتور طاهر أن تعدد مواقع الفعاليات يهدف إلى توفير الفرص للجميع.', 'طاهر'],
    ['الذي بين أنه', 'وقدم الشكر لوكيل الوزارة الدكتور توفيق السديري الذي بين أنه تم توزيع الموسوعة على المساجد.', 'توفيق السديري'],
    ['with a written shadda after a fronted phrase', 'وفي السياق ذاته بيَّن المهندس خالد العتيبي أنه سيتم البدء في أعمال ربط الطرق.', 'خالد العتيبي'],
    ['a document as subject, named by its issuer', 'وبين التقرير الصادر عن البنك الوطني الكويتي، أمس، أن أسعار الفائدة سترتفع.', 'البنك الوطني الكويتي'],
  ])('%s', async (_, text, speaker) => {
    const cs = await claimsOf(text);
    const c = cs.find((x) => /^(و|كما )?بي[َّ]*ن$/.test(x.cue) || /بين|بيَّن/.test(x.cue));
    expect(c, JSON.stringify(cs)).toBeDefined();
    expect(c!.speaker ?? '').toContain(speaker);
  });
});
