/**
 * `ner: 'ensemble'`: a transformer model and the embedded tagger (with its gazetteers) combined.
 *
 * The rule, in order:
 *  1. every mention of the primary backend (the transformer) is kept, with its type and extent;
 *  2. its start moves to a secondary mention's start when that mention has the same type, overlaps it and
 *     starts later inside the same word (the embedded tagger separates clitics that a model trained on
 *     whitespace tokens keeps: وحفتر → حفتر);
 *  3. a secondary mention is added when it overlaps no primary mention (the gazetteer fills gaps: names the
 *     model missed, places it has never seen).
 * Overlapping mentions of different types resolve to the primary's type.
 */
import type { NerBackend, NerMention } from '../ner/index.js';
import type { Span } from '../schema/records.js';
import type { Token } from '../text/tokenize.js';

const overlaps = (a: NerMention, b: NerMention) => a.start < b.end && b.start < a.end;

/** Combines two backends' mentions by the rule above (pure; exported for tests). */
export function combineMentions(text: string, primary: NerMention[], secondary: NerMention[]): NerMention[] {
  const kept = primary.map((p) => {
    const inner = secondary.find(
      (s) => s.type === p.type && s.start > p.start && s.start < p.end && !/\s/.test(text.slice(p.start, s.start)),
    );
    return inner ? { ...p, start: inner.start, text: text.slice(inner.start, p.end) } : p;
  });
  const added = secondary.filter((s) => !primary.some((p) => overlaps(p, s)));
  return [...kept, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** A NerBackend that runs `primary` and `secondary` side by side and combines their mentions. */
export function ensembleNer(primary: NerBackend, secondary: NerBackend): NerBackend {
  return {
    name: `ensemble(${primary.name}+${secondary.name})`,
    async recognize(text: string, tokens: Token[], sentences: Span[]): Promise<NerMention[]> {
      const [a, b] = await Promise.all([
        primary.recognize(text, tokens, sentences),
        secondary.recognize(text, tokens, sentences),
      ]);
      return combineMentions(text, a, b);
    },
    async dispose() {
      await Promise.all([primary.dispose?.(), secondary.dispose?.()]);
    },
  };
}
