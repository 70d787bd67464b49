/**
 * Label mapping: the tag schemes of published token classifiers → qawl's PERS / ORG / LOC / MISC.
 *
 * Prefixes: B- (begin), I- (inside), E-/L- (end, last), S-/U- (single, unit); `_` works as the separator too,
 * and a bare type ("PER", IO scheme) counts as inside. Types: PER/PERS/PERSON → PERS; ORG/ORGANIZATION → ORG;
 * LOC/GPE/FAC/LOCATION/GEO → LOC; MISC and named-thing types (NORP, EVENT, PRODUCT, WORK_OF_ART, LAW,
 * LANGUAGE) → MISC. Anything else (DATE, TIME, MONEY, CARDINAL, …) and O become outside.
 */
import type { EntityType } from '../../schema/records.js';

export type Tag = 'B' | 'I' | 'E' | 'S' | 'O';

export interface MappedLabel {
  tag: Tag;
  type: EntityType | null;
}

const TYPES: Record<string, EntityType> = {
  PER: 'PERS',
  PERS: 'PERS',
  PERSON: 'PERS',
  ORG: 'ORG',
  ORGANIZATION: 'ORG',
  ORGANISATION: 'ORG',
  LOC: 'LOC',
  LOCATION: 'LOC',
  GPE: 'LOC',
  FAC: 'LOC',
  GEO: 'LOC',
  MISC: 'MISC',
  MIS: 'MISC',
  NORP: 'MISC',
  EVENT: 'MISC',
  PRODUCT: 'MISC',
  WORK_OF_ART: 'MISC',
  LAW: 'MISC',
  LANGUAGE: 'MISC',
};

const PREFIX: Record<string, Tag> = { B: 'B', I: 'I', E: 'E', L: 'E', S: 'S', U: 'S' };

const OUTSIDE: MappedLabel = { tag: 'O', type: null };

/** Maps one label of a model's id2label to a tag and a qawl entity type. */
export function mapLabel(label: string): MappedLabel {
  const raw = label.trim().toUpperCase();
  if (raw === '' || raw === 'O') return OUTSIDE;
  const m = /^([BIELSU])[-_](.+)$/.exec(raw);
  const tag = m ? PREFIX[m[1]!]! : 'I';
  const type = TYPES[m ? m[2]! : raw];
  return type ? { tag, type } : OUTSIDE;
}

/** Maps a whole id2label table (keys are label ids as strings, as in config.json). */
export function mapLabels(id2label: Record<string, string>): MappedLabel[] {
  const ids = Object.keys(id2label).map(Number);
  const out: MappedLabel[] = new Array(Math.max(-1, ...ids) + 1).fill(OUTSIDE);
  for (const id of ids) out[id] = mapLabel(id2label[String(id)]!);
  return out;
}
