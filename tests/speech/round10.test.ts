/**
 * Round 10 (held-out claims-dev10): a participle followed at once by its complementizer (مشيرا إلى أن، مؤكداً أن،
 * مصرحا بأنه) continues the speaker however it is punctuated: after a word inside a reported clause, after a
 * period, or at a line start; a conjoined demand after a comma (، وطالب شركة الكهرباء بتلافي …) is a new claim
 * of the speaker in play, its addressee left out; اشتكى/شكا من is a cue. Rows are real sentences of
 * SaudiNewsNet articles (claims-dev10, claims-dev9, claims-dev8).
 */
import { describe, it } from 'vitest';
import { checkClaimRow } from './rows.js';

const rows: [string, { text: string; cue: string; content: string; speaker?: string | null }][] = [
  ['participle with إلى أن after a word, inside a reported clause', {
    text: 'وأكد لافروف أن المباحثات تناولت الأوضاع في المنطقة ومنها الأزمة السورية والاتفاق النووي الإيراني مشيراً إلى أن تفاقم الأوضاع في منطقة الشرق الأوسط تخدم مصلحة الإرهابيين.',
    cue: 'مشيراً', content: 'تفاقم الأوضاع في منطقة الشرق الأوسط تخدم مصلحة الإرهابيين' }],
  ['participle after a period', {
    text: 'وسبق لوسائل إعلام اسبانية ان ذكرت ان راموس يريد ترك ريال مدريد بسبب خلاف مع رئيس النادي. مشيرة الى ان مانشستر يونايتد من أبرز المهتمين بالحصول على خدمات المدافع الدولي.',
    cue: 'مشيرة', content: 'مانشستر يونايتد من أبرز المهتمين بالحصول على خدمات المدافع الدولي' }],
  ['participle at a line start', {
    text: 'وقال المتحدث الرسمي لحرس الحدود إن الدوريات قدمت المساعدة لطاقم الزورق.\nمؤكداً أن قيادة حرس الحدود بالمنطقة الشرقية لن تتهاون في تطبيق التعليمات والأنظمة.',
    cue: 'مؤكداً', content: 'قيادة حرس الحدود بالمنطقة الشرقية لن تتهاون في تطبيق التعليمات والأنظمة' }],
  ['a conjoined demand after a comma: the addressee is not the speaker', {
    text: 'وقال أحد السكان إن الانقطاع مستمر منذ خمسة أيام، وطالب شركة الكهرباء بتلافي هذه الأعطال وإصلاحها بما يضمن عدم تكرارها.',
    cue: 'وطالب', content: 'شركة الكهرباء بتلافي هذه الأعطال وإصلاحها بما يضمن عدم تكرارها', speaker: null }],
  ['participle with بأنه at a line start after a blank line', {
    text: 'وقال داود اوغلو في مؤتمر صحافي إن بلاده لن ترسل قوات برية الى سوريا.\n\n مصرحا بأنه لن يسمح بقيام كيان جديد على حدود بلاده الجنوبية.',
    cue: 'مصرحا', content: 'لن يسمح بقيام كيان جديد على حدود بلاده الجنوبية' }],
];

describe('round-10 constructions', () => {
  it.each(rows)('%s', (_, r) => checkClaimRow(r));
});
