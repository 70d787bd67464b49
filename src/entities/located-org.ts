/**
 * The place that locates an organisation inside its name (مستشفى الملك فهد العام بجدة، الغرفة التجارية في
 * جدة): the organisation keeps its whole name, and the place is also a place of the document.
 */
import type { Token } from '../text/tokenize.js';
import type { NerMention } from '../ner/index.js';
import { placeCandidates } from './places.js';

/** A country, a capital or an administrative seat, or a city of 100,000 or more (not بيان، a small town). */
function major(word: string): boolean {
  return placeCandidates(word).some((r) => r[4] === 'country' || r[4] === 'PPLC' || r[4] === 'PPLA' || r[5] >= 100000);
}

export function locatedOrgPlaces(text: string, tokens: readonly Token[], mentions: readonly NerMention[]): NerMention[] {
  const locs = mentions.filter((m) => m.type === 'LOC');
  const free = (s: number, e: number) => !locs.some((l) => l.start < e && s < l.end);
  const out: NerMention[] = [];
  let k = 0;
  for (const m of [...mentions].filter((x) => x.type === 'ORG').sort((a, b) => a.start - b.start)) {
    while (k < tokens.length && tokens[k]!.end <= m.start) k++;
    let last = k;
    while (last + 1 < tokens.length && tokens[last + 1]!.end <= m.end) last++;
    if (last <= k || tokens[last]!.end !== m.end) continue;
    const t = tokens[last]!;
    const p = tokens[last - 1]!;
    let start = -1;
    // … بجدة (a fused ب, the place after it) or … في جدة
    if (t.kind === 'word' && t.norm.length > 3 && t.norm[0] === 'ب' && !/^بال/.test(t.norm) && major(t.text.slice(1))) start = t.start + (t.text[1] === 'ـ' ? 2 : 1);
    else if (last - 1 > k && p.norm === 'في' && t.kind === 'word' && major(t.text)) start = t.start;
    if (start >= 0 && free(start, t.end)) out.push({ start, end: t.end, text: text.slice(start, t.end), type: 'LOC' });
  }
  return out;
}
