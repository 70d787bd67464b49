/**
 * Round 44 (a fortieth audit: 180 claims of 400 SaudiNewsNet articles drawn fresh, judged blind): the words end
 * before a conjoined verb of speech after a comma, before the writer's word on what was said (وهو ما أكدته …، وهي
 * اتهامات …) and before a denunciation, citation, refusal or wish told by the writer; a contrast with its own
 * nominal object opens the next claim; an issued statement's time and a quoted estimate's owner stay in the source;
 * a tagged name stops before the verbal noun that opens the object; a future verb never names a speaker. Rows are
 * real sentences of SaudiNewsNet articles, shortened.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const claimsOf = async (text: string) =>
  (await extract(text)).claims.map((c) => ({ cue: c.cue.text, speaker: c.speaker?.name ?? null, written: c.speaker?.text ?? null, content: c.content.text }));

describe('round 44: a conjoined verb of speech after a comma opens the next claim', () => {
  it('a new source (…، وقال دان ويرثايمر أحد مستشاري المشروع …، إن …)', async () => {
    const cs = await claimsOf('وقال علماء إن المشروع تتضاءل إلى جانبه أي برامج أخرى في مجال البحث عن مخلوقات ذكية خارج كوكب الأرض، وقال دان ويرثايمر أحد مستشاري مشروع ميلنر وهو أيضا عالم الفيزياء الفلكية، ويشرف على موقع إلكتروني مرتبط بجامعة كاليفورنيا، إن العالم ينفق أقل من مليوني دولار سنويا في هذا الصدد.');
    expect(cs[0]).toEqual(expect.objectContaining({ cue: 'وقال', content: 'المشروع تتضاءل إلى جانبه أي برامج أخرى في مجال البحث عن مخلوقات ذكية خارج كوكب الأرض' }));
  });

  it('the same speaker’s appeal (…، وناشد الخاطفين السماح …)', async () => {
    const cs = await claimsOf('وأشار الخوري إلى أن 180 مسيحيًا كانوا حتى مساء الخميس في المدينة التي تقطنها غالبية مسلمة، وناشد الخاطفين السماح لمن يرغب من السكان بالخروج من المدينة.');
    expect(cs[0]!.content).toBe('180 مسيحيًا كانوا حتى مساء الخميس في المدينة التي تقطنها غالبية مسلمة');
  });

  it('a description and a demand told one after another (…، ووصف الظاهرة بالمرضية، وطالب بالعمل على تقليلها)', async () => {
    const cs = await claimsOf('وأشار نائب الرئيس إلى أن معظم مجتمعات العالم عانت من ظاهرة التطرف الديني، ووصف الظاهرة بالمرضية، وطالب بالعمل على تقليلها.');
    expect(cs[0]!.content).toBe('معظم مجتمعات العالم عانت من ظاهرة التطرف الديني');
    expect(cs.map((c) => c.cue)).toEqual(['وأشار', 'ووصف', 'وطالب']);
  });

  it('not "between" (تمزج ما بين تقديم المادة …، وبين توفير أدوات …), nor a verb told to the speaker (وقال لي الموظف)', async () => {
    const a = await claimsOf('ويقول علي النعيمي إن الموقع سيقدم تركيبة فريدة تمزج ما بين تقديم المادة الخبرية بسرعة ومهنية عالية، وبين توفير أدوات التواصل الاجتماعي.');
    expect(a[0]!.content).toContain('وبين توفير أدوات التواصل الاجتماعي');
    const b = await claimsOf('وقال المراجع: «ذهبت إلى الفرع فقالوا إن الملف غير موجود، وقال لي الموظف هناك لا تراجع حتى يأتي موعدك».');
    expect(b[0]!.content).toContain('وقال لي الموظف');
  });
});

describe('round 44: the writer’s word on what was said closes it', () => {
  it('another party confirming or refuting it (…، وهو ما أكدته واتس آب لاحقًا …، وهو ما فنده المتحدث …)', async () => {
    const a = await claimsOf('وكشف الباحث عن وجود ثغرة خطيرة جدًا في تطبيق واتس آب على أجهزة آيفون، وهو ما أكدته واتس آب لاحقًا برسالة رسمية.');
    expect(a[0]!.content).toBe('وجود ثغرة خطيرة جدًا في تطبيق واتس آب على أجهزة آيفون');
    const b = await claimsOf('وذكرت إحدى الصحف المحلية أن بنجلاديش تتمسك بإرسال العمالة الرجالية للمملكة قبل العمالة النسائية، وهو ما فنده المتحدث الرسمي لوزارة العمل.');
    expect(b[0]!.content).toBe('بنجلاديش تتمسك بإرسال العمالة الرجالية للمملكة قبل العمالة النسائية');
  });

  it('… but not what the speaker goes on to say with وهو ما (…، وهو ما يسهم في تسهيل …)', async () => {
    const cs = await claimsOf('وأكدت الوزارة أن التواصل بين الجهات سيتم إلكترونياً بدلاً من النسخ الورقية، وهو ما يسهم في تسهيل إجراءات العمل بين الجهات الحكومية.');
    expect(cs[0]!.content).toContain('وهو ما يسهم في تسهيل');
  });

  it('the kind of words reported (وهي اتهامات تنفيها إيران، وهو طلب لقي استجابة)', async () => {
    const a = await claimsOf('وتتهم دول الخليج إيران بإثارة القلاقل في الدول العربية وبأنها تستغل أحيانا علاقاتها مع الأقليات الشيعية وهي اتهامات تنفيها إيران.');
    expect(a[0]!.content).not.toContain('اتهامات تنفيها');
    const b = await claimsOf('وقالت هيئة الدفاع إن هولمز يعاني من مرض عقلي، وناشدت المحلفين الرأفة، وهو طلب لقي على ما يبدو استجابة من عضو في هيئة المحلفين.');
    expect(b[0]!.content).toBe('هولمز يعاني من مرض عقلي');
    expect(b.some((c) => c.content.includes('وهو طلب'))).toBe(false);
  });

  it('"which X confirmed" with a quoted outlet is no claim of its own (وهذا ما أكدته “عين اليوم”)', async () => {
    const cs = await claimsOf('أوضح المركز الإعلامي للنادي تفاصيل مفاوضاته مع الظهير الأيمن، حيث بيّن أن الإدارة ردت بالموافقة على انتقاله، وهذا ما أكدته “عين اليوم” في وقت سابق من خلال خبرين انفردت بهما.');
    expect(cs.map((c) => c.cue)).not.toContain('أكدته');
  });

  it('a denunciation, a citation, a refusal or a wish the writer tells (منددين ب، مستشهدًا ب، رافضا، متمنيا بأن)', async () => {
    const a = await claimsOf('ويتهم منتقدو النظام التركي الحكومة بأنها تتحمل جزءًا من المسؤولية عن هجوم سروج، منددين بسوء تقديرها لخطر التطرف.');
    expect(a[0]!.content).toBe('تتحمل جزءًا من المسؤولية عن هجوم سروج');
    const b = await claimsOf('وقال المطلق إن القبلية ستلعب دورا رئيسا في اختيار المرشحين، مستشهدا بدول مجاورة سبقتنا في تجربة الانتخابات.');
    expect(b[0]!.content).toBe('القبلية ستلعب دورا رئيسا في اختيار المرشحين');
    const c = await claimsOf('وتوقع مدير الشؤون الصحية عبدالله الحمراني صدور توصيات لجنة الخبراء قريبا، رافضا في الوقت نفسه تحديد سقف زمني لصدورها.');
    expect(c[0]!.content).toBe('صدور توصيات لجنة الخبراء قريبا');
    const d = await claimsOf('وبين المواطن طاهر عبدالله أن هذه الحملة تعد نقلة نوعية للمشاركة الفاعلة متمنيا بأن يولي المجلس الجديد الأحساء اهتماما كبيرا.');
    expect(d[0]!.content).toBe('هذه الحملة تعد نقلة نوعية للمشاركة الفاعلة');
  });
});

describe('round 44: the next claim after a contrast, and sources kept whole', () => {
  it('a contrast with the speaker’s pronoun and a nominal object (…، إلا أنه أفصح عن تعرض جماعته لهزائم)', async () => {
    const cs = await claimsOf('وقال القيادي الحوثي في الحلقة بأن الانتصارات مجرد إشاعات، إلا أنه أفصح عن تعرض جماعته لهزائم كبيرة بالضالع.');
    expect(cs[0]!.content).toBe('الانتصارات مجرد إشاعات');
    expect(cs[1]).toEqual(expect.objectContaining({ cue: 'أفصح', speaker: 'القيادي الحوثي', content: 'تعرض جماعته لهزائم كبيرة بالضالع' }));
  });

  it('a statement issued yesterday by a body (ووفقا لبيان صادر أمس عن الرئاسة العامة لرعاية الشباب فإن …)', async () => {
    const cs = await claimsOf('ووفقا لبيان صادر أمس عن الرئاسة العامة لرعاية الشباب فإن الأمير عبدالله بن مساعد اعتمد رسميا المراحل الكاملة لإجراءات الانتخاب.');
    expect(cs[0]!.speaker).toBe('الرئاسة العامة لرعاية الشباب');
    expect(cs[0]!.content).toBe('الأمير عبدالله بن مساعد اعتمد رسميا المراحل الكاملة لإجراءات الانتخاب');
  });

  it('an estimate’s quoted owner (حسب تقدير «دي جيه آي»)', async () => {
    const cs = await claimsOf('وتبلغ مدة عمل البطارية 23 دقيقة حسب تقدير «دي جيه آي».');
    expect(cs[0]).toEqual(expect.objectContaining({ speaker: 'دي جيه آي', content: 'وتبلغ مدة عمل البطارية 23 دقيقة' }));
  });
});

describe('round 44: names and verbs that are not speakers', () => {
  it('a tagged name stops before the verbal noun of its object (أعلن عبدالستار بيرقدار إيعاز الادعاء العام …)', async () => {
    const text = 'وأعلن المتحدث باسم مجلس القضاء الأعلى عبدالستار بيرقدار. أعلن عبدالستار بيرقدار إيعاز الادعاء العام بالتحقيق الفوري مع نائب رئيس الوزراء في تهم فساد.';
    const c = (await claimsOf(text)).find((x) => x.content.includes('الادعاء العام'));
    expect(c!.written).toBe('عبدالستار بيرقدار');
    expect(c!.content.startsWith('إيعاز الادعاء العام')).toBe(true);
  });

  it('a future verb after a cue with no complementizer names no one later (وقال في تصريح … سيتمكن المسافرون …)', async () => {
    const cs = await claimsOf('كشف بدر باسلمة وزير النقل اليمني بأن مطار عدن الدولي سيكون جاهزا في نهاية الأسبوع الجاري، وقال في تصريح ل»الرياض» سيتمكن المسافرون اليمنيون من التوجه إلى عدن عبر رحلات الطيران. وأوضح أن قرار فتح الأجواء لمطار عدن يؤكد أن المدينة أصبحت آمنة.');
    const c = cs.find((x) => x.cue === 'وأوضح');
    expect(c!.speaker).toBe('بدر باسلمة');
  });

  it('a role’s genitive verbal noun is no object (وطالب نائب رئيس تحرير جريدة "الشروق" …)', async () => {
    const cs = await claimsOf('وطالب نائب رئيس تحرير جريدة الشروق اليومية، نور الدين بالطيب، الحزب الحاكم في تونس بإصدار بيان توضيحي حول تصريحات ساركوزي.');
    expect(cs[0]!.written).not.toBe('نائب رئيس');
    expect(cs[0]!.content.startsWith('تحرير')).toBe(false);
  });

  it('two nisbas joined by a dash stay in the role, up to the holder’s name (رئيس لجنة الحوار اللبناني - الفلسطيني، الوزير السابق حسن منيمنة)', async () => {
    const cs = await claimsOf('ونبّه رئيس لجنة الحوار اللبناني - الفلسطيني، الوزير السابق حسن منيمنة، إلى اتجاه لبنان نحو «كارثة» في حال تم تقليص خدمات «الأونروا»، لافتا إلى أن ذلك سيؤدي إلى «اضطراب اجتماعي كبير في كل المخيمات الفلسطينية».');
    expect(cs.map((c) => [c.cue, c.speaker])).toEqual([['ونبّه', 'حسن منيمنة'], ['لافتا', 'حسن منيمنة']]);
  });

  it('"believed to be" between commas after the complementizer’s subject goes on with the words (وأن جثة، يعتقد أنها …، وجدت …)', async () => {
    const cs = await claimsOf('وأشارت المصادر المحلية إلى أن المقاومة تصدت لعدة هجمات عنيفة على عدد من المواقع، وأن جثة، يعتقد أنها للقيادي الحوثي الشحطري، وجدت في موقع الهجوم.');
    expect(cs[0]!.content.endsWith('وجدت في موقع الهجوم')).toBe(true);
  });

  it('بين with one word and أن after it is the verb, mid-sentence too (… للنمو الاقتصادي العالمي بضعفه بين التقرير أنّ …)', async () => {
    const a = await claimsOf('هذه الصورة العالمية وتوقعات البنك الدولي للنمو الاقتصادي العالمي بضعفه بين التقرير أنّ نمو الاقتصاد العالمي استمر بوتيرة متواضعة.');
    expect(a).toEqual([expect.objectContaining({ cue: 'بين', written: 'التقرير', content: 'نمو الاقتصاد العالمي استمر بوتيرة متواضعة' })]);
    // (not "among people", بين الناس بأنه)
    expect(await claimsOf('وتداولت الشهرة في بغداد فشاع اسم المقهى بين الناس بأنه «مقهى المعقدين»!')).toEqual([]);
  });

  it('a feminine past verb right after وأضاف opens the words, no speaker (وأضاف باشرت فرق الطوارئ …)', async () => {
    const cs = await claimsOf('وكشف لـ"الرياض" مصدر بشركة كهرباء عرعر بأن مقاول يعمل مع شركة الكهرباء كان يقوم في إصلاح عطل، تسبب بعد ذلك في عطل بكيبل رئيسي، وأضاف باشرت فرق الطوارئ عطل الكيبل الرئيسي، وتم إصلاح العطل بعد ساعات، وأشار بأن عدد المشتركين المتضررين قرابة 600 مشترك.');
    expect(cs.map((c) => [c.cue, c.speaker])).toEqual([['وكشف', 'مصدر بشركة كهرباء عرعر'], ['وأضاف', 'مصدر بشركة كهرباء عرعر'], ['وأشار', 'مصدر بشركة كهرباء عرعر']]);
    expect(cs[1]!.content.startsWith('باشرت فرق الطوارئ')).toBe(true);
  });

  it('an untagged name after a role stops before the verbal noun of the object (… محمد علي سليمان اهتمام مديرية …)', async () => {
    const cs = await claimsOf('من جانبه أوضح الناطق الإعلامي بصحة الباحة محمد علي سليمان اهتمام مديرية الشؤون الصحية بالمنطقة بكل ما يهم المواطن من احتياجات.');
    expect(cs[0]!.written).toBe('محمد علي سليمان');
    expect(cs[0]!.content.startsWith('اهتمام مديرية')).toBe(true);
  });
});

describe('round 44: speakers that are no one, and a name that looks like a pronoun', () => {
  it('آنا with its madda is a first name, not أنا "I" (وقالت آنا رينولدز … لرويترز “…”)', async () => {
    const cs = await claimsOf('وقالت آنا رينولدز أمينة صندوق المجموعة الملكية لرويترز “سيتمكن الزوار للمرة الأولى هذا العام من الدخول عبر البوابة الرئيسية.”');
    expect(cs).toEqual([expect.objectContaining({ cue: 'وقالت', speaker: 'آنا رينولدز' })]);
  });

  it('an occasion’s noun at the end of an event phrase is no speaker (وأشار في كلمة في حفل الافتتاح أمس …)', async () => {
    const cs = await claimsOf('أكد المدير العام للعلاقات الخارجية الشيخ عبدالمجيد العمري أن مشاركة المملكة في أعمال الندوة الدولية تأتي انطلاقا من جهودها.\nوأشار في كلمة في حفل الافتتاح أمس بمدينة ليل الفرنسية، إلى تأكيد المملكة منذ عدة سنوات على أن المجتمع الدولي أصبح بحاجة ماسة إلى مواجهة ظاهرة العنف.\nوذكر أن المملكة أوضحت أن إطلاق حرية التعبير بلا حدود قد أدى إلى انتهاكات.');
    expect(cs.map((c) => c.speaker)).toEqual(['عبدالمجيد العمري', 'عبدالمجيد العمري', 'عبدالمجيد العمري']);
  });

  it('the comparative "clearer" is no cue, and its phrase names no one later (الحاجة إلى موقف هجومي أوضح تكتسب …)', async () => {
    const text = 'ويقول جيمس لويس إن الولايات المتحدة تملك أدوات الهجوم الأكثر تطورا.\nالحاجة إلى موقف هجومي أوضح تكتسب الشعبية جزئيا في الوقت الذي يصل فيه عديد من الحكومات الغربية إلى فهم لأوجه القصور في جهودها.\nويضيف: «هذا يمكن أن يدمرها».';
    const cs = await claimsOf(text);
    expect(cs.map((c) => c.cue)).not.toContain('أوضح');
    expect(cs.at(-1)!.speaker).toBe('جيمس لويس');
  });

  it('a participle agreeing with an indefinite plural before it is its adjective (تسجيل 3 إصابات مؤكدة بفيروس …)', async () => {
    const cs = await claimsOf('أعلنت وزارة الصحة أمس عن تسجيل 3 إصابات مؤكدة بفيروس «كورونا» في الرياض.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'أعلنت', content: 'تسجيل 3 إصابات مؤكدة بفيروس «كورونا» في الرياض' })]);
    const b = await claimsOf('أعلنت وزارة الصحة عن تسجيل 4 حالات إصابة مؤكدة بفيروس كورونا في الرياض، وتسجيل 4 حالات وفاة في الرياض.');
    expect(b[0]!.content).toBe('تسجيل 4 حالات إصابة مؤكدة بفيروس كورونا في الرياض، وتسجيل 4 حالات وفاة في الرياض');
  });

  it('a verb with its pronoun in the event phrase is no speaker for the next cue (وقال في مؤتمر صحافي عقده مع نظيره …، إلا أنه أضاف)', async () => {
    const cs = await claimsOf('اعتبر وزير الخارجية الامريكي جون كيري، ان التطبيع الكامل للعلاقات بين بلاده وكوبا سيكون طويلا ومعقدا، وقال في مؤتمر صحافي عقده مع نظيره الكوبي برونو رودريغيز أمس في واشنطن، ان الولايات المتحدة تريد اقامة علاقات حسن جوار مع كوبا، إلا أنه أضاف أن هذا التقارب لا يعني نهاية الخلافات.');
    expect(cs.map((c) => c.speaker)).toEqual(['جون كيري', 'جون كيري', 'جون كيري']);
  });

  it('… nor a future verb quoted in the words (لسنا ممن يقول سوف نعمل …)', async () => {
    const cs = await claimsOf('من جانبه، أوضح مدير مركز تاريخ الطائف الدكتور عائض الزهراني "أن الفيصل أحبته كل العرب"، وقوله "لسنا ممن يقول سوف نعمل، ولكننا تعودنا بحول الله وقوته، أن نقول عملنا".\n واستطرد ذاكراً قول الفيصل "نريد عالماً تسوده الحرية".');
    expect(cs.at(-1)!.speaker).toBe('عائض الزهراني');
  });
});

