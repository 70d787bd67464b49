/**
 * Sentence segmentation for news text. Boundaries: runs of . ؟ ? ! … (including the `..`/`...` runs used as
 * separators, even with no space after them), and line breaks. Never inside a quotation (" ", « », “ ”),
 * nor in numbers (3.5), abbreviations (د. أ. Dr. U.S.) or URLs. One linear pass.
 */
import type { Span } from '../schema/records.js';
import { isArabicLetter, isArabicMark, isDigit, isLatinLetter, isSpace } from './chars.js';
import { BIDI_MARKS, dottedAcronymEnd, LATIN_INITIAL } from './tokenize.js';
import { fold } from './normalize.js';

const TERMINATORS = new Set(['.', '؟', '?', '!', '…', '۔']);
const CLOSERS = new Set(['"', '»', '”', '’', "'", ')', ']', '}', '›', '״']);
const LATIN_ABBREV = new Set(
  'mr mrs ms dr prof st jr sr vs etc inc ltd co corp gen col lt sgt capt gov sen rep no dept est fig approx jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
);
/** a quotation left open longer than this (code units) stops suppressing boundaries */
const MAX_QUOTE = 2000;

/** Words no sentence or heading ends with: prepositions, conjunctions and the heads of an amount (بقيمة، بنسبة). */
const NEVER_LAST = new Set(
  'في من إلى على عن مع بين حتى نحو حوالي قرابة بقيمة بنسبة بمبلغ بمعدل بواقع بحدود مقابل و أو ثم أن إن بأن لأن الذي التي الذين'.split(' ').map(fold),
);

/**
 * A single line break at i inside a phrase: the word before it is one no sentence ends with, and a word or number
 * follows on the next line (a blank line always ends the sentence).
 */
export function brokenPhrase(text: string, i: number): boolean {
  let j = i;
  while (j > 0 && (text.charCodeAt(j - 1) === 0x20 || text.charCodeAt(j - 1) === 0x09 || text.charCodeAt(j - 1) === 0x0d)) j--;
  const w = wordBefore(text, j);
  if (!w || !NEVER_LAST.has(fold(w))) return false;
  let k = i + 1;
  if (text.charCodeAt(i) === 0x0d && text.charCodeAt(k) === 0x0a) k++;
  while (k < text.length && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09)) k++;
  const d = text.charCodeAt(k);
  return k < text.length && (isArabicLetter(d) || isDigit(d) || isLatinLetter(d));
}

function wordBefore(text: string, i: number): string {
  let j = i;
  while (j > 0) {
    const c = text.charCodeAt(j - 1);
    if (isArabicLetter(c) || isArabicMark(c) || isLatinLetter(c)) j--;
    else break;
  }
  return text.slice(j, i);
}

/** The inside of a parenthesised dotted acronym: runs of one to three letters, each closed by a dot (إيه.بي.سي، إف. بي. أي.). */
const ACRONYM = /^(?:[\u0621-\u064a]{1,3}\. ?)+[\u0621-\u064a]{0,3}\.?$/;

export function isAbbreviation(text: string, dot: number): boolean {
  const w = wordBefore(text, dot);
  if (!w) return false;
  const letters = w.replace(/[\u064b-\u065f\u0670\u0640]/g, '');
  if (letters.length === 1) return true; // د. أ. م. J.
  if (/^[a-z]+$/i.test(w) && LATIN_ABBREV.has(w.toLowerCase())) return true;
  // a Latin initial spelled out before a name (كيه. شانموجام، جورج دبليو. بوش، جيه. كيه. رولينغ)
  // (not before و or ف: "سفيان إيه. وقال الناطق" ends a sentence)
  if (LATIN_INITIAL.test(fold(letters)) && text.charCodeAt(dot + 1) === 0x20 && isArabicLetter(text.charCodeAt(dot + 2)) && !/[وف]/.test(text[dot + 2]!)) return true;
  // U.S. / U.N.: a single capital after another dot
  // an Arabic dotted acronym (سي.إن.إن، أ.ف.ب): short letter runs joined by dots, no space after the dot
  if (letters.length <= 2 && isArabicLetter(text.charCodeAt(dot + 1))) {
    let k = dot + 1;
    while (k < text.length && k - dot <= 3 && isArabicLetter(text.charCodeAt(k))) k++;
    if (k - dot - 1 <= 2) return true;
  }
  // (… or spaced, as an acronym spelled out letter by letter: "بي. بي. سي"، سي. إن. إن: a short word, a dot and a space,
  // then another short word with its own dot, or the last of such a run)
  if (letters.length <= 2 && text.charCodeAt(dot + 1) === 0x20) {
    const s0 = dot + 2;
    let k = s0;
    while (k < text.length && k - s0 <= 3 && isArabicLetter(text.charCodeAt(k))) k++;
    const next = k - s0;
    if (next >= 1 && next <= 2) {
      const own = !/^(لي|له|في|من|عن|هي|هو|ما|لا|قد|لم|لن|او|أو|يا|ذا|كي|بل)$/.test(letters);
      if (text[k] === '.' && own) return true;
      // (the run's last letters: the word before this one was short and dotted too)
      const before = dot - w.length - 2;
      if (before >= 1 && text[before] === '.' && text.charCodeAt(before + 1) === 0x20 && /[\s"“”«»)،,.]/.test(text[k] ?? ' ')) {
        let b = before - 1;
        while (b >= 0 && isArabicLetter(text.charCodeAt(b))) b--;
        if (before - 1 - b >= 1 && before - 1 - b <= 2) return true;
      }
    }
  }
  // (… or a later dot of a chain: بي.إم.دبليو)
  if (letters.length <= 3 && text[dot - w.length - 1] === '.' && isArabicLetter(text.charCodeAt(dot - w.length - 2)) && isArabicLetter(text.charCodeAt(dot + 1)) && dottedAcronymEnd(text, dot - w.length - 1) > dot) return true;
  // (… or one the tokenizer keeps whole: جيه.إل.إل، إل.جي)
  if (letters.length <= 4 && isArabicLetter(text.charCodeAt(dot + 1)) && dottedAcronymEnd(text, dot) > dot) return true;
  // a transliterated acronym inside parentheses, its runs up to three letters: (إيه.بي.سي)، (إف. بي. أي.)
  if (letters.length <= 3) {
    // (bounded look-around: a long text of dots without parentheses stays linear)
    let open = -1;
    for (let k = dot - 1; k >= 0 && dot - k <= 16; k--) {
      if (text[k] === '(') {
        open = k;
        break;
      }
    }
    let close = -1;
    for (let k = dot + 1; open >= 0 && k < text.length && k - open <= 24; k++) {
      if (text[k] === ')') {
        close = k;
        break;
      }
    }
    if (close > dot && ACRONYM.test(text.slice(open + 1, close))) return true;
  }
  return false;
}

/** A mark right after a letter or digit and before white space, punctuation or the end closes a quotation. */
function closesLikeEndQuote(text: string, i: number): boolean {
  if (i === 0 || i + 1 > text.length) return false;
  const prev = text.charCodeAt(i - 1);
  if (!(isArabicLetter(prev) || isArabicMark(prev) || isLatinLetter(prev) || isDigit(prev))) return false;
  if (i + 1 === text.length) return true;
  const next = text.charCodeAt(i + 1);
  return isSpace(next) || TERMINATORS.has(text[i + 1]!) || text[i + 1] === '،' || text[i + 1] === ',';
}

function urlEnd(text: string, i: number): number {
  const head = text.slice(i, i + 8).toLowerCase();
  if (!(head.startsWith('http://') || head.startsWith('https://') || head.startsWith('www.'))) return i;
  let j = i;
  while (j < text.length && !isSpace(text.charCodeAt(j)) && text[j] !== '،') j++;
  // a URL does not end with the sentence's own full stop
  while (j > i && TERMINATORS.has(text[j - 1]!)) j--;
  return j;
}

/** Sentence spans of `text`, trimmed of surrounding white space, in order, never empty. */
export function segment(text: string): Span[] {
  const out: Span[] = [];
  const n = text.length;
  let sentStart = 0;
  let guillemets = 0; // « » depth
  let curly = 0; // “ ” depth
  let straightOpenAt = -1; // position of an open " or -1
  let guilleAt = -1;
  let curlyAt = -1;

  const emit = (end: number) => {
    let s = sentStart;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
    sentStart = end;
  };
  const inQuote = (i: number) =>
    (straightOpenAt >= 0 && i - straightOpenAt < MAX_QUOTE) ||
    (guillemets > 0 && i - guilleAt < MAX_QUOTE) ||
    (curly > 0 && i - curlyAt < MAX_QUOTE);
  const resetQuotes = () => {
    guillemets = 0;
    curly = 0;
    straightOpenAt = -1;
  };

  let i = 0;
  while (i < n) {
    const ch = text[i]!;
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || c === 0x2029) {
      // (not a line broken inside a phrase, after a word no sentence ends with: مقابل صافي ربح بقيمة \n185 مليون)
      if (brokenPhrase(text, i)) {
        i++;
        continue;
      }
      emit(i);
      resetQuotes();
      i++;
      continue;
    }
    if (ch === 'h' || ch === 'H' || ch === 'w' || ch === 'W') {
      const j = urlEnd(text, i);
      if (j > i) {
        i = j;
        continue;
      }
    }
    if (ch === '«') {
      if (guillemets++ === 0) guilleAt = i;
    } else if (ch === '»') {
      if (guillemets > 0) guillemets--;
    } else if (ch === '“' && (closesLikeEndQuote(text, i) || (curly === 1 && i - curlyAt < 80))) {
      // some sources type “ for both marks: after a word, or soon after an open “, it closes
      if (curly > 0) curly--;
    } else if (ch === '“') {
      if (curly++ === 0) curlyAt = i;
    } else if (ch === '”') {
      if (curly > 0) curly--;
    } else if (ch === '"' || ch === '״' || ch === '＂') {
      straightOpenAt = straightOpenAt >= 0 ? -1 : i;
    } else if (TERMINATORS.has(ch)) {
      let j = i + 1;
      while (j < n && TERMINATORS.has(text[j]!)) j++;
      const single = j - i === 1 && ch === '.';
      if (single) {
        // (a direction mark may stand between a decimal point and its digits: 5.\u200f0)
        const next = j < n ? (BIDI_MARKS.has(text.charCodeAt(j)) && j + 1 < n ? text.charCodeAt(j + 1) : text.charCodeAt(j)) : 0x20;
        if ((i > 0 && isDigit(text.charCodeAt(i - 1)) && isDigit(next)) || isAbbreviation(text, i) || isLatinLetter(next) || isDigit(next)) {
          i = j;
          continue;
        }
      }
      // closing quotes and brackets right after the terminator belong to this sentence
      while (j < n && CLOSERS.has(text[j]!)) {
        const q = text[j]!;
        if (q === '"' || q === '״') {
          if (straightOpenAt < 0) break; // that quote opens the next sentence
          straightOpenAt = -1;
        } else if (q === '»' && guillemets > 0) guillemets--;
        else if (q === '”' && curly > 0) curly--;
        j++;
      }
      if (!inQuote(j)) emit(j);
      i = j;
      continue;
    }
    i++;
  }
  emit(n);
  return out;
}
