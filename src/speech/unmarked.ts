/**
 * Speech written without a complementizer (وقال لـ«الاقتصادية»، للأسف هناك …، وأضاف الزياني، ناقشنا …), quotations
 * after a subject written before its cue, and the appositions between a speaker and a nominal object.
 */
import { isQuote, isWord, type Ctx } from './context.js';
import { wordCount } from './content.js';
import type { CueForm } from './inflect.js';
import { COMMA, isPrepOf } from './nominal.js';
import { isPrep, PREP_WITH_PRONOUN, seenAsName } from './np-words.js';
import { skipLeading, type NP } from './speaker.js';
import { topicFronted } from './subject.js';

/** The comma closing an apposition or a relative clause opened by the comma at q (، نائبة رئيس الجامعة …،), or q. */
export function appositionEnd(ctx: Ctx, q: number, E: number): number {
  const T = ctx.toks;
  const L = ctx.lex;
  if (!COMMA.has(T[q]?.text ?? '') || !isWord(T[q + 1])) return q;
  const w = T[q + 1]!.norm;
  if (!(L.roleNouns.has(w) || L.titles.has(w) || /^(الذي|التي|الذين)$/.test(w) || /^[^ا].{2,}(ه|ي|يه)$/.test(w) && L.roleNouns.has(w.replace(/ه$/, '')))) return q;
  for (let c = q + 2; c < E && c - q <= 16; c++) {
    const t = T[c]!;
    if (L.complementizers.has(t.norm) || isQuote(t) || t.text === ':') return q;
    if (COMMA.has(t.text)) return c;
  }
  return q;
}

/** A first-person word opens the clause at k (ناقشنا، نعمل، نحن، إننا، لقد). */
export function firstPersonAt(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  if (!t || !isWord(t)) return false;
  const n = t.norm;
  return /^(نحن|اننا|انا|انني|لقد|قد)$/.test(n) || (/^[^ا].{2,}نا$/.test(n) && !/(ان|ينا)$/.test(n)) || (/^ن[^ا].{2,}$/.test(n) && !/(ه|ة|ي|ات|ون|ين)$/.test(n));
}

/** A one-word speaker phrase that is no one: untagged, not a known first name or role, never seen as a name elsewhere. */
export function strayWord(ctx: Ctx, np: NP): boolean {
  const t = ctx.toks[np.a]!;
  const L = ctx.lex;
  // (not a plural or nisba noun, فلسطينيون رأوا …، nor the Most High of a verse: وقال تعالى)
  return np.b - np.a === 1 && np.roleA < 0 && !ctx.entType[np.a] && !/^ال/.test(t.norm) && !/(ون|ين|يون|يين|ي|يه|ات)$/.test(t.norm) && !/^(تعالي|سبحانه|عز|جل)$/.test(t.norm) && !seenAsName(ctx, np.a) && !L.firstNames.has(t.norm) && !L.roleNouns.has(t.norm) && !L.titles.has(t.norm) && !L.orgHeads.has(t.norm) && !L.anonHeads.has(t.norm);
}

/**
 * Where an unmarked clause starts after a cue with no speaker and no complement written (past an addressee, an
 * occasion and a comma): four words or more up to the sentence end, opening with no preposition; -1 when none.
 */
export function bareClauseAt(ctx: Ctx, i: number, E: number): number {
  const T = ctx.toks;
  let s = skipLeading(ctx, i + 1, E);
  while (s < E && !isWord(T[s]) && COMMA.has(T[s]!.text)) s++;
  if (s >= E || !isWord(T[s]) || isPrep(T[s]!) || PREP_WITH_PRONOUN.test(T[s]!.norm) || wordCount(ctx, s, E) < 4) return -1;
  // (a named subject right there is the speaker, not the words: وقالت المبتعثة ميسر جبر …)
  if (ctx.entType[s] === 1 || ctx.entType[s] === 2 || (/^ال/.test(T[s]!.norm) && ctx.entType[s + 1] === 1)) return -1;
  // (up to a reported clause's bound, so that one pathological sentence stays linear)
  for (let k = s; k < Math.min(E, s + 250); k++) if (isQuote(T[k]) || T[k]!.text === ':') return -1;
  return s;
}

/** A quotation after an SVO cue that is its words: only circumstantials before it, or a long one closing the sentence. */
export function svoQuote(ctx: Ctx, i: number, q: number): boolean {
  const T = ctx.toks;
  if (skipLeading(ctx, i + 1, q) >= q) return true;
  const c = ctx.quotes.closeOf[q]!;
  if (c <= q || q - i > 12 || wordCount(ctx, q + 1, c) < 4) return false;
  const after = T[c + 1];
  if (after && isWord(after)) return false;
  for (let k = i + 1; k < q; k++) if (ctx.entType[k] === 1 || ctx.entType[k] === 2 || T[k]!.text === '،' || ctx.lex.complementizers.has(T[k]!.norm)) return false;
  return true;
}

/** Words of attitude that may open a speaker's unmarked words (قال للأسف الوضع سيئ). */
export const ATTITUDE = /^(للاسف|لحسن|للحقيقه|للامانه)$/;

/** A pro-drop speech verb after a fronted topic, with a bare clause right after it (وعن حجم الكمية قال من الصعب …). */
export function unmarkedAfterTopic(ctx: Ctx, cueStart: number, i: number, form: CueForm): boolean {
  const T = ctx.toks;
  const n = T[i + 1];
  if (!form.entry.bareParticiple || form.kind !== 'past' || form.object || !isWord(n)) return false;
  // (a preposition opens it only as من + a definite word: من الصعب، من المتوقع)
  if (isPrep(n) && !(n.norm === 'من' && /^ال/.test(T[i + 2]?.norm ?? ''))) return false;
  // (ل opens them only as an attitude: للأسف، لحسن الحظ)
  if (isPrepOf(form, n.norm) || (/^ل/.test(n.norm) && !ATTITUDE.test(n.norm)) || ctx.lex.cues.has(n.norm) || ctx.entType[i + 1]) return false;
  return topicFronted(ctx, cueStart);
}
