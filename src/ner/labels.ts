/** IOB2 label set of the tagger and the transitions it allows. */
import type { EntityType } from '../schema/records.js';

export const ENTITY_TYPES: readonly EntityType[] = ['PERS', 'LOC', 'ORG', 'MISC'];
export const LABELS: readonly string[] = ['O', ...ENTITY_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];
export const NUM_LABELS = LABELS.length;
const INDEX = new Map(LABELS.map((l, i) => [l, i]));

/** Label index of a tag; unknown tags (and the legacy B-PER style) are mapped where possible, else O. */
export function labelIndex(tag: string): number {
  const i = INDEX.get(tag);
  if (i !== undefined) return i;
  const fixed = tag.replace(/-PER$/, '-PERS');
  return INDEX.get(fixed) ?? 0;
}

export function isInside(label: number): boolean {
  return label > 0 && label % 2 === 0;
}

/** Entity type of a label, or null for O. */
export function labelType(label: number): EntityType | null {
  return label === 0 ? null : ENTITY_TYPES[(label - 1) >> 1]!;
}

/** allowed[prev * L + cur]; prev === L stands for the sentence start. */
export function allowedTransitions(): Uint8Array {
  const L = NUM_LABELS;
  const a = new Uint8Array((L + 1) * L);
  for (let p = 0; p <= L; p++) {
    for (let c = 0; c < L; c++) {
      let ok = true;
      if (isInside(c)) ok = p < L && p !== 0 && (p === c || p === c - 1);
      a[p * L + c] = ok ? 1 : 0;
    }
  }
  return a;
}
