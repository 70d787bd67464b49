/**
 * Place epithets: a LOC mention the tagger ended before the epithet of its name (مكة | المكرمة) takes the epithet
 * in (models/entities/place-epithets.json), unless another mention starts there. Linear in the mentions.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NerMention } from '../ner/index.js';
import { modelsDir } from '../models-dir.js';

let cache: Set<string> | null = null;

function epithets(): Set<string> {
  if (cache) return cache;
  const raw = JSON.parse(readFileSync(join(modelsDir(), 'entities', 'place-epithets.json'), 'utf8')) as { epithets: string[] };
  return (cache = new Set(raw.epithets));
}

/** The mentions with each LOC mention extended over an epithet right after it. */
export function placeEpithets(text: string, mentions: readonly NerMention[]): NerMention[] {
  const E = epithets();
  const starts = new Set(mentions.map((m) => m.start));
  return mentions.map((m) => {
    if (m.type !== 'LOC') return m;
    const x = /^ (\S+)/.exec(text.slice(m.end, m.end + 24));
    if (!x) return m;
    const word = x[1]!.replace(/[\u064b-\u0652\u0640]/g, '').replace(/[.,،:؛)»"]+$/, '');
    const start = m.end + 1;
    if (!E.has(word) || starts.has(start)) return m;
    const end = start + x[1]!.indexOf(word.slice(-1), word.length - 1) + 1;
    return { ...m, end, text: text.slice(m.start, end) };
  });
}
