/**
 * Label sets of the tagger. Its output is always IOB2 (LABELS); inside a model the labels may be IOB2 or BIOES
 * (begin, inside, end, single), which lets the model learn what ends a name apart from what continues one.
 */
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

export type Scheme = 'iob2' | 'bioes';

/** The labels a model scores, the transitions it allows, and the map of its labels back to IOB2 indices. */
export interface LabelSet {
  scheme: Scheme;
  labels: readonly string[];
  size: number;
  /** allowed[prev * size + cur]; prev === size stands for the sentence start */
  allowed: Uint8Array;
  /** labels a sentence may end on */
  final: Uint8Array;
  /** this set's label index → IOB2 label index */
  toIob2: Int32Array;
  /** label indices of a sentence's IOB2 tags */
  encode(tags: readonly string[]): Int32Array;
}

const PARTS = ['B', 'I', 'E', 'S'] as const;
const sets = new Map<Scheme, LabelSet>();

export function labelSet(scheme: Scheme = 'iob2'): LabelSet {
  let s = sets.get(scheme);
  if (!s) {
    s = scheme === 'iob2' ? iob2() : bioes();
    sets.set(scheme, s);
  }
  return s;
}

/** The label set of a model file's label list. */
export function labelSetOf(labels: readonly string[]): LabelSet {
  for (const scheme of ['iob2', 'bioes'] as const) {
    const s = labelSet(scheme);
    if (s.labels.length === labels.length && s.labels.every((l, i) => l === labels[i])) return s;
  }
  throw new Error(`qawl: unknown NER label set ${labels.join(',')}`);
}

function iob2(): LabelSet {
  const L = NUM_LABELS;
  const allowed = new Uint8Array((L + 1) * L);
  for (let p = 0; p <= L; p++) {
    for (let c = 0; c < L; c++) allowed[p * L + c] = !isInside(c) || (p < L && p !== 0 && (p === c || p === c - 1)) ? 1 : 0;
  }
  return {
    scheme: 'iob2',
    labels: LABELS,
    size: L,
    allowed,
    final: new Uint8Array(L).fill(1),
    toIob2: Int32Array.from(LABELS, (_, i) => i),
    encode: (tags) => Int32Array.from(tags, labelIndex),
  };
}

function bioes(): LabelSet {
  const labels = ['O', ...ENTITY_TYPES.flatMap((t) => PARTS.map((p) => `${p}-${t}`))];
  const L = labels.length;
  const part = (c: number) => (c === 0 ? 'O' : PARTS[(c - 1) % 4]!);
  const type = (c: number) => (c - 1) >> 2;
  const open = (c: number) => part(c) === 'B' || part(c) === 'I';
  const allowed = new Uint8Array((L + 1) * L);
  for (let p = 0; p <= L; p++) {
    for (let c = 0; c < L; c++) {
      const inner = part(c) === 'I' || part(c) === 'E';
      const ok = inner ? p < L && open(p) && type(p) === type(c) : p === L || !open(p);
      allowed[p * L + c] = ok ? 1 : 0;
    }
  }
  const final = Uint8Array.from(labels, (_, c) => (open(c) ? 0 : 1));
  const toIob2 = Int32Array.from(labels, (_, c) => (c === 0 ? 0 : 1 + 2 * type(c) + (part(c) === 'I' || part(c) === 'E' ? 1 : 0)));
  const encode = (tags: readonly string[]) => {
    const ix = Int32Array.from(tags, labelIndex);
    return Int32Array.from(ix, (l, t) => {
      if (l === 0) return 0;
      const ty = (l - 1) >> 1;
      const begins = !isInside(l) || ix[t - 1] === undefined || ix[t - 1] === 0 || (ix[t - 1]! - 1) >> 1 !== ty;
      const goesOn = t + 1 < ix.length && ix[t + 1] === 2 + 2 * ty;
      return 1 + 4 * ty + (begins ? (goesOn ? 0 : 3) : goesOn ? 1 : 2);
    });
  };
  return { scheme: 'bioes', labels, size: L, allowed, final, toIob2, encode };
}

/** allowed[prev * L + cur] of the IOB2 set; prev === L stands for the sentence start. */
export function allowedTransitions(): Uint8Array {
  return labelSet('iob2').allowed;
}
