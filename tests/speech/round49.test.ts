/**
 * Round 49 (a fiftieth audit: 180 claims of 400 SaudiNewsNet articles drawn fresh, judged blind, and 30 sentences with a
 * cue-like word and no claim): missed claims after كما, after an attribution phrase between the cue and its preposition,
 * after طالب "student" in the speaker's apposition; a prayer with its subject written first; a body's name over a
 * ل-genitive after a feminine adjective; a bare head or a woman expert resolved; a body's initials in brackets; a saying
 * in brackets; a relative clause inside the words. Rows are real sentences of SaudiNewsNet articles, shortened, or news
 * sentences written like them.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const claimsOf = async (text: string) =>
  (await extract(text)).claims.map((c) => ({ cue: c.cue.text, speaker: c.speaker?.name ?? null, written: c.speaker?.text ?? null, content: c.content.text }));

describe('round 49: claims that were missed', () => {
  it('كما "also" after a comma goes on with the subject of its clause', async () => {
    const cs = await claimsOf('وزار المدير محمد العلي المرضى، كما أكد لهم أن جميع أجهزة المستشفى تحت خدماتهم.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'أكد', written: null, content: 'جميع أجهزة المستشفى تحت خدماتهم' })]);
    expect(cs[0]!.speaker).toContain('محمد العلي');
  });

  it('… but not a word of the clause that names no one', async () => {
    const cs = await claimsOf('قال الملك عبد العزيز: «إن خطتي إقامة الشريعة». ومن هذا أكرر، كما أني أرى من واجبي ترقية جزيرة العرب، كما قال: «أنا وأسرتي وشعبي جند من جنود الله».');
    expect(cs.map((c) => c.speaker)).not.toContain('أرى');
  });

  it('طالب "student" in the apposition is no cue', async () => {
    const cs = await claimsOf('وقال حبيب عبدالله طالب جامعي في إحدى الجامعات البحرينية إن أغلب زبائنه هم من فئة الشباب.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'وقال', speaker: 'حبيب عبدالله', content: 'أغلب زبائنه هم من فئة الشباب' })]);
    expect(await claimsOf('وأكد طالب جامعي أن الجامعة لم تبلغه بالقرار.')).not.toContainEqual(expect.objectContaining({ cue: 'طالب' }));
  });

  it.each([
    ['وأدانت مملكة البحرين التفجير. وشددت وفقاً لما نقلته وكالة الأنباء البحرينية، على أن هذه الجريمة لا تمت بصلة لأي دين.'],
    ['وأدانت مملكة البحرين التفجير. وأكدت وفقاً لما نقلته وكالة الأنباء البحرينية، أن هذه الجريمة لا تمت بصلة لأي دين.'],
  ])('an attribution phrase between the cue and its complement: %s', async (text) => {
    const cs = await claimsOf(text);
    expect(cs).toEqual([expect.objectContaining({ speaker: 'مملكة البحرين', content: 'هذه الجريمة لا تمت بصلة لأي دين' })]);
  });
});

describe('round 49: what is no claim', () => {
  it.each([
    ['ودعت القيادة الله أن يتقبلهم مع الشهداء ويسكنهم فسيح جناته.'],
    ['ودعا الأمير المولى عز وجل أن يحفظ البلاد من كل سوء.'],
  ])('a prayer with its subject written first: %s', async (text) => {
    expect(await claimsOf(text)).toEqual([]);
  });

  it('a verbal noun in the accusative is the object, never the speaker', async () => {
    const cs = await claimsOf('كان بعض المحللين يتوقعون ارتفاعا لا يقل عن 0.5 بالمئة في مؤشر تكلفة العمالة وهو ما كان من شأنه أن يعزز احتمال أن يرفع المركزي الفائدة.');
    expect(cs.map((c) => c.speaker)).not.toContain('ارتفاعا');
  });

  it('words in brackets after a preposition’s object are no saying', async () => {
    const cs = await claimsOf('وأنجز السور خلال عامين بفضل تكفل كل فرد بزرع خمس شجرات (وكتبت عنه مقالا خاصا بعنوان سور الصين الأخضر).');
    expect(cs).toEqual([]);
  });
});

describe('round 49: who speaks', () => {
  it('the one called on after a titled speaker is cut off', async () => {
    const cs = await claimsOf('ودعا الرئيس الحكومة إلى الإسراع في تنفيذ الإصلاحات الاقتصادية.');
    expect(cs).toEqual([expect.objectContaining({ written: 'الرئيس', content: 'الحكومة إلى الإسراع في تنفيذ الإصلاحات الاقتصادية' })]);
  });

  it('a body’s name goes on over a ل-genitive after a feminine adjective, and the words start after its statement', async () => {
    const cs = await claimsOf('وأعلنت قيادة القوات المشتركة لتحالف دعم الشرعية في اليمن في بيان أمس عن استشهاد العريف أول جمعة جوهر الحمادي.');
    expect(cs).toEqual([expect.objectContaining({ written: 'قيادة القوات المشتركة لتحالف دعم الشرعية في اليمن', content: 'استشهاد العريف أول جمعة جوهر الحمادي' })]);
  });

  it('… not a tagged body’s ل-phrase of purpose', async () => {
    const cs = await claimsOf('وكانت الأمم المتحدة ناشدت الحكومة لإعادة هيكلة السجون في أبريل الماضي. وقال مسؤول أممي إن الوضع لم يتحسن.');
    expect(cs.find((c) => c.cue === 'وقال')).toEqual(expect.objectContaining({ content: 'الوضع لم يتحسن' }));
  });

  it('"the expert", a woman, is the one the text gave that role', async () => {
    const cs = await claimsOf('وتقول سارة جونسون، الباحثة في المعهد الملكي والخبيرة في حركة طالبان، إن الخبر ليس جديدا. ولفتت الخبيرة إلى أن إخفاء خبر وفاة الزعيم قد يعتبره البعض خيانة.');
    expect(cs[1]).toEqual(expect.objectContaining({ written: 'الخبيرة', speaker: 'سارة جونسون' }));
  });

  it('a bare head is the body named with it before, after a masculine verb too', async () => {
    const cs = await claimsOf('وفي الوقت نفسه، أطلق المكتب المركزي التايواني للأرصاد الجوية على العاصفة اسم إعصار "الذئب الوحيد"، ويقول المكتب إنه من السابق لأوانه القول ما إذا كانت البلاد ستتأثر.');
    expect(cs).toEqual([expect.objectContaining({ written: 'المكتب', speaker: 'المكتب المركزي التايواني للأرصاد الجوية' })]);
  });

  it('… but not the object after the subject', async () => {
    const cs = await claimsOf('وقاطعت المعارضة الانتخابات الرئاسية. وقالت المعارضة إن مسعى الرئيس للحصول على ولاية ثالثة يمثل انتهاكا للدستور.');
    expect(cs).toEqual([expect.objectContaining({ speaker: 'المعارضة' })]);
  });

  it('a body’s initials in brackets are no name', async () => {
    const cs = await claimsOf('ذكرت الإدارة الوطنية الأمريكية للمحيطات والغلاف الجوي (إن أو ايه ايه) أن شهر يونيو الماضي كان الأكثر دفئا. وأوضحت الإدارة أمس أن متوسط درجة الحرارة ارتفع.');
    expect(cs.map((c) => c.speaker)).toEqual(['الإدارة الوطنية الأمريكية للمحيطات والغلاف الجوي', 'الإدارة الوطنية الأمريكية للمحيطات والغلاف الجوي']);
  });
});

describe('round 49: where the words run', () => {
  it('a saying in brackets after the Prophet’s formula (with his family) is the words, whole', async () => {
    const cs = await claimsOf('ويقول المصطفى صلى الله عليه وآله وسلم (إذا جمع الله الأولين والآخرين يوم القيامة، يُرفع لكل غادر لواء فيقال: هذه غدرة فلان بن فلان). ما حدث غدر.');
    expect(cs).toEqual([expect.objectContaining({ written: 'المصطفى', content: 'إذا جمع الله الأولين والآخرين يوم القيامة، يُرفع لكل غادر لواء فيقال: هذه غدرة فلان بن فلان' })]);
  });

  it('a relative clause set off by commas, its cue with no complement, stays in the words', async () => {
    const cs = await claimsOf('وأوضح فهد مزاحم أن هذا الصندوق، الذي أعلنت مؤسسة النقد عن إنشائه لحماية الودائع، هدفه الرئيسي حماية الاستقرار المالي.');
    expect(cs).toEqual([expect.objectContaining({ speaker: 'فهد مزاحم', content: 'هذا الصندوق، الذي أعلنت مؤسسة النقد عن إنشائه لحماية الودائع، هدفه الرئيسي حماية الاستقرار المالي' })]);
  });

  it('… but one with its own complement after the commas is a claim of its own', async () => {
    const cs = await claimsOf('أكد أعضاء بارزون في الحكومة المصرية، أن افتتاح القناة خطوة أولى بدعم الرئيس المصري عبد الفتاح السيسي، الذي أكد في خطاب الافتتاح، أمس، أن الطريق شاق وطويل.');
    expect(cs).toContainEqual(expect.objectContaining({ content: 'الطريق شاق وطويل' }));
  });

  it('a quotation inside the nominal object is part of it, not the whole words', async () => {
    const cs = await claimsOf('كشف مصدر في المعارضة السورية لـ«الشرق الأوسط» عن اتجاه لإجراء تغيير في الحكومة المؤقتة لمواكبة المرحلة المقبلة التي سوف تتطلب «دورا أكثر فعالية للحكومة المؤقتة».');
    expect(cs).toEqual([expect.objectContaining({ content: 'اتجاه لإجراء تغيير في الحكومة المؤقتة لمواكبة المرحلة المقبلة التي سوف تتطلب «دورا أكثر فعالية للحكومة المؤقتة»' })]);
  });

  it('… but a relay’s عن names its source, and the quotation is the words', async () => {
    const cs = await claimsOf('ونقلت وكالة الأنباء عن وزير الخارجية قوله «لن نقبل بأي تدخل في شؤوننا الداخلية».');
    expect(cs).toEqual([expect.objectContaining({ content: 'لن نقبل بأي تدخل في شؤوننا الداخلية' })]);
  });

  it('a first-person word after the cue’s comma opens the words, with no speaker written', async () => {
    const cs = await claimsOf('ودعا الهزاني الجميع لحضور فعاليات المهرجان. وأضاف، نتشرف في محافظة تنومة بأن نكون أولى المحافظات المشاركة في الاحتفالات.');
    expect(cs[1]).toEqual(expect.objectContaining({ cue: 'وأضاف', written: null, speaker: 'الهزاني', content: 'نتشرف في محافظة تنومة بأن نكون أولى المحافظات المشاركة في الاحتفالات' }));
  });

  it('a participle after a full stop goes on with the last sentence’s subject', async () => {
    const cs = await claimsOf('وعبَّر المهندس خالد بن صالح المديفر الرئيس التنفيذي لشركة معادن عن فخر الشركة باستضافة هذا التجمع؛ وهو ما يؤكد مكانة «معادن» بين كبرى شركات التعدين. مشيراً إلى أن المؤتمر سيبحث التحديات الحالية لصناعات الألمنيوم.');
    expect(cs.find((c) => c.cue === 'مشيراً')!.speaker).toContain('خالد بن صالح');
  });

  it('"as activists reported it" with its resumptive closes the sentence: the words before it', async () => {
    const cs = await claimsOf('ودفعت القوات السورية النظامية بتعزيزات إلى مواقعها في ريف اللاذقية، ونقلت دبابات إلى بلدة صلنفة، كما أفاد به ناشطون.');
    expect(cs).toEqual([expect.objectContaining({ written: 'ناشطون', content: 'ودفعت القوات السورية النظامية بتعزيزات إلى مواقعها في ريف اللاذقية، ونقلت دبابات إلى بلدة صلنفة' })]);
  });
});

describe('round 49: the same source, the one called on', () => {
  it.each([
    ['وقال مصدر أمني إن القوات سيطرت على المدينة. وأضاف المصدر نفسه أن الاشتباكات مستمرة.', 'مصدر أمني'],
    ['وقالت مصادر عسكرية مالية إن العملية انتهت. وقالت ذات المصادر إن الفندق تم تطهيره بالكامل.', 'مصادر عسكرية مالية'],
  ])('"the same source" is the last one quoted: %s', async (text, speaker) => {
    const cs = await claimsOf(text);
    expect(cs[1]!.speaker).toBe(speaker);
  });

  it('… not a named person quoted in between', async () => {
    const cs = await claimsOf('وقالت مصادر مطلعة إن اللاعب تلقى عرضا. وقال المدرب خورخي داسيلفا إنه لم يسمع بالعرض. وكشفت ذات المصادر أن النادي دخل على خط المفاوضات.');
    expect(cs[2]!.speaker).not.toBe('خورخي داسيلفا');
  });

  it('the brothers called on after a body’s ل-genitive are cut off', async () => {
    const cs = await claimsOf('ودعت المديرية العامة للجوازات الإخوة اليمنيين ممن تنطبق عليهم شروط الحصول على هوية زائر، إلى سرعة مراجعة مراكز التصحيح.');
    expect(cs[0]).toEqual(expect.objectContaining({ written: 'المديرية العامة للجوازات' }));
  });
});

describe('round 49: a wish, a placeholder, the writer’s next event', () => {
  it.each([
    ['فليت الهيئة الموقرة توضح لنا موقفها، أو تراجع عقدها مع هذه الشركة.'],
    ['أهرع للمحكمة وأتقدم بشكوى على فلان لأنّه فعل كذا أو قال كذا ونحن لا ننفي أنّ هناك بعض التصرفات المشينة.'],
  ])('no claim: %s', async (text) => {
    expect(await claimsOf(text)).toEqual([]);
  });

  it('"also" with a verb of reacting and another body ends the words', async () => {
    const cs = await claimsOf('وأعلنت الجامعة العربية أنها لن تقف مكتوفة الأيدي أمام التحضير لإقامة الهيكل المزعوم، كما أدانت منظمة التعاون الإسلامي، هذا الاقتحام.');
    expect(cs).toEqual([expect.objectContaining({ content: 'لن تقف مكتوفة الأيدي أمام التحضير لإقامة الهيكل المزعوم' })]);
  });

  it('… but "also" with the same body going on is more of the words', async () => {
    const cs = await claimsOf('وأبان المتحدث الرسمي أن اللجنة العامة للانتخابات اعتمدت 1263 مركزاً انتخابياً على مستوى المملكة، كما اعتمدت اللجنة العامة 250 مركزاً احتياطياً.');
    expect(cs[0]!.content).toBe('اللجنة العامة للانتخابات اعتمدت 1263 مركزاً انتخابياً على مستوى المملكة، كما اعتمدت اللجنة العامة 250 مركزاً احتياطياً');
  });
});

describe('round 49: parties and unions as bodies, a year before the object', () => {
  it.each([
    ['أعلنت الأحزاب الكردية الإيرانية توقف أنشطتها العسكرية داخل الأراضي الإيرانية.', 'الأحزاب الكردية الإيرانية'],
    ['ودعت النقابات العمالية إلى تظاهرات احتجاج غدا الأربعاء تزامنا مع التصويت داخل البرلمان.', 'النقابات العمالية'],
  ])('%s', async (text, written) => {
    const cs = await claimsOf(text);
    expect(cs).toEqual([expect.objectContaining({ written })]);
  });

  it('a year between the source and its object is no part of the object', async () => {
    const cs = await claimsOf('أعلنت الأحزاب الكردية الإيرانية، عام 1994 توقف أنشطتها العسكرية داخل الأراضي الإيرانية.');
    expect(cs).toEqual([expect.objectContaining({ content: 'توقف أنشطتها العسكرية داخل الأراضي الإيرانية' })]);
  });
});

