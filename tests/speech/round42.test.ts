/**
 * Round 42 (a thirty-sixth audit: 180 claims of 400 SaudiNewsNet articles drawn fresh, judged blind, and the
 * relative clauses with a resumptive فيه / خلاله counted over 10,000 articles): the subject written after the
 * resumptive, a role in apposition up to the object noun, feminine titles, a quoted name inside a role, a speaker's
 * adjective in the nominative, the subject of the sentence's own verb for a joined pro-drop cue, a demand joined
 * to the words, and a parenthetical attribution inside a clause. Rows are real sentences of SaudiNewsNet articles,
 * shortened.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const claimsOf = async (text: string) =>
  (await extract(text)).claims.map((c) => ({ cue: c.cue.text, speaker: c.speaker?.name ?? null, written: c.speaker?.text ?? null, role: c.speaker?.role ?? null, content: c.content.text }));

describe('round 42: the subject written after a resumptive فيه / خلاله', () => {
  it('a dual party after خلاله, with a nominal object (الذي أكد خلاله الجانبان الحرص على …)', async () => {
    const cs = await claimsOf('وأثنى المجلس على إعلان القاهرة الذي أكد خلاله الجانبان الحرص على تعزيز الأمن والاستقرار في المنطقة.');
    expect(cs).toEqual([expect.objectContaining({ written: 'الجانبان', content: 'الحرص على تعزيز الأمن والاستقرار في المنطقة' })]);
  });

  it('a plural of people with the cue’s preposition (في الوقت الذي شدد فيه المستهلكون على …)', async () => {
    const cs = await claimsOf('وفي الوقت الذي شدد فيه المستهلكون على ضرورة تقيد جميع الشركات بالتخفيض، رأى مختصون أن ما قامت به الشركات جيد.');
    expect(cs[0]).toEqual(expect.objectContaining({ cue: 'شدد', written: 'المستهلكون', content: 'ضرورة تقيد جميع الشركات بالتخفيض' }));
  });

  it('a body with a nominal object, past a time word (أعلنت فيه وزارة الداخلية الأسبوع الماضي القبض على …)', async () => {
    const a = await claimsOf('في الوقت الذي أعلنت فيه وزارة الداخلية الأسبوع الماضي القبض على حوالي 400 عنصر ينتمون إلى تنظيم داعش.');
    expect(a).toEqual([expect.objectContaining({ written: 'وزارة الداخلية' })]);
    expect(a[0]!.content).toContain('القبض على حوالي 400 عنصر');
    const b = await claimsOf('يأتي ذلك في الوقت الذي أعلنت فيه هيئة الاتصالات وتقنية المعلومات إنجازها بخدمة 1569 قرية.');
    expect(b).toEqual([expect.objectContaining({ content: 'إنجازها بخدمة 1569 قرية' })]);
    expect(b[0]!.speaker).toContain('هيئة الاتصالات');
  });

  it('a demand whose subject is a plural noun, its act fused to ب (طالب فيه المشرعون بالمزيد …)', async () => {
    const cs = await claimsOf('وتأتي تصريحات كيري في الوقت الذي طالب فيه المشرعون بالمزيد من المعلومات عن توقيت رفع العقوبات.');
    expect(cs).toEqual([expect.objectContaining({ written: 'المشرعون', content: 'المزيد من المعلومات عن توقيت رفع العقوبات' })]);
  });

  it('after a relative joined by و (والذي أكد فيه الطبيب المعالج أن …; اللاعب resolved to his name)', async () => {
    const a = await claimsOf('وأحضر تقريرا من المستشفى والذي أكد فيه الطبيب المعالج أن حالته مستقرة.');
    expect(a).toEqual([expect.objectContaining({ written: 'الطبيب', content: 'حالته مستقرة' })]);
    const b = await claimsOf('واجتمعت إدارة الطائي مع اللاعب حمد الجهيم، والذي أكد فيه اللاعب عدم رغبته بالعودة للنادي.');
    expect(b).toEqual([expect.objectContaining({ speaker: 'حمد الجهيم', content: 'عدم رغبته بالعودة للنادي' })]);
  });

  it('a dual party after a document’s فيه, with أن (بيانا أكد فيه الجانبان أن …)', async () => {
    const cs = await claimsOf('وأصدر المجلس بيانا أكد فيه الجانبان أن التعاون مهم.');
    expect(cs).toEqual([expect.objectContaining({ written: 'الجانبان', content: 'التعاون مهم' })]);
  });

  it('the body that issued a document still speaks when the phrase after فيه is its addressee (طالبت فيه الحكومة ب…)', async () => {
    const cs = await claimsOf('وأصدرت الوزارة بيانا طالبت فيه الحكومة بالإسراع في صرف المستحقات.');
    expect(cs).toEqual([expect.objectContaining({ speaker: 'الوزارة', written: null })]);
  });
});

describe('round 42: the speaker phrase and where the words begin', () => {
  it('a role in apposition without a comma ends at the listed object noun after a definite word', async () => {
    const cs = await claimsOf('أكد صاحب السمو الملكي الأمير فيصل بن خالد أمير منطقة عسير رئيس مجلس التنمية السياحية بالمنطقة أهمية تقديم جميع الخدمات لزوار منطقة عسير.');
    expect(cs).toEqual([expect.objectContaining({ speaker: 'فيصل بن خالد', content: 'أهمية تقديم جميع الخدمات لزوار منطقة عسير' })]);
  });

  it('a feminine title opens the name after a role (الدكتورة مها المنيف), with an outlet before it or not', async () => {
    const a = await claimsOf('كشفت المديرة التنفيذية لبرنامج الأمان الأسري الوطني الدكتورة مها المنيف عن بدء تطبيق المشروع الوطني للحد من التنمر.');
    expect(a).toEqual([expect.objectContaining({ speaker: 'مها المنيف', role: 'المديرة التنفيذية لبرنامج الأمان الأسري الوطني', content: 'بدء تطبيق المشروع الوطني للحد من التنمر' })]);
    const b = await claimsOf('كشفت لـ«عكاظ» المدير التنفيذي لبرنامج الأمان الأسري الوطني الدكتورة مها المنيف عن بدء تطبيق المشروع الوطني للحد من التنمر.');
    expect(b).toEqual([expect.objectContaining({ speaker: 'مها المنيف', content: 'بدء تطبيق المشروع الوطني للحد من التنمر' })]);
    const c = await claimsOf('وقالت المدير التنفيذي لبرنامج الأمان الأسري الوطني الدكتورة مها المنيف إن المشروع سيبدأ قريبا.');
    expect(c[0]!.role).toBe('المدير التنفيذي لبرنامج الأمان الأسري الوطني');
  });

  it('a short quoted name inside the role does not hide the holder’s name after it', async () => {
    const cs = await claimsOf('وأوضح المشرف على الفعاليات الشبابية «تلي ماتش» بدر الذربان أن مثل هذه الألعاب تواكب مختلف الفئات العمرية.');
    expect(cs).toEqual([expect.objectContaining({ speaker: 'بدر الذربان', content: 'مثل هذه الألعاب تواكب مختلف الفئات العمرية' })]);
  });

  it('a thing’s noun in construct between وصف and its بأنه is the thing described, the speaker not written', async () => {
    const cs = await claimsOf('اكد الرئيس المصري عبد الفتاح السيسي ان القناة هدية. ووصف مشروع القناة بأنه خطوة من الف خطوة قادمة في مسيرة التنمية.');
    expect(cs[1]).toEqual(expect.objectContaining({ cue: 'ووصف', speaker: 'عبد الفتاح السيسي', written: null }));
    const b = await claimsOf('ووصف مدير الشركة القرار بأنه صائب.');
    expect(b[0]!.written).toBe('مدير الشركة');
  });

  it('a nominative plural adjective is no ب + noun: the words begin at the act (صحافيون بارزون بوضع …)', async () => {
    const a = await claimsOf('وطالب صحافيون بارزون بوضع «خطة سلامة قومية» خاصة بالكتاب، في حين دعا آخرون إلى تمكين اللجان الصحافية.');
    expect(a[0]!.content).toBe('وضع «خطة سلامة قومية» خاصة بالكتاب');
    const b = await claimsOf('وتعهد جمهوريون بارزون ببذل قصارى جهدهم لإثناء ادارة الرئيس عن ابرام اتفاق نووي مع إيران.');
    expect(b[0]!.content).toBe('بذل قصارى جهدهم لإثناء ادارة الرئيس عن ابرام اتفاق نووي مع إيران');
  });
});

describe('round 42: who a joined pro-drop cue belongs to, and where the words end', () => {
  it('a verb joined after a comma goes with the sentence’s own named subject, not an earlier speaker', async () => {
    const cs = await claimsOf('وقال الدكتور أحمد السالم إن الملتقى مهم. وفي الجلسة الأولى للملتقى تحدث رئيس قسم السياحة والآثار بجامعة حائل الدكتور عيد بن قعدنا العتيبي عن المواقع الأثرية في المملكة، وأشار إلى أن استدامة الحركة السياحية تعتمد على حماية المواقع الأثرية، وبيّن أن المخاطر كثيرة.');
    expect(cs.map((c) => c.speaker)).toEqual(['أحمد السالم', 'عيد بن قعدنا العتيبي', 'عيد بن قعدنا العتيبي']);
  });

  it('… but never a verb’s object read as that subject (وكان الوزير قد تفقد عددا من المدارس …، وأكد)', async () => {
    const cs = await claimsOf('وقال الوزير عزام الدخيل إن المدارس جاهزة. وكان الوزير قد تفقد عددا من مدارس المنطقة ووقف على جاهزيتها، وشملت الجولة عددا من المدارس في جازان، وأكد أن هذه الزيارة تأتي تنفيذا لتوجيهات القيادة.');
    expect(cs.map((c) => c.speaker)).toEqual(['عزام الدخيل', 'عزام الدخيل']);
  });

  it('a demand joined to the words with its addressee and act opens a claim of its own', async () => {
    const cs = await claimsOf('علق رئيس لجنة الاحتراف بالاتحاد السعودي عبدالله البرقان في عدة تغريدات حول قضية تسجيل لاعب الهلال، موضحاً بأن اللائحة تعطي 15 يوما للتسجيل المؤقت وليس 30 يوماً كما جاء في لائحة 2011 وطالب الجميع بعدم الاطلاع على اللائحة الدولية التي صدرت قبل 2012.');
    expect(cs.map((c) => [c.cue, c.speaker, c.content])).toEqual([
      ['موضحاً', 'عبدالله البرقان', 'اللائحة تعطي 15 يوما للتسجيل المؤقت وليس 30 يوماً كما جاء في لائحة 2011'],
      ['وطالب', 'عبدالله البرقان', 'الجميع بعدم الاطلاع على اللائحة الدولية التي صدرت قبل 2012'],
    ]);
  });

  it('… but a request told inside the words stays in them (وطلب التوبة)', async () => {
    const cs = await claimsOf('واكد محمد علي طاهري انه مستعد للتخلي عن معتقداته وطلب التوبة ان رأت السلطات انها بعيدة عن تعاليم الاسلام.');
    expect(cs).toHaveLength(1);
    expect(cs[0]!.content).toContain('وطلب التوبة');
  });

  it('an attribution between commas right after a complementizer is inside the clause (وأنه، حسب القانون، …)', async () => {
    const cs = await claimsOf('وأكد ماكولو أن تسريب معلومات سرية يهدد الأمن الوطني وأنه، حسب القانون، فأي تسريب لأي معلومات سرية يجب أن يحال إلى مكتب التحقيق الفيدرالي في نفس الوقت.');
    expect(cs).toHaveLength(1);
    expect(cs[0]!.content.endsWith('يجب أن يحال إلى مكتب التحقيق الفيدرالي في نفس الوقت')).toBe(true);
  });
});

describe('round 42: attributions and a topic before its verb (a thirty-seventh audit)', () => {
  it('“depending on each” is no source (بحسب كل شركة طيران), but كل من X وY is', async () => {
    const a = await claimsOf('حيث يتراوح الوزن عادة ما بين (32-48) كلغ بحسب كل شركة طيران، وحجم الطائرة، إلى جانب التقيد بوزن الحقيبة الواحدة.');
    expect(a).toEqual([]);
    const b = await claimsOf('وارتفعت الأسعار بنسبة 10 في المئة، بحسب كل من وزارة التجارة وهيئة الإحصاء.');
    expect(b).toEqual([expect.objectContaining({ cue: 'بحسب', content: 'وارتفعت الأسعار بنسبة 10 في المئة' })]);
  });

  it('a verb after the attribution’s comma that is a cue only with a given object leaves the attribution its claim', async () => {
    const cs = await claimsOf('وبحسب البيانات، يحمل 56% منهم الجنسية الألمانية.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'وبحسب', written: 'البيانات', content: 'يحمل 56% منهم الجنسية الألمانية' })]);
  });

  it('a document with the relative clause naming who published it, up to the comma before فإن', async () => {
    const cs = await claimsOf('وبحسب المقتطفات التي نشرتها وسائل الإعلام البريطانية، فإن خطة كاميرون تهدف لوقف محاولات الجماعات المتطرفة.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'وبحسب', content: 'خطة كاميرون تهدف لوقف محاولات الجماعات المتطرفة' })]);
  });

  it('a name the tagger cut short, its role, a comma, then the verb: the topic speaks', async () => {
    const a = await claimsOf('عيسي الجوكم رئيس القسم الرياضي بجريدة اليوم، يقول إن الأندية السعودية لم تستفد من أخطاء الماضي.');
    expect(a).toEqual([expect.objectContaining({ speaker: 'عيسي الجوكم', content: 'الأندية السعودية لم تستفد من أخطاء الماضي' })]);
    const b = await claimsOf('محمد العلي رئيس القسم الرياضي بجريدة اليوم، يقول إن الأندية السعودية لم تستفد من أخطاء الماضي.');
    expect(b).toEqual([expect.objectContaining({ speaker: 'محمد العلي' })]);
  });
});

describe('round 42: a descriptor resolved to the person the report names with that role', () => {
  it('a body’s spokesman in construct is the one named with that role before (متحدث المقاومة الجنوبية)', async () => {
    const cs = await claimsOf('قال علي شايف الحريري، المتحدث باسم المقاومة الشعبية الجنوبية، إن الوضع مستقر. ويستبعد متحدث المقاومة الجنوبية أن ينشب صراع بين تلك القوى.');
    expect(cs.map((c) => c.speaker)).toEqual(['علي شايف الحريري', 'علي شايف الحريري']);
  });

  it('… but “a spokesman for” stays an anonymous source', async () => {
    const cs = await claimsOf('وقال ذبيح الله مجاهد، المتحدث باسم حركة طالبان، إن الهجوم وقع ليلا. وقال متحدث باسم الشرطة البريطانية إن المهاجرين حاولوا الاختباء على متن شاحنات.');
    expect(cs[1]!.speaker).toBe('متحدث باسم الشرطة البريطانية');
  });

  it('a role the report names later with the same complement and the holder’s name (وزير الدفاع العراقي خالد العبيدي)', async () => {
    const cs = await claimsOf('قال وزير الدفاع العراقي اليوم الجمعة في تصريح مسجل إن أكثر من ألفي عراقي أعدموا على أيدي المتشددين. وتابعت المصادر أن التنظيم وزع قوائم تضم أسماء الضحايا. وقال وزير الدفاع العراقي خالد العبيدي في تسجيل مصور إن التنظيم أعدم المئات.');
    expect(cs.map((c) => c.speaker)).toEqual(['خالد العبيدي', 'المصادر', 'خالد العبيدي']);
  });
});

describe('round 42: input that ends at the subject after a resumptive', () => {
  it('a text cut right after the subject (والذي أكد فيه الطبيب) gives no claim and no error, repeated too', async () => {
    expect(await claimsOf('والذي أكد فيه الطبيب')).toEqual([]);
    const d = await extract('والذي أكد فيه الطبيب '.repeat(50));
    expect(Array.isArray(d.claims)).toBe(true);
  });
});
