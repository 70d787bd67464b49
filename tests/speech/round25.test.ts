/**
 * Round 25 (an eleventh audit of unannotated news: 250 claims and 120 probe sentences of 500 SaudiNewsNet articles).
 * Rows are real sentences of SaudiNewsNet articles, shortened.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const claimsOf = async (text: string) =>
  (await extract(text)).claims.map((c) => ({ cue: c.cue.text, speaker: c.speaker?.name ?? null, written: c.speaker?.text ?? null, role: c.speaker?.role ?? null, type: c.speaker?.type ?? null, content: c.content.text }));

describe('round 25: the speaker phrase', () => {
  it('a family name with آل keeps its last word (الشيخ عبدالعزيز آل الشيخ)', async () => {
    const cs = await claimsOf('وقال الشيخ عبدالعزيز آل الشيخ إن الإرهاب لا دين له.');
    expect(cs).toEqual([expect.objectContaining({ written: 'الشيخ عبدالعزيز آل الشيخ', speaker: 'عبدالعزيز آل الشيخ', content: 'الإرهاب لا دين له' })]);
  });

  it('a body named with a ل-genitive before a nominal report (المرصد السوري لحقوق الإنسان بمقتل …)', async () => {
    const cs = await claimsOf('أفاد المرصد السوري لحقوق الإنسان بمقتل اثنين من كبار قادة تنظيم داعش في غارة جوية بشمال شرق سوريا اليوم الاثنين.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'أفاد', written: 'المرصد السوري لحقوق الإنسان', content: 'مقتل اثنين من كبار قادة تنظيم داعش في غارة جوية بشمال شرق سوريا اليوم الاثنين' })]);
  });

  it('… and before the preposition of a warning (الجمعية السعودية لطب العيون من …)', async () => {
    const cs = await claimsOf('حذّرت الجمعية السعودية لطب العيون من خطورة الألعاب النارية المنتشرة بين الأطفال خلال أيام العيد.');
    expect(cs).toEqual([expect.objectContaining({ written: 'الجمعية السعودية لطب العيون', content: 'خطورة الألعاب النارية المنتشرة بين الأطفال خلال أيام العيد' })]);
  });

  it('the ل-genitive belongs to the name only right after its head (not القائمة النهائية لمرشحي …)', async () => {
    const cs = await claimsOf('أعلنت الرئاسة العامة لرعاية الشباب القائمة النهائية لمرشحي الرئاسة في نادي الاتفاق بعد انتهاء فترة الطعون.');
    expect(cs).toHaveLength(1);
    expect(cs[0]!.written).not.toContain('لمرشحي');
  });

  it('a body quoted right before إن is the speaker, not a quotation («إي إس بي إن»)', async () => {
    const cs = await claimsOf('وقال «إي إس بي إن» إن هذا ثاني انتصار للفريق على ملعبه هذا الموسم.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'وقال', written: 'إي إس بي إن', content: 'هذا ثاني انتصار للفريق على ملعبه هذا الموسم' })]);
  });

  it('… and a quoted company before its apposition and في بيان إنها (وقالت «هوندا»، …)', async () => {
    const cs = await claimsOf('وقالت «هوندا»، ثالث أكبر شركة لصناعة السيارات في اليابان، في بيان إنها بدأت الإنتاج في المصنع الجديد.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'وقالت', written: 'هوندا', content: 'بدأت الإنتاج في المصنع الجديد' })]);
  });

  it('a short quotation before a comma and a later أنه stays the quotation (فقال «فكرتيني يا فاتن»، …)', async () => {
    const cs = await claimsOf('وأشار المخرج يوسف وهبي إلى أن القصة تغيرت. ثم ذكرته بأن الرصاصة يجب ألا تصيب أحدا بسوء، فقال «فكرتيني يا فاتن»، وترتب على ذلك أنه غير هذا الجزء من القصة.');
    expect(cs.find((c) => c.cue === 'فقال')).toEqual(expect.objectContaining({ written: null, speaker: 'يوسف وهبي', content: 'فكرتيني يا فاتن' }));
  });

  it('a person in the genitive of an event noun is the object, not the speaker (زيارة ساركوزي)', async () => {
    const cs = await claimsOf('وانتقدت صحف تونسية زيارة ساركوزي، مشيرة إلى أنها تدخل في الشأن الداخلي.');
    expect(cs[0]).toEqual(expect.objectContaining({ cue: 'وانتقدت', written: 'صحف تونسية' }));
  });

  it('a look-alike name inside the role gives way to the tagged name after it (في سلامة النقل الجوي كزافييه تييلمان)', async () => {
    const cs = await claimsOf('وقال الخبير الفرنسي في سلامة النقل الجوي كزافييه تييلمان إن الحطام يعود على الأرجح للطائرة المفقودة.');
    expect(cs).toEqual([expect.objectContaining({ speaker: 'كزافييه تييلمان', role: 'الخبير الفرنسي في سلامة النقل الجوي' })]);
  });

  it('"one of" after a name opens its apposition (عائلة أنييلي أحد المساهمين)', async () => {
    const cs = await claimsOf('وقالت عائلة أنييلي أحد المساهمين الرئيسيين في الشركة إنها تدعم القرار.');
    expect(cs).toEqual([expect.objectContaining({ written: 'عائلة أنييلي', content: 'تدعم القرار' })]);
  });

  it('… but not after a document noun (ووفقا لمعلومات أحد العمال)', async () => {
    const cs = await claimsOf('ووفقا لمعلومات أحد العمال فإنهم تفاجأوا بالعيار الناري يسقط بينهم في الغرفة.');
    expect(cs).toEqual([expect.objectContaining({ written: 'معلومات أحد العمال' })]);
  });

  it('"yes" opening a sentence is no speaker (نعم تقر دول الخليج …)', async () => {
    const cs = await claimsOf('نعم تقر دول الخليج بأن الأزمة طويلة وأن حلها يحتاج إلى وقت.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'تقر', written: 'دول الخليج' })]);
  });
});

describe('round 25: objects and cues', () => {
  it('a possessed verbal noun with an intensifying adjective is the object (رفضهما القاطع)', async () => {
    const cs = await claimsOf('وأكد الجانبان رفضهما القاطع لمحاولات تدخل إيران في شؤون دول المنطقة.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'وأكد', written: 'الجانبان', content: 'رفضهما القاطع لمحاولات تدخل إيران في شؤون دول المنطقة' })]);
  });

  it('a pro-drop demand with a two-word act after its addressee and preposition', async () => {
    const cs = await claimsOf('وقال وزير الصحة خالد الفالح إن الخطة جاهزة. وحث المواطنين على الالتزام بالتعليمات.');
    expect(cs[1]).toEqual(expect.objectContaining({ cue: 'وحث', written: null, speaker: 'خالد الفالح', content: 'الالتزام بالتعليمات' }));
  });

  it('"caught my attention" is narration (لفت انتباهي أن …، ولفت نظري …)', async () => {
    expect(await claimsOf('لفت انتباهي أن معظم الحضور في القاعة كانوا من الشباب.')).toEqual([]);
    expect(await claimsOf('وقد وجدت كتابا عن اللغات الإيرانية، ولفت نظري أنه ضم مجموعة كبيرة من اللغات.')).toEqual([]);
  });

  it('drawing attention is still a cue (ولفت الوزير الانتباه إلى أن …)', async () => {
    const cs = await claimsOf('ولفت الوزير الانتباه إلى أن معظم الحضور كانوا من الشباب.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'ولفت', content: 'معظم الحضور كانوا من الشباب' })]);
  });
});
