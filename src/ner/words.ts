/** Word analysis for the tagger's features: folded forms, proclitic-stripped stems, shapes. */
import { fold } from '../text/normalize.js';

const WAW = 0x0648;
const FA = 0x0641;
const BA = 0x0628;
const KAF = 0x0643;
const LAM = 0x0644;
const ALEF = 0x0627;

/** Folded word with a leading conjunction (و/ف) and preposition (ب/ك/ل) removed; لل becomes ال. Keeps the article. */
export function stripProclitics(n: string): string {
  let s = n;
  let c = s.charCodeAt(0);
  if ((c === WAW || c === FA) && s.length > 3) {
    s = s.slice(1);
    c = s.charCodeAt(0);
  }
  if (c === LAM && s.charCodeAt(1) === LAM && s.length > 4) return 'ا' + s.slice(1);
  if ((c === BA || c === KAF || c === LAM) && s.length > 3 && s.charCodeAt(1) === ALEF && s.charCodeAt(2) === LAM) {
    return s.slice(1);
  }
  if ((c === BA || c === KAF || c === LAM) && s.length > 4) return s.slice(1);
  return s;
}

/** Removes the article from a folded, proclitic-stripped word. */
export function stripArticle(s: string): string {
  if (s.length > 4 && s.charCodeAt(0) === ALEF && s.charCodeAt(1) === LAM) return s.slice(2);
  return s;
}

/** Candidate lookup keys of a word, whole folded form first, unique. */
export function lookupForms(n: string): string[] {
  const a = stripProclitics(n);
  const b = stripArticle(a);
  const out = [n];
  if (a !== n) out.push(a);
  if (b !== a) out.push(b);
  return out;
}

export const SHAPE_ARABIC = 0;
export const SHAPE_LATIN = 1;
export const SHAPE_DIGIT = 2;
export const SHAPE_PUNCT = 3;
export const SHAPE_MIXED = 4;

/** Coarse shape class of a raw token. */
export function shapeOf(w: string): number {
  let ar = 0;
  let lat = 0;
  let dig = 0;
  let other = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 0x0621 && c <= 0x06ff && !(c >= 0x0660 && c <= 0x0669) && !(c >= 0x06f0 && c <= 0x06f9)) ar++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) lat++;
    else if ((c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9)) dig++;
    else other++;
  }
  if (dig && !ar && !lat) return SHAPE_DIGIT;
  if (ar && !lat && !dig) return SHAPE_ARABIC;
  if (lat && !ar && !dig) return w.charCodeAt(0) < 0x61 ? SHAPE_LATIN + 10 : SHAPE_LATIN;
  if (!ar && !lat && !dig && other) return SHAPE_PUNCT;
  return SHAPE_MIXED;
}

export function lengthBucket(n: number): number {
  return n <= 2 ? n : n <= 3 ? 3 : n <= 5 ? 4 : n <= 8 ? 5 : 6;
}

export { fold };
