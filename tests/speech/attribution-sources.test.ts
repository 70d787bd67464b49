/**
 * Attribution phrases whose source is a document, data, a news agency's short name or a quoted name (بحسب
 * وثائق المحكمة، وفقا لإحصائية حديثة، وفقا للفرنسية، بحسب "كال فاير"); a phrase after a closing bracket; a phrase
 * standing as its own sentence after the one it attributes (… مجددا.وفقا للفرنسية.); a conjoined وبحسب … فإن inside
 * another claim's clause opens a claim of its own; "يأتي ذلك" points back like "جاء ذلك"; an indefinite document
 * right after a cue is its subject (قال تقرير اقتصادي إن …), while "في بيان" stays circumstantial. Rows are real sentences
 * of the annotated sets (shortened where marked) or built on their pattern; the last rows must stay no claim.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const claimsOf = async (text: string) =>
  (await extract(text)).claims.map((c) => ({ cue: c.cue.text, speaker: c.speaker?.text ?? c.speaker?.name ?? null, content: c.content.text }));

describe('attribution phrases: which sources count', () => {
  it.each([
    [
      'a quoted name after بحسب, trailing (shortened)',
      'ويؤثر أكبر حريق على ثلاث مقاطعات على الأقل في شمال غرب سكرامنتو، عاصمة الولاية، بحسب "كال فاير".',
      'بحسب',
      'كال فاير',
      'ويؤثر أكبر حريق على ثلاث مقاطعات على الأقل في شمال غرب سكرامنتو، عاصمة الولاية',
    ],
    [
      'a quoted agency name, leading with فإن (built on the pattern)',
      'وبحسب "رويترز" فإن الحريق أتى على 27 ألف هكتار.',
      'وبحسب',
      'رويترز',
      'الحريق أتى على 27 ألف هكتار',
    ],
    [
      'official figures as the source, trailing (built on the pattern)',
      'وارتفع عدد الإصابات إلى 300 حالة، وفقا لأرقام رسمية.',
      'وفقا ل',
      'أرقام',
      'وارتفع عدد الإصابات إلى 300 حالة',
    ],
    [
      'the reports received, closing the sentence',
      'وفي 11 أكتوبر 2014، سقطت شاحنة صغيرة من على معدية بمحافظة المنيا وراح ضحية الحادث 26 شخصًا بحسب البلاغات التي تلقتها سلطات الأمن، تم انتشال 24 جثة منها.',
      'بحسب',
      'البلاغات',
      'وراح ضحية الحادث 26 شخصًا',
    ],
    [
      'after a closing bracket the phrase trails its clause',
      'ومن المقرر أن يفتتح المعرض في 19 سبتمبر (أيلول) بحسب ما يذكر موقع الأكاديمية الملكية.',
      'بحسب ما يذكر',
      'موقع الأكاديمية الملكية',
      'ومن المقرر أن يفتتح المعرض في 19 سبتمبر (أيلول)',
    ],
  ])('%s', async (_why, text, cue, speaker, content) => {
    const c = (await claimsOf(text)).find((x) => x.cue === cue);
    expect(c).toBeDefined();
    expect(c!.speaker?.startsWith(speaker)).toBe(true);
    // (the clause may start a few words earlier than the annotation; it ends where the phrase begins)
    expect(c!.content.endsWith(content)).toBe(true);
  });

  it('an agency tag standing as its own sentence attributes the sentence before', async () => {
    const text = 'وحددت اللجنة التنفيذية للفيفا خلال اجتماعها غير العادي الاسبوع الماضي 26 شباط/فبراير المقبل موعدا للانتخابات الرئاسية.وفقا للفرنسية.';
    const c = (await claimsOf(text)).find((x) => x.cue === 'وفقا ل');
    expect(c?.speaker).toBe('فرنسية');
    expect(c?.content).toBe('وحددت اللجنة التنفيذية للفيفا خلال اجتماعها غير العادي الاسبوع الماضي 26 شباط/فبراير المقبل موعدا للانتخابات الرئاسية');
  });

  it('an agency tag after a quoted claim adds no second claim', async () => {
    const text = 'وقال مسؤول من وزارة الخارجية الاسبانية طلب عدم نشر اسمه “المياه اسبانية… كانت قوارب اسبانية تقوم بدورية في المياه الاسبانية”. بحسب رويترز.';
    const cs = await claimsOf(text);
    expect(cs.map((c) => c.cue)).toEqual(['وقال']);
  });

  it('a conjoined وبحسب … فإن inside a claim opens the next claim', async () => {
    const text = 'وقالت مصادر عسكرية ان تجهيزات عسكرية وصلت الى عدن لإسناد ودعم الجيش الوطني الشرعي وبحسب المصادر فان التجهيزات العسكرية هذه ستخصص لدعم وحدات الجيش الذي يتم تجهيزه.';
    const cs = await claimsOf(text);
    expect(cs.map((c) => c.cue)).toEqual(['وقالت', 'وبحسب']);
    expect(cs[0]!.content).toBe('تجهيزات عسكرية وصلت الى عدن لإسناد ودعم الجيش الوطني الشرعي');
    expect(cs[1]!.content).toBe('التجهيزات العسكرية هذه ستخصص لدعم وحدات الجيش الذي يتم تجهيزه');
  });

  it('"يأتي ذلك وفقا لـ" attributes the clause before it', async () => {
    const text = 'وسجلت أعداد المواليد الذكور في محافظة الطائف 140 مولودا، في حين سجلت الإناث 135، يأتي ذلك وفقا لإحصائية حديثة تبين تفوق أعداد المواليد الذكور.';
    const c = (await claimsOf(text)).find((x) => x.cue === 'وفقا ل');
    expect(c?.speaker).toMatch(/^إحصائية/);
    expect(c?.content).toBe('وسجلت أعداد المواليد الذكور في محافظة الطائف 140 مولودا، في حين سجلت الإناث 135');
  });

  it.each([
    ['conformity with the law', 'وحددت اللجنة موعدا للانتخابات. وفقا للقانون.'],
    ['studies that describe a plan, followed by a relative clause', 'وأكدت شركة المياه الوطنية مضيها قدماً في تطبيق خططها الاستراتيجية، وبحسب الدراسات التي أعدتها الشركة لكل مدينة ضمن الأولويات الموضوعة في المخطط العام.'],
    ['a quoted name that is not the whole phrase', 'وأتى الحريق على 27 ألف هكتار بحسب "خطة الطوارئ" المعتمدة.'],
  ])('no claim: %s', async (_why, text) => {
    const cs = await claimsOf(text);
    expect(cs.filter((c) => /^و?(بحسب|وفقا)/.test(c.cue))).toEqual([]);
  });
});

describe('a document as the subject of a cue', () => {
  it.each([
    ['قال تقرير اقتصادي إن دول مجلس التعاون الخليجي في معظمها تواجه تحديات مرتبطة بتطورها الديمغرافي.', 'قال', 'تقرير اقتصادي'],
    ['وقال بيان للوزارة إن الحكومة ستواصل جهودها.', 'وقال', 'بيان للوزارة'],
    ['وأوضح تقرير صادر عن البنك الدولي أن النمو سيتباطأ.', 'وأوضح', 'البنك الدولي'],
    ['وقالت الوزارة في بيان إن الحكومة ستواصل جهودها.', 'وقالت', 'الوزارة'],
    ['وقال الوزير، في بيان، إن الحكومة ستواصل جهودها.', 'وقال', 'الوزير'],
  ])('%s', async (text, cue, speaker) => {
    const c = (await claimsOf(text)).find((x) => x.cue === cue);
    expect(c?.speaker).toBe(speaker);
  });
});
