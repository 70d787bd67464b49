/** Character classes of the text layer (UTF-16 code units). */

export function isArabicLetter(c: number): boolean {
  return (
    (c >= 0x0621 && c <= 0x064a && c !== 0x0640) ||
    (c >= 0x066e && c <= 0x06d3) ||
    c === 0x06d5 ||
    (c >= 0x06fa && c <= 0x06ff) ||
    (c >= 0x0750 && c <= 0x077f) ||
    (c >= 0x08a0 && c <= 0x08ff) ||
    (c >= 0xfb50 && c <= 0xfdff) ||
    (c >= 0xfe70 && c <= 0xfefc)
  );
}

/** Marks that live inside Arabic words: harakat, Quranic marks, superscript alef, tatweel, ZWNJ/ZWJ. */
export function isArabicMark(c: number): boolean {
  return (
    (c >= 0x064b && c <= 0x065f) ||
    c === 0x0670 ||
    (c >= 0x0610 && c <= 0x061a) ||
    (c >= 0x06d6 && c <= 0x06ed) ||
    c === 0x0640 ||
    c === 0x200c ||
    c === 0x200d
  );
}

export function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9);
}

export function isLatinLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

export function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff ||
    c === 0x200e ||
    c === 0x200f ||
    c === 0x061c
  );
}

/** Opening and closing quotation marks. The ASCII double quote (and ״) is both. */
export const QUOTE_OPEN = new Set(['«', '“', '„', '‹', '”']);
export const QUOTE_CLOSE = new Set(['»', '”', '›', '“']);
export const QUOTE_BOTH = new Set(['"', '״', '＂']);
