/**
 * Noun-phrase boundaries after a cue: leading circumstantials are skipped (على ذلك، من جهته، لـ«اليوم»), the
 * phrase runs to a circumstantial (في مؤتمر، خلال، أمس، لـ…), a preposition of the cue, a comma, a
 * complementizer or the start of a nominal object; an anonymous source runs over its located complements.
 */
import { isPlaceHead } from '../entities/place-heads.js';
import { isMonthWord } from '../entities/months.js';
import { isWebAddress, type Token } from '../text/tokenize.js';
import { isQuote, isWord, type Ctx } from './context.js';
import { inPreps, type CueEntry } from './inflect.js';
import { ASSIGNED, anonHead, bPhrase, coordinated, definite, derivedMasdar, hasArticle, inPerson, insidePerson, isEventNoun, isImam, isPrep, isTitle, NAME_JOIN, NAME_PARTICLES, nameLike, partitiveAt, praiseWords, QUANT, seenAsName, titleDot, WHOLE_GROUP } from './np-words.js';
import { firstNameAt } from './person-name.js';
import { entityAt } from './resolve.js';
import { fold } from '../text/normalize.js';
import { feelingNoun } from './np-names.js';

/** Token at is an untagged feminine past verb (باشرت، تمكنت) right after a masculine past cue, before a word. */
function pastFeminineAfter(ctx: Ctx, at: number, next: Token | undefined): boolean {
  const L = ctx.lex;
  const cue = L.cues.get(ctx.toks[at - 1]!.norm);
  const n = ctx.toks[at]!.norm;
  if (!cue || cue.kind !== 'past' || cue.gender !== 'm' || ctx.entType[at] || ctx.entType[at + 1] || next?.kind !== 'word' || L.cues.has(next.norm) || L.complementizers.has(next.norm)) return false;
  // (not a name ending in وت or seen as a name before: كرحوت، سوميوت، نابوت)
  return /^[^و].{2,}[^و]ت$/.test(n) && !/ات$/.test(n) && !L.firstNames.has(n) && !L.titles.has(n) && !L.roleNouns.has(n) && !L.cues.has(n) && !/^(بيت|صوت|وقت|موت|تحت)$/.test(n) && !seenAsName(ctx, at);
}

/** nationality adjectives that begin with ب (بريطانية، باكستاني، بحرينيون), folded */
const B_NATIONALITY = /^ب(ريطاني|رازيلي|لجيكي|اكستاني|حريني|ولندي|لغاري|ورمي|نغالي|نجلاديشي|وسني|يلاروسي|وليفي|يروفي|رتغالي|ولغاري|ورتوريكي|ناني|يروتي|غدادي|صري)(ه|ين|ون|ان|تان)?$/;

/** First-person verbs that open a speaker's own words (أتمنى، أعتقد، نأمل), folded. */
const FIRST_PERSON_OPENER = /^(اتمني|اعتقد|اري|اظن|اؤكد|اتوقع|اشعر|ارجو|اطالب|ادعو|اود|اريد|اشكر|نتمني|نعتقد|نري|نامل|نؤكد|نتوقع|نشكر|نطالب|ندعو|نود|نريد)$/;

/** Role nouns that take a genitive in construct (رئيس تحرير، مدير إدارة، نائب رئيس), folded. */
const CONSTRUCT_ROLE = /^(رئيس|نائب|مدير|وكيل|امين|مساعد|عضو|مستشار|قائد|عميد|منسق|مشرف|رئيسه|نائبه|مديره|وكيله|مساعده|عضوه|مستشاره|منسقه|مشرفه)$/;

export function isStopWord(ctx: Ctx, t: Token, next: Token | undefined, entry: CueEntry | null, first: boolean, at = -1): boolean {
  const L = ctx.lex;
  const n = t.norm;
  // the first name علي (written with ي) opening the phrase of a cue that takes no على (وأضاف علي أن …)
  if (first && aliName(t, next, entry, ctx, at)) return false;
  // (إمام "imam", with its hamza below, is a role: إمام وخطيب المسجد الحرام)
  if (isImam(t)) return false;
  // (a feminine past verb right after a masculine one opens the words, no subject: وأضاف باشرت فرق الطوارئ …)
  if (first && at > 0 && pastFeminineAfter(ctx, at, next)) return true;
  // (صباح is also a first name: الشيخ صباح الخالد، محافظ البصرة صباح البزوني; it is "morning" before a time word)
  if (n === 'صباح' && !first && next && next.kind === 'word' && !morningOf(ctx, next)) return false;
  if (L.complementizers.has(n) || L.circumstantial.has(n)) return true;
  if (n === 'في') return true;
  // (a relative clause joined by و describes the phrase, no part of it: أكد زوج المعلمة والتي توفيت …)
  if (!first && /^و(التي|الذي|الذين)$/.test(n)) return true;
  // ("praise be to God" opens the words: وقال يحيى الأحمري الحمد الله الذي …)
  if (!first && praiseWords(t, next)) return true;
  if (entry?.preps?.some((p) => p === n || (p === 'الى' && n === 'الي'))) return true;
  // the cue's fused preposition opens its object (وطالب بعض أعضاء أوبك بخفض …، هدد … بالاستقالة)
  // (not a tagged name's ب + ي, no verbal noun's shape: جيرارد بيكيه)
  // (nor a body's head that begins with ب itself: ووصف رئيس بلدية المدينة كازومي ماتسوي القصف بأنه …)
  // (nor a word inside a tagged person's name: جو بايدن; nor a nationality whose own first letter is ب: مصادر بريطانية)
  // (those two tested after the cheap ones: this runs on every word of every speaker phrase)
  if (!first && entry?.preps?.includes('ب') && /^ب/.test(n) && n.length > 3 && !(at > 0 && ctx.entType[at] === 1 && ctx.entType[at - 1] === 1 && ctx.entEnd[at]! < 0 && isWord(ctx.toks[at - 1])) && !B_NATIONALITY.test(n) && !L.firstNames.has(n) && n !== 'باسم' && !n.startsWith('بن') && !(n[1] === 'ي' && at >= 0 && ctx.entType[at] === 1) && !L.orgHeads.has(n) && !(at >= 0 && (ctx.entType[at] === 2 || ctx.entType[at] === 3) && ctx.entEnd[at]! > at && noClitic(ctx, at))) return true;
  if (!first && QUANT.has(n)) return true;
  // (a definite participle with its own subject, a noun and its pronoun, opens the object: ودعت الوزارة المعلنة
  // أسماؤهم إلى مراجعة مقرها)
  if (!first && /^ال(م|مت|مست).{3,}$/.test(n) && /\u0629$/.test(t.text.replace(/[\u064b-\u0652\u0640]/g, '')) && next?.kind === 'word' && !/^ال/.test(next.norm) && next.norm.length >= 5 && /[^\u0629ت](هم|هن|هما)$/.test(next.text.replace(/[\u064b-\u0652\u0640]/g, '')) && !/^(نفس|انفس|كل|جميع|بعض|علي|على|عن|في|من|منه|من|ل|ب|مع|بين|عند|لدي|لدى|الي|الى|امام|خلف|حول|ضد|دون)/.test(next.norm)) return true;
  // (the one spoken to, ل + a noun with its pronoun: وقال صالح سرية لرجاله إن …)
  if (!first && at >= 0 && addresseeWord(ctx, at)) return true;
  // ("more than once", أكثر من مرة، أقل من …, is how often, never a name's word: وقالت كلينتون أكثر من مرة إنها …)
  if (!first && /^(اكثر|اقل)$/.test(n) && next?.norm === 'من') return true;
  // (the cue's own noun ends it: وجدد الوزير التأكيد على …)
  if (!first && entry?.via?.includes(n)) return true;
  // (a demonstrative object ends it: وذكرت الوزارة ذلك عبر حسابها …)
  if (!first && L.demonstratives.has(n) && !(next?.kind === 'word' && /^ال/.test(next.norm))) return true;
  // a possessed verbal noun opens the object: أعلن تنظيم داعش مسؤوليته عن …
  if (!first && /ت(ه|ها|هم|هما)$/.test(n) && L.objectStarters.has(n.replace(/ت(ه|ها|هم|هما)$/, 'ه'))) return true;
  // (… or any listed one with its pronoun: نفى المصمم الياباني قيامه بالاقتباس …)
  if (!first && possessedObject(ctx, t)) return true;
  // (the source's own "saying" ends it: نقلت الوكالة عن مسؤول بوزارة الدفاع قوله إن …)
  if (!first && /^قول(ه|ها|هم|هما)$/.test(n)) return true;
  // (… and the saying of another a relaying verb carries: ونقلت وكالة رويترز قول وزير الدفاع الأميركي إن …)
  if (!first && entry?.lemma === 'نقل' && /^(قول|تاكيد|تصريح|اعلان|نفي|تحذير|توضيح)$/.test(n) && next?.kind === 'word') return true;
  // a relative ما (and عما، مما) opens the object: ونفى مسؤول ما تردد عن …
  if (!first && (n === 'ما' || n === 'عما' || n === 'مما')) return true;
  if (isPrep(t)) return true;
  // (a finite cue right after the cue is the speaker's name: ويقول نوه ويلكوكس)
  // (… and one inside a tagged person's mention is a name word: إبراهيم قالن)
  // (… and so is a foreign first name spelled like a cue inside the phrase: وقال مخرج الفيلم تري باركر إن …)
  if (L.cues.has(n) && !((first || /ي$/.test(t.text)) && nameAfterCue(ctx, at)) && !insidePerson(ctx, at)) return true;
  // (a noun that is also a first name, after a title and before a family name, is the name: الإعلامية أسماء العمري)
  // (not the genitive of a role in construct, رئيس تحرير، مدير إدارة: وطالب نائب رئيس تحرير جريدة "الشروق" …)
  if (!first && (L.objectStarters.has(n) || (hasArticle(n) && L.objectStarters.has(n.slice(2)))) && !titledName(ctx, at, next) && !(!hasArticle(n) && at >= 1 && CONSTRUCT_ROLE.test(ctx.toks[at - 1]!.norm))) return true;
  // (a verb of the speaker's own, in the first person, opens words quoted with no marks: وقال السفرجي أتمنى أن …)
  if (!first && at >= 0 && !ctx.entType[at] && FIRST_PERSON_OPENER.test(n)) return true;
  // (… and an indefinite accusative verbal noun right after a tagged name is a nominal cue's object: ووصف … محمد جواد
  // ظريف تقريرا نشره موقع …)
  if (!first && entry?.nominal && at >= 1 && ctx.entType[at] !== 1 && ctx.entType[at - 1] === 1 && /ا$/.test(n) && !L.firstNames.has(n) && (/^ت..ي.ا$/.test(n) || derivedMasdar(n.slice(0, -1)) || L.objectStarters.has(n.slice(0, -1)) || /\u064b/.test(t.text))) return true;
  // (… and, for a cue with a nominal object, an untagged bare verbal noun of a derived form right after a tagged name:
  // ووصف دوري غولد إيران …، ووصف لوبي كولديريتي انتشار …)
  if (!first && entry?.nominal && at >= 1 && ctx.entType[at] !== 1 && ctx.entType[at - 1] === 1 && !L.firstNames.has(n) && !hasArticle(n) && (derivedMasdar(n) || /^(ا..اه|ا.ت.ا.ه|است..اه|ان..ا.ه)$/.test(n)) && !titledName(ctx, at, next)) return true;
  if (n === 'بحسب' || n === 'حسب' || n === 'وفقا' || n === 'نقلا') return true;
  void next;
  return false;
}

/** Token k is a finite cue spelling right after a finite cue verb, before a tagged name (ويقول نوه ويلكوكس): a first name. */
export function nameAfterCue(ctx: Ctx, k: number): boolean {
  const f = k > 0 ? ctx.lex.cues.get(ctx.toks[k]!.norm) : undefined;
  const p = k > 0 ? ctx.lex.cues.get(ctx.toks[k - 1]!.norm) : undefined;
  // (the next word a tagged person's: not ومضى يقول إن، قال أعتقد أن)
  if (!!f && !!p && f.kind !== 'part' && !f.conj && p.kind !== 'part' && !p.object && !p.entry.via && ctx.entType[k + 1] === 1 && !ctx.entType[k]) return true;
  // (… or a foreign first name spelled like ترى with ي, after a noun and before a tagged family name: من إخراج تري باركر،
  // وقال مخرج الفيلم تري باركر إن …)
  const t = ctx.toks[k];
  const prev = ctx.toks[k - 1];
  return !!f && f.kind === 'pres' && !f.conj && !!t && /ي$/.test(t.text) && !!prev && prev.kind === 'word' && !ctx.lex.cues.has(prev.norm) && !/^[وف]?(قد|لا|لن|لم|كما|ما|وهو|وهي|هو|هي|التي|الذي|الذين)$/.test(prev.norm) && ctx.entType[k + 1] === 1 && !ctx.entType[k];
}

function titledName(ctx: Ctx, at: number, next: Token | undefined): boolean {
  const L = ctx.lex;
  const prev = at > 0 ? ctx.toks[at - 1]! : undefined;
  return !!prev && !!next && firstNameAt(ctx, at) && (isTitle(ctx, prev) || L.roleNouns.has(prev.norm)) && next.kind === 'word' && hasArticle(next.norm) && !L.roleNouns.has(next.norm) && !L.orgHeads.has(next.norm);
}

/** A word after صباح that makes it "the morning of": a day, a date word or a time noun (صباح أمس، صباح الجمعة، صباح يوم …). */
function morningOf(ctx: Ctx, t: Token): boolean {
  return /^(امس|اليوم|الغد|غد|يوم|هذا|هذه|ذلك|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|الاحد|العيد|اول|الاول|باكر|الباكر|الخير|النور)$/.test(t.norm) || ctx.lex.timeHeads.has(t.norm) || isMonthWord(t.norm);
}

/** A listed object noun with a possessive pronoun (قيامه، رفضها، استعدادهم): the object, never part of a speaker. */
export function possessedObject(ctx: Ctx, t: Token): boolean {
  if (t.kind !== 'word' || !/(ه|ها|هم|هما)$/.test(t.norm) || /ة$/.test(t.text)) return false;
  const stem = t.norm.replace(/(ه|ها|هم|هما)$/, '');
  // (three-letter stems read as a verb and its object as often: نشره، رفضه، منعه; only عزمه and حرصه are nouns)
  // (and taking a substance: نفى تناوله مادة منشطة، تعاطيه)
  return ((stem.length >= 4 || stem === 'عزم' || stem === 'حرص') && ctx.lex.objectStarters.has(stem)) || /^(تناول|تعاطي|استخدام)$/.test(stem);
}

/**
 * A three-letter verbal noun with its pronoun, then an intensifying adjective (رفضهما القاطع، دعمه الكامل، قلقها
 * البالغ): the adjective makes it the noun, so it is the object too.
 */
export function possessedObjectAt(ctx: Ctx, i: number): boolean {
  const t = ctx.toks[i];
  if (!t || t.kind !== 'word') return false;
  if (possessedObject(ctx, t)) return true;
  if (!/(ه|ها|هم|هما)$/.test(t.norm) || /ة$/.test(t.text)) return false;
  const stem = t.norm.replace(/(ه|ها|هم|هما)$/, '');
  return stem.length === 3 && ctx.lex.objectStarters.has(stem) && INTENSIFIER.test(ctx.toks[i + 1]?.norm ?? '');
}
const INTENSIFIER = /^(القاطع|الشديد|التام|الكامل|المطلق|الكبير|العميق|البالغ|الثابت|المستمر|الدائم|الواضح)$/;

/**
 * The first name علي, written with a dotted ي, before the complement of a cue that takes no على, or before a tagged
 * person's name or a first name whatever the cue (فيما أكد علي عبدالله أن …).
 */
export function aliName(t: Token, next: Token | undefined, entry: CueEntry | null, ctx?: Ctx, at = -1): boolean {
  if (t.text !== 'علي' || !entry || !next || !(next.kind === 'word' || next.text === '،' || next.text === ',')) return false;
  if (!entry.preps?.some((p) => p === 'على' || p === 'علي')) return true;
  return !!ctx && at >= 0 && next.kind === 'word' && (ctx.entType[at + 1] === 1 || ctx.lex.firstNames.has(next.norm));
}

/** Indefinite documents that can be the subject of a cue (قال تقرير، أكدت رسالة، أوضحت دراسة). */
const DOC_SUBJECT = /^(تقرير|تعميم|خطاب|بلاغ|بيان|رساله|دراسه|تسجيل|وثيقه|مذكره|تقارير|دراسات|بيانان|تقريران|بيانين)$/;

/**
 * ل + a noun with its pronoun, the one spoken to (لرجاله، لمحادثه، لزواره); the pronoun read on the written word, as ة
 * folds like ه (للشركة is none).
 */
function addresseeWord(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  if (!t || t.kind !== 'word' || ctx.entType[k]) return false;
  const n = t.norm;
  // (the folded word first, where ة is ه too: cheap, and most words fail it)
  if (n.charCodeAt(0) !== 0x644 || n.length < 5 || !/(ه|ها|هم|هما)$/.test(n) || /^(لل|لكن|لان|لدي|لدى)/.test(n)) return false;
  return /^ل.{3,}(ه|ها|هم|هما)$/.test(t.text.replace(/[\u064b-\u0652\u0640]/g, ''));
}

/** Skips leading circumstantial material after a cue; returns the first index of the speaker phrase. */
/** the verb that says where an event was published, aired or held (… لصحيفة ميليت نشرت أمس، لقاء حزبي عقد أخيرا) */
/** verbs of delivering a speech with its object pronoun (في كلمة ألقاها …), folded */
const DELIVERED = /^(القاها|القاه|القتها|القته|وجهها|وجهه|وجهتها)$/;
const PUBLISHED = /^(كتبه|كتبها|كتبته|كتبتها|نقلته|نقلتها|نقله|نقلها|اوردته|اوردتها|نشرت|نشر|نشره|نشرته|نشرتها|نشرها|بثه|بثته|اعده|اعدها|اعدته|اعدتها|اصدره|اصدرها|اصدرته|اصدرتها|بثت|بث|بثها|بثتها|اجرتها|اجراها|عقد|عقدت|انعقد|انعقدت|نظم|نظمت|نظمته|نظمها|اقيم|اقيمت)$/;

/** Token k is an event noun (في تعميم، خلال مؤتمر) or one of its ل-complements. */
function afterEventWord(ctx: Ctx, k: number, depth = 0): boolean {
  const t = ctx.toks[k];
  return !!t && t.kind === 'word' && (isEventNoun(ctx, t.norm) || (depth < 3 && t.norm.startsWith('لل') && afterEventWord(ctx, k - 1 - (/^ال/.test(ctx.toks[k - 1]?.norm ?? '') ? 1 : 0), depth + 1)));
}

/** the position of a time in its span (مطلع الشهر، أواخر العام), folded */
const TIME_POSITION = /^(مطلع|مستهل|بدايه|بدء|نهايه|ختام|منتصف|اواخر|اوائل|اواسط)$/;

/** relative pronouns, folded */
const REL_PRONOUN = /^(التي|الذي|الذين|اللتين|اللذين)$/;

/** comma spellings */
const COMMA_TEXT = new Set(['،', ',']);

export function skipLeading(ctx: Ctx, i: number, b: number): number {
  const L = ctx.lex;
  const T = ctx.toks;
  const i0 = i;
  let afterEvent = false;
  let sawEvent = false;
  for (let guard = 0; i < b && guard < 12; guard++) {
    const t = T[i]!;
    const n = t.norm;
    // ("then", "at the time": لمحت حينذاك إحدى المجلات إلى أن …)
    if (t.kind === 'word' && /^(حينذاك|انذاك|وقتذاك|وقتئذ|حينئذ|حينها|وقتها|يومها|يومذاك|ساعتها)$/.test(n) && i + 1 < b) {
      i++;
      continue;
    }
    // (the one spoken to, ل + a noun with its pronoun, before the speaker or with none: كما أفاد لمحادثه على الهاتف …)
    if (i === i0 && addresseeWord(ctx, i) && i + 1 < b && (T[i + 1]!.kind !== 'word' || /^(علي|على|في|عن|من|عبر|خلال)$/.test(T[i + 1]!.norm) || L.complementizers.has(T[i + 1]!.norm))) {
      i++;
      continue;
    }
    // (an occasion with its pronoun and object before the cue's own preposition: وشدد لدى استقباله عددا من كبار المسؤولين
    // على ضرورة …، وأكد خلال لقائه الوفد على …)
    if (i === i0 && t.kind === 'word' && /^(لدي|لدى|خلال|اثناء|عند|عقب|بعد)$/.test(n) && /^(استقبال|لقاء|زياره|ترؤس|رعايه|افتتاح|تدشين|تكريم|اجتماع|مشاركت|حضور|تفقد)(ه|ها|هم)$/.test(T[i + 1]?.norm ?? '')) {
      const preps = i0 > 0 ? ctx.lex.cues.get(T[i0 - 1]!.norm)?.entry.preps : undefined;
      for (let k = i + 2; k < Math.min(b, i + 14); k++) {
        if (!isWord(T[k]) || ctx.entType[k] === 1) break;
        if (inPreps(preps, T[k]!.norm) || L.complementizers.has(T[k]!.norm)) return k;
      }
    }
    // (the event's resumptive before the speaker or with none: أجرى الملك اتصالا أكد خلاله على …، الذي أكد خلاله الوزير …)
    if (i === i0 && t.kind === 'word' && /^(خلال|اثناء|ضمن|عبر|اثر)(ه|ها|هم|هما)$/.test(n) && i + 1 < b) {
      i++;
      continue;
    }
    // (… or the one asked, من + a pronoun, before the speaker: وطلب منه المدرب أن …، طلبت منها الإدارة ترك العمل)
    // (only a source's phrase after it: not طلبت مني فرصة، وتطلب منها دورها …)
    // (… and a definite one: not طلبت منها معلمة صنع …; nor the name منى, which folds like مني)
    const src = (k: number) => ctx.entType[k] === 1 || ctx.entType[k] === 2 || ([L.roleNouns, L.titles, L.orgHeads, L.anonHeads].some((s) => s.has(T[k]!.norm)) && /^ال/.test(T[k]!.norm));
    if (i === i0 && t.kind === 'word' && /^(منه|منها|منهم|منهما|مني|منا|منك|منكم)$/.test(n) && !/ى$/.test(t.text) && !ctx.entType[i] && i + 1 < b && isWord(T[i + 1]) && src(i + 1)) {
      i++;
      continue;
    }
    // (بعد اجتماع استثنائي لتكتل التغيير والاصلاح …: the event's ل-complement, with its genitive words)
    if (afterEvent && t.kind === 'word' && /^ل[^ل]/.test(n) && n.length > 3 && !ctx.entType[i]) {
      i++;
      while (i < b && T[i]!.kind === 'word' && /^و?ال/.test(T[i]!.norm) && !ctx.lex.roleNouns.has(T[i]!.norm) && !ctx.lex.orgHeads.has(T[i]!.norm)) i++;
      // (an outlet's name between quotation marks: في حديث لإذاعة "موزاييك اف ام")
      if (i < b && isQuote(T[i]) && ctx.quotes.closeOf[i]! > i + 1 && ctx.quotes.closeOf[i]! < b && ctx.quotes.closeOf[i]! - i <= 6) i = ctx.quotes.closeOf[i]! + 1;
      // (an outlet's name, then its publishing verb: في تصريحات لصحيفة ميليت نشرت أمس)
      if (i < b && ctx.entType[i] && ctx.entEnd[i]! > i && PUBLISHED.test(T[ctx.entEnd[i]!]?.norm ?? '')) i = ctx.entEnd[i]!;
      if (i < b && PUBLISHED.test(T[i]!.norm)) {
        i++;
        while (i < b && T[i]!.kind === 'word' && ctx.lex.circumstantial.has(T[i]!.norm)) i++;
      }
      afterEvent = false;
      continue;
    }
    // (an event's outlet and its publishing verb: وقال في تصريحات لصحيفة ميليت نشرت أمس: …)
    // (or its adjective first: خلال لقاء حزبي عقد أخيرا بالرباط، أن …)
    if (sawEvent && t.kind === 'word' && (PUBLISHED.test(t.norm) || ((!!ctx.entType[i] || /ي$/.test(t.norm) || (!hasArticle(t.norm) && !L.firstNames.has(t.norm) && !L.roleNouns.has(t.norm) && !L.orgHeads.has(t.norm))) && PUBLISHED.test(T[i + 1]?.norm ?? '')))) {
      i += PUBLISHED.test(t.norm) ? 1 : 2;
      // (… and the outlet that published it, its subject: في مقال نشرته صحيفة الحياة إن …: the writer speaks)
      const pv = T[i - 1]!.norm;
      if (i + 1 < b && /^(معه|معها|معهم|معهما)$/.test(T[i]!.norm)) i++;
      // (… or relayed it: في بيان نقلته وكالة الأنباء الإماراتية: the one who issued it speaks)
      // (… past the day it was aired: في تصريح بثته اليوم وكالة الأنباء اليمنية)
      if (/(ه|ها|هم)$/.test(pv) && /^(نشر|بث|اجر|نقل|اورد)/.test(pv)) while (i + 2 < b && T[i]!.kind === 'word' && /^(اليوم|امس|الليله|مساء|صباح)$/.test(T[i]!.norm)) i++;
      if (i + 1 < b && /(ه|ها|هم)$/.test(pv) && /^(نشر|بث|اجر|نقل|اورد)/.test(pv) && L.mediaNouns.has(T[i]!.norm.replace(/^ال/, ''))) {
        const e = ctx.entType[i] === 2 && ctx.entEnd[i]! > i ? ctx.entEnd[i]! : hasArticle(T[i]!.norm) ? i + 1 : outletNameEnd(ctx, i + 1, b, -1);
        if (e > i && e <= b) i = e;
        // (… with what it belongs to: وكالة الأنباء اليمنية التابعة للحكومة الشرعية)
        if (i + 1 < b && T[i]!.kind === 'word' && /^(ال)?(تابع|تابعه|الرسمي|الرسميه|الحكومي|الحكوميه)$/.test(T[i]!.norm)) {
          i++;
          while (i < b && T[i]!.kind === 'word' && /^(لل|ل|ال)/.test(T[i]!.norm) && !ctx.lex.roleNouns.has(T[i]!.norm)) i++;
        }
      }
      // (then when and where: أمس، أخيرا بالرباط، في جدة)
      for (let g = 0; g < 5 && i < b && T[i]!.kind === 'word'; g++) {
        if (ctx.lex.circumstantial.has(T[i]!.norm) || /^(اخيرا|مؤخرا|اليوم|امس)$/.test(T[i]!.norm) || (g > 0 && ctx.lex.timeAdjectives.has(T[i]!.norm))) i++;
        else if (ctx.entType[i] === 3 && /^ب/.test(T[i]!.norm)) i = Math.max(i + 1, ctx.entEnd[i]!);
        else if (T[i]!.norm === 'في' && ctx.entType[i + 1] === 3) i = Math.max(i + 2, ctx.entEnd[i + 1]!);
        // (… on the speaker's own page: على مدونته، عبر حسابه، على الإنترنت)
        else if (/^(علي|على|عبر|في)$/.test(T[i]!.norm) && isWord(T[i + 1]) && !ctx.entType[i + 1] && (/^(مدونت|حساب|صفحت|موقع|قنات)(ه|ها|هم)$/.test(T[i + 1]!.norm) || /^ال(انترنت|نت)$/.test(T[i + 1]!.norm))) {
          i += 2;
          // (with its adjectives and address: على موقعها الالكتروني www.sfda.gov.sa)
          while (i < b && T[i]!.kind === 'word' && /^ال(الكتروني|رسمي|شخصي|خاص)$/.test(T[i]!.norm)) i++;
          if (i < b && T[i]!.kind === 'latin' && isWebAddress(T[i]!.text)) i++;
        }
        else if (T[i]!.norm === 'في' && L.mediaNouns.has(T[i + 1]?.norm ?? '') && isQuote(T[i + 2]) && ctx.quotes.closeOf[i + 2]! > i + 2 && ctx.quotes.closeOf[i + 2]! < b && ctx.quotes.closeOf[i + 2]! - i <= 8) {
          // (… where it was published: في مقال كتبه في دورية «نيو إنغلاند للطب»)
          i = ctx.quotes.closeOf[i + 2]! + 1;
        } else break;
      }
      afterEvent = false;
      continue;
    }
    afterEvent = false;
    // (where the event was held, with its adjectives: في اجتماع بالعاصمة الماليزية «…»: no subject there)
    // (not the cue's own ب-object: وأهابت الوزارة في بيانها بالمواطنين …)
    if (sawEvent && t.kind === 'word' && /^بال/.test(n) && n.length > 5 && (ctx.entType[i] === 3 || isPlaceHead(n.slice(3)) || /^بال(عاصمه|مدينه|منطقه|محافظه|ولايه|قريه|بلده|مقر|قصر|فندق|قاعه)$/.test(n)) && !(i0 > 0 && ctx.lex.cues.get(T[i0 - 1]!.norm)?.entry.preps?.includes('ب')) && ctx.entType[i] !== 1 && ctx.entType[i] !== 2 && !L.orgHeads.has(n.slice(1)) && !L.roleNouns.has(n.slice(1))) {
      i++;
      while (i < b && T[i]!.kind === 'word' && /^ال.{2,}(ي|يه)$/.test(T[i]!.norm) && !L.orgHeads.has(T[i]!.norm) && !L.roleNouns.has(T[i]!.norm) && ctx.entType[i] !== 1 && ctx.entType[i] !== 2) i++;
      continue;
    }
    // (an audience before the complement, وقال أمام لجنة القوات المسلحة في مجلس الشيوخ إنه …: not إمام "imam")
    // (… or an addressee: وقال للجنة الشؤون الخارجية بمجلس النواب “…”، وقالت لإحدى الصحف: …، وأضاف مخاطبا رئيس الوزراء …
    // «…»: the words up to the complement name no speaker when no person is tagged among them)
    const raw = t.text.replace(/[\u064b-\u0652\u0640]/g, '');
    const cuePreps = i0 > 0 ? ctx.lex.cues.get(T[i0 - 1]!.norm)?.entry.preps : undefined;
    const lAddressee = /^ل/.test(n) && !cuePreps?.includes('ل') && ((/^لل/.test(n) && n.length > 4 && !ctx.entType[i]) || /^لاحد(ي|ى)?$/.test(n));
    const addressee = /^و?(أمام|امام)$/.test(raw) || lAddressee || /^(مخاطبا|مخاطبه|مخاطبين)$/.test(n);
    if ((i === i0 || (sawEvent && /^و?(أمام|امام)$/.test(raw))) && addressee) {
      let k = i + 1;
      const opens = (x: Token) => L.complementizers.has(x.norm) || x.text === ':' || isQuote(x);
      const addressing = /^(مخاطبا|مخاطبه|مخاطبين)$/.test(n);
      // (… over a short quoted chant or title right before the complement: أمام حشد كانوا يرددون هتاف «الموت لأميركا» إن …)
      const quotedThenThat = (q: number) => isQuote(T[q]) && ctx.quotes.closeOf[q]! > q + 1 && ctx.quotes.closeOf[q]! - q <= 5 && L.complementizers.has(T[ctx.quotes.closeOf[q]! + 1]?.norm ?? '');
      while (k < b && k - i <= 12 && (isWord(T[k]) || T[k]!.text === '،' || quotedThenThat(k)) && (!opens(T[k]!) || quotedThenThat(k)) && (addressing || ctx.entType[k] !== 1)) k = quotedThenThat(k) ? ctx.quotes.closeOf[k]! + 1 : k + 1;
      if (k - i <= 12 && (k === b || (k < b && opens(T[k]!)))) return k;
    }
    // (the first name علي right after a cue that takes no على: وأضاف علي أن …)
    if (i === i0 && i0 > 0 && aliName(t, T[i + 1], ctx.lex.cues.get(T[i0 - 1]!.norm)?.entry ?? null, ctx, i)) break;
    if (t.kind === 'punct' && (t.text === '،' || t.text === ',' || t.text === '-' || t.text === 'ـ')) {
      i++;
      continue;
    }
    if (t.kind !== 'word') break;
    // (an event's relative clause, running to a colon, a quotation or the complement with no comma on the way: خلال
    // حفل افتتاح الفعاليات التي تشترك في تنظيمها أمانة المنطقة …: إن …): its subject is not the speaker
    // (the pronoun may have been taken with the event's definite words)
    if (sawEvent && (REL_PRONOUN.test(n) || (i > i0 && REL_PRONOUN.test(T[i - 1]!.norm))) && b - i <= 16 && b < T.length && (T[b]!.text === ':' || isQuote(T[b]) || L.complementizers.has(T[b]!.norm)) && !T.slice(i, b).some((x) => COMMA_TEXT.has(x.text))) return b;
    // "بهذا الخصوص، بهذا الشأن، لذلك": a demonstrative after ب/ل, with its noun
    if (/^[بل]/.test(n) && n.length > 2 && L.demonstratives.has(n.slice(1))) {
      i++;
      if (i < b && T[i]!.kind === 'word' && /^ال/.test(T[i]!.norm) && !L.orgHeads.has(T[i]!.norm) && !L.roleNouns.has(T[i]!.norm)) i++;
      continue;
    }
    // (the mouth it spoke through, up to its comma: حذرت الجبهة، على لسان ناطقها الرسمي، من مغبة …)
    if (/^و?(على|علي)$/.test(n) && T[i + 1]?.norm === 'لسان') {
      let k = i + 2;
      while (k < b && k - i <= 8 && isWord(T[k])) k++;
      if (k < b && COMMA_TEXT.has(T[k]!.text)) {
        i = k + 1;
        continue;
      }
    }
    // a manner phrase with دون (وقال دون التطرق للتفاصيل، إن …؛ وقال دون أن يذكر تفاصيل إن …): up to its comma, or
    // to the complement when it has none (the speaker is not written)
    if (n === 'دون' || n === 'بدون' || (n === 'من' && T[i + 1]?.norm === 'دون')) {
      let k = i + 1;
      while (k < b && k - i <= 10 && !(T[k]!.kind === 'punct' && (T[k]!.text === '،' || T[k]!.text === ','))) k++;
      i = k < b && k - i <= 10 ? k + 1 : b;
      continue;
    }
    // an addressee named with a fused ل (وقال لرويترز، قالت لعكاظ): the mention, not the speaker
    if (ctx.lName[i]) {
      i = Math.max(i + 1, ctx.entEnd[i]!);
      continue;
    }
    // (an outlet named after its media noun: لوكالة «رويترز»، لصحيفة الحياة)
    if (/^ل[^ل]/.test(n) && L.mediaNouns.has(n.slice(1)) && i + 1 < b) {
      const q = isQuote(T[i + 1]) ? ctx.quotes.closeOf[i + 1]! : -1;
      if (q > i + 1 && q < b && q - i <= 6) {
        i = q + 1;
        continue;
      }
      if (ctx.entType[i + 1] === 2 && ctx.entEnd[i + 1]! > i + 1 && ctx.entEnd[i + 1]! <= b) {
        i = ctx.entEnd[i + 1]!;
        continue;
      }
    }
    // (not the object of a cue taking ل: مشيرا للعلاقات الأزلية)
    if (n === 'ل' || (n.startsWith('لل') && n.length > 3 && !(i === i0 && cuePreps?.includes('ل')))) {
      i++;
      if (i < b && isQuote(T[i]) && ctx.quotes.closeOf[i]! > 0 && ctx.quotes.closeOf[i]! < b) i = ctx.quotes.closeOf[i]! + 1;
      else if (i < b && isQuote(T[i]) && ctx.quotes.closeOf[i]! < 0) {
        // a name between marks that do not pair (لـ»الجزيرة «, the marks written reversed)
        let c = i + 1;
        while (c < b && c - i <= 4 && isWord(T[c])) c++;
        if (c < b && c > i + 1 && isQuote(T[c]) && ctx.quotes.closeOf[c]! < 0) i = c + 1;
      } else if (i < b && T[i]!.text === '(') {
        // لـ(عكاظ)
        let c = i + 1;
        while (c < b && c - i <= 6 && T[c]!.text !== ')') c++;
        if (c < b && T[c]!.text === ')') i = c + 1;
      } else if (n.startsWith('لل') && afterEventWord(ctx, i - 2)) {
        // (an event's addressee with its adjectives: في تعميم للجان المحلية للانتخابات)
        while (i < b && T[i]!.kind === 'word' && /^ال/.test(T[i]!.norm) && !ctx.entType[i] && !L.roleNouns.has(T[i]!.norm) && !L.orgHeads.has(T[i]!.norm) && !L.anonHeads.has(T[i]!.norm)) i++;
      }
      // (a second addressee joined by و: في كلمة ألقاها للإعلاميين والجهات الداعمة للمشروع أن …)
      if (n.startsWith('لل') && i < b && isWord(T[i]) && /^وال/.test(T[i]!.norm) && !ctx.entType[i]) {
        let k = i + 1;
        while (k < b && isWord(T[k]) && (/^ال/.test(T[k]!.norm) || /^لل/.test(T[k]!.norm)) && !ctx.entType[k]) k++;
        if (k >= b || L.complementizers.has(T[k]!.norm) || T[k]!.text === ':' || isQuote(T[k]) || COMMA_TEXT.has(T[k]!.text)) i = Math.min(k, b);
      }
      continue;
    }
    if (isEventNoun(ctx, n) && !L.eventNouns.has(n) && !(i > 0 && /^(في|خلال|عقب|اثر|إثر|لدى|علي|عبر)$/.test(T[i - 1]!.norm))) break;
    // a document right after the cue, with no preposition, is its subject (قال تقرير اقتصادي إن …، وقال بيان للوزارة إن …)
    if (i === i0 && DOC_SUBJECT.test(n)) break;
    // (في ذات السياق، وفي نفس الإطار: "in the same context")
    if (/^و?في$/.test(n) && /^(ذات|نفس)$/.test(T[i + 1]?.norm ?? '') && i + 2 < b && /^ال/.test(T[i + 2]!.norm)) {
      i += 3;
      continue;
    }
    // ("for his part" right after the cue: ويقول من جانبه أمين عام لجنة التنمية السياحية السابق: إن …)
    if (/^و?من$/.test(n) && /^(جانب|جهت|ناحيت|طرف)(ه|ها|هم|هما)$/.test(T[i + 1]?.norm ?? '')) {
      i += 2;
      continue;
    }
    // (a time phrase between the source and its object: أعلنت وكالة ناسا الأسبوع الماضي اكتشاف …، وأعلنت طالبان
    // الجمعة الماضي تعيين …; or a date: وأعلنت السعودية في 13 مايو (أيار) الماضي مضاعفة …)
    const timeEnd = timePhraseEnd(ctx, i, b);
    if (timeEnd > i) {
      i = timeEnd;
      continue;
    }
    // (a circumstantial with its conjunction opens a sentence: وعقب المباراة، وخلال اللقاء)
    // (إمام "imam", written with its hamza below, is a role, not أمام "in front of")
    const imam = isImam(t);
    if (!imam && (L.leadingSkip.has(n) || L.demonstratives.has(n) || isEventNoun(ctx, n) || L.circumstantial.has(n) || (n.length > 3 && n[0] === 'و' && /^(عقب|خلال|اثر|بعد|قبل|اثناء|لدى|امام)$/.test(n.slice(1))))) {
      // a single preposition is skipped only before a demonstrative, an event noun or a pronoun (على ذلك، في تصريح)
      // (… and what a comment was on, after its time, right before the words: وقالت في تعليقها ليل الأربعاء على الهجوم: …)
      if (sawEvent && /^(علي|على|حول|عن)$/.test(n) && !(i0 > 0 && inPreps(ctx.lex.cues.get(T[i0 - 1]!.norm)?.entry.preps, n))) {
        let k = i + 1;
        // (not where it was posted: على حسابه على موقع “تويتر”، “…”)
        while (k < b && k - i <= 5 && isWord(T[k]) && !L.complementizers.has(T[k]!.norm) && ctx.entType[k] !== 1 && !L.mediaNouns.has(T[k]!.norm.replace(/^(ال|و)/, '')) && !/^(موقع|موقعي|حساب|صفح)/.test(T[k]!.norm)) k++;
        if (k > i + 1 && k - i <= 5 && k < T.length && (L.complementizers.has(T[k]!.norm) || T[k]!.text === ':' || (isQuote(T[k]) && ctx.quotes.closeOf[k]! - k > 5))) return k;
      }
      if ((n === 'على' || n === 'علي' || n === 'في' || n === 'من') && i + 1 < b) {
        const m = T[i + 1]!.norm;
        if (!(L.demonstratives.has(m) || isEventNoun(ctx, m) || L.leadingSkip.has(m) || L.circumstantial.has(m) || (L.timeHeads.has(m) && L.timeAdjectives.has(T[i + 2]?.norm ?? '')) || (TIME_POSITION.test(m) && L.timeHeads.has(T[i + 2]?.norm ?? '')))) break;
      }
      i++;
      // (a time phrase with its position: في مطلع الشهر الماضي، منذ أواخر العام، في منتصف الأسبوع)
      if (/^(خلال|في|قبل|بعد|منذ|مع)$/.test(n) && i + 1 < b && TIME_POSITION.test(T[i]!.norm) && L.timeHeads.has(T[i + 1]!.norm)) {
        i += 2;
        if (i < b && L.timeAdjectives.has(T[i]!.norm)) i++;
        continue;
      }
      // (the eve or morning of a day: عشية عيد الجمهورية، غداة الانتخابات، صبيحة يوم الجمعة)
      if (/^(عشيه|غداه|صبيحه)$/.test(n)) {
        const t0 = i;
        while (i < b && i - t0 < 3 && T[i]!.kind === 'word' && !ctx.entType[i] && (hasArticle(T[i]!.norm) || (i === t0 && /^(عيد|يوم|ليله)$/.test(T[i]!.norm))) && !L.roleNouns.has(T[i]!.norm) && !L.orgHeads.has(T[i]!.norm) && !L.anonHeads.has(T[i]!.norm)) i++;
        continue;
      }
      // (a time phrase after its preposition: خلال الفترة المقبلة، في الأيام الماضية)
      if (/^(خلال|في|قبل|بعد|منذ)$/.test(n) && i < b && L.timeHeads.has(T[i]!.norm)) {
        i++;
        const t0 = i;
        while (i < b && i - t0 < 3 && T[i]!.kind === 'word' && (L.timeAdjectives.has(T[i]!.norm) || /^ال.{3,}(ه|ي)$/.test(T[i]!.norm)) && !L.orgHeads.has(T[i]!.norm) && !L.roleNouns.has(T[i]!.norm)) i++;
        continue;
      }
      // (the noun of a demonstrative: في هذا الصدد، في هذا الإطار، بهذه المناسبة)
      if (L.demonstratives.has(n) && i >= 2 && /^و?(في|على|علي|من|حول|عن|مع)$/.test(T[i - 2]!.norm) && i < b && T[i]!.kind === 'word' && /^ال/.test(T[i]!.norm) && !L.orgHeads.has(T[i]!.norm) && !L.roleNouns.has(T[i]!.norm) && !ctx.entType[i] && !L.anonHeads.has(T[i]!.norm)) i++;
      if (isEventNoun(ctx, n)) {
        afterEvent = true;
        sawEvent = true;
        // a definite event's definite adjectives: خلال المؤتمر الصحفي، في البيان الختامي
        // (… or a possessed one's: على حسابها الرسمي)
        while ((hasArticle(n) || /(ه|ها|هم)$/.test(n)) && i < b && hasArticle(T[i]!.norm) && /(ي|يه)$/.test(T[i]!.norm) && !L.orgHeads.has(T[i]!.norm)) i++;
        // (a report's topic or period, up to the first bare word of what it says: في تقريرها عن حالة الطقس لهذا اليوم سماء
        // غائمة، في تقريرها الأسبوعي للأيام الخمسة القادمة هطول أمطار)
        if (/^(تقرير|نشر)(ه|ها|هم)$/.test(n) && i < b && (T[i]!.norm === 'عن' || T[i]!.norm === 'حول' || /^لل./.test(T[i]!.norm) || (/^ل/.test(T[i]!.norm) && L.demonstratives.has(T[i]!.norm.slice(1))))) {
          let c = T[i]!.norm === 'عن' || T[i]!.norm === 'حول' ? i + 1 : i;
          // (… a topic in construct too, حالة الطقس)
          while (c < b && c - i <= 10 && T[c]!.kind === 'word' && !ctx.entType[c] && (/^(ال|لل|وال)/.test(T[c]!.norm) || L.demonstratives.has(T[c]!.norm) || (/^ل/.test(T[c]!.norm) && L.demonstratives.has(T[c]!.norm.slice(1))) || (c === i + 1 && /^ال/.test(T[c + 1]?.norm ?? '') && !L.cues.has(T[c]!.norm)))) c++;
          // (… then "God willing" and a dash: لهذا اليوم بمشيئة الله تعالى ـ طقساً شديد الحرارة)
          if (c + 1 < b && /^(بمشيئه|باذن)$/.test(T[c]!.norm) && T[c + 1]!.norm === 'الله') c += T[c + 2]?.norm === 'تعالي' || T[c + 2]?.norm === 'تعالى' ? 3 : 2;
          while (c < b && T[c]!.kind === 'punct' && /^[-–ـ،,]$/.test(T[c]!.text)) c++;
          // (a period's phrase ends at any bare noun with its own bare word after it: هطول أمطار)
          const period = T[i]!.norm !== 'عن' && T[i]!.norm !== 'حول';
          // (… and a topic's at an indefinite accusative: طقساً)
          const accusative = (k: number) => /\u064b/.test(T[k]!.text) || /[^\u0627]اً$/.test(T[k]!.text);
          if (c > i && c < b && T[c]!.kind === 'word' && !hasArticle(T[c]!.norm) && (isEventNoun(ctx, T[c]!.norm) || L.objectStarters.has(T[c]!.norm) || derivedMasdar(T[c]!.norm) || accusative(c) || (period && T[c + 1]?.kind === 'word' && !hasArticle(T[c + 1]!.norm) && !L.cues.has(T[c]!.norm)))) i = c;
        }
        // the event's adjectives and addressee: في بيانين مستقلين، في تصريح إلى "الوطن"، في وقت سابق
        // (not an outlet with its ل: في حديث لإذاعة "موزاييك")
        for (let g = 0; g < 2 && i < b && T[i]!.kind === 'word' && !hasArticle(T[i]!.norm) && !/^بال/.test(T[i]!.norm) && /(ي|يه|ين|ه|ون|ا)$/.test(T[i]!.norm) && !isPrep(T[i]!) && T[i]!.norm !== 'الي' && !(/^ل/.test(T[i]!.norm) && L.mediaNouns.has(T[i]!.norm.slice(1))) && !L.complementizers.has(T[i]!.norm) && !PUBLISHED.test(T[i]!.norm) && !(DELIVERED.test(T[i]!.norm) && /^لل/.test(T[i + 1]?.norm ?? '')) && (!nameLike(ctx, T[i + 1]) || (!!T[i + 1] && isPrep(T[i + 1]!)) || /^ل[^ل]/.test(T[i + 1]?.norm ?? '')) && !L.cues.has(T[i]!.norm); g++) i++;
        // (a speech the speaker delivered to an audience: في كلمة ألقاها للإعلاميين …)
        // (… or where, when or by whom: في كلمة ألقاها خلال الحفل، أمامهم، الأمير خالد — ألقاها reads as definite once
        // folded, and is never the speaker)
        if (i + 1 < b && DELIVERED.test(T[i]!.norm)) i++;
        if (i + 1 < b && (T[i]!.norm === 'الي' || T[i]!.norm === 'ل' || T[i]!.norm === 'مع') && isQuote(T[i + 1]) && ctx.quotes.closeOf[i + 1]! > i + 1 && ctx.quotes.closeOf[i + 1]! < b) i = ctx.quotes.closeOf[i + 1]! + 1;
        // (… or an outlet named after its kind: في مقابلة مع صحيفة «آفي» الأحد، في حديث إلى قناة الجزيرة، مع صحيفة آفي:)
        else if (i + 2 < b && (T[i]!.norm === 'الي' || T[i]!.norm === 'مع') && L.mediaNouns.has(T[i + 1]!.norm) && !hasArticle(T[i + 1]!.norm) && outletNameEnd(ctx, i + 2, b, -1) > 0) i = outletNameEnd(ctx, i + 2, b, i);
        // (… or a definite outlet or audience: في اتصال هاتفي مع القناة الإيرانية الثانية، في حديث إلى الصحفيين)
        else if (i + 1 < b && (T[i]!.norm === 'الي' || T[i]!.norm === 'مع') && /^ال/.test(T[i + 1]!.norm) && !ctx.entType[i + 1] && (L.mediaNouns.has(T[i + 1]!.norm.slice(2)) || L.mediaNouns.has(T[i + 1]!.norm) || /^ال(صحفيين|صحافيين|اعلاميين)$/.test(T[i + 1]!.norm))) {
          i += 2;
          while (i < b && T[i]!.kind === 'word' && (/^ال.{2,}(ي|يه|ه)$/.test(T[i]!.norm) || L.adjectives.has(T[i]!.norm)) && !L.orgHeads.has(T[i]!.norm) && !L.roleNouns.has(T[i]!.norm) && !ctx.entType[i]) i++;
        }
        // a clause on an indefinite event, up to its comma: في بيان تخاطب مقاتلي الشرعية، إنها …
        if (!hasArticle(n) && i < b && T[i]!.kind === 'word' && /^[تي][^ا].{2,3}$/.test(T[i]!.norm) && !ctx.entType[i] && !L.firstNames.has(T[i]!.norm) && !L.cues.has(T[i]!.norm)) {
          let c = i + 1;
          while (c < b && c - i <= 6 && T[c]!.kind === 'word') c++;
          if (c < b && (T[c]!.text === '،' || T[c]!.text === ',')) i = c + 1;
        }
        // an occasion in the genitive: في خطبة عيد الفطر، في كلمة يوم الجمعة، في حفل افتتاح المعرض
        if (i + 1 < b && /^(عيد|صلاه|يوم|ليله|افتتاح|ختام)$/.test(T[i]!.norm) && /^ال/.test(T[i + 1]!.norm) && !ctx.entType[i + 1]) {
          i += 2;
          while (i < b && T[i]!.kind === 'word' && /^ال.+(ي|يه|ك)$/.test(T[i]!.norm) && !L.orgHeads.has(T[i]!.norm)) i++;
        }
        // (its issuer, up to the comma: في بيان صادر عن وزارة الخارجية أمس، وقوف اليمن …)
        if (i + 2 < b && /^(ال)?(صادر|صادره)$/.test(T[i]!.norm) && /^(عن|من)$/.test(T[i + 1]!.norm)) {
          let c = i + 2;
          while (c < b && c - i <= 10 && T[c]!.kind === 'word') c++;
          // (up to the comma itself: what follows it is the object, never the speaker)
          if (c < b && c - i <= 10 && COMMA_TEXT.has(T[c]!.text)) return c;
        }
        // the platform it was posted on: على حسابه في موقع «تويتر»، في تغريدة عبر تويتر
        i = platformEnd(ctx, i, b);
        // (… or the medium it came by: في رسالة بالبريد الإلكتروني، في تصريح عبر الهاتف)
        i = mediumEnd(ctx, i, b);
        // (… and the outlet that has a copy: في بيان حصلت «المدينة» على نسخة منه، تلقت الصحيفة نسخة منه)
        i = copyClauseEnd(ctx, i, b);
        // a participle with the event's addressee: في تقريره المرفوع لرئيس الوزراء، في رسالته الموجهة إلى الأمين العام
        if (i + 1 < b && /^الم/.test(T[i]!.norm) && T[i]!.norm.length >= 6 && (/^ل/.test(T[i + 1]!.norm) || T[i + 1]!.norm === 'الي')) {
          i += T[i + 1]!.norm === 'الي' ? 3 : 2;
          while (i < b && hasArticle(T[i]!.norm) && !ctx.lex.roleNouns.has(T[i]!.norm)) i++;
        }
      }
      continue;
    }
    break;
  }
  return i;
}

/** a medium a message comes by (البريد الإلكتروني، الهاتف، الفيديو), folded, without its article */
const MEDIUM = /^(البريد|الهاتف|الفاكس|الفيديو|الاقمار|الاتصال|الدائره)$/;

/** After an event noun, ب/عبر/من خلال + a medium and its adjectives at i (بالبريد الإلكتروني): the index after them, else i. */
function mediumEnd(ctx: Ctx, i: number, b: number): number {
  const T = ctx.toks;
  const n = T[i]?.norm ?? '';
  let k = -1;
  if (/^بال/.test(n) && MEDIUM.test(n.slice(1))) k = i + 1;
  else if (/^(عبر|خلال)$/.test(n) && MEDIUM.test(T[i + 1]?.norm ?? '')) k = i + 2;
  if (k < 0) return i;
  while (k < b && k - i <= 4 && T[k]!.kind === 'word' && /^ال.{2,}(ي|يه|ه)$/.test(T[k]!.norm) && !ctx.entType[k] && !ctx.lex.orgHeads.has(T[k]!.norm) && !ctx.lex.roleNouns.has(T[k]!.norm)) k++;
  return k <= b ? k : i;
}

/** verbs of an outlet receiving a copy (حصلت، تلقت، اطلعت), folded */
const RECEIVED = /^(حصلت|حصل|تلقت|تلقي|اطلعت|اطلع|تسلمت|تسلم|تملك|تلقينا|حصلنا)$/;

/**
 * After an indefinite document, the relative clause saying who has a copy of it (في بيان حصلت «المدينة» على نسخة
 * منه، في رسالة تلقت الصحيفة نسخة منها): the index after منه/منها, else i. The outlet is never the speaker.
 */
function copyClauseEnd(ctx: Ctx, i: number, b: number): number {
  const T = ctx.toks;
  if (!RECEIVED.test(T[i]?.norm ?? '')) return i;
  for (let k = i + 1; k < Math.min(b, i + 10); k++) {
    if (T[k]!.norm === 'نسخه' && /^(منه|منها|عنه|عنها)$/.test(T[k + 1]?.norm ?? '')) return k + 2 <= b ? k + 2 : i;
    if (T[k]!.kind === 'punct' && !isQuote(T[k])) return i;
  }
  return i;
}

/** After an outlet's kind (صحيفة، قناة), its name at k: quoted, tagged, or one bare word before a colon, a quote or a day; else `none`. */
function outletNameEnd(ctx: Ctx, k: number, b: number, none: number): number {
  const T = ctx.toks;
  const c = ctx.quotes.closeOf[k]!;
  // (with the outlet's adjectives after its name: مع موقع «ماليزيا إنسايدر» الإلكتروني)
  const adjectives = (e: number) => {
    while (e < b && T[e]!.kind === 'word' && /^ال.{2,}(ي|يه)$/.test(T[e]!.norm) && !ctx.entType[e] && !ctx.lex.orgHeads.has(T[e]!.norm) && !ctx.lex.roleNouns.has(T[e]!.norm)) e++;
    return e;
  };
  if (isQuote(T[k]) && c > k && c - k <= 6 && c < b) return adjectives(c + 1);
  if (ctx.entType[k] && ctx.entEnd[k]! > k && ctx.entEnd[k]! - k <= 3 && ctx.entEnd[k]! <= b) return adjectives(ctx.entEnd[k]!);
  const n = T[k + 1];
  if (isWord(T[k]) && !hasArticle(T[k]!.norm) && !!n && (n.text === ':' || isQuote(n) || WEEKDAYS.test(n.norm) || /^(امس|اليوم)$/.test(n.norm))) return k + 1;
  return none;
}

const PLATFORM = /^(موقع|منصه|شبكه|تطبيق)$/;

/** في/على/عبر + (موقع/منصة/شبكة) + a quoted name or a tagged mention at i: the index after it, else i. */
function platformEnd(ctx: Ctx, i: number, b: number): number {
  const T = ctx.toks;
  const n = T[i]?.norm ?? '';
  let k: number;
  let platform = false;
  if (/^(في|علي|على|عبر)$/.test(n)) {
    k = i + 1;
    if (PLATFORM.test(T[k]?.norm ?? '')) {
      k++;
      platform = true;
    }
  } else if (/^ب/.test(n) && PLATFORM.test(n.slice(1))) {
    // (بموقع التواصل الاجتماعي “تويتر”)
    k = i + 1;
    platform = true;
  } else return i;
  // (the platform's kind: موقع التواصل الاجتماعي)
  if (platform) for (let g = 0; g < 2 && k < b && T[k]!.kind === 'word' && /^ال/.test(T[k]!.norm) && !ctx.entType[k]; g++) k++;
  if (isQuote(T[k]) && ctx.quotes.closeOf[k]! > k && ctx.quotes.closeOf[k]! - k <= 4 && ctx.quotes.closeOf[k]! < b) return ctx.quotes.closeOf[k]! + 1;
  // (… or in brackets: على موقع التواصل الاجتماعي (تويتر))
  if (platform && T[k]?.text === '(') {
    let c = k + 1;
    while (c < b && c - k <= 3 && (isWord(T[c]) || T[c]!.kind === 'latin')) c++;
    if (c > k + 1 && T[c]?.text === ')' && c < b) return c + 1;
  }
  if (ctx.entType[k] === 2 && ctx.entEnd[k]! > k && ctx.entEnd[k]! - k <= 3 && ctx.entEnd[k]! <= b) return ctx.entEnd[k]!;
  return platform && k > i + 2 ? k : i;
}

/** The end of a time phrase at i (الأسبوع الماضي؛ في 13 مايو (أيار) الماضي؛ في 2 أغسطس 2015), or i. */
/** Indefinite spans of time (أيام، أسابيع، ساعات …), folded. */
const SPANS = /^(ايام|اسابيع|اشهر|شهور|سنوات|سنين|ساعات|دقائق|يومين|اسبوعين|شهرين|عامين|سنتين|اعوام|عقود)$/;

function timePhraseEnd(ctx: Ctx, i: number, b: number): number {
  const T = ctx.toks;
  const L = ctx.lex;
  const n = T[i]!.norm;
  if (L.timeHeads.has(n) && i + 1 < b && L.timeAdjectives.has(T[i + 1]!.norm)) return i + 2;
  // (a year: أعلنت الأحزاب الكردية، عام 1994 توقف …)
  if (/^(عام|العام)$/.test(n) && T[i + 1]?.kind === 'number' && /^(1[89]|20)\d\d$/.test(T[i + 1]!.text) && i + 2 < b) return i + 2;
  // (the position in a span, then the span: مطلع الأسبوع الجاري، منتصف الشهر الماضي)
  if (TIME_POSITION.test(n) && i + 2 < b && L.timeHeads.has(T[i + 1]!.norm) && L.timeAdjectives.has(T[i + 2]!.norm)) return i + 3;
  // (the day before yesterday: أول من أمس، أمس الأول، after مساء or alone)
  if (n === 'اول' && T[i + 1]?.norm === 'من' && T[i + 2]?.norm === 'امس' && i + 3 <= b) return i + 3;
  if (n === 'امس' && T[i + 1]?.norm === 'الاول' && i + 2 <= b) return i + 2;
  // (an early or late hour of a day: في ساعة مبكرة من صباح أمس، في وقت متأخر من مساء اليوم، في ساعات الفجر الأولى)
  if (/^و?في$/.test(n) && /^(ساعه|ساعات|وقت)$/.test(T[i + 1]?.norm ?? '') && /^(مبكر|مبكره|متاخر|متاخره)$/.test(T[i + 2]?.norm ?? '')) {
    let k = i + 3;
    if (T[k]?.norm === 'من') {
      k++;
      if (/^(صباح|مساء|ليل|ليله|فجر|ظهر|عصر|يوم)$/.test(T[k]?.norm ?? '')) k++;
      if (/^(امس|اليوم|الامس|الليل|الليله|الصباح|المساء|الفجر)$/.test(T[k]?.norm ?? '') || WEEKDAYS.test(T[k]?.norm ?? '')) k++;
    }
    if (k <= b) return k;
  }
  // (the noon or afternoon of a day: ظهر أمس، عصر اليوم، فجر الجمعة)
  if (/^(ظهر|عصر|فجر|ظهيره)$/.test(n) && (/^(امس|اليوم|الامس)$/.test(T[i + 1]?.norm ?? '') || WEEKDAYS.test(T[i + 1]?.norm ?? '')) && i + 2 <= b) return i + 2;
  // (a span of time before or since: قبل أيام فقط، منذ أسابيع قليلة، بعد ساعات)
  if (/^و?(قبل|بعد|منذ)$/.test(n) && SPANS.test(T[i + 1]?.norm ?? '') && i + 2 <= b && T[i + 2]?.norm !== 'او') {
    let k = i + 2;
    while (k < b && k < i + 4 && /^(قليله|فقط|عده|معدوده|طويله|قليلا)$/.test(T[k]!.norm)) k++;
    return k;
  }
  // (… counted: قبل عدة سنوات، منذ بضعة أشهر، قبل 3 أعوام)
  if (/^و?(قبل|بعد|منذ)$/.test(n) && (/^(عده|بضع|بضعه)$/.test(T[i + 1]?.norm ?? '') || T[i + 1]?.kind === 'number') && SPANS.test(T[i + 2]?.norm ?? '') && i + 3 <= b) return i + 3;
  // (اليوم الأربعاء، يوم الخميس الماضي)
  // (… the day in brackets: اليوم (الجمعة)، أمس (الأربعاء))
  if (/^(اليوم|امس|غدا)$/.test(n) && T[i + 1]?.text === '(' && WEEKDAYS.test(T[i + 2]?.norm ?? '') && T[i + 3]?.text === ')' && i + 4 <= b) return i + 4;
  if (/^(اليوم|يوم)$/.test(n) && i + 1 < b && WEEKDAYS.test(T[i + 1]!.norm)) return i + 2 < b && L.timeAdjectives.has(T[i + 2]!.norm) ? i + 3 : i + 2;
  if (!/^و?في$/.test(n) || T[i + 1]?.kind !== 'number' || !T[i + 2] || !isMonthWord(T[i + 2]!.norm) || i + 3 > b) return i;
  let k = i + 3;
  // the other calendar's name in brackets: (أيار)
  if (T[k]?.text === '(' && T[k + 1] && isMonthWord(T[k + 1]!.norm) && T[k + 2]?.text === ')') k += 3;
  // (… or after a slash: في 8 تموز/يوليو الحالي)
  else if (T[k]?.text === '/' && T[k + 1] && isMonthWord(T[k + 1]!.norm)) k += 2;
  if (T[k]?.kind === 'number') k++;
  if (T[k] && L.timeAdjectives.has(T[k]!.norm)) k++;
  return Math.min(k, b);
}

/**
 * A definite noun right after a definite noun starts a new phrase (the object): المتحدث باسم الجيش | الميليشيات.
 * Adjectives (nisba -ي/-ية, -ة, and a short list: العام، الأعلى …), titles and roles continue the phrase.
 */
export function newPhrase(ctx: Ctx, prev: Token, t: Token, a: number, j: number): boolean {
  const L = ctx.lex;
  const n = t.norm;
  // a compound first name (عبد الله، نور الدين) goes on into the family name: الدكتور عبد الله البرقان
  const compound = L.nameLinks.has(prev.norm) || (j >= 2 && NAME_JOIN.has(ctx.toks[j - 2]!.norm));
  if (!compound && hasArticle(n) && hasArticle(prev.norm) && !L.titles.has(n) && !L.roleNouns.has(n) && !L.orgHeads.has(n) && !L.adjectives.has(n)) {
    if (!/(ي|يه|يون|يين|ه|يان)$/.test(n)) return true;
  }
  // an addressee after a (quoted) name: يقول "المصراتي" للضابط
  if (n.startsWith('لل')) {
    if (isQuote(prev)) return true;
    let bare = true;
    for (let k = a; k < j && bare; k++) bare = nameLike(ctx, ctx.toks[k]) || isTitle(ctx, ctx.toks[k]!);
    if (bare) return true;
  }
  return false;
}

/** An indefinite nisba adjective at k agreeing in gender with the noun before it (جماعة بيئية، مصدر أمني). */
function nisbaAdjective(ctx: Ctx, k: number): boolean {
  const L = ctx.lex;
  const w = ctx.toks[k]!.norm;
  const h = ctx.toks[k - 1]!.norm;
  if (hasArticle(w) || w.length < 4 || isPlaceHead(w) || L.plural.has(w) || L.anonHeads.has(w) || L.orgHeads.has(w) || L.roleNouns.has(w)) return false;
  return /ه$/.test(h) ? /يه$/.test(w) : /[^ه]$/.test(h) && /ي$/.test(w) && w.length >= 5;
}

/** The place named at token j carries no preposition of its own (بأبوظبي، للمملكة are attached to the phrase). */
function noClitic(ctx: Ctx, j: number): boolean {
  const t = ctx.toks[j]!;
  const e = entityAt(ctx.entities, t.start, ctx.toks[ctx.entEnd[j]! - 1]!.end);
  return !!e && fold(e.name.split(/\s+/)[0] ?? '') === t.norm;
}

/** The cue's own preposition (a word or fused ب, بأن) at k: the object before it is done. */
function objectPrepAt(ctx: Ctx, entry: CueEntry, k: number): boolean {
  const t = ctx.toks[k];
  if (!t || t.kind !== 'word') return false;
  return inPreps(entry.preps, t.norm) || (!!entry.preps?.includes('ب') && /^ب(ان|انه|انها|انهم|ال)?/.test(t.norm) && t.norm.length > 2);
}

/** A body's head, with or without و and the article (المرصد، ومرصد). */
const orgHead = (L: Ctx['lex'], n: string) => L.orgHeads.has(n) || L.orgHeads.has(n.replace(/^و?(ال)?/, ''));

export const WEEKDAYS = /^(الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت)$/;

/** Month names (a year after them is a date, not part of a name). */
const MONTHS_WORDS = /^(يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|كانون|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين|عام|سنه|العام|لعام)$/;

/**
 * A verbal noun of the forms تفعّل، تفاعل، تفعيل with its genitive or a number after it (أعلنت جامعة تبوك توقف القبول،
 * أعلنت الوزارة تسجيل 5 حالات): after a body's or a place's name it is the object, never more of the name.
 */
function tMasdarObject(ctx: Ctx, j: number): boolean {
  const n = ctx.toks[j]!.norm;
  const next = ctx.toks[j + 1];
  return /^ت(...|.ا..|..ي.)$/.test(n) && !ctx.lex.firstNames.has(n) && !!next && (hasArticle(next.norm) || next.kind === 'number');
}

/** An untagged name right before a possessed feeling (المحترف اليوناني الجديد فيتفاتزيديس سعادته). */
function nameBeforeFeeling(ctx: Ctx, j: number): boolean {
  const n = ctx.toks[j + 1];
  return nameLike(ctx, ctx.toks[j]) && !/^[بلي]/.test(ctx.toks[j]!.norm) && !derivedMasdar(ctx.toks[j]!.norm) && !isEventNoun(ctx, ctx.toks[j]!.norm) && !!n && isWord(n) && feelingNoun(n.norm);
}

/** Runs the phrase from `a` to its first stop; returns the exclusive end. */
const ADDRESSING = new Set(['demand', 'accuse', 'warn']);
/** groups a demand or a warning is addressed to (folded) */
export const ADDRESSEES = /^ال(اخوه|اخوان|اشقاء|مواطنين|مقيمين|سكان|اهالي|شباب|جميع|حكومه|دول)$/;

/** A sound masculine plural in construct (مرتادو، موظفو، مسؤولو), its ن dropped before the genitive. */
function constructPlural(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  if (!t || !isWord(t) || ctx.entType[k] || hasArticle(t.norm) || !/^[^\s]{4,}و$/.test(t.norm)) return false;
  const full = t.norm + 'ن';
  // (a participle's shape, م + three or four letters, مست + three: not a name such as مورينهو، ماريو)
  const participle = /^م[^اي].{2,3}و$/.test(t.norm) || /^مست.{3}و$/.test(t.norm);
  return participle || ctx.lex.plural.has(full) || ctx.lex.anonHeads.has(full);
}

export function runPhrase(ctx: Ctx, a: number, b: number, entry: CueEntry | null, open = false): number {
  const T = ctx.toks;
  const L = ctx.lex;
  let j = a;
  // the end of an entity mention (PERS/ORG/LOC, at most 6 tokens) begun inside the phrase: المتحدث باسم
  // البيت الأبيض، الأمين العام لمنظمة الدول المصدرة للنفط; the phrase does not break inside it
  let reach = -1;
  let cap = 12;
  while (j < b) {
    if (j - a >= cap) {
      // (a long role, then its holder's abbreviated title and name: الرئيس التنفيذي لهيئة الربط الكهربائي لدول مجلس
      // التعاون لدول الخليج العربية م. أحمد علي الإبراهيم)
      // (… or a name begun inside the phrase runs to its end: … مفتي عام السعودية ورئيس هيئة كبار العلماء)
      // (… and a family name the tagger left after it: الأستاذ ماجد بن عبدالله الحقيل على …)
      if (reach > j && reach - a <= 18) cap = reach - a + 1;
      else if (cap !== 12 || !(titleDot(ctx, j) || titleDot(ctx, j + 1))) break;
      else cap = j - a + 5;
    }
    const t = T[j]!;
    const me = ctx.entEnd[j]!;
    if (me > j && me - j <= 6 && ctx.entType[j]! >= 1 && ctx.entType[j]! <= 3) reach = Math.max(reach, me);
    const inEnt = j > a && j < reach;
    // (a body goes on over the body it belongs to: أعلن قسم التكنولوجيا التابع للشركة عن …، أعلن مكتب التحقيقات التابع
    // لهيئة الطيران المدني السعودي تحطم …)
    if (j > a && !inEnt && /^ال(تابع|تابعه)$/.test(t.norm) && /^ل/.test(T[j + 1]?.norm ?? '') && !L.roleNouns.has(T[j + 1]!.norm.replace(/^ل/, '')) && (orgHead(L, T[a]!.norm) || ctx.entType[a] === 2)) {
      j += 2;
      continue;
    }
    if (isQuote(t)) {
      const c = ctx.quotes.closeOf[j]!;
      // (a dotted acronym inside takes more tokens: شبكة "إن.بي.سي نيوز")
      if (c > j && c < b && (c - j <= 6 || (c - j <= 10 && T.slice(j + 1, c).some((x) => x.text === '.')))) {
        const first = j === a && (ctx.entType[j + 1] === 1 || ctx.entType[j + 1] === 2);
        const inner = j > a;
        j = c + 1;
        // (a quoted name of a person or body opening the phrase, then an indefinite word: that word opens the object, أكدت
        // "الوطن" صحة ما نشرته)
        // (… and so after a quoted name that ends a longer phrase: كشف الموقع الطبي الأمريكي “Health” خطورة التدخين …)
        if ((first || (open && inner && isWord(T[j]) && !/^[لب]/.test(T[j]!.norm) && (L.objectStarters.has(T[j]!.norm) || derivedMasdar(T[j]!.norm) || (/ه$/.test(T[j]!.norm) && /ة$/.test(T[j]!.text) && !L.roleNouns.has(T[j]!.norm) && !L.orgHeads.has(T[j]!.norm) && !L.anonHeads.has(T[j]!.norm))))) && isWord(T[j]) && !definite(T[j]!.norm) && !ctx.entType[j] && !L.firstNames.has(T[j]!.norm) && !isTitle(ctx, T[j]!) && !L.roleNouns.has(T[j]!.norm) && !NAME_JOIN.has(T[j]!.norm)) break;
        continue;
      }
      break;
    }
    if (t.text === '(') {
      // a parenthesised name: جماعة (المساواة الآن)، (يونامي)، قناة (سي.إن.إن ترك)، (د. ب. أ)
      let c = j + 1;
      while (c < b && c - j <= 8 && T[c]!.text !== ')' && (isWord(T[c]) || T[c]!.text === '.')) c++;
      if (c < b && T[c]!.text === ')' && c > j + 1) {
        j = c + 1;
        // (an indefinite word after the bracketed name opens the object: الاتحاد الدولي لكرة القدم (فيفا) تحديد …)
        if (open && isWord(T[j]) && !definite(T[j]!.norm) && !inPerson(ctx, j) && !L.firstNames.has(T[j]!.norm) && !isTitle(ctx, T[j]!) && !L.roleNouns.has(T[j]!.norm)) break;
        continue;
      }
      break;
    }
    if (titleDot(ctx, j) && j > a) {
      j++;
      continue;
    }
    // (two nisbas joined by a dash are one adjective: رئيس لجنة الحوار اللبناني - الفلسطيني، الوزير السابق حسن منيمنة)
    if (j > a && /^[-–]$/.test(t.text) && isWord(T[j - 1]) && isWord(T[j + 1]) && /^ال.{2,}(ي|يه)$/.test(T[j - 1]!.norm) && /^ال.{2,}(ي|يه)$/.test(T[j + 1]!.norm) && !ctx.entType[j + 1]) {
      j += 2;
      continue;
    }
    // (a separate لـ before a quoted body's name, then the holder's name: الأمين العام لـ«أوبك» عبد الله البدري; not
    // the outlet spoken to, مصادر مطلعة لـ"الوطن" أن)
    if (j > a && t.norm === 'ل' && isQuote(T[j + 1]) && ctx.quotes.closeOf[j + 1]! > j + 2 && ctx.quotes.closeOf[j + 1]! - j <= 7 && ctx.quotes.closeOf[j + 1]! + 1 < b && ctx.entType[ctx.quotes.closeOf[j + 1]! + 1] === 1) {
      j = ctx.quotes.closeOf[j + 1]! + 1;
      continue;
    }
    // (a year naming an event or a plan: لشعار أولمبياد طوكيو 2020، رؤية 2030)
    if (t.kind === 'number' && j > a && /^\d{4}$/.test(t.text) && isWord(T[j - 1]) && !/^ال/.test(T[j - 1]!.norm) && !L.timeHeads.has(T[j - 1]!.norm) && !MONTHS_WORDS.test(T[j - 1]!.norm)) {
      j++;
      continue;
    }
    if (!isWord(t)) break;
    // (where a body sits is no part of its name: المرصد السوري لحقوق الإنسان ومقره بريطانيا)
    if (j > a && /^و?مقر(ه|ها|هم|هما)$/.test(t.norm)) break;
    // ("others", "some" are whole phrases: واتهم آخرون صالح بدعم الانقلاب, the name after is the object)
    if (j === a + 1 && WHOLE_GROUP.test(T[a]!.norm) && !/^من(هم|هن|ها|نا|كم)$/.test(t.norm)) break;
    // an adverb inside a role before the holder's title (وكابتن الفريق الوحداوي سابقاً الأستاذ عابد شيخ)
    if (j > a && /\u064b/.test(t.text) && T[j + 1] && isWord(T[j + 1]) && ctx.lex.titles.has(T[j + 1]!.norm) && nameLike(ctx, T[j + 2])) {
      j++;
      continue;
    }
    // "في" inside an organisation's name (بعثة الاتحاد الإفريقي في الصومال) does not end the phrase
    // (the partitive من right after a quantity noun opening the phrase: عدد من الخبراء من …)
    if (j === a + 1 && partitiveAt(ctx, a)) {
      j++;
      continue;
    }
    // (after the partitive's definite noun, an indefinite word starts the object: قدّر عدد من الخبراء النفطيين حجم …)
    if (j > a + 2 && partitiveAt(ctx, a) && isWord(t) && definite(T[j - 1]!.norm) && !definite(t.norm) && !/^و?(ال|بال|لل)/.test(t.norm) && !inPerson(ctx, j) && !isTitle(ctx, t)) break;
    // (a plural participle's own ب-complement inside the phrase: عدد من المزارعين والمهتمين بالشؤون الزراعية)
    if (j > a && /^بال/.test(t.norm) && /^و?(ال)?م.{2,}(ين|ون)$/.test(T[j - 1]!.norm) && partitiveAt(ctx, a)) {
      j++;
      continue;
    }
    // ("any" opens the object: ونفت موسكو اي تورط)
    // (… nor "what": ونفى المتحدث عبدالوهاب شلبي ما تردد عن …)
    if (j > a && (t.norm === 'اي' || t.norm === 'ما') && !inEnt) break;
    // (a cue spelling after a name particle is part of the name: الدكتور موفق أبو طالب، صالح آل طالب)
    if (j > a && L.cues.has(t.norm) && NAME_PARTICLES.has(T[j - 1]!.norm) && T[j - 1]!.end + 1 >= t.start) {
      j++;
      continue;
    }
    // (a participle's own ب-complement is part of the phrase: الوزيرة المكلفة بشؤون المرأة، المركز المعني بمراقبة القرصنة)
    if (j > a && /^ب/.test(t.norm) && ASSIGNED.test(T[j - 1]!.norm) && isWord(t)) {
      j++;
      continue;
    }
    // (a body's head or a role in construct opening the phrase takes its genitive, whatever that word is elsewhere:
    // إدارة الاتفاق، إدارة الهلال، رئيس الاتفاق المكلف)
    if (j === a + 1 && isWord(t) && hasArticle(t.norm) && !hasArticle(T[a]!.norm) && (/^(ادار|اداره|مجلس|هيئه|نادي|رابطه|جمعيه)$/.test(T[a]!.norm) || L.roleNouns.has(T[a]!.norm)) && !L.demonstratives.has(t.norm) && !L.timeHeads.has(t.norm) && !ctx.entType[a]) {
      j++;
      continue;
    }
    // (a tagged person's name runs on over a word that looks like the cue's preposition: وأفاد خالد بووشل; after a role
    // too when the cue's own ب, a comma or the complement follows: وتوعد الرئيس النيجيري محمد بخاري بسحق …، مسعود بارزاني،
    // أمس، بالانتقام، ونوّه الدكتور محمد باجودة أن …)
    // (a plural in construct, مرتادو، موظفو، takes its genitive whatever it is: مرتادو يوم المزارع)
    if (j > a && isWord(t) && constructPlural(ctx, j - 1) && !/^(ايضا|كذلك|بدوره|بدورهم)$/.test(t.norm) && !L.complementizers.has(t.norm) && !L.cues.has(t.norm) && !isPrep(t)) {
      j++;
      continue;
    }
    if (isStopWord(ctx, t, T[j + 1], entry, j === a, j) && !(inEnt && t.norm === 'في' && ctx.entType[a] === 2) && !(inEnt && ctx.entType[j] === 1 && /^[بل]/.test(t.norm) && (ctx.entType[a] === 1 || (ctx.entType[j - 1] === 1 && (!isWord(T[j + 1]) || L.complementizers.has(T[j + 1]!.norm) || (T[j + 1]?.norm ?? '').startsWith(t.norm[0]!)))))) break;
    // (the outlet told right after an anonymous head, and a manner phrase with دون, end the phrase: وأشارت المصادر
    // لرويترز دون الكشف عن هويتها إلى أن …)
    if (j > a && ((ctx.lName[j] && (L.anonHeads.has(T[j - 1]!.norm) || L.anonHeads.has(T[j - 1]!.norm.replace(/^ال/, '')))) || (!inEnt && /^(دون|بدون)$/.test(t.norm)))) break;
    // (… and a news agency told after a name: وقال عروة لرويترز إن …، وقال محمد العلي لفرانس برس)
    // (not a survey or report the agency made: مسح شهري لرويترز)
    if (j > a && ctx.lName[j] && ctx.entType[j] === 2 && L.outlets.has(t.norm.slice(1)) && !L.roleNouns.has(T[j - 1]!.norm) && !L.orgHeads.has(T[j - 1]!.norm) && !T.slice(Math.max(a, j - 2), j).some((x) => L.attributionSources.has(x.norm) || L.documentHeads.has(x.norm))) break;
    // (a tagged person's name ends where the tagger ends it before an abstract noun: ونفى عسيري إمكانية الاستفادة …)
    // (… or a verbal noun, تفعيل or a derived form: وأعلن بلاتر تأخير بداية المؤتمر)
    if (j > a && j === reach && ctx.entType[j - 1] === 1 && !ctx.entType[j] && !definite(t.norm) && (/ية$/.test(t.text.replace(/[\u064b-\u0652\u0640]/g, '')) || derivedMasdar(t.norm) || /^ت[^وي][^اوي]ي[^اوي]$/.test(t.norm)) && !L.firstNames.has(t.norm) && !isTitle(ctx, t) && !seenAsName(ctx, j)) break;
    // (a participle agreeing with the partitive's plural is its adjective: عدد من أولياء أمور الطلاب المشاركين)
    if (j > a + 2 && !inEnt && partitiveAt(ctx, a) && /^الم.{3,}ين$/.test(t.norm) && hasArticle(T[j - 1]!.norm) && !L.cues.has(t.norm)) {
      j++;
      continue;
    }
    if (j > a && !inEnt && newPhrase(ctx, T[j - 1]!, t, a, j)) break;
    // (a place named right after a definite phrase, then the verb's preposition, is the object: وصفت الخارجية الأميركية
    // إيران بأنها …، اتهم الجيش اللبناني إسرائيل بخرق …)
    if (j > a && entry?.preps && ctx.entType[j] === 3 && ctx.entEnd[j]! > j && !(ctx.entType[j - 1] && ctx.entEnd[j - 1]! >= ctx.entEnd[j]!) && noClitic(ctx, j) && hasArticle(T[j - 1]!.norm) && !hasArticle(t.norm) && objectPrepAt(ctx, entry, ctx.entEnd[j]!)) break;
    // (not inside a tagged person's name: خالد بووشل)
    // (not inside a tagged person or a located body: الشؤون الصحية بمنطقة مكة المكرمة)
    if (j > a && ((open && bPhrase(ctx, j) && (definite(T[j - 1]!.norm) || nameLike(ctx, T[j - 1])) && !(inEnt && (ctx.entType[a] === 1 || (ctx.entType[a] === 2 && /^ب(منطقه|محافظه|مدينه|ولايه|امانه|مركز)$/.test(t.norm))))) || (/\u064b/.test(t.text) && !/\u064b/.test(T[j - 1]!.text)))) break;
    // ("this week": وقالت وكالة الإغاثة الخاصة "أوكسفام" هذا الأسبوع إن …)
    if (j > a && /^(هذا|هذه)$/.test(t.norm) && L.timeHeads.has(T[j + 1]?.norm ?? '')) break;
    // a time adverbial (العام الماضي، الأسبوع المقبل) is never part of a speaker
    // (… or a day: نفت حركة طالبان باكستان اليوم السبت …، أكد الوزير الخميس أن …)
    if (j > a && L.timeHeads.has(t.norm) && ((T[j + 1] && L.timeAdjectives.has(T[j + 1]!.norm)) || WEEKDAYS.test(t.norm) || WEEKDAYS.test(T[j + 1]?.norm ?? '')) && !inEnt) break;
    // no complement ahead (a nominal object follows): after a definite word, a bare word starts the object
    // unless it begins a name (a person mention, a known first name, a title)
    // no complement ahead: a verbal noun of the derived forms (اختيار، اعتقال، استئناف، انسحاب) after a name starts the object
    if (open && j > a && !inEnt && !inPerson(ctx, j) && nameLike(ctx, T[j - 1]) && /^(ا.ت.ا.|است..ا.|ان..ا.)$/.test(t.norm)) break;
    // ("one of" after a name opens its apposition: عائلة أنييلي أحد المساهمين الرئيسيين; not ووفقا لمعلومات أحد العمالة)
    if (j > a && /^(احد|احدي)$/.test(t.norm) && definite(T[j + 1]?.norm ?? '') && !inEnt && (inPerson(ctx, j - 1) || ctx.entType[j - 1] === 2)) break;
    // (after an indefinite adjective, an event or object noun starts the object: انتقدت صحف تونسية زيارة ساركوزي; not
    // حديث "recent": كشف تقرير مصرفي حديث عن …)
    if (open && j > a && !inEnt && !hasArticle(T[j - 1]!.norm) && /(ي|يه)$/.test(T[j - 1]!.norm) && T[j - 1]!.norm.length >= 4 && !hasArticle(t.norm) && !/^(حديث|حديثه|جديد|جديده)$/.test(t.norm) && (isEventNoun(ctx, t.norm) || L.objectStarters.has(t.norm) || derivedMasdar(t.norm))) break;
    // (… and so does a country named right after it: انتقدت جماعة بيئية مملكة الدنمارك لفشلها …)
    // (an adjective agreeing with the head before it, not a noun in construct: وزير خارجية النمسا، قائد شرطة ولاية يوبي)
    if (j > a + 1 && nisbaAdjective(ctx, j - 1) && !ctx.entType[j - 1] && ((ctx.entType[j] === 3 && ctx.entEnd[j]! > j && noClitic(ctx, j)) || (/^(مملكه|جمهوريه|دوله|اماره|سلطنه)$/.test(t.norm) && ctx.entType[j + 1] === 3 && noClitic(ctx, j + 1)))) break;
    // (… and so does one right after a place's name: وناقش مجلس الشورى الإسلامي في إيران تصريحات شيرمان)
    if (j > a && !inEnt && (ctx.entType[j - 1] === 3 || ctx.entType[j - 1] === 2) && !ctx.entType[j] && !hasArticle(t.norm) && !/^(نفس|ذات|عين)/.test(t.norm) && (isEventNoun(ctx, t.norm) || L.objectStarters.has(t.norm) || derivedMasdar(t.norm) || tMasdarObject(ctx, j))) break;
    // (a body's head right after a family name with آل is the verb's object: حمّل … راشد آل سرور فرع شركة الكهرباء مسؤولية …)
    if (j > a + 1 && T[j - 2]!.norm === 'ال' && /^آل$/.test(T[j - 2]!.text.replace(/[\u064b-\u0652\u0640]/g, '')) && !ctx.entType[j] && !hasArticle(t.norm) && L.orgHeads.has(t.norm) && !L.roleNouns.has(t.norm)) break;
    // (… and over a second genitive joined by و: الرئاسة العامة للأرصاد وحماية البيئة، الهيئة العامة للغذاء والدواء)
    if (open && j > a + 1 && j - a <= 6 && !inEnt && /^و[^ا]/.test(t.norm) && !hasArticle(t.norm.slice(1)) && /^لل/.test(T[j - 1]!.norm) && definite(T[j + 1]?.norm ?? '') && isWord(T[j + 1]) && orgHead(L, T[a]!.norm) && !L.cues.has(t.norm) && !L.cues.has(t.norm.slice(1))) {
      j += 2;
      continue;
    }
    // (a body's name goes on over a ل-genitive: المرصد السوري لحقوق الإنسان، المفوضية العليا لشؤون اللاجئين، نادي
    // بوروسيا دورتموند الألماني لكرة القدم)
    // (… also after a feminine nisba: شركة رينو الفرنسية لصناعة السيارات)
    // (… and after a feminine participle or adjective: قيادة القوات المشتركة لتحالف دعم الشرعية; not the one spoken to,
    // الهيئة العامة لمراسل الصحيفة)
    const femAdj = j - a <= 4 && !(ctx.entType[a] && ctx.entEnd[a] === j) && /^ال(م.{3,}|.{3,}ي)ه$/.test(T[j - 1]!.norm) && !L.roleNouns.has(t.norm.slice(1)) && !/^ل(مراسل|مندوب|محرر)/.test(t.norm);
    if (open && j > a && (j - a <= 2 || (j - a <= 4 && /^ال.{3,}(ي|يه|ية)$/.test(T[j - 1]!.norm)) || femAdj) && !inEnt && /^ل[^ل]/.test(t.norm) && (definite(T[j + 1]?.norm ?? '') || (femAdj && isWord(T[j + 1]) && !hasArticle(T[j + 1]!.norm) && !ctx.lex.cues.has(T[j + 1]!.norm) && definite(T[j + 2]?.norm ?? '')) || (L.roleNouns.has(t.norm.slice(1)) && isWord(T[j + 1]))) && orgHead(L, T[a]!.norm) && !L.mediaNouns.has(t.norm.slice(1))) {
      // (its genitive in construct goes with it: لتحالف دعم | الشرعية)
      j += isWord(T[j + 1]) && !hasArticle(T[j + 1]!.norm) && definite(T[j + 2]?.norm ?? '') && j + 2 < b ? 3 : 1;
      continue;
    }
    // (data or a document "issued by" a body goes on over its issuer: وتشير أرقام صادرة عن شرطة العاصمة إلى أن …)
    if (j > a && !inEnt && /^(ال)?(صادر|صادره|منشور|منشوره)$/.test(t.norm) && /^(عن|من)$/.test(T[j + 1]?.norm ?? '') && isWord(T[j + 2]) && (L.attributionSources.has(T[j - 1]!.norm) || L.documentHeads.has(T[j - 1]!.norm))) {
      j += 2;
      continue;
    }
    // (a definite word after an indefinite sound plural that kept its ن starts the object: a genitive would have dropped
    // it, and an adjective would be indefinite: واتهم معارضون الرئيس التركي …)
    if (j === a + 1 && !inEnt && !ctx.entType[a] && !hasArticle(T[a]!.norm) && /^(م.{3,}|.{3,}ي)ون$/.test(T[a]!.norm) && hasArticle(t.norm) && !L.timeHeads.has(t.norm)) break;
    // (a noun with a possessive pronoun after a definite word or a name is the object: وأكد والد جوليان إيمانه بقضاء
    // الله، وشرحت المصممة فكرتها قائلة)
    if (j > a && !inEnt && possessedAfterName(ctx, j)) break;
    // (a demand's, a warning's or an accusation's addressee, a body or a group after the definite subject: طالب
    // المستثمر السعودي الحكومة المصرية برد …، ودعت المديرية الأخوة اليمنيين إلى …)
    if (entry && ADDRESSING.has(entry.stance) && j > a && !ctx.entType[j - 1] && (hasArticle(T[j - 1]!.norm) || (/^لل/.test(T[j - 1]!.norm) && ADDRESSEES.test(t.norm))) && !L.nameLinks.has(T[j - 1]!.norm) && !L.titles.has(T[j - 1]!.norm) && hasArticle(t.norm) && !L.titles.has(t.norm) && !L.roleNouns.has(t.norm) && (L.orgHeads.has(t.norm) || L.plural.has(t.norm) || L.anonHeads.has(t.norm) || ADDRESSEES.test(t.norm))) break;
    if (open && j > a && !inEnt && definite(T[j - 1]!.norm) && !L.nameLinks.has(T[j - 1]!.norm) && !L.titles.has(T[j - 1]!.norm) && !definite(t.norm) && !coordinated(ctx, t) && !inPerson(ctx, j) && !L.firstNames.has(t.norm) && !isTitle(ctx, t) && !NAME_JOIN.has(t.norm) && !L.roleNouns.has(t.norm) && !L.orgHeads.has(t.norm) && !L.nameLinks.has(t.norm) && !nameBeforeFeeling(ctx, j)) break;
    j++;
  }
  return j;
}

/**
 * An anonymous source's descriptor runs over its prepositional complements, which say where the source
 * sits: مصدر أمني في وزارة الداخلية الكويتية، مصدر مطلع في مستشفى الملك فهد بجدة، مصدر من شركة … (سامير)،
 * مسؤول بالشركة، ثلاثة أشخاص في مجلس شورى الحركة. Returns the new exclusive end (at most 3 hops).
 */
export function anonTail(ctx: Ctx, b: number, to: number, entry: CueEntry | null): number {
  const T = ctx.toks;
  const L = ctx.lex;
  let e = b;
  for (let hop = 0; hop < 3 && e < to; hop++) {
    const t = T[e]!;
    // (set off by commas: وأوضح مصدر، من عائلة السعودي الهارب، أن …)
    if (hop === 0 && t.kind === 'punct' && (t.text === '،' || t.text === ',') && /^(في|من)$/.test(T[e + 1]?.norm ?? '')) {
      let f = anonTail(ctx, e + 1, to, entry);
      // (with its adjectives up to the closing comma: من عائلة السعودي الهارب،)
      if (f > e + 1) for (let g = f; g < to && g - f < 3 && isWord(T[g]) && /^ال/.test(T[g]!.norm) && !L.cues.has(T[g]!.norm); g++) if (T[g + 1]?.kind === 'punct' && (T[g + 1]!.text === '،' || T[g + 1]!.text === ',')) f = g + 1;
      const after = T[f];
      if (f > e + 1 && (f >= to || !after || (after.kind === 'punct' && (after.text === '،' || after.text === ',')) || L.complementizers.has(after.norm))) return f;
      break;
    }
    if (!isWord(t) || entry?.preps?.some((p) => p === t.norm || (p === 'الى' && t.norm === 'الي'))) break;
    let s: number;
    if (t.norm === 'في' || t.norm === 'من' || t.norm === 'عن') s = e + 1;
    else if (/^ب/.test(t.norm) && t.norm.length > 3 && !ctx.lex.anonymityWords.has(t.norm)) s = e;
    else break;
    const n = T[s];
    if (!n || !isWord(n)) break;
    const nb = s === e ? n.norm.slice(1) : n.norm;
    if (isEventNoun(ctx, nb) || L.circumstantial.has(n.norm) || L.demonstratives.has(nb) || L.complementizers.has(n.norm) || L.cues.has(n.norm) || L.leadingSkip.has(nb) || L.notSpeakerHeads.has(nb) || L.objectStarters.has(nb) || L.timeHeads.has(nb) || /\u064b/.test(n.text)) break;
    if (s === e && !(definite(n.norm) || nameLike(ctx, { ...n, norm: nb } as Token))) break;
    // (عن + a possessed noun is an expressive verb's object, not a tail: أعرب عدد من الزوار عن سعادتهم …)
    if (t.norm === 'عن' && /(ه|ها|هم|هما)$/.test(n.text.replace(/[\u064b-\u0652\u0640]/g, '')) && !definite(n.norm)) break;
    // (a cue taking its object through ب: an indefinite ب-word is that object, أفادت مصادر بخرق الحوثيين …)
    if (s === e && entry?.preps?.includes('ب') && !definite(n.norm) && !ctx.entType[e]) break;
    // (a demand's ب-object ends the hop: طالب عدد من المهتمين بالشؤون الزراعية بالأحساء بإنشاء مراكز …)
    const f = runPhrase(ctx, s, to, entry?.preps?.includes('ب') ? entry : null);
    if (f <= s) break;
    e = f;
  }
  return e;
}

/** A bare noun with a possessive pronoun (إيمانه، فكرتها، سعادتهم) right after a definite word or a name: no part of
 * the subject before it (a name never takes a pronoun there), so it opens the object. */
function possessedAfterName(ctx: Ctx, j: number): boolean {
  const T = ctx.toks;
  const t = T[j]!;
  const p = T[j - 1];
  if (!isWord(t) || !isWord(p) || ctx.entType[j]) return false;
  const plain = t.text.replace(/[\u064b-\u0652\u0640]/g, '');
  const n = t.norm;
  if (!/(ه|ها|هم|هما)$/.test(plain) || /ة$/.test(plain) || /^[وفبل]/.test(n) || hasArticle(n) || /(يه|اه)$/.test(n)) return false;
  const stem = n.replace(/(ه|ها|هم|هما)$/, '');
  // (not a preposition with its pronoun, حصلت عليها، nor a fixed formula, الحق سبحانه)
  if (stem.length < 3 || /^(نفس|ذات|عين|كل|جميع|بعض|انفس|اجمع|سبحان)/.test(n) || /^(علي|الي|لدي|عند|بين|امام|خلف|حول|ضد|مثل|بعد|قبل|تجاه|عبر|وراء|فوق|تحت|منذ|دون|لدي|حيال)$/.test(stem)) return false;
  // (nor a present verb with its object: ووحدات من الجيش تدعمها حكومة هادي)
  if (/^[يتن][^ا]..$/.test(stem)) return false;
  const feeling = feelingNoun(n);
  // (سعادته after a name is his happiness, not His Excellency)
  if (ctx.lex.firstNames.has(n) || (ctx.lex.honorificPronouns.has(n) && !(feeling && isWord(p) && !definite(p.norm))) || (firstNameAt(ctx, j) && !feeling)) return false;
  // (nor a name's last word before its role: كارل هاينتس رومينيجه رئيس نادي …)
  const after = T[j + 1];
  if (!!after && isWord(after) && (ctx.lex.roleNouns.has(after.norm) || ctx.lex.titles.has(after.norm))) return false;
  // (after a definite word or a person's name only: after an indefinite noun the word may be a verb of a relative
  // clause with its object, دراسة أجرتها الهيئة، تقرير أصدرته الغرفة)
  // (… or after an untagged name when it is a feeling: وأبدى اللاعب اليوناني فيتفاتزيديس سعادته)
  return definite(p.norm) || ctx.entType[j - 1] === 1 || ctx.lex.firstNames.has(p.norm) || firstNameAt(ctx, j - 1) || (nameLike(ctx, p) && !/^[بل]/.test(p.norm) && feeling);
}
