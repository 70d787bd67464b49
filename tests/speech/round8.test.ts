/**
 * Round 8 (held-out claims-dev8): trailing verbal attribution phrases (بحسب ما ذكر X، حسبما أكد X) that
 * attribute the whole clause before them, or the relative clause they close; an account (وفقا لرواية X)
 * likewise; rules and norms after وفقا لـ are no source; a masculine verb before a feminine body (وشكر سفارة
 * المملكة …، مضيفا) has a dropped subject, so the participle goes on with the earlier speaker. Every row is a real
 * sentence of a SaudiNewsNet article (claims-dev8, claims-dev3).
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/speech/index.js';
import { type ClaimRow, checkClaimRow } from './rows.js';

type Row = Omit<ClaimRow, 'direct' | 'stance'>;

const rows: [string, Row][] = [
  ['بحسب ما ذكر X closing its sentence attributes the whole clause', {
    text: 'خطفت جبهة النصرة ثمانية عناصر من فرقة سورية مقاتلة كانوا تلقوا تدريبات في إطار برنامج التدريب الأميركي للمعارضة السورية المعتدلة، وانتقلوا إلى سوريا للمشاركة في عملية عسكرية ضد تنظيم داعش بحسب ما ذكر المرصد السوري لحقوق الإنسان أمس الخميس.',
    cue: 'بحسب ما ذكر', speaker: 'المرصد السوري لحقوق الإنسان',
    content: 'خطفت جبهة النصرة ثمانية عناصر من فرقة سورية مقاتلة كانوا تلقوا تدريبات في إطار برنامج التدريب الأميركي للمعارضة السورية المعتدلة، وانتقلوا إلى سوريا للمشاركة في عملية عسكرية ضد تنظيم داعش' }],
  ['a trailing بحسب ما ذكر X followed by a new وقال clause is its own claim', {
    text: 'قتل 18 شخصًا وأصيب العشرات بجروح أمس الثلاثاء في سقوط صاروخ على حي شعبي في وسط مدينة حلب، بحسب ما ذكر المرصد السوري لحقوق الإنسان، وقال مدير المرصد رامي عبدالرحمن لوكالة فرانس برس: «سقط الصاروخ».',
    cue: 'بحسب ما ذكر', speaker: 'المرصد السوري لحقوق الإنسان',
    content: 'قتل 18 شخصًا وأصيب العشرات بجروح أمس الثلاثاء في سقوط صاروخ على حي شعبي في وسط مدينة حلب' }],
  ['حسبما أكد (fused) qualifies the relative clause before it', {
    text: 'وتمنى بلاتر التوفيق لجميع الذين سيترشحون لخلافته بمن فيهم رئيس الاتحاد الاوروبي الفرنسي ميشال بلاتيني الذي يدرس جديا خيار ترشحه حسبما أكد مصدر مقرب منه لوكالة «فرانس برس». مشيرا الى ان النجم الدولي السابق سيتخذ قراره في غضون أسبوعين.',
    cue: 'حسبما أكد', speaker: 'مصدر مقرب منه', content: 'يدرس جديا خيار ترشحه' }],
  ['… and the participle after it goes on with that source', {
    text: 'ميشال بلاتيني الذي يدرس جديا خيار ترشحه حسبما أكد مصدر مقرب منه لوكالة «فرانس برس». مشيرا الى ان النجم الدولي السابق سيتخذ قراره في غضون أسبوعين.',
    cue: 'مشيرا', speaker: null, name: 'مصدر مقرب منه', content: 'النجم الدولي السابق سيتخذ قراره في غضون أسبوعين' }],
  ['وفقا لرواية X at the end attributes the clause', {
    text: 'لكن الرجل يواجه معارضة من داخل الحركة وبين معارضيه عبد المنان اللذين انسحبوا من اجتماع للقيادة يوم الأربعاء الماضي في مدينة كويتا بغرب باكستان وفقا لرواية ثلاثة أشخاص في مجلس شورى الحركة.',
    cue: 'وفقا لرواية', content: 'الرجل يواجه معارضة من داخل الحركة وبين معارضيه عبد المنان اللذين انسحبوا من اجتماع للقيادة يوم الأربعاء الماضي في مدينة كويتا بغرب باكستان' }],
  ['وشكر + feminine body: the participle keeps the earlier speaker', {
    text: 'واوضح محمد لباد ان القرار سيتخذ في الساعات القادمة.\nوشكر سفارة المملكة في سلطنة عمان التي بذلت جهودا كبيرا بعد التواصل معها، مضيفا، ان المسؤولين في السفارة حرصوا على التواجد في المستشفى.',
    cue: 'مضيفا', speaker: null, name: 'محمد لباد', content: 'المسؤولين في السفارة حرصوا على التواجد في المستشفى' }],
];

describe('round-8 constructions', () => {
  it.each(rows)('%s', (_, r) => checkClaimRow(r));
});

describe('round-8 non-claims', () => {
  it('وفقا لسياسات … (a rule, not a source) is no claim', () => {
    const text = 'أصدرت مجموعة العمل المالي قراراً بالإجماع يقضي بالموافقة على منح السعودية مقعد مراقب في المجموعة تمهيداً لحصولها على العضوية الكاملة، وفقاً لسياسات وإجراءات العمل الداخلية للانضمام إلى المجموعة.';
    expect(extractClaims({ text })).toEqual([]);
  });

  it('وفقا لآخر تقديرات X qualifies only the number phrase before it', () => {
    const text = 'في ظل تفاقم الأوضاع الإنسانية لما يزيد على 4 ملايين لاجئ سوري في دول الجوار وفقا لآخر تقديرات مفوضية الأمم المتحدة لشؤون اللاجئين.';
    const c = extractClaims({ text }).find((x) => x.cue.text.startsWith('وفقا'));
    expect(c?.content.text).not.toContain('تفاقم');
  });
});
