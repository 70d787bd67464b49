/**
 * Round 43 (a thirty-eighth audit: 180 claims of 400 SaudiNewsNet articles drawn fresh, judged blind): a company or a
 * party named by its bare head resolved to the body that spoke just before, a lede role not named by a phrase that
 * only looks like a name, circulars and letters as subjects, a verbal noun with its pronoun as the object, an event
 * phrase before the cue's own preposition, a conjoined قال or participle closing the words before it, and cue
 * spellings that are prepositions, adjectives or nouns. Rows are real sentences of SaudiNewsNet articles, shortened.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const claimsOf = async (text: string) =>
  (await extract(text)).claims.map((c) => ({ cue: c.cue.text, speaker: c.speaker?.name ?? null, written: c.speaker?.text ?? null, role: c.speaker?.role ?? null, content: c.content.text }));

describe('round 43: a bare head that stands for a body named by its own name', () => {
  it('الشركة after a company that spoke in the sentence before (أعلنت تويتر … وأوضحت الشركة)', async () => {
    const cs = await claimsOf('أعلنت تويتر الأربعاء عن إطلاق نسخة من تطبيقها مطورة خصيصا للنظام الجديد.\nوأوضحت الشركة في منشور على مدونتها أنه يمكن لمستخدمي التطبيق الجديد رؤية التغريدات دون تسجيل الدخول.');
    expect(cs[1]).toEqual(expect.objectContaining({ cue: 'وأوضحت', written: 'الشركة', speaker: 'تويتر' }));
  });

  it('… or that issued a statement the sentence before (أصدرت الخطوط الجوية الكويتية بياناً … وقالت الشركة)', async () => {
    const cs = await claimsOf('أصدرت الخطوط الجوية الكويتية بياناً توضيحياً بشأن ما نُشر اليوم حول سماح أحد طياريها بإدخال راكبتين إلى قمرة القيادة.\n وقالت الشركة إنها علمت بالخبر اليوم وستقوم بإجراء تحقيق شامل حوله.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'وقالت', written: 'الشركة', speaker: 'الخطوط الجوية الكويتية' })]);
  });

  it('not a ministry or an outlet quoted before (قالت رويترز … وقالت الشركة stays the company)', async () => {
    const cs = await claimsOf('قالت وكالة رويترز إن الصفقة تأجلت إلى الشهر المقبل.\nوقالت الشركة إنها ستعلن التفاصيل قريبا.');
    expect(cs[1]).toEqual(expect.objectContaining({ cue: 'وقالت', speaker: 'الشركة' }));
  });
});

describe('round 43: a role or a document resolved through the article', () => {
  it('a role with a nationality is the person the text gave it (أعرب البرتغالي جوزيه مورينيو … وأوضح المدرب البرتغالي)', async () => {
    const cs = await claimsOf('أعرب البرتغالي جوزيه مورينيو المدير الفني لفريق تشيلسي عن رضاه. وأوضح المدرب البرتغالي "اعتمدنا خلال ثلث الساعة الأخير على اللعب بلويك ريمي".');
    expect(cs).toEqual([expect.objectContaining({ cue: 'وأوضح', written: 'المدرب البرتغالي', speaker: 'جوزيه مورينيو' })]);
  });

  it('… not a group’s nisba, nor a woman’s role (القيادي الحوثي، المسؤولة الأوروبية)', async () => {
    const a = await claimsOf('وكان الرئيس اليمني السابق علي عبد الله صالح الحوثي قد ظهر أمس. وقال القيادي الحوثي إن الانتصارات مجرد إشاعات.');
    expect(a.at(-1)!.speaker).toBe('القيادي الحوثي');
    const b = await claimsOf('والتقى رئيس المفوضية الأوروبي جان كلود يونكر بالوفد أمس. وقالت المسؤولة الأوروبية إن التحديات كبيرة جدا.');
    expect(b.at(-1)!.speaker).toBe('المسؤولة الأوروبية');
  });

  it('a report that "came" is a body’s, not the last person quoted (وقالت سامانثا باور … وجاء في التقرير)', async () => {
    const cs = await claimsOf('وهدد مجلس الأمن الدولي بفرض عقوبات على مستخدمي الأسلحة الكيماوية. وقالت مندوبة الولايات المتحدة بالأمم المتحدة سامانثا باور إن من الضروري محاسبة المسؤولين عن الهجمات.\n وجاء في التقرير أن المجلس سيرد على توصيات بان خلال خمسة أيام.');
    const c = cs.find((x) => x.cue === 'وجاء في');
    expect(c!.speaker).not.toBe('سامانثا باور');
  });
});

describe('round 43: a lede role is named only by a name', () => {
  it('a document phrase read as a name names no role (ويورد جدول أعمال مبدئي وضعته …)', async () => {
    const cs = await claimsOf(':قال نائب مندوب السودان بالأمم المتحدة إن الرئيس السوداني عمر حسن البشير يعتزم السفر إلى نيويورك في سبتمبر.\nويورد جدول أعمال مبدئي وضعته المنظمة الدولية خاص بقمة التنمية المستدامة اسم الرئيس السوداني على أنه سيلقي كلمة في 26 سبتمبر.');
    expect(cs[0]).toEqual(expect.objectContaining({ cue: 'قال', speaker: 'نائب مندوب السودان بالأمم المتحدة' }));
  });

  it('nor an imperfect verb (واشار الباحث … يتضاعف)', async () => {
    const text = 'واشار الباحث في الشؤون الزراعية الى ان منطقة شمال افريقيا والشرق الاوسط تستقطب ثلث مشتريات القمح في العالم. وقال يتضاعف إن الاستهلاك سيزيد.';
    const cs = await claimsOf(text);
    expect(cs[0]!.speaker).not.toBe('يتضاعف');
  });

  it('a one-word surname the tagger missed still names the role (قال رئيس البنك … كاماتخا)', async () => {
    const cs = await claimsOf('قال رئيس البنك إن على دول بريكس العمل على تحقيق المزيد من التقارب.\nوقال كاماتخا إن البنك سيبدأ الإقراض العام المقبل.');
    expect(cs[0]).toEqual(expect.objectContaining({ cue: 'قال', speaker: 'كاماتخا' }));
  });
});

describe('round 43: the subject and the object after a cue', () => {
  it('a circular as the subject (وكشف تعميم صادر … أن)', async () => {
    const cs = await claimsOf('وكشف تعميم صادر مؤخرا أن وزير البلديات قام بالتوجيه للإدارة العامة للشؤون الإدارية والمالية بالعرض له عن تلك الأخطاء.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'وكشف', written: 'تعميم صادر' })]);
  });

  it('a verbal noun with its pronoun right after the cue is the object (أكد تصميمه القوي على …)', async () => {
    const cs = await claimsOf('وقال اللاعب حسين آل حزام إنه جاهز للبطولة. كما أكد تصميمه القوي على انتزاع احدى الميداليات بفضل استعداده الجيد لهذه البطولة.');
    const c = cs.find((x) => x.cue === 'أكد');
    expect(c).toEqual(expect.objectContaining({ written: null, speaker: 'حسين آل حزام' }));
  });

  it('an event with its complements and commas before the cue’s preposition (وشدد … خلال جولته …، على ضرورة …)', async () => {
    const cs = await claimsOf('وشدد آل الشيخ خلال جولته التفقدية لمشاريع الوزارة بالعاصمة المقدسة، والمشاعر البارحة الأولى، على ضرورة جاهزية جميع المشاريع قبل موسم الحج بوقت كاف.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'وشدد', content: 'ضرورة جاهزية جميع المشاريع قبل موسم الحج بوقت كاف' })]);
    const b = await claimsOf('وأشار الوزير خلال جولته التفقدية لمشاريع الوزارة بالعاصمة المقدسة، والمشاعر أمس إلى وجود تنسيق كامل بين الوزارات.');
    expect(b).toEqual([expect.objectContaining({ cue: 'وأشار', content: 'وجود تنسيق كامل بين الوزارات' })]);
  });

  it('… but not past the object itself (أعلنت … في بيان أمس المسؤولية عن …; زيارته إلى الرياض إلى أن …)', async () => {
    const a = await claimsOf('أعلنت حركة طالبان الباكستانية في بيان أمس المسؤولية عن قتل القاضي طاهر خان نيازي أحد قضاة محكمة ابتدائية في مدينة روالبندي.');
    expect(a[0]!.content).toMatch(/^المسؤولية عن قتل القاضي/);
    const b = await claimsOf('وأشار الوزير خلال زيارته إلى الرياض إلى أن التنسيق كامل بين الوزارات.');
    expect(b).toEqual([expect.objectContaining({ content: 'التنسيق كامل بين الوزارات' })]);
  });
});

describe('round 43: where the words end', () => {
  it('a conjoined قال with a future verb opens the speaker’s next claim, with no comma (… وقال سيتم …)', async () => {
    const cs = await claimsOf('وأكد الوزير أن المشروع مهم للمنطقة وقال سيتم العمل على آليات حديثة في التسويق.');
    expect(cs).toEqual([
      expect.objectContaining({ cue: 'وأكد', content: 'المشروع مهم للمنطقة' }),
      expect.objectContaining({ cue: 'وقال', speaker: 'الوزير', content: 'سيتم العمل على آليات حديثة في التسويق' }),
    ]);
  });

  it('… not one of another gender (وأكدت الوزيرة … وقال سيتم stays in her words)', async () => {
    const cs = await claimsOf('وأكدت الوزيرة أن المشروع مهم للمنطقة وقال سيتم العمل على آليات حديثة في التسويق.');
    expect(cs).toHaveLength(1);
  });

  it('the speaker’s participle before a nominal object closes the words, with no comma (… مبيناً أهمية …)', async () => {
    const cs = await claimsOf('وبين المهندس سالم القرني أن محافظة بلقرن تنتج إنتاج مميز ويشهد سوقها توزيعاً للمنتج وبشكل فعال مبيناً أهمية إيجاد نقاط تسويقية للمنتج في مدن المملكة.');
    expect(cs[0]!.content).toBe('محافظة بلقرن تنتج إنتاج مميز ويشهد سوقها توزيعاً للمنتج وبشكل فعال');
  });
});

describe('round 43: words in brackets and a trailing attribution with its outlet', () => {
  it('words in brackets after أن end at the bracket when the writer’s own clause follows (أن (…) وهذا التوجيه …)', async () => {
    const cs = await claimsOf('أوضح الملك سلمان عبر كلمته لدى استقباله رؤساء الأندية أن (التنافس الرياضي يجب أن تحكمه قيمنا وأخلاقنا بنبذ التعصب بين أبناء الوطن الواحد) وهذا التوجيه الأبوي يجب أن يكون نبراسا لشباب الوطن.');
    expect(cs).toEqual([expect.objectContaining({ content: '(التنافس الرياضي يجب أن تحكمه قيمنا وأخلاقنا بنبذ التعصب بين أبناء الوطن الواحد)' })]);
  });

  it('a trailing attribution whose source spoke to an outlet attributes the whole clause (… وفقاً لما ذكره مصدر أمني أردني لـ"سبق"، فيما …)', async () => {
    const cs = await claimsOf('وتمكنت إدارة مكافحة المخدرات بالأردن من إحباط محاولة تهريب كمية كبيرة من الحبوب المخدرة للسعودية خبئت داخل صحون كرتونية وفقاً لما ذكره مصدر أمني أردني لـ"سبق"، فيما تم القبض على المتهم الرئيس في القضية.');
    expect(cs).toEqual([expect.objectContaining({ speaker: 'مصدر أمني أردني' })]);
    expect(cs[0]!.content).toMatch(/^وتمكنت إدارة مكافحة المخدرات بالأردن من إحباط محاولة تهريب/);
  });
});

describe('round 43: cue spellings that report nothing', () => {
  it('بين as "among" (فيما بين دول المجلس، ما بين …)', async () => {
    expect(await claimsOf('هذا التعاون يقوم على التنسيق المتكامل فيما بين دول المجلس.. والهدف منه أن تقدم كل مؤسسة ساعة بث.')).toEqual([]);
  });

  it('… but فيما بيّن + a name is "while X explained"', async () => {
    const cs = await claimsOf('وانطلق البرنامج عام 2011 ويستمر لعشر سنوات. فيما بين ثامر النزال أحد المشرفين على تنفيذ اللوحة أن اللوحة تشمل دعوة للسلام بكل اللغات.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'بين', content: 'اللوحة تشمل دعوة للسلام بكل اللغات' })]);
  });

  it('أجمع after a definite noun behind و and ل (وللعالم أجمع)', async () => {
    expect(await claimsOf('التحالف تتقاطع فيه المصالح، واستمراره فيه منفعة للمنطقة وللعالم أجمع، كما أن ترميمه يصب في استمرار نجاحه.')).toEqual([]);
  });

  it('كتب as "books" after a quantifier (على بعض كتب التراث)', async () => {
    expect(await claimsOf('ثم أخذ إلى التصحيح والاستدراكات على بعض كتب التراث أمثال: «الحيوان» للجاحظ، و«الأغاني» للأصفهاني.')).toEqual([]);
  });

  it('the impersonal على ما يعتقد before a prepositional phrase (… على ما يعتقد بصناديق الخصخصة)', async () => {
    expect(await claimsOf('وتتعلق هاتان المسألتان على ما يعتقد بصناديق الخصخصة التي يدعو الدائنون الى انشائها.')).toEqual([]);
  });
});
