/**
 * Constructions handled in round 5, each on real sentences of the held-out reports (claims-dev3..5) or of
 * SaudiNewsNet: abbreviated titles (د.), ب-objects of أفاد, نبّه إلى, a possessed verbal noun as object,
 * a pronoun speaker with a prepositional object, a coordinated cue after a negated verb, broken quote marks
 * around an addressee, attribution phrases, verbal nouns after prepositions and clause links in objects.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/speech/index.js';
import { type ClaimRow, checkClaimRow } from './rows.js';

type Row = Omit<ClaimRow, 'direct'>;

const rows: [string, Row][] = [
  ['an abbreviated title (د.) inside the speaker phrase ends no sentence', {
    text: 'أكد وكيل الشؤون الأجتماعية للرعاية الاجتماعية والأسرة د. عبدالله بن سعود المعيقل أن الوزارة وبتوجيهات من حكومة خادم الحرمين الشريفين تقدم كافة المساعدات والإعانات للجمعيات الخيرية.',
    cue: 'أكد', speaker: 'د. عبدالله بن سعود المعيقل', name: 'عبدالله بن سعود المعيقل',
    content: 'الوزارة وبتوجيهات من حكومة خادم الحرمين الشريفين تقدم كافة المساعدات والإعانات للجمعيات الخيرية' }],
  ['أفادت X بـ: a ب-object is the content', {
    text: 'أفادت مصادر أمنية عراقية أمس بمقتل 24 مدنيا وإصابة 37 آخرين في مدينة بعقوبة (57 كم شمال شرقي بغداد).',
    cue: 'أفادت', speaker: 'مصادر أمنية عراقية', content: 'مقتل 24 مدنيا وإصابة 37 آخرين في مدينة بعقوبة (57 كم شمال شرقي بغداد)' }],
  ['نبّه إلى with a nominal object is a warning', {
    text: 'ونبهت الوزارة إلى تصريحات وزير التعليم الإسرائيلي زعيم البيت اليهودي نفتالي بينت، الداعية إلى الاستيطان في كل مكان.',
    cue: 'ونبهت', speaker: 'الوزارة', content: 'تصريحات وزير التعليم الإسرائيلي زعيم البيت اليهودي نفتالي بينت، الداعية إلى الاستيطان في كل مكان', stance: 'warn' }],
  ['a possessed verbal noun opens the object of أعلن', {
    text: 'وفي الرياض أعلن تنظيم داعش مسؤوليته عن عملية التفجير.',
    cue: 'أعلن', speaker: 'تنظيم داعش', content: 'مسؤوليته عن عملية التفجير', stance: 'announce' }],
  ['an honorific pronoun speaker with a prepositional object', {
    text: 'وقال وزير الخارجية عادل الجبير إن المملكة تراقب الوضع. وشدد معاليه على حرص المملكة على سلامة اليمن وشعبها.',
    cue: 'وشدد', name: 'عادل الجبير', content: 'حرص المملكة على سلامة اليمن وشعبها' }],
  ['a coordinated demand after a negated verb, its addressee between broken quote marks', {
    text: 'لم يخف عضو الشرف الحالي وكابتن الفريق الوحداوي سابقاً الأستاذ عابد شيخ امتعاضه الشديد لأحوال النادي التي وصل إليها مؤخراً وطالب عبر تصريح خاص لـ»الجزيرة « بضرورة وضع حد لهذا الوضع مبكراً.',
    cue: 'وطالب', name: 'عابد شيخ', content: 'ضرورة وضع حد لهذا الوضع مبكراً', stance: 'demand' }],
  ['وبحسب after a comma leads its own clause', {
    text: 'قال مصدر مطلع في مستشفى الملك فهد بجدة، إن هناك انتشارا لمرض الجرب في المستشفى، وبحسب مصادر لـ "الاقتصادية" تم عزلهم وإخضاعهم لإجازة لمدة خمسة أيام.',
    cue: 'وبحسب', content: 'تم عزلهم وإخضاعهم لإجازة لمدة خمسة أيام' }],
  ['an accusation object runs over فيما (in what) without a comma', {
    text: 'وحمل كثيرون إدارة المستشفى المسؤولية فيما حدث، لضعف رقابتها على موظفيها.',
    cue: 'وحمل', content: 'إدارة المستشفى المسؤولية فيما حدث، لضعف رقابتها على موظفيها', stance: 'accuse' }],
  ['وجّه اتهامات is an accusation', {
    text: 'ووجهت السلطات الكويتية اتهامات بالإرهاب لتسعة وعشرين شخصا في ما يتصل بهذا الهجوم.',
    cue: 'ووجهت', name: 'السلطات', content: 'اتهامات بالإرهاب لتسعة وعشرين شخصا في ما يتصل بهذا الهجوم', stance: 'accuse' }],
];

describe('round-5 constructions', () => {
  it.each(rows)('%s', (_, r) => checkClaimRow(r));
});

describe('round-5 non-claims', () => {
  it.each([
    ['a past cue spelling after a preposition is a verbal noun', 'وجاء ذلك بعد أسبوع أيضا من كشف مستشفى محافظة السليل ملابسات واقعة اعتداء شخص مجهول على أطباء قسم الطوارئ بها.'],
    ['وجّه without an accusation is a directive, not speech', 'ووجه وزير التعليم الجامعات بإيقاف برامج التعليم الموازي في جميع التخصصات.'],
    ['أفاد with a bare object reports nothing', 'وأفاد المشاركون كثيرا من الدورة التدريبية التي أقيمت في الرياض.'],
  ])('%s', (_, text) => {
    expect(extractClaims({ text })).toEqual([]);
  });

  it('a phrase after a cue that reports nothing is no later speaker (وأوضح الفارق … قائلا)', () => {
    const text = 'وقال سانو إن التصميم مختلف. وأوضح الفارق بين الشعارين قائلا إن الشعار البلجيكي يتضمن حرفين.';
    const c = extractClaims({ text }).find((x) => x.cue.text === 'قائلا');
    expect(c?.speaker?.name).toContain('سانو');
  });
});
