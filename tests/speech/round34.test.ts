/**
 * Round 34 (the twenty-first audit's error kinds, and a twenty-second audit of 400 SaudiNewsNet articles that no
 * earlier round had read). Rows are real sentences of SaudiNewsNet articles, shortened.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const claimsOf = async (text: string) =>
  (await extract(text)).claims.map((c) => ({ cue: c.cue.text, speaker: c.speaker?.name ?? null, written: c.speaker?.text ?? null, role: c.speaker?.role ?? null, type: c.speaker?.type ?? null, content: c.content.text }));

describe('round 34: where the words end and begin', () => {
  it('the main clause after a fronted فيما-clause holding the cue is the writer\'s (وفيما حذر المالكي من …، فإن علاوي عدها …)', async () => {
    const cs = await claimsOf('وفيما حذر المالكي من تكرار سيناريو اعتصامات الأنبار في حال استمرت المظاهرات ضد الفساد وسوء الخدمات، فإن علاوي عدها مخالفة للدستور.');
    expect(cs[0]).toEqual(expect.objectContaining({ cue: 'حذر', speaker: 'المالكي', content: 'تكرار سيناريو اعتصامات الأنبار في حال استمرت المظاهرات ضد الفساد وسوء الخدمات' }));
  });

  it('"as X explained, then": مثلما is no speaker, and فإن opens the words without being one of them', async () => {
    const cs = await claimsOf('لذا، فإنه من المعتقد توافر هيليوم - 3 بغزارة على القمر. ومثلما أوضح جين، فإن القدرة على استخراج هيليوم - 3 يمكن أن يترك تأثيرا هائلا في المستقبل على الأرض وبيئتها.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'أوضح', speaker: 'جين', content: 'القدرة على استخراج هيليوم - 3 يمكن أن يترك تأثيرا هائلا في المستقبل على الأرض وبيئتها' })]);
  });

  it('… but فإن stays when it is a name\'s word (وكشف فان بيرسي أن فان جال أعلمه …)', async () => {
    const cs = await claimsOf('وكشف فان بيرسي أن فان جال أعلمه خلال يوم خيري سنوي ينظمه يونايتد بأنه ليس بحاجة إليه الموسم المقبل.');
    expect(cs[0]!.content.startsWith('فان جال')).toBe(true);
  });

  it('نوّه على + a verbal noun or أن reports (ونوهت اللجنة الفنية … على وجوب رفع الأندية … طلباتها)', async () => {
    const noun = await claimsOf('ونوهت اللجنة الفنية التي يرأسها نائب رئيس الاتحاد محمد المنيع على وجوب رفع الأندية الراغبة بتسجيل المحترفين طلباتها للاتحاد السعودي.');
    expect(noun[0]).toEqual(expect.objectContaining({ cue: 'ونوهت', content: 'وجوب رفع الأندية الراغبة بتسجيل المحترفين طلباتها للاتحاد السعودي' }));
    const that = await claimsOf('فيما نوه مديرو تعليم الحد الجنوبي على أن هناك لجنة مشكلة برئاسة وزير التعليم لإنهاء الاستعدادات لبدء العام الدراسي.');
    expect(that[0]).toEqual(expect.objectContaining({ cue: 'نوه', speaker: 'مديرو تعليم الحد الجنوبي', content: 'هناك لجنة مشكلة برئاسة وزير التعليم لإنهاء الاستعدادات لبدء العام الدراسي' }));
  });

  it('… while a later على belongs to the participle\'s own object (منوهًا بحرص مصر على تلبية …)', async () => {
    const cs = await claimsOf('وأضاف السفير علاء يوسف أن الرئيس السيسي أكد في اللقاء على أهمية دور الأزهر الشريف وبعثاته في الدول الأفريقية، منوهًا بحرص مصر على تلبية احتياجات أشقائها الأفارقة.');
    expect(cs[0]).toEqual(expect.objectContaining({ cue: 'وأضاف', content: 'الرئيس السيسي أكد في اللقاء على أهمية دور الأزهر الشريف وبعثاته في الدول الأفريقية، منوهًا بحرص مصر على تلبية احتياجات أشقائها الأفارقة' }));
  });

  it('a verb of describing with one phrase and its ب-predicate describes that phrase (ووصف إيران بتاجر المخدرات)', async () => {
    const cs = await claimsOf('حتى وإن أبدى "نتنياهو" رفضه للاتفاق ووصف إيران بتاجر المخدرات.');
    expect(cs.find((c) => c.cue === 'ووصف')).toEqual(expect.objectContaining({ speaker: 'نتنياهو', content: 'تاجر المخدرات' }));
  });

  it('a prayer for someone named is no demand (ودعا مغردو “تويتر” للفتاة سارة بالرحمة والمغفرة)', async () => {
    const cs = await claimsOf('ودعا مغردو “تويتر” للفتاة سارة بالرحمة والمغفرة، ليحققوا أمنيتها التي غردت بها عبر حسابها الشخصي.');
    expect(cs.some((c) => c.cue === 'ودعا')).toBe(false);
  });

  it('a cue inside a verse cited in double brackets is the verse\'s word (لولا أن رأى برهان ربه)', async () => {
    const cs = await claimsOf('وقال تعالى: (( وأما من خاف مقام ربه ونهى النفس عن الهوى فإن الجنة هي المأوى))، وقال الله عن يوسف عليه السلام: ((ولقد همت به وهم بها لولا أن رأى برهان ربه كذلك لنصرف عنه السوء والفحشاء إنه من عبادنا المخلصين)).');
    expect(cs.some((c) => c.cue === 'رأى')).toBe(false);
  });
});

describe('round 34: who speaks', () => {
  it('a feminine pro-drop verb after a man\'s words takes the subject of the sentence before (أرسلت كلينتون …. وقالت إنها …)', async () => {
    const cs = await claimsOf('وأضاف لينيك: «كان الهدف الرئيسي من الإحالة إلى وزارة العدل، هو احتمال وجود معلومات سرية في خادم الكومبيوتر الخاص بكومبيوتر كلينتون».   ويذكر أنه في مارس (آذار) الماضي، أرسلت كلينتون أكثر من 30 ألف وثيقة كانت تحتفظ بها، إلى وزارة الخارجية. وقالت إنها كلها «رسمية»، وإنها حذفت «المراسلات الخاصة».');
    expect(cs.find((c) => c.cue === 'وقالت')).toEqual(expect.objectContaining({ speaker: 'كلينتون' }));
  });

  it('a plural pro-drop takes the group before it, not a name in its place phrase (واجتمع الأهالي في ساحة رياض الصلح … قالوا فيه)', async () => {
    const cs = await claimsOf('واجتمع الأهالي في ساحة رياض الصلح في قلب بيروت وأقاموا فعالية تحت شعار(في غيابكم ما في عيد)، وأصدروا بيانا في ختام تجمعهم قالوا فيه: اجتمعنا كي نعيد تذكير المسؤولين بأن هناك أبناء لهم في جرود عرسال.');
    expect(cs[0]).toEqual(expect.objectContaining({ cue: 'قالوا', speaker: 'الأهالي' }));
  });

  it('a sound plural in construct is the speaker, not the person in its genitive (ويرى منتقدو الرئيس التركي رجب طيب إردوغان)', async () => {
    const cs = await claimsOf('ويرى منتقدو الرئيس التركي رجب طيب إردوغان أن الأخير يستخدم المواجهة مع تنظيم داعش ذريعة لإضعاف حزب العمال الكردستاني.');
    expect(cs[0]).toEqual(expect.objectContaining({ cue: 'ويرى', written: 'منتقدو الرئيس التركي رجب طيب إردوغان', role: null }));
    expect(cs[0]!.speaker).not.toBe('رجب طيب إردوغان');
  });

  it('… and its quoted genitive stays in the phrase (وأكد مقاتلو «طالبان» باكستان)', async () => {
    const cs = await claimsOf('وأكد مقاتلو «طالبان» باكستان اليوم على موقعهم الالكتروني أن جلال الدين حقاني الذي سيبلغ الـ 70 من العمر «كان مريضاً، لكن صحته تحسنت منذ بعض الوقت».');
    expect(cs[0]).toEqual(expect.objectContaining({ cue: 'وأكد', written: 'مقاتلو «طالبان» باكستان' }));
  });

  it('the one interviewed speaks in the interview told before the cue (وأجرت إحدى الصحف مع غروس حوارا مطولا أشار خلاله …)', async () => {
    const cs = await claimsOf('وأجرت إحدى الصحف مع غروس حوارا مطولا أشار خلاله إلى أن مسابقة الدوري السعودي ستنطلق بعد أسابيع قليلة.');
    expect(cs[0]).toEqual(expect.objectContaining({ cue: 'أشار', speaker: 'غروس', content: 'مسابقة الدوري السعودي ستنطلق بعد أسابيع قليلة' }));
  });

  it('the one spoken to, ل + a noun with its pronoun, is no part of the speaker (وذكر صالح لرجاله أن …)', async () => {
    const cs = await claimsOf('وذكر صالح لرجاله أن المرشد وافق على مضمون المذكرة.');
    expect(cs[0]).toEqual(expect.objectContaining({ cue: 'وذكر', written: 'صالح', content: 'المرشد وافق على مضمون المذكرة' }));
  });

  it('"whose name is" introduces the speaker, it is no anonymity formula (وقال رجل اسمه صالح إن …)', async () => {
    const cs = await claimsOf('وقال شاب اسمه محمد العتيبي إن الطريق أغلق منذ الصباح.');
    expect(cs[0]).toEqual(expect.objectContaining({ cue: 'وقال', speaker: 'محمد العتيبي', content: 'الطريق أغلق منذ الصباح' }));
  });

  it('a participle after a saying of the Prophet goes on with the preacher (قال رسول الله …: «…»، متأسفاً …، مبيناً أن …)', async () => {
    const cs = await claimsOf('وتحدث الشيخ عبدالله بن أحمد النخيلان عن السحر قائلاً إن من يذهب إلى الكهنة لا يجوز له أن يصدقهم، وقد قال رسول الله صلى الله عليه وسلم: «ليس منا من تطير أو تطير له»، متأسفاً أن أغلب المترددين على المشعوذين هم من النساء، مبيناً أن أبرز القضايا التي يلجأ ضعاف الدين من أجلها للسحرة هي سحر التفرقة بين الزوجين.');
    expect(cs.find((c) => c.cue === 'مبيناً')).toEqual(expect.objectContaining({ speaker: 'عبدالله بن أحمد النخيلان' }));
  });

  it('"what" opens no name (وأوصى سماحة مفتي عام المملكة … على الحرص على ما ينفع المسلمين، … موضحًا أن …)', async () => {
    const cs = await claimsOf('وأوصى سماحة مفتي عام المملكة في خطبته على الحرص على ما ينفع المسلمين، والاستعانة بالله سبحانه وتعالى والتوكل عليه جل وعلا في كل الأحوال، موضحًا أن المؤمن القوي خير وأحب إلى الله من المؤمن الضعيف.');
    const p = cs.find((c) => c.cue === 'موضحًا');
    expect(p?.speaker).toContain('مفتي عام المملكة');
  });

  it('a role alone names the person given it with its complement before (وزير الصحة السعودي المهندس خالد الفالح …. وكتب الوزير …)', async () => {
    const cs = await claimsOf('وجه وزير الصحة المهندس خالد الفالح بتشكيل لجنة تحقيق للتثبت من إدعاء إحدى المتقدمات للعمل. وكتب الوزير في تغريدة على حسابه بموقع التواصل الاجتماعي "تويتر" أنه سيحاسب من تثبت إدانته.');
    expect(cs.find((c) => c.cue === 'وكتب')).toEqual(expect.objectContaining({ speaker: 'خالد الفالح' }));
  });

  it('a definite participle with its own subject opens the object (ودعت الوزارة المعلنة أسماؤهم المراجعة)', async () => {
    const cs = await claimsOf('أعلنت وزارة الخدمة المدنية أسماء 4878 متقدمة على الوظائف المشمولة بلائحة الوظائف التعليمية. ودعت الوزارة المعلنة أسماؤهم المراجعة اعتبارًا من يوم الأحد المقبل وحتى نهاية دوام يوم الثلاثاء.');
    const d = cs.find((c) => c.cue === 'ودعت');
    expect(d?.written).toBe('الوزارة');
    expect(d?.speaker).toBe('وزارة الخدمة المدنية');
  });

  it('a body\'s name loses a complementizer the tagger ran into (وأكدت وزارة الداخلية بأنه …)', async () => {
    const doc = await extract('وأكدت وزارة الداخلية بأنه لا صحة لما تم تداوله من أنباء عن إغلاق المنفذ.');
    expect(doc.entities.map((e) => e.name)).toContain('وزارة الداخلية');
    expect(doc.entities.some((e) => /بأنه/.test(e.name))).toBe(false);
    expect(doc.claims[0]!.speaker?.name).toBe('وزارة الداخلية');
  });
});

describe('round 34: where the words end (after the twenty-second audit)', () => {
  it('a participle\'s words end at the next speech participle of the same speaker, comma or not (… مستخدميها محذراً في الوقت ذاته من …)', async () => {
    const cs = await claimsOf('وأوضح الناطق الإعلامي لشرطة منطقة القصيم الرائد بدر السحيباني بأن الجهات الأمنية قد شددت رقابتها على مواقع تداول هذه المفرقعات ، مؤكداً بأنها مستمرة في ملاحقة المخالفين من أصحاب البسطات عبر هذه الألعاب التي تشكل خطورةً بالغةً على سلامة مستخدميها محذراً في الوقت ذاته من عواقبها الوخيمة التي تترتب على اقتنائها.');
    expect(cs.find((c) => c.cue === 'مؤكداً')?.content).toBe('مستمرة في ملاحقة المخالفين من أصحاب البسطات عبر هذه الألعاب التي تشكل خطورةً بالغةً على سلامة مستخدميها');
    expect(cs.find((c) => c.cue === 'محذراً')).toEqual(expect.objectContaining({ speaker: 'بدر السحيباني', content: 'عواقبها الوخيمة التي تترتب على اقتنائها' }));
  });

  it('منوهاً بضرورة … is the speaker\'s next claim (… عمليات المراقبة، منوهاً بضرورة تعاون الجميع …)', async () => {
    const cs = await claimsOf('وأكد النمري أن أمانة العاصمة المقدسة تكثف خلال هذه الأيام عمليات المراقبة، منوهاً بضرورة تعاون الجميع لمكافحة هذه الظواهر السلبية والإبلاغ عن أي ممارسات خاطئة.');
    expect(cs[0]).toEqual(expect.objectContaining({ cue: 'وأكد', content: 'أمانة العاصمة المقدسة تكثف خلال هذه الأيام عمليات المراقبة' }));
    expect(cs[1]).toEqual(expect.objectContaining({ cue: 'منوهاً', speaker: 'النمري', content: 'ضرورة تعاون الجميع لمكافحة هذه الظواهر السلبية والإبلاغ عن أي ممارسات خاطئة' }));
  });

  it('the writer\'s bridges close the words (وقد تزامن هذا الكلام مع …; ولم ترد تقارير فورية …; يأتي هذا كرد فعل …)', async () => {
    const talk = await claimsOf('عشية المحادثات المفصلية في الدوحة، أعلن رجب طيب إردوغان أن الرئيس الروسي فلاديمير بوتين يتّجه إلى التخلي عن بشار الأسد، وأنه لم يعد يشاطر الرأي القائل إن بلاده ستقف إلى جانبه حتى النهاية، وقد تزامن هذا الكلام مع فيض من التحليلات.');
    expect(talk[0]!.content).toBe('الرئيس الروسي فلاديمير بوتين يتّجه إلى التخلي عن بشار الأسد، وأنه لم يعد يشاطر الرأي القائل إن بلاده ستقف إلى جانبه حتى النهاية');
    const reports = await claimsOf('وقال سكان بريسبان ان الزلزال تسبب فى اهتزاز المنازل ، ولم ترد تقارير فورية عن وقوع اضرار مادية.');
    expect(reports[0]).toEqual(expect.objectContaining({ cue: 'وقال', content: 'الزلزال تسبب فى اهتزاز المنازل' }));
    const bridge = await claimsOf('علمنا أن المؤثرين في المشهد السياسي النمساوي يطالبون جهازها الدبلوماسي بتقليص التأشيرات الممنوحة لبعض مواطني الخليج، يأتي هذا كرد فعل على إمعان بعض السياح في تجاهل الأنظمة.');
    expect(bridge[0]!.content).toBe('جهازها الدبلوماسي بتقليص التأشيرات الممنوحة لبعض مواطني الخليج');
  });

  it('an attribution set off by commas between the cue and its words is no claim of its own (وقال جاويش أوغلو، بحسب ما نقلت عنه وكالة الأناضول …، إن …)', async () => {
    const cs = await claimsOf('وقال جاويش أوغلو، بحسب ما نقلت عنه وكالة الأناضول التركية الرسمية، إن «الطائرات الأميركية بدأت الوصول» إلى تركيا، من دون إعطاء مزيد من التفاصيل.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'وقال', speaker: 'جاويش أوغلو', content: '«الطائرات الأميركية بدأت الوصول» إلى تركيا، من دون إعطاء مزيد من التفاصيل' })]);
  });

  it('"in describing" is a noun, and a quotation runs on no further than the next claim (وفي معرض وصفه … «…» خلال عقد، قال أوباما إن …)', async () => {
    const cs = await claimsOf('وفي معرض وصفه لنقاش الكونغرس الاتفاق مع طهران بأنه «أهم نقاش يتعلق بالسياسة الخارجية» خلال عقد، قال أوباما إن على الكونغرس أن لا يتأثر بضغط المنتقدين.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'قال', speaker: 'أوباما', content: 'على الكونغرس أن لا يتأثر بضغط المنتقدين' })]);
  });

  it('a norm one acts by is no source (وحسب الأعراف الطبية العلمية فإن …، وذلك وفقا لموجهات اللجنة …)', async () => {
    const cs = await claimsOf('وأضاف البيان أنه لاحقاً أظهر الفحص السريري للطفلة موت جذع الدماغ وحسب الأعراف الطبية العلمية فإن هذه الحالات تحتاج إلى عناية للجهاز التنفسي والقلبي.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'وأضاف', content: 'لاحقاً أظهر الفحص السريري للطفلة موت جذع الدماغ وحسب الأعراف الطبية العلمية فإن هذه الحالات تحتاج إلى عناية للجهاز التنفسي والقلبي' })]);
    expect(await claimsOf('وتم على الفور إجراء التقصي الوبائي ومناظرة كافة المخالطين، وذلك وفقا لموجهات اللجنة العلمية الصادرة من مركز القيادة والتحكم.')).toEqual([]);
  });
});

describe('round 34: cues and speakers (after the twenty-second audit)', () => {
  it('لمّح إلى أن hints (ولمحت الوكالة الأميركية إلى أن …), and بحسب ما وثق attributes', async () => {
    const hint = await claimsOf('ولمحت الوكالة الأميركية إلى أن اليونان لن تتمكن من احترام ديونها حيال الاتحاد الأوروبي، من دون أن تقول ذلك صراحة.');
    expect(hint[0]).toEqual(expect.objectContaining({ cue: 'ولمحت', content: 'اليونان لن تتمكن من احترام ديونها حيال الاتحاد الأوروبي' }));
    const doc = await claimsOf('وسقط أكثر من 30 برميلاً على منطقة البلد وسط الزبداني، بحسب ما وثق ناشطون معارضون من المنطقة.');
    expect(doc[0]).toEqual(expect.objectContaining({ speaker: 'ناشطون معارضون من المنطقة', content: 'وسقط أكثر من 30 برميلاً على منطقة البلد وسط الزبداني' }));
  });

  it('a nominal object after the day the source spoke, or after its role in apposition (… اليوم الاربعاء العثور على …؛ … المدير الفني للهلال عن موافقته …)', async () => {
    const day = await claimsOf('أعلن مصدر أمني عراقي اليوم الاربعاء العثور على جثث أم وابنتيها وطفلها في مرتفعات حمرين شمال شرقي بلدة العلم بتكريت.');
    expect(day[0]).toEqual(expect.objectContaining({ cue: 'أعلن', speaker: 'مصدر أمني عراقي', content: 'العثور على جثث أم وابنتيها وطفلها في مرتفعات حمرين شمال شرقي بلدة العلم بتكريت' }));
    const role = await claimsOf('أعلن اليوناني جورجيوس دونيس المدير الفني للهلال عن موافقته على نقل مباريات الفريق الودية تليفزيونياً خلال المعسكر النمساوي.');
    expect(role[0]).toEqual(expect.objectContaining({ cue: 'أعلن', content: 'موافقته على نقل مباريات الفريق الودية تليفزيونياً خلال المعسكر النمساوي' }));
  });

  it('the one interviewed speaks after an interview told before a pro-drop cue (في مقابلة مع أحمد الفقيه، …، قال: «…»)', async () => {
    const cs = await claimsOf('بحسب موقع «سعوديون في أميركا». في مقابلة مع أحمد الفقيه، رئيس النادي السعودي في جامعة فيرلي ديكنسون (ولاية نيوجيرسي)، قال: «استوعبت وتعلمت الكثير من الأمور التي لم أكن أعرفها».');
    expect(cs.find((c) => c.cue === 'قال')).toEqual(expect.objectContaining({ speaker: 'أحمد الفقيه' }));
  });

  it('a name that starts with ف + ال keeps its ف (فاليري لينسي)', async () => {
    const doc = await extract('وفي حديث لي مع فاليري لينسي، المديرة التنفيذية لمشروع ويسكونسن حول السيطرة على الأسلحة النووية، قالت إن وثيقة أبريل تركت مساحة كافية للتراجع.');
    expect(doc.entities.map((e) => e.name)).toContain('فاليري لينسي');
    expect(doc.claims[0]!.speaker?.name).toBe('فاليري لينسي');
  });

  it('the outlet that relayed a source\'s words is the later "الموقع" (وذكر موقع «باز فيد» …، نقلا عن مسؤول تنفيذي …. ويقول الموقع …)', async () => {
    const cs = await claimsOf('وذكر موقع «باز فيد» الإخباري الأميركي، نقلا عن مسؤول تنفيذي بـ«فيسبوك»، أن الشركة بصدد إنشاء متاجر على صفحات فيسبوك. ويقول الموقع إن التجربة لو كتب لها النجاح فإنها ستمثل تحولا في صناعة المتاجر الإلكترونية.');
    expect(cs[0]).toEqual(expect.objectContaining({ cue: 'وذكر', speaker: 'مسؤول تنفيذي', content: 'الشركة بصدد إنشاء متاجر على صفحات فيسبوك' }));
    expect(cs[1]).toEqual(expect.objectContaining({ cue: 'ويقول', speaker: 'باز فيد' }));
  });

  it('a group in construct is an unnamed source (يتوقع متداولو السندات …)', async () => {
    const cs = await claimsOf('ويتوقع متداولو السندات تحول الوتيرة المتواضعة لأسعار الفائدة في الأعوام المقبلة.');
    expect(cs[0]).toEqual(expect.objectContaining({ speaker: 'متداولو السندات', type: 'ANON' }));
  });

  it('"these" as the speaker is the group named before (ويرى مراقبون اقتصاديون …. وأفاد هؤلاء بأن …)', async () => {
    const cs = await claimsOf('ويرى مراقبون اقتصاديون تحدثت إليهم «الشرق الأوسط» أنه بعد تحويل السفن والناقلات البحرية إلى ميناء عدن الجنوبي، سيتوقف ميناء الحديدة بشكل كامل. وأفاد هؤلاء بأن قرار تحويل السفن إلى عدن «قد يكون صائبا».');
    expect(cs.find((c) => c.cue === 'وأفاد')?.speaker).toContain('مراقبون اقتصاديون');
  });

  it('a prayer that God keep someone is no demand (داعية بأن يحفظ الله بلادنا …)', async () => {
    const cs = await claimsOf('وقالت فاطمة القحطاني ناشطة في المجال الصحي إن ما حدث يتنافى مع الدين والشرع والأخلاق والإنسانية، داعية بأن يحفظ الله بلادنا وأبناءنا من كل نفس حاقدة مضمرة الشر.');
    expect(cs.map((c) => c.cue)).toEqual(['وقالت']);
  });

  it('an acronym spelled out with spaced dots ends no sentence ("بي. بي. سي" أنه …), and its letters are no complementizer (سي. إن. إن)', async () => {
    const cs = await claimsOf('وذكرت هيئة الإذاعة البريطانية "بي. بي. سي" أنه لا يزال نحو عشرة آلاف مهاجر يحصلون على مساعدات حكومية من دافعي الضرائب.');
    expect(cs[0]).toEqual(expect.objectContaining({ cue: 'وذكرت', speaker: 'هيئة الإذاعة البريطانية', content: 'لا يزال نحو عشرة آلاف مهاجر يحصلون على مساعدات حكومية من دافعي الضرائب' }));
    const cnn = await claimsOf('وقالت شبكة سي. إن. إن الأمريكية إن الهجوم وقع فجرا.');
    expect(cnn[0]?.content).toBe('الهجوم وقع فجرا');
  });

  it('the outlet that aired the words, past the day, is no speaker (وقال في تصريح بثته اليوم وكالة الأنباء اليمنية، إن …)', async () => {
    const cs = await claimsOf('أوضح الناطق الرسمي باسم الحكومة اليمنية راجح بادي، ان عدد من وزراء الحكومة سيعودن إلى محافظة عدن خلال الأيام القليلة القادمة. وقال في تصريح بثته اليوم وكالة الأنباء اليمنية التابعة للحكومة الشرعية، إن وزير الأشغال العامة سيعود إلى محافظة عدن.');
    expect(cs.find((c) => c.cue === 'وقال')).toEqual(expect.objectContaining({ speaker: 'راجح بادي', content: 'وزير الأشغال العامة سيعود إلى محافظة عدن' }));
  });

  it('"in the wake of" ends the speaker (حيث أعلنت الشركة في أعقاب ذلك منح …), and a statement with its adjective speaks through its issuer (بيانا توضيحيا قال …)', async () => {
    const wake = await claimsOf('حيث أعلنت الشركة في أعقاب ذلك منح المستخدمين تخفيضاً يصل إلى 45% في سعر دقيقة الاتصال للشبكات الأخرى.');
    expect(wake[0]).toEqual(expect.objectContaining({ cue: 'أعلنت', written: 'الشركة', content: 'منح المستخدمين تخفيضاً يصل إلى 45% في سعر دقيقة الاتصال للشبكات الأخرى' }));
    const doc = await claimsOf('وأصدرت المديرية العامة للشؤون الصحية بمنطقة المدينة المنورة بيانا توضيحيا قال إن الطفلة تتلقى الرعاية الطبية اللازمة.');
    expect(doc[0]).toEqual(expect.objectContaining({ cue: 'قال', content: 'الطفلة تتلقى الرعاية الطبية اللازمة' }));
    expect(doc[0]!.speaker).toContain('المديرية العامة للشؤون الصحية');
  });

  it('a definite object after "lately" or the day the source spoke (وأكدت وكالة فيتش أخيرا التصنيف الائتماني …)', async () => {
    const cs = await claimsOf('وعلى الرغم من هذه الرياح المُعاكسة المتزايدة، إلا أن بعضهم اتخذ موقفا أكثر تفاؤلاً. وأكدت وكالة فيتش أخيرا التصنيف الائتماني للبلاد عند A-، وغيرت توقعاتها من سلبية إلى مستقرة.');
    expect(cs.find((c) => c.cue === 'وأكدت')).toEqual(expect.objectContaining({ speaker: 'فيتش', content: 'التصنيف الائتماني للبلاد عند A-، وغيرت توقعاتها من سلبية إلى مستقرة' }));
  });

  it('a plural participle after غير أن + a subject and its plural verb speaks for that subject (غير أن أقربائها نفوا …، مطالبين …)', async () => {
    const cs = await claimsOf('وتناقل عدد من زوار الشبكات الاجتماعية شائعة أن الفتاة توفت لإنشغالها بالتصوير غير أن أقربائها نفوا تلك الروايات مطالبين المشاركين بالترحم على الفقيدة.');
    expect(cs.find((c) => c.cue === 'مطالبين')).toEqual(expect.objectContaining({ speaker: 'أقربائها', content: 'المشاركين بالترحم على الفقيدة' }));
  });

  it('a definite head alone names the body written before with its article and adjectives (أدانت الأمانة العامة لهيئة كبار العلماء …. وأكدت الأمانة …)', async () => {
    const cs = await claimsOf('أدانت الأمانة العامة لهيئة كبار العلماء وبشدة العمل الإجرامي الدنيء الذي استهدف مسجدًا بمقر قوات الطوارىء في منطقة عسير. وأكدت الأمانة في بيان لها امس أن ما وصل إليه هؤلاء المجرمون من استخفاف بحرمات الله يوجب وقوف الجميع صفاً واحداً.');
    expect(cs.find((c) => c.cue === 'وأكدت')).toEqual(expect.objectContaining({ written: 'الأمانة', speaker: 'الأمانة العامة لهيئة كبار العلماء' }));
  });

  it('a body\'s head with a nationality is the body with that head quoted before (وكالة التصنيف الائتماني ستاندرد آند بورز …. ولمحت الوكالة الأميركية …)', async () => {
    const cs = await claimsOf('أعلنت وكالة التصنيف الائتماني ستاندرد آند بورز مساء أول من أمس أنها خفضت الآفاق الاقتصادية للاتحاد الأوروبي من مستقرة إلى سلبية. ولمحت الوكالة الأميركية إلى أن اليونان لن تتمكن من احترام ديونها حيال الاتحاد الأوروبي، من دون أن تقول ذلك صراحة.');
    expect(cs.find((c) => c.cue === 'ولمحت')?.speaker).toBe(cs.find((c) => c.cue === 'أعلنت')?.speaker);
    expect(cs.find((c) => c.cue === 'ولمحت')?.speaker).toContain('وكالة التصنيف');
  });
});
