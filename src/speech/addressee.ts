/**
 * The one called on, warned or accused, written between the subject and the act (دعت الولايات المتحدة الأمريكية
 * باكستان للتعاون …، دعت الحكومة العراقية مجلس النواب إلى …، حذرت واشنطن موسكو من …): a named place or body, or a
 * definite plural after a name, right after a complete subject and before the verb's act, is the object, not part of
 * the speaker phrase.
 */
import { isQuote, isWord, type Ctx } from './context.js';
import type { CueForm } from './inflect.js';
import { actAt, objectPlural } from './nominal.js';
import { mentionStartsAt } from './resolve.js';
import { WEEKDAYS } from './np-bounds.js';
import { parseSpeaker, type NP } from './speaker.js';

const OBJECT_STANCES = new Set(['demand', 'warn', 'accuse']);

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
    if (!plural && ((type !== 2 && type !== 3) || !mentionStartsAt(ctx.entities, T[m]!.start))) continue;
    if (!isWord(prev) && !quoted) continue;
    // the subject before it is complete: a definite word (الحكومة العراقية) or the end of a name (مصر)
    if (!quoted && !/^(ال|وال)/.test(prev.norm) && !ctx.entType[m - 1]) continue;
    let e = plural ? m + 1 : ctx.entEnd[m]!;
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
