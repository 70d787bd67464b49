/**
 * Quotation spans in English news text. Straight quotes are told apart by their neighbours (an opening mark
 * follows a space or line start, a closing one precedes a space or punctuation). News style leaves a quote that
 * runs over several paragraphs (or sentences, once paragraphs are joined) unclosed: an opening mark inside an open
 * quote, or a line break, ends the open quote there. Curly quotes are unambiguous. Single quotes are not quotes here.
 */
export interface QuoteSpan {
  /** offset of the opening mark */
  open: number;
  /** offset just after the closing mark, or the content end when the quote was left open */
  close: number;
  /** content, trimmed, without the marks */
  start: number;
  end: number;
  /** false when the quote was closed implicitly (next opening mark, line break, end of text) */
  closed: boolean;
}

function trimmed(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start && /[,;:]/.test(text[end - 1]!)) end--;
  if (end > start + 1 && text[end - 1] === '.' && text[end - 2] !== '.') end--;
  return [start, end];
}

export function findQuotes(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let open = -1;
  const finish = (end: number, close: number, closed: boolean) => {
    const [s, e] = trimmed(text, open + 1, end);
    if (e > s) out.push({ open, close, start: s, end: e, closed });
    open = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      if (open >= 0) finish(i, i, false);
      continue;
    }
    if (c !== '"' && c !== '“' && c !== '”') continue;
    const before = i === 0 ? ' ' : text[i - 1]!;
    const after = i + 1 >= text.length ? ' ' : text[i + 1]!;
    let opening: boolean;
    if (c === '“') opening = true;
    else if (c === '”') opening = false;
    else {
      const canOpen = /[\s(\[{—–-]/.test(before) && !/\s/.test(after);
      const canClose = !/\s/.test(before) && /[\s,.;:!?)\]}—–-]/.test(after);
      opening = canOpen === canClose ? open < 0 : canOpen;
    }
    if (opening) {
      if (open >= 0) finish(i, i, false);
      open = i;
    } else if (open >= 0) {
      finish(i, i + 1, true);
    }
  }
  if (open >= 0) finish(text.length, text.length, false);
  return out;
}
