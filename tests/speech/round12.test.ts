/**
 * Round 12 (held-out set 12, SaudiNewsNet): a straight quotation mark standing free between spaces opens a quote
 * (وأضاف " إحدى … "); a fused حسبما after a comma still attributes the clause before it; نوه reports a nominal
 * object through إلى (not بـ, "praised"); لفت keeps its fixed object (لافتا النظر / الانتباه إلى); a conjunction
 * with a pronoun (ولكنه) never starts a speaker phrase; a verb whose object and preposition follow it (وأرجع ذلك إلى
 * "الخوف") does not take the quotation before it; a titled name followed by its role (الدكتور أشرف العربي وزير
 * التخطيط) gives the role, so later "وزير التخطيط" and "الوزير" are that person. Rows are real sentences of
 * set 12 (shortened where marked); the negative rows are made-up narration.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { extractClaims } from '../../src/speech/index.js';
import { checkClaimRow } from './rows.js';

const rows: [string, { text: string; cue: string; content: string; speaker?: string | null; direct?: boolean }][] = [
  ['a free-standing straight quote opens', {
    text: 'وقال الوزير أحمد قاسم إن المشروع توقف. وأضاف " إحدى الشركات الإيرانية بدأت العمل في مشروع الجسر، لكنها توقفت فجأة لعدم ضخ طهران الأموال ".',
    cue: 'وأضاف', content: 'إحدى الشركات الإيرانية بدأت العمل في مشروع الجسر، لكنها توقفت فجأة لعدم ضخ طهران الأموال', direct: true }],
  ['حسبما after a comma attributes the clause before', {
    text: 'تمكنت القوات العراقية الاحد من تحرير جامعة الانبار الواقعة في مدينة الرمادي (غرب بغداد)، من قبضة تنظيم (داعش)، حسبما افادت مصادر امنية ومحلية.',
    cue: 'حسبما افادت', content: 'تمكنت القوات العراقية الاحد من تحرير جامعة الانبار الواقعة في مدينة الرمادي (غرب بغداد)، من قبضة تنظيم (داعش)', speaker: 'مصادر امنية ومحلية' }],
  ['نوه إلى + verbal noun', {
    text: 'وقال مدير الأمن العام إن الوضع الصحي للمصابين مطمئن، منوها إلى نقل سبعة منهم إلى الرياض لتلقي العلاج اللازم.',
    cue: 'منوها', content: 'نقل سبعة منهم إلى الرياض لتلقي العلاج اللازم' }],
  ['لفت النظر إلى أن after a period', {
    text: 'وقال الطبيب إن الفريق أجرى العملية بنجاح. لافتاً النظر إلى أن حالة المريض كانت حرجة جدا خلال العملية بسبب دخوله في صدمة تحسسية شديدة.',
    cue: 'لافتاً', content: 'حالة المريض كانت حرجة جدا خلال العملية بسبب دخوله في صدمة تحسسية شديدة' }],
  ['لفت الانتباه إلى + noun', {
    text: 'وقال الطبيب إن العملية نجحت، لافتا الانتباه إلى خطورة الوضع في المستشفى.',
    cue: 'لافتا', content: 'خطورة الوضع في المستشفى' }],
];

describe('round-12 constructions', () => {
  it.each(rows)('%s', (_, r) => checkClaimRow(r));

  it('ولكنه is no speaker, and أرجع ذلك إلى does not take the quotation before it', () => {
    const text = 'وانتقد الأسد "التهرب من الخدمة العسكرية" وأرجع ذلك إلى "الخوف" ، ولكنه استدرك بالحديث عن تحسن في معدلات التهرب خلال الشهور الماضية. وقال إنه يؤيد أي حوار سياسي حتى وإن كان تأثيره محدودا.';
    const claims = extractClaims({ text });
    expect(claims.map((c) => c.speaker?.text ?? null)).not.toContain('ولكنه استدرك');
    expect(claims.filter((c) => c.content.text === 'التهرب من الخدمة العسكرية').map((c) => c.cue.text)).toEqual(['وانتقد']);
  });

  it('a titled name, then its role: the role and its later mentions are that person', async () => {
    const doc = await extract('كشف الدكتور أشرف العربي وزير التخطيط المصري، أن حجم الاستثمارات الكلية المنفذة ارتفع. وأوضح وزير التخطيط أن حجم البطالة تراجع خلال مارس. وأوضح الوزير أن الفجوة الإدخارية بلغت عشرة في المئة.');
    expect(doc.claims).toHaveLength(3);
    expect(doc.claims[0]!.speaker?.role).toBe('وزير التخطيط المصري');
    for (const c of doc.claims) expect(c.speaker?.name).toBe('أشرف العربي');
  });
});

describe('round-12 narration', () => {
  it.each([
    'وقال الوزير إن الوضع مستقر، منوها بجهود رجال الأمن في المنطقة.',
    'سيتم توزيع المساعدات حسبما تقتضيه الحاجة في كل منطقة.',
  ])('%s adds no claim at its participle or phrase', (text) => {
    const cues = extractClaims({ text }).map((c) => c.cue.text);
    expect(cues.filter((c) => /منوها|حسبما/.test(c))).toEqual([]);
  });
});
