/**
 * Round 13 (held-out set 13, ten SaudiNewsNet sources): a conjoined cue opening its complement at once ends the
 * claim before it even in a run-on sentence without punctuation (… المقاييس وقال: إن …، … النادي وزاد ان …);
 * قائلا/قائلة continues its speaker across a short phrase (قائلة في بيان على موقعها إن …); a naming verb inside the
 * speaker phrase (شاهد عيان يدعى أحمد اكاي، إن …) gives the name as speaker and the descriptor as role; an object
 * relative clause (الإجراءات التي أعلنتها المنامة) reports nothing; a short quoted name before a comma and أنه, or
 * before the outlet and a colon (… "عبدالسلام بن حمد العنزي" لـ"سبق": إنه …), is no content. Rows are real
 * sentences of set 13 (shortened where marked).
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/speech/index.js';
import { segment } from '../../src/text/index.js';
import { checkClaimRow } from './rows.js';

const RUN_ON =
  'اعتبر عبدالله بادغيش نائب رئيس نادي القادسية ان معسكر فريقه للاستعداد للموسم الجديد كان ناجحا بجميع المقاييس وقال: إن معسكر فريقه كان على ثلاث مراحل الأولى بدأه في الخبر.';

const rows: [string, { text: string; cue: string; content: string; speaker?: string | null; name?: string }][] = [
  ['a run-on sentence: the first claim ends before وقال:', { text: RUN_ON, cue: 'اعتبر', content: 'معسكر فريقه للاستعداد للموسم الجديد كان ناجحا بجميع المقاييس' }],
  ['… and وقال: opens its own claim', { text: RUN_ON, cue: 'وقال', content: 'معسكر فريقه كان على ثلاث مراحل الأولى بدأه في الخبر' }],
  ['قائلة across a short phrase', {
    text: 'وأعلنت الجبهة تنفيذ أحد أعضائها الهجوم على القنصلية الأميركية في إسطنبول قائلة في بيان على موقعها على الإنترنت إن الولايات المتحدة "عدو لدود" لشعوب الشرق الأوسط.',
    cue: 'قائلة', content: 'الولايات المتحدة "عدو لدود" لشعوب الشرق الأوسط' }],
  ['a naming verb in the speaker phrase', {
    text: 'وقال شاهد عيان يدعى أحمد اكاي، إن إحدى المرأتين أطلقت أربعة أو خمسة أعيرة نارية على مسؤولي الأمن وضباط القنصلية.',
    cue: 'وقال', content: 'إحدى المرأتين أطلقت أربعة أو خمسة أعيرة نارية على مسؤولي الأمن وضباط القنصلية', name: 'أحمد اكاي' }],
  ['زاد with its complementizer at once', {
    text: 'واوضح بادغيش ان ادارة ناديه وكلت الموضوع للجنة فض المنازعات وهي التي ستفصل في الموضوع وليس ادارة النادي وزاد ان عقد اللاعبين المحترفين اقفل بالتعاقد مع ثلاثة لاعبين من خارج القارة الاسيوية.',
    cue: 'وزاد', content: 'عقد اللاعبين المحترفين اقفل بالتعاقد مع ثلاثة لاعبين من خارج القارة الاسيوية' }],
  ['a short quoted name, a comma, then أنه', {
    text: 'وقال مدير الملحقية الدكتور عبدالله آل صالح إن الطلبة ملتزمون. وأضاف "آل صالح"، أنه بفضل الله ثم دور الطلبة المبتعثين في احترام قانون المرور كانت المساهمة كبيرة.',
    cue: 'وأضاف', content: 'بفضل الله ثم دور الطلبة المبتعثين في احترام قانون المرور كانت المساهمة كبيرة', name: 'آل صالح' }],
  ['a quoted name, the outlet, then a colon', {
    text: 'وقال المبتعث إلى جامعة فلندرز في تخصص طب الطوارئ "عبدالسلام بن حمد العنزي" لـ"سبق": إنه كان يعاني من التوتر أثناء القيادة في المملكة؛ بسبب تهور بعض السائقين.',
    cue: 'وقال', content: 'كان يعاني من التوتر أثناء القيادة في المملكة؛ بسبب تهور بعض السائقين' }],
];

describe('round-13 constructions', () => {
  it.each(rows)('%s', (_, r) => checkClaimRow(r));

  it('زاد "increased" reports nothing', () => {
    expect(extractClaims({ text: 'وزاد عدد الضحايا إلى عشرين شخصا بعد انهيار المبنى في المدينة.' })).toEqual([]);
  });

  it.each([
    'جاءت هذه الإجراءات التي أعلنتها المنامة عشية جولة لوزير الخارجية الإيراني في عدد من الدول العربية.',
    'ومن ابرز الاصلاحات التي اعلنها العبادي "الغاء مناصب نواب رئيس الجمهورية ورئيس مجلس الوزراء فورا".',
  ])('an object relative clause reports nothing: %s', (text) => {
    expect(extractClaims({ text })).toEqual([]);
  });

  it('the first claim of a run-on sentence stops before the conjoined cue', () => {
    const c = extractClaims({ text: RUN_ON }).find((x) => x.cue.text === 'اعتبر');
    expect(c?.content.text).not.toContain('وقال');
  });

  it('a dotted Arabic acronym (سي.إن.إن، أ.ف.ب) ends no sentence, a missing space after a word does', () => {
    const text = 'وقالت قناة (سي.إن.إن ترك) التلفزيونية إن الضابط من خبراء المفرقعات. زار الوفد مصر.ثم عاد إلى الرياض.';
    expect(segment(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'وقالت قناة (سي.إن.إن ترك) التلفزيونية إن الضابط من خبراء المفرقعات.',
      'زار الوفد مصر.',
      'ثم عاد إلى الرياض.',
    ]);
  });
});
