/**
 * Pairs quotation marks in one left-to-right pass with a stack, so nested and unbalanced quotes cost
 * linear time. « “ ‹ always open and » ” › always close; a straight " opens when it is followed by a
 * word and preceded by a space, the start, an opening bracket or an attached prefix (بـ"أبو الوليد"),
 * and closes otherwise. Unmatched marks stay unpaired; a paragraph break empties the stack.
 */
import type { Token } from '../text/tokenize.js';

export interface QuotePairs {
  /** token index of the matching closing mark, or -1 */
  closeOf: Int32Array;
  /** token index of the matching opening mark, or -1 */
  openOf: Int32Array;
}

const OPEN: Record<string, string> = { '«': '»', '“': '”', '‹': '›', '„': '“' };
// ″ (double prime) is written for a closing ” in some sources: “بوينغ 777″
const CLOSE = new Set(['»', '”', '›', '″']);

export function isQuoteMark(s: string): boolean {
  return s === '"' || s in OPEN || CLOSE.has(s);
}

function straightOpens(text: string, toks: Token[], i: number): boolean {
  const t = toks[i]!;
  const next = toks[i + 1];
  if (!next || next.start > t.end) return false; // followed by a space or nothing: closes
  if (next.kind === 'punct' && !isQuoteMark(next.text) && next.text !== '(') return false;
  const prev = toks[i - 1];
  if (!prev || prev.end < t.start) return true; // preceded by a space or the start
  if (prev.kind === 'punct') return !(prev.text === '"' || CLOSE.has(prev.text));
  // attached to a preceding word: an opening only after a one-letter prefix (بـ، لـ، و)
  return prev.kind === 'word' && prev.norm.length <= 1;
}

export function pairQuotes(text: string, toks: Token[], newlineBefore: Uint8Array): QuotePairs {
  const n = toks.length;
  const closeOf = new Int32Array(n).fill(-1);
  const openOf = new Int32Array(n).fill(-1);
  const stack: number[] = [];
  for (let i = 0; i < n; i++) {
    if (newlineBefore[i] && i > 0 && /\n\s*\n/.test(text.slice(toks[i - 1]!.end, toks[i]!.start))) stack.length = 0;
    const t = toks[i]!;
    if (t.kind !== 'punct' && t.text !== '″') continue;
    const s = t.text;
    let closing: string | null = null;
    if (s === '"') {
      if (straightOpens(text, toks, i)) {
        stack.push(i);
        continue;
      }
      closing = '"';
    } else if (s in OPEN) {
      stack.push(i);
      continue;
    } else if (CLOSE.has(s)) closing = s;
    if (closing === null) continue;
    // pop to the nearest compatible opener (bounded by the stack depth, which only shrinks here)
    for (let k = stack.length - 1; k >= 0; k--) {
      const o = toks[stack[k]!]!.text;
      const ok = closing === '"' ? o === '"' : OPEN[o] === closing || ((closing === '”' || closing === '″') && (o === '"' || o === '“'));
      if (ok) {
        closeOf[stack[k]!] = i;
        openOf[i] = stack[k]!;
        stack.length = k;
        break;
      }
      if (stack.length - k > 4) break;
    }
  }
  return { closeOf, openOf };
}
