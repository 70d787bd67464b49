/**
 * Round 37 (a twenty-seventh audit: 240 claims of 400 SaudiNewsNet articles drawn fresh, judged blind): spellings that
 * are nouns, not cues; where the words end at the speaker's next cue; who an unnamed role or a plural participle is.
 * Rows are real sentences of SaudiNewsNet articles, shortened.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const claimsOf = async (text: string) =>
  (await extract(text)).claims.map((c) => ({ cue: c.cue.text, speaker: c.speaker?.name ?? null, written: c.speaker?.text ?? null, content: c.content.text }));

describe('round 37: a cue spelling that is a noun', () => {
  it('a student after an ordinal (كأول طالب أجنبي يفعل ذلك) demands nothing', async () => {
    const cs = await claimsOf('تمكن مبتعث سعودي من الالتحاق بجامعة تويوتا للتقنية كأول طالب أجنبي يفعل ذلك بمرحلة البكالوريوس في تاريخ تلك الجامعة.');
    expect(cs).toEqual([]);
  });

  it('a verbal noun after a verb, with nothing recognisable before it for a subject (وجاء طلب الجهازين …)', async () => {
    const cs = await claimsOf('وجاء طلب الجهازين الفني والإداري بملاقاة «أودينيزي» بدلاً من «فيرونا» رغبة في خوض مباراة أقوى.');
    expect(cs).toEqual([]);
  });

  it('a counted or governed "accused" is a suspect, part of the announced object (القبض على 43 متهما)', async () => {
    const cs = await claimsOf('وأعلنت الوزارة في بيان القبض على 43 متهما في الرياض.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'وأعلنت', content: 'القبض على 43 متهما في الرياض' })]);
    const two = await claimsOf('وأعلنت الوزارة القبض على متهمين اثنين.');
    expect(two[0]!.content).toBe('القبض على متهمين اثنين');
  });
});

describe('round 37: the words end where the speaker says something else', () => {
  it('a conjoined cue of the speaker\'s gender with a nominal object after a comma (، وتوقعت فقدان 29 شخصًا)', async () => {
    const cs = await claimsOf('وذكرت الشرطة في نيبال أن 15 شخصًا لقوا حتفهم في حي لوملي بمنطقة كاسكي بعدما طمر انهيار أرضي منازلهم ، وتوقعت فقدان 29 شخصًا آخرين في المنطقة.');
    expect(cs[0]!.content).toBe('15 شخصًا لقوا حتفهم في حي لوملي بمنطقة كاسكي بعدما طمر انهيار أرضي منازلهم');
    expect(cs[1]).toEqual(expect.objectContaining({ cue: 'وتوقعت', written: null, speaker: 'الشرطة في نيبال', content: 'فقدان 29 شخصًا آخرين في المنطقة' }));
  });

  it('a speech participle after a comma, with no complementizer (، مبينا دعم الموظف … ساهم …)', async () => {
    const cs = await claimsOf('وأوضح الأستاذ عبد الله الداود أن مثل هذه اللقاءات تهدف إلى تنمية أواصر الأخوة وإكسابه روحاً جديدة للعطاء والإنتاج، مبينا دعم الموظف ماديا ومعنويا في هذه المجالات ساهم في خلق بيئة عمل نموذجية.');
    expect(cs[0]!.content).toBe('مثل هذه اللقاءات تهدف إلى تنمية أواصر الأخوة وإكسابه روحاً جديدة للعطاء والإنتاج');
  });

  it('the plural participle of a weak verb (داعين إلى) continues a plural speaker', async () => {
    const cs = await claimsOf('وأكد الوزراء أن مكونات المجتمع اليمني كافة لديها أدوار مهمة للقيام بها في الحكومة السلمية لليمن, داعين إلى سرعة ايصال وتوزيع المساعدات الانسانية.');
    expect(cs[0]!.content).toBe('مكونات المجتمع اليمني كافة لديها أدوار مهمة للقيام بها في الحكومة السلمية لليمن');
    expect(cs[1]).toEqual(expect.objectContaining({ cue: 'داعين', speaker: 'الوزراء', content: 'سرعة ايصال وتوزيع المساعدات الانسانية' }));
  });

  it('"except that he said" / "but he confirmed" with the speaker\'s pronoun opens the next claim (إلا أنه قال إن …، غير أنه أكد أنه …)', async () => {
    const a = await claimsOf('ونفى فينجر أن يكون ذلك يمثل له أي شيء إلا أنه قال إن الانتصار سيعطي لاعبيه دفعة.');
    expect(a.map((c) => c.content)).toEqual(['يكون ذلك يمثل له أي شيء', 'الانتصار سيعطي لاعبيه دفعة']);
    expect(a[1]!.speaker).toBe('فينجر');
    const b = await claimsOf('وقال مسؤول في الشرطة إن تحركاتهم تقتصر حتى الآن التذكير بالقانون، غير أنه أكد أنه من الممكن أن يصل الأمر للاعتقال.');
    expect(b.map((c) => c.content)).toEqual(['تحركاتهم تقتصر حتى الآن التذكير بالقانون', 'من الممكن أن يصل الأمر للاعتقال']);
  });

  it('… but not a verb of doing after إلا أنها inside the words (إلا أنها أظهرت بعض مفاتن جسمها)', async () => {
    const cs = await claimsOf('وقال الشيخ عبدالعزيز الفوزان إن لو أن إحداهن أظهرت وجهها لزهدوا فيها الشباب إلا أنها أظهرت بعض مفاتن جسمها.');
    expect(cs).toHaveLength(1);
    expect(cs[0]!.content).toBe('لو أن إحداهن أظهرت وجهها لزهدوا فيها الشباب إلا أنها أظهرت بعض مفاتن جسمها');
  });
});

describe('round 37: who speaks', () => {
  it('the verb\'s fixed object after its subject ends the speaker (وكشفت شركة إيربنب النقاب عن …)', async () => {
    const cs = await claimsOf('وكشف المدير العام للشركة النقاب عن خطة جديدة لزيادة الإنتاج.');
    expect(cs[0]).toEqual(expect.objectContaining({ written: 'المدير العام للشركة', content: 'خطة جديدة لزيادة الإنتاج' }));
  });

  it('an adverb after the cue is no speaker (فقال بالضبط نحن في حالة حرب)', async () => {
    const cs = await claimsOf('صرح رئيس وزراء مصر، إبراهيم محلب، قبل أيام فقال بالضبط نحن في حالة حرب.');
    expect(cs[0]).toEqual(expect.objectContaining({ cue: 'فقال', written: null, speaker: 'إبراهيم محلب' }));
  });

  it('a place head behind ب before a place belongs to the role, not the name (وزير البنى التحتية بولاية الخرطوم أحمد قاسم)', async () => {
    const cs = await claimsOf('وقال وزير البنى التحتية بولاية الخرطوم أحمد قاسم، إن إيران أوقفت تنفيذ مشاريع تنموية كبرى في السودان. وأضاف الوزير في تصريحات صحفية أن نائب الرئيس الإيراني وافق على تمويل تلك الأعمال.');
    expect(cs.map((c) => c.speaker)).toEqual(['أحمد قاسم', 'أحمد قاسم']);
  });

  it('a fronted role and name before a comma is the subject, with ف or و on the role (فالكاتب والشاعر محمد الرطيان، قال)', async () => {
    const cs = await claimsOf('فالكاتب والشاعر محمد الرطيان، قال في تغريدة إن الفكرة هي السبب.');
    expect(cs[0]).toEqual(expect.objectContaining({ cue: 'قال', written: 'محمد الرطيان', content: 'الفكرة هي السبب' }));
  });
});

describe('round 37: what the blind before/after judges asked for', () => {
  it('a prayer asked for others, with God the subject of what is asked, reports nothing (داعين للشهيد … أن يتقبله الله؛ داعين لكل مواطني هذا البلد بالصبر)', async () => {
    const a = await claimsOf('وجزم أشقاء الشهيد أنهم سينتصرون على هذا الفكر الضال، داعين للشهيد ولجميع من قضى معه أن يتقبلهم الله.');
    expect(a.map((c) => c.cue)).toEqual(['وجزم']);
    const b = await claimsOf('لا نملك كمواطنين في هذه اللحظات الحرجة إلا أن نترحم على شهدائنا الأبرار داعين لكل مواطني هذا البلد الطيب الكريم بالصبر والثبات.');
    expect(b).toEqual([]);
  });

  it('"the other" and a definite body before a noun-like cue are subjects (والآخر توقع أن …؛ الادعاء طالب بإعدام …)', async () => {
    const a = await claimsOf('وقد توسع صاحب هذا التوقع إلى أن المرأة ستكون صاحبة الكلمة. والآخر توقع أن تزول هيئة الأمر بالمعروف والنهي عن المنكر.');
    expect(a).toEqual(expect.arrayContaining([expect.objectContaining({ cue: 'توقع', written: 'والآخر', content: 'تزول هيئة الأمر بالمعروف والنهي عن المنكر' })]));
    const b = await claimsOf('وكان الادعاء طالب بإعدام هولمز بالحقنة القاتلة.');
    expect(b[0]).toEqual(expect.objectContaining({ cue: 'طالب', written: 'الادعاء' }));
  });

  it('a student before "another" is no one demanding (ضد طالب آخر)', async () => {
    const cs = await claimsOf('التنمر لا يحدث حين يستقوي طالب ضد طالب آخر بسبب صغر حجمه.');
    expect(cs).toEqual([]);
  });

  it('the main clause of a concession the words opened stays in them (على الرغم من أن …، إلا أنه استبعد أن …)', async () => {
    const cs = await claimsOf('وقال الدكتور العبدالكريم إنه على الرغم من أن وضع الاقتصادات العالمية غير مستقر، إلا أنه استبعد أن تكون هناك هجرة أموال لأميركا.');
    expect(cs).toHaveLength(1);
    expect(cs[0]!.content).toBe('على الرغم من أن وضع الاقتصادات العالمية غير مستقر، إلا أنه استبعد أن تكون هناك هجرة أموال لأميركا');
  });

  it('a plural cue joined after a singular speaker\'s words is inside them (وقال … فطلبوا تسجيل أغنية …)', async () => {
    const cs = await claimsOf('وقال هشام عباس إن فكرة الأغنية جاءت من خلال إحدى القنوات الفضائية التي أرادت تقديم عمل وطني لمصر، فطلبوا تسجيل أغنية للمشروع الجديد، فعقدت جلسات عمل مع الشاعر.');
    expect(cs.map((c) => c.cue)).toEqual(['وقال']);
    expect(cs[0]!.content).toMatch(/فطلبوا تسجيل أغنية/);
  });

  it('a first name that looks like a plural participle is a name (يقول نافين تيواري)', async () => {
    const cs = await claimsOf('يقول نافين تيواري، مؤسس شركة إعلانات، إن الشركات الناشئة تعود إلى المدينة.');
    expect(cs[0]).toEqual(expect.objectContaining({ cue: 'يقول', written: 'نافين تيواري', content: 'الشركات الناشئة تعود إلى المدينة' }));
  });
});

describe('round 37: where the words end (later parts)', () => {
  it('"in terms of" (من حيث) and "by" a verbal noun (، وذلك بتقليل …) go on with the words', async () => {
    const a = await claimsOf('وأهاب المدير بجميع أصحاب المحال في القيام بواجبهم من حيث الرقابة الذاتية؛ للحفاظ على صحة وسلامة الجميع.');
    expect(a[0]!.content).toBe('جميع أصحاب المحال في القيام بواجبهم من حيث الرقابة الذاتية؛ للحفاظ على صحة وسلامة الجميع');
    const b = await claimsOf('وأكد المهندس مطلق بن حمد المريشد سعي الشركة جاهدة إلى زيادة هامش الربح في منتجاتها، وذلك بتقليل التكاليف في ظل التحديات.');
    expect(b[0]!.content).toBe('سعي الشركة جاهدة إلى زيادة هامش الربح في منتجاتها، وذلك بتقليل التكاليف في ظل التحديات');
  });

  it('a conjoined قال with a future verb after a comma opens new words (، وقال سيستمر البرنامج …)', async () => {
    const cs = await claimsOf('وأوضح المشرف على مركز الموهبة الدكتور ظافر ال حماد، أن البرنامج لهذه العام استقبل 100 طالب من جميع أنحاء المملكة، وقال سيستمر البرنامج لمدة شهر كامل.');
    expect(cs[0]!.content).toBe('البرنامج لهذه العام استقبل 100 طالب من جميع أنحاء المملكة');
  });

  it('a conjoined قال through a medium named in brackets, then its colon and quotation, opens new words (وقال عبر حسابه الشخصي في (تويتر): "…")', async () => {
    const cs = await claimsOf('أكد المشرف العام مروان دفتردار أن ملف المفاوضات مع اللاعب أغلق تماماً بعد رفضه العرض وقال عبر حسابه الشخصي في (تويتر): "المفاوضات مع شيري أخذت المسار الجدي في الأيام الماضية".');
    expect(cs.map((c) => c.content)).toEqual(['ملف المفاوضات مع اللاعب أغلق تماماً بعد رفضه العرض', 'المفاوضات مع شيري أخذت المسار الجدي في الأيام الماضية']);
  });

  it('the writer\'s remark on what the statement left out ends the words (… ولم يتطرق بيان الحركة إلى …)', async () => {
    const cs = await claimsOf('وأوضحت الحركة أن مشعل والوفد المرافق له أدوا خلال الزيارة مناسك العمرة وصلاة العيد في المسجد الحرام ولم يتطرق بيان الحركة إلى طبيعة المباحثات.');
    expect(cs[0]!.content).toBe('مشعل والوفد المرافق له أدوا خلال الزيارة مناسك العمرة وصلاة العيد في المسجد الحرام');
  });

  it('… and a present speech cue there too (، غير أنه يشدد على أنه …), but not "believes" (إلا أنه يعتقد)', async () => {
    const a = await claimsOf('ويرى الصالحي أن للنشر الإلكتروني تأثيرات إيجابية بشكل عام على المنتج الشعري، غير أنه يشدد على أنه يجب الإقرار بأن فضاء الإنترنت يعج بالتافه.');
    expect(a[0]!.content).toBe('للنشر الإلكتروني تأثيرات إيجابية بشكل عام على المنتج الشعري');
    const b = await claimsOf('ونوه عضو المجلس البلدي إبراهيم الربدي إلى أن هناك من ينادي بتوسعة الطريق، إلا أنه يعتقد أن الطريق لو تمت توسعته لن يستوعب سوى مسار واحد إضافي.');
    expect(b[0]!.content).toBe('هناك من ينادي بتوسعة الطريق، إلا أنه يعتقد أن الطريق لو تمت توسعته لن يستوعب سوى مسار واحد إضافي');
  });

  it('the outlet a speaker speaks through is no speaker (وقال عبر قناة (blik) السويسرية: "…")', async () => {
    const cs = await claimsOf('من جهة ثانية أكد غروس أن إدارة النادي الأهلي قدمت له عرضا لتمديد عقده وقال عبر قناة (blik) السويسرية: "الأهلي من أشهر وأفضل الأندية بمنطقة الشرق الأوسط". واضاف: "لدي خمسة لاعبين في الفريق بامكانهم اللعب في أوروبا".');
    expect(cs.map((c) => c.written)).toEqual(['غروس', null, null]);
    expect(cs.map((c) => c.content)).toEqual(['إدارة النادي الأهلي قدمت له عرضا لتمديد عقده', 'الأهلي من أشهر وأفضل الأندية بمنطقة الشرق الأوسط', 'لدي خمسة لاعبين في الفريق بامكانهم اللعب في أوروبا']);
  });

  it('a plural pro-drop cue whose nearest clause drops its subject too goes back to the sentence\'s own (وقد عبر أبناء الفقيد … كما قدموا شكرهم …، وقالوا: …)', async () => {
    const cs = await claimsOf('وقد عبر أبناء الفقيد عبدالرحمن ومساعد ومحمد عن خالص شكرهم وتقديرهم لسموه الكريم على مواساته كما قدموا شكرهم لكل من واساهم من أصحاب السمو الأمراء وإلى سفير دولة الكويت الشقيقة بالمملكة الشيخ ثامر بن جابر الصباح وجميع المسؤولين، وقالوا: إن كل ما رأيناه يدل على الوفاء.');
    expect(cs[0]).toEqual(expect.objectContaining({ cue: 'وقالوا', written: null, content: 'كل ما رأيناه يدل على الوفاء' }));
    expect(cs[0]!.speaker).toMatch(/^أبناء الفقيد/);
  });

  it('"during" a bulletin is the medium too, but "through" a study (من خلال) is not skipped (وطالب خلال نشرة أخبار التاسعة …)', async () => {
    const cs = await claimsOf('انتقد رئيس الهيئة الوطنية لمكافحة الفساد الدكتور خالد المحيسن بعض الجهات الحكومية التي تتأخر في الرد. وطالب خلال نشرة أخبار التاسعة على قناة (mbc) بالرد خلال خمسة أيام للحالات المستعجلة.');
    expect(cs[1]).toEqual(expect.objectContaining({ cue: 'وطالب', written: null, speaker: 'خالد المحيسن' }));
  });

  it('after indirect words a frame or a purpose after ، وذلك goes on with them, the occasion of the speech does not', async () => {
    const a = await claimsOf('قال الأمير خالد الفيصل إن الحفل يقام غدا. وأوضح أن منح الجائزة للأمير سعود الفيصل يأتي تقديراً لمواقفه المشرفة في خدمة الوطن، وذلك على مدى قرابة الـ 5 عقود من الزمن.');
    expect(a[1]!.content).toBe('منح الجائزة للأمير سعود الفيصل يأتي تقديراً لمواقفه المشرفة في خدمة الوطن، وذلك على مدى قرابة الـ 5 عقود من الزمن');
    const b = await claimsOf('وقال الوزير إن الاجتماع نجح في التوصل إلى توافق حول كل النقاط، وذلك في حديث له لإحدى القنوات التلفزيونية.');
    expect(b[0]!.content).toBe('الاجتماع نجح في التوصل إلى توافق حول كل النقاط');
    // (… nor the writer's gloss on it: وذلك في إشارة إلى …)
    const c = await claimsOf('وقال الوزير إن بلاده لن تقبل أي تدخل في شؤونها الداخلية، وذلك في إشارة إلى التصريحات الإيرانية الأخيرة.');
    expect(c[0]!.content).toBe('بلاده لن تقبل أي تدخل في شؤونها الداخلية');
  });
});

describe('round 37: what the twenty-eighth audit found', () => {
  it('an early or late hour of a day ends the speaker before the cue\'s preposition (أعلنت إدارة نادي الهلال في ساعة مبكرة من صباح أمس عن …)', async () => {
    const cs = await claimsOf('أعلنت إدارة نادي الهلال في ساعة مبكرة من صباح أمس عن التعاقد مع اللاعب البرازيلي.');
    expect(cs[0]).toEqual(expect.objectContaining({ written: 'إدارة نادي الهلال', content: 'التعاقد مع اللاعب البرازيلي' }));
  });

  it('"the thing which indicates" is no speaker (، الأمر الذي يشير إلى أنها …)', async () => {
    const cs = await claimsOf('وأكد الباحثون أن الدراسة دقيقة، الأمر الذي يشير إلى أنها ستغير طرق العلاج.');
    expect(cs.map((c) => c.cue)).toEqual(['وأكد']);
  });

  it('a complementizer right after a colon is no part of the words (صرح …: بأن الجهات …)', async () => {
    const cs = await claimsOf('صرح المتحدث الأمني لوزارة الداخلية: بأن الجهات الأمنية تمكنت من القبض على المتهمين.');
    expect(cs[0]!.content).toBe('الجهات الأمنية تمكنت من القبض على المتهمين');
  });
});
