/** Reported-speech patterns on real Arabic sentences (from the issue and the annotated reports). */
import { describe, expect, it } from 'vitest';
import { ClaimSchema } from '../../src/schema/records.js';
import { extractClaims } from '../../src/speech/index.js';

interface Row {
  text: string;
  cue: string;
  speaker: string | null;
  /** a substring of the resolved speaker name */
  name?: string;
  role?: string | null;
  content: string;
  direct?: boolean;
  stance?: string;
  kind?: 'explicit' | 'implicit' | 'anonymous';
}

const rows: [string, Row][] = [
  ['VSO, title and apposition, circumstantials before إن', {
    text: 'وقال العميد بسام عطية، المسؤول في وزارة الداخلية، خلال مؤتمر صحافي عقد في الرياض أمس، إن تنظيم داعش اصبح بمثابة ميليشيات تقود حربا بالوكالة.',
    cue: 'وقال', speaker: 'العميد بسام عطية', name: 'بسام عطية', role: 'المسؤول في وزارة الداخلية',
    content: 'تنظيم داعش اصبح بمثابة ميليشيات تقود حربا بالوكالة', direct: false, stance: 'assert', kind: 'explicit' }],
  ['SVO with a coordinated complement', {
    text: 'المعارضة السورية أعلنت أنها تمتلك وثائق تثبت وجود تنسيق بين النظام السوري وتنظيم الدولة، وأنها سوف تسلّم هذه الوثائق للأمم المتحدة.',
    cue: 'أعلنت', speaker: 'المعارضة السورية', content: 'تمتلك وثائق تثبت وجود تنسيق بين النظام السوري وتنظيم الدولة، وأنها سوف تسلّم هذه الوثائق للأمم المتحدة', stance: 'announce' }],
  ['SVO with shadda', {
    text: 'حسّون أكّد أن هذه الوثائق تكشف أوامر النظام لعناصره.',
    cue: 'أكّد', speaker: 'حسّون', content: 'هذه الوثائق تكشف أوامر النظام لعناصره', stance: 'assert' }],
  ['role before a name, no commas', {
    text: 'وأوضح مدير مكتب الحملة بلبنان وليد بن علي الجلال أن الحملة اعتمدت إضافة مجال الطهي.',
    cue: 'وأوضح', speaker: 'وليد بن علي الجلال', role: 'مدير مكتب الحملة بلبنان', content: 'الحملة اعتمدت إضافة مجال الطهي' }],
  ['role apposition before the name between commas', {
    text: 'قال عضو الوفد، فاتح حسون، إن المعارضة حصلت على وثائق مرئية.',
    cue: 'قال', speaker: 'فاتح حسون', role: 'عضو الوفد', content: 'المعارضة حصلت على وثائق مرئية' }],
  ['mixed: إن before a quotation is direct speech', {
    text: 'يقول الطيار السابق بسلاح الجو الليبي، العقيد عادل عبد الكافي، في تصريحات صحافية، إن "قرابة 100 سيارة مسلحة مرت بخمسة تمركزات لقوات حفتر".',
    cue: 'يقول', speaker: 'العقيد عادل عبد الكافي', name: 'عادل عبد الكافي', content: 'قرابة 100 سيارة مسلحة مرت بخمسة تمركزات لقوات حفتر', direct: true }],
  ['colon and quotation, question', {
    text: 'ويتساءل عبد الكافي: "لماذا كانت طائرات حفتر تتجاوز مدينة سرت"؟',
    cue: 'ويتساءل', speaker: 'عبد الكافي', content: 'لماذا كانت طائرات حفتر تتجاوز مدينة سرت', direct: true, stance: 'question' }],
  ['nested quotes inside a direct quote', {
    text: 'حيث يقول "المصراتي" للضابط: "خللي جماعة داعش الموجودين بـ"أبو الوليد" يرفعون أعلام داعش عشان نصورهم".',
    cue: 'يقول', speaker: 'المصراتي', content: 'خللي جماعة داعش الموجودين بـ"أبو الوليد" يرفعون أعلام داعش عشان نصورهم', direct: true }],
  ['multi-sentence quote after a colon', {
    text: 'وصرح ديبالا عقب المباراة: «إن هذا اليوم يمثل حدثا مفعما بالإثارة بالنسبة لي. أعتقد أن تسجيلي هدفا أمر لا ينسى».',
    cue: 'وصرح', speaker: 'ديبالا', content: 'هذا اليوم يمثل حدثا مفعما بالإثارة بالنسبة لي. أعتقد أن تسجيلي هدفا أمر لا ينسى', direct: true }],
  ['nominal object of أعلن', {
    text: 'وأعلنت وزارة الداخلية القبض على 431 عنصرا من التنظيم.',
    cue: 'وأعلنت', speaker: 'وزارة الداخلية', content: 'القبض على 431 عنصرا من التنظيم', stance: 'announce' }],
  ['document as the speaker', {
    text: 'وذكر البيان أن المتهمين اعترفا بالتهم الموجهة إليهما.',
    cue: 'وذكر', speaker: 'البيان', content: 'المتهمين اعترفا بالتهم الموجهة إليهما' }],
  ['anonymous sources', {
    text: 'وأفادت مصادر أمنية بأن الانفجار وقع قرب السفارة.',
    cue: 'وأفادت', speaker: 'مصادر أمنية', content: 'الانفجار وقع قرب السفارة', kind: 'anonymous' }],
  ['reveal with عن', {
    text: 'كشفت تسريبات بثتها قناة الأنباء الليبية عن وجود علاقة وتنسيق بين قوات حفتر وتنظيم داعش في ليبيا.',
    cue: 'كشفت', speaker: 'تسريبات بثتها قناة الأنباء الليبية', content: 'وجود علاقة وتنسيق بين قوات حفتر وتنظيم داعش في ليبيا', stance: 'reveal' }],
  ['deny', {
    text: 'ونفت الحكومة اليمنية أن تكون قواتها قد قصفت المدينة.',
    cue: 'ونفت', speaker: 'الحكومة اليمنية', content: 'تكون قواتها قد قصفت المدينة', stance: 'deny' }],
  ['accuse', {
    text: 'واتهم المتحدث باسم الجيش الميليشيات بقصف الأحياء السكنية في المدينة.',
    cue: 'واتهم', speaker: 'المتحدث باسم الجيش', content: 'الميليشيات بقصف الأحياء السكنية في المدينة', stance: 'accuse' }],
  ['warn with من', {
    text: 'وحذر وزير الصحة من انتشار الوباء في المخيمات خلال الصيف.',
    cue: 'وحذر', speaker: 'وزير الصحة', content: 'انتشار الوباء في المخيمات خلال الصيف', stance: 'warn' }],
  ['leading attribution phrase', {
    text: 'وبحسب الوزارة فإنه عند فحص الحقائب تبين احتواؤها على متفجرات.',
    cue: 'وبحسب', speaker: 'الوزارة', content: 'عند فحص الحقائب تبين احتواؤها على متفجرات' }],
  ['trailing attribution phrase after a comma', {
    text: 'ورأى فريديريك غابيزون أن السوق قاومت العدوى. وأول عملية إصدار سندات أجراها الاتحاد الاوروبي تظهر ثقة المستثمرين، بحسب غابيزون الذي اشرف على العملية.',
    cue: 'بحسب', speaker: 'غابيزون', content: 'وأول عملية إصدار سندات أجراها الاتحاد الاوروبي تظهر ثقة المستثمرين' }],
  ['نقلت X عن Y: the speaker is Y', {
    text: 'ونقلت رويترز عن الدبلوماسي الإسرائيلي، دوري غولد، قوله: «أعتقد أن هناك جهودا من الجانبين لفتح صفحة جديدة».',
    cue: 'ونقلت', speaker: 'دوري غولد', content: 'أعتقد أن هناك جهودا من الجانبين لفتح صفحة جديدة', direct: true }],
  ['a quote right after the speaker, no colon', {
    text: 'وأوضح جاك «كان هناك عدة عناصر مسببة للتوتر في السوق».',
    cue: 'وأوضح', speaker: 'جاك', content: 'كان هناك عدة عناصر مسببة للتوتر في السوق', direct: true }],
  // sentences from corpus/claims-dev2 (SaudiNewsNet articles annotated after the extractor was first written)
  ['VSO: role, inner title and name; the object and its ب-complement are not the speaker', {
    text: 'اتهم رئيس الأركان الأمريكي الجنرال مارتن ديمبسي الحكومة العراقية بخرق الاتفاق الأمني بمنحها إيران مساحة أوسع للتحرك داخل الأراضي العراقية.',
    cue: 'اتهم', speaker: 'الجنرال مارتن ديمبسي', name: 'مارتن ديمبسي', role: 'رئيس الأركان الأمريكي',
    content: 'الحكومة العراقية بخرق الاتفاق الأمني بمنحها إيران مساحة أوسع للتحرك داخل الأراضي العراقية', stance: 'accuse' }],
  ['SVO after كان: a descriptor before the name is the role', {
    text: 'وكان مرشد الجمهورية الإيرانية علي خامنئي قد قال في وقت سابق: إن الاتفاق النووي لن يغير سياسة إيران.',
    cue: 'قال', speaker: 'علي خامنئي', role: 'مرشد الجمهورية الإيرانية', content: 'الاتفاق النووي لن يغير سياسة إيران' }],
  ['an adverbial before the cue is no subject: the speaker follows the cue', {
    text: 'وبلغة أكثر حسماً أكد بينيتيز "أجل، بالنسبة لي فإنه سيبقى بنسبة مئة بالمئة".',
    cue: 'أكد', speaker: 'بينيتيز', content: 'أجل، بالنسبة لي فإنه سيبقى بنسبة مئة بالمئة', direct: true }],
  ['nominal object after a name and its role (no commas)', {
    text: 'توقع علي العمير وزير النفط الكويتي ارتفاع أسعار النفط واستقرار الأسواق خلال الفترة المقبلة.',
    cue: 'توقع', speaker: 'علي العمير', role: 'وزير النفط الكويتي', content: 'ارتفاع أسعار النفط واستقرار الأسواق خلال الفترة المقبلة' }],
  ['nominal object after a descriptor: a bare noun after the definite phrase starts the object', {
    text: 'واستبعد وزير النفط الكويتي تأثر حصة بلاده في السوق النفطية العالمية بالاتفاق النووي.',
    cue: 'واستبعد', speaker: 'وزير النفط الكويتي', content: 'تأثر حصة بلاده في السوق النفطية العالمية بالاتفاق النووي', stance: 'deny' }],
  ['a body located by a place, nominal object', {
    text: 'وسبق أن أعلنت السلطات في كابول حالة التأهب القصوى على اثر هجمات الأسبوع الماضي.',
    cue: 'أعلنت', speaker: 'السلطات في كابول', content: 'حالة التأهب القصوى على اثر هجمات الأسبوع الماضي', stance: 'announce' }],
  ['a fused preposition: the content starts after it', {
    text: 'قطع صاحب مكتب استقدام بعدم استقدام أي عمالة منزلية من دولة بنجلاديش.',
    cue: 'قطع', speaker: 'صاحب مكتب استقدام', content: 'عدم استقدام أي عمالة منزلية من دولة بنجلاديش' }],
  ['coordinated bodies and a circumstantial before the nominal object', {
    text: 'واعتبرت كتلتا دولة القانون وائتلاف الوطنية في بيانين مستقلين وجود مساع لدى بعض الجهات السياسية لتجزئة العراق.',
    cue: 'واعتبرت', speaker: 'كتلتا دولة القانون وائتلاف الوطنية', content: 'وجود مساع لدى بعض الجهات السياسية لتجزئة العراق' }],
  ['a quoted name after لـ is not the content; إن is', {
    text: 'وقال مارتن دولان، رئيس مكتب سلامة النقل الأسترالي لإذاعة “إيه بي سي نيوز”، إن الحطام يتسق مع كل العمل الذي قمنا به.',
    cue: 'وقال', speaker: 'مارتن دولان', content: 'الحطام يتسق مع كل العمل الذي قمنا به' }],
  ['an attribution phrase between speaker and complement is part of the claim', {
    text: 'وقال مرسي وفقا لما نقلته عنه الوكالة إنه “في حاجة إلى الوقوف على درجة المرض لديه.”',
    cue: 'وقال', speaker: 'مرسي', content: 'في حاجة إلى الوقوف على درجة المرض لديه', direct: true }],
  ['a quotation without its closing mark runs to the sentence end', {
    text: 'وأضاف العمير أن الدول المنتجة للبترول تتوقع نموا اقتصاديا عالميا. وقال "نحن مطمئنون كل الاطمئنان إلى سير تنفيذ الاستراتيجية النفطية الموضوعة حتى 2020. وأشار إلى أن الكويت قادرة على الحفاظ على حصتها.',
    cue: 'وقال', speaker: null, name: 'العمير', content: 'نحن مطمئنون كل الاطمئنان إلى سير تنفيذ الاستراتيجية النفطية الموضوعة حتى 2020', direct: true, kind: 'implicit' }],
  ['a participle after a semicolon with a nominal object', {
    text: 'وكان مرشد الجمهورية الإيرانية علي خامنئي قد قال: إن الاتفاق النووي لن يغير سياسة إيران؛ مؤكداً استمرار بلاده في "دعم أصدقاء إيران".',
    cue: 'مؤكداً', speaker: null, name: 'علي خامنئي', content: 'استمرار بلاده في "دعم أصدقاء إيران"', kind: 'implicit' }],
  ['diacritics and hamza forms in the cue', {
    text: 'وأَكَّدَتْ الوزارةُ أنّ العملَ مستمرٌّ.',
    cue: 'وأَكَّدَتْ', speaker: 'الوزارةُ', content: 'العملَ مستمرٌّ' }],
];

describe('extractClaims: one pattern per sentence', () => {
  it.each(rows)('%s', (_, r) => {
    const claims = extractClaims({ text: r.text });
    const c = claims.find((x) => x.cue.text === r.cue);
    expect(c, JSON.stringify(claims.map((x) => x.cue.text))).toBeDefined();
    expect(c!.content.text).toBe(r.content);
    expect(c!.speaker?.text ?? null).toBe(r.speaker);
    if (r.name) expect(c!.speaker?.name).toContain(r.name);
    if (r.role !== undefined) expect(c!.speaker?.role ?? null).toBe(r.role);
    expect(c!.direct).toBe(r.direct ?? false);
    if (r.stance) expect(c!.stance).toBe(r.stance);
    if (r.kind) expect(c!.speaker?.kind).toBe(r.kind);
    for (const x of claims) {
      ClaimSchema.parse(x);
      expect(r.text.slice(x.content.start, x.content.end)).toBe(x.content.text);
      expect(r.text.slice(x.cue.start, x.cue.end)).toBe(x.cue.text);
    }
  });
});

describe('continuations and implicit speakers', () => {
  it('participles and pro-drop take the last compatible speaker', () => {
    const text =
      'وقال المتحدث الرسمي باسم مجلس المحافظة عيد عماش إن الأيام المقبلة ستشهد تنفيذ المرحلة الثانية. وأكد عماش أن أكثر من 1500 مدرسة دمرت في الأنبار، مشيرا إلى أن غالبية هذه المدارس استهدفها التنظيم. وأضاف أن العمل مستمر.';
    const claims = extractClaims({ text });
    expect(claims.map((c) => c.cue.text)).toEqual(['وقال', 'وأكد', 'مشيرا', 'وأضاف']);
    expect(claims[0]!.speaker?.text).toBe('عيد عماش');
    expect(claims[0]!.speaker?.role).toBe('المتحدث الرسمي باسم مجلس المحافظة');
    expect(claims[1]!.speaker?.name).toBe('عيد عماش');
    expect(claims[2]!.speaker).toMatchObject({ text: null, kind: 'implicit', name: 'عيد عماش' });
    expect(claims[2]!.content.text).toBe('غالبية هذه المدارس استهدفها التنظيم');
    expect(claims[1]!.content.text).toBe('أكثر من 1500 مدرسة دمرت في الأنبار');
    expect(claims[3]!.speaker?.kind).toBe('implicit');
  });

  it('a feminine cue resolves to the feminine speaker, a plural participle to the plural one', () => {
    const text = 'وقالت الوزارة إن الحدود مغلقة. وقال الوزير إن القرار نهائي. وأضافت أن المعابر ستفتح قريبا.';
    const claims = extractClaims({ text });
    expect(claims[2]!.speaker?.name).toBe('الوزارة');
    const text2 = 'دلائل تعاون نظام الأسد مع داعش أكدها الثوار مرارا مشيرين إلى أنهم كانوا يخوضون حروبا ضد التنظيم.';
    const c2 = extractClaims({ text: text2 });
    expect(c2[0]).toMatchObject({ cue: { text: 'أكدها' }, content: { text: 'دلائل تعاون نظام الأسد مع داعش' } });
    expect(c2[0]!.speaker?.text).toBe('الثوار');
    expect(c2[1]!.speaker?.name).toBe('الثوار');
  });

  it('a dialogue turn and a pro-drop quote', () => {
    const text = 'يقول "المصراتي" للضابط: "خللي جماعة داعش يرفعون أعلام داعش"، فيرد عليه الضابط: "إنت عارف إنهم جماعتنا". كذلك يطلب الضابط من الصحفي عدم التركيز على التشاديين، ويقول له: "إنت عارف إنهم مرتزقة".';
    const claims = extractClaims({ text });
    const turn = claims.find((c) => c.cue.text === 'فيرد');
    expect(turn?.speaker?.text).toBe('الضابط');
    expect(turn?.content.text).toBe('إنت عارف إنهم جماعتنا');
    const last = claims.find((c) => c.cue.text === 'ويقول');
    expect(last?.speaker).toMatchObject({ kind: 'implicit', name: 'الضابط' });
  });
});

describe('speakers that are not words of the sentence (claims-dev2)', () => {
  it('an attribution phrase before the cue gives one claim, by the cue verb\'s speaker', () => {
    const text = 'وحسب فضائية "الجزيرة"، قال "المعلم" في مؤتمر صحفي على هامش "المؤتمر الإعلامي الدولي لمواجهة الإرهاب التكفيري"، الذي عُقِدَ في دمشق الجمعة: إن "الاتفاق التاريخي" يُشَكّل "اعترافاً واضحاً بمكانة إيران".';
    const claims = extractClaims({ text });
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ cue: { text: 'قال' }, speaker: { text: 'المعلم' } });
    expect(claims[0]!.content.text).toBe('"الاتفاق التاريخي" يُشَكّل "اعترافاً واضحاً بمكانة إيران"');
  });

  it('فإنه before the cue and a pro-drop after it resolve to the last speaker, الرئيس to the president', () => {
    const text = 'فيما أشار رئيس الوزراء أحمد داود أوغلو إلى أن بلاده لا تعتزم وقف الهجوم. إلى ذلك نفى الرئيس التركي رجب طيب إردوغان بقوة الاتهامات بأن تركيا تساعد تنظيم داعش، متهما «قوى سوداء» بنشر دعاية إعلامية خاطئة حول بلاده. وخلال زيارة إلى إندونيسيا، قال الرئيس إن تركيا عانت من «خسائر كبيرة» في معركتها ضد الإرهابيين. ورغم أن إردوغان لم يشر صراحة إلى حزب العمال الكردستاني، فإنه قال إن «القوى السوداء» تنشر معلومات خاطئة حول تركيا.';
    const claims = extractClaims({ text });
    const by = (cue: string) => claims.filter((c) => c.cue.text === cue);
    // without entities the name keeps the adverbial that follows it (known limit); the claim and its speaker hold
    expect(by('متهما')[0]).toMatchObject({ speaker: { kind: 'implicit', name: expect.stringContaining('رجب طيب إردوغان') }, stance: 'accuse' });
    expect(by('متهما')[0]!.content.text).toBe('«قوى سوداء» بنشر دعاية إعلامية خاطئة حول بلاده');
    for (const c of by('قال')) expect(c.speaker?.name).toContain('رجب طيب إردوغان');
    expect(by('قال')).toHaveLength(2);
    expect(by('قال')[1]!.speaker?.text).toBeNull();
  });

  it('a relative clause after the subject and a circumstantial before the complement', () => {
    const text = 'المسؤول العراقي الذي رفض ذكر اسمه قال إن رئيس الأركان الأمريكي طالب رئيس الوزراء العراقي بالحفاظ على التزامه مهددا بإجراءات أمريكية. وأكد قبل أيام قليلة من الولايات المتحدة أنه لم يفقد الأمل.';
    const claims = extractClaims({ text });
    expect(claims.map((c) => c.cue.text)).toEqual(['قال', 'وأكد']);
    expect(claims[0]!.speaker?.text).toBe('المسؤول العراقي');
    expect(claims[0]!.content.text).toContain('مهددا بإجراءات أمريكية');
    expect(claims[1]!.speaker).toMatchObject({ text: null, kind: 'implicit', name: 'المسؤول العراقي' });
  });

  it('a participle hangs on the subject of its own clause, not on the previous speaker', () => {
    const text = 'إلى ذلك هدد تنظيم الدولة بقتل رئيس مجلس النواب العراقي سليم الجبوي فيما هاجمت الكتل البرلمانية بعض القوى السياسية في البلاد دون أن تسميها متهمة إياها باستغلال الفتن الطائفية.';
    const claims = extractClaims({ text });
    expect(claims.map((c) => c.cue.text)).toEqual(['هدد', 'متهمة']);
    expect(claims[0]!.content.text).toBe('قتل رئيس مجلس النواب العراقي سليم الجبوي');
    expect(claims[1]!.speaker?.name).toBe('الكتل البرلمانية');
  });

  it('a word inside a quotation closed by ″ is never a speaker', () => {
    const text = 'وقال نجيب رزاق للصحافيين “بعد 515 يوماً من فقدان الطائرة، أعلن لكم بحزن أن فريق الخبراء الدوليين أكد بشكل نهائي أن الحطام يعود حتماً إلى الرحلة إم إتش 370″، وأضاف “أصبح لدينا اليوم الدليل الملموس″.';
    const claims = extractClaims({ text });
    expect(claims.map((c) => c.cue.text)).toEqual(['وقال', 'وأضاف']);
    expect(claims[0]!.speaker?.text).toBe('نجيب رزاق');
    expect(claims[1]!.speaker?.name).toBe('نجيب رزاق');
  });

  it('a differently spelt short mention resolves to the fuller earlier name', () => {
    const text = 'أعلن رافايل بينيتيز مدرب ريال مدريد الاسباني أن راموس سيبقى في صفوف الفريق. وقال بنيتيز في ملبورن حيث سيلتقي فريقه مع مانشستر يونايتد ودياً الجمعة المقبل في نهائي كأس الأبطال الدولية "الأمر بسيط جدا، دي خيا ليس لاعبا في ريال مدريد".';
    const claims = extractClaims({ text });
    expect(claims).toHaveLength(2);
    expect(claims[1]).toMatchObject({ speaker: { text: 'بنيتيز', name: 'رافايل بينيتيز' }, direct: true });
  });
});

describe('not claims', () => {
  it.each([
    ['a speech verb without a proposition', 'وقال ذلك في مؤتمر صحافي عقده أمس في الرياض.'],
    ['reporter formula', 'يذكر أن هذه هي المرة الثامنة التي تقام فيها البطولة خارج إيطاليا.'],
    ['expressive act', 'وأعرب الزياني عن ارتياحه لما تحقق من نجاحات عسكرية.'],
    ['between is not بيّن', 'وجرت المباراة بين الفريقين أمس في الرياض.'],
    ['an attribution of a rule, not a source', 'وتم توزيع المساعدات وفقا للقانون المعمول به.'],
    ['a byline participle', 'سبق- متابعة: شهدت المدينة أمطارا غزيرة أمس.'],
  ])('%s', (_, text) => {
    expect(extractClaims({ text })).toEqual([]);
  });

  it('speech inside a claim belongs to its content', () => {
    const text = 'وقال البيان إن المتهمين اعترفا بأنهما تلقيا الأوامر، وإن السلطات أوضحت أن التحقيق مستمر.';
    const claims = extractClaims({ text });
    expect(claims).toHaveLength(1);
    expect(claims[0]!.content.text).toContain('أوضحت أن التحقيق مستمر');
  });
});

describe('entities: canonical names, targets, places, allegation', () => {
  it('uses entity clusters when given', () => {
    const text = 'وقال اللواء التركي إن قوات حفتر نسقت مع داعش في سرت.';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
    const entities = [
      { id: 'e1', type: 'PERS' as const, name: 'منصور التركي', mentions: [at('التركي')] },
      { id: 'e2', type: 'PERS' as const, name: 'خليفة حفتر', mentions: [at('حفتر')] },
      { id: 'e3', type: 'ORG' as const, name: 'داعش', mentions: [at('داعش')] },
      { id: 'e4', type: 'LOC' as const, name: 'سرت', mentions: [at('سرت')] },
    ];
    const [c] = extractClaims({ text, entities });
    expect(c!.speaker).toMatchObject({ text: 'اللواء التركي', name: 'منصور التركي', entityId: 'e1', kind: 'explicit', type: 'PERS' });
    expect(c!.targets).toEqual(['خليفة حفتر', 'داعش']);
    expect(c!.places).toEqual(['سرت']);
    expect(c!.confidence).toBeGreaterThan(0.9);
  });

  it('marks accusations and charges as allegations', () => {
    const text = 'واتهم المتحدث باسم الجيش الميليشيات بقصف الأحياء السكنية.';
    expect(extractClaims({ text })[0]!.allegation).toBe(true);
    const t2 = 'وقال المتحدث إن الطقس سيكون معتدلا غدا.';
    expect(extractClaims({ text: t2 })[0]!.allegation).toBe(false);
  });

  it('resolves the pronoun of بحسب ادعائه to the nearest person', () => {
    const text = 'اللواء المتقاعد خليفة حفتر يتلقى الدعم من الخارج معتمدا على قتاله لتنظيم "داعش" ـ بحسب ادعائه ـ في ليبيا.';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
    const entities = [{ id: 'p1', type: 'PERS' as const, name: 'خليفة حفتر', mentions: [at('خليفة حفتر')] }];
    const c = extractClaims({ text, entities }).find((x) => x.cue.text === 'بحسب ادعائه');
    expect(c?.speaker?.name).toBe('خليفة حفتر');
    expect(c?.content.text).toContain('قتاله لتنظيم "داعش"');
  });
});
