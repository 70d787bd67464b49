/**
 * Round 15 (sets 33 and 34, twenty SaudiNewsNet articles, scored once as unseen news before these rules): a role
 * reaches a tagged name right before the complement over its located body (prepositions, commas); a counterpart or
 * the press after the speaker (لنظيره، للصحفيين) is the addressee; a role said again in short (مدير هيئة السياحة)
 * names the person introduced with the full role in a sentence that reported nothing (التقى … بمدير الهيئة العامة
 * للسياحة … سامر الجهني); المشرف and العضوة are roles; after كما an accusing verb keeps the speaker in play and
 * its phrase is the accused; a verbal noun after ب (بتحفيز الجماهير) is no speaker; a hypothetical (حتى لو أعلنت)
 * reports nothing; a pro-drop verb with no earlier speaker takes the quantified subject of the sentence before
 * (قدّر عدد من الخبراء …) or the nearest name; after a fronted topic a bare clause is the content (وعن … قال من
 * الصعب …). Rows are real sentences of those sets (shortened where marked) or built on their pattern.
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

  it('after كما, an accusing verb keeps the speaker in play; the phrase before its ب-clause is the accused (shortened)', async () => {
    const text =
      'اكد الرئيس التركي ان "الذين يقولون ذلك يريدون ان توقف تركيا عملياتها العسكرية". كما اتهم حزب العمال الكردستاني وتنظيم "داعش" بان "مصلحتهما واحدة" في اضعاف الدولة التركية.';
    const s = await speakerOf(text, 'اتهم');
    expect(s?.kind).toBe('implicit');
    expect(s?.name).toBe('الرئيس التركي');
  });

  it('a verbal noun after ب (واختتم حديثه بتحفيز الجماهير) is no speaker (shortened)', async () => {
    const s = await speakerOf('وقال المدرب إن الفريق جاهز. واختتم حديثه بتحفيز الجماهير ومناشدتهم أن يكونوا الداعم الأول كما اعتادوا على ذلك.', 'واختتم');
    expect(s?.name).toBe('المدرب');
  });
});

describe('round 15: claims', () => {
  it('a hypothetical (حتى لو أعلنت اليونان عجزها) reports nothing', async () => {
    const doc = await extract('وبينت الدراسة أن هذه التوفيرات تجاوزت تكلفة الأزمة، حتى لو أعلنت اليونان عجزها عن سداد دينها بأكمله.');
    expect(doc.claims.map((c) => c.cue.text)).toEqual(['وبينت']);
  });

  it('a pro-drop verb takes the quantified subject of the sentence before (قدّر عدد من الخبراء النفطيين …)', async () => {
    const doc = await extract('قدّر عدد من الخبراء النفطيين حجم الفوائض النفطية. وأوضحوا أن الاقتصاد الصيني يحتل الجزء الأكبر من اهتمام المتابعين.');
    const c = doc.claims.find((x) => x.cue.text === 'وأوضحوا');
    expect(c?.speaker?.name).toBe('عدد من الخبراء النفطيين');
    expect(c?.content.text).toBe('الاقتصاد الصيني يحتل الجزء الأكبر من اهتمام المتابعين');
  });

  it('after a fronted topic, the bare clause after قال is its content (shortened)', async () => {
    const text =
      'وقال الدكتور محمد الشطي إن المشروع مهم. وعن حجم هذه الكمية الداخلة للأسواق -حال الإقرار- قال من الصعب التوقع بذلك، ولكنها تقديرياً لن تزيد عن 300 ألف برميل.';
    const doc = await extract(text);
    const c = doc.claims[1];
    expect(c?.cue.text).toBe('قال');
    expect(c?.content.text.startsWith('من الصعب التوقع بذلك')).toBe(true);
    expect(c?.speaker?.name).toBe('محمد الشطي');
  });

  it('a participle after من جانبه، + a verb that reports nothing speaks for that verb\'s subject (corpus/claims-dev34, shortened)', async () => {
    const text =
      'وأكد وزير شؤون الشباب والرياضة هشام الجودر أن البرنامج حقق أهدافه. من جانبه، أشاد الشيخ محمد بن عيسى آل خليفة رئيس مجلس إدارة تمكين بإنجازات البرنامج، مشيراً إلى أن الشراكة مستمرة.';
    const doc = await extract(text);
    const c = doc.claims.find((x) => x.cue.text === 'مشيراً');
    expect(c?.speaker?.name).toBe('محمد بن عيسى آل خليفة');
  });

  it('a derived-form verbal noun (دائرة استرداد الأموال) is no name; the name after the body is (corpus/claims-dev35, shortened)', async () => {
    const s = await speakerOf('وقال مدير عام دائرة استرداد الأموال في الهيئة محمد علي في أحد التقارير التي اطلعت عليها «عكاظ» إن «الأموال العراقية كثيرة».', 'وقال');
    expect(s?.text).toBe('محمد علي');
  });

  it('a report sent to someone (في تقريره المرفوع لرئيس الوزراء) is circumstance, not the speaker (shortened)', async () => {
    const doc = await extract('وقال مدير عام الدائرة محمد علي إن الأموال كثيرة. وقال في تقريره المرفوع لرئيس الوزراء إن «الهيئة عملت على تهيئة ملفات الوزراء».');
    const c = doc.claims[1];
    expect(c?.speaker?.kind).toBe('implicit');
    expect(c?.speaker?.name).not.toMatch(/الوزراء/);
  });

  it('a report and its issuer (وبين التقرير الصادر عن البنك الوطني الكويتي، أمس، أن …): the bank speaks, not the agency relaying it (corpus/claims-dev37, shortened)', async () => {
    const text =
      'وبين التقرير الصادر عن البنك الوطني الكويتي، أمس، أن البيانات الصادرة في الأسبوع الماضي أشارت إلى نمو قطاع الخدمات في أمريكا، بحسب وكالة الأنباء الكويتية "كونا". وذكر التقرير أن الدولار واصل مرونته خلال الأسبوع.';
    const doc = await extract(text);
    expect(doc.claims.map((c) => c.cue.text)).toEqual(['وبين', 'وذكر']);
    expect(doc.claims[0]!.speaker?.name).toBe('البنك الوطني الكويتي');
    expect(doc.claims[0]!.speaker?.role).toBe('التقرير الصادر عن');
  });

  it('an indefinite جنرال with the anonymity formula is an anonymous source (corpus/claims-dev37, shortened)', async () => {
    const s = await speakerOf('وقال جنرال في القوات الجوية الأفغانية طلب عدم الكشف عن اسمه إن "17 شخصا قتلوا".', 'وقال');
    expect(s?.kind).toBe('anonymous');
  });

  it('a long chain of roles (… إمام وخطيب المسجد الحرام الشيخ الدكتور …) reaches its holder (corpus/claims-dev37, shortened)', async () => {
    const text =
      'أوصى المستشار بالديوان الملكي عضو هيئة كبار العلماء إمام وخطيب المسجد الحرام الشيخ الدكتور صالح بن عبدالله بن حميد، الذين زلت بهم القدم أن يعودوا إلى الله. وأكد أن وضع الأمة لا يسر.';
    const s = await speakerOf(text, 'وأكد');
    expect(s?.name).toBe('صالح بن عبدالله بن حميد');
  });

  it('a role in apposition after a name, used later in short (رئيس خيركم), names that person (corpus/claims-dev37, shortened)', async () => {
    const text = 'ثمن المهندس عبد العزيز حنفي، رئيس جمعية خيركم بجدة، قرار وزير التعليم. وأوضح رئيس خيركم أن هذا القرار يؤكد عناية ولاة الأمر بكتاب الله.';
    const s = await speakerOf(text, 'وأوضح');
    expect(s?.name).toBe('عبد العزيز حنفي');
  });

  it('"…"، هذا ما قاله X: the quotation before is X\'s, and the participle after goes on with X (corpus/claims-dev36, shortened)', async () => {
    const doc = await extract('"النادي يعلم رغبتي، أريد الرحيل"، هذا ما قاله اللاعب تياغو موتا بعد المباراة، مضيفا "المفاوضات متواصلة".');
    expect(doc.claims.map((c) => [c.cue.text, c.speaker?.name, c.content.text, c.direct])).toEqual([
      ['قاله', 'تياغو موتا', 'النادي يعلم رغبتي، أريد الرحيل', true],
      ['مضيفا', 'تياغو موتا', 'المفاوضات متواصلة', true],
    ]);
  });

  it('سماحته stands for the person introduced before, like سموه and معاليه (corpus/claims-dev39, built on its pattern)', async () => {
    const text = 'أكد سماحة المفتي العام للمملكة الشيخ عبدالعزيز بن عبدالله آل الشيخ أن الإرهاب لا دين له. وأوضح سماحته أن الأمن نعمة عظيمة.';
    const doc = await extract(text);
    const c = doc.claims.find((x) => x.cue.text === 'وأوضح');
    expect(c?.speaker?.name).toBe(doc.claims[0]!.speaker?.name);
    expect(c?.speaker?.name).toMatch(/عبدالعزيز/);
  });

  it('a founder\'s name inside an organisation\'s (جامعة الإمام محمد بن سعود) is not the speaker (corpus/claims-dev36, shortened)', async () => {
    const s = await speakerOf('من جانبه أكد المستشار والمشرف العام على الإعلام الجامعي بجامعة الإمام محمد بن سعود الاسلامية د. عبدالرحمن النامي أن المرشحين بحاجة ماسة إلى مستشارين اعلاميين.', 'أكد');
    expect(s?.name).not.toMatch(/سعود/);
  });
});

