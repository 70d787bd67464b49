/**
 * Round 39 (a thirty-first audit: 180 claims of 400 SaudiNewsNet articles drawn fresh, judged blind): quotation marks
 * written the wrong way round, the writer's voice inside and after the words, attribution phrases after a semicolon or
 * a one-word topic, whom an honorific pronoun stands for, and spellings that report nothing. Rows are real sentences of
 * SaudiNewsNet articles, shortened.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const claimsOf = async (text: string) =>
  (await extract(text)).claims.map((c) => ({ cue: c.cue.text, speaker: c.speaker?.name ?? null, written: c.speaker?.text ?? null, content: c.content.text, direct: c.direct }));

describe('round 39: quotation marks written the wrong way round', () => {
  it('a free-standing ” after the cue opens the words, the next ” closes them', async () => {
    const cs = await claimsOf('وقال تركي الغنيماوي مدير العلاقات العامة في تصريح صحفي ” حصلت وزارة النفط على موافقة لبناء المصفاة الجديدة ”. وأضاف أن العمل سيبدأ قريبا.');
    expect(cs[0]).toEqual(expect.objectContaining({ cue: 'وقال', speaker: 'تركي الغنيماوي', content: 'حصلت وزارة النفط على موافقة لبناء المصفاة الجديدة', direct: true }));
  });

  it('… and a “ after such an opening closes them', async () => {
    const cs = await claimsOf('وقال رئيس الشرطة الوطنية الجنرال بدر الدين هايتي إن استخدام القوة كان ضروريا. وقال ” من واجب الشرطة حماية الدستور “، مضيفا أن التحقيق مستمر.');
    expect(cs[1]).toEqual(expect.objectContaining({ cue: 'وقال', speaker: 'بدر الدين هايتي', content: 'من واجب الشرطة حماية الدستور', direct: true }));
  });

  it('a free-standing ” with no reporting word before it opens nothing', async () => {
    const cs = await claimsOf('وبالتالي نقل قيد الناخبين بالمراكز الانتخابية السابقة – المركز الانتخابي رقم”298 ” بالمركز الشرقي لاختبارات الثانوية العامة سابقا ” – إلى مدرسة نافع المدني لتحفيظ القرآن ” الابتدائية حاليا ” ، وعلى الناخبين المقيدين في هذا المركز نقل القيد إلى الدائرة الأولى.');
    expect(cs).toEqual([]);
  });
});

describe('round 39: the writer\'s voice inside and after the words', () => {
  it('a participle with an honorific pronoun inside the quotation (، مؤكداً سموه أن …) ends it and reports anew', async () => {
    const cs = await claimsOf('ونوه الأمير محمد بن نايف بجهود رجال الأمن. وقال سموه « إن التفجير الإرهابي كشف مدى حقد هؤلاء المجرمين واستخفافهم بحرمات بيوت الله، مؤكداً سموه أن هذه الحوادث لن تؤثر على المملكة والتفاف شعبها ».');
    expect(cs.map((c) => c.cue)).toEqual(['وقال', 'مؤكداً']);
    expect(cs[0]!.content).toBe('التفجير الإرهابي كشف مدى حقد هؤلاء المجرمين واستخفافهم بحرمات بيوت الله');
    expect(cs[1]).toEqual(expect.objectContaining({ speaker: 'محمد بن نايف', content: 'هذه الحوادث لن تؤثر على المملكة والتفاف شعبها' }));
  });

  it('indirect words end where the writer names their speaker again (، وأشاد رياحنة …؛ ، كما اطلع د. العاصمي …)', async () => {
    const a = await claimsOf('وقال الفنان منذر رياحنة إن المسرحية تمثل تجربة مهمة في مسيرته، وأشاد رياحنة بالجهد الذي يبذله مخرج المسرحية خلال البروفات.');
    expect(a[0]!.content).toBe('المسرحية تمثل تجربة مهمة في مسيرته');
    const b = await claimsOf('وأكد وكيل الجامعة الدكتور عبدالعزيز العاصمي أن جميع هذه الإجراءات تتم بشكل آلي عبر بوابة القبول الإلكتروني، كما اطلع د. العاصمي خلال الجولة على سير العمل.');
    expect(b[0]!.content).toBe('جميع هذه الإجراءات تتم بشكل آلي عبر بوابة القبول الإلكتروني');
  });

  it('… nor at على, a preposition spelled like the name علي (ذكر علي الشمري …، وبالذات على المطبات …)', async () => {
    const cs = await claimsOf('وذكر علي الشمري أن وضع المطبات الاصطناعية يعتبر شيئا إيجابيا ولكن كثرة وجود العواكس المضيئة "عيون القطط"، وبالذات على المطبات اصبح أمراً مزعجاً.');
    expect(cs[0]!.content).toBe('وضع المطبات الاصطناعية يعتبر شيئا إيجابيا ولكن كثرة وجود العواكس المضيئة "عيون القطط"، وبالذات على المطبات اصبح أمراً مزعجاً');
  });

  it('… but not where another person is named (، وأشاد الوزير بالجهود stays with the words)', async () => {
    const cs = await claimsOf('وقال الفنان منذر رياحنة إن المسرحية تمثل تجربة مهمة في مسيرته، وأشاد الجمهور بالعرض الأول.');
    expect(cs[0]!.content).toBe('المسرحية تمثل تجربة مهمة في مسيرته، وأشاد الجمهور بالعرض الأول');
  });
});

describe('round 39: attribution phrases after a semicolon, a dateline or a one-word topic', () => {
  it('…؛ بحسب موقع X closing its sentence attributes the clause before, without the dateline', async () => {
    const cs = await claimsOf('أحمد علي- سبق- القاهرة: تستمر "فورد" في تطوير سياراتها الكهربائية خلال العام المقبل؛ بحسب موقع "إنجادجيت" التقني المختص.');
    expect(cs[0]).toEqual(expect.objectContaining({ cue: 'بحسب', content: 'تستمر "فورد" في تطوير سياراتها الكهربائية خلال العام المقبل' }));
  });

  it('a dateline is the paper\'s, not the source\'s (سبق- الرياض: …، وذلك بحسب شركة …)', async () => {
    const cs = await claimsOf('سبق- الرياض: تصدرت صحيفة "سبق" بشكل مطلق جميع المواقع العربية، وذلك بحسب شركة "إفكتف ميجور" الأسترالية.');
    expect(cs[0]!.content).toBe('تصدرت صحيفة "سبق" بشكل مطلق جميع المواقع العربية');
  });

  it('… but a negation after a phrase with no comma does not carry the words on (حسب بيان وزارة الداخلية يعد خطراً … لا نعرف)', async () => {
    const cs = await claimsOf('كل فرد في هذه المجموعة المصنفة الى فئات حسب بيان وزارة الداخلية يعد خطراً متحركاً لا نعرف متى ينفجر في شارع أو مسجد.');
    expect(cs[0]!.content).toBe('كل فرد في هذه المجموعة المصنفة الى فئات');
  });

  it('… and a negation after a short source carries them on (بحسب "رويترز" لم يكن …، بحسب صحيفة التلغراف سوف يضخ …)', async () => {
    const a = await claimsOf('لكن موقع "تريب أدفايزور" لتقييم المقاصد السياحية بحسب "رويترز" لم يكن بهذا القدر من التفاؤل.');
    expect(a[0]!.content).toBe('لكن موقع "تريب أدفايزور" لتقييم المقاصد السياحية بحسب "رويترز" لم يكن بهذا القدر من التفاؤل');
    const b = await claimsOf('الاتفاق بحسب صحيفة التلغراف سوف يضخ 150 مليار دولار أميركي في خزينة إيران.');
    expect(b[0]!.content).toBe('الاتفاق بحسب صحيفة التلغراف سوف يضخ 150 مليار دولار أميركي في خزينة إيران');
  });

  it('a one-word topic, the phrase between commas, then the predicate (المشكلة، وفقا للدراسة، لا تكمن …)', async () => {
    const cs = await claimsOf('المشكلة، وفقا للدراسة، لا تكمن كثيرا في صياغة الهدف بل في تنفيذه.');
    expect(cs[0]).toEqual(expect.objectContaining({ cue: 'وفقا ل', content: 'المشكلة، وفقا للدراسة، لا تكمن كثيرا في صياغة الهدف بل في تنفيذه' }));
  });

  it('a semicolon before a phrase that leads its clause still leads (؛ وبحسب وكالة رويترز فإن …)', async () => {
    const cs = await claimsOf('ارتفعت أسعار النفط أمس؛ وبحسب وكالة رويترز فإن الأسعار ستواصل الصعود.');
    expect(cs[0]!.content).toBe('الأسعار ستواصل الصعود');
  });
});

describe('round 39: an honorific pronoun stands for one who carries that honorific', () => {
  it('معاليه after the king who received him is the parliament head titled معالي', async () => {
    const cs = await claimsOf('استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود في مكتبه اليوم معالي رئيس البرلمان العربي الأستاذ أحمد بن محمد الجروان. وقد ألقى خادم الحرمين الشريفين كلمة قال فيها “أنا سعيد اليوم ومسرور أني ألقاكم في بلدكم”. وأشار معاليه إلى أن البرلمان العربي يتشرف بتقديم وسام البرلمان العربي لخادم الحرمين الشريفين.');
    expect(cs[cs.length - 1]).toEqual(expect.objectContaining({ cue: 'وأشار', speaker: 'أحمد بن محمد الجروان' }));
  });

  it('سموه after the king is the prince, not the king', async () => {
    const cs = await claimsOf('رأس صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز آل سعود ولي العهد الجلسة التي عقدها مجلس الوزراء اليوم. وفي بداية الجلسة، رفع نائب خادم الحرمين الشريفين الشكر والعرفان لخادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود - حفظه الله - على توجيهاته السديدة، وقال سموه " إن تدشينه - رعاه الله - لخمسة مشروعات في المسجد الحرام يأتي في إطار حرصه على رعاية الحرمين الشريفين ".');
    expect(cs[0]).toEqual(expect.objectContaining({ cue: 'وقال', speaker: 'محمد بن نايف بن عبدالعزيز آل سعود' }));
  });

  it('… but a minister the article follows stays the speaker after he met another minister', async () => {
    const cs = await claimsOf('وأوضح معالي وزير الخارجية الأستاذ عادل بن أحمد الجبير أن المباحثات كانت إيجابية، وذلك عقب لقائه في موسكو اليوم معالي وزير الخارجية الروسي سيرجي لافروف. وقال معاليه إن العلاقات بين البلدين تشهد تطورا كبيرا.');
    expect(cs[1]).toEqual(expect.objectContaining({ cue: 'وقال', speaker: 'عادل بن أحمد الجبير' }));
  });
});

describe('round 39: spellings that report nothing', () => {
  it('a participle after a copula of its gender is its predicate (سيكون مطالبا بدفع تعويض)', async () => {
    const cs = await claimsOf('وفي حال نفذ فيورنتينا تهديده فإن تشيلسي على الأرجح سيكون مطالبا بدفع تعويض إلى فيورنتينا، بجانب إيقاف صلاح لستة أشهر، وفقا لشبكة سكاي سبورتس.');
    expect(cs.map((c) => c.cue)).toEqual(['وفقا ل']);
  });

  it('… not after a copula closing "wherever it is" (أينما كان مؤكدة …)', async () => {
    const cs = await claimsOf('وجددت الهيئة رفضها الشديد للتطرف والتعصب والإرهاب في جميع أشكاله ومظاهره أينما كان مؤكدة الحاجة لتعزيز الجهود الإقليمية والدولية لمعالجة هذه الظواهر.');
    expect(cs.map((c) => c.cue)).toContain('مؤكدة');
  });

  it('"which led to" (الأمر الذي دعا، ما دعا) is a cause, not a call', async () => {
    const a = await claimsOf('المدافع البحريني المخضرم الذي يبدأ موسمه الثالث مع النصر، دأب على التأخر والغياب في أول التدريبات بعد الإجازات، ما دعا إدارة النادي للفت نظره وضمان عدم تكرار ذلك مستقبلا.');
    expect(a).toEqual([]);
    const b = await claimsOf('وكانت الفترة الأولى قد وصل عدد الذين يحق لهم الانتخابات 4200 شخص ليرتفع عددهم في الإعادة إلى أكثر من عشرة آلاف ناخب، الأمر الذي دعا الدوسري إلى تقديم شكوى إلى مؤسسة النقد ورعاية الشباب بالتشكيك في وجود تلاعب في دفع الرسوم.');
    expect(b).toEqual([]);
  });

  it('واصل alone is "continues" (تواصل المدرب مع اللاعب، يواصل النفط تراجعاته)', async () => {
    const cs = await claimsOf('من جهته، تواصل المدرب الأوروجوياني داسيلفا مع اللاعب لمعرفة نوعية الإصابة، وينتظر أن تصدر إدارة النصر توضيحا للإعلام حول نوعية الإصابة.');
    expect(cs).toEqual([]);
  });

  it('"whoever criticises" (كل من ينتقد) names no one', async () => {
    const cs = await claimsOf('يجب على كل من ينتقد المعارضين للقرار أن ينأى بنفسه عنها.');
    expect(cs).toEqual([]);
  });

  it('composing a poem or a book (قالوا قصائد، كتبت رواية) reports no words', async () => {
    const a = await claimsOf('وما بين الطب والسرد مضت حجازي تسطر الهواجس والأحلام واليوميات، فقد كتبت رواية "هل رأيتني؟ كنت أمشي في الشارع"، مختارة أن تبحر في عالمها الخليجي الخاص.');
    expect(a.map((c) => c.cue)).not.toContain('كتبت');
    const b = await claimsOf('قالوا في تلك المرحلة قصائد عدة لذهب منافسة لما قدمه طلال مداح " اذكر هل الطايف عسى الطايف السيل/عسى السحايب كل يوم تعله" سامرية الشاعر النجدي سليمان بن حاذور.');
    expect(b.map((c) => c.cue)).not.toContain('قالوا');
  });
});

describe('round 39: a place with its preposition before a name belongs to the role', () => {
  it('عضو المجلس البلدي بحائل عبدالعزيز …: the speaker is not حائل عبدالعزيز', async () => {
    const cs = await claimsOf('وقال عضو المجلس البلدي بحائل عبدالعزيز المشهور إن التجارب السابقة للمجالس البلدية يكفيها لأن تكون فاعلة.');
    expect(cs[0]!.speaker).not.toMatch(/حائل/);
  });
});

describe('round 39: nominal objects, attribution sources and figures of speech', () => {
  it('a possessed verbal noun before a quotation opens the words (مؤكدا رفضه «لتسلم …»): not direct', async () => {
    const cs = await claimsOf('وطالب إياد علاوي بتنفيذ مطالب المتظاهرين، مؤكدا رفضه «لتسلم أي موقع في البلاد في حال عدم تنفيذ الأمور بكلياتها».');
    expect(cs[1]).toEqual(expect.objectContaining({ cue: 'مؤكدا', content: 'رفضه «لتسلم أي موقع في البلاد في حال عدم تنفيذ الأمور بكلياتها»', direct: false }));
  });

  it('a weather report\'s topic is no part of its forecast (في تقريرها عن حالة الطقس لهذا اليوم بمشيئة الله تعالى ـ طقساً …)', async () => {
    const cs = await claimsOf('توقّعت الرئاسة العامة للأرصاد وحماية البيئة في تقريرها عن حالة الطقس لهذا اليوم بمشيئة الله تعالى ـ طقساً شديد الحرارة على شرق ووسط المملكة.');
    expect(cs[0]!.content).toBe('طقساً شديد الحرارة على شرق ووسط المملكة');
  });

  it('a verbal noun of going out after توقع is its object, not a speaker (وتوقع خروج ما لا يقل عن 100 محل)', async () => {
    const cs = await claimsOf('وقال تاجر الذهب محمد باريان إن السوق يشهد ركودا كبيرا. وتوقع خروج ما لا يقل عن 100 محل ذهب من السوق في ظل انخفاض الأسعار.');
    expect(cs[1]).toEqual(expect.objectContaining({ speaker: 'محمد باريان', content: 'خروج ما لا يقل عن 100 محل ذهب من السوق في ظل انخفاض الأسعار' }));
  });

  it('a role said again with its body behind a preposition names its holder (مدير الكرة بنادي هجر)', async () => {
    const cs = await claimsOf('أعلن مدير الفريق الأول لكرة القدم بنادي هجر فؤاد المسلم أن المعسكر سيقام في تركيا. وأوضح مدير الكرة بنادي هجر أن الفريق سيغادر الأسبوع المقبل.');
    expect(cs[1]!.speaker).toBe('فؤاد المسلم');
  });

  it('بحسب + a tagged source, then a bare verb and its tagged subject: the source speaks (وبحسب التلفزيون الإسرائيلي قرر نتنياهو …)', async () => {
    const cs = await claimsOf('وبحسب التلفزيون الإسرائيلي قرر نتنياهو التوجه مباشرة ليهود أمريكا عبر خطاب تحريضي متلفز سيتم بعد غد الثلاثاء.');
    expect(cs[0]).toEqual(expect.objectContaining({ speaker: 'التلفزيون الإسرائيلي', content: 'قرر نتنياهو التوجه مباشرة ليهود أمريكا عبر خطاب تحريضي متلفز سيتم بعد غد الثلاثاء' }));
  });

  it('"the logic which says" (المنطق …، الذي يقول: …) is a figure of speech', async () => {
    const cs = await claimsOf('وقال الكاتب جون ستيوارت ميل إن الطغيان الاجتماعي أشد عنفا. وأعني أن المنطق القائم على (المصالح)، الذي يقول: (لا عداوات ولا صداقات دائمة في العلاقات الدولية.. بل هناك دوما مصالح دائمة).');
    expect(cs.map((c) => c.cue)).toEqual(['وقال']);
  });

  it('"it is advised" (يُنصح بـ / لـ) names no one', async () => {
    const cs = await claimsOf('وقال الباحثون إن الشوكولاتة الداكنة مفيدة للقلب. وينصح بتجنب أنواع الشوكولاتة المصنوعة من الحليب.');
    expect(cs.map((c) => c.cue)).toEqual(['وقال']);
  });

  it('a tagged place after a place head behind ب is the role\'s, not a name (الناطق الإعلامي … بمنطقة الباحة)', async () => {
    const cs = await claimsOf('صرح الناطق الإعلامي لهئية الهلال الأحمر بمنطقة الباحة، بأن بلاغات الحوادث المرورية قد بلغ عددها 52 من بينها حالات بسيطة. وأكد أن هناك 9 بلاغات حوادث انقلاب.');
    expect(cs.map((c) => c.speaker)).toEqual(['الناطق الإعلامي لهئية الهلال الأحمر بمنطقة الباحة', 'الناطق الإعلامي لهئية الهلال الأحمر بمنطقة الباحة']);
  });

  it('a role written right after a tagged name, with no comma, names that person when said again (أمير منطقة تبوك)', async () => {
    const cs = await claimsOf('رفع صاحب السمو الملكي الأمير فهد بن سلطان بن عبدالعزيز أمير منطقة تبوك التهاني لخادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود. وقال أمير منطقة تبوك: ونحن نتابع بكل الفخر ما تحقق من نجاح.');
    expect(cs[0]!.speaker).toBe('فهد بن سلطان بن عبدالعزيز');
  });

  it('… but a name written after the role, past an adjective and a title, still wins (مدير جامعة الباحة المكلف الدكتور …)', async () => {
    const cs = await claimsOf('دشن وكيل إمارة منطقة الباحة الدكتور حامد بن مالح الشمري بحضور مدير جامعة الباحة المكلف الدكتور عبدالله بن محمد الزهراني أمس معرض الكتاب. وأكد مدير جامعة الباحة أن الجامعة تسعى جاهدة للقيام بدورها في خدمة المنطقة.');
    expect(cs[0]!.speaker).toBe('عبدالله بن محمد الزهراني');
  });

  it('بحسب X then a ف before the clause\'s opening word: the clause, without its ف (وبحسب الأرقام الأوروبية فهناك …)', async () => {
    const cs = await claimsOf('وبحسب الأرقام الأوروبية فهناك شخص من بين كل ثلاثة مهدد بالفقر في اليونان.');
    expect(cs[0]).toEqual(expect.objectContaining({ cue: 'وبحسب', content: 'هناك شخص من بين كل ثلاثة مهدد بالفقر في اليونان' }));
  });

  it('a wish closes what was said, with no comma too (… خطوة جيدة متمنيًا أن يكتب لها النجاح)', async () => {
    const cs = await claimsOf('واعتبر حسين عبدالغني أن إقامة السوبر السعودي في لندن خطوة جيدة متمنيًا أن يكتب لها النجاح، غير أنه استدرك قائلاً، لكن إقامة المباراة في الرياض يضمن حضورًا جماهيريًا.');
    expect(cs[0]!.content).toBe('إقامة السوبر السعودي في لندن خطوة جيدة');
  });

  it('a name given with ويدعى between quotation marks and commas is the speaker (، ويدعى "بدر الحربي"، أن …)', async () => {
    const cs = await claimsOf('وذكر أحد ملاك الاستراحات القريبة من البحر، ويدعى "بدر الحربي"، أن نسبة الإشغال وصلت إلى 100 % رغم ارتفاع أسعار الإيجارات.');
    expect(cs[0]).toEqual(expect.objectContaining({ speaker: 'بدر الحربي', content: 'نسبة الإشغال وصلت إلى 100 % رغم ارتفاع أسعار الإيجارات' }));
  });

  it('a percent sign written apart from its number stays in the words (… بكوادر وطنية 100 %.)', async () => {
    const cs = await claimsOf('وقال رئيس اللجنة العامة للانتخابات إن هذه الانتخابات تدار بكوادر وطنية 100 %.');
    expect(cs[0]!.content).toBe('هذه الانتخابات تدار بكوادر وطنية 100 %');
  });
});
