/**
 * English tokens with exact offsets into the original text. Words come from compromise's terms (and carry its
 * tags); compromise's own offsets are only a hint: each term is re-found in the text near the hint and dropped
 * when it cannot be found. Every other non-space character between words becomes a one-character punct token.
 */
import type { Span } from '../schema/records.js';

export interface EnToken {
  start: number;
  end: number;
  text: string;
  lower: string;
  kind: 'word' | 'punct';
  tags: ReadonlySet<string>;
}

/** The part of compromise's `json({offset:true, terms:{offset:true}})` output qawl reads. */
export interface CompromiseTerm {
  text: string;
  tags?: string[];
  offset?: { start: number; length: number };
}

const NO_TAGS: ReadonlySet<string> = new Set();
const WINDOW = 64;

/** Where `word` really is in `text`, searching from `hint` (then from `cursor`); -1 when not found nearby. */
function locate(text: string, word: string, hint: number, cursor: number): number {
  if (hint >= cursor && text.startsWith(word, hint)) return hint;
  const from = Math.max(cursor, hint - WINDOW);
  const at = text.indexOf(word, from);
  if (at >= 0 && at - Math.max(cursor, hint) <= WINDOW) return at;
  const again = text.indexOf(word, cursor);
  return again >= 0 && again - cursor <= WINDOW * 4 ? again : -1;
}

/** Builds tokens from compromise terms (in document order) and the original text. */
export function buildTokens(text: string, terms: CompromiseTerm[]): EnToken[] {
  const words: EnToken[] = [];
  let cursor = 0;
  for (const t of terms) {
    const w = t.text;
    if (!w) continue;
    const at = locate(text, w, t.offset?.start ?? cursor, cursor);
    if (at < 0) continue;
    const end = at + w.length;
    words.push({ start: at, end, text: w, lower: w.toLowerCase(), kind: 'word', tags: new Set(t.tags ?? []) });
    cursor = end;
  }
  const out: EnToken[] = [];
  let pos = 0;
  const gap = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const c = text[i]!;
      if (/\s/.test(c)) continue;
      if (/[\p{L}\p{N}]/u.test(c)) {
        // a word compromise skipped: keep it as an untagged word
        let j = i + 1;
        while (j < to) {
          if (/[\p{L}\p{N}]/u.test(text[j]!)) j++;
          else if (/['’.-]/.test(text[j]!) && j + 1 < to && /[\p{L}\p{N}]/u.test(text[j + 1]!)) j += 2;
          else break;
        }
        const s = text.slice(i, j);
        out.push({ start: i, end: j, text: s, lower: s.toLowerCase(), kind: 'word', tags: NO_TAGS });
        i = j - 1;
        continue;
      }
      const w = /[\uD800-\uDBFF]/.test(c) && i + 1 < to && /[\uDC00-\uDFFF]/.test(text[i + 1]!) ? 2 : 1;
      const p = text.slice(i, i + w);
      out.push({ start: i, end: i + w, text: p, lower: p, kind: 'punct', tags: NO_TAGS });
      i += w - 1;
    }
  };
  for (const w of words) {
    gap(pos, w.start);
    out.push(w);
    pos = w.end;
  }
  gap(pos, text.length);
  return out;
}

const ABBREV = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'prof', 'gen', 'col', 'lt', 'sgt', 'rev', 'jr', 'sr', 'no', 'vs', 'co', 'inc', 'ltd', 'corp', 'u.s', 'u.k', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec']);
const QUOTE = /["“”]/;

/**
 * Sentence spans over tokens: a sentence ends at . ! ? (plus closing quotes or brackets) when the next token
 * starts with a capital, a digit or an opening quote, and at every line break; "Mr." and initials do not end one.
 */
export function sentenceSpans(text: string, tokens: EnToken[]): { spans: Span[]; index: Int32Array } {
  const spans: Span[] = [];
  const index = new Int32Array(tokens.length);
  let first = 0;
  const close = (last: number) => {
    if (last < first) return;
    spans.push({ start: tokens[first]!.start, end: tokens[last]!.end });
    for (let k = first; k <= last; k++) index[k] = spans.length - 1;
    first = last + 1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (!next) break;
    if (/\n/.test(text.slice(t.end, next.start))) {
      close(i);
      continue;
    }
    if (t.kind !== 'punct' || !/[.!?]/.test(t.text)) continue;
    const prev = tokens[i - 1];
    if (t.text === '.' && prev && prev.end === t.start && (ABBREV.has(prev.lower) || /^\p{Lu}$/u.test(prev.text))) continue;
    let last = i;
    while (tokens[last + 1] && tokens[last + 1]!.kind === 'punct' && /["”’')\]]/.test(tokens[last + 1]!.text) && tokens[last + 1]!.start === tokens[last]!.end) last++;
    if (/[.!?]/.test(tokens[last + 1]?.text ?? '')) continue;
    const after = tokens[last + 1];
    if (!after) break;
    if (after.start === tokens[last]!.end && !QUOTE.test(after.text)) continue;
    if (/^[\p{Lu}\p{N}"“‘'(\[]/u.test(after.text)) {
      close(last);
      i = last;
    }
  }
  close(tokens.length - 1);
  return { spans, index };
}
