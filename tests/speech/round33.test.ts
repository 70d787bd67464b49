/**
 * Round 33 (a twentieth audit of unannotated news: 250 claims and 120 probe sentences of 400 SaudiNewsNet articles
 * that no earlier round had read). Rows are real sentences of SaudiNewsNet articles, shortened.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const claimsOf = async (text: string) =>
  (await extract(text)).claims.map((c) => ({ cue: c.cue.text, speaker: c.speaker?.name ?? null, written: c.speaker?.text ?? null, role: c.speaker?.role ?? null, type: c.speaker?.type ?? null, content: c.content.text }));

describe('round 33: words that look like something else', () => {
  it('a feminine participle agreeing with the indefinite noun before it is an adjective (حالات إصابة مؤكدة بالفيروس)', async () => {
    const cs = await claimsOf('قالت وزارة الصحة اليوم في بيان حول فيروس كورونا أنه تم تسجيل ثلاثة حالات إصابة مؤكدة بالفيروس كلها في الرياض، وبينت الوزارة أنها في حالة مستقرة.');
    expect(cs[0]).toEqual(expect.objectContaining({ cue: 'قالت', speaker: 'وزارة الصحة', content: 'تم تسجيل ثلاثة حالات إصابة مؤكدة بالفيروس كلها في الرياض' }));
    expect(cs.some((c) => c.cue === 'مؤكدة')).toBe(false);
  });

  it('… but a participle with its definite object after it is the speaker\'s next act (ليس بحجة محذرة المسافرين من …)', async () => {
    const cs = await claimsOf('إلا أن الشرطة أكدت أن هذا الأمر ليس بحجة محذرة المسافرين من مغبة أن يستخدموا لتمرير مخدرات.');
    expect(cs[0]).toEqual(expect.objectContaining({ cue: 'أكدت', content: 'هذا الأمر ليس بحجة' }));
  });

  it('a present of the form تفعّل with a damma on its prefix is passive (الذي يُتوقع منه الكثير)', async () => {
    expect(await claimsOf('وكل هذا يلقي عبئاً كبيراً على الأستاذ راشد بن فهد الراشد رئيس التحرير الحالي الذي يُتوقع منه الكثير فهو ابن الجريدة.')).toEqual([]);
  });

  it('the verb آن "has come" is no complementizer (آن الأوان لإسماع صوت السلام)', async () => {
    const cs = await claimsOf('وقال التوفيق في كلمة إلى مؤتمر «الإسلام والسلام» في داكار: «آن الأوان لإسماع صوت السلام والأخوة الإنسانية»، داعيا إلى بناء مجتمعات تطبعها التعددية.');
    expect(cs[0]).toEqual(expect.objectContaining({ cue: 'وقال', content: 'آن الأوان لإسماع صوت السلام والأخوة الإنسانية' }));
  });

  it('the conditional إن before لم stays in the words, and opens them with no complementizer (قال: إن لم يوجد تنسيق … فإنه سيتم قريبا)', async () => {
    const colon = await claimsOf('وعن التنسيق مع الجبهات الأخرى قال اللواء محرم: إن لم يوجد تنسيق في المرحلة الحالية فإنه سيتم قريبا مؤكدا أن الجيش والمقاومة لن يقفوا.');
    expect(colon[0]).toEqual(expect.objectContaining({ cue: 'قال', content: 'إن لم يوجد تنسيق في المرحلة الحالية فإنه سيتم قريبا' }));
    const bare = await claimsOf('وقال الوزير إن لم تتوقف الهجمات فإن الحكومة سترد.');
    expect(bare).toEqual([expect.objectContaining({ cue: 'وقال', speaker: 'الوزير', content: 'إن لم تتوقف الهجمات فإن الحكومة سترد' })]);
  });

  it('the impersonal تبيّن أن "it became clear that" goes on with the words, it opens no claim (…، وعند وصول الفرق الإسعافية، تبين أنه حادث …)', async () => {
    const cs = await claimsOf('وأوضح المتحدث الرسمي مساعد غالي العنزي ان غرفة العمليات تلقت بلاغًا صباح امس، بوجود حادث انقلاب على طريق الجديدة، وعند وصول الفرق الإسعافية، تبين أنه حادث انقلاب سيارة تقل ثلاثة شبان، ونتج عنه وفاة شابين.');
    expect(cs).toHaveLength(1);
    expect(cs[0]!.content.endsWith('تبين أنه حادث انقلاب سيارة تقل ثلاثة شبان، ونتج عنه وفاة شابين')).toBe(true);
  });

  it('بين between two bodies joined by و, with no complement in the clause, is the preposition (خلافات … بين إدارة أوباما والدول العربية)', async () => {
    const cs = await claimsOf('ظهر جليًا في السنوات الماضية خلافاتٍ في الرؤى السياسية تجاه المنطقة بين إدارة أوباما والدول العربية، كان أولها رؤية أوباما أن تمكين جماعة الإخوان سيقضي على الإرهاب.');
    expect(cs.some((c) => c.cue === 'بين')).toBe(false);
    // (the verb with a compound subject and its complement is still the verb)
    const verb = await claimsOf('وفي الاجتماع بين وزير الشؤون البلدية والقروية أن المشاريع ستنجز قريبا.');
    expect(verb).toEqual([expect.objectContaining({ cue: 'بين', content: 'المشاريع ستنجز قريبا' })]);
  });
});

describe('round 33: no words reported', () => {
  it('a thing announced in a relative clause with its resumptive, and no words, is no claim (الموسم الذي أعلنت عنه وزارة الزراعة)', async () => {
    expect(await claimsOf('ويشهد الموسم الذي أعلنت عنه وزارة الزراعة إقبالا كبيرا.')).toEqual([]);
    // (a relative of time with its resumptive and the words is one: في الوقت الذي أعلنت فيه الوزارة أن …)
    const time = await claimsOf('في الوقت الذي أعلنت فيه وزارة الزراعة أن الموسم سيبدأ قريبا.');
    expect(time).toEqual([expect.objectContaining({ speaker: 'وزارة الزراعة', content: 'الموسم سيبدأ قريبا' })]);
  });

  it('an adverb written with ب is no fused object (وقطعت القوات بالمقابل خطوط الإمداد)', async () => {
    expect(await claimsOf('وقطعت القوات بالمقابل خطوط الإمداد عن المدينة.')).toEqual([]);
  });
});

describe('round 33: questions and threats', () => {
  it('تساءل عن + a noun is a question about it; in the present only with its subject after the verb', async () => {
    const cs = await claimsOf('وتساءل الأهالي عن إغفال الفرحة بالعيد كون بها ثلاثة مراكز إدارية يقطنها آلاف المواطنين.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'وتساءل', speaker: 'الأهالي', content: 'إغفال الفرحة بالعيد كون بها ثلاثة مراكز إدارية يقطنها آلاف المواطنين' })]);
    expect(cs[0]).toBeDefined();
    const one = await extract('ويتساءل المحلل العسكري عادل عبد الكافي عن ماهية التنظيم وكيف يتغلغل في أكثر من دولة.');
    expect(one.claims.map((c) => [c.cue.text, c.stance, c.content.text])).toEqual([['ويتساءل', 'question', 'ماهية التنظيم وكيف يتغلغل في أكثر من دولة']]);
    // (the writer's "you may wonder" is no one's question, nor is a manner word a speaker)
    expect(await claimsOf('ولذلك لا يلام هؤلاء عندما يتساءلون وبغرابة عن سر سفر الأندية للخارج لإقامة المعسكرات.')).toEqual([]);
    expect(await claimsOf('وقد تتساءل عن النشاطات التي يمكنك ممارستها على مساحة 35 ألف متر مربع.')).toEqual([]);
  });

  it('an adverb with ب before the object is skipped (وهدد المجلس بالفعل بعواقب …)', async () => {
    const cs = await claimsOf('وسيمهد تحديد المسؤولية الطريق أمام مجلس الأمن لاتخاذ اجراءات. وهدد المجلس بالفعل بعواقب لمثل هذه الهجمات قد تشمل فرض عقوبات.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'وهدد', content: 'عواقب لمثل هذه الهجمات قد تشمل فرض عقوبات' })]);
  });

  it('an adverb after the cue is never the speaker, not even for want of another (وكانت تدعو خصوصا إلى …)', async () => {
    const cs = await claimsOf('وكانت وزيرة الخارجية الأميركية تؤيد علنا تطبيع العلاقات مع كوبا، وكانت تدعو خصوصا إلى رفع الحظر الاقتصادي المفروض على الجزيرة.');
    expect(cs.some((c) => c.speaker === 'خصوصا' || c.written === 'خصوصا')).toBe(false);
  });
});

describe('round 33: where the words end', () => {
  it('a joined cue with its named speaker, a colon and a quotation ends the words before it; a poet named inside a quotation does not (…، وأضاف المصدر: «…»)', async () => {
    const cs = await claimsOf('وقال المصدر إن القوات ستتقدم تلقائيا، وأضاف المصدر: «بعدها ستتم السيطرة على المدينة بالكامل».');
    expect(cs.map((c) => [c.cue, c.content])).toEqual([
      ['وقال', 'القوات ستتقدم تلقائيا'],
      ['وأضاف', 'بعدها ستتم السيطرة على المدينة بالكامل'],
    ]);
    const poem = await claimsOf('يقول الجاحظ تحت فصل بعنوان "من هجي بأكل لحوم الناس": "أكل لحوم الناس، وما قيل في ذلك من شعر: وقال معروف الدبيري في أكلهم لحوم الناس: إذا ما ضفت يوما فقعسيا فلا تطعم له أبدا طعاما');
    expect(poem.some((c) => c.cue === 'وقال')).toBe(false);
  });

  it('a nominal object ends at a past cue with its own named speaker and quotation (… التسجيل قال البرقان «إن …»)', async () => {
    const cs = await claimsOf('وأضاف البرقان أن الناديين لم ينهيا الشكاوي. وتساءلت الصحيفة عن الشكاوي التي على نادي الوحدة إذا ماكان قد تم تحويلها لغرفة فض المنازعات وبالتالي يحق لنادي الوحدة التسجيل قال البرقان «إن عدد الشكاوي التي وصلت اللجنة 20 شكوى».');
    expect(cs.map((c) => [c.cue, c.content])).toEqual([
      ['وأضاف', 'الناديين لم ينهيا الشكاوي'],
      ['وتساءلت', 'الشكاوي التي على نادي الوحدة إذا ماكان قد تم تحويلها لغرفة فض المنازعات وبالتالي يحق لنادي الوحدة التسجيل'],
      ['قال', 'عدد الشكاوي التي وصلت اللجنة 20 شكوى'],
    ]);
  });

  it('a participle of thanks agreeing with the speaker ends the words, with or without a comma (… بنجاح العملية الجراحية معبرا عن شكره …)', async () => {
    const cs = await claimsOf('وذكر محمد ابو الرحى ان الجهاز الاداري والطبي بمستشفى النهضة بمسقط اقام يوم الجمعة الماضي حفلة خاصة للطفلة «زينب» للاحتفال بنجاح العملية الجراحية معبرا عن شكره في الوقت نفسه لوقوف السفير السعودي مع اسرة الطفلة.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'وذكر', content: 'الجهاز الاداري والطبي بمستشفى النهضة بمسقط اقام يوم الجمعة الماضي حفلة خاصة للطفلة «زينب» للاحتفال بنجاح العملية الجراحية' })]);
  });

  it('unquoted words after a colon end at a joined cue with its own named speaker and colon (… رائعاً.. وتابع نابوت: …)', async () => {
    const cs = await claimsOf('وقال نابوت: نعتقد أن بلاتيني يملك الصفات اللازمة ليكون رئيساً رائعاً.. وتابع نابوت وهو نائب رئيس فيفا راهناً: هو رجل استثنائي.');
    expect(cs).toEqual([
      expect.objectContaining({ cue: 'وقال', content: 'نعتقد أن بلاتيني يملك الصفات اللازمة ليكون رئيساً رائعاً' }),
      expect.objectContaining({ cue: 'وتابع', speaker: 'نابوت', content: 'هو رجل استثنائي' }),
    ]);
  });
});

describe('round 33: speaker phrases', () => {
  it('a person name that is ف + ال… never written without its ف keeps it (فالكاو, not الكاو)', async () => {
    const doc = await extract('وأوضح فالكاو عقب مباراة الدرع: «أنا في وضع جيد». وأضاف فالكاو: «لا أشعر بالضغط من أجل التسجيل».');
    expect(doc.claims.map((c) => c.speaker?.name)).toEqual(['فالكاو', 'فالكاو']);
    // (و + a family name is still stripped: وأكد والعتيبي → العتيبي)
    const wa = await claimsOf('وقال العتيبي إن الأمر محسوم، وأكد والعتيبي أن الموعد قريب.');
    expect(wa.map((c) => c.speaker)).toEqual(['العتيبي', 'العتيبي']);
  });

  it('a long role, then the abbreviated title م. and the holder\'s name (… لدول الخليج العربية م. أحمد علي الإبراهيم)', async () => {
    const cs = await claimsOf('أوضح الرئيس التنفيذي لهيئة الربط الكهربائي لدول مجلس التعاون لدول الخليج العربية م. أحمد علي الإبراهيم أنه تم يوم الأربعاء الماضي الانتهاء بنجاح من أعمال الفحوصات.');
    expect(cs).toEqual([expect.objectContaining({ written: 'أحمد علي الإبراهيم', content: 'تم يوم الأربعاء الماضي الانتهاء بنجاح من أعمال الفحوصات' })]);
    expect(cs[0]!.role).toContain('الرئيس التنفيذي لهيئة الربط الكهربائي');
  });

  it('a body the accuser belongs to, with ب and his name after it, is no charge (اتهم عضو لجنة المقاولين بالغرفة التجارية … محمد برمان اليامي جهات حكومية بالتسبب …)', async () => {
    const cs = await claimsOf('اتهم عضو لجنة المقاولين بالغرفة التجارية الصناعية بالشرقية محمد برمان اليامي جهات حكومية بالتسبب في تعثر المشاريع.');
    expect(cs).toEqual([expect.objectContaining({ written: 'محمد برمان اليامي', content: 'جهات حكومية بالتسبب في تعثر المشاريع' })]);
    expect(cs[0]!.role).toBe('عضو لجنة المقاولين بالغرفة التجارية الصناعية بالشرقية');
    // (a charge with ب is still one: اتهم مواطنون الشركة المتعهدة بالمماطلة …)
    const charge = await claimsOf('واتهم مواطنون الشركة المتعهدة بالمماطلة في تنفيذ المشروع.');
    expect(charge).toEqual([expect.objectContaining({ written: 'مواطنون', content: 'الشركة المتعهدة بالمماطلة في تنفيذ المشروع' })]);
  });

  it('a foreign first name spelled like a cue, after a noun and before a tagged family name, is no cue (مخرج الفيلم تري باركر)', async () => {
    const cs = await claimsOf('وقال مخرج الفيلم تري باركر إن الولايات المتحدة تحارب الإرهاب بطريقتها.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'وقال', speaker: 'باركر', content: 'الولايات المتحدة تحارب الإرهاب بطريقتها' })]);
  });

  it('a first name and آل before a family name the tagger took alone are the name (عالية آل فريد, not فريد)', async () => {
    const doc = await extract('وأشارت عضو الجمعية الوطنية لحقوق الإنسان في المنطقة الشرقية عالية آل فريد إلى وجود بوادر للعديد من السيدات لترشيح أنفسهن.');
    expect(doc.claims[0]!.speaker?.name).toBe('عالية آل فريد');
    expect(doc.entities.filter((e) => e.type === 'PERS').map((e) => e.name)).toEqual(['عالية آل فريد']);
  });

  it('"for his part" right after the cue is skipped (ويقول من جانبه أمين عام لجنة التنمية السياحية السابق: إن …)', async () => {
    const cs = await claimsOf('ويقول من جانبه أمين عام لجنة التنمية السياحية السابق: إن «روشن» الملك عبد العزيز في مركز قصر ابن عقيل ، يقع على الضفة الجنوبية لوادي الرمة.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'ويقول', speaker: 'أمين عام لجنة التنمية السياحية السابق' })]);
    expect(cs[0]!.content).toContain('يقع على الضفة الجنوبية لوادي الرمة');
  });

  it('سرعان ما between the subject and its verb (لكن الوزير سرعان ما نفى أن …)', async () => {
    const cs = await claimsOf('لكن الوزير سرعان ما نفى أن تكون قواته قد شاركت في الهجوم.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'نفى', speaker: 'الوزير', content: 'تكون قواته قد شاركت في الهجوم' })]);
  });

  it('a group of people in one word speaks with a nominal object (أكد الثوار وجود خبراء …، اتهم الانفصاليون القوات الأوكرانية …)', async () => {
    const cs = await claimsOf('في تأكيد للدور الإيراني السالب الذي أدى إلى تفجر الأحداث في اليمن، أكد الثوار وجود خبراء من الحرس الثوري الإيراني داخل قاعدة العند الجوية في لحج.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'أكد', speaker: 'الثوار', content: 'وجود خبراء من الحرس الثوري الإيراني داخل قاعدة العند الجوية في لحج' })]);
    const accused = await claimsOf('لكن في مقابل هذه التصريحات اتهم الانفصاليون القوات الأوكرانية بتكثيف الهجمات وإطلاق النار على مناطق مدنية.');
    expect(accused).toEqual([expect.objectContaining({ cue: 'اتهم', speaker: 'الانفصاليون', content: 'القوات الأوكرانية بتكثيف الهجمات وإطلاق النار على مناطق مدنية' })]);
  });

  it('a demand\'s addressee, a body or a group after the definite subject, is no part of the speaker (طالب المستثمر السعودي الحكومة المصرية بإعادة …)', async () => {
    const cs = await claimsOf('إذ طالب المستثمر السعودي الحكومة المصرية بإعادة مليار جنيه.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'طالب', speaker: 'المستثمر السعودي', content: 'الحكومة المصرية بإعادة مليار جنيه' })]);
    const group = await claimsOf('ودعت المديرية الأخوة اليمنيين إلى سرعة مراجعة مراكز التصحيح.');
    expect(group).toEqual([expect.objectContaining({ cue: 'ودعت', speaker: 'المديرية', content: 'الأخوة اليمنيين إلى سرعة مراجعة مراكز التصحيح' })]);
  });

  it('an honorific form of address, then a comma and the person addressed (أكد صاحب السمو، الأمير جلوي …، أمير منطقة نجران، حرص …)', async () => {
    const cs = await claimsOf('أكد صاحب السمو، الأمير جلوي بن عبدالعزيز بن مساعد، أمير منطقة نجران، حرص خادم الحرمين الشريفين على راحة الشعب اليمني وسلامته، مشيرًا سموّه إلى أن ما قام به من أعمال مباركة يجسّد إنسانية الملك.');
    expect(cs).toEqual([
      expect.objectContaining({ cue: 'أكد', speaker: 'جلوي بن عبدالعزيز بن مساعد', content: 'حرص خادم الحرمين الشريفين على راحة الشعب اليمني وسلامته' }),
      expect.objectContaining({ cue: 'مشيرًا', speaker: 'جلوي بن عبدالعزيز بن مساعد' }),
    ]);
  });

  it('a separate لـ before a quoted body and the holder\'s name (الأمين العام لـ«أوبك» عبد الله البدري), not the outlet spoken to', async () => {
    const cs = await claimsOf('وأشار الأمين العام لـ«أوبك» عبد الله البدري، أول من أمس (الخميس)، إلى أن الدول الأعضاء لن تخفض إنتاج النفط، قائلاً إن «ارتفاع الطلب سيحول دون مزيد من الانخفاض».');
    expect(cs.map((c) => c.speaker)).toEqual(['عبد الله البدري', 'عبد الله البدري']);
    const outlet = await claimsOf('وأوضحت مصادر لـ”الوئام” أن سبب الدهس هو عدم وضع عواكس.');
    expect(outlet).toEqual([expect.objectContaining({ written: 'مصادر', content: 'سبب الدهس هو عدم وضع عواكس' })]);
  });
});

describe('round 33: according to', () => {
  it('a source in brackets right after بحسب (وبحسب (واس): لجنة … تزور …)', async () => {
    const colon = await claimsOf('وبحسب (واس): لجنة من إمارة منطقة المدينة المنورة تزور فجأة مستشفى أحد هناك، وتضبط سوءًا في بعض الخدمات.');
    expect(colon).toEqual([expect.objectContaining({ speaker: 'واس', content: 'لجنة من إمارة منطقة المدينة المنورة تزور فجأة مستشفى أحد هناك، وتضبط سوءًا في بعض الخدمات' })]);
    const verb = await claimsOf('وبحسب (واس) زارت لجنة من إمارة منطقة المدينة المنورة فجأة مستشفى أحد هناك.');
    expect(verb).toEqual([expect.objectContaining({ speaker: 'واس', content: 'زارت لجنة من إمارة منطقة المدينة المنورة فجأة مستشفى أحد هناك' })]);
  });
});

describe('round 33: who speaks on', () => {
  it('an unnamed role before الذي is the subject of the relative clause, and of what follows (مستشار وزير الري الذي وصف …، لافتا …، لكنه اعترف …)', async () => {
    const cs = await claimsOf('وقال مسؤول في الوفد المشارك في المفاوضات إن الجولة الجديدة لا تعد خطوة إلى الخلف. الحذر نفسه من جولة الخرطوم عبر عنه مستشار وزير الري الذي وصف المفاوضات بـ«الصعبة والمعقدة»، لافتا إلى حاجة المفاوض المصري للصبر، لكنه اعترف أيضا بأن الوقت ليس في صالح بلاده.');
    expect(cs.map((c) => [c.cue, c.speaker])).toEqual([
      ['وقال', 'مسؤول في الوفد'],
      ['وصف', 'مستشار وزير الري'],
      ['لافتا', 'مستشار وزير الري'],
      ['اعترف', 'مستشار وزير الري'],
    ]);
  });

  it('بيد أنه قال: the subject of its own sentence, not the last source (ولم يقطع الوزير المصري …، بيد أنه قال إن …)', async () => {
    const cs = await claimsOf('ووفقًا للبيان فإن الوزراء اتفقوا على خريطة طريق. ولم يقطع الوزير المصري بأن بلاده تجاوزت مخاوفها بشأن سد النهضة، بيد أنه قال إن تحديد حجم المخاوف يعتمد على دراسات الاستشاري.');
    expect(cs[1]).toEqual(expect.objectContaining({ cue: 'قال', speaker: 'الوزير المصري' }));
  });

  it('a participle with an honorific pronoun speaks for a named person, not for the words after a verb of doing (مؤكدا سموه)', async () => {
    const cs = await claimsOf('وتفقد الأمير محمد بن نايف بن عبدالعزيز آل سعود المسجد الذي وقعت فيه الحادثة الإرهابية الخميس الماضي.  وبعد أن أدى ركعتي تحية المسجد، اطلع على آثار التفجير الآثم داخل المسجد، مؤكدا سموه أن آثار الدماء لن تزيد الجميع إلا إصرارا وثباتا.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'مؤكدا', speaker: 'محمد بن نايف بن عبدالعزيز آل سعود' })]);
  });

  it('a role alone names the person written just before it, past the name\'s closing quotation mark (بحسب “جان شارل بريزار” الخبير …. … بحسب الخبير)', async () => {
    const cs = await claimsOf('واستولى التنظيم على أكثر من مليون طن من القمح، أي “خمس الاستهلاك السنوي في العراق” بحسب “جان شارل بريزار” الخبير في تمويل الإرهاب. وفي سوريا سيطر الجهاديون على 30 بالمئة من إنتاج القمح في منطقتي الرقة ودير الزور الخاضعتين لهما بحسب الخبير.');
    expect(cs.map((c) => c.speaker)).toEqual(['جان شارل بريزار', 'جان شارل بريزار']);
  });

  it('a country right after a feminine demand verb is its subject, not its addressee (وتطالب الصين بالسيطرة على …)', async () => {
    const cs = await claimsOf('وقال مسؤول أميركي إن واشنطن قلقة. وتطالب الصين بالسيطرة على غالبية بحر الصين الجنوبي، وهو طريق ملاحة رئيسي.');
    expect(cs[1]).toEqual(expect.objectContaining({ cue: 'وتطالب', speaker: 'الصين', written: 'الصين' }));
  });

  it('a plural participle after a speaker named by a plural word stays with it (حيث أكد كثيرون على أن …، مشيرين)', async () => {
    const cs = await claimsOf('وأكد عدد من ملاك الاستراحات أنه من الطبيعي أن ترتفع الأسعار خلال ايام العيد، لافتين إلى أن هذه الفترة هي موسم الاستراحات، حيث أكد كثيرون على أن أصحاب الاستراحات يستغلون ذلك بشكل واضح، مشيرين إلى أن الأسعار مبالغ فيها بشكل كبير.');
    expect(cs.map((c) => [c.cue, c.speaker])).toEqual([
      ['وأكد', 'عدد من ملاك الاستراحات'],
      ['لافتين', 'عدد من ملاك الاستراحات'],
      ['أكد', 'كثيرون'],
      ['مشيرين', 'كثيرون'],
    ]);
  });

  it('a plural cue takes a quantity of people with its partitive, after بدورهم، (أشاد عدد من المسؤولين … التي أكدوا أنها …)', async () => {
    const cs = await claimsOf('وقال أمين المنطقة خالد بن عبدالقادر طاهر إن الفعاليات متنوعة. بدورهم، أشاد عدد من المسؤولين في منطقة المدينة المنورة بفعاليات "عيد طيبة 36" التي تنظمها أمانة منطقة المدينة المنورة، التي أكدوا أنها جمعت بين أصالة الموروث وثقافة الحاضر.');
    expect(cs[1]).toEqual(expect.objectContaining({ cue: 'أكدوا', speaker: 'عدد من المسؤولين في منطقة المدينة المنورة', type: 'ANON' }));
  });

  it('a body in quotation marks after a feminine verb is the subject of the verb joined to it (وأدانت «القائمة العربية المشتركة» …، وقالت: …)', async () => {
    const cs = await claimsOf('وقالت دائرة الأوقاف إن الاقتحام خطير. وأدانت «القائمة العربية المشتركة» بشدة هذه الاعتداءات، وقالت: «إن هدف دخوله الاستفزازي تغيير الوضع القائم».');
    expect(cs[1]).toEqual(expect.objectContaining({ cue: 'وقالت', speaker: 'القائمة العربية المشتركة', content: 'هدف دخوله الاستفزازي تغيير الوضع القائم' }));
  });
});
