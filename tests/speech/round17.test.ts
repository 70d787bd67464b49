/**
 * Round 17 (sets 45 and 47): a name whose first word looks like و/ف + particle (فان در كلاوو) once it was written
 * after a first name; an outlet fused to the addressee's ل (وقال لرويترز) is no speaker; recommendation and
 * advice verbs (أوصى، نصح) and رجّح are cues; a ب + pronoun object (أوصى بهما التقرير) is no content. Rows are
 * real sentences of the annotated sets, shortened.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const claimsOf = async (text: string) =>
  (await extract(text)).claims.map((c) => ({ cue: c.cue.text, speaker: c.speaker?.name ?? null, text: c.speaker?.text ?? null, content: c.content.text }));

describe('round 17: speakers', () => {
  it('فان در كلاوو after يوهانس فان در كلاوو is the speaker', async () => {
    const cs = await claimsOf('وقال يوهانس فان در كلاوو إنه رأى جثثا ملقاة في الشوارع. وقال فان در كلاوو إن الظروف مواتية بما يكفي لعودة الأمم المتحدة.');
    expect(cs).toHaveLength(2);
    expect(cs[1]).toMatchObject({ cue: 'وقال', text: 'فان در كلاوو', content: 'الظروف مواتية بما يكفي لعودة الأمم المتحدة' });
  });

  it('فإن spelled فان still opens no speaker', async () => {
    const cs = await claimsOf('وقال الوزير إن الوضع مستقر، فان الحكومة ستواصل عملها.');
    expect(cs[0]).toMatchObject({ speaker: 'الوزير' });
  });

  it.each([
    ['وقال المسؤول إن القتال توقف تقريبا. وقال لرويترز إن الظروف مواتية لعودة المنظمة.', 'الظروف مواتية لعودة المنظمة'],
    ['وقال المسؤول إن القتال توقف تقريبا. وقال لعكاظ إن الظروف مواتية لعودة المنظمة.', 'الظروف مواتية لعودة المنظمة'],
  ])('an outlet with a fused ل is the addressee: %s', async (text, content) => {
    const cs = await claimsOf(text);
    expect(cs).toHaveLength(2);
    expect(cs[1]).toMatchObject({ text: null, speaker: 'المسؤول', content });
  });

  it('a body whose name starts with ل is still the speaker', async () => {
    const cs = await claimsOf('وقالت لجنة الانتخابات إن النتائج ستعلن غدا.');
    expect(cs[0]).toMatchObject({ text: 'لجنة الانتخابات', content: 'النتائج ستعلن غدا' });
  });
});

describe('round 17: a definite head alone', () => {
  it('الشركة is the company named right after شركة, in quotes', async () => {
    const doc = await extract('تعتزم شركة "رويال داتش شل" شطب 6500 وظيفة بهدف تخفيض الإنفاق. ووفقا لـ "الألمانية"، فقد أعلنت الشركة تخفيض استثماراتها بمقدار سبعة مليارات دولار.');
    expect(doc.claims).toHaveLength(1);
    expect(doc.claims[0]!.speaker).toMatchObject({ text: 'الشركة', name: 'رويال داتش شل', type: 'ORG' });
  });
});

describe('round 17: a name before من جانبه and its role in apposition', () => {
  const FIRST = 'من جانبه وجه البرتغالي جوزفالدو فيريرا، المدير الفني لفريق الزمالك، التهنئة للاعبي الفريق وجمهوره بعد حصد لقب الدوري. ';
  it('a pro-drop قال right after names the subject of that sentence, not the club', async () => {
    const doc = await extract(FIRST + 'وقال إن الفريق يستحق اللقب عن جدارة.');
    expect(doc.claims.map((c) => c.speaker?.name)).toEqual(['جوزفالدو فيريرا']);
  });
  it('المدير الفني later is the man the role was written after', async () => {
    const doc = await extract(FIRST + 'وأشار المدير الفني إلى أنه حزين لغياب الجماهير عن المباريات.');
    expect(doc.claims.map((c) => [c.speaker?.text, c.speaker?.name])).toEqual([['المدير الفني', 'جوزفالدو فيريرا']]);
  });
});

describe('round 17: a manner phrase with دون after the cue', () => {
  it.each([
    ['وقال دون التطرق للتفاصيل، إن المبيعات نمت بنسبة 21 في المائة.'],
    ['وقال دون أن يذكر تفاصيل إن المبيعات نمت بنسبة 21 في المائة.'],
  ])('%s', async (sentence) => {
    const cs = await claimsOf('وأشار متحدث باسم شركة دايملر إلى النمو القوي نسبيا للمبيعات في الصين. ' + sentence);
    expect(cs).toHaveLength(2);
    expect(cs[1]).toMatchObject({ text: null, speaker: 'متحدث باسم شركة دايملر', content: 'المبيعات نمت بنسبة 21 في المائة' });
  });
});

describe('round 17: where a claim ends and the next begins', () => {
  it('after a fronted فيما clause, a bare past cue after a comma opens the main clause', async () => {
    const cs = await claimsOf('فيما أكدت هيئة الرقابة والتحقيق أنها كثفت جولاتها، اشتكى عدد من المواطنين من تفشي ظاهرة التسيب الوظيفي، مطالبين الهيئة بتكثيف جولاتها.');
    expect(cs.map((c) => [c.cue, c.speaker, c.content])).toEqual([
      ['أكدت', 'هيئة الرقابة والتحقيق', 'كثفت جولاتها'],
      ['اشتكى', 'عدد من المواطنين', 'تفشي ظاهرة التسيب الوظيفي'],
      ['مطالبين', 'عدد من المواطنين', 'الهيئة بتكثيف جولاتها'],
    ]);
  });

  it('بيد أن + a subject + its own cue opens a claim', async () => {
    const cs = await claimsOf('وقال الدكتور نديم محاسن إن المسؤول طلب منه أن يعرض عليه مسودة التقرير، بيد أن المتحدث الرسمي للجامعة أكد للصحيفة أنه لا صلة للجامعة بالتصنيف.');
    expect(cs.map((c) => [c.cue, c.text, c.content])).toEqual([
      ['وقال', 'الدكتور نديم محاسن', 'المسؤول طلب منه أن يعرض عليه مسودة التقرير'],
      ['أكد', 'المتحدث الرسمي للجامعة', 'لا صلة للجامعة بالتصنيف'],
    ]);
  });

  it.each([['وقال في هذا الصدد، إن'], ['وأكد في هذا الإطار أن']])('%s: no speaker is written', async (opening) => {
    const cs = await claimsOf(`وقال نائب مدير عام الصندوق ميتسوهيرو فوروساوا إن البرنامج ساعد الأردن. ${opening} رؤية 2025 تعد فرصة لمواجهة التحديات.`);
    expect(cs[1]).toMatchObject({ text: null, speaker: 'ميتسوهيرو فوروساوا', content: 'رؤية 2025 تعد فرصة لمواجهة التحديات' });
  });
});

describe('round 17: an anonymous source with its origin between commas', () => {
  it('مصدر، من عائلة السعودي الهارب، is one speaker phrase', async () => {
    const cs = await claimsOf('وأوضح مصدر، من عائلة السعودي الهارب،  أن قريبه تم تسليمه من السفارة السعودية في أنقرة إلى السلطات السعودية.');
    expect(cs[0]).toMatchObject({ text: 'مصدر، من عائلة السعودي الهارب', content: 'قريبه تم تسليمه من السفارة السعودية في أنقرة إلى السلطات السعودية' });
  });
});

describe('round 17: a nominal object and a passive auxiliary', () => {
  it('a nominal object ends at a conjoined cue after a comma; a manner adverbial is not in it', async () => {
    const cs = await claimsOf('ونفت موسكو بشكل قاطع اي تورط في إسقاط الطائرة، واتهمت العسكريين الاوكرانيين بإسقاطها عمدا.');
    expect(cs.map((c) => [c.cue, c.speaker, c.content])).toEqual([
      ['ونفت', 'موسكو', 'اي تورط في إسقاط الطائرة'],
      ['واتهمت', 'موسكو', 'العسكريين الاوكرانيين بإسقاطها عمدا'],
    ]);
  });

  it('a nominal object ends at a participle after a comma', async () => {
    const cs = await claimsOf('نفت أمانة محافظة جدة وجود أي كاميرات تابعة لها في مواقع عامة بهدف المراقبة، مبينة حقيقة ما تردد مؤخراً حول نية الأمانة.');
    expect(cs[0]).toMatchObject({ cue: 'نفت', content: 'وجود أي كاميرات تابعة لها في مواقع عامة بهدف المراقبة' });
  });

  it('a denial of "any" + noun is a whole object', async () => {
    const cs = await claimsOf('ونفت موسكو اي تورط.');
    expect(cs).toEqual([{ cue: 'ونفت', speaker: 'موسكو', text: 'موسكو', content: 'اي تورط' }]);
  });

  it('جرى after the cue opens the content, not a speaker phrase', async () => {
    const cs = await claimsOf('وقال المتحدث الأمني إن المتهم اعترف بطلب مبلغ مالي من المغدور. وأشار جرى توديع القضية لمدعي عام محكمة الجنايات الكبرى.');
    expect(cs[1]).toMatchObject({ cue: 'وأشار', text: null, content: 'جرى توديع القضية لمدعي عام محكمة الجنايات الكبرى' });
  });
});

describe('round 17: set 48', () => {
  it('وفيما before a cue is a clause link, never its subject', async () => {
    const cs = await claimsOf('وقال الاقتصادي سعيد الشيخ إن السيولة كافية. وفيما بين أن الاحتياطيات الإضافية تراوح ما بين 80 و100 مليار ريال، قال إنه ليس من المعقول أن تسحب المصارف الاستثمارات الأجنبية.');
    expect(cs.map((c) => c.speaker)).toEqual(['سعيد الشيخ', 'سعيد الشيخ', 'سعيد الشيخ']);
  });

  it('a cue with a resumptive فيها after an indefinite document: the sentence subject wrote it', async () => {
    const cs = await claimsOf('ولفت بورتنيكوف إلى أن التعاون مهم. وبعث الرئيس الروسي فلاديمير بوتين رسالة تحية إلى المشاركين في الاجتماع الأمني الدولي، أشار فيها إلى أن هناك خطورة بالغة في الوقت الراهن.');
    expect(cs[1]).toMatchObject({ cue: 'أشار', speaker: 'فلاديمير بوتين', content: 'هناك خطورة بالغة في الوقت الراهن' });
  });

  it('X نقلا عن Y، أن …: the original source Y speaks', async () => {
    const cs = await claimsOf('وكشف موقع “فيتو” نقلا عن صحيفة “ديلي ميل”، أن محبي الفنون أصيبوا بصدمة فور رؤيتهم للوحة.');
    expect(cs).toEqual([{ cue: 'وكشف', speaker: 'ديلي ميل', text: 'صحيفة “ديلي ميل”', content: 'محبي الفنون أصيبوا بصدمة فور رؤيتهم للوحة' }]);
  });

  it('نوّه takes its object through a fused ل', async () => {
    const cs = await claimsOf('وقال المخرج محمد العجيمي إن الفرقة جاهزة. ونوّه لوجود الجمهور المتعطش للأعمال المسرحية في المملكة.');
    expect(cs[1]).toMatchObject({ cue: 'ونوّه', speaker: 'محمد العجيمي', content: 'وجود الجمهور المتعطش للأعمال المسرحية في المملكة' });
  });
});

describe('round 17: documents, relative clauses and an owner of words', () => {
  it('an indefinite document right before its cue: the subject of the sentence issued it', async () => {
    const cs = await claimsOf('وقال مسؤول في بورصة مصر إن العرض تم. وأصدرت البورصة في وقت لاحق بيانا أكد صحة الأرقام، التي ذكرها المسؤول لوكالة رويترز.');
    expect(cs[1]).toMatchObject({ cue: 'أكد', speaker: 'بورصة مصر' });
    expect(cs[1]!.content.startsWith('صحة الأرقام')).toBe(true);
  });

  it('a person attached with ل to the document is its author', async () => {
    const cs = await claimsOf('وقال رئيس اللجنة إن الحفل ناجح. واشتمل الحفل على محاضرة دينية للشيخ يحيى صوفان حث فيها الجميع على العمل التطوعي.');
    expect(cs[1]).toMatchObject({ cue: 'حث', speaker: 'يحيى صوفان' });
  });

  it('a relative pronoun after a comma still has the named person before it', async () => {
    const cs = await claimsOf('هاجم الوزير يوفال شتاينتس أقوال وزير الخارجية الأميركي جون كيري، التي انتقد فيها إسرائيل وحذرها من وضع نفسها في عزلة شديدة.');
    expect(cs[0]).toMatchObject({ cue: 'انتقد', speaker: 'جون كيري' });
    expect(cs[0]!.content.startsWith('إسرائيل')).toBe(true);
  });

  it('a sentence opening on someone\'s words makes them the speaker of the pro-drop cues after it', async () => {
    const cs = await claimsOf('في حين جاءت تلك التصريحات مفرحة للفنان طلال سلامة، الذي قال إن ما ذكره محمد عبده وسام على صدري. وجاءت تصريحات محمد عبده خلال اللقاء الذي أجراه الإعلامي علي العلياني، حيث قال إن الأغنية فرضت وجودها على الساحة.');
    expect(cs.map((c) => c.speaker)).toEqual(['طلال سلامة', 'محمد عبده']);
  });

  it('an event with its adjective, the verb that held it, when and where are skipped', async () => {
    const cs = await claimsOf('وقال بنكيران إن الملكية مرجع. وأضاف خلال لقاء حزبي عقد أخيرا بالرباط، أن الملكية في المغرب فوق الجميع.');
    expect(cs[1]).toMatchObject({ text: null, speaker: 'بنكيران', content: 'الملكية في المغرب فوق الجميع' });
  });

  it('an outlet and its publishing verb after the event are skipped', async () => {
    const cs = await claimsOf('وقال الرئيس إن الحزب خذل العملية. وقال في تصريحات لصحيفة ميليت نشرت أمس: إن التصريحات التكتيكية لحزب العمال غير مقبولة.');
    expect(cs[1]).toMatchObject({ text: null, speaker: 'الرئيس', content: 'التصريحات التكتيكية لحزب العمال غير مقبولة' });
  });
});

describe('round 17: كما + a reporting verb closing the sentence', () => {
  it('attributes the clause before it', async () => {
    const cs = await claimsOf('وارتفعت التحويلات المالية من المغتربين في الخارج بنسبة 11.5 في المائة خلال 11 شهرا كما ذكر البنك المركزي.');
    expect(cs).toHaveLength(1);
    expect(cs[0]).toMatchObject({ cue: 'كما ذكر', text: 'البنك المركزي' });
    expect(cs[0]!.content).toContain('التحويلات المالية من المغتربين');
  });

  it.each([
    ['a claim of its own', 'كما أكد الوزير أن الخطة جاهزة.', [['أكد', 'الوزير', 'الخطة جاهزة']]],
    ['a subject and its object', 'وبث التلفزيون الرسمي صورا للأمير في المسجد، كما أعلنت البلاد الحداد لمدة يوم.', []],
    ["the writer's earlier words", 'وكانت هوايتي الرقص الإيقاعي كما ذكرت أعلاه.', []],
  ])('not: %s', async (_why, text, want) => {
    const cs = await claimsOf(text);
    expect(cs.map((c) => [c.cue, c.text, c.content])).toEqual(want);
  });
});

describe('round 17: a finite verb after the cue', () => {
  it('an imperfect plural right after a cue is no speaker phrase', async () => {
    const cs = await claimsOf('وقال المتحدث إن العمل مستمر. مما جعل الأهالي يتساءلون ويستغربون من عدم إقامة احتفالات العيد.');
    expect(cs.map((c) => c.text)).not.toContain('ويستغربون');
  });

  it('a printed leaflet is a document: its issuers speak', async () => {
    const cs = await claimsOf('وكانت مؤسسة جاكيم ووزارة الصحة قد أصدرتا مؤخرا مطبوعا يؤكد شرعية التطعيم.');
    expect(cs[0]?.speaker).toContain('جاكيم');
  });
});

describe('round 17: a relative after a role in apposition, and a subheading', () => {
  it('التي after "name, role ،" refers to the person; a subheading between names no one', async () => {
    const cs = await claimsOf('وعلى خلفية ذلك تحاورت "عين اليوم" مع الدكتورة سهيلة زين العابدين عضو الجمعية الوطنية لحقوق الإنسان، التي أكدت أن حالات التحرش انتشرت في الآونة الأخيرة.\nقانون لاحترام بناتنا وعدم الإساءة لهن\n وأوضحت أن حالات التحرش أصبحت تزداد مع موسم الأعياد.');
    expect(cs.map((c) => c.speaker)).toEqual(['سهيلة زين العابدين', 'سهيلة زين العابدين']);
  });
});

describe('round 17: a publishing verb before the subject', () => {
  it('كما نشرت تقارير … أشارت إلى: the reports speak', async () => {
    const cs = await claimsOf('كما نشرت تقارير بعد الكشف عن هوية بالمر أمس الثلاثاء أشارت إلى تعرضه لسيل من الغضب عبر الإنترنت.');
    expect(cs).toEqual([{ cue: 'أشارت', speaker: 'تقارير', text: 'تقارير', content: 'تعرضه لسيل من الغضب عبر الإنترنت' }]);
  });
});

describe('round 17: an accusation with its speaker set off by a comma', () => {
  it('اتهم الزوج، جامعة تبوك بتغيير …: the husband accuses the named university', async () => {
    const cs = await claimsOf('ومن جهته اتهم الزوج، جامعة تبوك بتغيير وتعديل رغبات قبول ابنته، مضيفاً بأن لديه مستندات تؤكد ما ذهب إليه.');
    expect(cs.map((c) => [c.cue, c.speaker])).toEqual([
      ['اتهم', 'الزوج'],
      ['مضيفاً', 'الزوج'],
    ]);
  });
});

describe('round 17: cues', () => {
  it.each([
    ['وأوصى التقرير بضرورة إنشاء وحدة مستقلة تدعم فنيا شركات الأسمنت.', 'وأوصى', 'التقرير', 'ضرورة إنشاء وحدة مستقلة تدعم فنيا شركات الأسمنت'],
    ['لذلك ينصح الباحثون بعدم التعرض لتلك الشاشات قبل النوم بثلاث ساعات على الأقل.', 'ينصح', 'الباحثون', 'عدم التعرض لتلك الشاشات قبل النوم بثلاث ساعات على الأقل'],
    ['ورجح مسؤولون أتراك أن يكون الهجوم الانتحاري من تنفيذ التنظيم.', 'ورجح', 'مسؤولون أتراك', 'يكون الهجوم الانتحاري من تنفيذ التنظيم'],
  ])('%s', async (text, cue, speaker, content) => {
    const cs = await claimsOf(text);
    expect(cs).toHaveLength(1);
    expect(cs[0]).toMatchObject({ cue, text: speaker, content });
  });

  it.each([
    ['ينصح الباحثون', 'لذلك ينصح الباحثون بعدم التعرض لتلك الشاشات قبل النوم.', 'الباحثون'],
    ['ودعا المواطنين', 'ودعا المواطنين إلى عدم التعرض لتلك الشاشات قبل النوم.', 'هيوز سامباسا'],
  ])('after a speaker in play, a nominative plural is the subject, an accusative one the addressee: %s', async (_w, sentence, speaker) => {
    const cs = await claimsOf('وقال الدكتور هيوز سامباسا مؤلف الدراسة إن استخدام مواقع التواصل يؤدي إلى مشكلات نفسية. ' + sentence);
    expect(cs).toHaveLength(2);
    expect(cs[1]!.speaker).toBe(speaker);
  });

  it('أخبره + subject + بأن: the subject after the object pronoun speaks', async () => {
    const cs = await claimsOf('وقد حدث الشيء نفسه بعد عام عندما أخبره بوتين بأنه أراد أخذ أحواض السفن في سانت بيترسبورج.');
    expect(cs).toEqual([{ cue: 'أخبره', speaker: 'بوتين', text: 'بوتين', content: 'أراد أخذ أحواض السفن في سانت بيترسبورج' }]);
  });

  it('أبلغ + subject + a definite -ين plural: the plural is the addressee', async () => {
    const cs = await claimsOf('وأبلغ الوزير الصحفيين أن الحكومة ستعلن الميزانية الأسبوع المقبل.');
    expect(cs[0]).toMatchObject({ text: 'الوزير', content: 'الحكومة ستعلن الميزانية الأسبوع المقبل' });
  });

  it('مما + a past cue is a relative clause on an event, no claim', async () => {
    const cs = await claimsOf('وصدر الأسبوع الماضي قانون يحرر المحكمة الدستورية من قيد الإسراع في الفصل في الطعون، مما اعتبر على نطاق واسع بمثابة تحصين للمجلس المقبل من الحل.');
    expect(cs).toEqual([]);
  });

  it('a ب + pronoun object before the subject is no content', async () => {
    const cs = await claimsOf('وتعمل الشركتان على إعداد دراستين أوصى بهما التقرير النهائي للجنة الخبراء الدولية.');
    expect(cs).toEqual([]);
  });
});
