/**
 * Round 26 (a twelfth audit of unannotated news: 250 claims and 120 probe sentences of 500 SaudiNewsNet articles).
 * Rows are real sentences of SaudiNewsNet articles, shortened.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const claimsOf = async (text: string) =>
  (await extract(text)).claims.map((c) => ({ cue: c.cue.text, speaker: c.speaker?.name ?? null, written: c.speaker?.text ?? null, role: c.speaker?.role ?? null, type: c.speaker?.type ?? null, content: c.content.text }));

describe('round 26: the speaker phrase', () => {
  it('a news agency told after the name is no part of the speaker (وقال عروة لرويترز إن …)', async () => {
    const cs = await claimsOf('وقال عروة لرويترز إن زين السودان أكملت تركيب تكنولوجيا الجيل الرابع في العاصمة الخرطوم.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'وقال', written: 'عروة', speaker: 'عروة', content: 'زين السودان أكملت تركيب تكنولوجيا الجيل الرابع في العاصمة الخرطوم' })]);
  });

  it('… nor after officials described by their ministry (مسؤولون في وزارة المالية اليونانية لرويترز)', async () => {
    const cs = await claimsOf('وقال مسؤولون في وزارة المالية اليونانية لرويترز أمس الاثنين، إن اليونان بدأت عملية سداد 6.25 مليار يورو للبنك المركزي الأوروبي.');
    expect(cs).toHaveLength(1);
    expect(cs[0]!.written).toBe('مسؤولون في وزارة المالية اليونانية');
  });

  it('an envoy named by an indefinite role (وسيط الأمم المتحدة في سوريا ستافان دي ميستورا)', async () => {
    const cs = await claimsOf('دعا وسيط الأمم المتحدة في سوريا ستافان دي ميستورا أمس إلى اعتماد مقاربة جديدة لحل الأزمة في سوريا.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'دعا', speaker: 'ستافان دي ميستورا', role: 'وسيط الأمم المتحدة في سوريا', content: 'اعتماد مقاربة جديدة لحل الأزمة في سوريا' })]);
  });

  it('a play\'s author and director named after his role (مؤلف ومخرج المسرحية بكر نايف)', async () => {
    const cs = await claimsOf('مؤلف ومخرج المسرحية بكر نايف قال: «المسرحية تجمع بين كوميديا الموقف والكوميديا السوداء».');
    expect(cs).toEqual([expect.objectContaining({ speaker: 'بكر نايف' })]);
  });

  it('a surname that is also a role word stays in the name (خولة الخطيب والدة ملك)', async () => {
    const cs = await claimsOf('ونقلت المنظمة عن خولة الخطيب والدة ملك، ان "اربعة جنود ضربوها بشيء يشبه الهراوة" اثناء الاعتقال.');
    expect(cs).toHaveLength(1);
    expect(cs[0]!.speaker).toBe('خولة الخطيب');
  });

  it('a feminine nisba after an indefinite noun is its adjective, not a name (قائد قوات محلية)', async () => {
    const cs = await claimsOf('وقال قائد قوات محلية لرويترز إن القوات تتقدم نحو مداخل مدينة عدن.');
    expect(cs).toEqual([expect.objectContaining({ written: 'قائد قوات محلية', content: 'القوات تتقدم نحو مداخل مدينة عدن' })]);
    expect(cs[0]!.role).toBeNull();
  });

  it('… but a first name before it keeps the surname (العميد بسام عطية)', async () => {
    const cs = await claimsOf('وقال العميد بسام عطية إن تنظيم داعش أصبح بمثابة ميليشيات تقود حربا بالوكالة.');
    expect(cs).toEqual([expect.objectContaining({ speaker: 'بسام عطية' })]);
  });

  it('a possessed noun after the subject opens the object (وأكد والد جوليان إيمانه بقضاء الله)', async () => {
    const cs = await claimsOf('وأكد والد جوليان إيمانه بقضاء الله وقدره، مشيرا إلى أن ابنه كان محبوبا بين زملائه.');
    expect(cs).toEqual([
      expect.objectContaining({ cue: 'وأكد', written: 'والد جوليان', content: 'إيمانه بقضاء الله وقدره' }),
      expect.objectContaining({ cue: 'مشيرا', speaker: 'والد جوليان', content: 'ابنه كان محبوبا بين زملائه' }),
    ]);
  });

  it('… also after a definite plural (واتهمت العديد من الجماهير في الأرجنتين نجمهم …)', async () => {
    const cs = await claimsOf('واتهمت العديد من الجماهير في الأرجنتين نجمهم المفضل وقائد منتخب البلاد بالتسبب في الخسارة.');
    expect(cs).toHaveLength(1);
    expect(cs[0]!.written).toBe('العديد من الجماهير في الأرجنتين');
  });

  it('… but not a preposition with its pronoun, a present verb or a formula (تجاه، تدعمها، سبحانه)', async () => {
    const a = await claimsOf('لم يكن النقد مباشرا، بل انتقدت الصحيفة موقف شيرمان تجاه كوريا الجنوبية.');
    expect(a.every((c) => c.speaker !== 'شيرمان')).toBe(true);
    const b = await claimsOf('وأعلن متحدث باسم مقاتلين يمنيين ووحدات من الجيش تدعمها حكومة هادي أن القوات سيطرت على المطار.');
    expect(b).toEqual([expect.objectContaining({ content: 'القوات سيطرت على المطار' })]);
    expect(b[0]!.written).toContain('تدعمها حكومة هادي');
  });
});

describe('round 26: bodies and names', () => {
  it('a body named after its head\'s role and name is the body (المكتب الإعلامي لرئيس مجلس الوزراء حيدر العبادي)', async () => {
    const cs = await claimsOf('وفي شأن آخر أعلن المكتب الإعلامي لرئيس مجلس الوزراء حيدر العبادي عودة ثمانية آلاف أسرة نازحة إلى مناطق سكنها.');
    expect(cs).toEqual([expect.objectContaining({ written: 'المكتب الإعلامي لرئيس مجلس الوزراء حيدر العبادي', type: 'ORG', content: 'عودة ثمانية آلاف أسرة نازحة إلى مناطق سكنها' })]);
  });

  it('… also before إن (وقال المكتب الإعلامي لرئيس مجلس الوزراء … في بيان إن)', async () => {
    const cs = await claimsOf('وقال المكتب الإعلامي لرئيس مجلس الوزراء حيدر العبادي في بيان إن ثمانية آلاف أسرة عادت إلى صلاح الدين.');
    expect(cs).toHaveLength(1);
    expect(cs[0]!.type).toBe('ORG');
    expect(cs[0]!.speaker).not.toBe('حيدر العبادي');
  });

  it('a body\'s name goes on over a second genitive joined by و (الرئاسة العامة للأرصاد وحماية البيئة)', async () => {
    const cs = await claimsOf('توقّعت الرئاسة العامة للأرصاد وحماية البيئة في تقريرها عن حالة الطقس لهذا اليوم سماء غائمة جزئياً.');
    expect(cs).toHaveLength(1);
    expect(cs[0]!.written).toBe('الرئاسة العامة للأرصاد وحماية البيئة');
    expect(cs[0]!.content.startsWith('وحماية')).toBe(false);
  });

  it('a noun right after a place ends the subject (وناقش مجلس الشورى الإسلامي في إيران تصريحات شيرمان)', async () => {
    const cs = await claimsOf('وناقش مجلس الشورى الإسلامي في إيران تصريحات شيرمان. وطلب من الرئيس حسن روحاني «اتخاذ موقف حازم للرد على هذه التصريحات».');
    expect(cs).toHaveLength(1);
    expect(cs[0]!.speaker).toBe('مجلس الشورى الإسلامي في إيران');
  });

  it('a complementizer written with its hamza is no part of a name (السفير علاء يوسف بأن)', async () => {
    const d = await extract('وأفاد المتحدث باسم الرئاسة السفير علاء يوسف بأن الرئيس وكيري اتفقا على أهمية مواصلة الجهود.');
    expect(d.entities.filter((e) => e.type === 'PERS').map((e) => e.name).some((n) => n.includes('بأن'))).toBe(false);
    expect(d.claims[0]!.speaker?.name).toBe('علاء يوسف');
  });

  it('the written first name completes a family name the tagger took alone (وزير النقل بدر باسلمه)', async () => {
    const cs = await claimsOf('وقال وزير النقل بدر باسلمه إن المطار سيفتح. وأضاف باسلمه أنه تم الاتفاق مع مدير الأشغال العامة.');
    expect(cs.map((c) => c.speaker)).toEqual(['بدر باسلمه', 'بدر باسلمه']);
  });
});

describe('round 26: where one speaker ends and the next begins', () => {
  it('a conjoined cue with the outlet, a descriptor and a tagged name before أن opens a new claim', async () => {
    const cs = await claimsOf('وقال عبدالله الصيرفي إن الطلب تفوق على الدرهم بينما كانت تباع بـ 142 ريالا وأكد لـ "الاقتصادية" الصراف رائد عبدالسلام أن اليورو من العملات المتذبذبة.');
    expect(cs).toEqual([
      expect.objectContaining({ cue: 'وقال', speaker: 'عبدالله الصيرفي', content: 'الطلب تفوق على الدرهم بينما كانت تباع بـ 142 ريالا' }),
      expect.objectContaining({ cue: 'وأكد', speaker: 'رائد عبدالسلام', content: 'اليورو من العملات المتذبذبة' }),
    ]);
  });
});

describe('round 26: attribution phrases', () => {
  it('a source with its relative clause before فإن (وبحسب المسؤول الذي فضل عدم ذكر اسمه، فإن …)', async () => {
    const cs = await claimsOf('وبحسب المسؤول الذي فضل عدم ذكر اسمه، فإن هاورد ويب سيعنى بتكليفات الحكام السعوديين وتحديد المرشحين لإدارة المباريات.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'وبحسب', written: 'المسؤول', content: 'هاورد ويب سيعنى بتكليفات الحكام السعوديين وتحديد المرشحين لإدارة المباريات' })]);
  });

  it('a group of people named by a sound plural before a comma (وبحسب بعض المحامين والمصرفيين، …)', async () => {
    const cs = await claimsOf('وبحسب بعض المحامين والمصرفيين، ارتفاع الأسعار يمكن أن يجعل من الصعب على مجموعات الأدوية تبرير عمليات الاستحواذ.');
    expect(cs).toEqual([expect.objectContaining({ written: 'بعض المحامين والمصرفيين', content: 'ارتفاع الأسعار يمكن أن يجعل من الصعب على مجموعات الأدوية تبرير عمليات الاستحواذ' })]);
  });

  it('… but not a norm (وفقا للقوانين السائدة)', async () => {
    const cs = await claimsOf('وفقا للقوانين السائدة، يحق للمستأجر فسخ العقد بعد إنذار المالك.');
    expect(cs).toEqual([]);
  });

  it('with ف, and the source\'s role between commas (فبحسب آرثر كروبر، رئيس شركة …، 7 في المائة …)', async () => {
    const cs = await claimsOf('فبحسب آرثر كروبر، رئيس شركة جافيكال دراجونوميكس، 7 في المائة فقط من الصينيين في المناطق الحضرية لديهم استثمارات في السوق.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'فبحسب', speaker: 'آرثر كروبر', content: '7 في المائة فقط من الصينيين في المناطق الحضرية لديهم استثمارات في السوق' })]);
  });

  it('a ف-phrase after a comma leads its own clause (…، فبحسب المجلس الهندي للصحافة، تم …)', async () => {
    const cs = await claimsOf('ولا تعد الهجمات على الصحافيين بالأمر الجديد، فبحسب المجلس الهندي للصحافة، تم قتل 79 في المائة من الصحافيين على مدى الـ25 عاما الماضية.');
    expect(cs).toHaveLength(1);
    expect(cs[0]!.content).toBe('تم قتل 79 في المائة من الصحافيين على مدى الـ25 عاما الماضية');
  });

  it('فحسب "only" is no attribution (ليس هذا فحسب)', async () => {
    const cs = await claimsOf('ليس هذا فحسب، بل إن الشركة تخطط للتوسع في أسواق جديدة.');
    expect(cs).toEqual([]);
  });

  it('a present verb after the source\'s definite word opens the clause (فبحسب إحصاءات للمقاومة يبلغ …)', async () => {
    const cs = await claimsOf('من الطبيعي أن تعيش إيران أزمات داخلية، فبحسب إحصاءات للمقاومة يبلغ عدد العاطلين عن العمل 10 ملايين عاطل.');
    expect(cs).toEqual([expect.objectContaining({ written: 'إحصاءات للمقاومة', content: 'يبلغ عدد العاطلين عن العمل 10 ملايين عاطل' })]);
  });

  it('the outlet\'s فإن after the source\'s role is no part of the content (ووفق إبراهيم عميش، النائب …، لـ«الشرق الأوسط» فإن …)', async () => {
    const cs = await claimsOf('ووفق إبراهيم عميش، النائب في البرلمان الليبي، لـ«الشرق الأوسط» فإن «داعش» يتمدد في البلاد.');
    expect(cs).toEqual([expect.objectContaining({ speaker: 'إبراهيم عميش', content: '«داعش» يتمدد في البلاد' })]);
  });
  it('a newspaper\'s name in brackets inside an attribution phrase (حسبما أفادت صحيفة (توتو سبورت) الإيطالية)', async () => {
    const cs = await claimsOf('حسبما أفادت صحيفة (توتو سبورت) الإيطالية فإن اللاعب سيغادر النادي في نهاية الموسم.');
    expect(cs).toEqual([expect.objectContaining({ speaker: 'توتو سبورت', content: 'اللاعب سيغادر النادي في نهاية الموسم' })]);
  });
});

describe('round 26: more subjects', () => {
  it('a television named with تلفزة and a quoted name (وذكرت تلفزة "سي إن إن" الأمريكية)', async () => {
    const cs = await claimsOf('وذكرت تلفزة "سي إن إن" الأمريكية أن الهجوم وقع فجرا قرب الحدود.');
    expect(cs).toEqual([expect.objectContaining({ speaker: 'سي إن إن', type: 'ORG', content: 'الهجوم وقع فجرا قرب الحدود' })]);
  });

  it('figures "issued by" a body go on over the issuer (وتشير أرقام صادرة عن شرطة العاصمة إلى أن …)', async () => {
    const cs = await claimsOf('وتشير أرقام صادرة عن شرطة العاصمة في 2014 إلى أن الجرائم تراجعت.');
    expect(cs).toEqual([expect.objectContaining({ written: 'أرقام صادرة عن شرطة العاصمة', content: 'الجرائم تراجعت' })]);
  });

  it('a definite word after an indefinite plural with its ن is the object (واتهم معارضون الرئيس التركي …)', async () => {
    const cs = await claimsOf('واتهم معارضون الرئيس التركي رجب طيب اردوغان باستغلال الأزمة.');
    expect(cs).toHaveLength(1);
    expect(cs[0]!.written).toBe('معارضون');
    expect(cs[0]!.content).toContain('رجب طيب اردوغان');
  });

  it('… not after a definite plural, whose adjective follows (قال الدبلوماسيون الأوروبيون)', async () => {
    const cs = await claimsOf('واتهم الانفصاليون القوات الأوكرانية بتكثيف الهجمات على مناطق مدنية.');
    expect(cs).toEqual([expect.objectContaining({ written: 'الانفصاليون' })]);
  });
});

describe('round 26: a demand after an adjective', () => {
  it('طالب after an indefinite adjective in ة is the verb when a named source and its ب-complement follow', async () => {
    const cs = await claimsOf('ومع عودة التفجيرات في أحياء متفرقة طالب النائب حامد المطلك القوات الأمنية بتفعيل الجهد الاستخباري.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'طالب', speaker: 'حامد المطلك', content: 'القوات الأمنية بتفعيل الجهد الاستخباري' })]);
  });

  it('… but still a noun in construct (استمارة طلب الالتحاق)', async () => {
    const cs = await claimsOf('وقدم الطلاب استمارة طلب الالتحاق بالجامعة قبل نهاية المهلة.');
    expect(cs).toEqual([]);
  });
});

describe('round 26: relative ما after the cue', () => {
  it('a relative ما with its preposition is the object, not a speaker (ونوه بما تقوم به الجمعية)', async () => {
    const cs = await claimsOf('قدم الدكتور سعد الشثري شكره للأمير. ونوه بما تقوم به الجمعية من جهود لتوعية أفراد المجتمع، وقال :" إن من أعظم الأمور ربطها بالله "،مشيراً إلى أنه ينبغي على أفراد المجتمع التراحم فيما بينهم.');
    expect(cs.every((c) => c.speaker === 'سعد الشثري')).toBe(true);
    expect(cs.map((c) => c.cue)).toContain('مشيراً');
  });
});

describe('round 26: contrast and aims', () => {
  it('a contrast with a new source in apposition ends the content (…، لكن نائب محافظ البنك المركزي، أكبر كميجاني، فنّد ذلك)', async () => {
    const cs = await claimsOf('وكان مسؤولون أميركيون أكدوا أن أصولا إيرانية بقيمة 100 مليار دولار ستتحرر، لكن نائب محافظ البنك المركزي، أكبر كميجاني، فنّد ذلك أول من أمس.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'أكدوا', content: 'أصولا إيرانية بقيمة 100 مليار دولار ستتحرر' })]);
  });

  it('the new source of a contrast before its comma and verb speaks, tagged or not (لكن وزير الدولة … رفيق الشلي، قال إن …)', async () => {
    const cs = await claimsOf('وتبنى تنظيم داعش الهجوم وقال إن منفذ الهجوم هو المدعو أبو يحيى القيرواني، لكن وزير الدولة في وزارة الداخلية رفيق الشلي، قال إن منفذ الهجوم تونسي الجنسية من ولاية القيروان.');
    expect(cs).toHaveLength(2);
    expect(cs[0]!.content).toBe('منفذ الهجوم هو المدعو أبو يحيى القيرواني');
    expect(cs[1]).toMatchObject({ speaker: 'رفيق الشلي', role: 'وزير الدولة في وزارة الداخلية', content: 'منفذ الهجوم تونسي الجنسية من ولاية القيروان' });
  });

  it('the speaker\'s aim told by the writer ends the content (… ساعيا لتبديد تحفظات …)', async () => {
    const cs = await claimsOf('وأكد كيري أن الاتفاق النووي سيجعل المنطقة أكثر أمنا ساعيا لتبديد تحفظات دول حليفة للولايات المتحدة في المنطقة.');
    expect(cs).toEqual([expect.objectContaining({ speaker: 'كيري', content: 'الاتفاق النووي سيجعل المنطقة أكثر أمنا' })]);
  });
});

describe('round 26: no one speaks', () => {
  it('the passive of the eighth form, written or not (واتُّهم على الأثر بالفساد، واتهم بدعم نظام بن علي)', async () => {
    expect(await claimsOf('وأطاحت تظاهرات بحكم سوهارتو الحديدي الذي دام 32 عاما في 1998 واتهم على الاثر بالفساد الهائل ومحاباة أفراد عائلته.')).toEqual([]);
    expect(await claimsOf('وواجه ساركوزي عندما كان رئيسًا انتقادات حادة واتهم بدعم نظام بن علي حتى اللحظة الأخيرة.')).toEqual([]);
    expect(await claimsOf('واتُّهم على الاثر بالفساد وأقيل من منصبه بعد أسابيع.')).toEqual([]);
  });

  it('"accused of" before its ب-phrase, which stays in a charge\'s content (لتسعة وعشرين متهما بالاشتراك)', async () => {
    expect(await claimsOf('وأوقفت الشرطة مواطنين اثنين متهمين بمساعدة سائح على الهرب.')).toEqual([]);
    const cs = await claimsOf('يذكر أن النيابة العامة قد وجهت اتهامات متفرقة لتسعة وعشرين متهما بالاشتراك في عملية التفجير، تصل عقوبة بعضها الي الإعدام.');
    expect(cs).toHaveLength(1);
    expect(cs[0]!.content).toContain('متهما بالاشتراك في عملية التفجير');
  });

  it('… but the active participle with its object still accuses (متهما المعارضة بتعطيل الحوار)', async () => {
    const cs = await claimsOf('وخرج الوزير من الجلسة غاضبا متهما المعارضة بتعطيل الحوار.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'متهما', content: 'المعارضة بتعطيل الحوار' })]);
  });

  it('facts and stories are the writer\'s figures of speech (الوقائع الميدانية تشير، قصة تؤكد)', async () => {
    expect(await claimsOf('الوقائع الميدانية تشير إلى أن النظام اختار الساحل ملاذا أخيرا.')).toEqual([]);
    expect(await claimsOf('قصة تؤكد أن الإنسان قادر على التغيير متى أراد.')).toEqual([]);
  });
});

describe('round 26: كان, its subject, a comma and قد', () => {
  it('the subject of كان before a comma and قد speaks (وكانت إدارة مطار الملك فهد الدولي في الدمام، قد أعلنت …)', async () => {
    const cs = await claimsOf('وكانت إدارة مطار الملك فهد الدولي في الدمام، قد أعلنت في وقت سابق تعاقدها على إنشاء عدد من المشاريع.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'أعلنت', written: 'إدارة مطار الملك فهد الدولي في الدمام', content: 'تعاقدها على إنشاء عدد من المشاريع' })]);
    expect(cs[0]!.speaker).not.toBe('فهد');
  });

  it('… a person too (وكان الداعية محمد جبريل، قد دعا …)', async () => {
    const cs = await claimsOf('وقال الوزير إنه سيخاطب التلفزيون. وكان الداعية محمد جبريل، قد دعا على الظالمين في صلاة التراويح.');
    expect(cs.map((c) => c.speaker)).toContain('محمد جبريل');
  });
});

describe('round 26: a long description, the name between commas, a nominal object', () => {
  it('أكد أمير منطقة عسير رئيس مجلس التنمية السياحية بالمنطقة، فيصل بن خالد بن عبدالعزيز، أهمية …', async () => {
    const cs = await claimsOf('أكد أمير منطقة عسير رئيس مجلس التنمية السياحية بالمنطقة، فيصل بن خالد بن عبدالعزيز، أهمية تقديم كل الخدمات لزوار منطقة عسير.');
    expect(cs).toEqual([expect.objectContaining({ speaker: 'فيصل بن خالد بن عبدالعزيز', role: 'أمير منطقة عسير رئيس مجلس التنمية السياحية بالمنطقة', content: 'أهمية تقديم كل الخدمات لزوار منطقة عسير' })]);
  });
});

describe('round 26: guards from the blind comparisons', () => {
  it('a speaker opening with his own name keeps it; a name further on is in his role (علي آل حطاب … قضية تركي عمر)', async () => {
    const cs = await claimsOf('أوضح علي آل حطاب الناشط الحقوقي المختص بمتابعة قضية تركي عمر لـ"عين اليوم" أن التصرف الذي بدر من تركي كان ناتجًا عن صغر سنه.');
    expect(cs).toEqual([expect.objectContaining({ speaker: 'علي آل حطاب' })]);
  });

  it('an adjective that is also a role noun does not make a dictionary a source (حسب المعجم الوسيط)', async () => {
    expect(await claimsOf('الفقر لغة حسب المعجم الوسيط هو: العوز والحاجة.')).toEqual([]);
  });

  it('a person\'s statement is the person (بحسب بيان يانيس فاروفاكيس)', async () => {
    const cs = await claimsOf('وبحسب بيان يانيس فاروفاكيس، فإن الوزارة بذلت كل جهد ممكن.');
    expect(cs).toEqual([expect.objectContaining({ speaker: 'يانيس فاروفاكيس' })]);
  });

  it('a woman\'s first name after her role (وبينت المتطوعة روان نبيل)', async () => {
    const cs = await claimsOf('وقالت المتطوعة نجلاء البراك إن الهدف خدمة المجتمع. وبينت المتطوعة روان نبيل أن مشاركتها في العمل التطوعي مكنتها من المشاركة في المناسبات.');
    expect(cs.map((c) => c.speaker)).toEqual(['نجلاء البراك', 'روان نبيل']);
  });
});

describe('round 26: fronted subjects and closing attributions', () => {
  it('a fronted name with a quoted body in its apposition speaks (ريتشارد جونزاليس، الرئيس التنفيذي لـ "آبي فاي"، وصف …)', async () => {
    const cs = await claimsOf('ريتشارد جونزاليس، الرئيس التنفيذي لـ "آبي فاي"، وصف معركة الاستحواذ بأنها "واحدة من المعارك الكبرى".');
    expect(cs).toEqual([expect.objectContaining({ speaker: 'ريتشارد جونزاليس' })]);
  });

  it('a closing attribution with a time word and a quoted outlet takes the whole clause (حسب ما اعلن اليوم مصدر حكومي …)', async () => {
    const cs = await claimsOf('توصلت اليونان ودائنوها الى اتفاق على الاهداف المالية للبلاد بين هذه السنة المالية وسنة 2018 حسب ما اعلن اليوم مصدر حكومي لوكالة الانباء "اي أن اي".');
    expect(cs).toEqual([expect.objectContaining({ written: 'مصدر حكومي', content: 'توصلت اليونان ودائنوها الى اتفاق على الاهداف المالية للبلاد بين هذه السنة المالية وسنة 2018' })]);
  });
});

describe('round 26: guards from the third blind comparison', () => {
  it('a survey by an agency keeps the agency (وأظهر مسح شهري لرويترز)', async () => {
    const cs = await claimsOf('وأظهر مسح شهري لرويترز أمس الخميس أن من المرجح أن تتعافى أسعار النفط.');
    expect(cs).toEqual([expect.objectContaining({ written: 'مسح شهري لرويترز' })]);
  });

  it('a foreign name ending in ه before its role is the name (كارل هاينتس رومينيجه رئيس نادي …)', async () => {
    const cs = await claimsOf('أعلن كارل هاينتس رومينيجه رئيس نادي بايرن ميونيخ، توصله إلى اتفاق مع يوفنتوس.');
    expect(cs).toHaveLength(1);
    expect(cs[0]!.written).toBe('كارل هاينتس رومينيجه');
  });

  it('a lede\'s descriptor is not named by a later speaker of the other sex (مواطن عدني … بدورها، تقول أم محمود)', async () => {
    const cs = await claimsOf('ويقول مواطن عدني في مدينة المكلا، إنه بدأ فعليا في حزم أمتعته. بدورها، تقول أم محمود، وهي سيدة عدنية فقدت ابنها، إنها تنتظر العودة.');
    expect(cs.map((c) => c.speaker)).toEqual(['مواطن عدني', 'أم محمود']);
  });

  it('a weekly report\'s period before the forecast (في تقريرها الأسبوعي للأيام الخمسة القادمة هطول أمطار)', async () => {
    const cs = await claimsOf('وتوقعت الرئاسة العامة للأرصاد وحماية البيئة في تقريرها الأسبوعي للأيام الخمسة القادمة هطول أمطار رعدية، مع تفاوت في درجات الحرارة.');
    expect(cs).toEqual([expect.objectContaining({ written: 'الرئاسة العامة للأرصاد وحماية البيئة', content: 'هطول أمطار رعدية، مع تفاوت في درجات الحرارة' })]);
  });
});

describe('round 26: guards from the fourth blind comparison', () => {
  it('a second attribution head ends the first phrase\'s source (وفقًا لسعر السوق وفقا لدعوى …)', async () => {
    const cs = await claimsOf('والمقدر قيمتها السوقية بأكثر من 120 مليون ريال، وفقًا لسعر السوق وفقا لدعوى ابن المواطن المتوفى، الذي يتهم أحد أقاربه بتزوير توقيع والده.');
    expect(cs.every((c) => c.speaker !== 'سعر السوق')).toBe(true);
  });

  it('one quoted word after a role, before the colon, is the name (وقال الملحق التجاري «ماوان»: إن …)', async () => {
    const cs = await claimsOf('وأوضح مساعد الملحق التجاري سومار نومرجوهان أن المعرض كبير. وقال الملحق التجاري «ماوان»: إن المعرض يعرض أكثر من 200 منتج، مشيراً إلى أن المعرض وسيلة عرض للفرص التجارية.');
    expect(cs.map((c) => c.speaker)).toEqual(['سومار نومرجوهان', 'ماوان', 'ماوان']);
  });
});

describe('round 26: from the end-of-round audit', () => {
  it('the original source of نقلا عن speaks past a day or time word (قالت وكالة أنباء البحرين، اليوم، نقلاً عن وزارة الداخلية، إن …)', async () => {
    const a = await claimsOf('قالت وكالة أنباء البحرين، اليوم، نقلاً عن وزارة الداخلية، إن عددا من المشتبه بهم اعتقلوا.');
    expect(a).toEqual([expect.objectContaining({ speaker: 'وزارة الداخلية' })]);
    const b = await claimsOf('وافادت صحيفة حرييت الخميس نقلا عن مسؤولين اتراك ان الحكومة تفكر في نشر بالونات مراقبة.');
    expect(b).toEqual([expect.objectContaining({ speaker: 'مسؤولين اتراك' })]);
  });

  it('… also after a subject written before the cue (وكانت صحيفة … قد أكدت الأربعاء الماضي نقلا عن مصادر …)', async () => {
    const cs = await claimsOf('وكانت صحيفة “بيزنس كوريا” قد أكدت الأربعاء الماضي نقلا عن مصادر في الصناعة أن شركة سامسونج تعتزم الكشف عن هاتف جديد.');
    expect(cs).toEqual([expect.objectContaining({ speaker: 'مصادر في الصناعة' })]);
  });

  it('a branch is a body (أعلن فرع تنظيم داعش في اليمن …)', async () => {
    const cs = await claimsOf('أعلن فرع تنظيم داعش في اليمن أمس، مسؤوليته عن تفجير سيارة خارج مسجد في صنعاء.');
    expect(cs).toHaveLength(1);
    expect(cs[0]!.written).toBe('فرع تنظيم داعش في اليمن');
  });

  it('a kin noun with its relative\'s name is the speaker, not the relative (شقيقة المعلمة رحمة الحويطي، والدة الشهيد الشحي)', async () => {
    const a = await claimsOf('وأشارت شقيقة المعلمة رحمة الحويطي في بيانها إلى أن الأسرة تطالب بالتحقيق.');
    expect(a).toEqual([expect.objectContaining({ written: 'شقيقة المعلمة رحمة الحويطي', speaker: 'شقيقة المعلمة رحمة الحويطي' })]);
    const b = await claimsOf('استشهد الجندي طارق الشحي في اليمن. وقالت والدة الشهيد الشحي إن دماء الشهداء لن تذهب سدى.');
    expect(b.map((c) => c.speaker)).toEqual(['والدة الشهيد الشحي']);
  });
});

describe('round 26: guards from the fifth blind comparison', () => {
  it('a time between commas after an unnamed source is no name (مصادر أمنية يمنية، ليل الاثنين الثلاثاء، أن …)', async () => {
    const cs = await claimsOf('ذكرت مصادر أمنية يمنية، ليل الاثنين الثلاثاء، أن اشتباكات عنيفة تدور بين الجيش الموالي للشرعية والحوثيين.');
    expect(cs).toEqual([expect.objectContaining({ written: 'مصادر أمنية يمنية', type: 'ANON' })]);
  });

  it('a kin noun\'s phrase is a person (وأفاد جد الطفلة)', async () => {
    const cs = await claimsOf('وأفاد جد الطفلة بأنها أصيبت بالرصاصة في مدينة مسندم.');
    expect(cs).toEqual([expect.objectContaining({ written: 'جد الطفلة', type: 'PERS' })]);
  });
});

describe('round 26: from the end-of-round audit, contents', () => {
  it('a prayer closes what was said, without a comma too (… سائلًا الله أن يكون شفيعًا)', async () => {
    const cs = await claimsOf('وقال شقيق الشهيد إن والد أبناء الشهيد هو الملك سلمان بن عبدالعزيز سائلًا الله أن يكون شفيعًا لسبعين من أهل بيته.');
    expect(cs).toEqual([expect.objectContaining({ content: 'والد أبناء الشهيد هو الملك سلمان بن عبدالعزيز' })]);
  });

  it('a role between commas goes on over its body\'s preposition (روني جال، المحلل لدى شركة بيرنشتاين للأبحاث، حصول …)', async () => {
    const cs = await claimsOf('ويتوقع روني جال، المحلل لدى شركة بيرنشتاين للأبحاث، حصول شركة أبل على حصة أكبر من السوق.');
    expect(cs).toEqual([expect.objectContaining({ speaker: 'روني جال', role: 'المحلل لدى شركة بيرنشتاين للأبحاث', content: 'حصول شركة أبل على حصة أكبر من السوق' })]);
  });
});
