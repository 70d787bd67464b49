/**
 * Speakers on unseen news (claims-dev4 error classes): a role bound to the name that follows it and its later
 * generic or descriptor mentions, relative-clause and كان…قد subjects, coordinated verbs sharing their clause's
 * subject, naming clauses, and phrases that are never speakers. Real sentences from SaudiNewsNet articles
 * (corpus/claims-dev4), extractor alone unless an entity list is given.
 */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/schema/records.js';
import { extractClaims } from '../../src/speech/index.js';

const claimsOf = (text: string, entities: Entity[] = []) => extractClaims({ text, entities });

/** A PERS entity cluster over every occurrence of each written form. */
function person(text: string, id: string, name: string, forms: string[]): Entity {
  const mentions = [];
  for (const f of forms) for (let k = text.indexOf(f); k >= 0; k = text.indexOf(f, k + 1)) mentions.push({ start: k, end: k + f.length, text: f });
  return { id, type: 'PERS', name, mentions };
}

describe('a role bound to the name after it', () => {
  const text =
    'كشف وزير الإدارة المحلية رئيس لجنة الإغاثة في الحكومة اليمنية عبدالرقيب سيف الأسودي أن الحكومة ولجنة الإغاثة تعكف حاليا على إعداد برنامج إغاثة شامل لكل الشعب اليمني، مشيدا بمواقف دول الخليج. ' +
    'وكشف المسؤول اليمني أن المطار سيستقبل خلال الأسبوع الجاري أولى الرحلات لطائرات مدنية حيث سيكون جاهزا لتلك المهمة، معربا عن تقدير الشعب اليمني للمملكة على الاستجابة الإنسانية. ' +
    'وأضاف: «هناك 21 مليون يمني بحاجة لإغاثة»، موضحا أن العديد من الطائرات الإغاثية وصلت عدن.';
  const c = claimsOf(text);

  it('the role runs over "في <body>" into the name, which is the speaker', () => {
    expect(c[0]!.speaker).toMatchObject({ text: 'عبدالرقيب سيف الأسودي', role: 'وزير الإدارة المحلية رئيس لجنة الإغاثة في الحكومة اليمنية' });
  });

  it('a later generic descriptor (المسؤول اليمني) and the pro-drops after it resolve to that name', () => {
    expect(c.map((x) => x.cue.text)).toEqual(['كشف', 'وكشف', 'وأضاف', 'موضحا']);
    for (const k of [1, 2, 3]) expect(c[k]!.speaker?.name).toBe('عبدالرقيب سيف الأسودي');
  });

  it('an expressive participle (معربا عن تقدير) ends the content and is no claim', () => {
    expect(c[1]!.content.text).toBe('المطار سيستقبل خلال الأسبوع الجاري أولى الرحلات لطائرات مدنية حيث سيكون جاهزا لتلك المهمة');
  });

  it('a role located by a ب/ل-phrase before a titled name (رئيس لجنة الاحتراف بالاتحاد … الدكتور عبد الله البرقان)', () => {
    const d = claimsOf('كشف رئيس لجنة الاحتراف بالاتحاد السعودي لكرة القدم الدكتور عبد الله البرقان لـ(الجزيرة) حقيقة موقف ناديي الوحدة ونجران في لجنة الاحتراف.');
    expect(d[0]!.speaker).toMatchObject({ text: 'الدكتور عبد الله البرقان', name: 'عبد الله البرقان', role: 'رئيس لجنة الاحتراف بالاتحاد السعودي لكرة القدم' });
    expect(d[0]!.content.text).toBe('حقيقة موقف ناديي الوحدة ونجران في لجنة الاحتراف');
  });

  it('a descriptor resolves through a dual head with coordinated complements (مدربا النصر … والهلال … جورجيوس دونيس)', () => {
    const t =
      'اتفق مدربا النصر "الأرجوياني" خورخي ديسلفا والهلال "اليوناني" جورجيوس دونيس على صعوبة المواجهة. وحول غياب سعود كريري عن المشاركة أوضح مدرب الهلال أنه يقدر الظرف الذي يمر به اللاعب.';
    const ents = [person(t, 'e1', 'خورخي ديسلفا', ['خورخي ديسلفا']), person(t, 'e2', 'جورجيوس دونيس', ['جورجيوس دونيس']), person(t, 'e3', 'سعود كريري', ['سعود كريري'])];
    const d = claimsOf(t, ents);
    expect(d.at(-1)!.speaker).toMatchObject({ text: 'مدرب الهلال', name: 'جورجيوس دونيس' });
  });
});

describe('subjects that are not right after the cue', () => {
  it('a relative clause cue takes the antecedent (… مرزرق العتيبي الذي أكد حدوث التبديل وقال إنه …)', () => {
    const c = claimsOf('في سياق متصل أجرت «المدينة» اتصالا هاتفيا بنائب مدير مستشفى الدوادمي العام مرزرق العتيبي الذي أكد حدوث التبديل وقال إنه وصل إلى المستشفى حادثين مروريين منفصلين بينهما 3 ساعات فقط.');
    expect(c.map((x) => x.cue.text)).toEqual(['أكد', 'وقال']);
    expect(c[0]!.content.text).toBe('حدوث التبديل');
    expect(c[0]!.speaker?.name).toBe('مرزرق العتيبي');
    expect(c[1]!.speaker?.name).toBe('مرزرق العتيبي');
  });

  it('a pluperfect كان X … قد كشف takes X', () => {
    const c = claimsOf('وكان هيمنت كوتالوار؛ القائم بأعمال السفارة الهندية في المملكة، قد كشف لـ "الاقتصادية" في وقت سابق أن هناك ثماني اتفاقيات سعودية - هندية جار مناقشتها.');
    expect(c[0]!.speaker?.name).toBe('هيمنت كوتالوار');
  });

  it('a coordinated cue shares the subject of its clause (استنكرت الأمانة العامة … وقالت إنها …)', () => {
    const c = claimsOf(
      'وقال المتحدث سعد الحديثي في تصريح لـ«الشرق الأوسط»، إن «موقف الحكومة العراقية لم يتغير». من جهتها، استنكرت الأمانة العامة لمنظمة التعاون الإسلامي تصريحات المالكي وقالت إنها تنافي الواقع بالنظر إلى ما تضطلع به السعودية من دور فاعل. وأكدت أن إطلاق مثل هذه التصريحات أمر غير مبرر.',
    );
    expect(c.map((x) => x.cue.text)).toEqual(['وقال', 'وقالت', 'وأكدت']);
    // without the NER's ORG mention the phrase ends before the ل-genitive
    expect(c[1]!.speaker?.name).toMatch(/^الأمانة العامة/);
    expect(c[2]!.speaker?.name).toMatch(/^الأمانة العامة/);
  });

  it('عدّ with an object pronoun and a quote is a claim of the clause subject (بينما استنكرت منظمة … وعدتها «…»)', () => {
    const c = claimsOf('تنصلت رئاستا الجمهورية والوزراء في العراق أمس من تصريحات أطلقها نائب الرئيس نوري المالكي ضد السعودية، بينما استنكرت منظمة التعاون الإسلامي التصريحات وعدتها «مغذية للطائفية».');
    expect(c).toHaveLength(1);
    expect(c[0]).toMatchObject({ direct: true, content: { text: 'مغذية للطائفية' } });
    expect(c[0]!.speaker?.name).toBe('منظمة التعاون الإسلامي');
  });

  it('a naming clause (ويدعى م. ت) is no claim; the next pro-drop speaks for the descriptor', () => {
    const c = claimsOf('«المدينة» تواصلت مع أحد أقارب الشاب المتوفى ويدعى م. ت وأكد أنهم ذهبوا لاستلام الجثة من مستشفى الدوادمي.');
    expect(c.map((x) => x.cue.text)).toEqual(['وأكد']);
    expect(c[0]!.speaker?.name).toBe('أحد أقارب الشاب المتوفى');
  });

  it('علمت X من مصادر: the sources are the speaker', () => {
    const c = claimsOf('علمت «الشرق الأوسط» من مصادر مطلعة، أن السلطات الأمنية السعودية، تمكنت من إيقاف مشتبه به، على خلفية حادثة تفجير مسجد قوات الطوارئ الخاصة في أبها.');
    expect(c[0]!.speaker).toMatchObject({ text: 'مصادر مطلعة', kind: 'anonymous' });
    expect(c[0]!.content.text.startsWith('السلطات الأمنية السعودية')).toBe(true);
  });
});

describe('phrases that are never speakers', () => {
  it('a relative ما opens the object (ونفى مسؤول ما تردد عن …)', () => {
    const c = claimsOf('ونفى مسؤول ما تردد عن إيقاف الحكومة الهندية تصدير عمالتها إلى السعودية، وقال: "ما تم إعلانه في هذا الصدد عار من الصحة"، مبديا استغرابه من صدور الخبر.');
    expect(c[0]!.speaker?.text).toBe('مسؤول');
    expect(c[0]!.content.text).toBe('ما تردد عن إيقاف الحكومة الهندية تصدير عمالتها إلى السعودية');
  });

  it('a possessed verbal noun opens the object (أعلن تنظيم داعش مسؤوليته عن …)', () => {
    const c = claimsOf('إلى ذلك أعلن تنظيم داعش مسؤوليته عن عملية التفجير.');
    expect(c[0]).toMatchObject({ speaker: { text: 'تنظيم داعش' }, content: { text: 'مسؤوليته عن عملية التفجير' }, stance: 'announce' });
  });

  it('a resumptive preposition + pronoun (حمل فيها الرياض) and a demand verb\'s ب-object (وطالبت بضرورة حلها) are no speakers', () => {
    const a = claimsOf('وقال الوزير علي العمير إن الخلاف فني. وتسربت مراسلات أجراها الوزير مع نظيره السعودي حمل فيها الرياض مسؤولية الخسائر التي قد تتكبدها الكويت بسبب الأزمة.');
    expect(a.map((x) => x.speaker?.text ?? null)).not.toContain('فيها الرياض');
    const b = claimsOf('قال البرقان إن غرفة فض المنازعات رفضت استقبال أي شكوى. وطالبت بضرورة حلها عن طريقنا وهي واجبة السداد من فترة الانتقالات الشتوية السابقة.');
    expect(b.map((x) => x.speaker?.text ?? null)).not.toContain('بضرورة حلها');
  });

  it('حسب رواية X: the account\'s owner is the source', () => {
    const c = claimsOf('وكان الانتحاري منفذ العملية، دخل مسجد مقر قوات الطوارئ في أبها أول من أمس، حسب رواية أحد المصابين.');
    expect(c[0]).toMatchObject({ cue: { text: 'حسب رواية' }, speaker: { text: 'أحد المصابين' } });
  });
});
