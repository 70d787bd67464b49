/**
 * Round 36 (a twenty-fifth audit of 400 SaudiNewsNet articles no earlier audit had read): who speaks when no one is
 * written at the cue, the speaker written after a resumptive فيه, and where the words end. Rows are real sentences of
 * SaudiNewsNet articles, shortened.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const claimsOf = async (text: string) =>
  (await extract(text)).claims.map((c) => ({ cue: c.cue.text, speaker: c.speaker?.name ?? null, written: c.speaker?.text ?? null, role: c.speaker?.role ?? null, type: c.speaker?.type ?? null, content: c.content.text }));

describe('round 36: the speaker no one writes at the cue', () => {
  it('the topic of أما answered by فقد + a verb speaks on, after "but he" too (أما الإعلامي خالد قاضي … فقد أبدى …، لكنه استدرك قائلاً …)', async () => {
    const cs = await claimsOf('وقال الفنان فاروق الشعيبي إن المسرح مهم. أما الإعلامي خالد قاضي الذي حضر المسرحية فقد أبدى إعجابه بها وأثنى على فريق العمل، ولم ينكر دور الإعلام الرياضي في زيادة مساحة التعصب التي بدأت تؤثر على السلم الاجتماعي، لكنه استدرك قائلاً إن ما يقوم به بعض رؤساء الأندية أشد تأثيراً مما يصدر عن بعض الإعلاميين، وشدد على أن الجميع مطالب بالتصدي لكافة أنواع التعصب، مطالباً باستثمار المسرح في طرح أعمال فنية تؤسس للوعي.');
    expect(cs.map((c) => c.speaker)).toEqual(['فاروق الشعيبي', 'خالد قاضي', 'خالد قاضي', 'خالد قاضي']);
    expect(cs[1]).toEqual(expect.objectContaining({ written: null, content: 'ما يقوم به بعض رؤساء الأندية أشد تأثيراً مما يصدر عن بعض الإعلاميين' }));
  });

  it('a role in construct keeps its genitive even when that word opens objects elsewhere (رئيس الاتفاق المكلف)', async () => {
    const cs = await claimsOf('وقال رئيس الاتفاق المكلف إن اللاعب محترف ويعي الأنظمة جيدا.');
    expect(cs[0]).toEqual(expect.objectContaining({ cue: 'وقال', written: 'رئيس الاتفاق المكلف', content: 'اللاعب محترف ويعي الأنظمة جيدا' }));
  });

  it('a fronted adverbial phrase and its comma open the clause whose subject a participle continues (أمام ذلك، استغرب رئيس الاتفاق …، مشيرا …)', async () => {
    const cs = await claimsOf('وقالت مصادر "الاقتصادية" إن الهلال يرغب في التعاقد مع اللاعب. أمام ذلك، استغرب رئيس الاتفاق المكلف من عدم سفر اللاعب مع فريقه، للدخول في المعسكر الخارجي، مشيرا إلى أنه لاعب محترف يعي ويدرك الأنظمة جيدا. وأشار إلى أن جماهير الاتفاق رحبت باللاعب بعد انطلاق التدريبات، ورد التحية عليها، مضيفا "سنتعامل مع اللاعب بمبدأ الثواب والعقاب".');
    expect(cs.map((c) => c.speaker)).toEqual(['مصادر "الاقتصادية"', 'رئيس الاتفاق المكلف', 'رئيس الاتفاق المكلف', 'رئيس الاتفاق المكلف']);
  });

  it('a speech given by the subject of a clause after ثم is that subject\'s (ثم ألقى مدير إدارة المهرجان … كلمة … أوضح فيها أن …)', async () => {
    const cs = await claimsOf('وفور وصول سموه مقر الحفل قام بقص الشريط إيذاناً بانطلاق الفعاليات. بعد ذلك، بدأ الحفل الخطابي المُعد بهذه المناسبة بتلاوة آيات من القرآن الكريم، ثم ألقى مدير إدارة المهرجان إبراهيم بن محمد الجار الله كلمة اللجنة العليا للمهرجان أوضح فيها أن مهرجان أبها للتسوق يحظى بدعم ورعاية سمو أمير منطقة عسير.');
    expect(cs).toHaveLength(1);
    expect(cs[0]).toEqual(expect.objectContaining({ cue: 'أوضح', written: null, content: 'مهرجان أبها للتسوق يحظى بدعم ورعاية سمو أمير منطقة عسير' }));
    expect(cs[0]!.speaker).toMatch(/^إبراهيم بن محمد الجار/);
  });

  it('a feminine singular verb goes on with the sources that relayed the witnesses, not the witnesses (ونقلت المصادر عن شهود عيان … وأضافت …)', async () => {
    const cs = await claimsOf('أفادت مصادر فلسطينية أن مجهولين قاموا بتفجير 6 سيارات عسكرية تابعة لمسؤولين في كتائب القسام. ونقلت المصادر عن شهود عيان أن التفجيرات نتجت عن زرع عبوات ناسفة في السيارات. وأضافت إن التفجيرات التي وقعت في توقيت واحد استهدفت 3 سيارات تعود لأعضاء في كتائب القسام.');
    expect(cs[1]).toEqual(expect.objectContaining({ cue: 'ونقلت', speaker: 'شهود عيان' }));
    expect(cs[2]).toEqual(expect.objectContaining({ cue: 'وأضافت', written: null, speaker: 'مصادر فلسطينية' }));
  });

  it('… while a feminine singular verb still goes on with a plural of bodies (وقالت الوزارات … وأضافت)', async () => {
    const cs = await claimsOf('وقالت مصادر أمنية إن الهجوم استهدف نقطة تفتيش. وأضافت أن ثلاثة جنود أصيبوا.');
    expect(cs[1]).toEqual(expect.objectContaining({ cue: 'وأضافت', speaker: 'مصادر أمنية' }));
  });

  it('a named subject with its role between commas after "but" speaks (ولكن كيسلي دافنبورت، رئيسة قسم …، تقول إن …)', async () => {
    const cs = await claimsOf('وقال ويليام توبي إن إيران قد تنسحب من الاتفاق. ولكن كيسلي دافنبورت، رئيسة قسم سياسة عدم الانتشار لدى رابطة الحد من التسلح، تقول إن الانسحاب ليس بالطريق السهل على إيران.');
    expect(cs[1]).toEqual(expect.objectContaining({ cue: 'تقول', written: 'كيسلي دافنبورت', speaker: 'كيسلي دافنبورت', content: 'الانسحاب ليس بالطريق السهل على إيران' }));
  });
});

describe('round 36: the speaker written after a resumptive فيه', () => {
  it('in a speech\'s relative clause, the person after فيها speaks and the words start at the cue\'s preposition (بكلمة افتتاحية أشار فيها الإعلامي غالب السهلي إلى …)', async () => {
    const cs = await claimsOf('وانطلق الملتقى بآيات من الذكر الحكيم ثم بكلمة افتتاحية أشار فيها الإعلامي غالب السهلي إلى معاناة المملكة مع الإرهاب.');
    expect(cs[0]).toEqual(expect.objectContaining({ cue: 'أشار', written: 'غالب السهلي', role: 'الإعلامي', content: 'معاناة المملكة مع الإرهاب' }));
  });

  it('… and with أن after the speaker (وشهد الحفل كلمة أوضح فيها مدير الجامعة الدكتور خالد السلطان أن …)', async () => {
    const cs = await claimsOf('وشهد الحفل كلمة أوضح فيها مدير الجامعة الدكتور خالد السلطان أن الجامعة تسعى للتميز في البحث العلمي.');
    expect(cs[0]).toEqual(expect.objectContaining({ cue: 'أوضح', speaker: 'خالد السلطان', content: 'الجامعة تسعى للتميز في البحث العلمي' }));
  });

  it('a time relative with a prepositional object: the source after فيه speaks (في الوقت الذي أشار فيه مصدر مطلع لـ«الشرق الأوسط» إلى …)', async () => {
    const cs = await claimsOf('في الوقت الذي أشار فيه مصدر مطلع لـ«الشرق الأوسط» إلى إرجاع الإدارة الاتحادية حسم التعاقد مع اللاعب الآسيوي للجهاز الفني للفريق.');
    expect(cs[0]).toEqual(expect.objectContaining({ cue: 'أشار', written: 'مصدر مطلع', type: 'ANON', content: 'إرجاع الإدارة الاتحادية حسم التعاقد مع اللاعب الآسيوي للجهاز الفني للفريق' }));
  });

  it('a body after فيه in a statement\'s relative clause is the object, not the speaker (بيانا اتهمت فيه كليات الصحافة …)', async () => {
    const cs = await claimsOf('أصدرت شركة «نايت» الصحافية العملاقة تقريرا اتهمت فيه كليات الصحافة بأنها «تتلكأ» في اللحاق بركب الإنترنت.');
    expect(cs.every((c) => c.written !== 'كليات الصحافة' && c.speaker !== 'كليات الصحافة')).toBe(true);
  });
});

describe('round 36: where the words end, and cues the audit found missed', () => {
  it('a reproach or a wish after a comma is the writer\'s next narration (…، وأعاب على العمالة …)', async () => {
    const cs = await claimsOf('وقال الحليبي إن صنّاع التمور يحتاجون إلى تأشيرات من وزارة العمل لجلب يد عاملة متخصصة في مهنة التصنيع، وأعاب على العمالة التي تدخل إلى المملكة بأن غالبيتها لا تملك أي معرفة بقطاع تصنيع التمور.');
    expect(cs[0]).toEqual(expect.objectContaining({ cue: 'وقال', content: 'صنّاع التمور يحتاجون إلى تأشيرات من وزارة العمل لجلب يد عاملة متخصصة في مهنة التصنيع' }));
  });

  it('… and so is a promise (…، واعدًا بمزيد من الأعمال الإغاثية)', async () => {
    const cs = await claimsOf('وقال الوزير بدر باسلمه إن سفينة وصلت إلى ميناء الزيت بالبريقة، مشيرا إلى أن حمولة السفينة سيتم توزيعها على الأسر النازحة، واعدًا بمزيد من الأعمال الإغاثية خلال الأيام القادمة.');
    expect(cs[1]).toEqual(expect.objectContaining({ cue: 'مشيرا', content: 'حمولة السفينة سيتم توزيعها على الأسر النازحة' }));
  });

  it('a present cue joined by و with its colon opens the speaker\'s next words (… والشباب ويضيف : " … ")', async () => {
    const cs = await claimsOf('وأكد صاحب المقهى أن أغلب الزبائن من النساء الشابات بالإضافة للشباب ويضيف : " نحظى بزبائن من مختلف الأعمار من 15 وحتى فوق 50 عاما ".');
    expect(cs.map((c) => c.cue)).toEqual(['وأكد', 'ويضيف']);
    expect(cs[0]!.content).toBe('أغلب الزبائن من النساء الشابات بالإضافة للشباب');
    expect(cs[1]!.content).toBe('نحظى بزبائن من مختلف الأعمار من 15 وحتى فوق 50 عاما');
  });

  it('جزم "asserted firmly" is a cue (واليوم تجزم مؤسسة الصحيفة أن …)', async () => {
    const cs = await claimsOf('واليوم تجزم مؤسسة الصحيفة أن المنطقة العربية بحاجة إلى منصة تسهم في فهم أعمق للحياة.');
    expect(cs[0]).toEqual(expect.objectContaining({ cue: 'تجزم', written: 'مؤسسة الصحيفة', content: 'المنطقة العربية بحاجة إلى منصة تسهم في فهم أعمق للحياة' }));
  });

  it('أبلغ with its object pronoun, the speaker after it (وأبلغها المتحدث باسم الشرطة: «…»)', async () => {
    const cs = await claimsOf('وأبلغها المتحدث باسم الشرطة: «سنحقق في الأمر ونعلن النتائج».');
    expect(cs[0]).toEqual(expect.objectContaining({ cue: 'وأبلغها', written: 'المتحدث باسم الشرطة', content: 'سنحقق في الأمر ونعلن النتائج' }));
  });

  it('the source after a reporting verb\'s resumptive به (وطبقا لما أفادت به بعض وسائل الإعلام، فإن …)', async () => {
    const cs = await claimsOf('وطبقا لما أفادت به بعض وسائل الإعلام، فإن الحكومة ستقدم استقالتها الأسبوع المقبل.');
    expect(cs[0]).toEqual(expect.objectContaining({ written: 'بعض وسائل الإعلام', type: 'ANON', content: 'الحكومة ستقدم استقالتها الأسبوع المقبل' }));
  });

  it('a body\'s head fused with ل is the body named before with it (كشفت صحيفة «هآرتس» … وطبقا للصحيفة فإن …)', async () => {
    const cs = await claimsOf('وكشفت صحيفة «هآرتس» الإسرائيلية أمس عن خطة جديدة للاستيطان. وطبقا للصحيفة فإن الخطة تشمل بناء ألف وحدة سكنية.');
    expect(cs[1]).toEqual(expect.objectContaining({ speaker: 'هآرتس', type: 'ORG', content: 'الخطة تشمل بناء ألف وحدة سكنية' }));
  });
});

describe('round 36: the speaker\'s phrase and name', () => {
  it('a body whose name begins with ب is no fused preposition of the cue (ووصف رئيس بلدية المدينة كازومي ماتسوي القصف بأنه …)', async () => {
    const cs = await claimsOf('وقال رئيس الوزراء شينزو آبي إن السلام مهم. ووصف رئيس بلدية المدينة كازومي ماتسوي القصف بأنه جريمة، داعيا العالم الى نبذ الأسلحة النووية.');
    expect(cs[1]!.cue).toBe('ووصف');
    expect(cs[1]!.written).toMatch(/^رئيس بلدية المدينة/);
    expect(cs[1]!.speaker).not.toBe('شينزو آبي');
    expect(cs[2]).toEqual(expect.objectContaining({ cue: 'داعيا' }));
    expect(cs[2]!.speaker).not.toBe('شينزو آبي');
  });

  it('an adjective of age or fame after a role goes on to the name (يقول منظم الفعالية الفنان الشاب عوض زارب: …)', async () => {
    const cs = await claimsOf('يقول منظم الفعالية الفنان الشاب عوض زارب: إن المرسم يستقبل الأطفال يوميا.');
    expect(cs[0]).toEqual(expect.objectContaining({ cue: 'يقول', written: 'عوض زارب', speaker: 'عوض زارب', content: 'المرسم يستقبل الأطفال يوميا' }));
  });

  it('the verb\'s object noun is cut from a person\'s name (امتدح د. عبدالعزيز دور وزارتي …)', async () => {
    const d = await extract('امتدح د. عبدالعزيز دور وزارتي الثقافة والتعليم في دعم المسرح، مبيناً أنه لا بد من زيادة الدعم.');
    expect(d.entities.filter((e) => e.type === 'PERS').map((e) => e.name)).toEqual(['عبدالعزيز']);
    expect(d.claims[0]!.speaker?.name).toBe('عبدالعزيز');
  });

  it('a body\'s quoted name right after the cue, then a time word and the cue\'s preposition, speaks (وأفاد «المرصد السوري لحقوق الإنسان» أمس، بمقتل …)', async () => {
    const cs = await claimsOf('كما قال معارضون إن النظام يقصف المدنيين. وأفاد «المرصد السوري لحقوق الإنسان» أمس، بمقتل سبعة أشخاص في شمال غربي البلاد.');
    expect(cs[1]).toEqual(expect.objectContaining({ cue: 'وأفاد', written: 'المرصد السوري لحقوق الإنسان', type: 'ORG', content: 'مقتل سبعة أشخاص في شمال غربي البلاد' }));
  });

  it('أن after وبعد، وقبل is no complement of the cue (وأكدت الجمعية العامة … على حماية الأطفال …، وبعد أن كشف الإرهاب …)', async () => {
    const cs = await claimsOf('وأكدت الجمعية العامة للأمم المتحدة على حماية الأطفال من أي استغلال، وبعد أن كشف الإرهاب عن وجهه القبيح تعددت ضحاياه.');
    expect(cs[0]!.content.startsWith('حماية الأطفال من أي استغلال')).toBe(true);
  });
});

describe('round 36: what the blind before/after judgement of 10,000 articles sent back', () => {
  it('after an accusation\'s فيها in a document\'s relative clause, the person is the one accused (مذكرات اعتقال اتهمت فيها البشير …)', async () => {
    const cs = await claimsOf('وأصدرت المحكمة الجنائية الدولية عام 2009 مذكرات اعتقال اتهمت فيها البشير بارتكاب جرائم حرب.');
    expect(cs[0]).toEqual(expect.objectContaining({ cue: 'اتهمت', written: null, speaker: 'المحكمة الجنائية الدولية' }));
  });

  it('a passive announcement names no source (وبحسب ما أعلن عنه فإن …)', async () => {
    const cs = await claimsOf('وبحسب ما أعلن عنه فإن القناة ستبدأ البث الشهر المقبل.');
    expect(cs).toHaveLength(1);
    expect(cs[0]).toEqual(expect.objectContaining({ cue: 'وبحسب ما أعلن', speaker: null, content: 'القناة ستبدأ البث الشهر المقبل' }));
  });

  it('an attribution\'s source is the body whose head opens it, not a later head in its name (بحسب وزارة الداخلية، وفق ما أفادت به وزارة الداخلية)', async () => {
    const cs = await claimsOf('وقتل ثلاثة مدنيين عندما أطلق المسلحون النيران على البلدة، بحسب وزارة الداخلية.');
    expect(cs[0]).toEqual(expect.objectContaining({ written: 'وزارة الداخلية' }));
  });

  it('a wish of the other gender after a comma is still the words told (قالت الأم إن ابنها …، وتمنى أن …)', async () => {
    const cs = await claimsOf('وقالت والدة الطفل إن ابنها يحلم بلقاء اللاعب منذ سنوات، وتمنى أن تتم دعوته إلى المباراة القادمة.');
    expect(cs[0]!.content).toBe('ابنها يحلم بلقاء اللاعب منذ سنوات، وتمنى أن تتم دعوته إلى المباراة القادمة');
  });
});

describe('round 36: the one asked', () => {
  it('the source after طلب منه speaks; the one asked is no speaker (وطلب منه المدرب أن …، وطلبت منها الإدارة ترك العمل)', async () => {
    const a = await claimsOf('وطلب منه المدرب أن يستعد للمباراة القادمة.');
    expect(a[0]).toEqual(expect.objectContaining({ cue: 'وطلب', written: 'المدرب', content: 'يستعد للمباراة القادمة' }));
    const b = await claimsOf('وطلبت منها الإدارة ترك العمل والاستقالة.');
    expect(b[0]).toEqual(expect.objectContaining({ cue: 'وطلبت', written: 'الإدارة', content: 'ترك العمل والاستقالة' }));
  });

  it('… but not a thing after منه (طلبت مني فرصة كي تعيد ترتيب أفكارها)', async () => {
    const cs = await claimsOf('ولكنها في تلك المرة طلبت مني فرصة كي تعيد ترتيب أفكارها وتدرس الأمر بشكل جدي.');
    expect(cs.some((c) => c.written === 'فرصة كي تعيد ترتيب' || c.written === 'فرصة')).toBe(false);
  });

  it('the name منى is no "from me" (وقالت منى القحطاني إن …)', async () => {
    const cs = await claimsOf('وقالت منى القحطاني إن أختها تشتاق لوالدها المرابط على الجبهة.');
    expect(cs[0]).toEqual(expect.objectContaining({ cue: 'وقالت', written: 'منى القحطاني' }));
  });

  it('two dots and "but" inside the words keep the speaker\'s turn going (… أو ذاك.. ولكن لن تؤثر الضغوط على مواقفنا)', async () => {
    const cs = await claimsOf('وأشار عكاش إلى أن هذا الحوار لتعميق الاستقلالية في القرار على الرغم من ضغوط من هذا الطرف أو ذاك.. ولكن لن تؤثر الضغوط على مواقفنا.');
    expect(cs[0]!.content).toBe('هذا الحوار لتعميق الاستقلالية في القرار على الرغم من ضغوط من هذا الطرف أو ذاك.. ولكن لن تؤثر الضغوط على مواقفنا');
  });

  it('… and a quotation keeps its own dots (قال: «… يومياً.. لكن …»)', async () => {
    const cs = await claimsOf('وقال المحلل: «أوبك تنتج الآن أعلى من المستوى المستهدف.. لكن الأسعار ستتعافى قريبا».');
    expect(cs[0]!.content).toBe('أوبك تنتج الآن أعلى من المستوى المستهدف.. لكن الأسعار ستتعافى قريبا');
  });
});

describe('round 36: a name keeps its first letter', () => {
  it('a known first name keeps its ف though the rest is a word of the text (الأمير فيصل بن بندر …، يصل)', async () => {
    const d = await extract('أكد سمو أمير منطقة الرياض الأمير فيصل بن بندر بن عبدالعزيز أن مشروع النقل العام لا يعاني من أية عقبات. ومن المتوقع أن يصل عدد الركاب إلى مليون راكب يوميا.');
    expect(d.entities.filter((e) => e.type === 'PERS').map((e) => e.name)).toContain('فيصل بن بندر بن عبدالعزيز');
    expect(d.claims[0]!.speaker?.name).toBe('فيصل بن بندر بن عبدالعزيز');
  });

  it('a foreign first name keeps its ب (الرئيس الأوكراني بترو بوروشنكو … وقال الرئيس بوروشنكو)', async () => {
    const d = await extract('اتهم الرئيس الأوكراني بترو بوروشنكو روسيا بإرسال جنود إلى شرق البلاد. وقال الرئيس بوروشنكو "إنه عدوان حقيقي ضد بلدي".');
    expect(d.entities.filter((e) => e.type === 'PERS').map((e) => e.name)).toContain('بترو بوروشنكو');
    expect(d.claims.map((c) => c.speaker?.name)).toContain('بترو بوروشنكو');
  });
});

describe('round 36: an attribution set off inside the words', () => {
  it('an aside between commas does not end the words (أن أسعار النفط، بحسب محللين، ستبقى منخفضة …)', async () => {
    const cs = await claimsOf('وأشار التقرير إلى أن أسعار النفط، بحسب محللين، ستبقى منخفضة حتى نهاية العام.');
    expect(cs).toHaveLength(1);
    expect(cs[0]).toEqual(expect.objectContaining({ cue: 'وأشار', content: 'أسعار النفط، بحسب محللين، ستبقى منخفضة حتى نهاية العام' }));
  });

  it('… nor one between dashes, the speaker\'s own words (إن المهرجان - حسب تعبيرهم - أفضل …)', async () => {
    const cs = await claimsOf('وقال الشباب إن المهرجان - حسب تعبيرهم - أفضل من العام الماضي بكثير.');
    expect(cs).toHaveLength(1);
    expect(cs[0]).toEqual(expect.objectContaining({ cue: 'وقال', content: 'المهرجان - حسب تعبيرهم - أفضل من العام الماضي بكثير' }));
  });

  it('… while one closing the sentence, or one joined by و, still ends them (…، بحسب ما نقلت وكالة رويترز.)', async () => {
    const a = await claimsOf('وقال الوزير إن الأسعار ستنخفض، بحسب ما نقلت وكالة رويترز.');
    expect(a[0]).toEqual(expect.objectContaining({ cue: 'وقال', content: 'الأسعار ستنخفض' }));
    const b = await claimsOf('وقال وهب القريني إن سعر المن يصل إلى 250 ريالا، حسب حجم السمك، والثلاجة تصل الى 600 ريال، وتوقع القريني زيادة الكميات في الايام المقبلة.');
    expect(b.map((c) => c.cue)).toContain('وتوقع');
  });
});

describe('round 36: what the twenty-sixth audit sent back', () => {
  it('an aside between dashes, then a second complement joined by و, is all one\'s words (… - حسب تعبيرهم - وأن …)', async () => {
    const cs = await claimsOf('وقال المقاتلون إن عدن ستكون مقبرة للغزاة - حسب تعبيرهم - وأن تحرير عدن بات قريبا.');
    expect(cs).toHaveLength(1);
    expect(cs[0]!.content).toBe('عدن ستكون مقبرة للغزاة - حسب تعبيرهم - وأن تحرير عدن بات قريبا');
  });

  it('a possessed verbal noun after a name is the verb\'s object, no part of the name (وقدم الأمير عبدالرحمن بن مساعد شكره وتقديره …)', async () => {
    const d = await extract('وقدم الأمير عبدالرحمن بن مساعد شكره وتقديره للاعبين، مؤكدا أن الفريق قدم موسما رائعا.');
    expect(d.entities.filter((e) => e.type === 'PERS').map((e) => e.name)).toEqual(['عبدالرحمن بن مساعد']);
    expect(d.claims[0]!.speaker?.name).toBe('عبدالرحمن بن مساعد');
  });
});

