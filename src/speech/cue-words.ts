/** Small lookups around a cue verb: title quotes, `via` words and the source word's folding. */
import { isQuote, type Ctx } from './context.js';
import type { CueForm } from './inflect.js';
import { fold } from '../text/normalize.js';

/** The cue is written as the bare past, the spelling its noun shares (طالب، وصف), with or without و/ف. */
export function nounSpelling(norm: string, past: string | string[]): boolean {
  const bare = norm.replace(/^[وف]/, '');
  return (typeof past === 'string' ? [past] : past).some((p) => fold(p) === bare || fold(p) === norm);
}

/** The quote opening at o is a title (مقالا بعنوان: "…"), not speech of the cue after it. */
export function titleQuote(ctx: Ctx, o: number): boolean {
  let p = o - 1;
  if (ctx.toks[p]?.text === ':') p--;
  return /عنوان$/.test(ctx.toks[p]?.norm ?? '');
}

/** Token index of the first `via` word within 10 tokens after the cue at i, or -1. */
export function viaAt(ctx: Ctx, i: number, E: number, via: string[]): number {
  // (a colon and a quotation right after the verb say it at once: وختم: «…»)
  const T = ctx.toks;
  if (T[i + 1]?.text === ':' && isQuote(T[i + 2]) && ctx.quotes.closeOf[i + 2]! > i + 3) return i + 1;
  for (let k = i + 1; k < Math.min(E, i + 10); k++) if (via.includes(T[k]!.norm)) return k;
  return -1;
}

export function viaWord(ctx: Ctx, i: number, E: number, via: string[]): boolean {
  return viaAt(ctx, i, E, via) >= 0;
}

/** Token k is a cue as written here: in the cue table, with its noun after it when it reports only through one. */
export function cueHere(ctx: Ctx, k: number): boolean {
  const f = ctx.lex.cues.get(ctx.toks[k]?.norm ?? '');
  return !!f && !(f.entry.via && !viaWord(ctx, k, ctx.sentEnd[k]!, f.entry.via));
}

/** Token k is مقر "headquarters" after "takes … as" (الذي يتخذ من العاصمة البلجيكية بروكسل مقرا), not the participle of أقر. */
export function headquarters(ctx: Ctx, k: number): boolean {
  if (!/^مقر/.test(ctx.toks[k]?.norm ?? '')) return false;
  for (let j = Math.max(0, k - 7); j < k; j++) if (/^[وف]?(يتخذ|تتخذ|اتخذ|اتخذت|اتخذوا|يتخذون)$/.test(ctx.toks[j]!.norm)) return true;
  return false;
}

export function fold1(s: string): string {
  return s.replace(/[أإآ]/g, 'ا').replace(/ى/g, 'ي');
}

/** An accusation's participle right before its ب-phrase is the passive "accused of" (مواطنين اثنين متهمين بمساعدة
 * سائح، لتسعة وعشرين متهما بالاشتراك): no one accuses there (not بدوره "in turn": متهمين بدورهم الجيش …). */
export function accusedOf(ctx: Ctx, i: number, form: CueForm): boolean {
  const T = ctx.toks;
  const n = T[i + 1];
  if (form.entry.lemma !== 'اتهم' || !n) return false;
  const charge = (k: number) => !!T[k] && /^ب/.test(T[k]!.norm) && T[k]!.norm.length > 3 && !/^(بدور|بين|بعد|بعض)/.test(T[k]!.norm) && !ctx.entType[k];
  if (form.kind === 'part') return charge(i + 1);
  // (a past with no one accused before the charge is the passive too: واتهم على الاثر بالفساد، واتهم بالتآمر)
  return form.kind === 'past' && !form.object && (charge(i + 1) || (/^(على|علي|في|عقب|بعد|اثر)$/.test(n.norm) && !!T[i + 2] && T[i + 2]!.kind === 'word' && !ctx.entType[i + 2] && charge(i + 3)));
}

/** طالب "student" at k, not "demanded": an indefinite relational adjective or a place of study after it (حبيب عبدالله
 * طالب جامعي، طالبة في كلية الطب، طالب دكتوراه). */
export function studentNoun(ctx: Ctx, k: number): boolean {
  const T = ctx.toks;
  if (!/^[وف]?طالب(ه|ة)?$/.test(T[k]?.norm ?? '')) return false;
  const n = T[k + 1]?.norm ?? '';
  if (/^(جامعي|جامعيه|ثانوي|ثانويه|مبتعث|مبتعثه|دكتوراه|ماجستير|بكليه|بجامعه|بالجامعه|بالمرحله|بالصف|بمدرسه|علم|علوم|طب|هندسه)$/.test(n)) return true;
  return n === 'في' && /^(ال)?(جامعه|كليه|مدرسه|المرحله|الصف|معهد)$/.test(T[k + 2]?.norm ?? '');
}
