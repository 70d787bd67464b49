/**
 * Round 24 (a tenth audit of unannotated news: 250 claims and 120 probe sentences of 500 SaudiNewsNet articles). Rows
 * are real sentences of SaudiNewsNet articles, shortened.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const claimsOf = async (text: string) =>
  (await extract(text)).claims.map((c) => ({ cue: c.cue.text, speaker: c.speaker?.name ?? null, written: c.speaker?.text ?? null, role: c.speaker?.role ?? null, type: c.speaker?.type ?? null, content: c.content.text }));

describe('round 24: the one called on, warned or accused is not the speaker', () => {
  it('a named country after the subject, before a fused ل act', async () => {
    const cs = await claimsOf('واس- إسلام آباد: دعت الولايات المتحدة الأمريكية باكستان للتعاون للقضاء على التهديد الذي يشكله تنظيم داعش الإرهابي للأمن الإقليمي.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'دعت', written: 'الولايات المتحدة الأمريكية', content: 'باكستان للتعاون للقضاء على التهديد الذي يشكله تنظيم داعش الإرهابي للأمن الإقليمي' })]);
  });

  it('a named body after the subject, before إلى', async () => {
    const cs = await claimsOf('إلى ذلك، دعت الحكومة العراقية مجلس النواب إلى الإسراع بتشريع القوانين المتعلقة بتنفيذ إجراءاتها الإصلاحية.');
    expect(cs).toEqual([expect.objectContaining({ written: 'الحكومة العراقية', content: 'مجلس النواب إلى الإسراع بتشريع القوانين المتعلقة بتنفيذ إجراءاتها الإصلاحية' })]);
  });

  it('two named addressees joined by و', async () => {
    const cs = await claimsOf('وفي المقابل، طالبت الشركة فرنسا وبريطانيا بتسديد قرابة 10 ملايين يورو أنفقتها لتعزيز الأمن.');
    expect(cs).toEqual([expect.objectContaining({ written: 'الشركة', content: 'فرنسا وبريطانيا بتسديد قرابة 10 ملايين يورو أنفقتها لتعزيز الأمن' })]);
  });

  it('a definite plural after a quoted name is the accused (المتمردين الحوثيين)', async () => {
    const cs = await claimsOf('اتهمت منظمة "هيومن رايتس ووتش" المتمردين الحوثيين بارتكاب جرائم حرب في اليمن.');
    expect(cs).toEqual([expect.objectContaining({ written: 'منظمة "هيومن رايتس ووتش"', content: 'المتمردين الحوثيين بارتكاب جرائم حرب في اليمن' })]);
  });

  it('the accused country stays in an accusation, out of the speaker', async () => {
    const cs = await claimsOf('واتهمت باكستان الهند بانتهاك آخر لوقف إطلاق النار في إقليم كشمير.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'واتهمت', written: 'باكستان', content: 'الهند بانتهاك آخر لوقف إطلاق النار في إقليم كشمير' })]);
  });

  it('a group after a definite subject, before a fused ل act', async () => {
    const cs = await claimsOf('ودعت الحكومة الأهالي للخروج من المنطقة فورا.');
    expect(cs).toEqual([expect.objectContaining({ written: 'الحكومة', content: 'الأهالي للخروج من المنطقة فورا' })]);
  });

  it('an addressee before a fused ل act opens the content (the verb\'s direct object, as the shared dev set has it)', async () => {
    const cs = await claimsOf('وقال كيري إن القتال مستمر في عدن. ودعا كيري الصحافيين للتأكد مما حدث بالاتصال بحكومة هادي.');
    expect(cs).toContainEqual(expect.objectContaining({ cue: 'ودعا', written: 'كيري', content: 'الصحافيين للتأكد مما حدث بالاتصال بحكومة هادي' }));
  });

  it('a participle with a fused ل act right after it', async () => {
    const cs = await claimsOf('وحذر رئيس الوزراء البريطاني من أن «الأصوات الإيجابية القوية تضيع وسط صخب من يروجون لأفكار تنظيم داعش»، داعيا لتمكين الأصوات المناهضة للعنف.');
    expect(cs).toContainEqual(expect.objectContaining({ cue: 'داعيا', written: null, content: 'تمكين الأصوات المناهضة للعنف' }));
  });

  it('the ل-phrase of a body (التابع لدار الإفتاء) is not the act when إلى follows', async () => {
    const cs = await claimsOf('ودعا المرصد التابع لدار الإفتاء إلى فضح وتعرية ممارسات تنظيم داعش بحق النساء.');
    expect(cs).toEqual([expect.objectContaining({ content: 'فضح وتعرية ممارسات تنظيم داعش بحق النساء' })]);
  });

  it('a prayer (تدعو للفقيد بالرحمة) demands nothing', async () => {
    const cs = await claimsOf('و«المدينة» التي آلمها النبأ تدعو للفقيد بالرحمة ولذويه بالصبر والسلوان.');
    expect(cs).toEqual([]);
  });
});

describe('round 24: titles, bodies named after a king, a contrastive source', () => {
  it('م. (مهندس) is a title: the name after it speaks', async () => {
    const cs = await claimsOf('وأكد المهندس عبداللطيف البنيان أن المشروع يسير وفق الخطة. واشار م. البنيان إلى ان العمل سينتهي قريبا.');
    expect(cs[1]).toEqual(expect.objectContaining({ cue: 'واشار', speaker: 'عبداللطيف البنيان', written: 'البنيان', type: 'PERS', content: 'العمل سينتهي قريبا' }));
  });

  it('an airport named after a king is no person: the role before it speaks', async () => {
    const cs = await claimsOf('وقال مدير عام جمرك مطار الملك عبدالعزيز الدولي: إن الجمرك ضبط كمية من المخدرات.');
    expect(cs).toEqual([expect.objectContaining({ speaker: 'مدير عام جمرك مطار الملك عبدالعزيز الدولي', type: 'PERS', content: 'الجمرك ضبط كمية من المخدرات' })]);
  });

  it('a report issued by the administration of such an airport is the administration', async () => {
    const cs = await claimsOf('وأوضح التقرير الصادر عن إدارة مطار الملك عبدالعزيز الدولي أن هناك انتظاما في مواعيد الرحلات.');
    expect(cs).toEqual([expect.objectContaining({ speaker: 'إدارة مطار الملك عبدالعزيز الدولي', content: 'هناك انتظاما في مواعيد الرحلات' })]);
  });

  it('بينما with a cue and a source of its own ends the content', async () => {
    const cs = await claimsOf('وأفادت مصادر صحفية أن طائرات النظام شنت غارات على مدينة دوما، بينما أكدت مصادر تقدم المعارضة في بلدة داريا.');
    expect(cs[0]).toEqual(expect.objectContaining({ cue: 'وأفادت', content: 'طائرات النظام شنت غارات على مدينة دوما' }));
  });

  it('في حين with a cue and a role opens a claim of its own', async () => {
    const cs = await claimsOf('وأكد المحافظ عبدالمحسن العطيشان أهمية أن يكون مهرجان هذا العام مختلفا، في حين أكد رئيس بلدية المحافظة الاستاذ نايف بن سعيدان على أهمية مثل هذه المهرجانات في احتواء الشباب.');
    expect(cs[0]!.content).toMatch(/مختلفا$/);
    expect(cs).toContainEqual(expect.objectContaining({ cue: 'أكد', content: expect.stringContaining('أهمية مثل هذه المهرجانات') }));
  });
});

describe('round 24: plurals of people shaped like a verbal noun speak', () => {
  it('أعضاء (members) after a verb taking a nominal object is the subject', async () => {
    const cs = await claimsOf('من جانبهم، أكد أعضاء برلمان ينتمون إلى محافظة ديالى أن تردي الأوضاع الأمنية في ديالى ليس جديدا.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'أكد', content: 'تردي الأوضاع الأمنية في ديالى ليس جديدا' })]);
    expect(cs[0]!.speaker).toMatch(/^أعضاء برلمان/);
  });

  it('أصحاب (owners) too', async () => {
    const cs = await claimsOf('وأكد أصحاب المحلات أن القرار أضر بتجارتهم.');
    expect(cs).toEqual([expect.objectContaining({ speaker: 'أصحاب المحلات', content: 'القرار أضر بتجارتهم' })]);
  });

  it('a long role opened by أستاذ reaches the titled name before the comma and أن', async () => {
    const cs = await claimsOf('وأوضح أستاذ الإعلام الجديد بالجامعة المشرف على البرنامج الدكتور أسامة بن غازي المدني، أن أهمية إقامة هذا الملتقى التدريبي يأتي كونه يهدف إلى إحداث تحولات إيجابية.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'وأوضح', written: 'الدكتور أسامة بن غازي المدني', role: 'أستاذ الإعلام الجديد بالجامعة المشرف على البرنامج', content: expect.stringMatching(/^أهمية إقامة/) })]);
  });

  it('a verbal noun after the verb is still its object (أعلنت الوزارة إيقاف …)', async () => {
    const cs = await claimsOf('وأعلنت الوزارة إيقاف الموظف عن العمل.');
    expect(cs).toEqual([expect.objectContaining({ speaker: 'الوزارة', content: 'إيقاف الموظف عن العمل' })]);
  });
});

describe('round 24: what stands between the cue and its words', () => {
  it('an interview with an outlet named after its kind, and a day, before the colon', async () => {
    const cs = await claimsOf('وقال لافازانيس إن الحزب سينقسم. وأضاف في مقابلة مع صحيفة «آفي» الأحد: «لا مستقبل لحكومة يقودها سيريزا أو لبلد إذا قبلنا خطة ثالثة».');
    expect(cs[1]).toEqual(expect.objectContaining({ cue: 'وأضاف', speaker: 'لافازانيس', written: null, content: 'لا مستقبل لحكومة يقودها سيريزا أو لبلد إذا قبلنا خطة ثالثة' }));
  });

  it('the outlet unquoted, and the outlet with its adjective, name no speaker', async () => {
    const a = await claimsOf('وقال لافازانيس إن الحزب سينقسم. وأضاف في مقابلة مع صحيفة آفي الأحد: «لا مستقبل لحكومة يقودها سيريزا».');
    expect(a[1]).toEqual(expect.objectContaining({ speaker: 'لافازانيس', written: null }));
    const b = await claimsOf('وكشف الدكتور «جيكسون إن جي» أنه التقى مجموعة من الآباء. وقال في حوار صحفي مع موقع «ماليزيا إنسايدر» الإلكتروني: «يرددون أن شيوخهم أفتوا بذلك».');
    expect(b[1]).toEqual(expect.objectContaining({ cue: 'وقال', written: null, content: 'يرددون أن شيوخهم أفتوا بذلك' }));
    expect(b[1]!.speaker).toContain('جيكسون');
  });

  it('a day in brackets between commas before the nominal object', async () => {
    const cs = await claimsOf('أعلنت هيئة الطيران المدني، اليوم (الجمعة)، عن تحطم طائرة خاصة – تسجيل سعودي – في مطار بلاكبوش في بريطانيا.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'أعلنت', speaker: 'هيئة الطيران المدني', content: expect.stringMatching(/^تحطم طائرة خاصة/) })]);
  });

  it('a quoted body, then the accused and a day before the charge', async () => {
    const cs = await claimsOf('اتهمت منظمة "هيومن رايتس ووتش" اسرائيل، اليوم (الاثنين)، باستخدام "القوة غير المبررة" لاعتقال اطفال فلسطينيين.');
    expect(cs).toEqual([expect.objectContaining({ written: 'منظمة "هيومن رايتس ووتش"', speaker: 'هيومن رايتس ووتش' })]);
  });
});

describe('round 24: where a content ends and what a pointer stands for', () => {
  it('a conjoined قال with a circumstantial before its colon and quotation is the next claim', async () => {
    const cs = await claimsOf('وأكد مورينهو أيضا أن فيليبي لويس في طريقه للرحيل عن النادي وقال من معسكر الإعداد في مونتريال: «لقد طلب الرحيل ونحن نحترم رغبته».');
    expect(cs).toEqual([
      expect.objectContaining({ cue: 'وأكد', content: 'فيليبي لويس في طريقه للرحيل عن النادي' }),
      expect.objectContaining({ cue: 'وقال', speaker: 'مورينهو', content: 'لقد طلب الرحيل ونحن نحترم رغبته' }),
    ]);
  });

  it('وذلك opening its own sentence before حسب stands for the sentence before', async () => {
    const cs = await claimsOf('وارتفع الدين العام في منطقة اليورو إلى 92.9 في المائة. وذلك حسب الأرقام الصادرة عن مكتب الإحصاء الأوروبي «يوروستات» الأربعاء.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'حسب', content: 'وارتفع الدين العام في منطقة اليورو إلى 92.9 في المائة' })]);
  });

  it('a trailing ، وذلك before وفقا لـ is no part of the content', async () => {
    const cs = await claimsOf('لقد ضاعف القطاع العوائد في العقد الماضي من ستة مليارات جنيه إلى 11.8 مليار جنيه سنوياً، وذلك وفقاً لدراسة جديدة.');
    expect(cs[0]!.content).toBe('لقد ضاعف القطاع العوائد في العقد الماضي من ستة مليارات جنيه إلى 11.8 مليار جنيه سنوياً');
  });
});

describe('round 24: newspapers, bodies on bridges', () => {
  it('صحف (newspapers) is an unnamed source', async () => {
    const cs = await claimsOf('وذكرت صحف بريطانية أن اللاعب سينتقل إلى ريال مدريد الموسم المقبل.');
    expect(cs).toEqual([expect.objectContaining({ speaker: 'صحف بريطانية', type: 'ANON', content: 'اللاعب سينتقل إلى ريال مدريد الموسم المقبل' })]);
  });

  it('a body named after a king speaks as a body (مؤسسة جسر الملك فهد)', async () => {
    const cs = await claimsOf('وأضافت مؤسسة جسر الملك فهد: تمت إعادة التيار الكهربائي إلى الوضع الطبيعي.');
    expect(cs).toEqual([expect.objectContaining({ speaker: 'مؤسسة جسر الملك فهد', type: 'ORG' })]);
  });
});

describe('round 24: roles met again, a pointer before an attribution', () => {
  it('a role written shorter, its noun for the earlier adjective (مدير صحة جازان ← مدير الشؤون الصحية بمنطقة جازان)', async () => {
    const cs = await claimsOf('أوضح مدير الشؤون الصحية بمنطقة جازان الدكتور أحمد السهلي أن الوزارة دعمت المستشفيات. وبين مدير صحة جازان أن هناك عجزا في الكادر الطبي.');
    expect(cs[1]).toEqual(expect.objectContaining({ written: 'مدير صحة جازان', speaker: 'أحمد السهلي' }));
  });

  it('، وذلك بحسب … attributes the whole clause before the comma, its relative clause too', async () => {
    const cs = await claimsOf('سقطت قاعدة العند الاستراتيجية بعد هجوم شنته قوات هادي مدعومة من طيران التحالف العربي الذي تقوده السعودية، وذلك بحسب وزارة الدفاع اليمنية.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'بحسب', speaker: 'وزارة الدفاع اليمنية', content: 'سقطت قاعدة العند الاستراتيجية بعد هجوم شنته قوات هادي مدعومة من طيران التحالف العربي الذي تقوده السعودية' })]);
  });
});

describe('round 24: protesters demand', () => {
  it('protesters are an unnamed source, and a two-word act after ب is enough', async () => {
    const cs = await claimsOf('وطالب المحتجون الحكومة المحلية والمركزية بإجراء إصلاحات، كما شكروا المرجعية الدينية لوقوفها إلى جانبهم.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'وطالب', speaker: 'المحتجون', type: 'ANON', content: 'الحكومة المحلية والمركزية بإجراء إصلاحات' })]);
  });

  it('a two-word object after طلب من is no act', async () => {
    const cs = await claimsOf('وهذه مواضيع تطلب من الصحف المحلية.');
    expect(cs).toEqual([]);
  });
});

describe('round 24: conditional particles and an act through ب before a ل', () => {
  it('مهما/أينما before a verb are no speaker', async () => {
    expect(await claimsOf('أنك مهما كتبت عنه لن تجد من يردد أنك تبالغ في وصفه.')).toEqual([]);
    const cs = await claimsOf('أينما ذهب «أتيلا الجبار» قالت عنه الشعوب إنه «وباء الله على الأرض».');
    expect(cs).toEqual([expect.objectContaining({ speaker: 'الشعوب' })]);
  });

  it('an act through ب after the addressee stays whole before a later ل', async () => {
    const cs = await claimsOf('دعا ياسر الرعيني الحكومة بالعمل الجاد للبدء بتقديم الخدمات لمدينة عدن.');
    expect(cs[0]!.content).toMatch(/بالعمل الجاد للبدء بتقديم الخدمات لمدينة عدن$/);
  });
});

describe('round 24: بين أن … وأن "between being … and being …"', () => {
  it('is the preposition after a plain word, before a verb and a second أن', async () => {
    expect(await claimsOf('يوجد "خط رفيع جدا" بين أن تكون مستشارا سياسيا وأن تكون ناشطا.')).toEqual([]);
  });

  it('a fronted topic before the verb بين أنّ with a noun stays a claim', async () => {
    const cs = await claimsOf('وقال المحلل إن السوق مستقر. وعن العوامل التي تؤثر في سوق الأسهم في الفترة المقبلة بين أن السوق النفطية هي أبرز تلك العوامل، وأن العامل الأهم هو نتائج الشركات.');
    expect(cs[1]).toEqual(expect.objectContaining({ cue: 'بين', speaker: 'المحلل', content: expect.stringMatching(/^السوق النفطية/) }));
  });
});

describe('round 24: a first name the tagger cut short', () => {
  it('a written family name after a tagged first name is kept (عبدالله الركيان), not another عبدالله named later', async () => {
    const text = 'شدد المدير العام للتعليم في القصيم عبدالله الركيان على عدم وجود "مجاملة" لكل المقاولين، مؤكدا أن لائحة الجزاءات مهمة لكل من الطرفين. جاء ذلك بحضور مدير إدارة التشغيل والصيانة بالإنابة عبدالله المحيطب، ومدير المتابعة يوسف الضويان.';
    const cs = await claimsOf(text);
    expect(cs.map((c) => c.speaker)).toEqual(['عبدالله الركيان', 'عبدالله الركيان']);
  });
});

describe('round 24: the particle فان of a name is no فإن', () => {
  it('فان غال speaks, and names the source of حسب تصريحات', async () => {
    expect(await claimsOf('وقال فان غال إن الفريق جاهز للموسم الجديد.')).toEqual([expect.objectContaining({ speaker: 'فان غال', content: 'الفريق جاهز للموسم الجديد' })]);
    const cs = await claimsOf('ويريد مانشستر يونايتد استرداد المبلغ من أجل عقد صفقتين كبيرتين حسب تصريحات المدرب فان غال.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'حسب تصريحات', speaker: 'فان غال' })]);
  });
});

describe('round 24: a document or figures heading their issuer', () => {
  it('تقديرات المنظمة … speaks as the organisation, not a person named تقديرات', async () => {
    const cs = await claimsOf('وتشير تقديرات المنظمة الدولية للهجرة إلى أن عدد المهاجرين تجاوز المليون.');
    expect(cs).toEqual([expect.objectContaining({ written: 'تقديرات المنظمة الدولية للهجرة', type: 'ORG', content: 'عدد المهاجرين تجاوز المليون' })]);
  });

  it('تعليمات مؤسسة النقد … is the agency, and its object is not part of the speaker', async () => {
    const cs = await claimsOf('وتؤكد تعليمات مؤسسة النقد المبلغة للبنوك منذ سنوات ضرورة التحقق من هوية العميل.');
    expect(cs).toEqual([expect.objectContaining({ type: 'ORG', content: 'ضرورة التحقق من هوية العميل' })]);
    expect(cs[0]!.speaker).toContain('مؤسسة النقد');
  });
});

describe('round 24: كما دعا + a plain group before إلى أن', () => {
  it('the group is the one called on; the speaker in play goes on', async () => {
    const cs = await claimsOf('دعا مفتي عام المملكة الشيخ عبدالعزيز آل الشيخ المعلمين والمعلمات إلى أن يربوا شبابنا تربية إسلامية صحيحة. كما دعا الوعاظ إلى أن يربوا الشباب على الخير، مشددا على ضرورة تثقيف الشباب في أمور دينهم.');
    expect(cs.map((c) => c.speaker)).toEqual(['عبدالعزيز آل الشيخ', 'عبدالعزيز آل الشيخ', 'عبدالعزيز آل الشيخ']);
    expect(cs[1]!.written).toBeNull();
  });
});

describe('round 24: a possessed verbal noun after a tagged name is the object', () => {
  it('وأعلن بلاتيني ترشحه رسميا …', async () => {
    const cs = await claimsOf('وأعلن بلاتيني ترشحه رسميا لرئاسة الاتحاد الدولي على اثر الفضيحة.');
    expect(cs).toEqual([expect.objectContaining({ written: 'بلاتيني', content: expect.stringMatching(/^ترشحه رسميا لرئاسة الاتحاد الدولي/) })]);
  });

  it('a family name ending in ه stays a name', async () => {
    const cs = await claimsOf('وقال فريدريك نيتشه إن الحياة صعبة.');
    expect(cs).toEqual([expect.objectContaining({ speaker: 'فريدريك نيتشه', content: 'الحياة صعبة' })]);
  });
});

describe('round 24: a platform named in brackets', () => {
  it('على موقع التواصل الاجتماعي (تويتر) is passed before a nominal object', async () => {
    const cs = await claimsOf('وأكد الدكتور الدخيل عبر تغريدة في حسابه على موقع التواصل الاجتماعي (تويتر) عدم صحة ما تم تداوله في شأن تأجيل الدراسة.');
    expect(cs).toEqual([expect.objectContaining({ speaker: 'الدخيل', content: 'عدم صحة ما تم تداوله في شأن تأجيل الدراسة' })]);
  });
});

describe('round 24: a thanks object is no subject to inherit', () => {
  it('وقدم شكره لأعضاء الشرف، وقال … goes on with the speaker before', async () => {
    const cs = await claimsOf('وأكد رئيس النادي الأمير فيصل بن تركي أن الفريق قوي. وقدم شكره لأعضاء الشرف، وقال: “يوجد أعضاء شرف داعمون لا يرغبون بذكر أسمائهم”.');
    expect(cs[1]).toEqual(expect.objectContaining({ cue: 'وقال', speaker: 'فيصل بن تركي', written: null }));
  });
});

describe('round 24: وكان + a role, its holder between commas, قد + cue', () => {
  it('the holder named between the commas speaks, the role is his', async () => {
    const cs = await claimsOf('وكان رئيس هيئة الأركان العامة في اليمن، اللواء محمد المقدشي، قد أعلن الخميس أن استعادة السيطرة على العاصمة صنعاء أولوية، مؤكدا قرب دحر الميليشيات.');
    expect(cs).toEqual([
      expect.objectContaining({ cue: 'أعلن', speaker: 'محمد المقدشي', role: 'رئيس هيئة الأركان العامة في اليمن' }),
      expect.objectContaining({ cue: 'مؤكدا', speaker: 'محمد المقدشي' }),
    ]);
  });
});

describe('round 24: كل من X وY وZ speak together', () => {
  it('the list is the speaker, and a plural pro-drop cue after it goes on with it', async () => {
    const cs = await claimsOf('وفي استطلاع أجرته «عكاظ»، قال كل من أبو طارق الطوخي وعيد المطيري وعبدالمجيد المسعودي، إن ما نؤمله من الرئيس الجديد أن يعزز الفرق، وقالوا: إن ذلك لا يمكن تحقيقه إلا بعمل مكثف.');
    expect(cs.map((c) => c.speaker)).toEqual(['أبو طارق الطوخي وعيد المطيري وعبدالمجيد المسعودي', 'أبو طارق الطوخي وعيد المطيري وعبدالمجيد المسعودي']);
  });

  it('a later mention of one of them is that person, not the list', async () => {
    const cs = await claimsOf('واعتقد كل من ريتشارد نيكسون وباراك أوباما أن باستطاعتهما تحقيق مكانة عالمية لواشنطن. ورأى نيكسون أن الميل باتجاه بكين سيخلق ضغوطا على السوفيات.');
    expect(cs.find((c) => c.cue === 'ورأى')?.speaker).toBe('ريتشارد نيكسون');
  });
});

describe('round 24: a relative clause on the source, without commas, before the cue preposition', () => {
  it('وأشار المحلل الذي لا يرغب في الإفصاح عن اسمه إلى …', async () => {
    const cs = await claimsOf('وأشار المحلل الذي لا يرغب في الإفصاح عن اسمه إلى تحقيق الشركة أرباحا كبيرة خلال الربع الثاني.');
    expect(cs).toEqual([expect.objectContaining({ speaker: 'المحلل', content: 'تحقيق الشركة أرباحا كبيرة خلال الربع الثاني' })]);
  });

  it('the last preposition of the cue when the clause holds one too', async () => {
    const cs = await claimsOf('وكشفت النشرة الإحصائية التي تصدرها دوريا مؤسسة النقد العربي السعودي عن شهر مايو الماضي عن بلوغ عدد مراكز الحوالات المالية 600 مركز.');
    expect(cs[0]!.content).toBe('بلوغ عدد مراكز الحوالات المالية 600 مركز');
  });
});

describe('round 24: رأي with a final ي is the noun "opinion"', () => {
  it('is no cue, while رأى is', async () => {
    expect(await claimsOf('وهذا مجرد رأي شخصي أن الأسعار ستنخفض قريبا.')).toEqual([]);
    expect(await claimsOf('ورأى الوزير أن الخطة جاهزة.')).toEqual([expect.objectContaining({ cue: 'ورأى', speaker: 'الوزير' })]);
  });
});
