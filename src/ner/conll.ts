/** CoNLL reading and conlleval-style scoring (exact span and type). */
import { ENTITY_TYPES } from './labels.js';

export interface Sentence {
  tokens: string[];
  tags: string[];
}

/** Reads "token TAG" lines (space or tab separated; tag is the last field); blank lines end sentences. */
export function parseConll(text: string): Sentence[] {
  const out: Sentence[] = [];
  let cur: Sentence = { tokens: [], tags: [] };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') {
      if (cur.tokens.length) out.push(cur);
      cur = { tokens: [], tags: [] };
      continue;
    }
    const parts = line.split(/\s+/);
    cur.tokens.push(parts[0]!);
    cur.tags.push(parts.length > 1 ? parts[parts.length - 1]! : 'O');
  }
  if (cur.tokens.length) out.push(cur);
  return out;
}

export interface Chunk {
  type: string;
  start: number;
  end: number;
}

/** Chunks of an IOB sequence with conlleval's rules (an I- after O or another type starts a chunk). */
export function chunks(tags: readonly string[]): Chunk[] {
  const out: Chunk[] = [];
  let cur: Chunk | null = null;
  for (let i = 0; i <= tags.length; i++) {
    const tag = i < tags.length ? tags[i]! : 'O';
    const dash = tag.indexOf('-');
    const prefix = dash > 0 ? tag.slice(0, dash) : tag;
    const type = dash > 0 ? tag.slice(dash + 1) : '';
    const continues = cur !== null && prefix === 'I' && type === cur.type;
    if (cur && !continues) {
      cur.end = i;
      out.push(cur);
      cur = null;
    }
    if (!cur && (prefix === 'B' || prefix === 'I')) cur = { type, start: i, end: i + 1 };
  }
  return out;
}

export interface TypeScore {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
  correct: number;
}

export interface NerScore {
  micro: TypeScore;
  byType: Record<string, TypeScore>;
}

function score(correct: number, predicted: number, gold: number): TypeScore {
  const precision = predicted ? (100 * correct) / predicted : 0;
  const recall = gold ? (100 * correct) / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, gold, predicted, correct };
}

/** Exact-span, exact-type precision/recall/F1 per type and micro-averaged. */
export function evaluate(gold: readonly (readonly string[])[], pred: readonly (readonly string[])[]): NerScore {
  const counts = new Map<string, [number, number, number]>();
  const bump = (t: string, k: 0 | 1 | 2) => {
    const c = counts.get(t) ?? [0, 0, 0];
    c[k]++;
    counts.set(t, c);
  };
  for (let s = 0; s < gold.length; s++) {
    const g = chunks(gold[s]!);
    const p = chunks(pred[s] ?? []);
    const gk = new Set(g.map((c) => `${c.type}:${c.start}:${c.end}`));
    for (const c of g) bump(c.type, 0);
    for (const c of p) {
      bump(c.type, 1);
      if (gk.has(`${c.type}:${c.start}:${c.end}`)) bump(c.type, 2);
    }
  }
  const byType: Record<string, TypeScore> = {};
  let tg = 0;
  let tp = 0;
  let tc = 0;
  const types = [...new Set([...ENTITY_TYPES, ...counts.keys()])];
  for (const t of types) {
    const [g, p, c] = counts.get(t) ?? [0, 0, 0];
    if (!g && !p) continue;
    byType[t] = score(c, p, g);
    tg += g;
    tp += p;
    tc += c;
  }
  return { micro: score(tc, tp, tg), byType };
}

/** A conlleval-like table. */
export function formatScore(s: NerScore): string {
  const row = (name: string, x: TypeScore) =>
    `${name.padEnd(6)} P ${x.precision.toFixed(2).padStart(6)}  R ${x.recall.toFixed(2).padStart(6)}  F1 ${x.f1.toFixed(2).padStart(6)}  (gold ${x.gold}, predicted ${x.predicted}, correct ${x.correct})`;
  const lines = Object.entries(s.byType).map(([t, x]) => row(t, x));
  lines.push(row('micro', s.micro));
  return lines.join('\n');
}
