/** Merging rule-layer mentions with NER mentions: the longer rule span wins over the NER spans inside it. */
import type { NerMention } from '../ner/index.js';
import { fold } from '../text/normalize.js';
import { placeCandidates } from './places.js';
import type { RuleMention } from './rules.js';
import { isNisba } from './words.js';

const inside = (a: NerMention, b: { start: number; end: number }) => a.start >= b.start && a.end <= b.end;
const overlaps = (a: NerMention, b: NerMention) => a.start < b.end && b.start < a.end;

/** A place name (not a nationality adjective) that stays a LOC mention inside an organisation name. */
function keepsPlace(m: NerMention, r: RuleMention): boolean {
  if (m.type !== 'LOC') return false;
  if (r.places?.some(([s, e]) => m.start >= s && m.end <= e + 0 && m.end <= e)) return true;
  const f = fold(m.text);
  if (!f.includes(' ') && isNisba(f)) return false;
  return placeCandidates(m.text).some((c) => c[4] === 'country');
}

/**
 * NER mentions and rule mentions in text order. A rule span is dropped when it crosses a person name or lies
 * inside a longer NER span (an equal NER span of another type yields to a known organisation); NER spans inside
 * a kept rule span are dropped, except place names (LOC after ب/في, or country names).
 */
export function mergeMentions(ner: readonly NerMention[], rules: readonly RuleMention[]): NerMention[] {
  const sorted = [...ner].sort((a, b) => a.start - b.start || b.end - a.end);
  const dropped = new Set<NerMention>();
  const kept: RuleMention[] = [];
  let lo = 0;
  const ordered = [...rules].sort((a, b) => a.start - b.start);
  for (const r of ordered) {
    while (lo < sorted.length && sorted[lo]!.end <= r.start - 200) lo++;
    const hits: NerMention[] = [];
    for (let k = lo; k < sorted.length && sorted[k]!.start < r.end; k++) if (overlaps(sorted[k]!, r)) hits.push(sorted[k]!);
    let keep = true;
    for (const m of hits) {
      const contained = inside(m, r);
      const covers = inside(r, m);
      if (covers && !contained) {
        keep = false; // a longer NER span
      } else if (covers && contained) {
        if (m.type !== 'ORG' && !r.key) keep = false;
      } else if (!contained && m.type === 'PERS') keep = false;
    }
    if (!keep) continue;
    kept.push(r);
    for (const m of hits) if (!keepsPlace(m, r)) dropped.add(m);
  }
  const out: NerMention[] = sorted.filter((m) => !dropped.has(m));
  out.push(...kept);
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}
