/** Named-entity recognition: the backend interface and the embedded perceptron tagger shipped in models/ner. */
import type { EntityType, Span } from '../schema/records.js';
import type { Token } from '../text/tokenize.js';
import { chunks } from './conll.js';
import { loadModel, tagSentences } from './tagger.js';

export interface NerMention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  score?: number;
}

export interface NerBackend {
  readonly name: string;
  recognize(text: string, tokens: Token[], sentences: Span[]): Promise<NerMention[]>;
  dispose?(): Promise<void>;
}

export interface EmbeddedNerOptions {
  /** a model file or directory written by `qawl train` (default: the shipped models/ner/model.bin) */
  model?: string;
  /** a name tagged once keeps its type across the document (default true) */
  consistency?: boolean;
}

/** Groups tokens by the sentence span that contains their start; tokens outside every span form their own group. */
export function tokensBySentence(tokens: readonly Token[], sentences: readonly Span[]): Token[][] {
  const out: Token[][] = [];
  let s = 0;
  let cur: Token[] = [];
  let curSentence = -1;
  for (const tok of tokens) {
    while (s < sentences.length && tok.start >= sentences[s]!.end) s++;
    const inside = s < sentences.length && tok.start >= sentences[s]!.start ? s : -1 - s;
    if (inside !== curSentence && cur.length) {
      out.push(cur);
      cur = [];
    }
    curSentence = inside;
    cur.push(tok);
  }
  if (cur.length) out.push(cur);
  return out;
}

/** Mentions found by tagging `groups` of tokens. */
export function mentionsFromTags(text: string, groups: readonly Token[][], tags: readonly string[][]): NerMention[] {
  const out: NerMention[] = [];
  groups.forEach((toks, g) => {
    for (const c of chunks(tags[g]!)) {
      const start = toks[c.start]!.start;
      const end = toks[c.end - 1]!.end;
      // a dotted acronym (إن.بي.سي، جيه.إل.إل) names a company, channel or agency, not a person
      const acronym = c.end - c.start === 1 && toks[c.start]!.kind === 'word' && toks[c.start]!.text.includes('.');
      out.push({ start, end, text: text.slice(start, end), type: acronym ? 'ORG' : (c.type as EntityType) });
    }
  });
  return out;
}

/** The default backend: the averaged-perceptron tagger trained on ANERcorp, loaded lazily on first use. */
export function embeddedNer(options: EmbeddedNerOptions = {}): NerBackend {
  return {
    name: 'embedded-perceptron',
    async recognize(text, tokens, sentences) {
      const model = loadModel(options.model);
      const groups = tokensBySentence(tokens, sentences);
      const tags = tagSentences(
        model,
        groups.map((g) => g.map((t) => t.text)),
        { window: options.consistency === false ? 0 : Infinity, lastNames: true, retype: true },
        groups.map((g) => g.map((t) => t.norm)),
      );
      return mentionsFromTags(text, groups, tags);
    },
  };
}

export { loadModel, tagSentences } from './tagger.js';
export { evaluate, formatScore, parseConll, type NerScore, type Sentence } from './conll.js';
export { trainModel, type TrainOptions } from './train.js';
