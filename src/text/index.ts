export { normalize, fold, stripDiacritics, isIgnorable, type Normalized, type NormalizeOptions } from './normalize.js';
export { tokenize, type Token, type TokenKind } from './tokenize.js';
export { analyze, stems, stripPrefix, type CliticAnalysis } from './clitics.js';
export { segment } from './segment.js';
export { isArabicLetter, isArabicMark, isDigit, isLatinLetter, isSpace } from './chars.js';
