/**
 * Phrases around a cue that point elsewhere: the places that locate a source before the cue's preposition (الباحثون في
 * جامعة لندن إلى …), and ذلك after a cue opening its sentence, which points back to the sentence before.
 */
import { isWord, type Ctx } from './context.js';
import { wordCount } from './content.js';
import { isPlaceHead } from '../entities/place-heads.js';

/**
 * The end of one or two place phrases at k (في كورنيش القطيف، شرق المدينة المنورة، في جامعة لندن): في/من or a
 * direction word, an optional place head, then a body or place mention; else k.
 */
export function locatedEnd(ctx: Ctx, k: number, limit: number): number {
  const T = ctx.toks;
  let e = k;
  for (let hop = 0; hop < 2; hop++) {
    let j = e;
    if (!/^(في|من|شمال|جنوب|شرق|غرب|وسط|شمالي|جنوبي|شرقي|غربي)$/.test(T[j]?.norm ?? '')) break;
    j++;
    if (isWord(T[j]) && !ctx.entType[j] && isPlaceHead(T[j]!.norm)) j++;
    const ty = ctx.entType[j];
    if (ty !== 2 && ty !== 3) break;
    let f = ctx.entEnd[j]!;
    if (f <= j) break;
    // (two mentions side by side: كورنيش | القطيف)
    if ((ctx.entType[f] === 2 || ctx.entType[f] === 3) && ctx.entEnd[f]! > f) f = ctx.entEnd[f]!;
    if (f >= limit || !isWord(T[f])) break;
    e = f;
  }
  return e;
}

/**
 * A past cue opening its sentence with ذلك (بذلك، عن ذلك) right after it: the source confirms the sentence before
 * (… وذلك بقبول 6076 طالبا وطالبة. أوضح ذلك المشرف على عمادة القبول …).
 */
export function ledeBack(ctx: Ctx, cueStart: number, i: number): boolean {
  const T = ctx.toks;
  if (cueStart < 4 || ctx.sentStart[i] !== cueStart) return false;
  const n = T[i + 1]?.norm ?? '';
  if (!(n === 'ذلك' || n === 'بذلك' || (n === 'عن' && T[i + 2]?.norm === 'ذلك'))) return false;
  const s0 = ctx.sentStart[cueStart - 1]!;
  return wordCount(ctx, s0, cueStart) >= 4;
}
