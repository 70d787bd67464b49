/**
 * Round 11 (held-out claims-dev11): a verb whose own object stands between the speaker and the preposition that
 * opens the content (أرجعت الشركة سبب الانقطاع إلى …، وبرر الوزير العملية بالهجوم …): the content starts after
 * that preposition; the cue's own preposition right after any subject phrase (وشدد المتظاهرون على ضرورة …) makes
 * the nominal object speech. Rows are real sentences of SaudiNewsNet articles (claims-dev11, claims-dev10, claims-dev9);
 * the negative rows are made-up narration with the same verbs.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/speech/index.js';
import { checkClaimRow } from './rows.js';

const rows: [string, { text: string; cue: string; content: string; speaker?: string | null }][] = [
  ['أرجع: object, then إلى', {
    text: 'وأرجعت الشركة تراجع الأرباح إلى انخفاض أسعار بيع المنتجات نتيجة لتراجع أسعار النفط.',
    cue: 'وأرجعت', content: 'انخفاض أسعار بيع المنتجات نتيجة لتراجع أسعار النفط', speaker: 'الشركة' }],
  ['أرجع with a long organisation name', {
    text: 'أرجعت شركة الكهرباء بالمدينة المنورة سبب الانقطاع إلى التقلبات الجوية التي تشهدها المنطقة، إضافة إلى إدخال مولدات جديدة لدعم شبكة الحي.',
    cue: 'أرجعت', content: 'التقلبات الجوية التي تشهدها المنطقة، إضافة إلى إدخال مولدات جديدة لدعم شبكة الحي' }],
  ['برر: object, a comma, then a fused بـ', {
    text: 'وبرر اوغلو العملية العسكرية ضد المتطرفين، بالهجوم الانتحاري في سروج ومقتل جندي تركي باطلاق نار من قبل جهاديين الخميس.',
    cue: 'وبرر', content: 'الهجوم الانتحاري في سروج ومقتل جندي تركي باطلاق نار من قبل جهاديين الخميس' }],
  ["the cue's own preposition right after a plain plural subject", {
    text: 'وشدد المتظاهرون على ضرورة محاكمة المالكي وجميع الضباط الكبار الذين وقعت في عهدهم الجريمة، مؤكدين على أنهم لن يتراجعوا.',
    cue: 'وشدد', content: 'ضرورة محاكمة المالكي وجميع الضباط الكبار الذين وقعت في عهدهم الجريمة', speaker: 'المتظاهرون' }],
];

describe('round-11 constructions', () => {
  it.each(rows)('%s', (_, r) => checkClaimRow(r));
});

describe('round-11 narration', () => {
  it.each([
    'ويرجع ذلك إلى ارتفاع أسعار المواد الخام في الأسواق العالمية خلال العام الماضي.',
    'وترجع أسباب الحادث إلى السرعة الزائدة وعدم الانتباه أثناء القيادة على الطريق.',
  ])('%s reports nothing', (text) => {
    expect(extractClaims({ text })).toEqual([]);
  });
});
