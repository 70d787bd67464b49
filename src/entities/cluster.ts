/** Document-level entity clusters from NER mentions. */
import type { Entity, EntityType } from '../schema/records.js';
import type { NerMention } from '../ner/index.js';
import { fold } from '../text/normalize.js';
import { tokenize } from '../text/tokenize.js';
import { mentionName } from './names.js';
import { isKnownName } from './places.js';

interface Group {
  key: string;
  words: string[];
  names: Map<string, number>;
  mentions: NerMention[];
  types: Map<EntityType, number>;
  first: number;
  parent: Group | null;
}

const bare = (w: string) => (w.length > 4 && w.startsWith('ال') ? w.slice(2) : w);
const matchKey = (name: string) => fold(name).split(/\s+/).filter(Boolean).map(bare);

function root(g: Group): Group {
  while (g.parent) g = g.parent;
  return g;
}

function majority<T>(m: Map<T, number>): T {
  let best: T | undefined;
  let n = -1;
  for (const [k, v] of m) if (v > n) [best, n] = [k, v];
  return best!;
}

/** Whether `short` occurs as a contiguous run of words inside `long`. */
function contains(long: string[], short: string[]): boolean {
  outer: for (let i = 0; i + short.length <= long.length; i++) {
    for (let j = 0; j < short.length; j++) if (long[i + j] !== short[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Clusters mentions into entities: identical names (after fold, title and proclitic removal), and shorter
 * names contained in exactly one longer name of the same type (last names, first names, "تنظيم داعش" ↔ "داعش").
 * The canonical name is the fullest form.
 */
export function clusterEntities(text: string, mentions: NerMention[]): Entity[] {
  const docWords = new Set(tokenize(text).map((t) => t.norm));
  const known = (f: string) => docWords.has(f) || isKnownName(f);
  const knownWhole = (f: string) => isKnownName(f);
  const groups = new Map<string, Group>();
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const m of sorted) {
    const name = mentionName(m.text, known, knownWhole);
    const words = matchKey(name);
    if (words.length === 0) continue;
    const key = words.join(' ');
    let g = groups.get(key);
    if (!g) {
      g = { key, words, names: new Map(), mentions: [], types: new Map(), first: m.start, parent: null };
      groups.set(key, g);
    }
    g.names.set(name, (g.names.get(name) ?? 0) + 1);
    g.mentions.push(m);
    g.types.set(m.type, (g.types.get(m.type) ?? 0) + 1);
  }
  const list = [...groups.values()];
  const typeOf = (g: Group) => majority(g.types);
  // longest first, so a short name attaches to the fullest form containing it
  const byLength = [...list].sort((a, b) => b.words.length - a.words.length || a.first - b.first);
  for (const g of byLength) {
    const targets = new Set<Group>();
    for (const h of byLength) {
      if (h.words.length <= g.words.length) break;
      if (typeOf(h) !== typeOf(g) || !contains(h.words, g.words)) continue;
      targets.add(root(h));
    }
    if (targets.size === 1) g.parent = [...targets][0]!;
  }
  const clusters = new Map<Group, Group[]>();
  for (const g of list) {
    const r = root(g);
    clusters.set(r, [...(clusters.get(r) ?? []), g]);
  }
  const entities = [...clusters.values()].map((members) => {
    const mentionsOf = members.flatMap((g) => g.mentions).sort((a, b) => a.start - b.start);
    const types = new Map<EntityType, number>();
    for (const m of mentionsOf) types.set(m.type, (types.get(m.type) ?? 0) + 1);
    const longest = Math.max(...members.map((g) => g.words.length));
    const names = new Map<string, number>();
    for (const g of members) if (g.words.length === longest) for (const [n, c] of g.names) names.set(n, (names.get(n) ?? 0) + c);
    return {
      first: mentionsOf[0]!.start,
      type: majority(types),
      name: majority(names),
      mentions: mentionsOf.map((m) => ({ start: m.start, end: m.end, text: m.text, type: m.type })),
    };
  });
  entities.sort((a, b) => a.first - b.first);
  return entities.map((e, i) => ({ id: `e${i + 1}`, type: e.type, name: e.name, mentions: e.mentions }));
}
