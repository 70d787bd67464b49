/**
 * Round 41 (a thirty-fifth audit: 180 claims of 400 SaudiNewsNet articles drawn fresh, judged blind): the event a
 * speaker spoke in (أكد خلاله), roles resolved to the person the article names with them, an aide of a titled
 * person, a cue verb's own subject before قائلا, players left out of a squad, a body's own programme after وفق, and
 * a quotation opening a clause that goes on. Rows are real sentences of SaudiNewsNet articles, shortened.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const claimsOf = async (text: string) =>
  (await extract(text)).claims.map((c) => ({ cue: c.cue.text, speaker: c.speaker?.name ?? null, written: c.speaker?.text ?? null, role: c.speaker?.role ?? null, content: c.content.text, direct: c.direct }));

describe('round 41: the event the words were said in (خلاله)', () => {
  it('a call held by a named person: the caller speaks, and خلاله is no speaker or content', async () => {
    const cs = await claimsOf('أجرى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود - حفظه الله - اتصالاً هاتفياً أمس بفخامة الرئيس عبدالفتاح السيسي رئيس جمهورية مصر العربية أكد خلاله على أهمية (إعلان القاهرة) وما يحمله من مضامين.');
    expect(cs).toHaveLength(1);
    expect(cs[0]).toEqual(expect.objectContaining({ speaker: 'سلمان بن عبدالعزيز آل سعود', written: null }));
    expect(cs[0]!.content.startsWith('أهمية')).toBe(true);
  });

  it('the verb that held the event opens no subject phrase (وأجرى، وعقد)', async () => {
    const a = await claimsOf('وأجرى الوزير اتصالا بنظيره الأردني أكد خلاله على أهمية التعاون بين البلدين.');
    expect(a).toEqual([expect.objectContaining({ speaker: 'الوزير', written: null, content: 'أهمية التعاون بين البلدين' })]);
    const b = await claimsOf('وعقد الوزير مؤتمرا صحفيا أوضح خلاله أن المملكة ماضية في دعم اليمن.');
    expect(b).toEqual([expect.objectContaining({ speaker: 'الوزير', written: null, content: 'المملكة ماضية في دعم اليمن' })]);
  });

  it('… and the speaker written after خلالها speaks (عقد المجلس جلسة أكد خلالها رئيس المجلس)', async () => {
    const cs = await claimsOf('وعقد المجلس جلسة أكد خلالها رئيس المجلس أن الحكومة ماضية في الإصلاح.');
    expect(cs).toEqual([expect.objectContaining({ written: 'رئيس المجلس', content: 'الحكومة ماضية في الإصلاح' })]);
  });

  it('an indefinite accusative with its tanwin ends the name the tagger ran into it (سلمان اتصالاً)', async () => {
    const d = await extract('أجرى الملك سلمان اتصالاً هاتفياً أمس بالرئيس عبدالفتاح السيسي أكد خلاله على أهمية إعلان القاهرة.');
    expect(d.entities.filter((e) => e.type === 'PERS').map((e) => e.name)).toEqual(['سلمان', 'عبدالفتاح السيسي']);
  });
});

describe('round 41: roles resolved to the person the article names with them', () => {
  it('a title written with initials goes with the name, not the role (أ.د. محمد بن عطية الحمراني)', async () => {
    const cs = await claimsOf('وقال المشرف العام على الجمعية أ.د. محمد بن عطية الحمراني، إن هذه المشاركة تأتي تفعيلاً للدور الاجتماعي.');
    expect(cs[0]).toEqual(expect.objectContaining({ speaker: 'محمد بن عطية الحمراني', role: 'المشرف العام على الجمعية' }));
  });

  it('"the Yemeni official" is the named person whose role is "in Yemen"', async () => {
    const cs = await claimsOf('نوه رئيس هيئة الأركان العامة في اليمن اللواء محمد المقدشي بالدور المحوري الذي أسهمت به دول التحالف، مؤكدا أن عاصفة الحزم قلبت الموازين. ولفت المسؤول اليمني، الانتباه إلى أن تحرير العاصمة صنعاء يعد من أولويات القوات.');
    expect(cs.map((c) => c.speaker)).toEqual(['محمد المقدشي', 'محمد المقدشي']);
  });

  it('a short role names the person given its longer form earlier (أمين المدينة ← أمين منطقة المدينة المنورة)', async () => {
    const cs = await claimsOf('استقبل أمين منطقة المدينة المنورة الدكتور خالد طاهر الوفد في مكتبه. وعن أهداف الجمعية قال أمين المدينة: إن الجمعية تهدف إلى تطوير آليات العمل التعاوني.');
    expect(cs).toEqual([expect.objectContaining({ written: 'أمين المدينة', speaker: 'خالد طاهر' })]);
  });

  it('the aide of a titled person speaks, not the person (السكرتير الخاص للرئيس هادي)', async () => {
    const a = await claimsOf('وأكد السكرتير الخاص للرئيس هادي أن الأوضاع تتطور بايجابية.');
    expect(a[0]!.speaker).toBe('السكرتير الخاص للرئيس هادي');
    // (a nisba closes the title: the name after it is the adviser's own)
    const b = await claimsOf('أكد مستشار الرئيس الفلسطيني محمود الهباش أن انعقاد القمة خطوة إيجابية.');
    expect(b[0]).toEqual(expect.objectContaining({ speaker: 'محمود الهباش', role: 'مستشار الرئيس الفلسطيني' }));
  });

  it('a speech by a role behind ل, its holder untagged, speaks through فيها (وكلمة لقائد عام المخيم …)', async () => {
    const cs = await claimsOf('وتضمن حفل الافتتاح، استعراضا لأعلام الدول المشاركة، وكلمة لقائد عام المخيم تكاياسو شيما، أكد فيها أهمية المخيم في تعزيز الصداقة.');
    expect(cs).toEqual([expect.objectContaining({ speaker: 'قائد عام المخيم تكاياسو شيما', content: 'أهمية المخيم في تعزيز الصداقة' })]);
  });
});

describe('round 41: subjects and objects', () => {
  it('a cue verb\'s own subject right before قائلا speaks, tagged or not', async () => {
    const cs = await claimsOf('وقال سليمان البراك إن الحفل ناجح. وأضاف السبيعي قائلا: لقد رأينا أن نعقد الحفل بعد عودة الطلاب.');
    expect(cs.map((c) => c.speaker)).toEqual(['سليمان البراك', 'السبيعي']);
  });

  it('a plural in construct takes its genitive, a time word too (مرتادو يوم المزارع)', async () => {
    const cs = await claimsOf('ويتوقع مرتادو يوم المزارع من المتسوقين أن يطرأ تحسن على الأسعار.');
    expect(cs[0]).toEqual(expect.objectContaining({ written: 'مرتادو يوم المزارع', content: 'يطرأ تحسن على الأسعار' }));
  });

  it('"more" behind its preposition is the object, never a speaker carried on (ودعا لمزيد من …)', async () => {
    const cs = await claimsOf('وقال الباحث محمد المصلي إن المتاحف مهمة. ودعا لمزيد من تشجيع القائمين على المتاحف التراثية الخاصة. وذكر أن المتاحف التراثية الخاصة تساهم بشكل فاعل.');
    expect(cs.map((c) => c.speaker)).toEqual(['محمد المصلي', 'محمد المصلي', 'محمد المصلي']);
    expect(cs[1]!.content.startsWith('لمزيد من تشجيع')).toBe(true);
  });

  it('an attribution word opens no subject phrase; its source speaks when the complement follows the cue', async () => {
    const a = await claimsOf('وحسب موقع “فيتو” اعتقد البعض أنه سيلتقط عددا من الصور ويلحق بهم في الصلاة.');
    expect(a.map((c) => c.written)).toEqual(['البعض']);
    const b = await claimsOf('قتل أربعة أشخاص أمس في هجوم استهدف فندقا في مدينة سيفاري، حسب مصدر عسكري مالي أوضح أن الهجوم عبارة عن عملية «احتجاز رهائن» في الفندق.');
    expect(b).toEqual([expect.objectContaining({ cue: 'أوضح', written: 'مصدر عسكري مالي' })]);
  });

  it('a quotation opening the complement, the clause going on past it, is part of indirect words', async () => {
    const cs = await claimsOf('وأكد الاتحاد أن “جمعية عمومية غير عادية” بمشاركة جميع الأعضاء وعددهم 209 أعضاء ستعقد من أجل اختيار رئيس جديد للاتحاد.');
    expect(cs[0]).toEqual(expect.objectContaining({ direct: false, content: '“جمعية عمومية غير عادية” بمشاركة جميع الأعضاء وعددهم 209 أعضاء ستعقد من أجل اختيار رئيس جديد للاتحاد' }));
  });
});

describe('round 41: no claim', () => {
  it('players left out of a squad (استبعد … حارس المرمى فواز الخيبري), but a ruled-out event stays', async () => {
    expect(await claimsOf('استبعد مدرب الفريق الأول لكرة القدم بنادي الاتحاد «لازار بولوني»، حارس المرمى فواز الخيبري، والمهاجم سلمان الصبياني من قائمة الفريق.')).toEqual([]);
    const cs = await claimsOf('واستبعد المدرب مشاركة اللاعب محمد الشلهوب في المباراة المقبلة.');
    expect(cs).toEqual([expect.objectContaining({ written: 'المدرب', content: 'مشاركة اللاعب محمد الشلهوب في المباراة المقبلة' })]);
  });

  it('a body\'s own programme or plan after وفق is no source (وفق برنامجها اليومي)', async () => {
    expect(await claimsOf('نفذت إدارة الرقابة الشاملة وفق برنامجها اليومي وبمتابعة أمين منطقة عسير صالح بن عبدالله القاضي أمس جولات رقابية على المخابز.')).toEqual([]);
  });
});
