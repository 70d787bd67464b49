/**
 * Round 40 (a thirty-third audit: 180 claims of 400 SaudiNewsNet articles drawn fresh, judged blind): names the tagger
 * cut short or ran into a place, a role's holder named after a place or a state, sources close to a body, a prayer, an
 * adjective and a picture taken for a source, and praise that closes what was said. Rows are real sentences of
 * SaudiNewsNet articles, shortened.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const claimsOf = async (text: string) =>
  (await extract(text)).claims.map((c) => ({ cue: c.cue.text, speaker: c.speaker?.name ?? null, written: c.speaker?.text ?? null, content: c.content.text }));

describe('round 40: names the tagger cut short or ran into a place', () => {
  it('a family name after a link that never ends a name (آل) belongs to it', async () => {
    const cs = await claimsOf('من جانبه حذر الشيخ عبد العزيز آل الشيخ مفتي عام السعودية من الفتن، داعيًا إلى التمسك بالوحدة.');
    expect(cs.map((c) => c.speaker)).toEqual(['عبد العزيز آل الشيخ']);
  });

  it('… and after a compound first name (عبد العزيز الرويلي), over a double space', async () => {
    const cs = await claimsOf('ومن جهته أكد مدير عام فرع الوزارة بالجوف عبد العزيز الرويلي  أن الحملات ستواصل لضبط المخالفين لنظام العمل، وحث المواطنين على الإبلاغ عن المخالفات.');
    expect(cs.map((c) => c.speaker)).toEqual(['عبد العزيز الرويلي', 'عبد العزيز الرويلي']);
  });

  it('… but not a verb or a common noun after a lineage (علي بن الحسين التقى، فيصل بن بندر الجميع)', async () => {
    const a = await claimsOf('وكان الأمير علي بن الحسين التقى بالوفد، وقال إن الأردن يدعم الحل السياسي.');
    expect(a.map((c) => c.speaker)).toEqual(['علي بن الحسين']);
    const d = await extract('وأكد الأمير فيصل بن بندر أن المنطقة تشهد نهضة شاملة. وحث سموه الجميع على التعاون مع الجهات المختصة.');
    expect(d.entities.filter((e) => e.type === 'PERS').map((e) => e.name)).toEqual(['فيصل بن بندر']);
  });

  it('a known place right after a place\'s head noun is no first word of the person after it (منطقة عسير صالح)', async () => {
    const d = await extract('أعلن أمين منطقة عسير صالح القاضي ترسية مشروع تصريف مياه الأمطار في أبها.');
    expect(d.entities.map((e) => `${e.type}:${e.name}`)).toContain('LOC:عسير');
    expect(d.entities.some((e) => e.type === 'PERS' && e.name.includes('عسير'))).toBe(false);
  });

  it('a family name the tagger left out after the tagged first name, right before the complement', async () => {
    const cs = await claimsOf('وأكد المشرف على اللجان المكلفة من البلدية خلال إجازة العيد مبارك المبارك أن الفرق عملت على مدار الساعة.');
    expect(cs[0]).toEqual(expect.objectContaining({ speaker: 'مبارك المبارك', written: 'مبارك المبارك', content: 'الفرق عملت على مدار الساعة' }));
  });
});

describe('round 40: who speaks', () => {
  it('a role located in a state (بمملكة النرويج في أوسلو) ends with its holder\'s title and name', async () => {
    const cs = await claimsOf('وقال الأمين العام للمركز العربي الأوروبي بمملكة النرويج في أوسلو الدكتور إيهان جاف إن المؤتمر سيعقد في موعده.');
    expect(cs[0]).toEqual(expect.objectContaining({ speaker: 'إيهان جاف', written: 'الدكتور إيهان جاف' }));
  });

  it('a role\'s genitive plural of people is no family name: the holder named after it speaks (مدير شؤون المعلمين بالإدارة عبدالله خضران)', async () => {
    const cs = await claimsOf('من جهته أكد مدير شؤون المعلمين بالإدارة عبدالله خضران، أهمية إحضار المرشح لأصول الشهادات لإتمام عملية المطابقة.');
    expect(cs).toEqual([expect.objectContaining({ speaker: 'عبدالله خضران', content: 'أهمية إحضار المرشح لأصول الشهادات لإتمام عملية المطابقة' })]);
  });

  it('sources "close to" a body are a subject before the verb (لكنّ مصادر قريبة من طهران أوضحت)', async () => {
    const cs = await claimsOf('لكنّ مصادر قريبة من طهران أوضحت أن الاتفاق لم يكتمل بعد.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'أوضحت', speaker: 'مصادر قريبة من طهران', content: 'الاتفاق لم يكتمل بعد' })]);
  });

  it('a delegation is a body that speaks (وقدم الوفد الزائر الورود …، مؤكدين)', async () => {
    const cs = await claimsOf('وزار المدير العام مستشفى عسير المركزي بأبها. وقدم الوفد الزائر الورود للمرضى، مؤكدين أن الزيارة تأتي في إطار المسؤولية الاجتماعية.');
    expect(cs.map((c) => [c.cue, c.speaker])).toEqual([['مؤكدين', 'الوفد']]);
  });
});

describe('round 40: no speech', () => {
  it('a prayer for "more" success (داعيا لهم بالمزيد من التوفيق) asks nothing of anyone', async () => {
    expect(await claimsOf('وهنأ المدير العام الفائزين بالجائزة، داعيا لهم بالمزيد من التوفيق والنجاح.')).toEqual([]);
  });

  it('replays, a table and states of affairs show, they do not say', async () => {
    expect(await claimsOf('والجدول المرفق يوضح التعديلات على تقديرات الشركة التي تم الإعلان عنها في موقع "تداول".')).toEqual([]);
    expect(await claimsOf('وأوضحت لقطات الإعادة أن الكرة تجاوزت خط المرمى بالكامل.')).toEqual([]);
    expect(await claimsOf('وتؤكد التطورات المحتملة أن فواتير تكلفة المعيشة تتصاعد بصورة متسارعة.')).toEqual([]);
  });

  it('a feminine participle between an indefinite noun and an adjective is the noun\'s adjective (حجوزات مؤكدة مدفوعة)', async () => {
    expect(await claimsOf('ويشتكي البعض من نظام الحجز، حيث يفقد بعض الركاب حجوزات مؤكدة مدفوعة الثمن، ولا يوجد نظام للتعامل السريع.')).toEqual([]);
    expect(await claimsOf('وقد استخدمت اضواء كاشفة قوية جدا خلال بث هذه الصور.')).toEqual([]);
  });
});

describe('round 40: praise closes what was said', () => {
  it('، منوها بـ … (praise) ends the words; منوها إلى أن would report', async () => {
    const cs = await claimsOf('وأوضح رئيس اللجنة أن الاحتفال بعيد الفطر المبارك من البرامج الرئيسة في خطة اللجنة السنوية، منوهاً بالإقبال الكبير الذي شهدته هذا العام.');
    expect(cs[0]!.content).toBe('الاحتفال بعيد الفطر المبارك من البرامج الرئيسة في خطة اللجنة السنوية');
  });

  it('a participle of praise with its object ends the words without a comma (… يوما مثمناً دور الخطوط السعودية)', async () => {
    const cs = await claimsOf('وأشار بن ريحان إلى أنه سيجري السحب على تذاكر الطيران بشكل يومي ولمدة اثنى عشر يوما مثمناً دور الخطوط السعودية وإسهاماتها في إنجاح فعاليات مهرجان صيف الباحة.');
    expect(cs[0]!.content).toBe('سيجري السحب على تذاكر الطيران بشكل يومي ولمدة اثنى عشر يوما');
  });
});

describe('round 40: quoted words over two sentences, and the outlet that relays them', () => {
  it('a ” right after a full stop closes the open “ though a word follows it unspaced', async () => {
    const cs = await claimsOf('وسيلعب هيرتا مع ارمينيا غدا.وقال بيليفيلد على تويتر “نشعر بصدمة بالغة بعد سماع انباء هذا الهجوم على حافلة فريق هيرتا برلين. لحسن الحظ لم يصب السائق بأذى.”وفقا لوكالة رويترز.');
    expect(cs[0]).toEqual(expect.objectContaining({ cue: 'وقال', speaker: 'بيليفيلد', content: 'نشعر بصدمة بالغة بعد سماع انباء هذا الهجوم على حافلة فريق هيرتا برلين. لحسن الحظ لم يصب السائق بأذى' }));
  });

  it('an agency named after the closing mark of words already given to their speaker relays them (وفقا لوكالة رويترز، وفقا للألمانية)', async () => {
    const a = await claimsOf('وسيلعب هيرتا مع ارمينيا غدا. وقال بيليفيلد على تويتر “نشعر بصدمة بالغة بعد سماع انباء هذا الهجوم على حافلة فريق هيرتا برلين. لحسن الحظ لم يصب السائق بأذى.” وفقا لوكالة رويترز. وتابع أن الفريق سيواصل استعداداته.');
    expect(a.map((c) => [c.cue, c.speaker])).toEqual([['وقال', 'بيليفيلد'], ['وتابع', 'بيليفيلد']]);
    const b = await claimsOf('وقال بليجريني في تصريحات نشرها موقع النادي “إنني فخور بقيادة مانشستر سيتي.” وأضاف “لدي مجموعة رائعة من اللاعبين والاشخاص الذين أعمل معهم داخل الملعب وخارجه.”وفقا للالمانية.');
    expect(b.map((c) => c.cue)).toEqual(['وقال', 'وأضاف']);
  });
});

describe('round 40: an attribution phrase inside a clause opened by its verb', () => {
  it('the clause goes on after the source, whole with the phrase (ويعمل النظام الجديد بحسب الشركة على تقليل …)', async () => {
    const a = await claimsOf('ويعمل النظام الجديد بحسب الشركة على تقليل استهلاك الوقود بنسبة كبيرة.');
    expect(a).toEqual([expect.objectContaining({ cue: 'بحسب', speaker: 'الشركة', content: 'ويعمل النظام الجديد بحسب الشركة على تقليل استهلاك الوقود بنسبة كبيرة' })]);
    const b = await claimsOf('وتحظى مدينة القريتين بأهمية استراتيجية وفق عبد الرحمن لوجودها على طريق يربط مدينة تدمر بريف القلمون الشرقي.');
    expect(b[0]!.content).toBe('وتحظى مدينة القريتين بأهمية استراتيجية وفق عبد الرحمن لوجودها على طريق يربط مدينة تدمر بريف القلمون الشرقي');
  });

  it('the source ends at a ب-phrase of the clause (وارتفعت الأسعار بحسب التقرير بنسبة 5%)', async () => {
    const cs = await claimsOf('وارتفعت الأسعار بحسب التقرير بنسبة 5% خلال الشهر الماضي.');
    expect(cs[0]).toEqual(expect.objectContaining({ speaker: 'التقرير', written: 'التقرير' }));
  });
});

describe('round 40: subjects inside quotation marks, groups of dealers, the next speaker\'s verb', () => {
  it('a quotation opening right before the cue holds its subject (وجاء فيه "أكد متعاملون …")', async () => {
    const cs = await claimsOf('التعليقات جاءت على الموضوع المنشور أمس وحمل عنوان "ارتفاع أسعار التأمين"، وجاء فيه "أكد متعاملون في قطاع التأمين السعودي، ارتفاع أسعار التأمين على المركبات بنسبة 50 %".');
    expect(cs).toEqual([expect.objectContaining({ cue: 'أكد', written: 'متعاملون في قطاع التأمين السعودي', content: 'ارتفاع أسعار التأمين على المركبات بنسبة 50 %' })]);
    // (… but a quoted verb alone has its subject before it)
    const b = await claimsOf('إلا أن بعثة الاتحاد الإفريقي في الصومال «نفت بشدة» مزاعم قتل مدنيين، وأوضحت أن قواتها اكتشفت مركز تدريب تابع لحركة الشباب.');
    expect(b.map((c) => c.speaker)).toEqual(['بعثة الاتحاد الإفريقي في الصومال', 'بعثة الاتحاد الإفريقي في الصومال']);
  });

  it('dealers, investors and specialists are a group that speaks (وتوقع متعاملون في السوق …)', async () => {
    const cs = await claimsOf('أكد متعاملون في قطاع التأمين السعودي، ارتفاع أسعار التأمين على المركبات منذ بداية العام بنسب راوحت ما بين 40 و50 في المائة.');
    expect(cs[0]).toEqual(expect.objectContaining({ written: 'متعاملون في قطاع التأمين السعودي', content: 'ارتفاع أسعار التأمين على المركبات منذ بداية العام بنسب راوحت ما بين 40 و50 في المائة' }));
  });

  it('an object that opens with the next speaker\'s و-verb after a comma is none: that speaker speaks (وأوضح الدكتور … قائلا)', async () => {
    const cs = await claimsOf('هذه الإصابات العضلية لها أسبابها وطرق لعلاجها والوقاية منها، وهي جوانب يكشف عنها متخصصون ومطلعون في مجال الطب الرياضي، وأوضح الدكتور سالم الزهراني قائلا "هناك عدة عوامل تؤدي للإصابة العضلية منها ضعف العضلات".');
    expect(cs.map((c) => [c.cue, c.speaker])).toEqual([['قائلا', 'سالم الزهراني']]);
    const b = await claimsOf('وذلك بعد أن تم الانتهاء من الترتيبات اللازمة بين الرئاسة ووزارتي الخدمة المدنية والمالية، أوضح ذلك سعادة مدير عام شؤون الموظفين الأستاذ مشهور بن ناشي المطرفي، وأضاف أن ذلك جاء وفق ما أقرته لجنة البدلات بالوزارة.');
    expect(b.map((c) => [c.cue, c.speaker, c.content])).toEqual([['وأضاف', 'مشهور بن ناشي المطرفي', 'ذلك جاء وفق ما أقرته لجنة البدلات بالوزارة']]);
  });
});

describe('round 40: a sign, a remark, a prayer, details withheld', () => {
  it('لافتة as a sign or as "remarkable" reports nothing; لافتة إلى أن does', async () => {
    expect(await claimsOf('ووضعت على مدخل القاعة لافتة "للكبار فقط" لمنع الأطفال من الدخول.')).toEqual([]);
    expect(await claimsOf('ولعب البريك للرائد معاراً منذ فترة الانتقالات الشتوية الماضية وقدم مستويات لافتة، دفعت مسؤولي الرائد إلى مخاطبة الإدارة الهلالية.')).toEqual([]);
    expect(await claimsOf('حيث سجلت متوسطات أسعار الأصول العقارية السكنية انخفاضات لافتة خلال الأشهر السبعة الأولى من العام الجاري، وصلت نسبة الانخفاض إلى نحو 16.6 في المائة.')).toEqual([]);
    const cs = await claimsOf('وأكدت الوزيرة أن المشروع سينتهي قريبا، لافتة إلى أن العمل يسير وفق الخطة.');
    expect(cs.map((c) => c.cue)).toEqual(['وأكدت', 'لافتة']);
  });

  it('"without giving any details" is the writer\'s, comma or not (… دون أن يقدم أي تفاصيل)', async () => {
    const cs = await claimsOf('وقال المسؤول إن البنك سيضخ سيولة جديدة في النظام المصرفي دون أن يقدم أي تفاصيل.');
    expect(cs[0]!.content).toBe('البنك سيضخ سيولة جديدة في النظام المصرفي');
  });

  it('a prayer asked of God (داعياً من الله العلي القدير أن …) asks nothing of anyone', async () => {
    expect(await claimsOf('وختم الكاتب رسالته شاكرا الجميع، داعياً من الله العلي القدير أن يمدك بطول العمر.')).toEqual([]);
  });
});

describe('round 40: a name between a role\'s comma and a colon, a judgement after the words', () => {
  it('the name after a role and its comma, before the colon, speaks (المتحدث الرسمي …، العميد الدكتور أيوب بن نحيت: …)', async () => {
    const cs = await claimsOf('وقال المتحدث الرسمي للمديرية العامة للسجون، العميد الدكتور أيوب بن نحيت: إن الإجراءات تسير وفق النظام.');
    expect(cs[0]).toEqual(expect.objectContaining({ speaker: 'أيوب بن نحيت', content: 'الإجراءات تسير وفق النظام' }));
  });

  it('، عادا هذا … (the speaker\'s judgement) ends the words before it', async () => {
    const cs = await claimsOf('وبين مدير المشروع أحمد الخديدي أن رعاية سما الطائف تأتي ضمن المسؤولية الاجتماعية، عادا هذا الدعم بداية تعاون مثمر.');
    expect(cs[0]!.content).toBe('رعاية سما الطائف تأتي ضمن المسؤولية الاجتماعية');
  });
});

describe('round 40: a body\'s quoted name as the topic of أما', () => {
  it('أما «النصرة» فقد أعلنت …: the quoted body speaks', async () => {
    const a = await claimsOf('أما «النصرة» فقد أعلنت رسميًا أنها تتبع لقيادة الظواهري، قائد «القاعدة» الحالي.');
    expect(a).toEqual([expect.objectContaining({ cue: 'أعلنت', speaker: 'النصرة', content: 'تتبع لقيادة الظواهري، قائد «القاعدة» الحالي' })]);
    const b = await claimsOf('وتم تسليم الموقوف إلى المراجع المختصة. أما «الوكالة الوطنية للإعلام» الرسمية، فأعلنت أن «الجيش أوقف في بلدة بريتال أربعة أشخاص».');
    expect(b.map((c) => [c.cue, c.speaker])).toEqual([['فأعلنت', 'الوكالة الوطنية للإعلام']]);
  });
});

describe('round 40: a role in apposition before the comma and the object', () => {
  it('a role right after the named speaker, located at a place, runs to the comma; the object follows (… سفير … لدى الأردن، متانة …)', async () => {
    const cs = await claimsOf('أكد الدكتور سامي بن عبدالله الصالح سفير خادم الحرمين الشريفين لدى الأردن، متانة العلاقات بين البلدين الشقيقين.');
    expect(cs).toEqual([expect.objectContaining({ speaker: 'سامي بن عبدالله الصالح', content: 'متانة العلاقات بين البلدين الشقيقين' })]);
  });
});
