/**
 * Speaker noun phrases. Arabic has no capitals, so the speaker is read from the words between the cue and
 * its complement: leading circumstantials are skipped (على ذلك، من جهته، لـ«اليوم»), the noun phrase runs to a
 * circumstantial (في مؤتمر، خلال، أمس، لـ…), a preposition of the cue, a comma or a complementizer, and
 * comma-delimited appositions decide which part is the name and which the role. Inside one phrase a
 * leading job title (مدير مكتب الحملة بلبنان) is split from a trailing name (وليد بن علي الجلال).
 */
import { articleBeforeQuote, isQuote, isWord, type Ctx } from './context.js';
import type { Token } from '../text/tokenize.js';
import { inPreps, type CueEntry } from './inflect.js';
import { anonTail, runPhrase, skipLeading } from './np-bounds.js';
import { eulogyEnd, eulogyIn, praisesGod } from './eulogy.js';
import { build, classify, innerSplit, trailingName, type NP } from './np-names.js';
import { firstNameAt, knownFirstName, nameAfterRole, personNameAt } from './person-name.js';
import { anonHead, derivedMasdar, familyNameWord, hasArticle, inPerson, innerTitle, isEventNoun, isPrep, isTitle, MADE_IT, nameLike, seenAsName, seenNameParticle, titleDot, verbShaped } from './np-words.js';

export type { NP } from './np-names.js';
export { anonHead, inPerson, isEventNoun, isPrep, isTitle, nameLike } from './np-words.js';
export { skipLeading } from './np-bounds.js';
export { subjectBefore, topicFronted } from './subject.js';

/** The index of the king's or prince's title in a body named after him inside [a, b) (مركز الملك عبد الله، جامعة الأمير
 * سلطان), or -1. */
function royalBody(ctx: Ctx, a: number, b: number): number {
  for (let k = a; k + 1 < b; k++) if (/^(مركز|جامعه|مستشفي|مدينه|مؤسسه|كليه|معهد|جائزه|كرسي|مجمع|مكتبه|مدرسه|برنامج|صندوق)$/.test(ctx.toks[k]!.norm) && /^(الملك|الامير|الاميره|الشيخ)$/.test(ctx.toks[k + 1]!.norm)) return k + 1;
  return -1;
}

/** Words that only ever address someone: لنظيره، لنظرائه، للصحفيين، لوسائل الإعلام. */
const ADDRESSEE = /^(لنظير(ه|ها|هم|يه|ته)|لنظراء(ه|هم)?|لنظرائ(ه|هم|ها)|للصحفيين|للصحافيين|للاعلاميين|لوسائل|للصحف|للمراسلين)$/;

/**
 * The speaker phrase in the region [from, to) right after a cue (VSO order), with its appositive role.
 * Returns null when the region starts with the complement (pro-drop).
 */
const COMMA_TOK = new Set(['،', ',']);
/** Words that open a description of a place (كبرى مدن الجنوب، عاصمة الإقليم، ثاني أكبر المدن، إحدى ضواحي …). */
const PLACE_APPOSITION = /^(كبري|اكبر|ثاني|ثالث|عاصمه|احدي|اهم|مركز|كبرى)$/;

/** A body's head noun (جامعة، الوزارة، مستشفى), folded, with or without its article. */
function bodyWord(ctx: Ctx, n: string): boolean {
  const O = ctx.lex.orgHeads;
  return O.has(n) || O.has(n.replace(/^ال/, '')) || O.has('ال' + n);
}

/** role nouns that take a body in construct (رئيس رعاية الشباب، مدير شرطة المنطقة), folded */
const ROLE_IN_CONSTRUCT = /^(رئيس|مدير|امين|وكيل|محافظ|قائد|نائب|عميد|رئيسه|مديره)$/;

export function parseSpeaker(ctx: Ctx, from: number, to: number, entry: CueEntry | null, open = false, keepFirst = false): NP | null {
  const np = parseSpeakerPhrase(ctx, from, to, entry, open, keepFirst);
  const kept = np ? withoutObject(ctx, withoutQuotation(ctx, np)) : np;
  return kept ? withoutAddressee(ctx, kept) : kept;
}

/**
 * A phrase that runs into a quotation of three words or more (وقال مدير المرصد "شوهد اختطاف خمسة مقاتلين" مضيفا): the
 * quotation is what was said, never part of who said it.
 */
function withoutQuotation(ctx: Ctx, np: NP): NP {
  const T = ctx.toks;
  for (let q = np.a + 1; q < np.b; q++) {
    if (!isQuote(T[q]) || ctx.quotes.closeOf[q]! <= q) continue;
    const c = ctx.quotes.closeOf[q]!;
    // (not a body's or a document's quoted name: مجموعة «إن إل فايننشيال إنفيستمينتس»، تقرير "نشرة آفاق أسواق السلع")
    const head = T[q - 1]!.norm;
    const named = q - 1 === np.a && (ctx.lex.orgHeads.has(head) || ctx.lex.orgHeads.has(head.replace(/^ال/, '')) || ctx.lex.mediaNouns.has(head.replace(/^ال/, '')) || isEventNoun(ctx, head) || ctx.lex.documentHeads.has(head) || ctx.lex.attributionSources.has(head.replace(/^ال/, '')));
    if (c - q > 3 && !ctx.entType[q + 1] && !named) return { ...np, b: q, nameB: Math.min(np.nameB, q), roleB: np.roleB > q ? q : np.roleB, named: np.named && np.nameA < q, next: Math.min(np.next, q) };
  }
  return np;
}

/**
 * An untagged name that runs on into the verb's indefinite accusative object and its adjective (خامنئي حكما صريحا، نفيا
 * قاطعا): the name ends before them.
 */
function withoutObject(ctx: Ctx, np: NP): NP | null {
  const T = ctx.toks;
  // (a verbal noun in the accusative alone is the object, never the one who speaks: يتوقعون ارتفاعا لا يقل عن …،
  // توقعت تراجعا في الأسعار)
  const w = T[np.a]!;
  if (np.b - np.a === 1 && np.roleA < 0 && !ctx.entType[np.a] && (/^(ا.ت.ا.ا|ان..ا.ا|است..ا.ا|ت...ا)$/.test(w.norm) || (/^[اتم].{3,6}ا$/.test(w.norm) && /\u064b/.test(w.text))) && !ctx.lex.firstNames.has(w.norm)) return null;
  if (!np.named) return np;
  const acc = (k: number) => isWord(T[k]) && !ctx.entType[k] && T[k]!.norm.length >= 3 && (/ا$/.test(T[k]!.norm) || /\u064b/.test(T[k]!.text)) && !ctx.lex.firstNames.has(T[k]!.norm);
  // (… and a phrase that is only such an object names no one: كشفت توافقا شعبيا عربيا)
  if (np.roleA < 0 && np.a === np.nameA && acc(np.nameA) && acc(np.nameA + 1) && np.nameB > np.nameA + 1) return null;
  for (let k = np.nameA + 1; k < np.nameB - 1; k++) if (acc(k) && acc(k + 1)) return { ...np, b: k, nameB: k, next: k };
  return np;
}

/**
 * The one spoken to at the end of a speaker phrase, right before the words (وأكد المصدر للصحيفة أن …، قال آية الله علي
 * خامنئي لأنصاره إن …، وأوضحت إليزابيث أوسبورن لمراسل الصحيفة أنها …): cut off the phrase; the words start where they did.
 */
function withoutAddressee(ctx: Ctx, np: NP): NP {
  const T = ctx.toks;
  // (the words right after the phrase, or after the addressee's genitive left out of it: لمراسل | الصحيفة أنها …)
  let w = np.b;
  while (w < np.b + 2 && isWord(T[w]) && /^ال/.test(T[w]!.norm) && !ctx.entType[w]) w++;
  const after = T[w];
  if (!after || !(ctx.lex.complementizers.has(after.norm) || after.text === ':' || isQuote(after))) return np;
  for (let m = np.b - 1; m > np.a && m >= np.b - 3; m--) {
    const t = T[m]!;
    if (!isWord(t) || !/^ل[^ل]|^لل/.test(t.norm) || ctx.entType[m] === 2) continue;
    const bare = t.norm.replace(/^لل/, 'ال').replace(/^ل/, '');
    const media = ctx.lex.mediaNouns.has(bare) || ctx.lex.mediaNouns.has(bare.replace(/^ال/, ''));
    const own = /^ل.{3,}(ه|ها|هم|هما)$/.test(t.text.replace(/[\u064b-\u0652\u0640]/g, '')) && !ctx.lex.orgHeads.has(bare) && !/^ل(ه|ها|هم|هما)$/.test(t.norm);
    if (!media && !own) continue;
    // (only the one spoken to and its genitive after it: لمراسل الصحيفة, not a body's name ending the role)
    if (T.slice(m + 1, np.b).some((x, d) => !isWord(x) || ctx.entType[m + 1 + d] === 1)) continue;
    return { ...np, b: m, nameB: Math.min(np.nameB, m), roleB: np.roleB > m ? m : np.roleB };
  }
  return np;
}

function parseSpeakerPhrase(ctx: Ctx, from: number, to: number, entry: CueEntry | null, open = false, keepFirst = false): NP | null {
  // (a formula right after the cue, its first word one the phrase skips: قال عليه السلام "…" is the Prophet, unnamed)
  if (!keepFirst && eulogyEnd(ctx, from) > 0 && /^عليه/.test(ctx.toks[from]!.norm)) return null;
  let np = parseRaw(ctx, from, to, entry, open, keepFirst);
  // (a foreign name's particle the tagger left out is the name's, no role: وقال لو دريان)
  if (np && np.roleA >= 0 && np.roleB === np.roleA + 1 && np.roleB === np.nameA && seenNameParticle(ctx, np.roleA)) np = { ...np, a: Math.min(np.a, np.roleA), nameA: np.roleA, roleA: -1, roleB: -1 };
  // a religious formula first (وكان يرى طيب الله ثراه أن، فقد بين صلى الله عليه وسلم أن) is no speaker: the one it
  // praises is the verb's pro-drop subject, unless a name follows it
  if (np && eulogyEnd(ctx, np.a) > 0 && !praisesGod(ctx, np.a)) {
    let f = eulogyEnd(ctx, np.a);
    while (f < to && /^[-ـ–—،,]+$/.test(ctx.toks[f]!.text)) f++;
    np = f < to ? parseRaw(ctx, f, to, entry, open, keepFirst) : null;
    if (np && eulogyEnd(ctx, np.a) > 0) return null;
  }
  // (the verb of the anonymity formula is no first name: أحد الموظفين فضل عدم ذكر اسمه: the descriptor alone speaks)
  // (… in any person: مصادر أمنية، رفضت الكشف عن هويتها، مسؤولون، طلبوا عدم ذكر أسمائهم)
  if (np && np.named && np.roleA >= 0 && np.nameB - np.nameA <= 2 && /^(فضل|طلب|رفض|اشترط)(ت|وا|ا|تا)?$/.test(ctx.toks[np.nameA]!.norm) && /^(عدم|الكشف|ذكر|الافصاح)$/.test(ctx.toks[np.nameA + 1]?.norm ?? '')) {
    const role = parseRaw(ctx, Math.min(np.roleA, np.a), np.nameA, entry, open, true);
    const apposed = !!role && role.b === np.nameA - 1 && COMMA_TOK.has(ctx.toks[role.b]!.text);
    return role && (role.b === np.nameA || apposed) ? { ...role, type: 'ANON', named: false, next: np.nameA } : null;
  }
  // (a description of the role's place between commas is no name: محافظ عدن، كبرى مدن الجنوب اليمني، …)
  if (np && np.named && np.roleA >= 0 && np.roleB === np.nameA - 1 && COMMA_TOK.has(ctx.toks[np.roleB]!.text) && PLACE_APPOSITION.test(ctx.toks[np.nameA]!.norm) && !ctx.entType[np.nameA]) {
    const role = parseRaw(ctx, np.roleA, np.roleB, entry, open, true);
    if (role && role.b === np.roleB) return { ...role, next: COMMA_TOK.has(ctx.toks[np.b]?.text ?? '') ? np.b + 1 : np.b };
  }
  // (a body after a role noun in construct is the role's, no name: وأضاف سمو رئيس رعاية الشباب)
  // (a role noun without its article is in construct: the word after it is its genitive unless a tagged or known name)
  if (np && np.named && np.roleA >= 0 && np.nameA === np.roleB && !ctx.entType.subarray(np.nameA, np.nameB).includes(1) && !ctx.toks.slice(np.nameA, np.nameB).some((t) => ctx.lex.firstNames.has(t.norm) || ctx.lex.titles.has(t.norm)) && ROLE_IN_CONSTRUCT.test(ctx.toks[np.roleB - 1]!.norm) && !ctx.toks.slice(np.b, np.b + 8).some((t, d) => ctx.entType[np!.b + d] === 1 || ctx.lex.titles.has(t.norm))) {
    np = { ...np, a: Math.min(np.a, np.roleA), nameA: Math.min(np.a, np.roleA), roleA: -1, roleB: -1, named: false, type: 'PERS' };
  }
  // an honorific pronoun is a whole phrase, the words after it the verb's object (وحذر فضيلته الشباب من …، ووصف سموه
  // الحادثة بأنها …)
  if (np && np.b > np.a + 1 && ctx.lex.honorificPronouns.has(ctx.toks[np.a]!.norm)) {
    return { a: np.a, b: np.a + 1, nameA: np.a, nameB: np.a + 1, roleA: -1, roleB: -1, type: undefined, plural: false, named: false, next: np.a + 1 };
  }
  // a religious formula after the name (رسول الله صلى الله عليه وسلم، أبو هريرة رضي الله عنه) ends the phrase
  // (an honorific form of address, then a comma and the person it addresses: أكد صاحب السمو، الأمير جلوي بن عبدالعزيز،
  // أمير منطقة نجران، حرص …)
  if (np && !np.named && np.a === from && np.b - np.a <= 3 && ctx.toks[np.a]!.norm === 'صاحب' && /^ال(سمو|معالي|فضيله|سعاده)$/.test(ctx.toks[np.a + 1]?.norm ?? '') && COMMA_TOK.has(ctx.toks[np.b]?.text ?? '')) {
    const held = parseRaw(ctx, np.b + 1, to, entry, open, keepFirst);
    if (held && (held.named || held.type === 'PERS') && Math.min(held.a, held.roleA >= 0 ? held.roleA : held.a) <= np.b + 2) np = held;
  }
  const k = np ? eulogyIn(ctx, np.a, np.b) : -1;
  if (!np || k < 0) return np;
  let b = k;
  while (b > np.a + 1 && !isWord(ctx.toks[b - 1])) b--;
  let next = eulogyEnd(ctx, k);
  while (next < to && /^[-ـ–—]+$/.test(ctx.toks[next]!.text)) next++;
  return { ...np, b, nameA: Math.min(np.nameA, b - 1), nameB: Math.min(Math.max(np.nameB, np.nameA + 1), b), roleB: np.roleA >= 0 ? Math.min(np.roleB, b) : np.roleB, next: Math.max(np.next, next) };
}

function parseRaw(ctx: Ctx, from: number, to: number, entry: CueEntry | null, open = false, keepFirst = false): NP | null {
  const T = ctx.toks;
  // keepFirst: the first word is the source itself even with a fused ل (وفقا لمركز الإحصاءات), never an outlet
  let a = keepFirst ? from : skipLeading(ctx, from, to);
  // (an article written before a quoted name belongs to it: وكانت الـ«الشرق الأوسط» أشارت)
  if (a + 2 < to && articleBeforeQuote(T, a)) a++;
  // كل من X وY وZ ("both X and Y"): the people listed speak together
  if (T[a]?.norm === 'كل' && T[a + 1]?.norm === 'من') return listOfPeople(ctx, a, to);
  const open0 = T[a]?.text === '(' && a + 2 < to && isWord(T[a + 1]);
  if (a >= to || !(isWord(T[a]) || isQuote(T[a]) || open0)) return null;
  // (and a document named first: وبين التقرير الصادر عن البنك الوطني الكويتي، أمس، أن …)
  if (a + 3 < to && /^(ال)?(تقرير|بيان|دراسه|رساله|بلاغ|تقديرات|احصاءات|بيانات|نشره|مذكره|بيانان|تقريران)$/.test(T[a]!.norm) && /^(صدر|صدرت|صادر|الصادر|صادره|الصادره|صادران|الصادران)$/.test(T[a + 1]!.norm) && T[a + 2]?.norm === 'عن') {
    const issuer = parseSpeaker(ctx, a + 3, to, entry, open);
    if (issuer && (issuer.type === 'ORG' || issuer.named || ctx.entType[issuer.a] === 2)) {
      if (issuer.roleA < 0) {
        issuer.roleA = a;
        issuer.roleB = a + 3;
      }
      return issuer;
    }
  }
  // (… or the issuer of a document it made: وفقًا لتقرير أصدرته مؤخرًا رابطة صناع السيارات الفيتنامية)
  if (a + 2 < to && /^ل?(ال)?(تقرير|بيان|دراسه|احصائيه|احصاءات|بيانات|نشره|مسح|استطلاع)$/.test(T[a]!.norm) && MADE_IT.test(T[a + 1]!.norm)) {
    let m = a + 2;
    while (m < to - 1 && isWord(T[m]) && (/\u064b/.test(T[m]!.text) || /^(امس|اليوم|مؤخرا|حديثا|اخيرا)$/.test(T[m]!.norm))) m++;
    // (a tagged body or person, no purpose after the verb: دراسة أجرتها لكشف أسباب …)
    const issuer = ctx.entType[m] === 1 || ctx.entType[m] === 2 ? parseSpeaker(ctx, m, Math.min(to, ctx.entEnd[m]!), entry, open) : null;
    if (issuer && issuer.a === m && (issuer.type === 'ORG' || issuer.named || ctx.entType[m] === 2) && issuer.roleA < 0) return { ...issuer, roleA: a, roleB: m, next: Math.max(issuer.next, ctx.entEnd[m]!) };
  }
  // a document and its issuer (قال تقرير صدر عن المفوضية الأوروبية، إن …): the issuer speaks, the document is its role
  if (a > from && /^(صدر|صدرت|صادر|الصادر|صادره|الصادره|صادران|الصادران)$/.test(T[a]!.norm) && T[a + 1]?.norm === 'عن' && a + 2 < to) {
    const issuer = parseSpeaker(ctx, a + 2, to, entry, open);
    if (issuer && issuer.roleA < 0) {
      issuer.roleA = from;
      issuer.roleB = a;
    }
    return issuer;
  }
  // a share of a group (وقال 60% من المشاركين في الاستطلاع إنهم …، 97 في المائة من البالغين): an anonymous source, the
  // whole phrase
  if (T[a]!.kind === 'number') {
    let m = a + 1;
    if (T[m]?.text === '%' || T[m]?.text === '٪') m++;
    else if (T[m]?.norm === 'في' && /^(المائه|المئه)$/.test(T[m + 1]?.norm ?? '')) m += 2;
    else if (/^(بالمائه|بالمئه)$/.test(T[m]?.norm ?? '')) m++;
    if (m > a + 1 && T[m]?.norm === 'من' && m + 1 < to) {
      const rest = parseSpeaker(ctx, m + 1, to, entry, open, true);
      if (rest && rest.a === m + 1) return { a, b: rest.b, nameA: a, nameB: rest.b, roleA: -1, roleB: -1, type: 'ANON', plural: true, named: false, next: rest.next };
    }
  }
  // an ordinal with a bare noun (وكتبت ثاني كتاب) is an object, never a speaker (but ثالثة كبرى شركات السيارات)
  if (/^(ثاني|ثالث|رابع|خامس|اول)$/.test(T[a]!.norm) && isWord(T[a + 1]) && !/^(ال|كبري|كبرى|اكبر)/.test(T[a + 1]!.norm) && !ctx.entType[a + 1]) return null;
  // a preposition with a pronoun (بدعمه، لديه) is no speaker
  // (the written word decides: a final ة is no pronoun, so بعثة، بورصة are nouns)
  const pron = /(ه|ها|هم|هما)$/.test(T[a]!.text.replace(/[\u064b-\u0652\u0640]/g, ''));
  if (/^[بل]/.test(T[a]!.norm) && pron && !nameLike(ctx, T[a])) return null;
  // (nor حول "about", the topic after an interview: وأوضح في حديث مع "سبق" حول ملابسات نقل زوجته …، أنه …)
  if (!keepFirst && T[a]!.norm === 'حول' && !ctx.entType[a] && isWord(T[a + 1]) && !ctx.entType[a + 1]) return null;
  // (nor ل with "all", "each": the ones spoken to, وأكد لجميع القوى السياسية أن …، قال لكل المشاركين)
  // (… when the words follow them: كان نفيا لكل ألوان الحياة has none)
  if (!keepFirst && /^ل(جميع|كل|كافه|مختلف)$/.test(T[a]!.norm) && T.slice(a + 1, Math.min(T.length, a + 9)).some((x) => x.text === ':' || ctx.lex.complementizers.has(x.norm))) return null;
  // (a family name that only looks like one, tagged and written after a first name before: وزير النقل بدر باسلمه …
  // وأضاف باسلمه)
  if (/^[بل]/.test(T[a]!.norm) && pron && T[a]!.norm.length <= 6 && !(ctx.entType[a] === 1 && seenAsName(ctx, a))) return null;
  // a resumptive preposition + pronoun of a relative clause (رسالة حمل فيها الرياض مسؤولية …): the subject is not written
  if (a === from && /^(في|من|عن|علي|على)(ه|ها|هم|هما)$/.test(T[a]!.norm)) return null;
  // ("more" behind its preposition opens the object: ودعا لمزيد من تشجيع …)
  if (a === from && /^(ل|ب|لل|بال)مزيد$/.test(T[a]!.norm)) return null;
  // the demand verb's ب-object right after the cue (وطالبت بضرورة حلها): no speaker
  // (or its fused ل-object: وأشار لوجود الكثير من المدارس …)
  // (a verb whose content comes only through ب takes its ب-object at once: وتعهدت بمفاوضات سريعة …)
  // (and any verb taking its object through ب, right after it: وتعهدت بمفاوضات، هدد بضرب أبراجها)
  if ((entry?.prepOnly || (entry?.nominal && a === from)) && /^ب/.test(T[a]!.norm) && T[a]!.norm.length > 3 && entry.preps?.includes('ب') && !ctx.entType[a] && !knownFirstName(T[a]!.norm) && !ctx.lex.anonHeads.has(T[a]!.norm) && !ctx.lex.roleNouns.has(T[a]!.norm) && !/^باحث(ون|ين)?$/.test(T[a]!.norm)) return null;
  // (a derived-form verbal noun counts too: وطالبت كافة الأطراف باحترام مهمة …)
  if (/^[بل]/.test(T[a]!.norm) && entry?.preps?.includes(T[a]!.norm[0]!) && (ctx.lex.objectStarters.has(T[a]!.norm.slice(1)) || derivedMasdar(T[a]!.norm.slice(1)))) return null;
  // a conjunction with a pronoun (ولكنه استدرك، لأنها، فإنهم) opens a clause of its own: never a speaker phrase
  if (/^[وف]?(لكن|لان|ان|كان)(ه|ها|هم|هما)$/.test(T[a]!.norm)) return null;
  // a relative ما with its preposition (ونوه بما تقوم به الجمعية، عما يجري، مما حدث) opens the object, never a speaker
  if (/^[وف]?(بما|عما|مما|لما|فيما)$/.test(T[a]!.norm)) return null;
  // a reflexive object (واعتبر نفسه خارج المنافسة): the subject is not written
  if (/^(نفس|انفس)(ه|ها|هم|هما|ك|كم)$/.test(T[a]!.norm)) return null;
  // (a name that only looks like و/ف + particle, فان of فان در كلاوو, counts once it was written after a first name)
  if ((ctx.lex.notSpeakerHeads.has(T[a]!.norm) && !seenNameParticle(ctx, a)) || (ctx.lex.notSpeakerHeads.has(T[a]!.norm.replace(/^[وف]/, '')) && !seenAsName(ctx, a))) return null;
  // a nominal object right after the cue (نفى مقتل أي مدنيين، أكد استعداد …): pro-drop, no speaker
  if (ctx.lex.objectStarters.has(T[a]!.norm) && !inPerson(ctx, a)) return null;
  // (… nor a second verb joined to it: والصحف الأميركية تتساءل وتحلل وتطرح أسئلة)
  if (a === from && /^و[تي][\u0621-\u064a]{3,4}$/.test(T[a]!.norm) && !ctx.entType[a] && !ctx.lex.firstNames.has(T[a]!.norm) && !ctx.lex.firstNames.has(T[a]!.norm.slice(1)) && !/^(ال|وال)/.test(T[a + 1]?.norm ?? 'x') && !seenAsName(ctx, a)) return null;
  // a finite verb right after the cue (وقال يصرون …، يتساءلون ويستغربون) starts no speaker phrase
  if (verbShaped(T[a]!.norm) && !ctx.entType[a] && !ctx.lex.firstNames.has(T[a]!.norm)) return null;
  // (… or a singular imperfect: يرفع مستوى القلق، ينظر إليها، ويغني — not a first name like يحيى، ياسين)
  // (a name right before the complement, or one written after a first name elsewhere, stays: وقال يونكر إن …)
  const nextOpens = !!T[a + 1] && (ctx.lex.complementizers.has(T[a + 1]!.norm) || T[a + 1]!.text === ':' || T[a + 1]!.text === '،' || isQuote(T[a + 1]));
  if (/^و?ي[\u0621-\u064a]{2,4}$/.test(T[a]!.norm) && !nextOpens && !ctx.entType[a] && !firstNameAt(ctx, a) && !ctx.lex.roleNouns.has(T[a]!.norm) && !seenAsName(ctx, a)) return null;
  if (entry?.nominal && derivedMasdar(T[a]!.norm) && !ctx.entType[a] && !ctx.lex.firstNames.has(T[a]!.norm) && !ctx.lex.orgHeads.has(T[a]!.norm)) return null;
  // a manner adverbial written without its tanween (قالت له بغيظ، أعلنه بوضوح) is never the speaker, nor a ب-phrase
  // with a possessive pronoun (بموقعه) or a direction (بشمال سيناء)
  if (/^ب/.test(T[a]!.norm) && !ctx.entType[a]) {
    const rest = T[a]!.norm.slice(1);
    if (ctx.lex.mannerNouns.has(rest) || /^(شمال|جنوب|شرق|غرب|وسط)$/.test(rest) || (rest.length > 3 && /(ه|ها|هم)$/.test(T[a]!.text.replace(/[\u064b-\u0652\u0640]/g, '')) && !ctx.lex.firstNames.has(T[a]!.norm))) return null;
    // nor a verbal noun of the derived forms after ب (واختتم حديثه بتحفيز الجماهير، بالتأكيد على)
    if ((derivedMasdar(rest) || /^ت..ي.$/.test(rest) || /^(ال)?(تاكيد|تحذير|تشديد|تنويه|توضيح|تعبير)$/.test(rest)) && !ctx.lex.firstNames.has(rest)) return null;
  }
  // (… nor one joined by و: مازال يدعي وبعقلية خربة بأنه …)
  if (/^وب[^ي]../.test(T[a]!.norm) && !ctx.entType[a] && a === from && !ctx.lex.firstNames.has(T[a]!.norm.slice(1))) return null;
  // an indefinite adverbial or a ب-phrase (بحزن، بقوة) is never the speaker
  if (/\u064b/.test(T[a]!.text) && !(anonHead(ctx, T[a]!.norm) && !ctx.lex.anonHeads.has(T[a]!.norm))) return null;

  // right after a circumstantial (قبل أيام قليلة، خلال الاجتماع) only a recognisable source is a speaker
  if (a > from && ctx.lex.circumstantial.has(T[a - 1]!.norm) && !ctx.entType[a] && classify(ctx, a, a + 1) !== 'org' && classify(ctx, a, a + 1) !== 'anon' && classify(ctx, a, a + 1) !== 'role' && classify(ctx, a, a + 1) !== 'title') return null;
  // خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز: the epithet is the role of the name after it
  if (T[a]!.norm === 'خادم' && T[a + 1]?.norm === 'الحرمين') {
    const e = T[a + 2]?.norm === 'الشريفين' ? a + 3 : a + 2;
    const named = e < to ? parseSpeaker(ctx, e, to, entry, open, true) : null;
    if (named && named.named && named.a === e) {
      if (named.roleA < 0) {
        named.roleA = a;
        named.roleB = e;
      }
      return named;
    }
  }
  // (a fused ل that opens an addressee elsewhere is the attribution's own here: وفقا لوكالة الأنباء، وفقا للتلفزيون السوري)
  const lFirst = keepFirst && /^ل/.test(T[a]!.norm) && ctx.lex.circumstantial.has(T[a]!.norm) && isWord(T[a + 1]);
  // (the tagged body's name, when there is one, bounds it: وفقًا لوكالة الأنباء اليمنية بتعيين …)
  let b = lFirst ? (ctx.entType[a] && ctx.entEnd[a]! > a ? Math.min(to, ctx.entEnd[a]!) : Math.max(a + 1, runPhrase(ctx, a + 1, to, entry, open))) : runPhrase(ctx, a, to, entry, open);
  if (b <= a) return null;
  // (a place's ب-phrase closing the description before the comma: رئيس مجلس التنمية السياحية بالمنطقة، فيصل …)
  if (b + 4 < to && isWord(T[b]) && /^بال/.test(T[b]!.norm) && !ctx.entType[b] && (T[b + 1]!.text === '،' || T[b + 1]!.text === ',') && inPerson(ctx, b + 2) && !T.slice(a, b).some((_, k) => ctx.entType[a + k] === 1)) b++;
  // a description, then the person's name between commas right before the complement (وأكد أحد أصحاب محال
  // الخضار، أحمد العلي، أن …): the name is the speaker, the description its role
  if (b + 3 < to && (T[b]!.text === '،' || T[b]!.text === ',') && inPerson(ctx, b + 1) && !T.slice(a, b).some((_, k) => ctx.entType[a + k] === 1)) {
    const c = ctx.entEnd[b + 1]!;
    // (… or a nominal object there: أكد أمير منطقة عسير رئيس مجلس التنمية السياحية، فيصل بن خالد، أهمية تقديم …)
    const objectNext = !!entry?.nominal && isWord(T[c + 1]) && !hasArticle(T[c + 1]!.norm) && (ctx.lex.objectStarters.has(T[c + 1]!.norm) || derivedMasdar(T[c + 1]!.norm) || isEventNoun(ctx, T[c + 1]!.norm));
    // (… or before the colon that opens the words: وقال المتحدث الرسمي للمديرية العامة للسجون، أيوب بن نحيت: …)
    if (c > b + 1 && c - b <= 6 && ((T[c]?.text === T[b]!.text && T[c + 1] && (ctx.lex.complementizers.has(T[c + 1]!.norm) || objectNext)) || T[c]?.text === ':')) {
      const np = build(ctx, b + 1, c, c + 1, [a, b]);
      if (np.named) return np;
    }
  }
  // (… or a title and a name, after a description of their own: قال أستاذ الاقتصاد بجامعة الملك عبدالعزيز بجدة،
  // الخبير والكاتب الاقتصادي الدكتور مقبل الذكير، إن …)
  if (b + 3 < to && (T[b]!.text === '،' || T[b]!.text === ',')) {
    let c = b + 1;
    while (c < Math.min(to, b + 10) && isWord(T[c])) c++;
    let t = -1;
    for (let k = b + 1; k < c - 1; k++) if (ctx.lex.titles.has(T[k]!.norm)) t = k;
    if (t >= 0 && c - t >= 3 && c - t <= 5 && ((T[c]?.text === T[b]!.text && T[c + 1] && ctx.lex.complementizers.has(T[c + 1]!.norm)) || T[c]?.text === ':') && !T.slice(a, b).some((_, k) => ctx.entType[a + k] === 1)) {
      const np = build(ctx, t, c, c + 1, [a, t]);
      if (np.named) return np;
    }
  }
  // سفير خادم الحرمين الشريفين في أثينا عصام بيت المال: the King's epithet after a role completes the role
  // (a Saudi ambassador, consul or envoy); it names no one there
  let epithet = false;
  for (let k = a + 1; k < Math.min(to, a + 4); k++) {
    if (/^(خادم|لخادم)$/.test(T[k]!.norm) && T[k + 1]?.norm === 'الحرمين' && ctx.lex.roleNouns.has(T[k - 1]!.norm)) {
      const e = T[k + 2]?.norm === 'الشريفين' ? k + 3 : k + 2;
      if (e <= to) {
        b = e;
        epithet = true;
      }
      break;
    }
  }
  // a ل-phrase right after a role noun is the addressee (وقال اللاعب لبرنامج في المرمى)
  if (b - a >= 2 && ctx.lex.roleNouns.has(T[b - 2]!.norm) && /^ل[^ل]/.test(T[b - 1]!.norm) && T[b - 1]!.norm.length > 4 && !ctx.entType[b - 1] && !firstNameAt(ctx, b - 1)) b--;
  // (an outlet named after it too: وقال الوزير لتلفزيون «بي بي سي»، أكد المدير لصحيفة الحياة; and a counterpart or
  // the press anywhere in the phrase: وقال وزير الخارجية لنظيره الأمريكي جون كيري، قال المتحدث للصحفيين)
  for (let k = a + 1; k < b; k++) {
    const n = T[k]!.norm;
    if ((ctx.lex.roleNouns.has(T[k - 1]!.norm) && /^ل[^ل]/.test(n) && ctx.lex.mediaNouns.has(n.slice(1)) && ctx.entType[k] !== 1) || ADDRESSEE.test(n)) {
      b = k;
      break;
    }
  }
  // a body named after a king or prince, then its head's title and name (مدير مركز الملك عبد الله بن عبد العزيز بجدة
  // الدكتور زهير ميمني): the titled name speaks, the words before it are the role
  const royal = ctx.lex.roleNouns.has(T[a]!.norm) ? royalBody(ctx, a, b) : -1;
  for (let c = royal + 3; royal >= 0 && c + 1 < b; c++) {
    if (!isWord(T[c]) || !innerTitle(ctx, T[c]!) || /^(الملك|الامير|الاميره|الشيخ)$/.test(T[c]!.norm) || !(inPerson(ctx, c + 1) || nameLike(ctx, T[c + 1]))) continue;
    const np = build(ctx, c, runPhrase(ctx, c, to, entry), 0, [a, c]);
    if (np.named) {
      np.next = np.b;
      return np;
    }
    break;
  }
  const inner = epithet ? null : innerSplit(ctx, a, b);
  if (inner) {
    // role descriptor, then title + name (رئيس الأركان الأمريكي الجنرال مارتن ديمبسي): the phrase ends with the name
    // (or a titled name, then its role: الدكتور أشرف العربي وزير التخطيط المصري)
    const after = !!inner[2] && inner[2][0] >= inner[1];
    const np = build(ctx, inner[0], inner[1], after ? b : inner[1], inner[2]);
    return np;
  }
  // a descriptor, a naming verb, then the name (شاهد عيان يدعى أحمد اكاي، إن …): the name is the speaker and
  // the descriptor its role
  // (… or the descriptor's place first: وقال ساكن آخر في موسكو يدعى سيرجي …)
  const v = placeAfter(ctx, b, to);
  const nv = T[v];
  // (… or "whose name is": وقال رجل اسمه صالح سرية إن …)
  if (nv && v + 1 < to && isWord(nv) && (ctx.lex.namingVerbs.has(nv.norm) || /^و?اسم(ه|ها)$/.test(nv.norm)) && (inPerson(ctx, v + 1) || nameLike(ctx, T[v + 1]))) {
    const e = runPhrase(ctx, v + 1, to, entry);
    if (e > v + 1 && e - v <= 5) return build(ctx, v + 1, e, e, [a, v]);
  }
  // (… or after a comma and و, past a few words of description, with the age in brackets: قال مبتكر وسيلة النقل
  // الصغيرة للغاية، ويدعى كونياكو سايتو (26 عاما) إن …)
  for (let c = b; c < Math.min(to - 2, b + 6) && (isWord(T[c]) || COMMA_TOK.has(T[c]!.text)); c++) {
    if (!COMMA_TOK.has(T[c]!.text)) continue;
    const w = T[c + 1]!;
    // (… the name between quotation marks too: ويدعى "بدر الحربي"، أن …)
    const qc = isQuote(T[c + 2]) ? ctx.quotes.closeOf[c + 2]! : -1;
    if (isWord(w) && ctx.lex.namingVerbs.has(w.norm.replace(/^و/, '')) && qc > c + 3 && qc - c <= 7 && qc < to && (inPerson(ctx, c + 3) || nameLike(ctx, T[c + 3]))) {
      const after = qc + 1;
      if (T[after] && (ctx.lex.complementizers.has(T[after]!.norm) || COMMA_TOK.has(T[after]!.text))) return build(ctx, c + 3, qc, after, [a, b]);
      break;
    }
    if (!isWord(w) || !ctx.lex.namingVerbs.has(w.norm.replace(/^و/, '')) || !(inPerson(ctx, c + 2) || nameLike(ctx, T[c + 2]))) break;
    let e = runPhrase(ctx, c + 2, to, entry);
    // (the age in brackets closes the name: كونياكو سايتو (26 عاما))
    for (let q = c + 3; q < e; q++) if (T[q]!.text === '(') {
      e = q;
      break;
    }
    let after = e;
    if (T[after]?.text === '(') {
      let q = after + 1;
      while (q < to && q - after <= 5 && T[q]!.text !== ')') q++;
      if (T[q]?.text === ')') after = q + 1;
    }
    if (e > c + 2 && e - c <= 6 && T[after] && (ctx.lex.complementizers.has(T[after]!.norm) || COMMA_TOK.has(T[after]!.text))) return build(ctx, c + 2, e, after, [a, b]);
    break;
  }
  let first = classify(ctx, a, b);
  if (first === 'anon') {
    b = anonTail(ctx, b, to, entry);
    // an official located by his body, then his name (وانتقد مسؤول العلاقات الخارجية في حكومة الاقليم فلاح مصطفى قرار …):
    // the name is the speaker, the words before it the role (not a person named by a title inside: مسؤول في مكتب
    // الرئيس حسن روحاني)
    if (/^(مسؤول|مسئول)$/.test(T[a]!.norm)) {
      for (let k = a + 2; k < Math.min(to, b + 6); k++) {
        if (!isWord(T[k]) || ctx.lex.complementizers.has(T[k]!.norm)) break;
        if (ctx.entType[k] !== 1 || ctx.entType[k - 1] === 1) continue;
        const e = ctx.entEnd[k]!;
        // (not the genitive of a body: مسؤول في حكومة هادي، مصدر في إدارة أوباما)
        if (e > k && e <= to && !ctx.lex.titles.has(T[k - 1]!.norm) && !ctx.lex.roleNouns.has(T[k - 1]!.norm) && !ctx.lex.orgHeads.has(T[k - 1]!.norm) && !isPrep(T[k - 1]!) && !/^[بل]/.test(T[k]!.norm)) {
          const np = build(ctx, k, e, e, [a, k]);
          if (np.named) return np;
        }
        break;
      }
    }
  }
  // a role continued by its located body up to an untagged name (المدير العام لأمن مطار الكويت الدولي اللواء
  // فيصل السنين، الأمين العام للهيئة إحسان بن صالح طيب): the name is the speaker, the words before it the role
  if (first === 'role' && !trailingName(ctx, a, b) && !ADDRESSEE.test(T[b]?.norm ?? '')) {
    const hit = nameAfterRole(ctx, b, to, entry);
    if (hit) {
      const np = build(ctx, hit[0], hit[2], hit[2], [a, hit[0]]);
      if (np.named) return np;
    }
    // (or up to a tagged name right before the complement, over prepositions and commas: وأوضح المشرف العام على
    // العلاقات العامة والإعلام بوزارة الحج علي بن محمد الغامدي أن …، وقال الباحث الفلكي، بقسم علوم الفلك بجامعة
    // الملك عبدالعزيز، ملهم بن محمد هندي: …)
    const tagged = taggedNameBefore(ctx, b, to, entry);
    if (tagged) {
      let re = tagged[0];
      while (re > a && !isWord(T[re - 1])) re--;
      const np = build(ctx, tagged[0], tagged[1], tagged[1], [a, re]);
      if (np.named) return np;
    }
  }
  // a role phrase continuing over "في <place>" into a name: مسؤول فرع الاتحاد … في الموصل غياس سورجي
  // (and over a located body of one to three words: رئيس لجنة الإغاثة في الحكومة اليمنية عبدالرقيب سيف الأسودي)
  // a role, then the holder's name between dashes (وقال المبعوث الأممي الخاص للشرق الأوسط -نيكولاي ملادينوف- إن …)
  if ((first === 'role' || first === 'other') && !trailingName(ctx, a, b) && b + 2 < to && /^[-–]$/.test(T[b]!.text)) {
    let c = b + 1;
    while (c < to && c - b <= 5 && isWord(T[c])) c++;
    if (c < to + 1 && c > b + 1 && T[c] && /^[-–]$/.test(T[c]!.text) && (c + 1 >= to || !isWord(T[c + 1]) || ctx.lex.complementizers.has(T[c + 1]!.norm)) && (inPerson(ctx, b + 1) || firstNameAt(ctx, b + 1) || (nameLike(ctx, T[b + 1]) && nameLike(ctx, T[b + 2])))) {
      const np = build(ctx, b + 1, c, c + 1, [a, b]);
      if (np.named) return np;
    }
  }
  // (… or one quoted word closing a role's phrase, before the colon or complement: وقال الملحق التجاري «ماوان»: إن …)
  if (first === 'role' && b - a >= 4 && isQuote(T[b - 1]) && ctx.quotes.openOf[b - 1] === b - 3 && isWord(T[b - 2]) && !ctx.entType[b - 2] && !hasArticle(T[b - 2]!.norm) && !!T[b] && (T[b]!.text === ':' || ctx.lex.complementizers.has(T[b]!.norm)) && ctx.lex.roleNouns.has(T[a]!.norm)) {
    const np = build(ctx, b - 2, b - 1, b, [a, b - 3]);
    np.a = b - 2;
    np.b = b - 1;
    np.nameA = b - 2;
    np.nameB = b - 1;
    np.named = true;
    np.type = 'PERS';
    return np;
  }
  // a descriptor, then the person's name between quotation marks at the end of the phrase (وقال المبتعث إلى جامعة
  // لاتروب بولاية فكتوريا "خلف السبيعي" لـ"سبق": إن …): the quoted name is the speaker, the words before it the role
  if ((first === 'role' || first === 'other') && !trailingName(ctx, a, b)) {
    for (let c = b; c < Math.min(to, b + 11); c++) {
      if (!isQuote(T[c])) {
        if (!isWord(T[c]) || ctx.lex.cues.has(T[c]!.norm) || ctx.lex.complementizers.has(T[c]!.norm)) break;
        continue;
      }
      const q = ctx.quotes.closeOf[c]!;
      const after = T[q + 1];
      // (a longer description, up to ten words, only when the outlet or the complement follows the name at once:
      // وقال المبتعث إلى جامعة فلندرز في تخصص طب الطوارئ "عبدالسلام بن حمد العنزي" لـ"سبق")
      const closes = !!after && isWord(after) && (/^ل/.test(after.norm) || ctx.lex.complementizers.has(after.norm));
      if (q > c + 1 && q - c <= 6 && (c - b <= 6 || closes) && (inPerson(ctx, c + 1) || (firstNameAt(ctx, c + 1) && !ctx.entType[c + 1])) && (q + 1 >= to || !after || !isWord(after) || closes)) {
        const np = build(ctx, c + 1, q, q + 1, [a, c]);
        if (np.named) return np;
      }
      break;
    }
  }
  // (or over "إلى/لدى <place>": المبعوث الدولي إلى اليمن إسماعيل ولد الشيخ أحمد، سفير المملكة لدى الأردن …)
  // (an acting role first: القنصل السعودي بالإنابة في مدينة مشهد الإيرانية عبدالله الحمراني)
  if ((first === 'role' || first === 'other') && b + 4 < to && /^(بالانابه|بالوكاله)$/.test(T[b]!.norm) && /^(في|الي|لدي)$/.test(T[b + 1]!.norm)) b++;
  if ((first === 'role' || first === 'other' || first === 'anon') && !trailingName(ctx, a, b) && b + 3 < to && (T[b]!.norm === 'في' || ((T[b]!.norm === 'الي' || T[b]!.norm === 'لدي') && first === 'role')) && !ctx.lex.eventNouns.has(T[b + 1]!.norm)) {
    for (let c = b + 2; c <= b + 6 && c + 1 < to && isWord(T[c - 1]) && !isEventNoun(ctx, T[c - 1]!.norm); c++) {
      // the name between quotation marks (المبعوث الدولي إلى اليمن "إسماعيل ولد الشيخ أحمد")
      const q = isQuote(T[c]) ? ctx.quotes.closeOf[c]! : -1;
      if (q > c + 1 && q - c <= 7 && q < to && inPerson(ctx, c + 1)) {
        const np = build(ctx, c + 1, q, q + 1, [a, c]);
        if (np.named) return np;
        break;
      }
      // (a tagged person, titled or not: سفير المملكة لدى الأردن الدكتور سامي الصالح متانة العلاقات …)
      // (not after a naming verb, يدعى خالد باطرفي، whose name is found below with its asides)
      // (a plural head is no one person: المحققون في حادث إسقاط الطائرة الماليزية ام اتش 17 names a flight)
      const tp = first === 'anon' || /^و?ال.{3,}(ون|ين)$/.test(T[a]!.norm) || ctx.lex.namingVerbs.has(T[c - 1]!.norm) ? -1 : isWord(T[c]) && innerTitle(ctx, T[c]!) && inPerson(ctx, c + 1) ? c + 1 : inPerson(ctx, c) && !inPerson(ctx, c - 1) ? c : -1;
      if (tp >= 0 && ctx.entEnd[tp]! > tp && ctx.entEnd[tp]! <= to) {
        const np = build(ctx, c, ctx.entEnd[tp]!, ctx.entEnd[tp]!, [a, c]);
        if (np.named) return np;
      }
      // (an untagged first name and its family name right before the complement: رئيس لجنة الأمن والدفاع في البرلمان
      // العراقي حاكم الزاملي إن …)
      const pn = first === 'role' && !ctx.entType[c] ? personNameAt(ctx, c, to) : null;
      if (pn && pn[0] === c && (pn[2] === to || ctx.lex.complementizers.has(T[pn[2]]?.norm ?? '') || T[pn[2]]?.text === '،' || T[pn[2]]?.text === ':')) {
        const np = build(ctx, c, pn[2], pn[2], [a, c]);
        if (np.named) return np;
      }
      if ((nameLike(ctx, T[c]) && nameLike(ctx, T[c + 1])) || (T[c] && isTitle(ctx, T[c]!)) || titleDot(ctx, c + 1) || inPerson(ctx, c)) {
        let e = runPhrase(ctx, c, to, entry);
        // a tagged person's name runs to its end (إسماعيل ولد الشيخ أحمد: الشيخ inside the name is no title)
        if (ctx.entType[c] === 1 && ctx.entEnd[c]! > e && ctx.entEnd[c]! <= to) e = ctx.entEnd[c]!;
        if (trailingName(ctx, c, e)) b = e;
        break;
      }
    }
  }
  // a role located by a ب/ل-phrase before its holder's title or name (رئيس لجنة الاحتراف بالاتحاد السعودي لكرة القدم
  // الدكتور عبد الله البرقان): the speaker is the titled name, the words before it the role
  if ((first === 'role' || first === 'other') && !trailingName(ctx, a, b) && b + 1 < to && /^[بل]/.test(T[b]!.norm) && T[b]!.norm.length > 3 && !ADDRESSEE.test(T[b]!.norm)) {
    // the located body is nouns only: definite words or ل-genitives (بالاتحاد السعودي لكرة القدم)
    for (let c = b + 1; c <= b + 6 && c < to && isWord(T[c - 1]) && (c === b + 1 || /^(ال|لل|بال|ل)/.test(T[c - 1]!.norm)) && !isPrep(T[c - 1]!) && !ctx.lex.cues.has(T[c - 1]!.norm); c++) {
      if (!isWord(T[c]) || !(innerTitle(ctx, T[c]!) || inPerson(ctx, c))) continue;
      const np = build(ctx, c, runPhrase(ctx, c, to, entry), 0, [a, c]);
      if (!np.named) break;
      np.next = np.b;
      return np;
    }
  }
  // (a member of parliament for a bloc or a province, then the name: وطالب النائب عن كتلة المواطن محمد اللكاش بـ …،
  // وقالت النائبة عن التحالف الكردستاني أشواق الجاف إن …)
  if (first === 'role' && b === a + 1 && /^(ال)?نائب(ه)?$/.test(T[a]!.norm) && T[b]?.norm === 'عن' && b + 2 < to && isWord(T[b + 1])) {
    for (let c = b + 2; c <= b + 6 && c < to && isWord(T[c - 1]) && !isPrep(T[c - 1]!) && !ctx.lex.cues.has(T[c - 1]!.norm) && !ctx.lex.complementizers.has(T[c - 1]!.norm); c++) {
      // (a tagged person, or a known first name with a word after it: the tagger may have read it into the bloc's name)
      const tagged = ctx.entType[c] === 1 && ctx.entEnd[c]! > c;
      if (!isWord(T[c]) || !(tagged || (ctx.lex.firstNames.has(T[c]!.norm) && isWord(T[c + 1]) && c + 1 < to))) continue;
      const np = build(ctx, c, tagged ? Math.min(to, ctx.entEnd[c]!) : runPhrase(ctx, c, to, entry), 0, [a, c]);
      if (!np.named) break;
      np.next = np.b;
      return np;
    }
  }
  // (an indefinite role noun alone, then where it sits, is one unnamed member: وقال عضو في المجلس المحلي للمدينة إن …)
  if (first === 'role' && b === a + 1 && !hasArticle(T[a]!.norm) && /^(عضو|عضوه|موظف|موظفه|ضابط|مستشار|مستشاره|باحث|باحثه|خبير|خبيره|محلل|محلله|دبلوماسي|نائب)$/.test(T[a]!.norm) && b + 1 < to && T[b]!.norm === 'في' && (hasArticle(T[b + 1]!.norm) || ctx.entType[b + 1] === 2 || ctx.lex.orgHeads.has(T[b + 1]!.norm))) {
    const e = anonTail(ctx, b, to, entry);
    if (e > b + 1) return { a, b: e, nameA: a, nameB: e, roleA: -1, roleB: -1, type: 'PERS', plural: false, named: false, next: e };
  }
  // a body located by a place: السلطات في كابول، مصادر في بغداد
  if ((first === 'org' || first === 'anon') && b + 1 < to && T[b]!.norm === 'في') {
    const pl = b + 1;
    if (ctx.entType[pl] === 3 && !isEventNoun(ctx, T[pl]!.norm)) b = Math.min(to, ctx.entEnd[pl]! > pl ? ctx.entEnd[pl]! : pl + 1);
    else if (!ctx.entities.length && (nameLike(ctx, T[pl]) || (first === 'org' && hasArticle(T[pl]!.norm) && !ctx.lex.timeHeads.has(T[pl]!.norm) && !ctx.lex.orgHeads.has(T[pl]!.norm) && !ctx.lex.roleNouns.has(T[pl]!.norm))) && !isEventNoun(ctx, T[pl]!.norm)) b = pl + 1;
  }
  // (a source located in a body by ب, up to the cue's own preposition or complement: كشف فريق من العلماء بجامعة
  // هايدلبرج الألمانية عن نتائج …، باحثون بمستشفى الملك فيصل أن …)
  // (a body's own unit keeps its name, the body it belongs to is where it is: أعلنت عمادة خدمة المجتمع بجامعة المجمعة عن …)
  let located = -1;
  if (b < to && isWord(T[b]) && /^ب./.test(T[b]!.norm) && !entry?.preps?.includes('ب') && (first === 'anon' || first === 'role' || first === 'other' || first === 'org') && bodyWord(ctx, T[b]!.norm.slice(1)) && !/^ب(رئاسه|قياده|اشراف)$/.test(T[b]!.norm)) {
    let e = b + 1;
    const stop = (t: Token) => !isWord(t) || ctx.lex.complementizers.has(t.norm) || inPreps(entry?.preps, t.norm) || ctx.lex.cues.has(t.norm);
    while (e < to && e - b < 7 && !stop(T[e]!) && !isPrep(T[e]!) && ctx.entType[e] !== 1) e++;
    if (e < to && e > b && T[e]!.kind === 'word' && (ctx.lex.complementizers.has(T[e]!.norm) || inPreps(entry?.preps, T[e]!.norm))) {
      if (first === 'org') located = e;
      else b = e;
    }
  }
  let next = located > 0 ? located : b;

  // comma-delimited appositions: "عضو الوفد، فاتح حسون،" / "العميد بسام عطية، المسؤول في وزارة الداخلية،"
  if (b < to && (T[b]!.text === '،' || T[b]!.text === ',')) {
    const s = skipLeading(ctx, b + 1, to);
    if (s === b + 1 && s < to && isWord(T[s])) {
      let e = s;
      while (e < to && e - s < 14 && isWord(T[e]) || (e < to && isQuote(T[e]) && e - s < 14)) {
        if (ctx.lex.complementizers.has(T[e]!.norm) || (ctx.lex.cues.has(T[e]!.norm) || ctx.lex.circumstantial.has(T[e]!.norm)) && e > s) break;
        // (an indefinite verbal noun after the role's definite last word opens the verb's object: أكد المهندس خالد
        // الشلالي، نائب رئيس مجلس إدارة جمعية البركة الخيرية للخدمات الاجتماعية نجاح مشروع …)
        if (e > s + 1 && entry?.nominal && isWord(T[e]) && T[e]!.norm.length > 3 && !isPrep(T[e]!) && !hasArticle(T[e]!.norm) && ctx.lex.objectStarters.has(T[e]!.norm) && hasArticle(T[e - 1]!.norm) && !ctx.entType[e]) break;
        e++;
      }
      // (a role between commas goes on over its body's preposition: روني جال، المحلل لدى شركة بيرنشتاين للأبحاث، حصول …)
      if (ctx.lex.roleNouns.has(T[s]!.norm) && e < to && isWord(T[e]) && /^(لدي|في|من)$/.test(T[e]!.norm)) {
        let cc = e + 1;
        while (cc < to && cc - s < 14 && isWord(T[cc]) && !ctx.lex.complementizers.has(T[cc]!.norm) && !ctx.lex.cues.has(T[cc]!.norm)) cc++;
        if (cc < to && (T[cc]!.text === '،' || T[cc]!.text === ',')) e = cc;
      }
      // (where the body sits, between commas: مسؤول يمني بمحافظة عدن، جنوب البلاد، اليوم، إن …)
      if (/^(جنوب|شمال|شرق|غرب|وسط|جنوبي|شمالي|شرقي|غربي)$/.test(T[s]!.norm) && e - s <= 3 && (first === 'anon' || first === 'role' || first === 'org')) return build(ctx, a, b, next, null);
      const segKind = classify(ctx, s, e);
      const closed = e < to && (T[e]!.text === '،' || T[e]!.text === ',');
      const objectLike = ctx.lex.objectStarters.has(T[s]!.norm) || ctx.lex.objectStarters.has(T[s]!.norm.replace(/^ال/, ''));
      const headNamed = first === 'title' || first === 'name' || !!trailingName(ctx, a, b);
      // (not a time between the commas: مصادر أمنية يمنية، ليل الاثنين الثلاثاء، أن …)
      const timeSeg = ctx.lex.timeHeads.has(T[s]!.norm) || /^(ليل|ليله|صباح|مساء|فجر|ظهر|عصر|يوم|مطلع|منتصف|اواخر|اوائل|امس|اليوم)$/.test(T[s]!.norm);
      const nameSeg = !timeSeg && (segKind === 'title' || (segKind === 'name' && e - s <= 5 && (nameLike(ctx, T[s + 1]) || /^ال/.test(T[s + 1]?.norm ?? ''))));
      if (!headNamed && !objectLike && (first === 'role' || first === 'other' || first === 'anon') && b - a <= 10 && nameSeg) {
        const np = build(ctx, s, runPhrase(ctx, s, e, entry), e, [a, b]);
        return np;
      }
      // a second role closed by its holder's title and name (وكيل وزارة الصحة، رئيس مركز القيادة والتحكم الدكتور
      // عبدالعزيز بن سعيد، أن …): the name speaks, the first role is its role
      if (!headNamed && !objectLike && (first === 'role' || first === 'other') && segKind === 'role' && closed) {
        const inner = innerSplit(ctx, s, e);
        if (inner && inner[2] && inner[1] >= e - 1) {
          const np = build(ctx, inner[0], inner[1], e, [a, b]);
          if (np.named) return np;
        }
      }
      if (headNamed && !objectLike && (segKind === 'role' || (closed && (segKind === 'other' || segKind === 'org')))) {
        const np = build(ctx, a, b, e, null);
        // (a phrase with its role already, then the addressee and the act between commas: دعا الشيخ … مفتي عام السعودية
        // ورئيس هيئة كبار العلماء، الشباب إلى البعد عن الفتن …، والجماعات …)
        if (np.roleA >= 0 && segKind !== 'role' && inPreps(entry?.preps, T[s]!.norm) === false && T.slice(s, e).some((x) => isWord(x) && inPreps(entry?.preps, x.norm))) return build(ctx, a, b, next, null);
        if (np.roleA < 0) {
          np.roleA = s;
          np.roleB = e;
        }
        return np;
      }
    }
  }
  void first;
  first = 'other';
  return build(ctx, a, b, next, null);
}

/**
 * A person mention that ends the speaker region [b, to) (only punctuation after it), reached over at most 12
 * tokens of a role's located body: none a cue, a complementizer, or a preposition that introduces an addressee
 * (لنظيره، مع، إلى، أمام، عن). Returns [start, end) of the name or null.
 */
function taggedNameBefore(ctx: Ctx, b: number, to: number, entry: CueEntry | null = null): [number, number] | null {
  const T = ctx.toks;
  let e = to;
  while (e > b && !isWord(T[e - 1]) && T[e - 1]!.text !== ')') e--;
  // (a family name the tagger left out after the tagged first name: … خلال إجازة العيد مبارك المبارك أن …)
  let tail = 0;
  if (e - 2 > b && !ctx.entType[e - 1] && ctx.entType[e - 2] === 1 && ctx.entEnd[e - 2] === e - 1 && surnameWord(ctx, e - 1)) {
    tail = 1;
    e--;
  }
  if (e > b && ctx.entType[e - 1] !== 1) {
    // (… المهندس جديع القحطاني في تصريح إلى "الوطن" أن …: only circumstantial words after the name)
    for (let k = e - 1; k > b && k >= to - 10; k--) {
      // (or the cue's own ب-object: وطالب الأمين العام للأمم المتحدة بان كي مون بوقف إطلاق النار)
      const object = !!entry?.preps?.includes('ب') && /^ب/.test(T[k]!.norm) && T[k]!.norm.length > 3;
      if (ctx.entType[k - 1] === 1 && ctx.entType[k] !== 1 && isWord(T[k]) && (object || skipLeading(ctx, k, to) >= to)) {
        e = k;
        break;
      }
    }
  }
  if (e <= b || ctx.entType[e - 1] !== 1) return null;
  let s = e - 1;
  while (s > b && ctx.entType[s - 1] === 1 && !(ctx.entEnd[s]! > s && ctx.entEnd[s] === e)) s--;
  // (a longer role when the name is set off by a comma: أكد المشرف على برنامج إعداد القادة في جامعة هارفارد وعضو هيئة
  // الخبراء في الجامعة، الدكتور مساعد الأحمد، أن …)
  let commaNear = false;
  for (let k = Math.max(b, s - 4); k < s; k++) commaNear = commaNear || COMMA_TOK.has(T[k]!.text);
  if (ctx.entEnd[s] !== e || s - b > (commaNear ? 16 : 12)) return null;
  for (let k = b; k < s; k++) {
    const t = T[k]!;
    const x = t.text;
    if (!isWord(t)) {
      if (x === '،' || x === ',' || x === '(' || x === ')') continue;
      // (the dots of a title written with initials: أ.د. محمد بن عطية الحمراني)
      if (x === '.' && k > b && isWord(T[k - 1]) && T[k - 1]!.norm.length <= 2) continue;
      return null;
    }
    const n = t.norm;
    if (ctx.lex.cues.has(n) || ctx.lex.complementizers.has(n) || /^(مع|الي|امام|عن)$/.test(n) || (/^ل[^ل]/.test(n) && n !== 'لدي')) return null;
  }
  // (an untagged first name and a title before the tagged family name go with it: الدكتور مساعد | الأحمد)
  let f = s;
  // (a first name that is also a role, مساعد، only after a title)
  while (f > b + 1 && f > s - 2 && !ctx.entType[f - 1] && firstNameAt(ctx, f - 1) && !ctx.lex.titles.has(T[f - 1]!.norm) && (!ctx.lex.roleNouns.has(T[f - 1]!.norm) || ctx.lex.titles.has(T[f - 2]!.norm))) f--;
  while (f > b + 1 && isWord(T[f - 1]) && ctx.lex.titles.has(T[f - 1]!.norm)) f--;
  return [f, e + tail];
}

/** An untagged definite word that can end a person's name (المبارك، الهويشان): no role, title, time, place or cue word. */
function surnameWord(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  return !!t && isWord(t) && !ctx.entType[k] && familyNameWord(ctx.lex, t.norm) && !ctx.lex.circumstantial.has(t.norm);
}

/** After في/من + a place (a LOC entity): the index past it, else b. */
function placeAfter(ctx: Ctx, b: number, to: number): number {
  const T = ctx.toks;
  if (!/^(في|من)$/.test(T[b]?.norm ?? '') || ctx.entType[b + 1] !== 3) return b;
  const e = ctx.entEnd[b + 1]!;
  return e > b + 1 && e < to ? e : b;
}

/** كل من + two or more names joined by و, up to the complement, a colon or a comma: one plural source, or null. */
function listOfPeople(ctx: Ctx, a: number, to: number): NP | null {
  const T = ctx.toks;
  let b = a + 2;
  let people = 0;
  let others = 0;
  // (persons, or bodies and countries that speak together: وأعلنت كل من البحرين وعمان أنهما …; a titled member counts
  // too, its name untagged: كل من السيناتورة جين شاهين والسيناتورة كريستين جيلبراند)
  const member = (k: number) => k === a + 2 || /^و/.test(T[k]!.norm) || (ctx.entType[k] !== 0 && ctx.entType[k - 1] !== ctx.entType[k]);
  while (b < to && b - a <= 16 && isWord(T[b]) && !ctx.lex.complementizers.has(T[b]!.norm) && !ctx.lex.cues.has(T[b]!.norm)) {
    if (ctx.entType[b] === 1 && (b === a + 2 || ctx.entType[b - 1] !== 1 || /^و/.test(T[b]!.norm))) people++;
    else if ((ctx.entType[b] === 2 || ctx.entType[b] === 3) && member(b)) others++;
    else if (!ctx.entType[b] && member(b) && ctx.lex.titles.has(T[b]!.norm.replace(/^و(?=ال)/, ''))) people++;
    b++;
  }
  if (b <= a + 3 || people + others < 2 || !T.slice(a + 3, b).some((t) => /^و/.test(t.norm))) return null;
  return { a, b, nameA: a + 2, nameB: b, roleA: -1, roleB: -1, type: people ? 'PERS' : 'ORG', plural: true, named: true, next: b, list: true };
}
