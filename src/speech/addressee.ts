/**
 * The one called on, warned or accused, written between the subject and the act (دعت الولايات المتحدة الأمريكية
 * باكستان للتعاون …، دعت الحكومة العراقية مجلس النواب إلى …، حذرت واشنطن موسكو من …): a named place or body, or a
 * definite plural after a name, right after a complete subject and before the verb's act, is the object, not part of
 * the speaker phrase.
 */
import { isQuote, isWord, type Ctx } from './context.js';
import type { CueForm } from './inflect.js';
import { actAt, objectPlural } from './nominal.js';
import { isPrep } from './np-words.js';
import { mentionStartsAt } from './resolve.js';
import { ADDRESSEES, WEEKDAYS } from './np-bounds.js';
import { parseSpeaker, type NP } from './speaker.js';

const OBJECT_STANCES = new Set(['demand', 'warn', 'accuse']);
/** nouns for the ones usually called on or warned, never an adjective of the word before them (folded): the addressees
 * the speaker phrase already stops at (np-bounds.ts) and these */
const CALLED_ON_MORE = /^(الحكومات|السلطات|الجهات|الدوله|المجتمع|الاطراف|المواطنات|الشعب|الناس|المسؤولين|المستثمرين|الشركات|الوزارات|الاسر|الاباء|الطلاب|المسلمين|المجتمعات|العالم)$/;
const calledOn = (n: string) => ADDRESSEES.test(n) || CALLED_ON_MORE.test(n);

/**
 * The subject phrase np of a demand, a warning or an accusation cut before a named addressee, or null when there is
 * none: the addressee is a tagged place or body (or a definite plural) starting after a definite word, a name or a
 * quoted name, and the act follows it (past a day between commas).
 */
export function namedAddressee(ctx: Ctx, np: NP, form: CueForm, to: number): NP | null {
  if (!OBJECT_STANCES.has(form.entry.stance)) return null;
  const T = ctx.toks;
  const a0 = np.roleA >= 0 ? Math.min(np.roleA, np.a) : np.a;
  for (let m = a0 + 1; m < np.b; m++) {
    const type = ctx.entType[m];
    const prev = T[m - 1]!;
    // (a quoted name closes a subject too: اتهمت منظمة "هيومن رايتس ووتش" إسرائيل)
    const quoted = isQuote(prev) && ctx.quotes.openOf[m - 1]! >= a0 && ctx.quotes.openOf[m - 1]! < m - 1;
    // (… and a definite plural in its object case after a name: اتهمت منظمة "هيومن رايتس ووتش" المتمردين الحوثيين بارتكاب …)
    const plural = !type && (quoted || (!!ctx.entType[m - 1] && ctx.entType[m - 1] !== 1)) && objectPlural(ctx, m);
    // (… or a noun no adjective is, the usual ones called on, after a definite word: دعا الرئيس الحكومة إلى …)
    const called = !type && !quoted && /^(ال|وال|لل)/.test(prev.norm) && calledOn(T[m]!.norm) && m > a0;
    if (!plural && !called && ((type !== 2 && type !== 3) || !mentionStartsAt(ctx.entities, T[m]!.start))) continue;
    if (!isWord(prev) && !quoted) continue;
    // the subject before it is complete: a definite word (الحكومة العراقية) or the end of a name (مصر)
    if (!quoted && !/^(ال|وال)/.test(prev.norm) && !ctx.entType[m - 1]) continue;
    let e = plural || called ? m + 1 : ctx.entEnd[m]!;
    // (the plural's own adjectives: المتمردين الحوثيين)
    if (plural) while (e < np.b + 3 && e < T.length && /^ال.{2,}ين$/.test(T[e]!.norm)) e++;
    if (e <= m || (e > np.b && !plural)) continue;
    // (and the places or bodies joined to it: طالبت الشركة فرنسا وبريطانيا بتسديد …)
    while (e < np.b && /^و/.test(T[e]!.norm) && (ctx.entType[e] === 2 || ctx.entType[e] === 3) && ctx.entEnd[e]! > e && ctx.entEnd[e]! <= np.b) e = ctx.entEnd[e]!;
    const act = e < np.b ? actAt(ctx, form, e) : actAt(ctx, form, pastTime(ctx, e > np.b ? e : np.next));
    if (!act) continue;
    const sub = parseSpeaker(ctx, a0, m, form.entry);
    return sub && sub.b === m && m <= to ? { ...sub, next: m } : null;
  }
  return null;
}

const TIME_WORD = /^(اليوم|امس|غدا|الماضي|المقبل|الحالي)$/;

/** Past a day between commas or brackets after the addressee (، اليوم (الاثنين)، …): the next token. */
function pastTime(ctx: Ctx, k: number): number {
  const T = ctx.toks;
  const k0 = k;
  while (k < T.length && k - k0 < 7 && (/^[،,()]$/.test(T[k]!.text) || TIME_WORD.test(T[k]!.norm) || WEEKDAYS.test(T[k]!.norm))) k++;
  return k;
}

/** demands whose addressee is their direct object (دعا الحكومة إلى …، طالب الشركة بـ …، حث الجميع على …، ناشد …) */
const OBJECT_DEMANDS = new Set(['دعا', 'طالب', 'حث', 'ناشد']);
/** words an addressee never opens with: a preposition, a pronoun clause, a complementizer (folded) */
const NOT_ADDRESSEE = /^[وف]?(في|من|منذ|عبر|علي|على|عن|خلال|لدي|لدى|امام|بعد|قبل|هو|هي|ان|انه|انها|بان|بانه|حيث|كما|الذي|التي)$/;
const SKIP_BEFORE = /^(اليوم|امس|غدا|الجمعه|السبت|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|فيه|فيها|خلاله|خلالها|ايضا|كذلك|مجددا)$/;
/** adverbs and phrases of time or means that no addressee holds (عبثا منذ سنوات، عبر موقعها) */
const GAP_STOP = /^(منذ|عبر|خلال|قبل|بعد|عبثا|مرارا|دائما|اليوم|امس|حيث|الذي|التي|الذين)$/;
const ACT_PREP = /^(الي|الى|على|علي|ل|لـ|ب|بـ)$/;

/**
 * The content of a demand starts at its addressee, the verb's direct object, as the guideline's nominal object does
 * (ودعا الشعب اليمني … إلى الوقوف …، مطالبا الدول المانحة ببذل …): `first` is the first token after the cue and its
 * written subject; the content's start moves back to the addressee when only the addressee (up to nine words) and the
 * act's preposition stand between them. Not an addressee behind من (يطلب الضابط من الصحفي), nor a complementizer's
 * clause (طالب الجميع أن …).
 */
export function addresseeStart(ctx: Ctx, lemma: string, first: number, c0: number, cut: number): number {
  if (!OBJECT_DEMANDS.has(lemma)) return c0;
  const T = ctx.toks;
  let a = first;
  while (a < c0 && (T[a]!.text === '،' || T[a]!.text === ',' || SKIP_BEFORE.test(T[a]!.norm))) a++;
  if (a >= c0 || !isWord(T[a]) || NOT_ADDRESSEE.test(T[a]!.norm) || ctx.lex.cues.has(T[a]!.norm)) return c0;
  // (not the rest of a phrase cut inside a preposition's object, … الذي يصل إلى كوالالمبور اليوم …، nor a word joined
  // by و to the phrase before it, … الحكومة التركية وحزب العمال)
  if (isWord(T[a - 1]) && isPrep(T[a - 1]!)) return c0;
  // (a nominative plural is the subject's own adjective, صحافيون بارزون بوضع …: the called-on take -ين)
  if (/^[^و].{2,}ون$/.test(T[a]!.norm) && !ctx.entType[a]) return c0;
  if (/^و.{2,}/.test(T[a]!.norm) && isWord(T[a - 1]) && !ctx.lex.cues.has(T[a - 1]!.norm) && !ctx.lex.firstNames.has(T[a]!.norm)) return c0;
  // (the act's preposition written alone, or fused to the act's first word: بالتدخل، للتعاون)
  let e = c0;
  const prep = cut > 0 || ACT_PREP.test(T[e - 1]!.norm);
  if (!prep) return c0;
  if (cut === 0) e--;
  // (a comma may close the addressee: مجلس الأمن الدولي، بـ …)
  if (e > a && (T[e - 1]!.text === '،' || T[e - 1]!.text === ',')) e--;
  if (e <= a) return c0;
  let words = 0;
  for (let k = a; k < e; k++) {
    const t = T[k]!;
    if (isQuote(t)) continue;
    if (!isWord(t) || ctx.lex.complementizers.has(t.norm) || ctx.lex.cues.has(t.norm) || GAP_STOP.test(t.norm)) return c0;
    if (++words > 9) return c0;
  }
  return a;
}
