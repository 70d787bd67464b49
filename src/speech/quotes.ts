/**
 * Pairs quotation marks in one left-to-right pass with a stack, so nested and unbalanced quotes cost
 * linear time. « “ ‹ always open and » ” › always close; a straight " opens when it is followed by a
 * word and preceded by a space, the start, an opening bracket or an attached prefix (بـ"أبو الوليد"),
 * and closes otherwise. Typographic marks written the wrong way round are read by their position (a “ glued
 * to the word before it closes, a ” glued to the word after it opens, a second “ or « a few words after an open
 * one closes it; a ” standing free after a reporting word with nothing open opens). Unmatched marks stay unpaired; a paragraph break empties the stack, and an opener left open
 * for MAX_SPAN tokens is dropped, so one stray mark never pairs across a whole document.
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

/** token i has a space (or the text's edge) on both sides, and a word after it */
function freeStanding(toks: Token[], i: number): boolean {
  const p = toks[i - 1];
  const n = toks[i + 1];
  return (!p || p.end < toks[i]!.start) && !!n && n.start > toks[i]!.end && n.kind === 'word';
}

/** token i touches the word before it (no space) */
function gluedBefore(toks: Token[], i: number): boolean {
  const p = toks[i - 1];
  return !!p && p.end === toks[i]!.start && p.kind !== 'punct';
}

/** token i touches the word after it (no space) */
function gluedAfter(toks: Token[], i: number): boolean {
  const n = toks[i + 1];
  return !!n && n.start === toks[i]!.end && n.kind !== 'punct';
}

/**
 * Typographic marks written the wrong way round (لقناة “العالم “الإيرانية، السفير” اللبنانية و”الشروق”):
 * a “ glued to the word before it and followed by a space, punctuation or the end closes; a ” glued to the
 * word after it and not to the word before it (or after a one-letter prefix: و”الشروق) opens.
 */
function reversedRole(toks: Token[], i: number): 'open' | 'close' | null {
  const s = toks[i]!.text;
  if (s === '“' && gluedBefore(toks, i) && !gluedAfter(toks, i) && toks[i - 1]!.norm.length > 1) return 'close';
  if (s === '”' && gluedAfter(toks, i) && (!gluedBefore(toks, i) || toks[i - 1]!.norm.length <= 1)) return 'open';
  return null;
}

/** An opener left unmatched this many tokens is dropped, so one stray mark never swallows a document. */
const MAX_SPAN = 400;

/** A reporting word within ten tokens before i in its sentence, or a colon right before it (وقال ”، في تصريح صحفي ”). */
function afterReport(toks: Token[], i: number, cueAt: (k: number) => boolean): boolean {
  if (toks[i - 1]?.text === ':') return true;
  for (let k = i - 1; k >= Math.max(0, i - 10); k--) {
    const t = toks[k]!;
    if (t.kind === 'punct' && /^[.!?؟]$/.test(t.text)) return false;
    if (t.kind === 'word' && cueAt(k)) return true;
  }
  return false;
}

export function pairQuotes(text: string, toks: Token[], newlineBefore: Uint8Array, cueAt: (k: number) => boolean = () => false): QuotePairs {
  const n = toks.length;
  const closeOf = new Int32Array(n).fill(-1);
  const openOf = new Int32Array(n).fill(-1);
  const stack: number[] = [];
  let lo = 0; // openers below lo were dropped as too old
  for (let i = 0; i < n; i++) {
    if (newlineBefore[i] && i > 0 && /\n\s*\n/.test(text.slice(toks[i - 1]!.end, toks[i]!.start))) stack.length = lo = 0;
    const t = toks[i]!;
    if (t.kind !== 'punct' && t.text !== '″') continue;
    const s = t.text;
    let closing: string | null = null;
    while (lo < stack.length && i - stack[lo]! > MAX_SPAN) lo++;
    if (lo >= stack.length) stack.length = lo = 0;
    const rev = reversedRole(toks, i);
    const top = stack.length > lo ? stack[stack.length - 1]! : -1;
    // a second “ a few words after an open “ (لقناة “العالم “الإيرانية) closes the short quoted name
    const reopen = s === '“' && rev === null && top >= 0 && toks[top]!.text === '“' && i - top <= 4 && noPunct(toks, top + 1, i);
    // (and a second « a few words after an open «, not glued to the word after it: مرشح فريق «8 مارس « وقام …)
    const reopenG = s === '«' && top >= 0 && toks[top]!.text === '«' && i - top <= 4 && noPunct(toks, top + 1, i) && !gluedAfter(toks, i);
    // (a “ after a free-standing ” opened as above, not glued to the word after it: وقال ” لقد جاءت … البادرة “.)
    const revPair = s === '“' && rev === null && top >= 0 && toks[top]!.text === '”' && !gluedAfter(toks, i);
    // (a ” right after a sentence's full stop closes an open “ though a word follows it unspaced: «… بأذى.”وفقا لوكالة رويترز»)
    const endsSentence = s === '”' && top >= 0 && toks[top]!.text === '“' && i > 0 && toks[i - 1]!.end === t.start && /^[.!?؟]$/.test(toks[i - 1]!.text);
    if (rev === 'open' && !endsSentence) {
      stack.push(i);
      continue;
    } else if (rev === 'close' || reopen || revPair || endsSentence) closing = '”';
    else if (reopenG) closing = '»';
    else if (s === '"') {
      if (straightOpens(text, toks, i)) {
        stack.push(i);
        continue;
      }
      closing = '"';
    } else if (s in OPEN && s !== '“') {
      stack.push(i);
      continue;
    } else if (s === '“' && closing === null) {
      stack.push(i);
      continue;
    } else if (CLOSE.has(s)) closing = s;
    if (closing === null) continue;
    // pop to the nearest compatible opener (bounded by the stack depth, which only shrinks here)
    for (let k = stack.length - 1; k >= lo; k--) {
      const o = toks[stack[k]!]!.text;
      const ok = closing === '"' ? o === '"' : OPEN[o] === closing || ((closing === '”' || closing === '″') && (o === '"' || o === '“' || o === '”'));
      if (ok) {
        closeOf[stack[k]!] = i;
        openOf[i] = stack[k]!;
        stack.length = k;
        break;
      }
      if (stack.length - k > 4) break;
    }
    // a straight mark standing free between spaces (وأضاف " إحدى الشركات … ") with nothing open to close opens
    // (… or glued to a clause's first word, a space and a word after it: وأضاف" نعزي أسر الشهداء …"، …، وقال" تلقينا …")
    const firstWord = i >= 1 && (i < 2 || /^[.!?؟:،,]$/.test(toks[i - 2]!.text) || !!newlineBefore[i - 1]);
    // (… or glued on both sides with nothing to close: وأضافت"دانا" أن …)
    // (a ” standing free after a reporting word, with nothing open to close, opens the same way: وقال في تصريح صحفي ”
    // حصلت وزارة النفط …”)
    if (openOf[i] < 0 && s === '”' && freeStanding(toks, i) && afterReport(toks, i, cueAt)) stack.push(i);
    if (openOf[i] < 0 && s === '"' && (freeStanding(toks, i) || (gluedBefore(toks, i) && gluedAfter(toks, i)) || (firstWord && gluedBefore(toks, i) && !!toks[i + 1] && toks[i + 1]!.start > t.end && toks[i + 1]!.kind === 'word'))) stack.push(i);
  }
  return { closeOf, openOf };
}

function noPunct(toks: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (toks[k]!.kind === 'punct') return false;
  return true;
}
