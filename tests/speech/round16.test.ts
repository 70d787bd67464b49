/**
 * Round 16: after a fronted topic (وعن …، وحول …) a pro-drop speech verb may be followed at once by the speaker's
 * own unmarked words, also when they open with a definite noun that names no one (قال التخمة موجودة …) or with a
 * word of attitude (قال للأسف الوضع سيئ …); a name, a role or a body there is still the speaker. Rows are real
 * sentences of the annotated sets (shortened) after a built first sentence that brings the speaker into play.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const FIRST = 'وأكد رئيس النادي خالد البلوي أن الفريق جاهز للموسم. ';

const claimsOf = async (text: string) =>
  (await extract(text)).claims.map((c) => ({ cue: c.cue.text, speaker: c.speaker?.name ?? null, content: c.content.text }));

describe('round 16: unmarked words after a fronted topic', () => {
  it.each([
    ['a definite noun that names no one', 'وعن الفوائض النفطية بالأسواق قال التخمة موجودة بالأسواق في الوقت الراهن وأرقام الفوائض تدور حول 3 ملايين برميل يومياً.', 'التخمة موجودة بالأسواق في الوقت الراهن وأرقام الفوائض تدور حول 3 ملايين برميل يومياً'],
    ['a word of attitude', 'وحول الدور المنتظر لأعضاء الشرف لدعم الإدارة قال للأسف الوضع سيئ بدون دعم منهم.', 'للأسف الوضع سيئ بدون دعم منهم'],
  ])('%s', async (_why, sentence, content) => {
    const cs = await claimsOf(FIRST + sentence);
    expect(cs).toHaveLength(2);
    expect(cs[1]!.cue).toBe('قال');
    expect(cs[1]!.speaker).toBe('خالد البلوي');
    expect(cs[1]!.content).toBe(content);
  });

  it('a role after the cue is still the speaker', async () => {
    const cs = await claimsOf(FIRST + 'وعن الفوائض النفطية قال الوزير إن التخمة موجودة.');
    expect(cs[1]).toMatchObject({ cue: 'قال', speaker: 'الوزير', content: 'التخمة موجودة' });
  });

  it('without a fronted topic a definite noun after قال is its subject', async () => {
    const cs = await claimsOf(FIRST + 'وقال التقرير إن التخمة موجودة.');
    expect(cs[1]).toMatchObject({ cue: 'وقال', speaker: 'التقرير', content: 'التخمة موجودة' });
  });
});

describe('round 16: two dots are a pause', () => {
  it('a title with ".." inside the reported clause stays in it', async () => {
    const cs = await claimsOf('وأوضح الجهني أن حفل الافتتاح يتضمن أوبريت "حكاية شمس.. وقصة أثر" من كلمات الشاعر ياسر بن زويد الرفاعي.');
    expect(cs[0]!.content).toBe('حفل الافتتاح يتضمن أوبريت "حكاية شمس.. وقصة أثر" من كلمات الشاعر ياسر بن زويد الرفاعي');
  });

  it('a tweet quoted after a colon runs over its ".." pauses', async () => {
    const cs = await claimsOf('وقال المذيع والاعلامي عبدالله المديفر في تغريدته : مصابنا جلل ..بلدنا مستهدف .. وعند الشدائد يتكاتف الرجال ..');
    expect(cs[0]!.speaker).toBe('عبدالله المديفر');
    expect(cs[0]!.content).toContain('وعند الشدائد يتكاتف الرجال');
  });

  it('three dots still end a sentence (the sample report writes "..." between sentences)', async () => {
    const cs = await claimsOf('وقال عضو الوفد فاتح حسون إن المعارضة حصلت على وثائق مرئية...حسّون أكّد أن هذه الوثائق تكشف أوامر النظام.');
    expect(cs.map((c) => c.cue)).toEqual(['وقال', 'أكّد']);
    expect(cs[0]!.content).toBe('المعارضة حصلت على وثائق مرئية');
  });
});

describe('round 16: a one-word role names the person the text gave it', () => {
  it.each([
    [
      'the role in apposition right after the name, no comma (shortened)',
      'توقع علي العمير وزير النفط الكويتي ارتفاع أسعار النفط. وبحسب "رويترز"، فقد ذكر الوزير أن هناك ارتياحا من قبل الدول الأعضاء في أوبك.',
      'ذكر',
      'علي العمير',
    ],
    [
      'the role before the name with a nationality adjective, in a sentence that reports nothing',
      'وأعرب الرئيس الصومالي حسن شيخ محمود عن استيائه من هذا الهجوم. وقال الرئيس في تصريح صحافي مساء السبت ان النائب قضى في خدمة بلاده.',
      'وقال',
      'حسن شيخ محمود',
    ],
  ])('%s', async (_why, text, cue, name) => {
    const c = (await extract(text)).claims.find((x) => x.cue.text === cue);
    expect(c?.speaker?.name).toBe(name);
  });

  it('a role with other words between it and a name stays unresolved', async () => {
    const text = 'ويوضح التسريب أنها محادثات هاتفية بين ضابط كبير بقوات حفتر والصحفي محمود المصراتي. وقال الضابط إن الثوار دواعش.';
    const c = (await extract(text)).claims.find((x) => x.cue.text === 'وقال');
    expect(c?.speaker?.name).toBe('الضابط');
  });
});

describe('round 16: a role reaches a tagged name before circumstantial words', () => {
  it.each([
    [
      'two roles, a title, the name, then "in a statement to …" before أن',
      'من جانبه، أكد مدير إدارة المجالس البلدية، رئيس اللجنة التنفيذية للانتخابات المهندس جديع القحطاني في تصريح إلى "الوطن" أن الوضع الأمني داخل المراكز الانتخابية مستقر.',
      'أكد',
      'جديع القحطاني',
    ],
    [
      'a title written with initials and dots (أ.د.)',
      'وقال المشرف العام على الجمعية أ.د. محمد بن عطية الحمراني، إن هذه المشاركة تأتي تفعيلاً للدور الاجتماعي والتوعوي للجمعية.',
      'وقال',
      'محمد بن عطية الحمراني',
    ],
  ])('%s', async (_why, text, cue, name) => {
    const c = (await extract(text)).claims.find((x) => x.cue.text === cue);
    expect(c?.speaker?.name).toBe(name);
  });
});

describe('round 16: feminine roles end a name', () => {
  it.each([
    ['وقالت سلمى انتيف عضوة إيثار القطيف: "إن الحملات التي أقامتها اللجنة من أروع الحملات".', 'وقالت', 'سلمى انتيف'],
    ['وأكدت نورة الشهري مدربة المنتخب أن الفريق جاهز للبطولة.', 'وأكدت', 'نورة الشهري'],
  ])('%s', async (text, cue, name) => {
    const c = (await extract(text)).claims.find((x) => x.cue.text === cue);
    expect(c?.speaker?.text).toBe(name);
  });
});

describe('round 16: the person who gave an explanation speaks the pro-drop cues after it', () => {
  it('شرح مفصل من مدير الإدارة … مشيراً إلى أن (shortened)', async () => {
    const text =
      'شدد مدير جامعة الباحة المكلف الدكتور عبدالله الزهراني، على تهيئة الأجواء للمتدربين. جاء ذلك خلال تفقد مقر التدريب بالجامعة، حيث استمع إلى شرح مفصل من مدير الإدارة فهد آل مجثل، عن محتويات المقر، مشيراً إلى أنه يضم أربع قاعات تدريبية، مضيفاً أنها تستوعب أكثر من 70 متدربا.';
    const cs = (await extract(text)).claims;
    expect(cs.map((c) => c.speaker?.name)).toEqual(['عبدالله الزهراني', 'فهد آل مجثل', 'فهد آل مجثل']);
  });
});

describe('round 16: nouns spelt like cues, and where a nominal object ends', () => {
  it.each([
    ['a student, not "demanded": the noun before a nationality', 'تحقق شرطة مدينة ويتشيتا بولاية كانساس في مقتل طالب سعودي يدرس في جامعة مدينة ويتشيتا.'],
    ['a written ة ends a noun (female student), never a verb', 'احتفلت المؤسسة مساء أمس بإتمام ثلاثين طالبًا وطالبة لبرنامج إعداد القادة في جامعة هارفارد.'],
  ])('no claim: %s', async (_why, text) => {
    expect((await extract(text)).claims).toEqual([]);
  });

  it('a country spelt with its own ب is no ب-complement, and a clause of time ends the object', async () => {
    const text = 'طالب الرئيس الأفغاني أشرف عبد الغني، البلد الجار باكستان بالتصدي لحركة طالبان بعدما حصد تفجير سيارة ملغومة أرواح العشرات.';
    const c = (await extract(text)).claims[0];
    expect(c?.speaker?.name).toBe('أشرف عبد الغني');
    expect(c?.content.text).toBe('البلد الجار باكستان بالتصدي لحركة طالبان');
  });
});

describe('round 16: كتب ("wrote") reports what follows as a quotation or أن', () => {
  it.each([
    ['وكتب نافالني في تغريدة على موقع تويتر “يجب ان تكون هناك معلومات عن ساعة بيسكوف في بلد فقير”.', 'وكتب', 'نافالني'],
    ['وكتبت موجيريني “التعاون بين إيران وجيرانها قد يفتح احتمالات لم يسبق لها مثيل”.', 'وكتبت', 'موجيريني'],
  ])('%s', async (text, cue, name) => {
    const c = (await extract(text)).claims.find((x) => x.cue.text === cue);
    expect(c?.speaker?.name).toBe(name);
    expect(c?.direct).toBe(true);
  });

  it.each([['وكتب الشاعر قصيدة جديدة عن الوطن.'], ['وتباع كتب دينية في المعرض.']])('no claim: %s', async (text) => {
    expect((await extract(text)).claims).toEqual([]);
  });
});

describe('round 16: a body named by its definite head speaks for the company last named with it', () => {
  it('إدارة الشركة ← شركة الصحراء (shortened)', async () => {
    const text =
      'قالت شركة "الجزيرة كابيتال" إن صافي ربح الصحراء للبتروكيماويات جاء أقل من توقعاتها. وحققت شركة الصحراء صافي ربح للربع الثاني بقيمة 11.4 مليون ريال. واشارت إدارة الشركة إلى أن ضعف الأداء يعود الى انخفاض الطلب.';
    const doc = await extract(text);
    const c = doc.claims.find((x) => x.cue.text === 'واشارت');
    const org = doc.entities.find((e) => e.id === c?.speaker?.entityId);
    expect(org?.name).toMatch(/^شركة الصحراء/);
  });
});

describe('round 16: أن inside a relative clause of the object belongs to the object', () => {
  it('لافتا إلى التقارب … الذي من شأنه أن …', async () => {
    const text = 'وأكد الوزير أهمية الحوار، لافتا إلى التقارب الأمريكي التركي الأخير من الموضوع السوري الذي من شأنه أيضا أن يدفع بعجلة الحل.';
    const c = (await extract(text)).claims.find((x) => x.cue.text === 'لافتا');
    expect(c?.content.text).toBe('التقارب الأمريكي التركي الأخير من الموضوع السوري الذي من شأنه أيضا أن يدفع بعجلة الحل');
  });

  it('a relative clause in the speaker phrase leaves أن the complement', async () => {
    const c = (await extract('وأشار الوزير الذي يزور البلاد إلى أن الحل قريب.')).claims[0];
    expect(c?.content.text).toBe('الحل قريب');
  });
});

describe('round 16: the outlet told (أبلغ «عكاظ») is no speaker', () => {
  it.each([
    ['أبلغ "الاقتصادية" مصدر مسؤول في السفارة السعودية لدى بنجلادش، أن عدد التأشيرات بلغ نحو 1500 تأشيرة.', 'مصدر مسؤول في السفارة السعودية'],
    ['أبلغت مصادر مطلعة «عكاظ» أن عدد التأشيرات بلغ نحو 1500 تأشيرة.', 'مصادر مطلعة'],
  ])('%s', async (text, speaker) => {
    const c = (await extract(text)).claims[0];
    expect(c?.speaker?.text).toBe(speaker);
  });
});

describe('round 16: a family name alone names the person of an earlier, fuller name', () => {
  it('وقال "العوضي" (a stray final ي) ← خالد العوض', async () => {
    const text = 'كشف الباحث في المناخ خالد العوض، أن ظاهرة "لانينيو" بدأت نشاطها. وقال "العوضي" إن معظم المراصد العالمية تشير إلى انحراف قوي.';
    const c = (await extract(text)).claims.find((x) => x.cue.text === 'وقال');
    expect(c?.speaker?.name).toBe('خالد العوض');
  });
});

describe('round 16: a pledge after فيما opens its own claim', () => {
  it('… مطالبين إدارة المطار بالتدخل فيما تعهد مدير المطار المهندس محمد الفاضل بإصلاح الخلل', async () => {
    const text =
      'وأشار عدد منهم لـ «المدينة» إلى أن توقف المكيفات دفع البعض الى استخدام الصحف في التهوية فيما تعهد مدير مطار الأمير محمد بن عبدالعزيز الدولي المهندس محمد الفاضل بإصلاح الخلل على وجه السرعة.';
    const cs = (await extract(text)).claims;
    const c = cs.find((x) => x.cue.text === 'تعهد');
    expect(c?.speaker?.name).toBe('محمد الفاضل');
    expect(c?.content.text).toBe('إصلاح الخلل على وجه السرعة');
    expect(cs[0]!.content.text).toBe('توقف المكيفات دفع البعض الى استخدام الصحف في التهوية');
  });

  it('a bare object of تعهد is its content too', async () => {
    const c = (await extract('وتعهدت الوزارة رفع الغطاء القانوني عن كل من يثبت تورطه.')).claims[0];
    expect(c?.content.text).toBe('رفع الغطاء القانوني عن كل من يثبت تورطه');
  });
});

describe('round 16: a role is not given the name in its verb object', () => {
  it('وزير الخارجية القطري مواصلة إيران دعمها لنظام بشار الأسد … وأضاف الوزير القطري: the minister is not Assad', async () => {
    const text = 'انتقد وزير الخارجية القطري مواصلة إيران دعمها لنظام بشار الأسد. وأضاف الوزير القطري: «نعمل جميعا في اتجاه تحقيق حالة حسن الجوار».';
    const c = (await extract(text)).claims.find((x) => x.cue.text === 'وأضاف');
    expect(c?.speaker?.name).not.toBe('بشار الأسد');
  });
});

describe('round 16: the newspaper that learned something (وعلمت "الوطن" أن …) is its source', () => {
  it.each([
    ['وعلمت "الوطن" أن الاختلاف كان في بعض البنود منها نسبة الشركة في التسويق.', 'الوطن'],
    ['وعلمت الصحيفة أن هذا الإجراء جاء بسبب ارتفاع نسبة الشكاوى.', 'الصحيفة'],
    ['وعلمت «المدينة» من مصادر موثقة أن عددا من كبار رجال الأعمال غادروا.', 'مصادر موثقة'],
  ])('%s', async (text, speaker) => {
    const c = (await extract(text)).claims[0];
    expect(c?.speaker?.text).toBe(speaker);
  });

  it('no outlet, no claim: وعلمت أن … (the writer)', async () => {
    expect((await extract('وعلمت أن كاميرون قرر إجراء الاستفتاء في حزيران.')).claims).toEqual([]);
  });
});

describe('round 16: a one-word description is a claim of وصف', () => {
  it('ووصف الوزير الاتفاق بأنه تاريخي', async () => {
    const c = (await extract('ووصف الوزير الاتفاق بأنه تاريخي.')).claims[0];
    expect(c?.content.text).toBe('تاريخي');
    expect(c?.speaker?.text).toBe('الوزير');
  });
});

describe('round 16: more cues (أجمع على أن، اقترح)', () => {
  it.each([
    ['وأجمع عدد من الأطباء على أن الوضع خطير ولا يطاق.', 'وأجمع', 'الوضع خطير ولا يطاق'],
    ['واقترح الوزير توزيع العيادات على المستوصفات الحكومية.', 'واقترح', 'توزيع العيادات على المستوصفات الحكومية'],
    ['واعترف الوزير بوقوع بعض الأخطاء في التنفيذ.', 'واعترف', 'وقوع بعض الأخطاء في التنفيذ'],
  ])('%s', async (text, cue, content) => {
    const c = (await extract(text)).claims.find((x) => x.cue.text === cue);
    expect(c?.content.text).toBe(content);
  });

  it('يقترح in an instruction is no claim', async () => {
    expect((await extract('ويقترح بالرجوع إلى الخلف من المسار والتوجه إلى نافذة الكابينة.')).claims).toEqual([]);
  });
});

describe('round 16: خادم الحرمين الشريفين is an epithet, not the speaker', () => {
  it.each([
    ['كشف سفير خادم الحرمين الشريفين في أثينا عصام بن إبراهيم بيت المال في تصريح إلى "الوطن"، أمس أن الاستثمارات السعودية في اليونان متواضعة.', 'عصام بن إبراهيم'],
    ['وقال خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز إن المملكة ماضية في الإصلاح.', 'سلمان بن عبدالعزيز'],
  ])('%s', async (text, name) => {
    const c = (await extract(text)).claims[0];
    expect(c?.speaker?.name.startsWith(name)).toBe(true);
    expect(c?.speaker?.role).toMatch(/خادم الحرمين الشريفين/);
  });
});

describe('round 16: a source named in a phrase inside another claim is the one a later المصدر names', () => {
  it('…، حسب ما أكده مصدر مسؤول آنذاك. وبين المصدر أن … (shortened)', async () => {
    const text =
      'أعلنت شركة جدة للتنمية والتطوير العمراني عن البدء في استقبال الملاك، حيث ذكرت أن إمارة منطقة مكة المكرمة وافقت على خطة جديدة لتطوير حي الرويس، حسب ما أكده مصدر مسؤول آنذاك. وبين المصدر، أن الخطة الجديدة لتطوير الحي أعطت كثيرا من الخيارات للملاك. وأوضحت الشركة أن حدود منطقة التطوير تبدأ شمالا من شارع فلسطين.';
    const cs = (await extract(text)).claims;
    expect(cs.find((c) => c.cue.text === 'وبين')?.speaker?.name).toBe('مصدر مسؤول');
    expect(cs.find((c) => c.cue.text === 'وأوضحت')?.speaker?.name).toMatch(/^شركة جدة/);
  });
});

describe('round 16: ب right after a ب-verb opens its object; بان كي مون is a name', () => {
  it.each([
    ['وطالب الأمين العام للأمم المتحدة بان كي مون بوقف إطلاق النار.', 'بان كي مون', 'وقف إطلاق النار'],
    ['وقال الأمين العام للأمم المتحدة بان كي مون إن الوضع خطير.', 'بان كي مون', 'الوضع خطير'],
  ])('%s', async (text, speaker, content) => {
    const c = (await extract(text)).claims[0];
    expect(c?.speaker?.text).toBe(speaker);
    expect(c?.content.text).toBe(content);
  });

  it('هدد بضرب …: the ب-object is never the speaker', async () => {
    const cs = (await extract('نشطاء نظموا حملات لمقاطعة الشركات، وبعضهم هدد بضرب أبراجها الموزعة في مناطق العاصمة بغداد.')).claims;
    expect(cs.every((c) => c.speaker?.text !== 'بضرب')).toBe(true);
  });
});

describe('round 16: a role said again names the untagged person the text gave it', () => {
  it('وزير حقوق الإنسان والإغاثة اليمني ← وزير حقوق الإنسان والإغاثة باليمن عز الدين الأصبحي', async () => {
    const text =
      'التقى النائب الثاني للرئيس السوداني حسبو محمد عبدالرحمن بمكتبه اليوم، وزير حقوق الإنسان والإغاثة باليمن عز الدين الأصبحي الذي يزور الخرطوم حالياَ. وأعلن وزير حقوق الإنسان والإغاثة اليمني أنه سيتم وضع آلية مناسبة مع الجهات المختصة في السودان.';
    const c = (await extract(text)).claims.find((x) => x.cue.text === 'وأعلن');
    expect(c?.speaker?.name.startsWith('عز الدين')).toBe(true);
  });
});

describe('round 16: an attribution source with its name in apposition', () => {
  it('وبحسب مدير المشروع، المهندس سعيد الوادعي، فإن …', async () => {
    const cs = (await extract('وبحسب مدير المشروع، المهندس سعيد الوادعي، فإن الخطوة تهدف إلى حماية مياه زمزم من التلوث. وأوضح أنه تم اعتماد ناقل لتوزيع المياه.')).claims;
    expect(cs[0]?.speaker?.name).toBe('سعيد الوادعي');
    expect(cs[0]?.content.text).toBe('الخطوة تهدف إلى حماية مياه زمزم من التلوث');
    expect(cs[1]?.speaker?.name).toBe('سعيد الوادعي');
  });
});

describe('round 16: a « written for » a few words after an open «, and an event with its ل-complement', () => {
  it('مرشح فريق «8 مارس « … the quotation still closes at its »', async () => {
    const text =
      'لفت وزير العدل أشرف ريفي في تصريح امس «انه لولا البزة العسكرية لما وصل العماد عون الى ما وصل اليه في السياسة»،.وأكد أنه «لا يمكن لتيار المستقبل أن يقبل بعون رئيساً لأنه مرشح فريق «8 مارس « وقام بتأمين الغطاء المسيحي لمشروع «حزب الله» وإيران في لبنان»، مشيراً الى أن «مشكلة جدية لدى عون مع الساحة السنية». وأضاف ريفي : «إن التقاء الحزب مع التيار هو تكتيكي لا استراتيجي».';
    const cs = (await extract(text)).claims;
    expect(cs.map((c) => c.cue.text)).toEqual(['لفت', 'وأكد', 'مشيراً', 'وأضاف']);
  });

  it('وادعى بعد اجتماع استثنائي لتكتل التغيير والاصلاح …: pro-drop, the speaker before', async () => {
    const text = 'وزعم النائب العماد ميشال عون ان الحكومة تحاول القيام بانقلاب. وادعى بعد اجتماع استثنائي لتكتل التغيير والاصلاح في الرابية امس ، أن كل قرارات الحكومة تعسفية.';
    const c = (await extract(text)).claims.find((x) => x.cue.text === 'وادعى');
    expect(c?.speaker?.name).toBe('ميشال عون');
  });
});

describe('round 16: a dual role (وزيرا الداخلية) names the pair that spoke with that role', () => {
  it('ورأى وزير الداخلية الفرنسي برنار كازنوف ونظيرته البريطانية تيريزا ماي … وتابع وزيرا الداخلية …', async () => {
    const text =
      'ورأى وزير الداخلية الفرنسي برنار كازنوف ونظيرته البريطانية تيريزا ماي أن الإجراءات الجديدة توجه "رسالة واضحة". وتابع وزيرا الداخلية أن أزمة الهجرة الشاملة تتطلب رداً أوروبياً ودولياً.';
    const c = (await extract(text)).claims.find((x) => x.cue.text === 'وتابع');
    expect(c?.speaker?.name).toMatch(/كازنوف/);
  });
});

describe('round 16: an anonymous source with its body quoted after بـ; an accusation charge after a plural subject', () => {
  it('من جانبه بيّن مصدر مسؤول بـ"كهرباء جازان" أن …', async () => {
    const c = (await extract('من جانبه بيّن مصدر مسؤول بـ"كهرباء جازان" أن العائق الأساسي يكمن في عدم توافر الأدوات لدى الشركات المتعهدة.')).claims[0];
    expect(c?.speaker?.text).toBe('مصدر مسؤول');
  });

  it('اتهم مواطنون الشركة المتعهدة بالمماطلة …', async () => {
    const c = (await extract('اتهم مواطنون الشركة المتعهدة بالمماطلة منذ أشهر في تركيب عدّاد كهرباء لمنازلهم.')).claims[0];
    expect(c?.speaker?.text).toBe('مواطنون');
    expect(c?.content.text.startsWith('الشركة المتعهدة')).toBe(true);
  });
});

describe('round 16: the lede names a role, the next sentence the person', () => {
  it('انتقد وزير الخارجية القطري … وقال الدكتور خالد العطية …', async () => {
    const text = 'انتقد وزير الخارجية القطري مواصلة إيران دعمها لنظام بشار الأسد. وقال الدكتور خالد العطية في مقابلة إن الاتفاق النووي هو أفضل السبل لتسوية الخلافات.';
    const cs = (await extract(text)).claims;
    expect(cs.map((c) => c.speaker?.name)).toEqual(['خالد العطية', 'خالد العطية']);
  });

  it('a different role next names someone else: the lede role stays unnamed', async () => {
    const text = 'قال وزير الخارجية الأمريكي إن المحادثات كانت مثمرة. وقال نظيره الروسي سيرجي لافروف إن الخلافات ما زالت قائمة.';
    const cs = (await extract(text)).claims;
    expect(cs[0]?.speaker?.name).not.toBe('سيرجي لافروف');
  });
});

describe('round 16: a fronted topic with its own cue ends the clause before it', () => {
  it('… وتعالى وعن ازمة مستحقات ناديه لدى الاهلي قال ان …', async () => {
    const cs = (await extract('وأشار بادغيش الى ان لاعبي فريقه جاهزون نفسيا ولا ينقصهم الا التوفيق من الله سبحانه وتعالى وعن ازمة مستحقات ناديه لدى الاهلي قال ان ادارة ناديه وكلت الموضوع للجنة فض المنازعات.')).claims;
    expect(cs.map((c) => c.content.text)).toEqual(['لاعبي فريقه جاهزون نفسيا ولا ينقصهم الا التوفيق من الله سبحانه وتعالى', 'ادارة ناديه وكلت الموضوع للجنة فض المنازعات']);
  });
});

describe('round 16: أجمع as "the whole" is no cue', () => {
  it('العالم أجمع', async () => {
    expect((await extract('ونتمنى أن يعم السلام العالم أجمع ويعيده بالخير والاستقرار على الجميع.')).claims).toEqual([]);
  });
});

describe('round 16: المسؤول after an anonymous source is that source', () => {
  it('وقال لـ"الاقتصادية" مصدر في الوزارة، إنها … وأضاف المسؤول الذي فضل عدم الإفصاح عن اسمه أن …', async () => {
    const text =
      'وقال لـ"الاقتصادية" مصدر في الوزارة، إنها خاطبت ثلاثة آلاف مواطن من مستحقي الوحدات السكنية. وأضاف المسؤول الذي فضل عدم الإفصاح عن اسمه أن الوزارة وقعت ألفي عقد مع ثماني شركات تطوير.';
    const cs = (await extract(text)).claims;
    expect(cs[1]?.speaker?.name).toBe('مصدر في الوزارة');
  });
});

describe('round 16: a role the document gives one person only names that person', () => {
  it('المبعوث الأممي لليمن ← المبعوث الأممي إلى اليمن إسماعيل ولد الشيخ أحمد (mentioned later)', async () => {
    const text =
      'وقال المبعوث الأممي لليمن إن المشاورات ستستأنف قريبا. وكان المبعوث الأممي إسماعيل ولد الشيخ أحمد قد التقى الرئيس اليمني في الرياض أمس.';
    const c = (await extract(text)).claims[0];
    expect(c?.speaker?.name).toMatch(/إسماعيل ولد الشيخ/);
  });

  it('two persons with that role: the role stays unnamed', async () => {
    const text =
      'وقال الوزير إن المشاورات ستستأنف قريبا. والتقى الوزير عادل الجبير نظيره الوزير جون كيري في جنيف أمس.';
    const c = (await extract(text)).claims[0];
    expect(c?.speaker?.name).toBe('الوزير');
  });
});

describe('round 16: a clause word before the cue is no speaker', () => {
  it('… ولذلك يتساءلون: هل …؟ (the speakers are the ones in play)', async () => {
    const cs = (await extract('وقال عدد من المستبعدين من الوظائف التعليمية إن القرار فاجأهم. ولذلك يتساءلون: هل يجوز معالجة الخطأ بخطأ؟')).claims;
    const c = cs.find((x) => x.cue.text === 'يتساءلون');
    expect(c?.speaker?.kind).toBe('implicit');
    expect(c?.speaker?.name).not.toBe('ولذلك');
  });
});

describe('round 16: a quantity and its partitive من are one anonymous speaker', () => {
  it.each([
    ['وحذر عدد من الخبراء من تداعيات الأزمة على الاقتصاد.', 'عدد من الخبراء', 'تداعيات الأزمة على الاقتصاد'],
    ['وقال عدد من الخبراء إن السوق مستقرة.', 'عدد من الخبراء', 'السوق مستقرة'],
  ])('%s', async (text, speaker, content) => {
    const c = (await extract(text)).claims[0];
    expect(c?.speaker?.text).toBe(speaker);
    expect(c?.speaker?.kind).toBe('anonymous');
    expect(c?.content.text).toBe(content);
  });
});
