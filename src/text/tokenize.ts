/** Tokenisation with exact offsets: Arabic words (with their marks), numbers, Latin runs, punctuation. */
import { isArabicLetter, isArabicMark, isDigit, isLatinLetter, isSpace } from './chars.js';
import { fold } from './normalize.js';

export type TokenKind = 'word' | 'number' | 'latin' | 'punct' | 'symbol';

export interface Token {
  start: number;
  end: number;
  text: string;
  kind: TokenKind;
  /** fold(text): the matching key */
  norm: string;
}

const NUMBER_INNER = new Set([0x2e, 0x2c, 0x066b, 0x066c]); // . , ٫ ٬
/** left-to-right, right-to-left and Arabic letter marks */
export const BIDI_MARKS = new Set([0x200e, 0x200f, 0x061c]);

function isPunct(c: number): boolean {
  return (
    (c >= 0x21 && c <= 0x2f) ||
    (c >= 0x3a && c <= 0x40) ||
    (c >= 0x5b && c <= 0x60) ||
    (c >= 0x7b && c <= 0x7e) ||
    c === 0x060c ||
    c === 0x061b ||
    c === 0x061f ||
    c === 0x066a ||
    c === 0x06d4 ||
    c === 0xab ||
    c === 0xbb ||
    (c >= 0x2010 && c <= 0x2027) ||
    (c >= 0x2039 && c <= 0x203a) ||
    c === 0x060d
  );
}

/**
 * A dotted acronym (إن.بي.سي، جيه.إل.إل، سي.إن.إن) is one word: at least three runs of one to four letters
 * joined by single dots with no space. Returns the end of the acronym whose first run ends at i, or i.
 * (Two runs are left apart: منها.وقالت is a sentence end without its space.)
 */
export function dottedAcronymEnd(text: string, i: number): number {
  let end = i;
  let runs = 1;
  // (at most eight runs: acronyms are short, and a long run of dots stays linear for the segmenter's look-ahead)
  while (runs < 8 && text.charCodeAt(end) === 0x2e) {
    let k = end + 1;
    let letters = 0;
    while (k < text.length && (isArabicLetter(text.charCodeAt(k)) || isArabicMark(text.charCodeAt(k)))) {
      if (isArabicLetter(text.charCodeAt(k))) letters++;
      k++;
    }
    // (a spelled Latin initial may close the chain: بي.إم.دبليو)
    if (letters === 0 || (letters > 4 && !(runs >= 2 && LATIN_INITIAL.test(plain(text.slice(end + 1, k)))))) break;
    end = k;
    runs++;
  }
  // (two runs only when both are two-letter syllables: إل.جي، بي.بي; not أ.د, not منها.وقالت)
  return runs >= 3 || (runs === 2 && twoLetterRuns(text, start(text, i), end)) ? end : i;
}

/** Letters only, hamza seats folded, to match LATIN_INITIAL. */
const plain = (s: string) => s.replace(/[\u064b-\u065f\u0670\u0640]/g, '').replace(/[أإآ]/g, 'ا');

/** The start of the letter run that ends at i. */
function start(text: string, i: number): number {
  let k = i;
  while (k > 0 && (isArabicLetter(text.charCodeAt(k - 1)) || isArabicMark(text.charCodeAt(k - 1)))) k--;
  return k;
}

/** two-letter words that end or open a sentence written without its space (له.في، ما.لا) */
const FUNCTION_WORDS = new Set(['في', 'من', 'عن', 'له', 'لها', 'ما', 'لا', 'لم', 'لن', 'هو', 'هي', 'قد', 'أن', 'إن', 'ان', 'أو', 'او', 'كل', 'به', 'ثم', 'لي', 'إذ', 'اذ', 'مع']);

/** Every dot-separated run of text[a, b) has exactly two letters. */
function twoLetterRuns(text: string, a: number, b: number): boolean {
  return text
    .slice(a, b)
    .split('.')
    .every((r) => {
      const letters = r.replace(/[\u064b-\u065f\u0670\u0640]/g, '');
      return (letters.length === 2 && !FUNCTION_WORDS.has(letters)) || SPELLED_LETTER.test(plain(letters));
    });
}

/** A Latin letter's name spelled in three or more Arabic letters (واي، إتش، إكس، كيو), hamza seats folded: إي.واي. */
const SPELLED_LETTER = /^(واي|اتش|اكس|كيو|ايه|جيه|كيه|دبليو)$/;

/** A Latin initial spelled out in Arabic letters, folded (كيه، جيه، إيه، دبليو): its dot may stand inside a name. */
export const LATIN_INITIAL = /^(كيه|جيه|ايه|دبليو)$/;

/** A web or e-mail address (www.sfda.gov.sa, info@x.org, http://t.co/x): no name, no sentence end inside. */
export function isWebAddress(s: string): boolean {
  return /^[\x21-\x7e]*[a-z0-9][.@/][a-z0-9][\x21-\x7e]*$/i.test(s.trim());
}

/** Splits `text` into tokens; whitespace is dropped, every other code unit belongs to exactly one token. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  const push = (start: number, end: number, kind: TokenKind) => {
    const t = text.slice(start, end);
    out.push({ start, end, text: t, kind, norm: fold(t) });
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    if (isArabicLetter(c) || isArabicMark(c)) {
      let letters = isArabicLetter(c) ? 1 : 0;
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isArabicLetter(d)) letters++;
        else if (!isArabicMark(d)) break;
        i++;
      }
      if (letters > 0 && letters <= 4) i = dottedAcronymEnd(text, i);
      push(start, i, letters > 0 ? 'word' : 'punct');
    } else if (isDigit(c)) {
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isDigit(d)) i++;
        else if (NUMBER_INNER.has(d) && i + 1 < n && isDigit(text.charCodeAt(i + 1))) i += 2;
        // (a direction mark after the decimal point, as some newspapers' systems write it: 5.\u200f0)
        else if (NUMBER_INNER.has(d) && i + 2 < n && BIDI_MARKS.has(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2))) i += 3;
        else break;
      }
      push(start, i, 'number');
    } else if (isLatinLetter(c)) {
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isLatinLetter(d) || isDigit(d)) i++;
        else if ((d === 0x27 || d === 0x2019) && i + 1 < n && isLatinLetter(text.charCodeAt(i + 1))) i += 2;
        // (an address, one token: www.seetahaward.org, info@seetahaward.org, seetah_award, https://t.co/x)
        else if ((d === 0x2e || d === 0x40 || d === 0x5f || d === 0x2f || d === 0x2d) && i + 1 < n && (isLatinLetter(text.charCodeAt(i + 1)) || isDigit(text.charCodeAt(i + 1)))) i += 2;
        else if (d === 0x3a && text.charCodeAt(i + 1) === 0x2f && text.charCodeAt(i + 2) === 0x2f && i + 3 < n && isLatinLetter(text.charCodeAt(i + 3))) i += 4;
        else break;
      }
      push(start, i, 'latin');
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      i += d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
      push(start, i, 'symbol');
    } else {
      i++;
      push(start, i, isPunct(c) ? 'punct' : 'symbol');
    }
  }
  return out;
}
