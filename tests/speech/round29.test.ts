/**
 * Round 29 (a sixteenth audit of unannotated news: 250 claims and 120 probe sentences of 408 SaudiNewsNet articles
 * not used before). Rows are real sentences of SaudiNewsNet articles, shortened.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const claimsOf = async (text: string) =>
  (await extract(text)).claims.map((c) => ({ cue: c.cue.text, speaker: c.speaker?.name ?? null, written: c.speaker?.text ?? null, role: c.speaker?.role ?? null, type: c.speaker?.type ?? null, content: c.content.text }));

describe('round 29: the name written at the claim', () => {
  it('a first name before a two-word family name the tagger took alone (تركي رضيمان العنزي) is the speaker\'s name', async () => {
    const cs = await claimsOf('وأكد مدير فرع جمعية الثقافة والفنون بمنطقة الحدود الشمالية تركي رضيمان العنزي أن حفل الافتتاح سيشهد حضور نخبة من الفنانين الفوتوغرافيين.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'وأكد', speaker: 'تركي رضيمان العنزي' })]);
  });

  it('… and so a foreign first name (كارل هاينتس رومنيغيه)', async () => {
    const cs = await claimsOf('وقد أكد رئيس مجلس إدارة نادي بايرن كارل هاينتس رومنيغيه رفض التخلي عن أي لاعب آخر وانتقاله إلى مانشستر يونايتد.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'أكد', speaker: 'كارل هاينتس رومنيغيه' })]);
  });

  it('… but a title before the name (العقيد دكتور عاطي …) is no first name', async () => {
    const cs = await claimsOf('وقال الناطق الإعلامي بشرطة منطقة مكة المكرمة العقيد دكتور عاطي بن عطية القرشي إنه تم ضبط عدد من المتهمين.');
    expect(cs).toEqual([expect.objectContaining({ speaker: 'عاطي بن عطية القرشي' })]);
  });
});

describe('round 29: the anonymity formula in any person', () => {
  it('a source set off by "who declined to be named" in the feminine or plural is anonymous (مصادر أمنية، رفضت الكشف عن هويتها)', async () => {
    const cs = await claimsOf('وقالت مصادر أمنية، رفضت الكشف عن هويتها، إن قوات الأمن داهمت عدة أماكن في المدينة.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'وقالت', speaker: 'مصادر أمنية', type: 'ANON', content: 'قوات الأمن داهمت عدة أماكن في المدينة' })]);
    const ps = await claimsOf('وقال مسؤولون، رفضوا الكشف عن هويتهم، إن الهجوم استهدف مقرا للشرطة.');
    expect(ps).toEqual([expect.objectContaining({ speaker: 'مسؤولون', type: 'ANON' })]);
  });

  it('… and so after نقلا عن: the relayed source speaks and the أن-clause is what it said', async () => {
    const cs = await claimsOf('وذكرت وكالة أنباء الأناضول نقلاً عن مصادر أمنية مطلعة، رفضت الكشف عن هويتها، أن “قوات مكافحة الإرهاب، بالتعاون مع قوات الدرك، داهمت في عمليات متزامنة عدة أماكن في المدينة”.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'وذكرت', speaker: 'مصادر أمنية مطلعة', content: 'قوات مكافحة الإرهاب، بالتعاون مع قوات الدرك، داهمت في عمليات متزامنة عدة أماكن في المدينة' })]);
  });
});

describe('round 29: where and to whom it was said is no speaker', () => {
  it('a meeting\'s place with its adjective (في اجتماع بالعاصمة الماليزية) leaves the speaker unwritten', async () => {
    const cs = await claimsOf('من جهته، اتهم ألبرت ديل روساريو وزير خارجية الفلبين، الصين بممارسة «أنشطة بناء مكثفة». وأضاف في اجتماع بالعاصمة الماليزية «لا نرى وقفا للانشطة العدوانية أحادية الجانب لجارتنا الشمالية في بحر الصين الجنوبي».');
    expect(cs.at(-1)).toEqual(expect.objectContaining({ cue: 'وأضاف', written: null, speaker: 'ألبرت ديل روساريو' }));
  });

  it('… and so an audience after a speech (في كلمة امام مؤسسة فكرية في جاكرتا)', async () => {
    const cs = await claimsOf('وقال ارودغان الجمعة ان تركيا «رحبت» بمليوني لاجئ فروا من النزاع في سوريا والعراق.  وقال في كلمة امام مؤسسة فكرية في جاكرتا اثناء زيارة الى اندونيسيا تستمر يومين «هذه هي تركيا.. ولكن عندما تنظر إلى اوروبا بأكملها ستجد انها غير قادرة على استقبال 200 ألف لاجئ فقط في دولها».');
    expect(cs.at(-1)).toEqual(expect.objectContaining({ written: null, speaker: 'ارودغان' }));
  });

  it('a report\'s adjective and its publishing verb (في تقرير مفصل نشره على مدونته) are no speaker', async () => {
    const cs = await claimsOf('وقال الدبلوماسي الإيراني المنشق فرزاد فرهنكيان إن الحرس الثوري يدير الملف. وكشف في تقرير مفصل نشره على مدونته على الانترنت عن اجتماعه بقائد كبير في الحرس الثوري.');
    expect(cs.at(-1)).toEqual(expect.objectContaining({ cue: 'وكشف', written: null, speaker: 'فرزاد فرهنكيان', content: 'اجتماعه بقائد كبير في الحرس الثوري' }));
  });

  it('… nor the outlet that published or held the interview (في مقابلة أجرتها معه قناة العربية)', async () => {
    const cs = await claimsOf('وأكد وزير الخارجية عادل الجبير أن المملكة تدعم الحل السياسي. وقال في مقابلة أجرتها معه قناة العربية إن الوضع خطير.');
    expect(cs.at(-1)).toEqual(expect.objectContaining({ written: null, speaker: 'عادل الجبير' }));
    const ps = await claimsOf('وأكد وزير الخارجية عادل الجبير أن المملكة تدعم الحل السياسي. وقال في مقال نشرته صحيفة الحياة إن الوضع خطير.');
    expect(ps.at(-1)).toEqual(expect.objectContaining({ written: null, speaker: 'عادل الجبير' }));
  });

  it('the mouth a body spoke through, between commas (، على لسان ناطقها الرسمي،), is not what it said', async () => {
    const cs = await claimsOf('حذرت الجبهة الديمقراطية الشعبية الأحوازية، على لسان ناطقها الرسمي، من مغبة المساس بأمن العوائل البريئة.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'حذرت', content: 'مغبة المساس بأمن العوائل البريئة' })]);
  });

  it('a particle before the cue (لذا طالبت اللجنة …) is no subject', async () => {
    const cs = await claimsOf('لذا طالبت اللجنة البرلمانية العراقية بمحاكمته في المحكمة الجنائية الدولية.');
    expect(cs).toEqual([expect.objectContaining({ speaker: 'اللجنة البرلمانية العراقية', content: 'محاكمته في المحكمة الجنائية الدولية' })]);
  });

  it('the called-on after a ل-genitive ends the speaker (ودعا الأمين العام للجائزة الجهات المعنية بالجائزة إلى …)', async () => {
    const cs = await claimsOf('ودعا الأمين العام للجائزة الجهات المعنية بالجائزة إلى زيارة البوابة الإلكترونية للجائزة على شبكة الإنترنت.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'ودعا', written: 'الأمين العام للجائزة' })]);
  });
});

describe('round 29: where the words start and end', () => {
  it('drawing the eye (سوف يلفت نظر المراقبين) is no statement; drawing attention to something is', async () => {
    expect(await claimsOf('ويبلغ السيد مورغيو أحد العملاء بعدم إرسال المبلغ بالتحويل البنكي نظرا لأن المبلغ سوف يلفت نظر المراقبين في البنك.')).toEqual([]);
    const cs = await claimsOf('وأكد الوزير أن المشروع مهم. ولفت نظر المسؤولين إلى ضرورة إصلاح الطرق في المحافظة.');
    expect(cs.at(-1)).toEqual(expect.objectContaining({ cue: 'ولفت', written: null, speaker: 'الوزير', content: 'ضرورة إصلاح الطرق في المحافظة' }));
  });

  it('a counted span of time (قبل عدة سنوات) is not the announced object', async () => {
    const cs = await claimsOf('وكانت وزارة الشؤون الإسلامية والأوقاف قد أعلنت قبل عدة سنوات عن مشروع لهدم وإنشاء مسجد عبدالله بن العباس على أحدث طراز معماري حديث.');
    expect(cs).toEqual([expect.objectContaining({ speaker: 'وزارة الشؤون الإسلامية والأوقاف', content: 'مشروع لهدم وإنشاء مسجد عبدالله بن العباس على أحدث طراز معماري حديث' })]);
  });

  it('after a comma, a judgement and its أن (من المؤسف للغاية أن …) are part of what was said', async () => {
    const cs = await claimsOf('وجاء في بيان لوزارة الخارجية الباكستانية أن القوات الهندية فتحت النار السبت على قاطع بونش. وأضاف البيان، من المؤسف للغاية أن تنتهك القوات الهندية مرة أخرى وقف إطلاق النار أثناء عيد الفطر.');
    expect(cs.at(-1)).toEqual(expect.objectContaining({ cue: 'وأضاف', content: 'من المؤسف للغاية أن تنتهك القوات الهندية مرة أخرى وقف إطلاق النار أثناء عيد الفطر' }));
  });

  it('a web address is one token: its dots end nothing', async () => {
    const cs = await claimsOf('وأوضحت الأمانة في بيان لها، أن بإمكان المتقدمين تسليم أعمالهم عبر الموقع الإلكتروني للسوق على شبكة الإنترنت (www.sooqokaz.com)، أو ارسالها عبر البريد.');
    expect(cs).toEqual([expect.objectContaining({ content: 'بإمكان المتقدمين تسليم أعمالهم عبر الموقع الإلكتروني للسوق على شبكة الإنترنت (www.sooqokaz.com)، أو ارسالها عبر البريد' })]);
  });

  it('a news site\'s link line (رابط الخبر بصحيفة الوئام: …) ends the words and opens none', async () => {
    const cs = await claimsOf('وقال الناطق باسم الشرطة برينس بيلي أناجلاتي إن الانفجار سببه حريق نشب في محطة قريبة للشاحنات ثم امتد إلى محطة الوقود ومبان أخرى رابط الخبر بصحيفة الوئام: بالصور انفجار محطة وقود في غانا');
    expect(cs).toEqual([expect.objectContaining({ content: 'الانفجار سببه حريق نشب في محطة قريبة للشاحنات ثم امتد إلى محطة الوقود ومبان أخرى' })]);
  });

  it('the colon of an address (على الرابط: http://…) is no quotation colon', async () => {
    const cs = await claimsOf('وقال مدير التعليم عبدالرحمن العبدالجبار إن المقابلات تبدأ الأحد، داعياً جميع المرشحين للاطلاع على تعليمات تسجيل موعد المقابلة الشخصية عبر بوابة تكامل على الرابط: http://riyadhedu.org/moe/');
    expect(cs.at(-1)).toEqual(expect.objectContaining({ cue: 'داعياً', content: expect.stringMatching(/^جميع المرشحين للاطلاع على تعليمات تسجيل موعد المقابلة/) }));
  });
});

describe('round 29: a Latin initial spelled out', () => {
  it('its dot (قال كيه. شانموجام) ends no sentence, and the name runs on over it', async () => {
    const cs = await claimsOf('من ناحية اخرى، قال كيه. شانموجام وزير خارجية سنغافورة للصحافيين في كوالالمبور، إنّه لا يمكن تجاهل قضية بحر الصين الجنوبي، مضيفا أن بلاده غير سعيدة بمدونة سلوك غير رسمية. وأضاف «بحر الصين الجنوبي قضية... ولا يمكننا ادعاء أنه ليس قضية».');
    expect(cs.map((c) => c.speaker)).toEqual(['كيه. شانموجام', 'كيه. شانموجام', 'كيه. شانموجام']);
  });

  it('… but before و it ends the sentence (… باسم سفيان إيه. وقال الناطق …)', async () => {
    const d = await extract('وقالت النيابة إن الموقوف الثاني جزائري وعرفت عنه باسم سفيان إيه. وقال الناطق باسم النيابة إن التحقيق مستمر.');
    expect(d.sentences).toHaveLength(2);
  });
});

describe('round 29: an address after a colon', () => {
  it('a hidden e-mail address after البريد الإلكتروني: is no quotation colon, and the called-on is no speaker', async () => {
    const cs = await claimsOf('وأشار المفرج إلى أن الوزارة لن تتهاون في تطبيق الأنظمة. كما دعا كافة المستفيدين إلى الإبلاغ عن أية مخالفات عن طريق موقع مساند www.musaned.gov.sa، أو عن طريق البريدالإلكتروني: [email protected] أو عبر مركز الاتصال لخدمة العملاء (19911).');
    expect(cs.at(-1)).toEqual(expect.objectContaining({ cue: 'دعا', written: null, speaker: 'المفرج', content: expect.stringMatching(/^كافة المستفيدين إلى الإبلاغ عن أية مخالفات عن طريق موقع مساند www\.musaned\.gov\.sa/) }));
  });
});

describe('round 29: after the second blind judgement', () => {
  it('a web address after the page it is on (على موقعها الالكتروني www.sfda.gov.sa) is no speaker', async () => {
    const cs = await claimsOf('دعت الهيئة العامة للغذاء والدواء إلى اتباع خطوات لمنع تلوث الأغذية. وأشارت في تقرير نشرته على موقعها الالكتروني www.sfda.gov.sa، إلى أن التسمم الغذائي حالة مرضية مفاجئة.');
    expect(cs.at(-1)).toEqual(expect.objectContaining({ cue: 'وأشارت', written: null, type: 'ORG' }));
  });

  it('"retired" after a rank (اللواء متقاعد متعب بن عبدالله العتيبي) is no first name', async () => {
    const cs = await claimsOf('وأردف اللواء متقاعد متعب بن عبدالله العتيبي مدير شرطة القصيم سابقا أن الجميع سيقفون صفا واحدا أمام البغاة.');
    expect(cs).toEqual([expect.objectContaining({ speaker: 'متعب بن عبدالله العتيبي' })]);
  });

  it('the cue\'s own ب-object after the statement it was made in (وأهابت الوزارة في بيانها بالمواطنين …) is no place', async () => {
    const cs = await claimsOf('وأهابت الوزارة في بيانها بالمواطنين وكبار السن وذوي الأمراض المزمنة باتباع الإجراءات الوقائية.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'وأهابت', written: 'الوزارة' })]);
    const ds = await claimsOf('وطالب السفير محمد صبيح في تصريح خاص لـ»المدينة»، بالوقوف بحزم ضد كل أنواع الإرهاب.');
    expect(ds).toEqual([expect.objectContaining({ content: 'الوقوف بحزم ضد كل أنواع الإرهاب' })]);
  });
});
