/**
 * Round 32 (a nineteenth audit of unannotated news: 250 claims and 120 probe sentences of 400 SaudiNewsNet articles
 * that no earlier round had read). Rows are real sentences of SaudiNewsNet articles, shortened.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const claimsOf = async (text: string) =>
  (await extract(text)).claims.map((c) => ({ cue: c.cue.text, speaker: c.speaker?.name ?? null, written: c.speaker?.text ?? null, role: c.speaker?.role ?? null, type: c.speaker?.type ?? null, content: c.content.text }));

describe('round 32: names', () => {
  it('a name after a title keeps its first letter (الدكتور بريكان الشلوي is no ب + ريكان)', async () => {
    const doc = await extract('وأكد الدكتور بريكان الشلوي أن العمل جاري خلال الفترة المقبلة على وضع خارطة طريق.');
    expect(doc.claims[0]!.speaker?.name).toBe('بريكان الشلوي');
    expect(doc.entities.filter((e) => e.type === 'PERS').map((e) => e.name)).toEqual(['بريكان الشلوي']);
  });

  it('a noun that is also a first name, after a title and before a family name, is the name (الإعلامية أسماء العمري)', async () => {
    const cs = await claimsOf('وأكدت الإعلامية أسماء العمري مديرة المحتوى بإدارة التواصل الداخلي لوزارة الصحة، أن خوض المرأة الانتخابات البلدية خطوة مهمة.');
    expect(cs).toEqual([expect.objectContaining({ speaker: 'أسماء العمري', role: 'الإعلامية', content: 'خوض المرأة الانتخابات البلدية خطوة مهمة' })]);
    // (the same noun after a role is still the announced object: أعلن رئيس اللجنة أسماء الفائزين)
    const object = await claimsOf('وأعلن رئيس اللجنة أسماء الفائزين بالجوائز.');
    expect(object).toEqual([expect.objectContaining({ speaker: 'رئيس اللجنة', content: 'أسماء الفائزين بالجوائز' })]);
  });

  it('a family name in ب + ي inside a tagged name is no ب-complement (وصف لاعب الفريق الأسباني جيرارد بيكيه …)', async () => {
    const cs = await claimsOf('وصف لاعب الفريق الأسباني جيرارد بيكيه قرار الاتحاد بأنه ظالم.');
    expect(cs).toEqual([expect.objectContaining({ speaker: 'جيرارد بيكيه', role: 'لاعب الفريق الأسباني' })]);
    expect(cs[0]!.content.startsWith('يكيه')).toBe(false);
  });

  it('one untagged word after a role in construct is the place it serves, and a description of that place between commas is no name (محافظ عدن، كبرى مدن الجنوب اليمني، …)', async () => {
    const cs = await claimsOf('أعلن محافظ عدن، كبرى مدن الجنوب اليمني، تسجيل أكثر من 900 حالة وفاة بحمى الضنك، كما أكد أن الوضع الصحي متدهور.');
    expect(cs).toEqual([
      expect.objectContaining({ cue: 'أعلن', speaker: 'محافظ عدن', role: null, content: 'تسجيل أكثر من 900 حالة وفاة بحمى الضنك' }),
      expect.objectContaining({ cue: 'أكد', speaker: 'محافظ عدن', content: 'الوضع الصحي متدهور' }),
    ]);
  });

  it('a quoted name of a body opening the phrase ends it before an indefinite word, the object (أكدت «الوطن» صحة ما نشرته)', async () => {
    const cs = await claimsOf('وأكدت «الوطن» صحة ما نشرته عن تلك الاستقالات.');
    expect(cs).toEqual([expect.objectContaining({ speaker: 'الوطن', type: 'ORG', content: 'صحة ما نشرته عن تلك الاستقالات' })]);
    // (a quoted verbal noun is the object itself, not a name: وطلبت "وقف تصديره")
    const quoted = await claimsOf('وكانت وزارة الآثار اعترضت على طرح المجسم للبيع وطلبت "وقف تصديره" حتى يتم التوصل إلى حل بشأنه.');
    expect(quoted.filter((c) => c.cue === 'وطلبت').length).toBe(1);
  });

  it('a body located by ب + منطقة runs over its place (نفت الشؤون الصحية بمنطقة مكة المكرمة صحة …)', async () => {
    const cs = await claimsOf('ونفت الشؤون الصحية بمنطقة مكة المكرمة صحة تقديم عدد من رؤساء الأقسام استقالات.');
    expect(cs).toEqual([expect.objectContaining({ written: 'الشؤون الصحية بمنطقة مكة المكرمة', content: 'صحة تقديم عدد من رؤساء الأقسام استقالات' })]);
  });

  it('a person named first after بحسب is the source, not a body in his role (بحسب فيكتور دومينيللو وزير … في حكومة …)', async () => {
    const cs = await claimsOf('وبحسب فيكتور دومينيللو وزير التجارة في حكومة الولاية باعت سامسونج أكثر من 144 ألف غسالة في أستراليا.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'وبحسب', speaker: 'فيكتور دومينيللو', type: 'PERS', content: 'باعت سامسونج أكثر من 144 ألف غسالة في أستراليا' })]);
  });
});

describe('round 32: groups that speak', () => {
  it('a plural participle after a plural subject of a body is that group, not a person named in its genitive (مسؤولو مستشفيات الدكتور سليمان الحبيب …، مؤكدين)', async () => {
    const cs = await claimsOf('وقال المدير إن الشركة تهتم بمنسوبيها. كما حرص مسؤولو مستشفيات الدكتور سليمان الحبيب على تقديم التهاني للمراجعين والمرضى بمناسبة حلول عيد الفطر المبارك، مؤكدين حرص المجموعة على استغلال تلك المناسبات.');
    expect(cs[1]).toEqual(expect.objectContaining({ cue: 'مؤكدين', speaker: 'مسؤولو مستشفيات الدكتور سليمان الحبيب' }));
  });

  it('a plural participle goes with the broken plural subject of its sentence (وعبر المرضى …، مؤكدين)', async () => {
    const cs = await claimsOf('وقال المدير إن الشركة تهتم بمنسوبيها. وعبر المرضى عن سعادتهم باللفتة الإنسانية للشركة، مؤكدين دور أرامكو السعودية في دعم منسوبيها.');
    expect(cs[1]).toEqual(expect.objectContaining({ cue: 'مؤكدين', speaker: 'المرضى' }));
  });

  it('leaders in a body are one unnamed source, and the participle after them is theirs (دعت قيادات في الحكومة اليمنية …، مؤكدين)', async () => {
    const cs = await claimsOf('وقال نايف البكري إن عدن آمنة. يأتي ذلك في وقت دعت قيادات في الحكومة اليمنية، المنظمات الحقوقية والكوادر الإعلامية للقدوم إلى عدن، مؤكدين أن الحكومة ستؤمن لهم رحلات.');
    expect(cs.slice(1).map((c) => c.speaker)).toEqual(['قيادات في الحكومة اليمنية', 'قيادات في الحكومة اليمنية']);
    expect(cs[2]!.content).toBe('الحكومة ستؤمن لهم رحلات');
  });

  it('a quantity of people before its verb is the subject (عدد من المغردين أوضحوا …), without its و', async () => {
    const cs = await claimsOf('وقال المغرد أيمن قاسم إن الأمر صعب. وعدد من المغردين أوضحوا أن الميدان التربوي لن يكون بذات الجدية.');
    expect(cs[1]).toEqual(expect.objectContaining({ cue: 'أوضحوا', written: 'عدد من المغردين', speaker: 'عدد من المغردين', type: 'ANON' }));
  });

  it('an existential before its subject: the reports speak (إلا إن هناك تقارير أكدت …)', async () => {
    const cs = await claimsOf('وقال أحمد إن التحديث قريب. على الرغم من أنها غير مؤكدة حتى الآن إلا إن هناك تقارير أكدت على أن محادثات الواتساب ستكون مدمجة مع حسابات جوجل.');
    expect(cs[1]).toEqual(expect.objectContaining({ cue: 'أكدت', speaker: 'تقارير', type: 'ANON' }));
  });

  it('an existential before things names no speaker (كانت هناك الكثير من القطع … تؤكد)', async () => {
    const cs = await claimsOf('كانت هناك الكثير من القطع المنفصلة والمفصلة بتقنيات عالية تؤكد أن اللغة هنا عالمية.');
    expect(cs.filter((c) => c.speaker && /القطع/.test(c.speaker))).toEqual([]);
  });
});

describe('round 32: who speaks on', () => {
  it('the subject after a preposition and a demonstrative speaks the participle (ووافقه في ذلك أبو عادل قائلاً)', async () => {
    const cs = await claimsOf('وكان أبو صالح قد قال إن الوضع صعب. ووافقه في ذلك أبو عادل قائلاً: "لا بد من الصبر على هذه الظروف".');
    expect(cs[1]).toEqual(expect.objectContaining({ cue: 'قائلاً', speaker: 'أبو عادل', content: 'لا بد من الصبر على هذه الظروف' }));
  });

  it('a role with its holder named between commas speaks on by name (وأصدر المدير الإقليمي …، مهنّد هادي، بيانًا … وأضاف)', async () => {
    const cs = await claimsOf('وأصدر المدير الإقليمي للبرنامج لمنطقة الشرق الأوسط وشمال أفريقيا وشرق أوروبا ووسط آسيا، مهنّد هادي، بيانًا جاء فيه: «نحن نتحدّى الصعاب لنصل إلى عشرات الآلاف من الناس». وأضاف: «نعمل للتغلّب على انعدام الأمن ونقاط التفتيش».');
    expect(cs.at(-1)).toEqual(expect.objectContaining({ cue: 'وأضاف', speaker: 'مهنّد هادي' }));
  });
});

describe('round 32: according to', () => {
  it('after a discourse phrase, بحسب leads its clause: the name after it is the source (ومن جهة أخرى بحسب سكاي نيوز جددت …)', async () => {
    const cs = await claimsOf('وحققت قوات المقاومة تقدما عند المدخل الغربي للمدينة. ومن جهة أخرى بحسب سكاي نيوز جددت طائرات التحالف العربي الذي تقوده السعودية، غاراتها بكثافة على قاعدة العند الجوية.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'بحسب', speaker: 'سكاي نيوز', content: 'جددت طائرات التحالف العربي الذي تقوده السعودية، غاراتها بكثافة على قاعدة العند الجوية' })]);
  });

  it('a ف-preposition after the source opens the clause (وبحسب رويترز ففي مقال …)', async () => {
    const cs = await claimsOf('دعا الرئيس الفرنسي فرنسوا هولاند أمس إلى تشكيل حكومة لمنطقة اليورو. وبحسب رويترز ففي مقال نشر تكريما لرئيس المفوضية الأوروبية السابق جاك ديلور اقترح هولاند تشكيل حكومة لمنطقة اليورو.');
    expect(cs[1]).toEqual(expect.objectContaining({ cue: 'وبحسب', speaker: 'رويترز' }));
  });
});

describe('round 32: cue spellings that report nothing', () => {
  it('a blessing asked for someone is no demand (داعياً له بالصبر والسلوان، داعياً لله عز وجل أن …)', async () => {
    const blessing = await claimsOf('وأثنى الشيخ أحمد علوش على جهود الدفاع المدني، ثم قال إن الحادث مؤلم، داعياً له بالصبر والسلوان.');
    expect(blessing.filter((c) => c.cue === 'داعياً')).toEqual([]);
    const prayer = await claimsOf('وقال الأمير إن الشهداء أبطال، داعياً لله عز وجل أن يتقبلهم في الصالحين.');
    expect(prayer.map((c) => c.cue)).toEqual(['وقال']);
  });

  it('a cue spelling after a pronoun is a noun or an adjective (فهو حذر جداً من الدخول …)', async () => {
    const cs = await claimsOf('وقال خاتمي إن الاتفاق جيد. واتبع الرئيس سياسات داخلية حذرة، فهو حذر جداً من الدخول في أي صراع عسكري خارجي.');
    expect(cs.map((c) => c.cue)).toEqual(['وقال']);
  });

  it('a threat to a goal in a match is play, not speech (وهدد مرمى ضيفة في الكثير من المناسبات)', async () => {
    const cs = await claimsOf('وتحسّن مستوى روما بشكل ملحوظ في الشوط الثاني وهدد مرمى ضيفة في الكثير من المناسبات التي تصدى لها الحارس مانويل نوير إلى أن جاء هدف أصحاب الأرض الوحيد عن طريق الإيفوراي جيرفينيو في الدقيقة 66.');
    expect(cs).toEqual([]);
  });

  it('a passive with its agent reports nothing (اول اجنبي يخطف ويهدد بالقتل من قبل تنظيم …)', async () => {
    const cs = await claimsOf('وقال والده إن ابنه بريء. وتوميسلاف سالوبيك هو اول اجنبي يخطف ويهدد بالقتل من قبل تنظيم انصار بيت المقدس.');
    expect(cs.map((c) => c.cue)).toEqual(['وقال']);
  });
});

describe('round 32: sources the phrase names', () => {
  it('television spelled with ي is a body (وبيّن التليفزيون الرسمي الصيني أن …)', async () => {
    const cs = await claimsOf('وبيّن التليفزيون الرسمي الصيني أن السفينة الغارقة يبلغ طولها 76 مترًا.');
    expect(cs).toEqual([expect.objectContaining({ speaker: 'التليفزيون الرسمي الصيني', type: 'ORG', content: 'السفينة الغارقة يبلغ طولها 76 مترًا' })]);
  });

  it('"as a source told" closing the sentence, with the quoted outlet it spoke to (، كما قال مصدر معارض لـ«الشرق الأوسط».)', async () => {
    const cs = await claimsOf('وجدد مقاتلو المعارضة هجومهم على المدينة من أربعة محاور بهدف تخفيف الضغط عن الزبداني، كما قال مصدر معارض لـ«الشرق الأوسط».');
    expect(cs).toEqual([expect.objectContaining({ speaker: 'مصدر معارض', content: 'وجدد مقاتلو المعارضة هجومهم على المدينة من أربعة محاور بهدف تخفيف الضغط عن الزبداني' })]);
  });

  it('"as X claimed" with the source written attributes the clause before it («…» على حد زعم فريدمان)', async () => {
    const cs = await claimsOf('وهي المرحلة التي يقود فيها الدين السياسة، «فلن تنتقل تلك المجتمعات من صدام إلى جيفرسون بدون المرور بالخميني» على حد زعم فريدمان.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'على حد زعم', speaker: 'فريدمان', content: 'فلن تنتقل تلك المجتمعات من صدام إلى جيفرسون بدون المرور بالخميني' })]);
    const clause = await claimsOf('وهي منطقة تحيط بمنتجعي غولف راقيين، وبين منتجع «فيلامورا» الساحلي على حد قول غريغ بويغنر، مستشار تسويق عقاري.');
    expect(clause).toEqual([expect.objectContaining({ speaker: 'غريغ بويغنر', content: 'وهي منطقة تحيط بمنتجعي غولف راقيين، وبين منتجع «فيلامورا» الساحلي' })]);
  });

  it('a long role opening the clause of بين is its subject (وبين مساعد مدير الأمن العام للشؤون الأمنية، أن …)', async () => {
    const cs = await claimsOf('وقال الغامدي إن الأمن مستقر. وبين مساعد مدير الأمن العام للشؤون الأمنية، أن عدد الأشقاء اليمنيين المستفيدين بلغ أكثر من 419 ألف مستفيد.');
    expect(cs[1]).toEqual(expect.objectContaining({ cue: 'وبين', speaker: 'مساعد مدير الأمن العام للشؤون الأمنية', content: 'عدد الأشقاء اليمنيين المستفيدين بلغ أكثر من 419 ألف مستفيد' }));
  });

  it('"، وذلك بحسب" with an apposition after its source attributes the clause before (وذلك بحسب شركة "إفكتف ميجور" الأسترالية، المتخصصة …)', async () => {
    const cs = await claimsOf('تصدرت صحيفة "سبق" بشكل مطلق جميع المواقع العربية، وذلك بحسب شركة "إفكتف ميجور" الأسترالية، المتخصصة في مجال "تزويد الأسواق".');
    expect(cs).toEqual([expect.objectContaining({ speaker: 'إفكتف ميجور', content: 'تصدرت صحيفة "سبق" بشكل مطلق جميع المواقع العربية' })]);
  });

  it('officials in the genitive after a quantity are the source, and "besides" after the phrase is no part of it (، وفقا لعدد من مسؤولي المصارف، إلى جانب …)', async () => {
    const cs = await claimsOf('والأكثر إثارة للجدل هو عملية "القرصنة المعاكسة" ضد مجرمي الإنترنت، وهو أمر ضد القانون الأمريكي، وفقا لعدد من مسؤولي المصارف، إلى جانب كونه فكرة سيئة.');
    expect(cs).toEqual([expect.objectContaining({ speaker: 'عدد من مسؤولي المصارف', type: 'ANON', content: 'والأكثر إثارة للجدل هو عملية "القرصنة المعاكسة" ضد مجرمي الإنترنت، وهو أمر ضد القانون الأمريكي' })]);
  });

  it('a report "it issued lately" is its issuer\'s (وذلك وفقًا لتقرير أصدرته مؤخرًا رابطة صناع السيارات الفيتنامية)', async () => {
    const cs = await claimsOf('فمن السيارات الصغيرة إلى الفاخرة منها أخذت المبيعات في النمو بسرعة، وذلك وفقًا لتقرير أصدرته مؤخرًا رابطة صناع السيارات الفيتنامية، ووفقًا لبيانات أخرى يتداولها العاملون في هذه الصناعة.');
    expect(cs[0]).toEqual(expect.objectContaining({ speaker: 'رابطة صناع السيارات الفيتنامية', type: 'ORG', content: 'فمن السيارات الصغيرة إلى الفاخرة منها أخذت المبيعات في النمو بسرعة' }));
  });
});

describe('round 32: the one who speaks, written after the cue', () => {
  it('a relayed saying of another is his (ونقلت وكالة رويترز قول وزير الدفاع الأميركي إن …)', async () => {
    const cs = await claimsOf('وقال المتحدث إن الزيارة ناجحة. ونقلت وكالة رويترز قول وزير الدفاع الأميركي إن «الحرب على داعش» تمثل هما مشتركا للحليفين.');
    expect(cs[1]).toEqual(expect.objectContaining({ cue: 'ونقلت', speaker: 'وزير الدفاع الأميركي' }));
  });

  it('a participle of saying with its own subject after it (مؤكدا وزير الدفاع الأميركي حرص واشنطن …), not a demand\'s addressee', async () => {
    const cs = await claimsOf('وقال المتحدث إن الزيارة ناجحة، مؤكدا وزير الدفاع الأميركي حرص واشنطن على أمن المنطقة.');
    expect(cs[1]).toEqual(expect.objectContaining({ cue: 'مؤكدا', speaker: 'وزير الدفاع الأميركي', content: 'حرص واشنطن على أمن المنطقة' }));
    const demand = await claimsOf('وقال المتحدث إن الزيارة ناجحة، مطالبا وزير الصحة بالتدخل العاجل.');
    expect(demand[1]).toEqual(expect.objectContaining({ cue: 'مطالبا', speaker: 'المتحدث' }));
  });

  it('"with his full mouth" is how one says, no speaker (ويقول بملء فيه إن …)', async () => {
    const cs = await claimsOf('وقال المتحدث إن الزيارة ناجحة. ويقول بملء فيه إن الإعلام رسالة.');
    expect(cs[1]).toEqual(expect.objectContaining({ cue: 'ويقول', written: null, speaker: 'المتحدث', content: 'الإعلام رسالة' }));
  });
});

describe('round 32: channels that only relay', () => {
  it('an agency that relayed the statement is no speaker (وأضاف في بيان نقلته وكالة الأنباء الإماراتية أن …)', async () => {
    const cs = await claimsOf('وقال المتحدث إن الزيارة ناجحة. وأضاف في بيان نقلته وكالة الأنباء الإماراتية أن الإمارات ستواصل دعمها لليمن.');
    expect(cs[1]).toEqual(expect.objectContaining({ cue: 'وأضاف', written: null, speaker: 'المتحدث', content: 'الإمارات ستواصل دعمها لليمن' }));
  });
});

describe('round 32: relative clauses on groups', () => {
  it('a definite group of people before الذين speaks the relative clause (عدد من المواطنين الذين يرون أن …)', async () => {
    const cs = await claimsOf('وقال المسؤول إن الأوضاع مستقرة. وهناك عدد من المواطنين الذين يرون أن الحلول الأمنية لا تكفي.');
    expect(cs[1]).toEqual(expect.objectContaining({ cue: 'يرون', speaker: 'عدد من المواطنين', type: 'ANON', content: 'الحلول الأمنية لا تكفي' }));
  });
});

describe('round 32: after a blind comparison', () => {
  it('a noun that is a first name elsewhere is the announced object after a body (أعلنت وزارة الداخلية أسماء الشهداء)', async () => {
    const cs = await claimsOf('وأعلنت وزارة الداخلية أسماء الشهداء الجنود الذين راحوا ضحية التفجير الإرهابي.');
    expect(cs).toEqual([expect.objectContaining({ speaker: 'وزارة الداخلية', content: 'أسماء الشهداء الجنود الذين راحوا ضحية التفجير الإرهابي' })]);
  });

  it('an unnamed subject ends at its verb\'s addressee (كما قدم ممثل النيابة للمحكمة محضر …، مشيرا)', async () => {
    const cs = await claimsOf('وقال ممثل النيابة إن: سبب تعذر حضور مرسي يرجع إلى إصابته. كما قدم ممثل النيابة للمحكمة محضر أحوال سجن ملحق المزرعة رقم 39 الذي تضمن ورود تقرير، مشيرا إلى أن الطبيب أوصى بعدم حضوره.');
    expect(cs[1]).toEqual(expect.objectContaining({ cue: 'مشيرا', speaker: 'ممثل النيابة' }));
  });

  it('a verb of going on with a role as subject, after a named person\'s claim, is that person (وتابع عضو اللجنة التنفيذية …)', async () => {
    const cs = await claimsOf('وكان رئيس الاتحاد الألماني لكرة القدم فولفغانغ نيرسباخ قد أعرب عن دعم اتحاده المطلق لترشح بلاتيني. وقال نيرسباخ: «على أرض الملعب كان بلاتيني قائدا مميزا». وتابع عضو اللجنة التنفيذية في الاتحادين الدولي والأوروبي: «تبقى بعض الأمور التي لا نتفق عليها». وأضاف: «يمكنني التأكيد على أنه يلقى دعمنا الكامل».');
    expect(cs.map((c) => c.speaker)).toEqual(['فولفغانغ نيرسباخ', 'فولفغانغ نيرسباخ', 'فولفغانغ نيرسباخ']);
  });

  it('a plural participle goes with a plural in construct opening its clause after فيما (فيما أكد منظمو المدينة الشبابية …، مشيرين)', async () => {
    const cs = await claimsOf('وقال المدير إن الحادث مؤلم. وأبدى زوار المعرض إعجابهم بما ضمه المعرض. فيما أكد منظمو المدينة الشبابية عن حرصهم على هذه المشاركات، مشيرين إلى أن المعرض يعد رسالة.');
    expect(cs.find((c) => c.cue === 'مشيرين')!.speaker).toMatch(/^منظمو المدينة/);
  });

  it('a relayed saying with its colon is the original source\'s (ونقلت صحيفة … قول سامر: "…")', async () => {
    const cs = await claimsOf('ونقلت صحيفة "لا جازيتا ديلو سبورت" الإيطالية قول سامر: "كل ما يقال حول ماريو حاليا هو ثرثرة من الخارج".');
    expect(cs).toEqual([expect.objectContaining({ written: 'سامر', content: 'كل ما يقال حول ماريو حاليا هو ثرثرة من الخارج' })]);
  });
});

describe('round 32: family names with آل', () => {
  it('a body\'s head after a name with آل is the object, and a first name tagged as a place is still the name (حمّل … راشد آل سرور فرع شركة الكهرباء مسؤولية …)', async () => {
    const cs = await claimsOf('وحمّل رئيس بلدية نجران راشد آل سرور فرع شركة الكهرباء مسؤولية تأخر المشروع.');
    expect(cs).toEqual([expect.objectContaining({ written: 'راشد آل سرور', speaker: 'راشد آل سرور', role: 'رئيس بلدية نجران', type: 'PERS', content: 'فرع شركة الكهرباء مسؤولية تأخر المشروع' })]);
  });

  it('the particle آل before a tagged family name is the name\'s, not a role (وقال آل دغيم الذي …)', async () => {
    const cs = await claimsOf('وقال خالد آل دغيم إن السياحة مهمة. وقال آل دغيم الذي يهتم بالأبحاث الاقتصادية: ما زالت النظرة للسياحة كخدمات وليست كصناعة.');
    expect(cs[1]).toEqual(expect.objectContaining({ written: 'آل دغيم', role: null, speaker: 'خالد آل دغيم' }));
  });

  it('a cue spelling inside a tagged person\'s name is a name word (قال إبراهيم قالن إن …)', async () => {
    const cs = await claimsOf('قال إبراهيم قالن إن الحكومة ستواصل عملها.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'قال', speaker: 'إبراهيم قالن', content: 'الحكومة ستواصل عملها' })]);
  });

  it('a verb that speaks only through its noun speaks at once with a colon and a quotation (وختم: «…»)', async () => {
    const cs = await claimsOf('وقال المحلل أمين قمورية إن الوضع معقد. وختم: «الرئاسة في لبنان لا تغير شيئاً بالنسبة الى المنطقة».');
    expect(cs[1]).toEqual(expect.objectContaining({ cue: 'وختم', speaker: cs[0]!.speaker, content: 'الرئاسة في لبنان لا تغير شيئاً بالنسبة الى المنطقة' }));
  });

  it('a condition right after a named speaker opens his unmarked words (يقول العمير إذا أخذنا بعين الاعتبار … فإن …)', async () => {
    const cs = await claimsOf('وقال المهندس عادل العمير إن الطاقة مهمة. حول أسعار الكهرباء المولدة من الطاقة الشمسية يقول العمير إذا أخذنا بعين الاعتبار الموارد الأخرى للكهرباء كالوقود الأحفوري فإن الطاقة الشمسية تعد منافسة بشكل كبير.');
    expect(cs[1]).toEqual(expect.objectContaining({ cue: 'يقول', speaker: 'عادل العمير', content: 'إذا أخذنا بعين الاعتبار الموارد الأخرى للكهرباء كالوقود الأحفوري فإن الطاقة الشمسية تعد منافسة بشكل كبير' }));
  });

  it('countries listed after كل من speak together (وأعلنت كل من البحرين وعمان أنهما …)', async () => {
    const cs = await claimsOf('وأعلنت كل من البحرين وعمان أنهما ستخففان من إجراءات الدعم.');
    expect(cs).toEqual([expect.objectContaining({ written: 'كل من البحرين وعمان', speaker: 'البحرين وعمان', type: 'ORG', content: 'ستخففان من إجراءات الدعم' })]);
  });

  it('a source with its relative clause, a colon and a quotation: the quotation is its words (ووفقا لمسؤول الأمن الذي أدار تجربة سوني …: "…")', async () => {
    const cs = await claimsOf('ووفقا لمسؤول الأمن الذي أدار تجربة سوني للبرمجيات الخبيثة: "90 في المائة من الأنشطة السيئة تبدأ مع البريد الإلكتروني الذي يأتي إلى أحد موظفيك".');
    expect(cs).toEqual([expect.objectContaining({ speaker: 'مسؤول الأمن', content: '90 في المائة من الأنشطة السيئة تبدأ مع البريد الإلكتروني الذي يأتي إلى أحد موظفيك' })]);
  });

  it('a source with its relative clause, then a bare أن: what follows is what it says (وبحسب الإحصائية الحكومية التي اطلعت "الاقتصادية" عليها أن …)', async () => {
    const cs = await claimsOf('وبحسب الإحصائية الحكومية التي اطلعت "الاقتصادية" عليها أن النساء شكلن 47 في المائة من العاملين في القطاع الصحي الحكومي.');
    expect(cs).toEqual([expect.objectContaining({ speaker: 'الإحصائية الحكومية', content: 'النساء شكلن 47 في المائة من العاملين في القطاع الصحي الحكومي' })]);
  });

  it('"argued that" reports (وجادل الرئيس أوباما بأن …، يجادل البعض بأن …), "argued with him" does not', async () => {
    const cs = await claimsOf('وجادل الرئيس أوباما بأن نهجه نشأ من نفس المنطق الاستراتيجي الذي استخدمه الرئيسان السابقان.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'وجادل', speaker: 'أوباما', content: 'نهجه نشأ من نفس المنطق الاستراتيجي الذي استخدمه الرئيسان السابقان' })]);
    expect(await claimsOf('وجادله الوزير طويلا في المسألة.')).toEqual([]);
  });
});
