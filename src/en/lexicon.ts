/** English reported-speech lexicon (models/en/lexicon.json): cue verbs with lemma, stance and frame, titles, roles. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { modelsDir } from '../models-dir.js';
import type { Stance } from '../schema/records.js';

/**
 * How a cue takes its content: 'say' (a clause, "that" optional: said (that) …), 'tell' (an addressee first:
 * told reporters (that) …), 'obj' (whatever follows: praised …, urged X to …, accused X of …), 'refer'
 * (referred to X as …), 'according' (according to SOURCE, clause).
 */
export type CueFrame = 'say' | 'tell' | 'obj' | 'refer' | 'according';

export interface CueEntry {
  lemma: string;
  stance: Stance;
  frame: CueFrame;
}

export interface EnLexicon {
  cues: Map<string, CueEntry>;
  /** multi-word cues keyed by their lower-case words joined by one space */
  phrases: Map<string, CueEntry>;
  /** forms that are often nouns: they count only when compromise tags them as verbs */
  needVerb: Set<string>;
  honorifics: Set<string>;
  roles: Set<string>;
  anonHeads: Set<string>;
  orgWords: Set<string>;
  /** capitalised words and acronyms that are never names (TV, PC, CEO) */
  notNames: Set<string>;
}

interface RawLexicon {
  cues: Record<string, [string, Stance, CueFrame]>;
  phrases: Record<string, [string, Stance, CueFrame]>;
  needVerb: string[];
  honorifics: string[];
  roles: string[];
  anonHeads: string[];
  orgWords: string[];
  notNames?: string[];
}

let cached: EnLexicon | null = null;

function entries(raw: Record<string, [string, Stance, CueFrame]>): Map<string, CueEntry> {
  return new Map(Object.entries(raw).map(([k, [lemma, stance, frame]]) => [k, { lemma, stance, frame }]));
}

/** The lexicon, read once from models/en/lexicon.json. */
export function enLexicon(): EnLexicon {
  if (cached) return cached;
  const raw = JSON.parse(readFileSync(join(modelsDir(), 'en', 'lexicon.json'), 'utf8')) as RawLexicon;
  cached = {
    cues: entries(raw.cues),
    phrases: entries(raw.phrases),
    needVerb: new Set(raw.needVerb),
    honorifics: new Set(raw.honorifics),
    roles: new Set(raw.roles),
    anonHeads: new Set(raw.anonHeads),
    orgWords: new Set(raw.orgWords),
    notNames: new Set(raw.notNames ?? []),
  };
  return cached;
}
