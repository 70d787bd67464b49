/** Proclitic readings of folded Arabic words, for the entity rule layer. */
import { isArabicLetter } from '../text/chars.js';

export interface Reading {
  /** folded proclitic letters before the article or stem (و، ف، ب، ل، ك, combinations) */
  pre: string;
  /** the word carries the article (ال, or the ل of لل) */
  def: boolean;
  /** folded stem without proclitics and article */
  stem: string;
}

/** Plausible readings of a folded word, the literal one first. Memoised (the rule layer asks for the readings of
 * every token several times): the arrays and readings returned are shared, read-only (typed so; not frozen, which
 * would slow iteration down). */
export function readings(f: string): readonly Readonly<Reading>[] {
  let hit = memo.get(f);
  if (hit === undefined) {
    if (memo.size >= MEMO_MAX) memo.clear();
    hit = computeReadings(f);
    memo.set(f, hit);
  }
  return hit;
}

const MEMO_MAX = 8_000;
const memo = new Map<string, readonly Reading[]>();

function computeReadings(f: string): Reading[] {
  const out: Reading[] = [];
  const add = (pre: string, rest: string) => {
    if (rest.startsWith('ال') && rest.length > 3) out.push({ pre, def: true, stem: rest.slice(2) });
    else if (rest.length >= 2) out.push({ pre, def: false, stem: rest });
  };
  add('', f);
  const conj = /^[وف]/.test(f) && f.length > 3 ? 1 : 0;
  if (conj) add(f[0]!, f.slice(1));
  const rest = f.slice(conj);
  if (rest.startsWith('لل') && rest.length > 4) out.push({ pre: f.slice(0, conj) + 'ل', def: true, stem: rest.slice(2) });
  else if (/^[بكل]/.test(rest) && rest.length > 3) add(f.slice(0, conj + 1), rest.slice(1));
  return out;
}

/** The word is definite with no proclitic: الحرس، العامة. */
export const plainDefinite = (f: string) => f.startsWith('ال') && f.length > 3;

/** Nisba shape: ال…ي / ال…يه (folded ة→ه). */
export function isNisba(f: string): boolean {
  if (!plainDefinite(f)) return false;
  const s = f.slice(2);
  return s.length >= 3 && (s.endsWith('ي') || (s.endsWith('يه') && s.length >= 4));
}

/** UTF-16 index in `word` after its first `letters` Arabic letters and the marks attached to them. */
export function afterLetters(word: string, letters: number): number {
  let seen = 0;
  let i = 0;
  while (i < word.length && seen < letters) {
    if (isArabicLetter(word.charCodeAt(i))) seen++;
    i++;
  }
  while (i < word.length && !isArabicLetter(word.charCodeAt(i))) i++;
  return i;
}

/** Letters to cut from the front of a token so the span starts at the name (keeps لل whole but its و). */
export function cutFor(norm: string, r: Readonly<Reading>): number {
  if (!r.pre) return 0;
  if (r.def && !norm.startsWith(r.pre + 'ال')) return r.pre.length - 1;
  return r.pre.length;
}

/** UTF-16 offset where a token's name starts once `cut` proclitic letters are left out. */
export function startAfter(t: { start: number; text: string }, cut: number): number {
  return cut > 0 ? t.start + afterLetters(t.text, cut) : t.start;
}
