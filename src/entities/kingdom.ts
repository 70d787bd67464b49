/**
 * "المملكة" standing alone names Saudi Arabia in Saudi news (في المملكة، بالمملكة، للمملكة). It is added as a
 * LOC mention unless the document names another kingdom (المملكة المتحدة، المملكة الأردنية …) or the word lies
 * inside a longer mention (سفارة المملكة, المملكة العربية السعودية).
 */
import type { NerMention } from '../ner/index.js';
import type { Token } from '../text/tokenize.js';
import { cutFor, readings, startAfter } from './words.js';

const KINGDOM = 'مملكه';
/** adjectives that continue "المملكة" into the name of Saudi Arabia itself */
const SAUDI = new Set(['العربيه', 'السعوديه']);

const isKingdom = (t: Token) => t.kind === 'word' && readings(t.norm).some((r) => r.def && r.stem === KINGDOM);

export function kingdomMentions(text: string, tokens: Token[], mentions: readonly NerMention[]): NerMention[] {
  const hits: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isKingdom(tokens[i]!)) continue;
    const next = tokens[i + 1];
    if (next && next.kind === 'word' && next.norm.startsWith('ال') && !SAUDI.has(next.norm)) return [];
    if (next && next.kind === 'word' && SAUDI.has(next.norm)) continue;
    hits.push(i);
  }
  if (hits.length === 0) return [];
  const spans = [...mentions].sort((a, b) => a.start - b.start);
  const out: NerMention[] = [];
  let k = 0;
  for (const i of hits) {
    const t = tokens[i]!;
    const r = readings(t.norm).find((x) => x.def && x.stem === KINGDOM)!;
    const start = startAfter(t, cutFor(t.norm, r));
    while (k < spans.length && spans[k]!.end <= t.start - 200) k++;
    let inside = false;
    for (let j = k; j < spans.length && spans[j]!.start < t.end; j++) {
      const m = spans[j]!;
      if (m.start < t.end && t.start < m.end) inside = true;
    }
    if (!inside) out.push({ start, end: t.end, text: text.slice(start, t.end), type: 'LOC' });
  }
  return out;
}
