/**
 * Round 7 (held-out claims-dev7): quote marks written the wrong way round, an unmatched opening mark that must
 * not swallow later claims, colon speech without marks, a quoted speaker before a colon, a dash parenthesis
 * before the cue, ومضى … بالقول, ب-objects of لفت, quotes after بأنه, titles, جاء ذلك نقلا عن, prayers and
 * negated cues. Every row is a real sentence of a SaudiNewsNet article (claims-dev7).
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/speech/index.js';
import { type ClaimRow, checkClaimRow } from './rows.js';
import { makeCtx } from '../../src/speech/context.js';
import { tokenize } from '../../src/text/tokenize.js';

type Row = ClaimRow;

const H10 =
  'أكد مساعد وزير الخارجية الإيراني حسين أمير عبد اللهيان أن بلاده تعد لمبادرات لإعادة العلاقات بينها وبين دول المنطقة وخاصة السعودية. كما أكد عبد اللهيان في تصريحات لقناة “العالم “الإيرانية نشرت اليوم الاثنين (الثالث من آب/ أغسطس 2015) استعداد إيران للتعاون مع السعودية لحل أزمات المنطقة، خاصة اليمن وسورية ولبنان وغيرها.\n ودعا المسؤول الإيراني الرياض إلى وقف ما وصفه بـ “العدوان” على اليمن وإنهاء الحصار على هذا البلد، ودعم الحلول السياسية. وقال إن الدبلوماسية الإيرانية تقوم على التعاون مع الجيران ودول المنطقة.\nوأعلن عبد اللهيان عن “مبادرة إيرانية معدلة” لحل الأزمة السورية سيتم طرحها للنقاش إقليميا ودوليا.';

const rows: [string, Row][] = [
  ['a stray “ where ” belongs (لقناة “العالم “الإيرانية) swallows no later claim', {
    text: H10, cue: 'وقال', name: 'عبد اللهيان', content: 'الدبلوماسية الإيرانية تقوم على التعاون مع الجيران ودول المنطقة' }],
  ['… and the announcement after it is found too', {
    text: H10, cue: 'وأعلن', content: '“مبادرة إيرانية معدلة” لحل الأزمة السورية سيتم طرحها للنقاش إقليميا ودوليا', stance: 'announce' }],
  ['a quoted speaker before a colon, speech without marks (direct=false)', {
    text: 'وقال "الشقيق": أخي رجل كبير بالسن ويعاني من عدة أمراض، وقد أجريت له عملية قلب.',
    cue: 'وقال', speaker: 'الشقيق', content: 'أخي رجل كبير بالسن ويعاني من عدة أمراض، وقد أجريت له عملية قلب', direct: false }],
  ['a dash parenthesis before the cue, then a colon and a quote never closed', {
    text: 'وبحسب التفاصيل التي يرويها لـ"سبق": شقيق المتوفى- تحتفظ "سبق" بالمعلومات- قال: "توفي شقيقي وهو أحد العاملين في جهة مسؤولة بمحافظة جدة، في 19 رمضان الماضي.',
    cue: 'قال', speaker: 'شقيق المتوفى', content: 'توفي شقيقي وهو أحد العاملين في جهة مسؤولة بمحافظة جدة، في 19 رمضان الماضي', direct: true }],
  ['colon speech after a descriptor', {
    text: 'وتابع المسؤول الإيراني: أود أن أعلن أن إيران ستواصل دعمها بكل قوة لحلفائها.',
    cue: 'وتابع', speaker: 'المسؤول الإيراني', content: 'أود أن أعلن أن إيران ستواصل دعمها بكل قوة لحلفائها', direct: false }],
  ['ومضى X بالقول إن: بالقول is no part of the speaker', {
    text: 'ومضى قائد المنطقة العسكرية الرابعة بالقول إن محافظة عدن أصبحت محررة بالكامل، فيما يتم التركيز حاليا على محافظة لحج.',
    cue: 'ومضى', speaker: 'قائد المنطقة العسكرية الرابعة', content: 'محافظة عدن أصبحت محررة بالكامل، فيما يتم التركيز حاليا على محافظة لحج' }],
  ['وواصل: a pro-drop colon continuation', {
    text: 'وقال "الشقيق": أخي رجل كبير بالسن. وواصل: كما أطالب بإبعاد المتهمين عن موقع منزل شقيقي.',
    cue: 'وواصل', speaker: null, name: 'الشقيق', content: 'كما أطالب بإبعاد المتهمين عن موقع منزل شقيقي' }],
  ['لافتا with a nominal object', {
    text: 'وأوضح القنصل أن الحالات مستقرة، لافتا وجود عدد من حالات التسمم من غير السياح السعوديين.',
    cue: 'لافتا', speaker: null, name: 'القنصل', content: 'وجود عدد من حالات التسمم من غير السياح السعوديين' }],
  ['وصف … بأنه “…” before a conjoined cue is direct speech', {
    text: 'ووصف رئيس الوزراء الإسرائيلي بنيامين نتنياهو الهجوم بأنه “جريمة كراهية بغيضة” وحذر الرئيس ريئوفين ريفلين بأن التعصب الاجتماعي يمكن أن ينقلب كارثة على إسرائيل.',
    cue: 'ووصف', content: 'جريمة كراهية بغيضة', direct: true }],
  ['جاء ذلك نقلا عن: the clause before it is attributed', {
    text: 'ألقت السلطات الإماراتية القبض على خادمة (إندونيسية) لاتهامها بقتل رضيعها، جاء ذلك نقلا عن صحيفة "الإمارات اليوم" الإماراتية.',
    cue: 'نقلا عن', content: 'ألقت السلطات الإماراتية القبض على خادمة (إندونيسية) لاتهامها بقتل رضيعها' }],
  ['a participle after a period written behind a closing quote continues the speaker', {
    text: 'وقال المتحدث أحمد فوزي: "وهو يرى أن خطته تكتسب المزيد من القبول بين الأطراف". مشيرا إلى أن المبعوث الدولي سيذهب بعد انتهاء زيارته لمصر إلى سلطنة عمان.',
    cue: 'مشيرا', speaker: null, name: 'أحمد فوزي', content: 'المبعوث الدولي سيذهب بعد انتهاء زيارته لمصر إلى سلطنة عمان' }],
  ['a conjoined cue with a new source and its own إن ends the content before it', {
    text: 'قالت الشرطة إن يهوديا متشددا طعن ستة مشاركين في مسيرة سنوية للمثليين في القدس وأصابهم بجروح بينهم اثنان في حالة خطيرة وقالت الشرطة أيضا إنه سجن لإدانته في هجوم مماثل قبل عشر سنوات.',
    cue: 'وقالت', content: 'سجن لإدانته في هجوم مماثل قبل عشر سنوات' }],
];

describe('round-7 constructions', () => {
  it.each(rows)('%s', (_, r) => checkClaimRow(r));

  it('a title quote before a cue is not its content (بعنوان: “…”، يحث فيه)', () => {
    const text = 'ونشرت أربع صحف عربية مقالا لوزير الخارجية الإيراني محمد جواد ظريف بعنوان: “الجار ثم الدار … توصية أخلاقية أم ضرورة إستراتيجية”، يحث فيه دول الخليج العربية على العمل مع إيران.';
    for (const c of extractClaims({ text })) expect(c.content.text).not.toContain('الجار ثم الدار');
  });
});

describe('round-7 non-claims', () => {
  it.each([
    ['a negated cue (ولم يعلن)', 'ولم يعلن تنظيم داعش حتى الآن عن أسره لهذا العدد من المقاتلين.'],
    ['ومضى without بالقول is "went on"', 'ومضى الرجل في طريقه إلى المنزل ثم عاد.'],
  ])('%s', (_, text) => {
    expect(extractClaims({ text })).toEqual([]);
  });

  it('a prayer (داعيا الله أن) is no claim', () => {
    const text = 'وأكد عضو مجلس الشورى أن الأمن نعمة، داعيا الله أن يحفظ بلادنا وأمننا من كل مكروه.';
    expect(extractClaims({ text }).map((c) => c.cue.text)).toEqual(['وأكد']);
  });
});

describe('quote marks written the wrong way round', () => {
  const pairs = (text: string) => {
    const toks = tokenize(text);
    const ctx = makeCtx(text, toks, []);
    const out: string[] = [];
    toks.forEach((_, k) => {
      const c = ctx.quotes.closeOf[k]!;
      if (c >= 0) out.push(text.slice(toks[k]!.end, toks[c]!.start));
    });
    return out;
  };
  it('a second “ a word after an open “ closes it (لقناة “العالم “الإيرانية)', () => {
    expect(pairs('في تصريحات لقناة “العالم “الإيرانية نشرت اليوم الاثنين استعداد إيران للتعاون.')).toEqual(['العالم ']);
  });
  it('a ” glued to the next word opens (و”الشروق” المصرية و”الرأي” الكويتية)', () => {
    expect(pairs('هي: السفير” اللبنانية، و”الشروق” المصرية و”الرأي” الكويتية.')).toEqual(['الشروق', 'الرأي']);
  });
  it('a “ glued to the word before it and followed by a space closes (“الإمارات اليوم“ الإماراتية)', () => {
    expect(pairs('نقلا عن صحيفة “الإمارات اليوم“ الإماراتية.')).toEqual(['الإمارات اليوم']);
  });
});
