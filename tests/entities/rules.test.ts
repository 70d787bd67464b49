import { describe, expect, it } from 'vitest';
import type { NerMention } from '../../src/ner/index.js';
import { clusterEntities } from '../../src/entities/index.js';
import { ruleMentions } from '../../src/entities/rules.js';
import { tokenize } from '../../src/text/tokenize.js';

const spans = (text: string, ner: NerMention[] = []) => ruleMentions(text, tokenize(text), ner).map((m) => m.text);
const at = (text: string, s: string, type: NerMention['type']): NerMention => {
  const start = text.indexOf(s);
  return { start, end: start + s.length, text: s, type };
};

describe('organisation names opened by a head noun', () => {
  it.each([
    ['أعلنت وزارة العدل الأمريكية أمس أنها فتحت تحقيقا.', 'وزارة العدل الأمريكية'],
    ['قالت منظمة الصحة العالمية في بيان إن عدد الإصابات ارتفع.', 'منظمة الصحة العالمية'],
    ['وأكدت الحكومة اليمنية التزامها بالقرارات الدولية.', 'الحكومة اليمنية'],
    ['ناشدت اللجنة الدولية للصليب الأحمر الأطراف احترام القانون.', 'اللجنة الدولية للصليب الأحمر'],
    ['ونقل المصابون إلى مستشفى الملك فهد العام بجدة لتلقي العلاج.', 'مستشفى الملك فهد العام بجدة'],
    ['وقررت النيابة العامة حبس المتهمين أربعة أيام.', 'النيابة العامة'],
    ['وصوت البرلمان الصومالي على الثقة بالحكومة.', 'البرلمان الصومالي'],
    ['وأعلنت الجمعية السعودية لمكافحة العدوى عن مؤتمرها.', 'الجمعية السعودية لمكافحة العدوى'],
    ['وكانت وزارة الصحة والشؤون الصحية بوزارة الحرس الوطني قد أعلنتا ذلك.', 'الشؤون الصحية بوزارة الحرس الوطني'],
    ['وأعلنت حركة النهضة التونسية موقفها من الحكومة.', 'حركة النهضة التونسية'],
  ])('%s → %s', (text, name) => {
    expect(spans(text)).toContain(name);
  });

  it.each([
    ['وانتشرت قوات الأمن في شوارع المدينة.'],
    ['وقالت الحكومة الجديدة إنها ستعمل على ذلك.'],
    ['وأكدت الوزارة أن التحقيقات مستمرة.'],
    ['سبق أن أعلنت الشركة عن خسائرها.'],
    // a head read as a common noun by its complement (models/entities/org-rules.json notNameAfter)
    ['وتعطلت حركة الملاحة الدولية في القناة ساعات.'],
    ['وتعمل اللجنة على تنظيم مونديال 2018 في موعده.'],
  ])('finds no organisation in %s', (text) => {
    expect(spans(text)).toEqual([]);
  });

  it('front lines are no organisation, the group named in them is', () => {
    expect(spans('وتقدمت القوات نحو خطوط داعش الأمامية في المدينة.')).toEqual(['داعش']);
  });

  it('keeps an NER person inside the name and stops before the next clause', () => {
    const text = 'وقال مدير مستشفى الأمير محمد بن عبدالعزيز إن الحالة مستقرة.';
    expect(spans(text, [at(text, 'محمد بن عبدالعزيز', 'PERS')])).toEqual(['مستشفى الأمير محمد بن عبدالعزيز']);
  });

  it('spans are exact slices of the original text, proclitics left out', () => {
    const text = 'وأشار إلى أن للوزارة دورا، وأن بوزارة الخارجية الكويتية لجنة، ولوكالة الأنباء السعودية مراسلين.';
    const found = ruleMentions(text, tokenize(text), []);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(found.map((m) => m.text)).toEqual(['وزارة الخارجية الكويتية', 'وكالة الأنباء السعودية']);
  });
});

describe('well-known organisations', () => {
  it('finds unambiguous names anywhere, with proclitics', () => {
    expect(spans('وقال مصدر لرويترز إن مقاتلي داعش انسحبوا، بينما دعت الأمم المتحدة إلى التهدئة.')).toEqual([
      'رويترز',
      'داعش',
      'الأمم المتحدة',
    ]);
  });

  it('takes an ambiguous newspaper name only in a media context', () => {
    expect(spans('وقال المتحدث لـ"الوطن" إن الوضع تحت السيطرة.')).toEqual(['الوطن']);
    expect(spans('ونقلت صحيفة الرياض عن مصادر أن القرار صدر.')).toContain('الرياض');
    expect(spans('وصل الوفد إلى الرياض اليوم للدفاع عن الوطن.')).toEqual([]);
    expect(spans('سبق أن أعلن الوزير ذلك.')).toEqual([]);
  });

  it('takes a club name that is also a word only in a sport report', () => {
    const sport = 'فاز الهلال على النصر بهدفين في مباراة الدوري، وقال مدرب الفريق إن اللاعبين قدموا أداء جيدا.';
    expect(spans(sport)).toEqual(['الهلال', 'النصر']);
    expect(spans('شوهد الهلال مساء أمس إيذانا بحلول الشهر.')).toEqual([]);
  });
});

describe('clustering with the rule layer', () => {
  it('one entity for a known organisation under its aliases and head', () => {
    const text = 'تبنى تنظيم داعش الهجوم. وقال مصدر إن داعش يسيطر على المنطقة، وإن تنظيم الدولة خسر مواقع.';
    const orgs = clusterEntities(text, []).filter((e) => e.type === 'ORG');
    expect(orgs).toHaveLength(1);
    expect(new Set(orgs[0]!.mentions.map((m) => m.text))).toEqual(new Set(['تنظيم داعش', 'داعش', 'تنظيم الدولة']));
  });

  it('a longer organisation name wins over the NER pieces inside it, places after في stay places', () => {
    const text = 'وقالت بعثة الاتحاد الإفريقي في الصومال إن قواتها صدت الهجوم.';
    const ner = [at(text, 'الاتحاد الإفريقي', 'ORG'), at(text, 'الصومال', 'LOC')];
    const ents = clusterEntities(text, ner);
    expect(ents.map((e) => [e.type, e.name])).toEqual([
      ['ORG', 'بعثة الاتحاد الإفريقي في الصومال'],
      ['LOC', 'الصومال'],
    ]);
  });

  it('ORG aliases: a shorter form that opens the longer name joins it', () => {
    const text = 'أعلنت وزارة الداخلية الكويتية القبض على خلية. وأضافت وزارة الداخلية أن التحقيق مستمر.';
    const orgs = clusterEntities(text, []).filter((e) => e.type === 'ORG');
    expect(orgs).toHaveLength(1);
    expect(orgs[0]!.name).toBe('وزارة الداخلية الكويتية');
  });

  it('drops NER organisations that are only a head noun or a nationality', () => {
    const text = 'وقالت منظمة إن لاجئا سوري الجنسية وصل.';
    const ents = clusterEntities(text, [at(text, 'منظمة', 'ORG'), at(text, 'سوري', 'ORG')]);
    expect(ents).toEqual([]);
  });

  it('can be switched off', () => {
    const text = 'أعلنت وزارة العدل الأمريكية أمس أنها فتحت تحقيقا.';
    expect(clusterEntities(text, [], { rules: false })).toEqual([]);
  });
});
