/** Per-document view shared by the speech modules: tokens with boundaries, quote pairs and the lexicon. */
import type { Entity } from '../schema/records.js';
import type { Token } from '../text/tokenize.js';
import { lexicon, type Lexicon } from './lexicon.js';
import { pairQuotes, isQuoteMark, type QuotePairs } from './quotes.js';

export interface Ctx {
  text: string;
  toks: Token[];
  lex: Lexicon;
  quotes: QuotePairs;
  /** a line break lies between token i-1 and token i */
  nl: Uint8Array;
  /** index of the first token at or after i that ends a sentence (sentence punctuation or line break), exclusive end */
  sentEnd: Int32Array;
  /** index of the first token of the sentence holding token i */
  sentStart: Int32Array;
  entities: Entity[];
}

const END = new Set(['.', '!', '?', '؟', '…']);

export function isEnd(t: Token): boolean {
  return t.kind === 'punct' && END.has(t.text);
}

export function isWord(t: Token | undefined): t is Token {
  return !!t && (t.kind === 'word' || t.kind === 'latin' || t.kind === 'number');
}

export function isQuote(t: Token | undefined): boolean {
  return !!t && t.kind === 'punct' && isQuoteMark(t.text);
}

export function makeCtx(text: string, toks: Token[], entities: Entity[]): Ctx {
  const n = toks.length;
  const nl = new Uint8Array(n);
  for (let i = 1; i < n; i++) if (text.slice(toks[i - 1]!.end, toks[i]!.start).includes('\n')) nl[i] = 1;
  const sentEnd = new Int32Array(n + 1);
  sentEnd[n] = n;
  for (let i = n - 1; i >= 0; i--) {
    if (isEnd(toks[i]!)) sentEnd[i] = i;
    else if (i + 1 < n && nl[i + 1]) sentEnd[i] = i + 1;
    else sentEnd[i] = sentEnd[i + 1]!;
  }
  const sentStart = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    if (i === 0 || nl[i] || isEnd(toks[i - 1]!)) sentStart[i] = i;
    else sentStart[i] = sentStart[i - 1]!;
  }
  return { text, toks, lex: lexicon(), quotes: pairQuotes(text, toks, nl), nl, sentEnd, sentStart, entities };
}

/** Text of tokens [a, b) as written in the original. */
export function spanText(ctx: Ctx, a: number, b: number): { start: number; end: number; text: string } {
  const start = ctx.toks[a]!.start;
  const end = ctx.toks[b - 1]!.end;
  return { start, end, text: ctx.text.slice(start, end) };
}
