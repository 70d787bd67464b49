/**
 * Speakers on unseen news (claims-dev3 error classes): anonymous descriptors and their later bare mentions,
 * fronted topic phrases, role + name apposition, role anaphora, the anonymity formula. Real sentences from
 * SaudiNewsNet articles (corpus/claims-dev3), extractor alone (no NER).
 */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/schema/records.js';
import { extractClaims } from '../../src/speech/index.js';

const claimsOf = (text: string) => extractClaims({ text });

/** An ORG entity cluster over every occurrence of `name` (what the NER stage gives for an acronym like أوبك). */
function org(text: string, name: string): Entity[] {
  const mentions = [];
  for (let k = text.indexOf(name); k >= 0; k = text.indexOf(name, k + 1)) mentions.push({ start: k, end: k + name.length, text: name });
  return [{ id: 'e1', type: 'ORG', name, mentions }];
}

describe('anonymous sources', () => {
  it('an anonymous source keeps its whole descriptor, and المصدر later resolves to it', () => {
    const text =
      'ذكر مصدر أمني في وزارة الداخلية الكويتية أن الخلية «لا علاقة لها» بتفجير الجامع. وقال المصدر إن هذه «خلية جديدة وتم الكشف عنها نتيجة الجهود الأمنية الاستباقية»، نافيا أن تكون الخلية خططت لتنفيذ عمليات في الكويت.';
    const c = claimsOf(text);
    expect(c.map((x) => x.cue.text)).toEqual(['ذكر', 'وقال', 'نافيا']);
    expect(c[0]!.speaker).toMatchObject({ text: 'مصدر أمني في وزارة الداخلية الكويتية', kind: 'anonymous' });
    expect(c[1]!.speaker).toMatchObject({ text: 'المصدر', name: 'مصدر أمني في وزارة الداخلية الكويتية' });
    expect(c[2]!.speaker?.name).toBe('مصدر أمني في وزارة الداخلية الكويتية');
  });

  it('a descriptor over several prepositional phrases, with a parenthesised name', () => {
    const c = claimsOf('قال مصدر من شركة مصفاة النفط الوحيدة في المغرب (سامير) لـ«رويترز» إن قرار وقف الإنتاج مؤقت.');
    expect(c[0]!.speaker?.text).toBe('مصدر من شركة مصفاة النفط الوحيدة في المغرب (سامير)');
    expect(c[0]!.content.text).toBe('قرار وقف الإنتاج مؤقت');
  });

  it('an indefinite source is a new one: مصادر does not refer back to مصادر طبية', () => {
    const c = claimsOf('وقالت مصادر طبية ومصدر برلماني أمس الأربعاء إن القوات قتلت المدنيين. وكانت مصادر قالت أمس إن الحادثة أسفرت عن مقتل عشرة مدنيين.');
    expect(c[1]!.speaker).toMatchObject({ text: 'مصادر', name: 'مصادر' });
  });

  it('a numeral before the head: أربعة مصادر من طالبان', () => {
    const c = claimsOf('وفي تسجيل صوتي أكدت أربعة مصادر من طالبان أنه لعبد المنان الشقيق الأصغر للملا عمر.');
    expect(c[0]!.speaker).toMatchObject({ text: 'أربعة مصادر من طالبان', kind: 'anonymous' });
  });

  it('the anonymity formula is no claim; the accusative subject before it is the speaker', () => {
    const text = 'إلا أن مسؤولاً محلياً، طلب عدم ذكر اسمه، قال: «نعتقد أن بعض قتلى الحادثة ينتمون فعلا لحركة الشباب».';
    const c = claimsOf(text);
    expect(c.map((x) => x.cue.text)).toEqual(['قال']);
    expect(c[0]!.speaker).toMatchObject({ text: 'مسؤولاً محلياً', kind: 'anonymous' });
    const d = claimsOf('وقال مسؤول بالشركة لـ«رويترز» طلب عدم نشر اسمه: «هذا الأمر عادي ووارد بالنسبة لعدد من الشركات».');
    expect(d.map((x) => x.cue.text)).toEqual(['وقال']);
    expect(d[0]!.speaker?.text).toBe('مسؤول بالشركة');
  });
});

describe('fronted topics and the interviewee', () => {
  it('a clause opening with وحول/وعن/وفيما يخص has no subject before its cue: the speaker is the interviewee', () => {
    const text =
      'أكد لاعب نادي الشباب عمر الغامدي بعد اعتزاله الكرة بشكل رسمي أنه مقتنع تماما بقرار الاعتزال. وحول قرار إبعاده عن فريق الشباب هل كان مفاجئا قال: «نعم كان بالنسبة لي شيئا مفاجئا». وحول الأحداث التي صاحبت انتقاله من الهلال أوضح أن المدرب أخبره أنه سيبقى. وفيما يخص رأيه بسامي الجابر قال: «هو أسطورة من أساطير كرة القدم»، وحول ابتعاد خالد عزيز عن الملاعب قال: «لا أستطيع أن أقول عن خالد عزيز إلا الله يسامحه».';
    const c = claimsOf(text);
    expect(c.map((x) => x.cue.text)).toEqual(['أكد', 'قال', 'أوضح', 'قال', 'قال']);
    for (const x of c.slice(1)) expect(x.speaker).toMatchObject({ text: null, kind: 'implicit', name: 'عمر الغامدي' });
  });
});

describe('roles and names', () => {
  it('a role with a two-word body before the name: the name is the speaker', () => {
    const c = claimsOf('وقال المتحدث باسم البيت الأبيض جوش إيرنست إنه تم إبلاغ الرئيس باراك أوباما بالحادث.');
    expect(c[0]!.speaker).toMatchObject({ text: 'جوش إيرنست', role: 'المتحدث باسم البيت الأبيض' });
  });

  it('a name with الله before a nominal object', () => {
    const c = claimsOf('وفي بيان يوم الجمعة الماضي أعلن المتحدث باسم طالبان ذبيح الله مجاهد اختيار منصور زعيما جديدا.');
    expect(c[0]!.speaker?.text).toBe('ذبيح الله مجاهد');
    expect(c[0]!.content.text).toBe('اختيار منصور زعيما جديدا');
  });

  it('a role descriptor used later resolves to the person who held it (أمين عام أوبك ← عبد الله البدري)', () => {
    const text =
      'أعلن الأمين العام لمنظمة الدول المصدرة للنفط (أوبك) عبد الله البدري الخميس ان المنظمة "ليست مستعدة" لخفض حصص انتاجها. واعتبر أمين عام أوبك ان المنظمة "يمكنها استيعاب" هذا العرض. واضاف "اننا مسرورون جدا بان العقوبات سترفع قريبا عن إيران".';
    const c = extractClaims({ text, entities: org(text, 'أوبك') });
    expect(c[0]!.speaker?.text).toBe('عبد الله البدري');
    expect(c[1]!.speaker).toMatchObject({ text: 'أمين عام أوبك', name: 'عبد الله البدري' });
    expect(c[2]!.speaker?.name).toBe('عبد الله البدري');
  });

  it('a time adverbial is not part of the speaker', () => {
    const c = claimsOf('وقالت الشركة العام الماضي إنها تواجه أزمة بسبب تراجع الأسعار.');
    expect(c[0]!.speaker?.text).toBe('الشركة');
  });
});

describe('claims that were missed', () => {
  it.each([
    ['نفت بعثة الاتحاد الإفريقي في الصومال الاتهامات الموجهة لها بقتل 20 مدنيا جنوبي البلاد.', 'نفت', 'الاتهامات الموجهة لها بقتل 20 مدنيا جنوبي البلاد'],
    ['وأعلنت بورصة الدار البيضاء تعليق تداول أسهم الشركة.', 'وأعلنت', 'تعليق تداول أسهم الشركة'],
    ['وقال كرافت “مطلق الرصاص مات ربما لن نعرف أبدا” مضيفا أن الرجل لديه سجل إجرامي.', 'وقال', 'مطلق الرصاص مات ربما لن نعرف أبدا'],
    ['وطالب بعض اعضاء اوبك بخفض سقف الانتاج من دون جدوى لتوجيه رسالة الى السوق مفادها ان الاسعار الحالية ليست كافية.', 'وطالب', 'خفض سقف الانتاج من دون جدوى لتوجيه رسالة الى السوق مفادها ان الاسعار الحالية ليست كافية'],
  ])('%s', (text, cue, content) => {
    const c = claimsOf(text).find((x) => x.cue.text === cue);
    expect(c?.content.text).toBe(content);
  });

  it('لكنه أكد opens a claim of the same speaker; وتابع قوله is pro-drop', () => {
    const a = claimsOf('وقال الكسندر نوفاك ان مسألة التنسيق "لم تناقش بالتفصيل" لكنه اكد ان "تقييمهما للوضع متطابق في الكثير من المواضيع".');
    expect(a.map((x) => x.cue.text)).toEqual(['وقال', 'اكد']);
    expect(a[1]!.speaker?.name).toBe('الكسندر نوفاك');
    const b = claimsOf('وقال كرافت إن المسلح حاول التسلل. وتابع قوله “يبدو أنه كان ينوي إطلاق النار ثم الفرار”.');
    expect(b[1]!.speaker).toMatchObject({ text: null, name: 'كرافت' });
  });

  it('بين "between" records no speaker for a later pro-drop', () => {
    const text = 'واعتبر أمين عام أوبك ان المنظمة "يمكنها استيعاب" هذا العرض. يضاف الى ذلك الاتفاق المبرم بين الدول الكبرى وايران. واضاف "اننا مسرورون جدا بان العقوبات سترفع".';
    const c = extractClaims({ text, entities: org(text, 'أوبك') });
    expect(c[1]!.speaker?.name).toBe('أمين عام أوبك');
  });
});
