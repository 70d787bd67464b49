/**
 * Round 46 (a forty-third audit: 180 claims of 400 SaudiNewsNet articles drawn fresh, judged blind): a demand's words
 * start at its addressee, the verb's direct object, as the shared dev set annotates them (ودعا الشعب اليمني … إلى …);
 * a pro-drop verb in a clause of time is said by its sentence's subject; a channel phrase before the cue's own
 * preposition is skipped; شدد with a measure as object tightens, it stresses nothing; a lone phrase between a joined
 * اتهم and its charge is the accused; a name right after a verb of speech keeps its و. Rows are real sentences of
 * SaudiNewsNet articles, shortened.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const claimsOf = async (text: string) =>
  (await extract(text)).claims.map((c) => ({ cue: c.cue.text, speaker: c.speaker?.name ?? null, written: c.speaker?.text ?? null, content: c.content.text }));

describe('round 46: a demand’s words start at its addressee', () => {
  it.each([
    ['في غضون ذلك أعلن العبادي، التزامه بتوجيهات المرجعية الدينية، ودعا القوى السياسية إلى التعاون معه في تنفيذ برنامج الإصلاح.', 'ودعا', 'القوى السياسية إلى التعاون معه في تنفيذ برنامج الإصلاح'],
    ['فيما أكد المهندس شاكر نوح أن الأعمال الإجرامية أمر مرفوض شرعا وعقلا، داعيا الجهات الأمنية لسرعة القبض على هذه الفئة الإجرامية.', 'داعيا', 'الجهات الأمنية لسرعة القبض على هذه الفئة الإجرامية'],
    ['وطالب المحتجون الحكومة المحلية والمركزية بإجراء إصلاحات.', 'وطالب', 'الحكومة المحلية والمركزية بإجراء إصلاحات'],
    ['ودعا الدكتور ناصر الموسى القطاع الخاص لتقديم المزيد من الخدمات والدعم لكافة فئات ذوي الإعاقة.', 'ودعا', 'القطاع الخاص لتقديم المزيد من الخدمات والدعم لكافة فئات ذوي الإعاقة'],
  ])('%s', async (text, cue, content) => {
    const c = (await claimsOf(text)).find((x) => x.cue === cue);
    expect(c?.content).toBe(content);
  });

  it('not an addressee behind من, nor a complementizer’s clause (وطالب الخطباء الجميع أن …)', async () => {
    const cs = await claimsOf('وطالب الخطباء الجميع أن يتحملوا مسؤوليتهم الدينية والوطنية.');
    expect(cs[0]!.content).toBe('يتحملوا مسؤوليتهم الدينية والوطنية');
  });

  it('not a word joined by و to a phrase the speaker took (… الحكومة التركية وحزب العمال إلى …)', async () => {
    const cs = await claimsOf('دعا صلاح الدين دمرتاش أول من أمس الحكومة التركية وحزب العمال إلى وقف العنف وبدء مفاوضات.');
    expect(cs[0]!.content.startsWith('وحزب')).toBe(false);
  });
});

describe('round 46: a clause of time', () => {
  it('a pro-drop verb after عندما is said by the subject of the sentence’s verb, past a fronted phrase and a day', async () => {
    const cs = await claimsOf('وفي جلسة استماع في مجلس النواب، الثلاثاء الماضي، طرح مدير وكالة الاستخبارات المركزية السابق، مايكل هايدن، وجهة نظر مشابهة عندما قال إن المراقبة الفنية وحدها لن تكون كافية.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'قال', speaker: 'مايكل هايدن', content: 'المراقبة الفنية وحدها لن تكون كافية' })]);
  });

  it('كان’s subject ends at its قد, and the cue’s clause is no part of it (وكانت الوزارة قد أثارت الجدل حين أعلنت …)', async () => {
    const cs = await claimsOf('وكان مستشار الرئيس الإيراني علي يونسي قد صرح قبل بضعة أشهر بمخطط بلاده تجاه العراق عندما قال إن "جغرافية إيران والعراق غير قابلة للتجزئة".\nوكانت الوزارة قد أثارت الجدل حين أعلنت أنها ستغلق المدارس.');
    expect(cs.find((c) => c.cue === 'قال')?.speaker).toBe('علي يونسي');
    expect(cs.find((c) => c.cue === 'أعلنت')).toEqual(expect.objectContaining({ written: null, speaker: 'الوزارة' }));
  });

  it('لما is often ل + ما: لما طالب به المواطنون reports nothing new', async () => {
    const cs = await claimsOf('وقالت وزارة الحج إن القرار جاء استجابة لما طالب به المواطنون والمقيمون من ضبط لأسعار الخدمة.');
    expect(cs.map((c) => c.cue)).toEqual(['وقالت']);
  });
});

describe('round 46: objects and the words of other verbs', () => {
  it('a channel phrase and its comma before the cue’s own preposition (وأشارت المصلحة عبر موقعها على تويتر، إلى …)', async () => {
    const cs = await claimsOf('وأشارت المصلحة عبر موقعها على تويتر، إلى ارتفاع الناتج المحلي الإجمالى بالنسبة للعام الماضي 2014 إلى 2.8 ترليون ريال بالأسعار الجارية.');
    expect(cs[0]!.content.startsWith('ارتفاع الناتج')).toBe(true);
  });

  it.each([
    ['شددت الهند ، إجراءات الأمن على حدودها مع باكستان ، بعد هجوم وقع ، اليوم الاثنين ، على مركز للشرطة في ولاية "البنجاب".'],
    ['وشددت الوزارة الرقابة على الأسواق خلال شهر رمضان.'],
  ])('شدد tightening a measure is no claim: %s', async (text) => {
    expect(await claimsOf(text)).toEqual([]);
  });

  it.each([
    ['ووجه قائد قوة أمن الطرق بمنطقة مكة المكرمة رسالة للمسافرين. وشدد قوة أمن الطرق بمنطقة مكة المكرمة على ضرورة الانتباه للأطفال أثناء التوقف بالمحطات.', 'ضرورة الانتباه للأطفال أثناء التوقف بالمحطات'],
    ['وقال الباحث إن الظاهرة تتسع، مشددا على مراقبة المساجد ومعاقبة الدعاة المحرضين.', 'مراقبة المساجد ومعاقبة الدعاة المحرضين'],
  ])('… but stressing stays a claim: %s', async (text, content) => {
    expect((await claimsOf(text)).some((c) => c.content.endsWith(content))).toBe(true);
  });

  it('a lone phrase between a joined اتهم and its charge is the accused, with a speaker in play', async () => {
    const cs = await claimsOf('وقال المتحدث العسكري إدوارد باسورين إن الهدنة انهارت. واتهم أوكرانيا بشن قصف مدفعي عنيف على المدينة.');
    expect(cs[1]).toEqual(expect.objectContaining({ cue: 'واتهم', written: null, speaker: 'إدوارد باسورين', content: 'أوكرانيا بشن قصف مدفعي عنيف على المدينة' }));
  });

  it('"calls himself" reports nothing (الشخص الذي يدعو نفسه مدافعا عن الشعب)', async () => {
    const cs = await claimsOf('الشخص المتنفذ بسبب ثروته والشخص الذي يدعو نفسه مدافعاً عن الشعب لهما العقلية السياسية نفسها القائمة على الاحتجاج.');
    expect(cs).toEqual([]);
  });
});

describe('round 46: a name after a verb of speech keeps its و', () => {
  it('وقال وانغ شي تشين … is وانغ, no و + انغ', async () => {
    const d = await extract('وقال وانغ شي تشين المسؤول بمكتب الإرصاد المركزي في الجزيرة "العاصفة ستضعف لكن ننتظر المزيد من الأمطار".');
    expect(d.claims[0]!.speaker?.name.startsWith('وانغ')).toBe(true);
    expect(d.entities.some((e) => e.type === 'PERS' && e.name.startsWith('وانغ'))).toBe(true);
  });
});

describe('round 46: a byline is no subject', () => {
  it('an indefinite role noun names no one after it: رصد مواطن صورة لحفرة خزان …، وقال إنه … is the citizen', async () => {
    const cs = await claimsOf('رصد مواطن صورة لحفرة خزان في حديقة الكورنيش الشمالي بجازان، وقال إنه لاحظ الحفرة أثناء جلوسه هو وعائلته.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'وقال', written: null, speaker: 'مواطن' })]);
  });

  it('a pro-drop cue after a lede whose verb reports nothing is its subject’s, past the reporter’s byline', async () => {
    const cs = await claimsOf('شقران الرشيدي- سبق- الرياض: أبدى أمين عام مجلس الوزراء عبد الرحمن السدحان، تفاؤله بصحافة إلكترونية سعودية قوية.\n وأكد لـ "سبق" أن الذائقة الثقافية والتعوّد هما اللذان يحدّدان اتجاه القارئ.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'وأكد', speaker: 'عبد الرحمن السدحان' })]);
  });
});

describe('round 46: an impersonal predicate before أن', () => {
  it.each([
    ['وقال حجار من فضل الله سبحانه وتعالى أن قيض لهذه البلاد المباركة من وحدها وأسسها.', 'من فضل الله سبحانه وتعالى أن قيض لهذه البلاد المباركة من وحدها وأسسها'],
    ['وأضاف المدير من المهم أن يلتزم الجميع بالتعليمات.', 'من المهم أن يلتزم الجميع بالتعليمات'],
  ])('is part of the words: %s', async (text, content) => {
    expect((await claimsOf(text))[0]!.content).toBe(content);
  });
});

describe('round 46: a relative clause on the speaker', () => {
  it('whose verb is a cue only with another object does not stop the search for the complement (وقال بالمر الذي وجهت إليه انتقادات … إنه …)', async () => {
    const cs = await claimsOf('وقال بالمر الذي وجهت إليه انتقادات كبيرة عبر وسائل التواصل الاجتماعي لقتله "سيسل" إنه استأجر عدة مرشدين محترفين.');
    expect(cs).toEqual([expect.objectContaining({ cue: 'وقال', written: 'بالمر', content: 'استأجر عدة مرشدين محترفين' })]);
  });
});

describe('round 46: a share of those asked', () => {
  it('keeps its percent sign in the speaker (في حين قال 4 % فقط إنهم …)', async () => {
    const cs = await claimsOf('أفاد 72 % من أصحاب العمل بالمملكة أنهم سيقومون بالتوظيف خلال الأشهر الثلاثة المقبلة، في حين قال 4 % فقط إنهم لن يقوموا بالتوظيف على الإطلاق.');
    expect(cs[1]).toEqual(expect.objectContaining({ cue: 'قال', written: '4 %', speaker: '4 %', content: 'لن يقوموا بالتوظيف على الإطلاق' }));
  });
});
