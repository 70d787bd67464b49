import type { NerMention } from '../../src/ner/index.js';

/** NER mentions for the given surface strings (each at its first occurrence after the previous one). */
export function at(text: string, items: [string, NerMention['type']][]): NerMention[] {
  let from = 0;
  return items.map(([s, type]) => {
    const start = text.indexOf(s, from);
    if (start < 0) throw new Error(`not found: ${s}`);
    from = start + s.length;
    return { start, end: start + s.length, text: s, type };
  });
}
