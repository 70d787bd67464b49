/**
 * Round 27 (a thirteenth audit of unannotated news: 250 claims and 120 probe sentences of 500 SaudiNewsNet articles).
 * Rows are real sentences of SaudiNewsNet articles, shortened.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const claimsOf = async (text: string) =>
  (await extract(text)).claims.map((c) => ({ cue: c.cue.text, speaker: c.speaker?.name ?? null, written: c.speaker?.text ?? null, role: c.speaker?.role ?? null, type: c.speaker?.type ?? null, content: c.content.text }));

describe('round 27: what is no claim', () => {
  it('the speaker\'s own feeling as the object is an expressive act (أعلن أسفه، مؤكدا اعتزازه)', async () => {
    expect(await claimsOf('وكان المخرج كاميرون كراو قد أعلن أسفه قبل أيام قليلة على رداءة فيلمه الجديد.')).toEqual([]);
    expect(await claimsOf('والتقى الأمير محمد بن سلمان طياري التحالف، وأثنى على احترافيتهم، مؤكدًا اعتزازه بكفاءة جميع الطيارين المشاركين.')).toEqual([]);
    expect(await claimsOf('من جانبه أكد اللاعب محمد مجرشي عن سعادته بتمثيل التعاون في الفترة المقبلة.')).toEqual([]);
  });

  it('… while a stance the source announces stays a claim (أعلن مجلس محافظة بغداد رفضه …)', async () => {
    const cs = await claimsOf('أعلن مجلس محافظة بغداد رفضه استخدام القوة خلال عملية اقتحام القوات الأمنية نوادي ليلية.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'أعلن', speaker: 'مجلس محافظة بغداد' })]);
  });

  it('… and the one who felt it speaks next (أعلن الحضور عن شكرهم …، مؤكدين أن …)', async () => {
    const cs = await claimsOf('وفي ختام الأمسية، أعلن الحضور عن شكرهم وتقديرهم لجمعية الثقافة والفنون بجدة، مؤكدين أن الجمعية أصبحت بالفعل بيت الفن والفنانين.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'مؤكدين', speaker: 'الحضور', content: 'الجمعية أصبحت بالفعل بيت الفن والفنانين' })]);
  });

  it('a verbal noun after a preposition is no act of speech (عند طلب تأشيرة الزيارة)', async () => {
    expect(await claimsOf('وكذلك سداد الأقساط عند طلب تأشيرة الزيارة أو طلب التمديد، كما يمكن لشركة التأمين التحقق من خلال جهة طبية معتمدة.')).toEqual([]);
  });

  it('… but one after إلى may still have its agent and words (إلى وصف إردوغان بأنه …)', async () => {
    const cs = await claimsOf('ودفع ذلك وزير الخارجية الإسرائيلي، آنذاك، أفيغدور ليبرمان إلى وصف إردوغان بأنه «بلطجي معاد للسامية».');
    expect(cs).toHaveLength(1);
    expect(cs[0]!.content).toBe('بلطجي معاد للسامية');
  });
});

describe('round 27: the speaker phrase', () => {
  it('a clause\'s verb with its و before a first name is no part of the name (وساور فؤاد القلق)', async () => {
    const d = await extract('وساور فؤاد القلق من تدهور الأوضاع، وقال إن الوضع خطير.');
    expect(d.entities.filter((e) => e.type === 'PERS').map((e) => e.name)).toEqual(['فؤاد']);
    expect(d.claims[0]!.speaker?.name).toBe('فؤاد');
  });

  it('the first name علي before a tagged name is the name, not the preposition (فيما أكد علي عبدالله أن …)', async () => {
    const cs = await claimsOf('فيما أكد علي عبدالله أن الأحساء تحتاج إلى قياديين فاعلين في المجلس البلدي.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'أكد', speaker: 'علي عبدالله', role: null })]);
  });

  it('a demonstrative object ends the speaker (وذكرت الوزارة ذلك عبر حسابها … بأن …)', async () => {
    const cs = await claimsOf('وذكرت الوزارة ذلك عبر حسابها الرسمي في "تويتر" بأن الخلل في السيارات المنتجة هو وجود احتمالية تسرب الهواء من الإطارات.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'وذكرت', written: 'الوزارة', speaker: 'الوزارة', content: 'الخلل في السيارات المنتجة هو وجود احتمالية تسرب الهواء من الإطارات' })]);
  });

  it('a company\'s ل-genitive after its nisba belongs to its name (شركة رينو الفرنسية لصناعة السيارات)', async () => {
    const cs = await claimsOf('بينما حذرت شركة رينو الفرنسية لصناعة السيارات من تباطؤ "كبير" في الأسواق الناشئة في 2015.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'حذرت', written: 'شركة رينو الفرنسية لصناعة السيارات', content: 'تباطؤ "كبير" في الأسواق الناشئة في 2015' })]);
  });

  it('the source after وفقا لـ with an outlet\'s noun fused to the ل (وفقا لوكالة …، وفقا للتلفزيون السوري)', async () => {
    const a = await claimsOf('وفي عام 2013، عبر 4,6 في المئة من النفط العالمي قناة السويس، وفقا لوكالة معلومات الطاقة الاميركية.');
    expect(a).toEqual([expect.objectContaining({ cue: 'وفقا ل', speaker: 'وكالة معلومات الطاقة الاميركية', content: 'وفي عام 2013، عبر 4,6 في المئة من النفط العالمي قناة السويس' })]);
    const b = await claimsOf('ووفقا للتلفزيون السوري فإن الجيش سيطر على البلدة بعد معارك عنيفة.');
    expect(b).toEqual([expect.objectContaining({ speaker: 'التلفزيون السوري', content: 'الجيش سيطر على البلدة بعد معارك عنيفة' })]);
  });

  it('… bounded by the tagged body (وقضى القرار الأول وفقًا لوكالة الأنباء اليمنية بتعيين …)', async () => {
    const cs = await claimsOf('وقضى القرار الأول وفقًا لوكالة الأنباء اليمنية بتعيين نايف صالح عبد القادر البكري محافظا لعدن.');
    expect(cs[0]!.speaker).toBe('وكالة الأنباء اليمنية');
  });
});

describe('round 27: where the content starts and ends', () => {
  it('an adverb between a plural subject and the cue\'s preposition (ودعا الوزراء مجدداً إلى …)', async () => {
    const cs = await claimsOf('ودعا الوزراء مجدداً إلى وقف إطلاق النار في المدينة.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'ودعا', written: 'الوزراء', content: 'وقف إطلاق النار في المدينة' })]);
  });

  it('a statement\'s issuer is skipped up to its comma (في بيان صادر عن وزارة الخارجية أمس، وقوف …)', async () => {
    const cs = await claimsOf('وأكدت الحكومة في بيان صادر عن وزارة الخارجية أمس، وقوف اليمن قيادة وحكومة وشعبًا إلى جانب المملكة العربية السعودية.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'وأكدت', content: 'وقوف اليمن قيادة وحكومة وشعبًا إلى جانب المملكة العربية السعودية' })]);
  });

  it('another verb\'s participle after a denial opens a claim of its own (ونفت … ذلك عبر حسابها، مؤكدة أن …)', async () => {
    const cs = await claimsOf('ونفت الوزارة ذلك عبر حسابها، مؤكدة أن الخلل بسيط ولا يشكل خطرا على السائقين.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'مؤكدة', speaker: 'الوزارة', content: 'الخلل بسيط ولا يشكل خطرا على السائقين' })]);
  });

  it('… while the same verb\'s participle goes on with it (وأكد على ذلك …، مؤكدا أن …)', async () => {
    const cs = await claimsOf('وأكد على ذلك أيضاً المتحدث باسم حرس المنشآت النفطية، علي الحاسي، في بيان رسمي وقتها، مؤكدا أن "قوات حفتر هي من سهلت لداعش الوصول".');
    expect(cs).toHaveLength(1);
    expect(cs[0]!.cue).toBe('وأكد');
  });

  it('a participle misspelt without its hamza (موكداً) ends the content and opens a claim', async () => {
    const cs = await claimsOf('وشدد الصفيان على ان اللجنة المحلية للانتخابات ستطلق خلال ايام حملة توعوية، موكداً على ان مشاركة الجميع أمر مهم لتطوير العمل البلدي.');
    expect(cs).toEqual([
      expect.objectContaining({ cue: 'وشدد', content: 'اللجنة المحلية للانتخابات ستطلق خلال ايام حملة توعوية' }),
      expect.objectContaining({ cue: 'موكداً', speaker: 'الصفيان', content: 'مشاركة الجميع أمر مهم لتطوير العمل البلدي' }),
    ]);
  });

  it('repeating with the speaker\'s own saying (مكرراً قوله بأن …، وكرر قوله بأن …)', async () => {
    const a = await claimsOf('وقال آل مرعي إن الشعب السعودي شعب متلاحم، مكرراً قوله بأنه من اللازم رفع الحس الأمني لدى المواطن السعودي.');
    expect(a).toEqual([
      expect.objectContaining({ cue: 'وقال', content: 'الشعب السعودي شعب متلاحم' }),
      expect.objectContaining({ cue: 'مكرراً', content: 'من اللازم رفع الحس الأمني لدى المواطن السعودي' }),
    ]);
  });

  it('renewing the emphasis right after the subject (وجدد الوزير التأكيد على …), not an adverb "again"', async () => {
    const a = await claimsOf('وجدد الوزير التأكيد على أهمية انتهاج دول المنطقة لسياسات تؤدي إلى تجنب تصاعد التوتر.');
    expect(a).toEqual([expect.objectContaining({ cue: 'وجدد', written: 'الوزير', content: 'أهمية انتهاج دول المنطقة لسياسات تؤدي إلى تجنب تصاعد التوتر' })]);
    const b = await claimsOf('وقال هاوزنر: «سيكون ذلك فشلا تاريخيا إذا ركّزت إسرائيل، مجدّدا فقط، على الاحتياجات التكتيكية».');
    expect(b).toEqual([expect.objectContaining({ content: 'سيكون ذلك فشلا تاريخيا إذا ركّزت إسرائيل، مجدّدا فقط، على الاحتياجات التكتيكية' })]);
    const c = await claimsOf('وجدّدت وزارة الصحة ممثلة في الوكالة للصحة العامة التأكيد على أهمية الالتزام بالاشتراطات الصحية وطالبت كافة القادمين بأخذ اللقاح.');
    expect(c.map((x) => x.cue)).toEqual(['وطالبت']);
  });
});

describe('round 27: complements, names and objects', () => {
  it('a quotation opening with إن is what was said, whatever أن comes after it (وقال مصدر عسكري الاربعاء "إن …"، فيما من المتوقع ان …)', async () => {
    const cs = await claimsOf('وقال مصدر عسكري الاربعاء "إن الحوطة باتت تحت السيطرة بعد عمليات تمشيط ليل الثلاثاء وصباح الاربعاء"، فيما من المتوقع ان يصل محافظ لحج خلال النهار الى المدينة.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'وقال', content: 'الحوطة باتت تحت السيطرة بعد عمليات تمشيط ليل الثلاثاء وصباح الاربعاء' })]);
  });

  it('"it is expected that" and "especially as" open no complement of the cue (من المتوقع أن، ولا سيما أن)', async () => {
    const a = await claimsOf('وأكد الطبيب أهمية السرعة في تشخيص وعلاج المرضى ولا سيما أن تلك العمليات تحتاج إلى فريق متخصص.');
    expect(a).toEqual([expect.objectContaining({ cue: 'وأكد', content: 'أهمية السرعة في تشخيص وعلاج المرضى ولا سيما أن تلك العمليات تحتاج إلى فريق متخصص' })]);
    const b = await claimsOf('وتعهدت بمفاوضات سريعة حول اتفاق إنقاذ جديد من المتوقع أن تصل قيمته إلى 86 مليار يورو.');
    expect(b.map((c) => c.content)).not.toContain('تصل قيمته إلى 86 مليار يورو');
  });

  it('a counted participle is a noun and does not end the object (بجانب الحكم على خمسة متهمين آخرين)', async () => {
    const cs = await claimsOf('كشف عبدالرحمن العجلان المتحدث الرسمي للهيئة الوطنية لمكافحة الفساد «نزاهة»، عن سجن أحد موظفي الشؤون الصحية لمدة عشر سنوات، بجانب الحكم على خمسة متهمين آخرين بالسجن لمدد أخرى.');
    expect(cs).toHaveLength(1);
    expect(cs[0]!.content).toBe('سجن أحد موظفي الشؤون الصحية لمدة عشر سنوات، بجانب الحكم على خمسة متهمين آخرين بالسجن لمدد أخرى');
  });

  it('a name of four letters after ف keeps it (فالون is no ف + الون) and joins the full name', async () => {
    const cs = await claimsOf('وقال وزير الدفاع مايكل فالون إن بلاده ستشارك في الضربات. لكن فالون قال: «لن نتراجع عن التزاماتنا».');
    expect(cs.map((c) => c.speaker)).toEqual(['مايكل فالون', 'مايكل فالون']);
  });

  it('one phrase between a conjoined وصف and its بأن is the one described (ووصف حزب العمال الكردستاني بأنه …)', async () => {
    const a = await claimsOf('ورحب البيت الأبيض بقرار تركيا، ووصف حزب العمال الكردستاني بأنه منظمة إرهابية.');
    expect(a).toEqual([expect.objectContaining({ cue: 'ووصف', written: null, speaker: 'البيت الأبيض', content: 'منظمة إرهابية' })]);
    const b = await claimsOf('وأعلن المدعي الأميركي ديفيد هيكتون الاتهامات في بيتسبرج ووصف داركود بأنه «عش دبابير على الإنترنت لمجرمي القرصنة الإلكترونية».');
    expect(b[1]).toEqual(expect.objectContaining({ cue: 'ووصف', speaker: 'ديفيد هيكتون' }));
  });

  it('… but a written subject before the object stays the speaker (ووصفت جماعات حقوقية الحكم بأنه معيب)', async () => {
    const cs = await claimsOf('ووصفت جماعات حقوقية الحكم بأنه معيب. وقال سكان إن هذه أول مظاهرة لمؤيدي القذافي.');
    expect(cs[0]!.written).toContain('جماعات حقوقية');
  });

  it('describing "in a manner" is no judgement (ووصف ادوية بشكل غير قانوني، على ما اكدت منظمة العفو)', async () => {
    const cs = await claimsOf('وتشمل التهم الموجهة اليه “الاساءة الى مقدسات اسلامية” و”لمس نساء من غير محارمه” ووصف ادوية بشكل غير قانوني، على ما اكدت منظمة العفو في تقرير صدر في وقت سابق هذا العام.');
    expect(cs.map((c) => c.cue)).toEqual(['على ما اكدت']);
  });

  it('a present cue after a bare أن is a subjunctive (على المعارضة السورية أن توضح كيف …), not after قبل أن', async () => {
    expect(await claimsOf('ومن أجل بقاء الدولة ككل، على المعارضة السورية أن توضح كيف تعتزم حماية العلويين والأقليات الأخرى بعد سقوط الأسد.')).toEqual([]);
    const cs = await claimsOf('وقال الرئيس التونسي قائلا: «هذا ليس دورنا وليس مطلوبا منا» قبل أن يطالب كبار المسؤولين في الاتحاد الأوروبي بإعادة فتح ملف الهجرة.');
    expect(cs.map((c) => c.cue)).toContain('يطالب');
  });

  it('a quotation governed by a word before it is no content of the cue after it (لعرقلة «الاتفاق النووي الإيراني»، طلب …)', async () => {
    const cs = await claimsOf('في خطوة عدها محللون محاولة من خصوم الرئيس الأميركي لعرقلة «الاتفاق النووي الإيراني»، طلب عدد من المشرعين من الحزبين، من الرئيس باراك أوباما، تأجيل التصويت على الاتفاق.');
    expect(cs.map((c) => c.content)).not.toContain('الاتفاق النووي الإيراني');
  });

  it('a pluperfect clause with a source of its own ends the object (… وكان رئيس مجلس الوزراء حيدر العبادي قد أكَّد …)', async () => {
    const cs = await claimsOf('وطالب المتظاهرون بتوفير الخدمات الأساسية ومحاسبة المسؤولين والفاسدين وكان رئيس مجلس الوزراء العراقي حيدر العبادي قد أكَّد السبت، الاستعداد لاتخاذ إصلاحات إدارية ومالية عاجلة.');
    expect(cs).toEqual([
      expect.objectContaining({ cue: 'وطالب', content: 'توفير الخدمات الأساسية ومحاسبة المسؤولين والفاسدين' }),
      expect.objectContaining({ cue: 'أكَّد', speaker: 'حيدر العبادي', content: 'الاستعداد لاتخاذ إصلاحات إدارية ومالية عاجلة' }),
    ]);
  });
});

describe('round 27: anaphora, places and nouns', () => {
  it('a singular anaphor of two coordinated unnamed sources is the one it names (المصدر الأمني، المصدر الطبي)', async () => {
    const a = await claimsOf('وقال مصدر أمني فلسطيني ومصدر طبي إن ثلاثة قتلوا. وأصيب عشرة آخرون بحسب المصدر الأمني. وأضاف المصدر أن القوات انسحبت.');
    expect(a.map((c) => c.speaker)).toEqual(['مصدر أمني فلسطيني ومصدر طبي', 'مصدر أمني فلسطيني', 'مصدر أمني فلسطيني']);
    const b = await claimsOf('وقال مصدر أمني فلسطيني ومصدر طبي إن ثلاثة قتلوا. وقال المصدر الطبي إن الجرحى في حالة خطرة.');
    expect(b[1]!.speaker).toBe('مصدر طبي');
  });

  it('a place keeps its epithet (مكة المكرمة), which is never a person\'s name', async () => {
    const d = await extract('وأوضح أمير منطقة مكة المكرمة أن سوق عكاظ سيستمر في نسخته التاسعة.');
    expect(d.entities.filter((e) => e.type === 'LOC').map((e) => e.name)).toEqual(['مكة المكرمة']);
    expect(d.entities.some((e) => e.type === 'PERS')).toBe(false);
  });

  it('a cue spelling after "possessing" or "when" is a noun (ذات طلب عال، عند طلب التمديد)', async () => {
    expect(await claimsOf('وتوفير منتجات استهلاكية ذات طلب عال جداً في المملكة مثل قطع الغيار وغيرها والمواد الأولية.')).toEqual([]);
  });

  it('a fact the writer judges happened (والغريب العجيب أن يقول عضو …، كان من الطبيعي أن تشير المصادر …)', async () => {
    const a = await claimsOf('والغريب العجيب أن يقول عضو في اتحاد الكرة إن مقترح رفع العقوبات قد قدم من اتحاد الكرة.');
    expect(a).toEqual([expect.objectContaining({ cue: 'يقول', content: 'مقترح رفع العقوبات قد قدم من اتحاد الكرة' })]);
    const b = await claimsOf('ولذا كان من الطبيعي أن تشير المصادر الرسمية الروسية إلى أن زيارة الجبير لموسكو تأتي في إطار الإعداد للزيارة.');
    expect(b).toEqual([expect.objectContaining({ cue: 'تشير', speaker: 'المصادر الرسمية الروسية' })]);
  });

  it('"as some believe" closing a clause takes no complement past its comma (كما يعتقد البعض، وأنه …)', async () => {
    const cs = await claimsOf('أراد التنظيم أن يؤكد لكل من يشكك في تهديداته أنه ليس ظاهرة صوتية كما يعتقد البعض، وأنه قادر على تنفيذ تلك التهديدات، فلا ننسى مثلا أن المتحدث باسم التنظيم أعلن قبل أيام فقط تحويل شهر رمضان إلى شهر جهاد.');
    expect(cs.map((c) => c.cue)).not.toContain('يعتقد');
  });

  it('… while كما opening a clause is "also" (كما اكد جهاز مكافحة الارهاب في بيان …، ان …)', async () => {
    const cs = await claimsOf('كما اكد جهاز مكافحة الارهاب في بيان تلقت فرانس برس نسخة منه، ان «قوات مكافحة الارهاب حررت جامعة الانبار».');
    expect(cs).toEqual([expect.objectContaining({ speaker: 'جهاز مكافحة الارهاب', content: 'قوات مكافحة الارهاب حررت جامعة الانبار' })]);
  });

  it('a span of time before the object is skipped (أعلن قبل أيام فقط تحويل …)', async () => {
    const cs = await claimsOf('وكان المتحدث باسم التنظيم أعلن قبل أيام فقط تحويل شهر رمضان إلى شهر جهاد.');
    expect(cs[0]!.content).toBe('تحويل شهر رمضان إلى شهر جهاد');
  });

  it('announcing oneself reports nothing (أنهم أعلنوا عن أنفسهم في بداية شهر رمضان)', async () => {
    expect(await claimsOf('ويلحظ أي متابع لهذا التنظيم أنهم أعلنوا عن أنفسهم في بداية شهر رمضان العام الماضي.')).toEqual([]);
  });
});

describe('round 27: issuers, stances and wishes', () => {
  it('a body that condemns speaks the pro-drop cues after it; a statement\'s issuer up to its comma is no speaker', async () => {
    const cs = await claimsOf('وفي عدن أدانت الحكومة اليمنية بشدة التفجير الإرهابي، وأكدت في بيان صادر عن وزارة الخارجية بثته وكالة الأنباء اليمنية، وقوف اليمن قيادة وحكومة وشعبًا إلى جانب المملكة. وقالت إن هذا العمل جبان.');
    expect(cs).toEqual([
      expect.objectContaining({ cue: 'وأكدت', written: null, speaker: 'الحكومة اليمنية', content: 'وقوف اليمن قيادة وحكومة وشعبًا إلى جانب المملكة' }),
      expect.objectContaining({ cue: 'وقالت', speaker: 'الحكومة اليمنية' }),
    ]);
  });

  it('a body\'s wish to say is its statement (وتودّ الإدارة أن توضِّح …)', async () => {
    const cs = await claimsOf('وأعلنت إدارة نادي الشباب تعاقدها مع لاعبين. وتودّ الإدارة أن توضِّح للمشجع الشبابي أنَّه تمّ التعاقد مع عدد من اللاعبين لتدعيم الفريق الأول.');
    expect(cs[1]).toEqual(expect.objectContaining({ cue: 'توضِّح', written: 'الإدارة', content: 'تمّ التعاقد مع عدد من اللاعبين لتدعيم الفريق الأول' }));
  });

  it('a pluperfect clause of a kin in the story stays inside what was said (وكانت والدته قد طلبت …)', async () => {
    const cs = await claimsOf('وقال نشطاء على مواقع التواصل الاجتماعي إن الطفل مصاب بالسرطان ويبلغ من العمر 9 سنوات، وكانت والدته قد طلبت سابقا من الرئيس حضوره حفل الافتتاح.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'وقال', content: 'الطفل مصاب بالسرطان ويبلغ من العمر 9 سنوات، وكانت والدته قد طلبت سابقا من الرئيس حضوره حفل الافتتاح' })]);
  });

  it('a feminine participle joined by و agrees with the reported subject, not the speaker (… ردة فعل المجتمع جاءت مستنكرة …، ومجددة التأكيد …)', async () => {
    const cs = await claimsOf('وقال الزهراني إن الحادث مصاب للوطن كافة، مؤكداً أن ردة فعل المجتمع جاءت مستنكرة لهذا العمل الغادر، ومجددة التأكيد على الوقوف صفاً واحداً ضد أي عمل تخريبي.');
    expect(cs.map((c) => c.cue)).toEqual(['وقال', 'مؤكداً']);
    expect(cs[1]!.content).toBe('ردة فعل المجتمع جاءت مستنكرة لهذا العمل الغادر، ومجددة التأكيد على الوقوف صفاً واحداً ضد أي عمل تخريبي');
  });

  it('an oath by God names no one (وأقسم بالله): بالله is no person', async () => {
    const d = await extract('إلا أن سائق الإسعاف رفض التعاون أو نقل الحالة وأقسم بالله بأنه لن ينقل الحالة.');
    expect(d.entities.map((e) => e.name)).not.toContain('بالله');
  });
});

describe('round 27: bodies and junk names', () => {
  it('a body loyal to a person speaks, not the person (قناة آزال الفضائية الموالية للرئيس المخلوع علي عبدالله صالح)', async () => {
    const cs = await claimsOf('من جهة أخرى، أكدت قناة آزال الفضائية الموالية للرئيس المخلوع علي عبدالله صالح، تعرض مكتبها في صنعاء لعملية اقتحام من مسلحين حوثيين.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'أكدت', speaker: 'قناة آزال الفضائية', type: 'ORG' })]);
  });

  it('one who condemned, past his title, speaks the pro-drop cues after it (كما دان د. محمد آل عمرو … ووصف …)', async () => {
    const cs = await claimsOf('وقال محمد الجفري إن الحادث إجرامي. كما دان د. محمد آل عمرو الأمين العام لمجلس الشورى الحادث الإجرامي الذي استهدف رجال الأمن. ووصف حادث التفجير بأنه عمل إجرامي، مؤكداً أن هذا العمل الجبان اجتراء على حرمة المسلمين.');
    expect(cs.slice(1).map((c) => c.speaker)).toEqual(['محمد آل عمرو', 'محمد آل عمرو']);
  });

  it('a verbal noun with its object and a preposition with its pronoun are no names (تخفيف الألم، خص به)', async () => {
    const a = await extract('وقال الطبيب إن تخفيف الألم مهم للمريض.');
    expect(a.entities.filter((e) => e.type === 'PERS')).toEqual([]);
    const b = await extract('في حوار خص به صحيفة الشرق الأوسط قال الرئيس القبرصي إنه سيعمل بلا توقف.');
    expect(b.entities.filter((e) => e.type === 'PERS')).toEqual([]);
    const c = await extract('وقال توفيق الربيعة إن الوزارة ستعمل على تطوير الخدمات.');
    expect(c.entities.filter((e) => e.type === 'PERS').map((e) => e.name)).toEqual(['توفيق الربيعة']);
  });
});

describe('round 27: what the speaker would not say, and legal roles', () => {
  it('"but he refused to comment" is the writer\'s, not the speaker\'s (…، لكنه رفض التعليق …)', async () => {
    const a = await claimsOf('وقال جون إيرنست إن أوباما واردوغان اتفقا على توطيد التعاون، لكنه رفض التعليق بخصوص المنطقة الآمنة.');
    expect(a[0]!.content).toBe('أوباما واردوغان اتفقا على توطيد التعاون');
    const b = await claimsOf('وقال المسؤول إن القوات تقدمت نحو المدينة، لكنه لم يذكر تفاصيل عن عدد القتلى.');
    expect(b[0]!.content).toBe('القوات تقدمت نحو المدينة');
  });

  it('a prosecutor, judge or investigator is a role (دريو ويبر المحقق الجنائي، كما قالت المدعية العامة)', async () => {
    const a = await claimsOf('وقال دريو ويبر المحقق الجنائي في بلدية لاريمر إن مخبرا رصد نشاطها على الموقع.');
    expect(a).toEqual([expect.objectContaining({ speaker: 'دريو ويبر', role: 'المحقق الجنائي' })]);
  });
});

describe('round 27: relatives and asides', () => {
  it('a relative clause with its resumptive عنه has its own subject after it (الوضع الذي قالت عنه المستشارة الألمانية أنجيلا ميركل إنه …)', async () => {
    const cs = await claimsOf('وقال جيري رايس المتحدث باسم صندوق النقد إن الصندوق مستعد. ولن يسمح بالمدفوعات للخارج وهو الوضع الذي قالت عنه المستشارة الألمانية أنجيلا ميركل يوم الأحد إنه «ليس حياة طبيعية»، وتعهدت بمفاوضات سريعة حول اتفاق إنقاذ جديد.');
    expect(cs.slice(1).map((c) => [c.cue, c.speaker])).toEqual([['قالت', 'أنجيلا ميركل'], ['وتعهدت', 'أنجيلا ميركل']]);
  });

  it('"as X says", then an explanation, is what X says (كما يقول العوضي، إذ إن العراق دمر …)', async () => {
    const cs = await claimsOf('وانتهى الغزو بطبيعة الحال ولكن الضرر الذي لحق بالكويت لم ينته كما يقول العوضي، إذ إن العراق دمر البنية التحتية النفطية للكويت بشكل كبير.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'يقول', written: 'العوضي', content: 'العراق دمر البنية التحتية النفطية للكويت بشكل كبير' })]);
  });

  it('a singular participle after a measure still opens a claim (… 3460م2 لافتاً إلى أن …)', async () => {
    const cs = await claimsOf('وأشار مدير إدارة المشاريع إلى أن الرواق القديم يخضع لإعادة بنائه، وليصبح إجمالي مساحة الرواق في الجهات الثلاث 3460م2 لافتاً إلى أن نسبة الأعمال المنجزة بلغت 90 في المائة.');
    expect(cs[0]!.content).toBe('الرواق القديم يخضع لإعادة بنائه، وليصبح إجمالي مساحة الرواق في الجهات الثلاث 3460م2');
  });
});

describe('round 27: others, and circumstances before the complement', () => {
  it('"others" is a whole speaker, the name after it the accused (…، واتهم آخرون صالح بدعم الانقلاب)', async () => {
    const cs = await claimsOf('وقال مسؤولون إن الحوثيين يتحملون المسؤولية، واتهم آخرون صالح بدعم الانقلاب.');
    expect(cs).toEqual([
      expect.objectContaining({ cue: 'وقال', content: 'الحوثيين يتحملون المسؤولية' }),
      expect.objectContaining({ cue: 'واتهم', written: 'آخرون', speaker: 'آخرون' }),
    ]);
  });

  it('… but keeps its partitive (وأشار البعض منهم إلى أن …)', async () => {
    const cs = await claimsOf('وأشار البعض منهم إلى أن الاتفاق نقطة بداية لبناء الثقة.');
    expect(cs[0]!.written).toBe('البعض منهم');
  });

  it('an ambiguous cue with no subject reaches its complement past an event and its outlet (وبينوا في حديثهم ل "الرياض" أن …)', async () => {
    const cs = await claimsOf('وقال الخبراء إن الوحدة مهمة. وبينوا في حديثهم ل "الرياض" أن دول المجلس ذات قوة اقتصادية كبيرة.');
    expect(cs[1]).toEqual(expect.objectContaining({ cue: 'وبينوا', speaker: 'الخبراء', content: 'دول المجلس ذات قوة اقتصادية كبيرة' }));
  });
});

describe('round 27: the last blind comparison', () => {
  it('"God willing" is no complement (… علماً بأن هناك نظاماً مماثلاً … إن شاء الله)', async () => {
    const cs = await claimsOf('وقال الوزير إن البرنامج ناجح؛ مؤكداً استعداده لإطلاع وسائل الإعلام على البرنامج كاملاً علماً بأن هناك نظاماً مماثلاً مطبقاً على المعتمرين إن شاء الله.');
    expect(cs[1]!.content).not.toBe('شاء الله');
    expect(cs[1]!.content.startsWith('استعداده لإطلاع وسائل الإعلام')).toBe(true);
  });

  it('"after two or three months" inside a quotation names no one the next cue goes on with', async () => {
    const cs = await claimsOf('وقال سيلفا لـ«رويترز»: «لن يكون عطلة.. مجرد يوم لنتذكر. بعد شهرين أو ثلاثة كان الناس يسخرون من الأمر.. كان الناس يقولون دائما (هدف آخر لألمانيا)»، وأضاف: «لكن تراجع البرازيل في كرة القدم يزداد منذ بعض الوقت».');
    expect(cs.map((c) => c.speaker)).toEqual(['سيلفا', 'سيلفا']);
  });
});

describe('round 27: appeals, topics and times', () => {
  it('an appeal is a demand (وأهاب الدفاع المدني بالمواطنين …، وأهاب بالمشغل …)', async () => {
    const a = await claimsOf('وأهاب الدفاع المدني بالمواطنين عدم الاقتراب من الأودية.');
    expect(a).toEqual([expect.objectContaining({ cue: 'وأهاب', speaker: 'الدفاع المدني', content: 'المواطنين عدم الاقتراب من الأودية' })]);
    const b = await claimsOf('وأكّد رئيس البلدية حرص البلدية على تقديم الخدمات لخدمة المواطنين، وأهاب بالمشغل الالتزام بالمواعيد.');
    expect(b.map((c) => c.content)).toEqual(['حرص البلدية على تقديم الخدمات لخدمة المواطنين', 'المشغل الالتزام بالمواعيد']);
  });

  it('the topics the speaker went on to end the content (…، متطرقا إلى التنظيمات الجديدة)', async () => {
    const cs = await claimsOf('وأفاد التقرير بأن عددهم بلغ ألف شخص، متطرقا إلى التنظيمات الجديدة في السوق.');
    expect(cs[0]!.content).toBe('عددهم بلغ ألف شخص');
  });

  it('an outlet\'s quoted name opening with إن is no quotation of words (شبكة تلفزيون «إن دي تي في»)', async () => {
    const cs = await claimsOf('ونقلت شبكة تلفزيون «إن دي تي في» الهندية عن بي أولانجاناثان قوله إنه «يجب أن يكون هناك تسجيل للحوادث».');
    expect(cs[0]!.content).toBe('يجب أن يكون هناك تسجيل للحوادث');
  });

  it('the noon or dawn of a day is a time, not a speaker (ظهر أمس، فجر أمس)', async () => {
    const a = await claimsOf('وقال مايكل أورن إن الاتفاق سيئ. وقال، خلال مقابلة مع الإذاعة الرسمية، ظهر أمس «إن إسرائيل لن تقبل بالاتفاق».');
    expect(a[1]).toEqual(expect.objectContaining({ written: null, speaker: 'مايكل أورن' }));
    const b = await claimsOf('وكانت إمارة منطقة مكة المكرمة قد أعلنت فجر أمس عبر حسابها على «تويتر» ضبط أحد المتورطين في مقطع الفيديو.');
    expect(b[0]!.content).toBe('ضبط أحد المتورطين في مقطع الفيديو');
  });
});

describe('round 27: a long subject after كان', () => {
  it('a role of up to fourteen words closed by a tagged name speaks (وكان نائب رئيس مجلس الوزراء ووزير الداخلية الكويتي الشيخ … أكد)', async () => {
    const cs = await claimsOf('وكان نائب رئيس مجلس الوزراء ووزير الداخلية الكويتي الشيخ محمد خالد الحمد الصباح أكد أن الأمن مستتب.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'أكد', speaker: 'محمد خالد الحمد الصباح', content: 'الأمن مستتب' })]);
  });
});

describe('round 27: the fifth blind comparison', () => {
  it('علي inside a longer name is not taken with the family name alone (مرزوق علي الغانم)', async () => {
    const d = await extract('أكد رئيس مجلس الأمة الكويتي مرزوق علي الغانم وقوف الكويت مع المملكة. وقال الغانم إن الإرهاب لا دين له.');
    expect(d.entities.filter((e) => e.type === 'PERS').map((e) => e.name)).not.toContain('علي الغانم');
  });

  it('a named sayer after أن with a complement is reported, even under the writer\'s judgement (إنها مكابرة أن يقول علي خامنئي إن …)', async () => {
    const cs = await claimsOf('ثم إنها مجرد مكابرة فارغة أيضًا أن يقول علي خامنئي إن موقف بلاده من أميركا لم يتغير.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'يقول', speaker: 'علي خامنئي', content: 'موقف بلاده من أميركا لم يتغير' })]);
  });

  it('… but not under a plan or an intention (ومن المقرر أن يكشف بلاتر …، يتعمد أن ينبه الكونغرس بأن …)', async () => {
    expect(await claimsOf('وكان استعمل كلمتي «الحلفاء الغربيين»، مما يدل على أنه يتعمد أن ينبه الكونغرس بأن دولا غربية هامة تؤيد الاتفاق.')).toEqual([]);
  });
});

