/**
 * Round 19 (two new sets of news, 57 and 58): a name opening its sentence with its description in brackets; the
 * person's name between commas after a description; a verb in a clause of time with no complement of its own is no
 * new cue; a plural participle after a body in play takes the plural subject of its sentence, also after a fronted
 * phrase; "but it" with no earlier speaker takes the clause's subject; a demand through ب names its addressee first.
 * Rows are real sentences of the annotated sets (SaudiNewsNet), shortened.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const claimsOf = async (text: string) =>
  (await extract(text)).claims.map((c) => ({ cue: c.cue.text, speaker: c.speaker?.name ?? null, text: c.speaker?.text ?? null, content: c.content.text }));

describe('round 19: speakers', () => {
  it('a name opening its sentence, its description in brackets, then a comma and the cue', async () => {
    const cs = await claimsOf('وتشهد الكلية تدنيا في مستوى النظافة. محمد عبدالله (أحد أولياء الأمور)، يقول: «بناتنا يذهبن إلى فرع الكلية المكتظة بالطالبات».');
    expect(cs).toEqual([expect.objectContaining({ cue: 'يقول', speaker: 'محمد عبدالله', content: 'بناتنا يذهبن إلى فرع الكلية المكتظة بالطالبات' })]);
  });

  it('a description, then the name between commas right before the complement', async () => {
    const cs = await claimsOf('وأكد أحد اصحاب محال الخضار، أحمد العلي، أن سعر التين هذا العام لم يشهده السوق من قبل.');
    expect(cs[0]).toMatchObject({ cue: 'وأكد', speaker: 'أحمد العلي', content: 'سعر التين هذا العام لم يشهده السوق من قبل' });
  });

  it('a role, then the name between commas', async () => {
    const cs = await claimsOf('وقال المتحدث باسم الوزارة، خالد الشمري، إن الوفد وصل إلى جنيف مساء أمس.');
    expect(cs[0]).toMatchObject({ speaker: 'خالد الشمري', content: 'الوفد وصل إلى جنيف مساء أمس' });
  });

  it('a plural participle after a body in play: the plural subject of its sentence, after a fronted phrase too', async () => {
    const text =
      'ودعت لجنة المهجرين والنازحين بالبرلمان الحكومة إلى استنفار كافة إمكاناتها. وفي العراق نفسه، خرج مئات المتظاهرين إلى ساحة التحرير مطالبين بمحاكمة من سموهم الفاسدين.';
    const cs = await claimsOf(text);
    expect(cs.find((c) => c.cue === 'مطالبين')).toMatchObject({ speaker: 'مئات المتظاهرين', content: 'محاكمة من سموهم الفاسدين' });
  });

  it('"but it" with no speaker before it: the subject of the clause', async () => {
    const cs = await claimsOf('ولم تحدد الحكومة حتى الآن جدولا زمنيا لعملية البيع، لكنها قالت سابقا إنها قد تتم خلال الربع الرابع من العام الحالي.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'قالت', speaker: 'الحكومة', content: 'قد تتم خلال الربع الرابع من العام الحالي' })]);
  });
});

describe('round 19: cues and contents', () => {
  it('a verb in a clause of time with no complement of its own is no new cue: the quotation is the speaker’s', async () => {
    const cs = await claimsOf('وقالت نجمة الكانتري دولي بارتون بعد أن علمت بوفاة أندرسون “لين تفتحت في حديقة زهور الرب الآن.. سنفتقدها وسنتذكرها بكل الحب.”');
    expect(cs).toHaveLength(1);
    expect(cs[0]!.cue).toBe('وقالت');
    expect(cs[0]!.speaker).toContain('بارتون');
    expect(cs[0]!.content).toContain('سنفتقدها وسنتذكرها بكل الحب');
  });

  it('a verb in a clause of time with its own complement still reports', async () => {
    const cs = await claimsOf('أعلن المدير التنفيذي لشركة توشيبا، هيساو تاناكا، استقالته بعدما كشفت الشركة أنها بالغت في حساب أرباحها في الأعوام الستة الأخيرة.');
    expect(cs.map((c) => c.cue)).toEqual(['أعلن', 'كشفت']);
    expect(cs[1]).toMatchObject({ speaker: 'توشيبا', content: 'بالغت في حساب أرباحها في الأعوام الستة الأخيرة' });
  });

  it('a demand through ب names its plural addressee first', async () => {
    const cs = await claimsOf('ونصحت الوزارة المواطنين بتأجيل أداء المناسك هذا العام.');
    expect(cs[0]).toMatchObject({ cue: 'ونصحت', speaker: 'الوزارة', content: 'تأجيل أداء المناسك هذا العام' });
  });
});

describe('round 19: words no speaker is written as (audit of 300 claims on unlabeled news)', () => {
  it.each([
    ['a noun with its possessive pronoun', 'وأعلن نائب رئيس الوزراء نعمان قورتولموش أن 32 جريحا ما زالوا في المستشفى. وقال في مؤتمر صحافي عقده في شانلي اورفة إن التحقيق مستمر.', 'عقده', 'نعمان قورتولموش'],
    ['a manner adverbial after the cue', 'وسألته: مع مين؟ فرد يوسف بسرعة: مع عمر. فقال ببساطة: عمر الشريف هو الذي سيمثل الدور.', 'ببساطة', 'يوسف'],
  ])('%s', async (_, text, junk, speaker) => {
    const cs = await claimsOf(text);
    expect(cs.length).toBeGreaterThan(0);
    for (const c of cs) expect(c.speaker).not.toBe(junk);
    expect(cs[cs.length - 1]!.speaker).toContain(speaker);
  });

  it('a relative, a sound plural or a body with its pronoun is still a speaker', async () => {
    expect((await claimsOf('وقال والدهما إنه تم البحث عنهما خلال الأيام الأولى من اختفائهما.'))[0]).toMatchObject({ text: 'والدهما' });
    expect((await claimsOf('وقال مطوروها إنها أول خوذة ذكية للدراجات الهوائية في العالم.'))[0]).toMatchObject({ text: 'مطوروها' });
    expect((await claimsOf('لكن هذا التصرف لم يكن مسليا لجيرانها، حيث قال أحدهم «كان الأمر فظيعا عند النظر إلى الصورة».'))[0]).toMatchObject({ text: 'أحدهم' });
  });

  it('"another one" and "the latter" are people', async () => {
    expect((await claimsOf('وقال أحد العمال إن الأجور تأخرت. وقال آخر إن السكن غير لائق.'))[1]).toMatchObject({ text: 'آخر' });
    const cs = await claimsOf('اتصل عز بالجراج يسأل عن السيارة فقال له الأخير إن السائق خرج بها منذ الصباح.');
    expect(cs[0]).toMatchObject({ text: 'الأخير' });
  });

  it('a quoted name before a trailing attribution is no quotation: the clause is the content', async () => {
    const cs = await claimsOf('ومن المقرر أن يتولى مصرف «دويتشه بنك» مهمة تنسيق عملية الاكتتاب الخاصة بمصرف «إيه بي إن أمرو» على مستوى العالم بحسب مجموعة «إن إل فايننشيال إنفيستمينتس» المشرفة على ممتلكات الحكومة.');
    expect(cs).toHaveLength(1);
    expect(cs[0]!.content).toContain('يتولى مصرف');
    expect(cs[0]!.speaker).toContain('إنفيستمينتس');
  });
});

describe('round 19: the writer’s own voice', () => {
  it('a first-person present written with a hamza (أعتقد، أعتبر) reports no one', async () => {
    expect(await claimsOf('لا أحد يعرف ما سيحدث غدا. وأعتقد أن الحل يكمن في الحوار بين الأطراف.')).toEqual([]);
    expect(await claimsOf('أعتبر أن الموسم الماضي كان من أسوأ المواسم للحكام.')).toEqual([]);
  });

  it('the past with its joining alif still reports', async () => {
    const cs = await claimsOf('واعتبر الوزير أن الحل يكمن في الحوار بين الأطراف.');
    expect(cs[0]).toMatchObject({ cue: 'واعتبر', speaker: 'الوزير' });
  });

  it('inside quoted or colon speech, a first-person أعتقد does not end the speaker’s words', async () => {
    const cs = await claimsOf(
      'وقال مروان دفتردار في تعليقه على مقطع الفيديو الذي ظهر فيه المدرب وهو يقوم بحركة اعتبرت غير مقبولة جماهيريا : أستغرب من محاولة الإساءة للمدرب، وأعتقد أن ما قام به حركة تعبر عن القوة والتحدي.',
    );
    expect(cs).toHaveLength(1);
    expect(cs[0]).toMatchObject({ cue: 'وقال', speaker: 'مروان دفتردار' });
    expect(cs[0]!.content).toContain('وأعتقد أن ما قام به حركة تعبر عن القوة والتحدي');
  });
});

describe('round 19: "which X confirmed"', () => {
  it('وهو ما أكده X points at what X said: no claim of its own', async () => {
    expect(await claimsOf('ووجد الباحث ثغرة خطيرة جدا في التطبيق، وهو ما أكدته واتس آب لاحقا برسالة رسمية.')).toEqual([]);
    expect(await claimsOf('وبقي مصير الحارس مع الريال معلقا وغامضا، وهو ما أشار إليه نافاس نفسه بعد نهاية الموسم.')).toEqual([]);
  });

  it('after a quotation it still reports', async () => {
    const q = await claimsOf('"النادي يعلم رغبتي، أريد الرحيل"، هذا ما قاله موتا بعد المباراة الودية.');
    expect(q[0]).toMatchObject({ cue: 'قاله', speaker: 'موتا', content: 'النادي يعلم رغبتي، أريد الرحيل' });
  });
});

describe('round 19: a participle after a fronted phrase', () => {
  it('the subject of the verb after "من ناحية ثانية،" outranks the last speaker', async () => {
    const cs = await claimsOf(
      'وقال عبد الله المحيسني إن الحرب طويلة. من ناحية ثانية، يعبر البروفسور الأميركي جوشوا لانديس، الخبير بالشؤون السورية، عن الخطر الذي يهدد العلويين، معتبرا أن الولايات المتحدة تخلت عنهم.',
    );
    expect(cs.find((c) => c.cue === 'معتبرا')).toMatchObject({ speaker: 'جوشوا لانديس' });
  });

  it('but a masculine verb never lends its subject to a feminine participle', async () => {
    const cs = await claimsOf(
      'أفادت مصادر «عكاظ» أن اشتباكات ليلية وقعت في العاصمة. من جهة أخرى، نجح الجيش الوطني والمقاومة الشعبية في السيطرة على مدينة قعطبة، متوقعة التقدم نحو يريم القريبة.',
    );
    const c = cs.find((x) => x.cue === 'متوقعة');
    expect(c?.speaker ?? '').not.toContain('الجيش');
  });
});

describe('round 19: where a body’s name ends', () => {
  it('a place whose name starts with ب stays in the body’s name (قيادة عمليات بغداد)', async () => {
    const cs = await claimsOf('وأعلنت قيادة عمليات بغداد في وقت سابق تحرير معظم مناطق الكرمة.');
    expect(cs[0]).toMatchObject({ text: 'قيادة عمليات بغداد', content: 'تحرير معظم مناطق الكرمة' });
  });

  it('a day after the speaker ends it, and a denied object may open with a quoted word', async () => {
    const cs = await claimsOf('نفت حركة طالبان باكستان اليوم السبت “الشائعات” حول وفاة جلال الدين حقاني مؤسس الشبكة.');
    expect(cs[0]).toMatchObject({ cue: 'نفت', text: 'حركة طالبان باكستان' });
    expect(cs[0]!.content).toContain('حول وفاة جلال الدين حقاني');
  });
});

describe('round 19: a cue spelling that is a noun', () => {
  it.each([
    ['after على', 'جاء الاجتماع بناء على طلب من رئيس الوزراء ألكسيس تسيبراس مع رئيس الجمهورية.'],
    ['after "any"', 'ولا يقبل المبنى أي طلب يتصل بحملات انتخابية أو شخصيات أو منظمات دينية.'],
    ['after a modal', 'ويمكن طلب شاشة حجمها إما 1366 × 768 أو 1920 × 1080 بيكسل تعمل باللمس.'],
    ['after بعدم', 'وأمر أوباما بعدم طلب تأجيل مناقشة مجلس الأمن المقررة اليوم للاتفاق.'],
  ])('%s', async (_, text) => {
    expect((await claimsOf(text)).filter((c) => /طلب/.test(c.cue))).toEqual([]);
  });

  it('the verb after على أن or with its subject still reports', async () => {
    const cs = await claimsOf('وطلب الرئيس هادي من مجموعته العودة إلى عدن تمهيدا لوضع أسس واستقرار المؤسسات الحكومية هناك.');
    expect(cs[0]).toMatchObject({ cue: 'وطلب' });
  });
});

describe('round 19: a role’s ل-phrase is no name', () => {
  it.each([
    ['ورأى المفوض الأعلى لحقوق الإنسان في الأمم المتحدة زيد رعد الحسين أن المحاكمة تشكل منعطفا مهما.', 'زيد رعد الحسين'],
    ['ويرى سفير لبنان السابق في واشنطن عبد الله بوحبيب أنه لا أحد يفكر بالتقسيم في الوقت الحاضر.', 'عبد الله بوحبيب'],
  ])('%s', async (text, speaker) => {
    expect((await claimsOf(text))[0]).toMatchObject({ speaker });
  });
});

describe('round 19: a clause particle is no speaker', () => {
  it('وطبقا للتقرير توقعت الهيئة: the body after the cue speaks, not the attribution word before it', async () => {
    const cs = await claimsOf('وأصدرت هيئة الاتصالات وتقنية المعلومات تقريرها السنوي أمس. وطبقا للتقرير توقعت الهيئة أن يتزايد حجم الاستثمارات في القطاع.');
    const c = cs.find((x) => x.cue === 'توقعت');
    expect(c?.speaker ?? '').not.toBe('وطبقا');
    expect(c?.speaker ?? '').toContain('هيئة');
  });
});

describe('round 19: the addressee of a demand with no one in play', () => {
  it('a masculine demand before a body with a feminine head: the subject of the sentence before (past إذ) asks', async () => {
    const cs = await claimsOf(
      'إذ أصدر مجلس علماء باكستان بيانا يرفض فيه تجنيد الشباب للقتال في سوريا. وطالب الحكومة الباكستانية بالتدخل العاجل لوقف هذه العملية.',
    );
    const c = cs.find((x) => x.cue === 'وطالب');
    expect(c).toBeDefined();
    expect(c!.speaker ?? '').not.toContain('الحكومة');
    expect(c!.content).toBe('الحكومة الباكستانية بالتدخل العاجل لوقف هذه العملية');
  });
});

describe('round 19: an anonymous source’s tail', () => {
  it('stops before عن + a possessed noun (the object of أعرب)', async () => {
    const cs = await claimsOf('وأعرب عدد من زوار الشرقية عن سعادتهم بالفعاليات المنوعة، مشيرين إلى أن المهرجان يقدم برامج تناسب جميع أفراد الأسرة.');
    expect(cs[0]).toMatchObject({ cue: 'مشيرين', speaker: 'عدد من زوار الشرقية' });
  });
});

describe('round 19: the source’s own "saying"', () => {
  it('ends the source phrase (نقلت الوكالة عن مسؤول … قوله إن)', async () => {
    const cs = await claimsOf('ونقلت وكالة يونهاب عن مسؤول بوزارة الدفاع الكورية الجنوبية قوله إن الجيش رفع حالة التأهب.');
    expect(cs[0]).toMatchObject({ text: 'مسؤول بوزارة الدفاع الكورية الجنوبية', content: 'الجيش رفع حالة التأهب' });
  });
});

describe('round 19: a relative of time', () => {
  it('has its own subject after the cue (وفي الوقت الذي كشفت مصادر مطلعة …)', async () => {
    const cs = await claimsOf('وفي الوقت الذي كشفت مصادر مطلعة لـ"الوطن" أمس، تسلم هيئة التحقيق ملفات المتهمين، قالت شرطة جدة إن التحقيق مستمر.');
    expect(cs[0]).toMatchObject({ cue: 'كشفت', text: 'مصادر مطلعة' });
  });
});

describe('round 19: a name, its long apposition between commas, then the cue', () => {
  it('takes the name when the apposition opens with أحد and holds a relative clause', async () => {
    const cs = await claimsOf('وكان الشباب منهمكين في الرسم على وجوه الأطفال. محمد العلي، أحد أعضاء المجموعة التي أطلقت على نفسها «رسالة خير»، أشار إلى أن جميع أعضاء المجموعة تجمعهم صلة قرابة.');
    expect(cs[0]).toMatchObject({ cue: 'أشار', speaker: 'محمد العلي', content: 'جميع أعضاء المجموعة تجمعهم صلة قرابة' });
  });
});

describe('round 19: هدد reports only through ب', () => {
  it('"threatens" with a direct object is no warning', async () => {
    expect((await claimsOf('وأكبر خطر يهدد هذه الرسوم الصخرية هو التشويه البصري والإضافات غير المسؤولة.')).filter((c) => /هدد/.test(c.cue))).toEqual([]);
  });
  it('a threat with its ب-act is', async () => {
    const cs = await claimsOf('وهدد اتحاد الكرة بتوقيع غرامات مالية على الناديين في حالة تسلل أي أعداد إضافية.');
    expect(cs[0]).toMatchObject({ cue: 'وهدد', speaker: 'اتحاد الكرة', content: 'توقيع غرامات مالية على الناديين في حالة تسلل أي أعداد إضافية' });
  });
});

describe('round 19: لافتا as an adjective', () => {
  it('after an indefinite accusative noun it is "remarkable", no cue', async () => {
    expect((await claimsOf('وتشهد السويداء مخاضا لافتا في الآونة الأخيرة مع اقتراب المعارك منها.')).filter((c) => /لافت/.test(c.cue))).toEqual([]);
  });
  it('a statement through إلى is', async () => {
    const cs = await claimsOf('ولفت الوزير إلى أهمية التعاون بين الجهات الحكومية في المرحلة المقبلة.');
    expect(cs[0]).toMatchObject({ cue: 'ولفت', speaker: 'الوزير', content: 'أهمية التعاون بين الجهات الحكومية في المرحلة المقبلة' });
  });
});
