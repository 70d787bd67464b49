/**
 * Normalisation for matching. It never changes the original text: `normalize` returns the normalised
 * string with an offset map back into the original, and `fold` gives the aggressive lookup key used for
 * every lexicon and gazetteer.
 */

export interface NormalizeOptions {
  /** ة → ه (default false) */
  taMarbuta?: boolean;
  /** ى → ي (default true) */
  alefMaqsura?: boolean;
  /** ؤ → و, ئ → ي (default false) */
  hamza?: boolean;
  /** Arabic-Indic and Persian digits → ASCII (default true) */
  digits?: boolean;
  /** lower-case Latin letters (default false) */
  lowercase?: boolean;
}

export interface Normalized {
  text: string;
  /** length text.length + 1: original index of each normalised code unit; the last entry is the original length */
  map: Int32Array;
  /** maps a [start, end) span of the normalised text back to the original text */
  toOriginal(start: number, end: number): [number, number];
}

/** Code units removed for matching: harakat, Quranic marks, tatweel, superscript alef, bidi and zero-width controls, BOM. */
export function isIgnorable(c: number): boolean {
  return (
    (c >= 0x064b && c <= 0x065f) ||
    c === 0x0670 ||
    (c >= 0x0610 && c <= 0x061a) ||
    (c >= 0x06d6 && c <= 0x06dc) ||
    (c >= 0x06df && c <= 0x06e8) ||
    (c >= 0x06ea && c <= 0x06ed) ||
    c === 0x0640 ||
    c === 0x061c ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069) ||
    c === 0xfeff ||
    c === 0x00ad
  );
}

const SPACE = 0x20;

const PRES_FROM = 0xfb50;
const PRES_TO = 0xfefc;
let presentation: Int32Array | null = null;

/**
 * Arabic presentation forms (U+FB50–U+FEFC: the isolated, initial, medial and final shapes some sites still type, أﻥ
 * for أن) folded to their letter by NFKC, one code unit to one; the shapes of a haraka are dropped; a ligature of two
 * or more letters (ﻻ، ﷲ) is kept as it is, since offsets map one unit to one.
 */
function presentationForm(c: number): number {
  if (!presentation) {
    presentation = new Int32Array(PRES_TO - PRES_FROM + 1);
    for (let u = PRES_FROM; u <= PRES_TO; u++) {
      const n = String.fromCharCode(u).normalize('NFKC');
      const k = n.length === 1 ? n.charCodeAt(0) : -1;
      presentation[u - PRES_FROM] = u >= 0xfe70 && u <= 0xfe7f ? -1 : k >= 0x0621 && k <= 0x06ff ? k : u;
    }
  }
  return presentation[c - PRES_FROM]!;
}

/** Replacement for one code unit, or -1 to drop it; returns the unit itself when unchanged. */
function mapUnit(c: number, o: Required<NormalizeOptions>): number {
  if (c >= PRES_FROM && c <= PRES_TO) {
    const b = presentationForm(c);
    if (b !== c) return b < 0 ? -1 : mapUnit(b, o);
  }
  if (isIgnorable(c)) return -1;
  switch (c) {
    case 0x0623: // أ
    case 0x0625: // إ
    case 0x0622: // آ
    case 0x0671: // ٱ
    case 0x0672:
    case 0x0673:
      return 0x0627;
    case 0x0649: // ى
      return o.alefMaqsura ? 0x064a : c;
    case 0x0629: // ة
      return o.taMarbuta ? 0x0647 : c;
    case 0x0624: // ؤ
      return o.hamza ? 0x0648 : c;
    case 0x0626: // ئ
      return o.hamza ? 0x064a : c;
    case 0x06a9: // ک
      return 0x0643;
    case 0x06cc: // ی
      return 0x064a;
    case 0x06be: // ھ
    case 0x06c1:
      return 0x0647;
    case 0x06c0: // ۀ
      return o.taMarbuta ? 0x0647 : 0x0629;
    case 0x00a0:
    case 0x202f:
    case 0x2007:
      return SPACE;
  }
  if (c >= 0x2000 && c <= 0x200a) return SPACE;
  if (o.digits) {
    if (c >= 0x0660 && c <= 0x0669) return 0x30 + (c - 0x0660);
    if (c >= 0x06f0 && c <= 0x06f9) return 0x30 + (c - 0x06f0);
  }
  if (o.lowercase && c >= 0x41 && c <= 0x5a) return c + 32;
  return c;
}

const DEFAULTS: Required<NormalizeOptions> = {
  taMarbuta: false,
  alefMaqsura: true,
  hamza: false,
  digits: true,
  lowercase: false,
};

const FOLD: Required<NormalizeOptions> = { taMarbuta: true, alefMaqsura: true, hamza: false, digits: true, lowercase: true };

/** Normalises `text` for matching and keeps a map from every normalised code unit to its original offset. */
export function normalize(text: string, opts: NormalizeOptions = {}): Normalized {
  const o = { ...DEFAULTS, ...opts };
  const n = text.length;
  const out: number[] = [];
  const map = new Int32Array(n + 1);
  let k = 0;
  const chunks: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = mapUnit(text.charCodeAt(i), o);
    if (r < 0) continue;
    out.push(r);
    map[k++] = i;
    if (out.length >= 8192) {
      chunks.push(String.fromCharCode(...out));
      out.length = 0;
    }
  }
  chunks.push(String.fromCharCode(...out));
  map[k] = n;
  const norm = chunks.join('');
  const m = map.subarray(0, k + 1);
  return {
    text: norm,
    map: m,
    toOriginal(start: number, end: number): [number, number] {
      const s = m[Math.max(0, Math.min(start, k))]!;
      if (end <= start) return [s, s];
      const e = m[Math.min(end, k) - 1]! + 1;
      return [s, e];
    },
  };
}

const foldCodes: number[] = [];

/** Aggressive matching key: what every lexicon, gazetteer and model feature is keyed by. */
export function fold(s: string): string {
  let i = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (mapUnit(c, FOLD) !== c) break;
  }
  if (i === s.length) return s;
  // one string built from a reused code-unit buffer (a string per character would be garbage on every word)
  const codes = foldCodes;
  codes.length = 0;
  for (let k = 0; k < i; k++) codes.push(s.charCodeAt(k));
  let out = '';
  for (; i < s.length; i++) {
    const r = mapUnit(s.charCodeAt(i), FOLD);
    if (r >= 0) codes.push(r);
    if (codes.length >= 8192) {
      out += String.fromCharCode.apply(null, codes);
      codes.length = 0;
    }
  }
  return out + String.fromCharCode.apply(null, codes);
}

/** Removes harakat, Quranic marks and tatweel only. */
export function stripDiacritics(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || (c >= 0x0610 && c <= 0x061a) || c === 0x0640) continue;
    out += s[i];
  }
  return out;
}
