/** Lexicons of the entity rule layer (models/entities/*.json), loaded once and keyed by fold(). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { modelsDir } from '../models-dir.js';
import { fold } from '../text/normalize.js';

export type OrgContext = 'media' | 'sports' | 'quoted' | 'source';

export interface OrgEntry {
  /** canonical name (the group's first name) */
  canonical: string;
  /** folded words of this alias */
  words: string[];
  ctx: OrgContext | null;
}

export interface EntityLexicon {
  heads: Set<string>;
  definiteHeads: Set<string>;
  weakHeads: Set<string>;
  countryHeads: Set<string>;
  mediaHeads: Set<string>;
  adjectives: Set<string>;
  generic: Set<string>;
  stop: Set<string>;
  linkNouns: Set<string>;
  sportsCues: Set<string>;
  nationality: Set<string>;
  placeHeads: Set<string>;
  /** per head (folded, article-less): complements that make it a common noun (حركة الملاحة، تنظيم المؤتمر) */
  notNameAfter: Map<string, Set<string>>;
  /** heads that are common nouns after a preposition (لمصلحة الشعبين) */
  commonAfterPreposition: Set<string>;
  /** heads that open a name only before a name (تنظيم داعش), not before a common noun (تنظيم الجائزة) */
  nameOnlyHeads: Set<string>;
  /** definite heads that need a nationality or place adjective (السفارة السعودية، المنتخب العراقي) */
  nationHeads: Set<string>;
  /** heads that open a name only with the article (البحرية الإيطالية, not بحرية = ب + حرية) */
  definiteOnlyHeads: Set<string>;
  /** services named by a region (صحة جازان، إمارة منطقة مكة المكرمة): names only before a place */
  adminOnlyHeads: Set<string>;
  /** org aliases by their first folded word, longest first */
  orgs: Map<string, OrgEntry[]>;
  /** canonical org name by folded alias */
  orgKey: Map<string, string>;
}

let cache: EntityLexicon | null = null;

const read = (dir: string, file: string) => JSON.parse(readFileSync(join(modelsDir(), dir, file), 'utf8'));
const set = (xs: string[]) => new Set(xs.map(fold));
/** Folded form without the article. */
export const bareWord = (f: string) => (f.length > 3 && f.startsWith('ال') ? f.slice(2) : f);

export function entityLexicon(): EntityLexicon {
  if (cache) return cache;
  const r = read('entities', 'org-rules.json') as Record<string, string[]> & { notNameAfter?: Record<string, string[]> };
  const g = read('entities', 'orgs.json') as { groups: { names: string[]; ctx?: OrgContext; sourceNames?: string[] }[] };
  const triggers = read('lexicons', 'ner-triggers.json') as { nationality: string[]; placeHead: string[] };
  const orgs = new Map<string, OrgEntry[]>();
  const orgKey = new Map<string, string>();
  for (const grp of g.groups) {
    const canonical = grp.names[0]!;
    for (const n of [...grp.names, ...(grp.sourceNames ?? [])]) {
      const words = fold(n).split(/\s+/).filter(Boolean);
      const e: OrgEntry = { canonical, words, ctx: grp.sourceNames?.includes(n) ? 'source' : grp.ctx ?? null };
      const list = orgs.get(words[0]!) ?? [];
      list.push(e);
      list.sort((a, b) => b.words.length - a.words.length);
      orgs.set(words[0]!, list);
      if (e.ctx === 'source') continue; // (an adjective elsewhere: not a name inside other names)
      orgKey.set(words.join(' '), canonical);
      orgKey.set(words.map(bareWord).join(' '), canonical);
    }
  }
  cache = {
    heads: set(r.heads!),
    definiteHeads: set(r.definiteHeads!),
    weakHeads: set(r.weakHeads!),
    countryHeads: set(r.definiteNeedsCountry!),
    mediaHeads: set(r.mediaHeads!),
    adjectives: set(r.adjectives!),
    generic: set(r.genericAdjectives!),
    stop: set(r.stop!),
    linkNouns: set(r.linkNouns!),
    sportsCues: set(r.sportsCues!),
    nationality: set(triggers.nationality),
    placeHeads: new Set(triggers.placeHead.map((w) => bareWord(fold(w)))),
    notNameAfter: new Map(Object.entries(r.notNameAfter ?? {}).map(([h, ws]) => [bareWord(fold(h)), set(ws)])),
    commonAfterPreposition: new Set((r.commonAfterPreposition ?? []).map((w) => bareWord(fold(w)))),
    nameOnlyHeads: new Set((r.nameOnlyHeads ?? []).map((w) => bareWord(fold(w)))),
    nationHeads: set(r.definiteNeedsNation ?? []),
    definiteOnlyHeads: set(r.definiteOnlyHeads ?? []),
    adminOnlyHeads: set(r.adminOnlyHeads ?? []),
    orgs,
    orgKey,
  };
  return cache;
}
