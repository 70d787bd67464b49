/**
 * Places the tagger knows but misses in a given sentence: تعز، لحج، القطيف in a list of governorates ("في تعز ومأرب
 * والضالع") or after a verb it has rarely seen. models/gazetteers/known-places.json lists the GeoNames names that
 * the pipeline itself tags LOC in at least 70% of their occurrences over 30k news articles
 * (scripts/build-known-places.mjs), so words that are places only now and then (الخبر "the news", مدينة، دولة،
 * مشهد) are not in it. An occurrence that no mention covers becomes a LOC mention (proclitics left out of the
 * span). A place word shaped like a nisba (السعودية) after a definite word is an adjective (الحكومة السعودية) and
 * is skipped. Linear in the tokens.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NerMention } from '../ner/index.js';
import { modelsDir } from '../models-dir.js';
import type { Token } from '../text/tokenize.js';
import { cutFor, isNisba, readings, startAfter, type Reading } from './words.js';
import { isPlaceHead } from './place-heads.js';
import { placeCandidates } from './places.js';
import type { RuleMention } from './rules.js';
import { fold } from '../text/normalize.js';

let names: { always: Set<string>; inContext: Set<string> } | null = null;

function knownPlaces(): { always: Set<string>; inContext: Set<string> } {
  if (names) return names;
  const raw = JSON.parse(readFileSync(join(modelsDir(), 'gazetteers', 'known-places.json'), 'utf8')) as { names: string[]; inContext?: string[] };
  return (names = { always: new Set(raw.names), inContext: new Set(raw.inContext ?? []) });
}

/** A folded name the pipeline tags as a place almost everywhere (حائل، جده، ابها). */
export function isKnownPlace(folded: string): boolean {
  return knownPlaces().always.has(folded);
}

/** Words a place name follows: prepositions, and plural or dual place heads (مدن عدن، محافظتي تعز، مديريتي يريم). */
const PLACE_BEFORE = new Set(
  ['في', 'من', 'إلى', 'عن', 'على', 'نحو', 'صوب', 'قرب', 'بين', 'داخل', 'حول', 'لدى', 'شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'شمالي', 'جنوبي', 'شرقي', 'غربي', 'أطراف', 'ضواحي', 'محيط', 'مدن', 'مدينتي', 'مدينتا', 'محافظات', 'محافظتي', 'محافظتا', 'مديريات', 'مديريتي', 'مديريتا', 'مناطق', 'منطقتي', 'ولايات', 'ولايتي'].map(fold),
);

/**
 * Whether a name of the second tier (عدن، صعدة، الأحساء: places the tagger misses now and then, whose spelling is
 * also a common word elsewhere: دوما "always", العقبة "the obstacle") stands where a place does: after a
 * preposition or a place head (a fused ل before a bare name, ب before the article), alone in brackets, or
 * coordinated with a place mention.
 */
function placeContext(tokens: Token[], i: number, r: Readonly<Reading>, locEnds: Set<number>, locStarts: Set<number>): boolean {
  if (r.pre.includes('ك')) return false;
  if ((r.pre.endsWith('ل') && !r.def) || (r.pre.endsWith('ب') && r.def)) return true;
  const p = tokens[i - 1];
  // (a place alone in brackets: a byline's town, منذر الهزاع (الأحساء))
  if (!r.pre && p?.text === '(' && tokens[i + 1]?.text === ')') return true;
  if (p && p.kind === 'word' && !r.pre.startsWith('و') && (PLACE_BEFORE.has(p.norm) || readings(p.norm).some((x) => isPlaceHead(x.stem)))) return true;
  // (… الدمام والأحساء / عدن وتعز: a place mention on the other side of و)
  if (r.pre.startsWith('و') && p && locEnds.has(p.end)) return true;
  const n = tokens[i + 1];
  return !!n && n.kind === 'word' && /^و/.test(n.norm) && (locStarts.has(n.start) || locStarts.has(n.start + 1));
}

const definiteWord = (t: Token | undefined) => t !== undefined && t.kind === 'word' && readings(t.norm).some((r) => r.def);

/**
 * Single-word LOC mentions that are adjectives: a nisba-shaped country name (السعودية) right after a definite word
 * (الأسهم السعودية، الحدود الكويتية السعودية) and inside no other mention. The tagger reads them as the country.
 * Linear in the tokens, plus each such candidate's look at the other mentions.
 */
export function adjectivalPlaces(tokens: Token[], mentions: readonly NerMention[]): Set<NerMention> {
  const out = new Set<NerMention>();
  // (cheap first pass: one-word LOC mentions shaped like a nisba that name a country)
  const cands = mentions.filter((m) => m.type === 'LOC' && m.end - m.start >= 5 && !/\s/.test(m.text) && isNisba(fold(m.text)) && placeCandidates(fold(m.text)).some((c) => c[4] === 'country'));
  if (cands.length === 0) return out;
  const at = new Map<number, number>();
  tokens.forEach((t, i) => at.set(t.start, i));
  // how many mentions cover each token (a mention runs over a few dozen tokens at most: bounded walk)
  const cover = new Uint16Array(tokens.length);
  const first = (m: NerMention) => {
    let i = at.get(m.start);
    if (i === undefined) {
      let lo = 0;
      let hi = tokens.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (tokens[mid]!.end <= m.start) lo = mid + 1;
        else hi = mid;
      }
      i = lo;
    }
    return i;
  };
  for (const m of mentions) for (let k = first(m), n = 0; k < tokens.length && tokens[k]!.start < m.end && n < 64; k++, n++) if (cover[k]! < 0xffff) cover[k]!++;
  for (const m of cands) {
    const i = at.get(m.start);
    if (i === undefined || tokens[i]!.end !== m.end) continue;
    if (!definiteWord(tokens[i - 1]) || /^(في|الي|من|عن|على|علي)$/.test(tokens[i - 1]!.norm)) continue;
    // (a place named inside an organisation's name stays: الشركة السعودية للصناعات الأساسية)
    if (cover[i] === 1) out.add(m);
  }
  return out;
}

/** Whether a token lies in a place named inside an organisation's name (أمانة منطقة الرياض، … بالمنطقة الشرقية). */
const placeInside = (m: NerMention, t: Token) => (m as RuleMention).places?.some(([s, e]) => t.start >= s && t.end <= e) ?? false;

export function knownPlaceMentions(text: string, tokens: Token[], mentions: readonly NerMention[]): NerMention[] {
  const { always, inContext } = knownPlaces();
  const spans = [...mentions].sort((a, b) => a.start - b.start);
  let locEnds: Set<number> | null = null;
  let locStarts: Set<number> | null = null;
  const out: NerMention[] = [];
  let k = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    let second = false;
    let r = readings(t.norm).find((x) => always.has(x.def ? 'ال' + x.stem : x.stem));
    if (!r && inContext.size) {
      r = readings(t.norm).find((x) => inContext.has(x.def ? 'ال' + x.stem : x.stem));
      second = r !== undefined;
    }
    if (!r) continue;
    const form = r.def ? 'ال' + r.stem : r.stem;
    if (isNisba(form) && !r.pre && definiteWord(tokens[i - 1])) continue;
    while (k < spans.length && spans[k]!.end <= t.start) k++;
    let covered = false;
    for (let j = k; j < spans.length && spans[j]!.start < t.end; j++) if (spans[j]!.end > t.start && !placeInside(spans[j]!, t)) covered = true;
    if (covered) continue;
    // (a country needs no place context: its adjective use was set aside above, تقوده السعودية، «السعودية بثقلها»)
    if (second && !placeCandidates(form).some((c) => c[4] === 'country')) {
      if (!locEnds || !locStarts) {
        const locs = mentions.filter((m) => m.type === 'LOC');
        locEnds = new Set([...locs.map((m) => m.end), ...out.map((m) => m.end)]);
        locStarts = new Set(locs.map((m) => m.start));
      }
      if (!placeContext(tokens, i, r, locEnds, locStarts)) continue;
    }
    const start = startAfter(t, cutFor(t.norm, r));
    out.push({ start, end: t.end, text: text.slice(start, t.end), type: 'LOC' });
    // (a list goes on from a place marked here: في تعز ومأرب والضالع)
    locEnds?.add(t.end);
  }
  return out;
}
