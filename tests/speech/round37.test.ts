/**
 * Round 37 (a twenty-seventh audit: 240 claims of 400 SaudiNewsNet articles drawn fresh, judged blind): spellings that
 * are nouns, not cues; where the words end at the speaker's next cue; who an unnamed role or a plural participle is.
 * Rows are real sentences of SaudiNewsNet articles, shortened.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const claimsOf = async (text: string) =>
  (await extract(text)).claims.map((c) => ({ cue: c.cue.text, speaker: c.speaker?.name ?? null, written: c.speaker?.text ?? null, content: c.content.text }));

describe('round 37: a cue spelling that is a noun', () => {
  it('a student after an ordinal (كأول طالب أجنبي يفعل ذلك) demands nothing', async () => {
    const cs = await claimsOf('تمكن مبتعث سعودي من الالتحاق بجامعة تويوتا للتقنية كأول طالب أجنبي يفعل ذلك بمرحلة البكالوريوس في تاريخ تلك الجامعة.');
    expect(cs).toEqual([]);
  });

  it('a verbal noun after a verb, with nothing recognisable before it for a subject (وجاء طلب الجهازين …)', async () => {
    const cs = await claimsOf('وجاء طلب الجهازين الفني والإداري بملاقاة «أودينيزي» بدلاً من «فيرونا» رغبة في خوض مباراة أقوى.');
    expect(cs).toEqual([]);
  });

  it('a counted or governed "accused" is a suspect, part of the announced object (القبض على 43 متهما)', async () => {
    const cs = await claimsOf('وأعلنت الوزارة في بيان القبض على 43 متهما في الرياض.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'وأعلنت', content: 'القبض على 43 متهما في الرياض' })]);
    const two = await claimsOf('وأعلنت الوزارة القبض على متهمين اثنين.');
    expect(two[0]!.content).toBe('القبض على متهمين اثنين');
  });
});

describe('round 37: the words end where the speaker says something else', () => {
  it('a conjoined cue of the speaker\'s gender with a nominal object after a comma (، وتوقعت فقدان 29 شخصًا)', async () => {
    const cs = await claimsOf('وذكرت الشرطة في نيبال أن 15 شخصًا لقوا حتفهم في حي لوملي بمنطقة كاسكي بعدما طمر انهيار أرضي منازلهم ، وتوقعت فقدان 29 شخصًا آخرين في المنطقة.');
    expect(cs[0]!.content).toBe('15 شخصًا لقوا حتفهم في حي لوملي بمنطقة كاسكي بعدما طمر انهيار أرضي منازلهم');
    expect(cs[1]).toEqual(expect.objectContaining({ cue: 'وتوقعت', written: null, speaker: 'الشرطة في نيبال', content: 'فقدان 29 شخصًا آخرين في المنطقة' }));
  });

  it('a speech participle after a comma, with no complementizer (، مبينا دعم الموظف … ساهم …)', async () => {
    const cs = await claimsOf('وأوضح الأستاذ عبد الله الداود أن مثل هذه اللقاءات تهدف إلى تنمية أواصر الأخوة وإكسابه روحاً جديدة للعطاء والإنتاج، مبينا دعم الموظف ماديا ومعنويا في هذه المجالات ساهم في خلق بيئة عمل نموذجية.');
    expect(cs[0]!.content).toBe('مثل هذه اللقاءات تهدف إلى تنمية أواصر الأخوة وإكسابه روحاً جديدة للعطاء والإنتاج');
  });

  it('the plural participle of a weak verb (داعين إلى) continues a plural speaker', async () => {
    const cs = await claimsOf('وأكد الوزراء أن مكونات المجتمع اليمني كافة لديها أدوار مهمة للقيام بها في الحكومة السلمية لليمن, داعين إلى سرعة ايصال وتوزيع المساعدات الانسانية.');
    expect(cs[0]!.content).toBe('مكونات المجتمع اليمني كافة لديها أدوار مهمة للقيام بها في الحكومة السلمية لليمن');
    expect(cs[1]).toEqual(expect.objectContaining({ cue: 'داعين', speaker: 'الوزراء', content: 'سرعة ايصال وتوزيع المساعدات الانسانية' }));
  });

  it('"except that he said" / "but he confirmed" with the speaker\'s pronoun opens the next claim (إلا أنه قال إن …، غير أنه أكد أنه …)', async () => {
    const a = await claimsOf('ونفى فينجر أن يكون ذلك يمثل له أي شيء إلا أنه قال إن الانتصار سيعطي لاعبيه دفعة.');
    expect(a.map((c) => c.content)).toEqual(['يكون ذلك يمثل له أي شيء', 'الانتصار سيعطي لاعبيه دفعة']);
    expect(a[1]!.speaker).toBe('فينجر');
    const b = await claimsOf('وقال مسؤول في الشرطة إن تحركاتهم تقتصر حتى الآن التذكير بالقانون، غير أنه أكد أنه من الممكن أن يصل الأمر للاعتقال.');
    expect(b.map((c) => c.content)).toEqual(['تحركاتهم تقتصر حتى الآن التذكير بالقانون', 'من الممكن أن يصل الأمر للاعتقال']);
  });

  it('… but not a verb of doing after إلا أنها inside the words (إلا أنها أظهرت بعض مفاتن جسمها)', async () => {
    const cs = await claimsOf('وقال الشيخ عبدالعزيز الفوزان إن لو أن إحداهن أظهرت وجهها لزهدوا فيها الشباب إلا أنها أظهرت بعض مفاتن جسمها.');
    expect(cs).toHaveLength(1);
    expect(cs[0]!.content).toBe('لو أن إحداهن أظهرت وجهها لزهدوا فيها الشباب إلا أنها أظهرت بعض مفاتن جسمها');
  });
});

describe('round 37: who speaks', () => {
  it('the verb\'s fixed object after its subject ends the speaker (وكشفت شركة إيربنب النقاب عن …)', async () => {
    const cs = await claimsOf('وكشف المدير العام للشركة النقاب عن خطة جديدة لزيادة الإنتاج.');
    expect(cs[0]).toEqual(expect.objectContaining({ written: 'المدير العام للشركة', content: 'خطة جديدة لزيادة الإنتاج' }));
  });

  it('an adverb after the cue is no speaker (فقال بالضبط نحن في حالة حرب)', async () => {
    const cs = await claimsOf('صرح رئيس وزراء مصر، إبراهيم محلب، قبل أيام فقال بالضبط نحن في حالة حرب.');
    expect(cs[0]).toEqual(expect.objectContaining({ cue: 'فقال', written: null, speaker: 'إبراهيم محلب' }));
  });

  it('a one-word role right after a named person\'s claim is that person (وقال لويس فان غال … وأكد المدرب أن …)', async () => {
    const cs = await claimsOf('وقال لويس فان غال إنه لا يخطط لكي يكون الفريق بطلا هذا الموسم. وأكد المدرب أن المنافسة في البريميرليغ تختلف عن المنافسة في أي دوري آخر.');
    expect(cs[1]).toEqual(expect.objectContaining({ cue: 'وأكد', written: 'المدرب', speaker: 'لويس فان غال' }));
  });

  it('a place head behind ب before a place belongs to the role, not the name (وزير البنى التحتية بولاية الخرطوم أحمد قاسم)', async () => {
    const cs = await claimsOf('وقال وزير البنى التحتية بولاية الخرطوم أحمد قاسم، إن إيران أوقفت تنفيذ مشاريع تنموية كبرى في السودان. وأضاف الوزير في تصريحات صحفية أن نائب الرئيس الإيراني وافق على تمويل تلك الأعمال.');
    expect(cs.map((c) => c.speaker)).toEqual(['أحمد قاسم', 'أحمد قاسم']);
  });

  it('a fronted role and name before a comma is the subject, with ف or و on the role (فالكاتب والشاعر محمد الرطيان، قال)', async () => {
    const cs = await claimsOf('فالكاتب والشاعر محمد الرطيان، قال في تغريدة إن الفكرة هي السبب.');
    expect(cs[0]).toEqual(expect.objectContaining({ cue: 'قال', written: 'محمد الرطيان', content: 'الفكرة هي السبب' }));
  });
});
