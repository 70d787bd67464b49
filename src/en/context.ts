/** What the English claim rules look at: tokens with sentence and quote indices, mentions, entities, lexicon. */
import type { Entity, Span } from '../schema/records.js';
import type { EnMention } from './entities.js';
import type { EnLexicon } from './lexicon.js';
import type { QuoteSpan } from './quotes.js';
import type { EnToken } from './tokens.js';

export interface EnContext {
  text: string;
  tokens: EnToken[];
  /** sentence index of each token */
  sent: Int32Array;
  sentences: Span[];
  quotes: QuoteSpan[];
  /** index of the quote whose marks enclose each token (marks included), or -1 */
  quoteOf: Int32Array;
  mentions: EnMention[];
  /** mention index covering each token, or -1 */
  mentionAt: Int32Array;
  /** entity index of each mention */
  entityOf: number[];
  entities: Entity[];
  lex: EnLexicon;
  /** first and last token index of each sentence */
  ranges: [number, number][];
  /** end of a headline line opening the text (0 when none): headlines are not annotated for claims */
  headlineEnd: number;
}

/** End of the first line when it reads as a headline: short, no final punctuation, followed by a line break. */
export function headlineEnd(text: string): number {
  const m = /^\s*([^\n]{1,160})\n/.exec(text);
  if (!m) return 0;
  const line = m[1]!.trim();
  if (/[.!?:"”]$/.test(line) || line.split(/\s+/).length > 16) return 0;
  return m[0].length;
}

export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);

/** First and last token index of sentence `s`. */
export function sentenceRange(ctx: EnContext, s: number): [number, number] {
  return ctx.ranges[s] ?? [-1, -1];
}

export function buildContext(
  text: string,
  tokens: EnToken[],
  sent: Int32Array,
  sentences: Span[],
  quotes: QuoteSpan[],
  mentions: EnMention[],
  entityOf: number[],
  entities: Entity[],
  lex: EnLexicon,
): EnContext {
  const quoteOf = new Int32Array(tokens.length).fill(-1);
  let q = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (q < quotes.length && quotes[q]!.close <= t.start && !(quotes[q]!.close === t.start && t.end === t.start)) q++;
    const Q = quotes[q];
    if (Q && t.start >= Q.open && t.end <= Math.max(Q.close, Q.end)) quoteOf[i] = q;
  }
  const mentionAt = new Int32Array(tokens.length).fill(-1);
  mentions.forEach((m, k) => {
    for (let i = m.first; i <= m.last; i++) mentionAt[i] = k;
  });
  const ranges: [number, number][] = sentences.map(() => [-1, -1]);
  for (let i = 0; i < tokens.length; i++) {
    const r = ranges[sent[i]!]!;
    if (r[0] < 0) r[0] = i;
    r[1] = i;
  }
  return { text, tokens, sent, sentences, quotes, quoteOf, mentions, mentionAt, entityOf, entities, lex, ranges, headlineEnd: headlineEnd(text) };
}
