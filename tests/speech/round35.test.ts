/**
 * Round 35 (a twenty-third audit of 400 SaudiNewsNet articles that no earlier round had read): who speaks. Rows are
 * real sentences of SaudiNewsNet articles, shortened.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const claimsOf = async (text: string) =>
  (await extract(text)).claims.map((c) => ({ cue: c.cue.text, speaker: c.speaker?.name ?? null, written: c.speaker?.text ?? null, role: c.speaker?.role ?? null, type: c.speaker?.type ?? null, content: c.content.text }));

describe('round 35: the speaker written after the cue', () => {
  it('a foreign name\'s particle written before with the name is the name\'s, not "if" (كما أفاد لو دريان أنّ …)', async () => {
    const cs = await claimsOf('قال وزير الدفاع الفرنسي جان ايف لو دريان، اليوم (الخميس)، إنّ اجمالي ما ستدفعه فرنسا لروسيا سيكون أقل من 1,2 مليار يورو. وقال بيانان صادران عن مكتبي هولاند وبوتين إنّه سيكون لفرنسا حرية كاملة للتصرف في الحاملتين. كما أفاد لو دريان أنّ فرنسا سوف تبحث عن مشترين آخرين لحاملتي الطائرات. وتابع «أنا مقتنع بأنه سيكون هناك مشترون آخرون».');
    expect(cs[2]).toEqual(expect.objectContaining({ cue: 'أفاد', written: 'لو دريان', speaker: 'جان ايف لو دريان', role: null, content: 'فرنسا سوف تبحث عن مشترين آخرين لحاملتي الطائرات' }));
    expect(cs[3]).toEqual(expect.objectContaining({ cue: 'وتابع', speaker: 'جان ايف لو دريان' }));
  });

  it('… while لو alone is still "if" (لو قال الوزير …)', async () => {
    const cs = await claimsOf('وقال الوزير إن المفاوضات مستمرة. ولو قال لو دريان إن الاتفاق انتهى لتغير الأمر.');
    expect(cs.map((c) => c.cue)).toEqual(['وقال']);
  });

  it('متابعون are followers of the news, an anonymous source, not the participle of تابع (ويرى متابعون للشأن السياسي …)', async () => {
    const cs = await claimsOf('ويرى متابعون للشأن السياسي في تونس أن مشروع قانون المصالحة الوطنية في المجالين المالي والاقتصادي سيكون موضوع «المعركة المقبلة» بين مختلف القوى السياسية.');
    expect(cs[0]).toEqual(expect.objectContaining({ cue: 'ويرى', written: 'متابعون للشأن السياسي في تونس', type: 'ANON' }));
    expect(cs[0]!.content.startsWith('مشروع قانون المصالحة الوطنية')).toBe(true);
  });

  it('ل with "all" after the cue is the one spoken to: the speaker in play goes on (وأكد لجميع القوى الإقليمية …)', async () => {
    const cs = await claimsOf('وأكد قطان أن المملكة لن تسمح لإيران بالعبث في المنطقة. وأضاف أن قرار خادم الحرمين الشريفين، بالقيام بعاصفة الحزم في اليمن، أعاد الهيبة للأمة العربية كلها، وأكد لجميع القوى الإقليمية والعالمية، أن العالم العربى قادر على اتخاذ قراره بنفسه، موضحا أن التعاون السعودي المصري، نموذجٌ مهمٌ فى هذا السياق.');
    const last = cs[cs.length - 1]!;
    expect(last).toEqual(expect.objectContaining({ cue: 'موضحا', speaker: 'قطان' }));
    expect(cs.some((c) => c.speaker === 'لجميع القوى' || c.written === 'لجميع القوى')).toBe(false);
  });

  it('كشف النقاب is one verb, "revealed": النقاب is no speaker (وكشف النقاب عن قيام اللجنة …، مضيفا …)', async () => {
    const cs = await claimsOf('وأوضح رئيس اللجنة الوطنية للتدريب الأهلي الدكتور عبدالرحمن الربيعة أن المعاهد المرخصة صغيرة الحجم. وكشف النقاب عن قيام اللجنة بتقديم عدة مقترحات للمؤسسة العامة للتدريب الفني والتقني لتطوير معاهد ومراكز التدريب الأهلية، مضيفا، أن اللجنة قدمت 7 مقترحات.');
    expect(cs[1]).toEqual(expect.objectContaining({ cue: 'وكشف', written: null, speaker: 'عبدالرحمن الربيعة', content: 'قيام اللجنة بتقديم عدة مقترحات للمؤسسة العامة للتدريب الفني والتقني لتطوير معاهد ومراكز التدريب الأهلية' }));
    expect(cs[2]).toEqual(expect.objectContaining({ cue: 'مضيفا', speaker: 'عبدالرحمن الربيعة' }));
  });

  it('… and opening its clause with no و it is the passive, "it was revealed": no one speaks (وفي السياق نفسه، كشف النقاب أمس عن …)', async () => {
    const cs = await claimsOf('وقال دبلوماسي إسرائيلي سابق إن نتنياهو سيطلب من الإدارة الأميركية أن تنزع ثقتها بالرئيس الفلسطيني. وفي السياق نفسه، كشف النقاب أمس عن مساع يقوم بها سكرتير الحكومة السابق المقرب من نتنياهو، تسفي هاوزنر، لإقناع أوساط أميركية بتأييد ضم هضبة الجولان.');
    expect(cs.map((c) => c.cue)).toEqual(['وقال']);
  });

  it('a country named after a definite body, before the verb\'s ب, is the one described (وصفت الخارجية الأميركية إيران بأنها …)', async () => {
    const cs = await claimsOf('ففي تقريرها الأخير الصادر في عام 2014 وصفت الخارجية الأميركية إيران بأنها الدولة الأكثر نشاطا في رعاية الإرهاب.');
    expect(cs[0]).toEqual(expect.objectContaining({ cue: 'وصفت', written: 'الخارجية الأميركية', content: 'الدولة الأكثر نشاطا في رعاية الإرهاب' }));
  });
});

describe('round 35: a role used again names the person', () => {
  const lede = 'انتقد وزير الخارجية القطري مواصلة إيران دعمها لنظام بشار الأسد، في الوقت الذي طالب فيه بإجراء حوار جاد مع طهران. وقال الدكتور خالد العطية في مقابلة أجرتها معه وكالة «أسوشيتد برس» وتطرقت معه فيها إلى مجالات عدة: «كان الاتفاق القوي بين اللاعبين الدوليين الرئيسيين وبين إيران هو أفضل السبل لتسوية القضية النووية». كما أشار إلى وجود مجال مفتوح الآن للعمل مع إيران بشأن قضايا أخرى كذلك. وأضاف العطية «ينبغي أن يكون هناك حوار جدي وبناء مع جيراننا الإيرانيين. كما ينبغي أن نضع مخاوف الجانبين على طاولة الحوار، ونعمل على تسوية تلك القضايا سويا. إن إيران دولة مجاورة لنا في المنطقة. وعلينا أن نتعايش سويا». لكن العطية حذر في المقابلة من أنه لا تزال هناك نقاط خلاف رئيسية. ويجب بذل المزيد من الجهد والعمل تجاه بناء الثقة على كلا الجانبين، بما في ذلك قضية «التدخل في الشؤون الداخلية للدول الأخرى». وبالنسبة لدول الخليج العربي، يعني ذلك تراجع إيران عن دعمها المستمر منذ فترة طويلة للوكلاء المتشددين في المنطقة، مثل تنظيم حزب الله اللبناني، وغيره من الجماعات المسلحة، ومن بينهم المتمردون الشيعة في اليمن الذين يعتمدون بشكل كبير على دعم طهران. ';

  it('the lede\'s role, named in the next sentence, names the same role used later (وأضاف الوزير القطري: «…»)', async () => {
    const cs = await claimsOf(lede + 'وأضاف الوزير القطري: «نعمل جميعا في دول مجلس التعاون الخليجي في اتجاه تحقيق حالة حسن الجوار. وإننا نريد من إيران أيضا أن تنتهج ذات المسار».');
    expect(cs[0]).toEqual(expect.objectContaining({ cue: 'انتقد', speaker: 'خالد العطية' }));
    expect(cs[cs.length - 1]).toEqual(expect.objectContaining({ cue: 'وأضاف', written: 'الوزير القطري', speaker: 'خالد العطية' }));
  });

  it('… but not a role of another country (وأضاف الوزير الإيراني …)', async () => {
    const cs = await claimsOf(lede + 'وقال الوزير الإيراني إن بلاده لا تتدخل في شؤون جيرانها.');
    expect(cs[cs.length - 1]).toEqual(expect.objectContaining({ cue: 'وقال', written: 'الوزير الإيراني', speaker: 'الوزير الإيراني' }));
  });

  it('"the expert" alone is the named person whose role made them one (رئيس الخبراء الاقتصاديين …، شانتا ديفيرجان … وأكد الخبير)', async () => {
    const cs = await claimsOf('توقع رئيس الخبراء الاقتصاديين لمنطقة الشرق الأوسط في البنك الدولي، شانتا ديفيرجان، أن يسهم رفع الحظر عن إيران في خفض سعر برميل النفط 10 دولارات في 2016. وقال ديفيرجان في حوار مع «الشرق الأوسط» إن اقتصاد طهران سيستفيد. وأكد الخبير أن طهران ستواجه 3 تحديات بعد رفع الحظر.');
    expect(cs[2]).toEqual(expect.objectContaining({ cue: 'وأكد', written: 'الخبير', speaker: 'شانتا ديفيرجان' }));
  });

  it('… and stays unnamed with no such person before (وأكد الخبير أن …)', async () => {
    const cs = await claimsOf('وقال وزير المالية محمد الجدعان إن الميزانية متوازنة. وأكد الخبير أن طهران ستواجه 3 تحديات بعد رفع الحظر.');
    expect(cs[1]).toEqual(expect.objectContaining({ cue: 'وأكد', speaker: 'الخبير' }));
  });
});

describe('round 35: where the words end', () => {
  it('another party\'s stance after a comma ends the words (…، ونددت واشنطن بأشد العبارات …)', async () => {
    const cs = await claimsOf('دوليا، دان الأمين العام للأمم المتحدة بان كي مون أمس ، هذه الجريمة البشعة ، وقال إن سياسة الاستيطان الإسرائيلية غير المشروعة أشعلت التطرف العنيف ، ونددت واشنطن بأشد العبارات بالهجوم الارهابي الوحشي.');
    expect(cs[0]).toEqual(expect.objectContaining({ cue: 'وقال', speaker: 'بان كي مون', content: 'سياسة الاستيطان الإسرائيلية غير المشروعة أشعلت التطرف العنيف' }));
  });
});
