/**
 * Round 31 (an eighteenth audit of unannotated news: 250 claims and 120 probe sentences of 400 SaudiNewsNet articles
 * that an earlier round had used only for blind before/after comparisons). Rows are real sentences of SaudiNewsNet
 * articles, shortened.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const claimsOf = async (text: string) =>
  (await extract(text)).claims.map((c) => ({ cue: c.cue.text, speaker: c.speaker?.name ?? null, written: c.speaker?.text ?? null, role: c.speaker?.role ?? null, type: c.speaker?.type ?? null, content: c.content.text }));

describe('round 31: the name written at the claim', () => {
  it('a first name and a family name after a tagged first name are one person, not the one whose father has that name (محمد علي الشهراني ≠ حسن محمد الجهمي)', async () => {
    const cs = await claimsOf('وطالب حسن محمد الجهمي (أحد سكان المدراء) الجهات المسؤولة بافتتاح لجنة. وألمح محمد علي الشهراني (من سكان المروة) إلى أن الحاجة ماسة لإنشاء لجنة تنمية.');
    expect(cs[1]).toEqual(expect.objectContaining({ cue: 'وألمح', written: 'محمد علي الشهراني', speaker: 'محمد علي الشهراني' }));
  });

  it('a family name that looks like the cue\'s ب is part of a tagged name (وتوعد الرئيس النيجيري محمد بخاري بسحق …)', async () => {
    const cs = await claimsOf('وتوعد الرئيس النيجيري محمد بخاري بسحق بوكو حرام.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'وتوعد', written: 'محمد بخاري', role: 'الرئيس النيجيري', content: 'سحق بوكو حرام' })]);
  });

  it('a long role before a name set off by commas: the titled name speaks (أكد المشرف على برنامج …، الدكتور مساعد الأحمد، أن …)', async () => {
    const cs = await claimsOf('أكد المشرف على برنامج إعداد القادة في جامعة هارفارد وعضو هيئة الخبراء في الجامعة، الدكتور مساعد الأحمد، أن البرنامج يعكس رؤية المؤسسة.');
    expect(cs).toEqual([expect.objectContaining({ written: 'الدكتور مساعد الأحمد', speaker: 'مساعد الأحمد', role: 'المشرف على برنامج إعداد القادة في جامعة هارفارد وعضو هيئة الخبراء في الجامعة' })]);
  });

  it('an article written before a quoted name belongs to it (وكانت الـ«الشرق الأوسط» أشارت …، مشيرة …)', async () => {
    const cs = await claimsOf('وكانت الـ«الشرق الأوسط» أشارت في عدد سابق، إلى عدم رضا الجهاز الفني عن المحترف البولندي، مشيرة إلى أنه سيكون في قائمة المغادرين.');
    expect(cs.map((c) => c.speaker)).toEqual(['الشرق الأوسط', 'الشرق الأوسط']);
    const direct = await claimsOf('وقالت الـ«الشرق الأوسط» إن اللاعب سيغادر.');
    expect(direct).toEqual([expect.objectContaining({ written: 'الشرق الأوسط', type: 'ORG' })]);
  });
});

describe('round 31: words that are no speaker', () => {
  it('an occasion after the cue is no speaker: the one speaking goes on (وقال بمناسبة احتفاء المؤسسة …)', async () => {
    const cs = await claimsOf('وأوضح الدكتور مساعد الأحمد أن البرنامج ناجح. وقال بمناسبة احتفاء المؤسسة بالطلاب في بوسطن مؤخرا: "إن هذا البرنامج يعكس رؤية المؤسسة".');
    expect(cs[1]).toEqual(expect.objectContaining({ cue: 'وقال', written: null, speaker: cs[0]!.speaker, content: 'هذا البرنامج يعكس رؤية المؤسسة' }));
  });

  it('قال عليه السلام is the Prophet, never a speaker named السلام, and the preacher goes on after it', async () => {
    // (inside the preacher's words it is part of them)
    const cs = await claimsOf('وقال إمام وخطيب المسجد النبوي الشيخ عبدالمحسن القاسم إن المؤمن صابر، قال عليه السلام "ما من مصيبة تصيب المسلم إلا كفر الله بها عنه", مشيراً إلى أن الله كرم العبد المسلم.');
    expect(cs.map((c) => c.speaker)).toEqual(['عبدالمحسن القاسم', 'عبدالمحسن القاسم']);
    const own = await claimsOf('وأوضح الشيخ عبدالمحسن القاسم أن المصائب مكفرة للذنوب. قال عليه السلام: "ما من مصيبة تصيب المسلم إلا كفر الله بها عنه".');
    expect(own[1]).toEqual(expect.objectContaining({ cue: 'قال', written: null, speaker: 'رسول الله' }));
  });

  it('… unless another prophet was just named (فقال موسى عليه السلام keeps its name)', async () => {
    const cs = await claimsOf('وقال الخطيب إن الصبر خير. فقال موسى عليه السلام لقومه: اصبروا.');
    expect(cs.map((c) => c.speaker)).not.toContain('رسول الله');
  });
});

describe('round 31: where the words end', () => {
  it('"then" and a cue open the speaker\'s next claim (…، ثم أعلن تحرير 59 رهينة …)', async () => {
    const cs = await claimsOf('أعلن الجيش النيجيري أنه حرر 30 رهينة قرب ديكوا، ثم أعلن تحرير 59 رهينة في عملية أخرى.');
    expect(cs).toEqual([
      expect.objectContaining({ cue: 'أعلن', content: 'حرر 30 رهينة قرب ديكوا' }),
      expect.objectContaining({ cue: 'أعلن', speaker: 'الجيش النيجيري', content: 'تحرير 59 رهينة في عملية أخرى' }),
    ]);
    const said = await claimsOf('قال الوزير إن الوضع مستقر ثم أضاف أن الحكومة مستعدة.');
    expect(said.map((c) => c.content)).toEqual(['الوضع مستقر', 'الحكومة مستعدة']);
  });

  it('… but a gesture after ثم is no claim (ثم أشار إلى حزام ناسف كان يرتديه)', async () => {
    const cs = await claimsOf('وقال الشرطي إن الرجل مكث قليلا ثم أشار إلى حزام ناسف كان يرتديه.');
    expect(cs.map((c) => c.cue)).toEqual(['وقال']);
  });

  it('thanks the writer narrates end the words, with no comma too (… الدولية وعبر عن شكره وامتنانه …)', async () => {
    const cs = await claimsOf('أكد المبتعث عارف السحيمي أن هذا المؤتمر يعد من المؤتمرات العالمية وعبر عن شكره وامتنانه لوزير التعليم.');
    expect(cs).toEqual([expect.objectContaining({ content: 'هذا المؤتمر يعد من المؤتمرات العالمية' })]);
  });

  it('"adding" a number is no speech and no end of the words (…، مضيفاً 200 مليون نسمة إلى المدن)', async () => {
    const cs = await claimsOf('وبينت الدراسة أن عدد السكان في المدن زاد بنسبة 3% سنوياً، مضيفاً 200 مليون نسمة إلى المدن خلال العقد الماضي.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'وبينت', content: 'عدد السكان في المدن زاد بنسبة 3% سنوياً، مضيفاً 200 مليون نسمة إلى المدن خلال العقد الماضي' })]);
  });

  it('words in brackets after a colon end at their bracket (قال عليه السلام: (…)، فالكثير …)', async () => {
    const cs = await claimsOf('ونجد حديث رسول الله – صلى الله عليه وسلم- يتحقق في مجتمعنا، حيث قال عليه السلام: (حتى لو دخلوا جحر ضب لدخلتموه)، فالكثير يرى أن أي شيء يأتي إلينا هو موضة.');
    expect(cs[0]).toEqual(expect.objectContaining({ cue: 'قال', speaker: 'رسول الله', content: '(حتى لو دخلوا جحر ضب لدخلتموه)' }));
  });

  it('… but a short epithet in brackets does not end them (فيقول: (كذّاب الصحفيين)؛ لأنه (…))', async () => {
    const cs = await claimsOf('وكتب المرزوقي مقالا طويلا عن الكاتب. فيقول: (كذّاب الصحفيين)، لأنه (صحفي لا يحترم مهنته ويزيف التاريخ)، وهو (دجّال المحللين).');
    expect(cs.find((c) => c.cue === 'فيقول')?.content).toContain('لأنه');
  });

  it('a quotation mark glued to a sentence\'s first word opens the words (وأضاف" نعزي أسر الشهداء …")', async () => {
    const cs = await claimsOf('وقال المتحدث إن الحادث مؤلم. وأضاف" نعزي أسر الشهداء ونحن جميعا فداء للدين والوطن".');
    expect(cs[1]).toEqual(expect.objectContaining({ cue: 'وأضاف', speaker: 'المتحدث', content: 'نعزي أسر الشهداء ونحن جميعا فداء للدين والوطن' }));
  });

  it('a dotted company name is no sentence end, so a closing بحسب takes the whole clause (… طراز بي.إم.دبليو أكتيف إي … بحسب الشركة)', async () => {
    const cs = await claimsOf('أعلنت شركة بي.إم.دبليو زيادة أسطولها. وتحل السيارة آي 3 محل 60 سيارة طراز بي.إم.دبليو أكتيف إي في برلين منذ 2013 بحسب الشركة الألمانية.');
    expect(cs[1]).toEqual(expect.objectContaining({ cue: 'بحسب', speaker: 'بي.إم.دبليو', content: 'وتحل السيارة آي 3 محل 60 سيارة طراز بي.إم.دبليو أكتيف إي في برلين منذ 2013' }));
  });
});

describe('round 31, after the blind judgements', () => {
  it('a formula after the cue, then a circumstance up to the colon: the Prophet speaks (قال صلى الله عليه وسلم في تأكيد رسالة السلام: "…")', async () => {
    for (const f of ['صلى الله عليه وسلم', 'عليه الصلاة والسلام']) {
      const cs = await claimsOf(`إن السلام رسالة حب، لذا قال ${f} في تأكيد رسالة السلام: "والذي نفسي بيده لا تدخلوا الجنة حتى تؤمنوا".`);
      expect(cs).toEqual([expect.objectContaining({ cue: 'قال', speaker: 'رسول الله', content: 'والذي نفسي بيده لا تدخلوا الجنة حتى تؤمنوا' })]);
    }
  });

  it('a quoted name glued to the cue on both sides is the speaker (وأضافت"دانا" أن …)', async () => {
    const cs = await claimsOf('وقالت الأم إن ابنها يعاني منذ سنوات. وأضافت"دانا" أن الناس لا يدركون أن الأمراض الجلدية تسبب الضعف.');
    expect(cs[1]).toEqual(expect.objectContaining({ written: 'دانا', content: 'الناس لا يدركون أن الأمراض الجلدية تسبب الضعف' }));
  });

  it('a quotation mark glued to a cue after a comma opens the words (…، وقال" تلقينا الموافقة …")', async () => {
    const cs = await claimsOf('وأشار رئيس اللجنة أحمد الخزعل إلى أن المراسلات جاهزة، وقال" تلقينا الموافقة من مجلس الوزراء وتم تحديد المنشآت".');
    expect(cs[1]).toEqual(expect.objectContaining({ cue: 'وقال', speaker: 'أحمد الخزعل', content: 'تلقينا الموافقة من مجلس الوزراء وتم تحديد المنشآت' }));
  });

  it('… but not a mark after a quoted outlet (وأكد لـ" الرياض" غزاي الحربي بأن …)', async () => {
    const cs = await claimsOf('وصل السجين السعودي نايف غازي الحربي بعد أن قبع في السجون العراقية.\nوأكد لـ" الرياض" غزاي الحربي ابن السجين بأن محكمة الجنايات حكمت لوالده براءة، وأضاف بأن والده وصل صباح اليوم.');
    expect(cs.map((c) => c.cue)).toEqual(['وأكد', 'وأضاف']);
    expect(cs[1]!.speaker).toBe(cs[0]!.speaker);
  });

  it('a tagged name runs over its ب-surname before a comma too (مسعود بارزاني، أمس)', async () => {
    const cs = await claimsOf('وتوعد رئيس إقليم كردستان مسعود بارزاني، أمس، بالانتقام من تنظيم داعش.');
    expect(cs).toEqual([expect.objectContaining({ written: 'مسعود بارزاني', content: 'الانتقام من تنظيم داعش' })]);
  });
});

describe('round 31: the subject of a verb that reports nothing', () => {
  it('a reply to what was published is no attribution, and the replying body speaks on (رد الاتحاد الكيني على ما نشر عن عدائيه، معتبرا …)', async () => {
    const cs = await claimsOf('وقال وزير الرياضة الروسي فيتالي موتكو إن الاتهامات باطلة. وبدوره، رد الاتحاد الكيني لألعاب القوى على ما نشر عن عدائيه، معتبرا أن التقرير يفتقد للدقة.');
    expect(cs.map((c) => c.cue)).toEqual(['وقال', 'معتبرا']);
    expect(cs[1]).toEqual(expect.objectContaining({ speaker: 'الاتحاد الكيني لألعاب القوى', content: 'التقرير يفتقد للدقة' }));
    const attributed = await claimsOf('ارتفع عدد القتلى إلى 20، على ما أفاد رئيس النقابة.');
    expect(attributed).toEqual([expect.objectContaining({ cue: 'على ما أفاد', written: 'رئيس النقابة', content: 'ارتفع عدد القتلى إلى 20' })]);
  });

  it('a feeling after an untagged name is the verb\'s object, and the name speaks on (وأبدى المحترف اليوناني الجديد فيتفاتزيديس سعادته …، إذ تحدث قائلاً)', async () => {
    const cs = await claimsOf('وكشفت مصادر خاصة أن الصفقة اكتملت. وأبدى المحترف اليوناني الجديد فيتفاتزيديس سعادته بالانضمام إلى الفريق، إذ تحدث قائلاً: "أنا سعيد جدا".');
    expect(cs[1]).toEqual(expect.objectContaining({ cue: 'قائلاً', speaker: 'فيتفاتزيديس', content: 'أنا سعيد جدا' }));
  });

  it('… but not a name inside the verb\'s object (وعلق المدرب السويسري على مشوار فريقه في دوري عبداللطيف جميل … مشيراً)', async () => {
    const cs = await claimsOf('وأعلن المدرب السويسري كريستيان جروس اعتزاله التدريب. وعلق المدرب السويسري على مشوار فريقه في دوري عبداللطيف جميل للموسم المقبل مشيراً إلى أن سجلهم كان مثيراً للإعجاب.');
    expect(cs.at(-1)).toEqual(expect.objectContaining({ cue: 'مشيراً', speaker: 'كريستيان جروس' }));
  });
});

describe('round 31, after the second pair of blind judgements', () => {
  it('a closing attribution before a contrast takes the clause before it only (…، بحسب آخر حصيلة …، إلا أنه بحسب …)', async () => {
    const cs = await claimsOf('وغرق 30 مهاجرا قبالة السواحل الليبية، بحسب آخر حصيلة لقوات خفر السواحل، إلا أنه بحسب عدد من المصادر فإن العدد تجاوز 50.');
    expect(cs.map((c) => c.content)).toEqual(['وغرق 30 مهاجرا قبالة السواحل الليبية', 'العدد تجاوز 50']);
  });

  it('the main clause of a concession around the cue is the writer\'s (ومع أن معظم المحللين يعتقدون أن …، إلا أن …)', async () => {
    const cs = await claimsOf('ومع أن معظم المحللين يعتقدون أن الاقتصاد سيتعافى خلال العام المقبل، إلا أن الخوف من الركود ما زال قائما.');
    expect(cs).toEqual([expect.objectContaining({ content: 'الاقتصاد سيتعافى خلال العام المقبل' })]);
    const said = await claimsOf('وقال الوزير إن الاقتصاد سيتعافى، إلا أن الخوف من الركود ما زال قائما.');
    expect(said[0]!.content).toBe('الاقتصاد سيتعافى، إلا أن الخوف من الركود ما زال قائما');
  });

  it('a narrator\'s chain names who said it (وروي أيضاً عن محمد بن عبيدالله الغلابي قال: (…)), but "about X he said" does not', async () => {
    const cs = await claimsOf('وقال الشيخ بدر العتيبي إن الفتنة خطيرة. وروى ابن بطة في الإبانة عن معاذ بن معاذ أنه قال: (إن الرجل وإن كتم رأيه لم يخف ذلك في ابنه)، وروي أيضاً عن محمد بن عبيدالله الغلابي قال: (يتكاتم أهل الأهواء كل شيء إلا التآلف والصحبة).');
    expect(cs.slice(1).map((c) => c.speaker)).toEqual(['معاذ بن معاذ', 'محمد بن عبيدالله الغلابي']);
    const about = await claimsOf('وقال الفنان ناصر القصبي إن الدراما الخليجية بخير. وعن أسعد الزهراني قال انه ممتاز غير أن عليه الانتباه لحسن الاختيارات.');
    expect(about[1]!.speaker).toBe('ناصر القصبي');
  });

  it('a plural participle never takes one named person as the subject of its sentence (عقد الرئيس المصري عبدالفتاح السيسي … حيث قدموا جميعا …، معتبرين)', async () => {
    const cs = await claimsOf('عقد الرئيس المصري عبدالفتاح السيسي عدة لقاءات ثنائية مع عدد من رؤساء الدول الذين حضروا حفل الافتتاح، حيث قدموا جميعا للرئيس التهنئة بمناسبة افتتاح القناة الجديدة، معتبرين ذلك أمراً غير مسبوق.');
    expect(cs.map((c) => c.speaker)).not.toContain('عبدالفتاح السيسي');
  });
});

describe('round 31: a speaker phrase with its complements', () => {
  it('a participle\'s ب-complement is part of the phrase, never a name (الوزيرة المكلفة بشؤون المرأة، المركز المعني بمراقبة القرصنة)', async () => {
    const cs = await claimsOf('وقالت الوزيرة المكلفة بشؤون المرأة إن القانون سيصدر قريبا.');
    expect(cs).toEqual([expect.objectContaining({ written: 'الوزيرة المكلفة بشؤون المرأة', speaker: 'الوزيرة المكلفة بشؤون المرأة' })]);
    const org = await claimsOf('وأفاد المركز المعني بمراقبة القرصنة في كوالالمبور، والتابع للمكتب البحري الدولي، بأن السفينة خطفت.');
    expect(org).toEqual([expect.objectContaining({ written: 'المركز المعني بمراقبة القرصنة في كوالالمبور', content: 'السفينة خطفت' })]);
  });

  it('an indefinite member with where he sits is one unnamed speaker (وقال عضو في المجلس المحلي للمدينة …، باحث في جامعة هارفارد)', async () => {
    expect((await claimsOf('وقال عضو في المجلس المحلي للمدينة إن الوضع صعب.'))[0]!.written).toBe('عضو في المجلس المحلي للمدينة');
    expect((await claimsOf('وقال باحث في جامعة هارفارد إن الدراسة مهمة.'))[0]!.written).toBe('باحث في جامعة هارفارد');
    expect(await claimsOf('وقال عضو في المجلس المحلي للمدينة أحمد الراشد إن الوضع صعب.')).toEqual([expect.objectContaining({ written: 'أحمد الراشد', role: 'عضو في المجلس المحلي للمدينة' })]);
  });
});

describe('round 31: a subject before the cue with an aside between', () => {
  it('a plural group, an adverbial between commas, then the cue (والمحللون في شركة …، على سبيل المثال، يعتقدون أن …)', async () => {
    const cs = await claimsOf('وقال محافظ البنك المركزي كورودا إن التضخم منخفض. والمحللون في شركة إدارة استثمارات المحيط الهادئ، على سبيل المثال، يعتقدون أن البنك سيرفع الفائدة.');
    expect(cs[1]).toEqual(expect.objectContaining({ cue: 'يعتقدون', written: 'المحللون في شركة إدارة استثمارات المحيط الهادئ', speaker: 'المحللون في شركة إدارة استثمارات المحيط الهادئ', type: 'ANON' }));
  });

  it('a named subject, a relative clause between commas, then the cue (القاضي سمير حمود، الذي يشرف …، أكد أن …)', async () => {
    const cs = await claimsOf('وقال وزير الخارجية إن مصير المخطوفين مجهول. النائب العام التمييزي في لبنان القاضي سمير حمود، الذي يشرف شخصيًا على التحقيق، أكد أن مسألة اختفاء هؤلاء الأشخاص كانت مفاجئة.');
    expect(cs[1]).toEqual(expect.objectContaining({ cue: 'أكد', speaker: 'سمير حمود' }));
  });
});
