/**
 * Places named after a head noun that only ever precedes a place name (جزيرة توتي، ولاية الخرطوم، محافظة ديالى،
 * حي التأميم): the name after the head is a place, whatever type the tagger gave it (توتي read as a person); and
 * regions named by a direction (المنطقة الشرقية، المنطقة الجنوبية). Word lists: models/entities/place-rules.json.
 * Linear: each token looks at most four tokens ahead.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NerMention } from '../ner/index.js';
import { modelsDir } from '../models-dir.js';
import { fold } from '../text/normalize.js';
import type { Token } from '../text/tokenize.js';
import { isKnownName, placeCandidates } from './places.js';
import { cutFor, isNisba, readings, startAfter } from './words.js';
import type { RuleMention } from './rules.js';

interface PlaceRules {
  nameHeads: Set<string>;
  regionHeads: Set<string>;
  /** folded direction adjectives, one or two words */
  directions: Set<string>;
  /** heads of streets and facilities named after people (شارع، مخطط، مستشفى …) */
  facilityHeads: Set<string>;
  /** name heads followed by a definite name that no list knows (حي الكرامة، جبل النور، قضاء الحويجة) */
  definiteNameHeads: Set<string>;
  /** common nouns after such a head (مخيم اللاجئين، قرية الأطفال) */
  notNames: Set<string>;
  /** folded "head name" of canals (قناه السويس) */
  waterways: Set<string>;
  /** the folded head words of those names (قناه), a cheap test before the clitic readings */
  waterwayHeads: string[];
}

let rules: PlaceRules | null = null;

/** folded titles inside place names, before the person's name (حي الشيخ عثمان، حي الأمير فيصل) */
const PLACE_TITLES = new Set(['الشيخ', 'الامير', 'الملك', 'الامام', 'السلطان']);
/** words after such a title that end the name (جبل الشيخ في الجولان) */
const NOT_A_NAME = new Set(['في', 'من', 'الي', 'علي', 'عن', 'مع', 'ان', 'التي', 'الذي', 'حيث', 'بعد', 'قبل', 'منذ', 'خلال', 'او', 'ثم']);

function placeRules(): PlaceRules {
  if (rules) return rules;
  const raw = JSON.parse(readFileSync(join(modelsDir(), 'entities', 'place-rules.json'), 'utf8')) as Record<string, string[]>;
  const bare = (w: string) => fold(w).replace(/^ال/, '');
  return (rules = {
    nameHeads: new Set(raw.nameHeads!.map(bare)),
    regionHeads: new Set(raw.regionHeads!.map(bare)),
    directions: new Set(raw.directions!.map(fold)),
    facilityHeads: new Set((raw.facilityHeads ?? []).map(bare)),
    definiteNameHeads: new Set((raw.definiteNameHeads ?? []).map(bare)),
    notNames: new Set((raw.notNames ?? []).map(bare)),
    waterways: new Set((raw.waterways ?? []).map(fold)),
    waterwayHeads: [...new Set((raw.waterways ?? []).map((w) => fold(w).split(' ')[0]!))],
  });
}

/** The head reading of token t (its proclitics cut from the span), or null. */
function headAt(t: Token, heads: Set<string>): { start: number; def: boolean } | null {
  for (const r of readings(t.norm)) {
    if (!heads.has(r.stem)) continue;
    return { start: startAfter(t, cutFor(t.norm, r)), def: r.def };
  }
  // (a two-letter head under a proclitic, which readings() leaves whole: بحي، وبحي)
  const short = /^([وف]?[بل])(..)$/.exec(t.norm);
  if (short && heads.has(short[2]!)) return { start: startAfter(t, short[1]!.length), def: false };
  return null;
}

export interface PlaceHeadResult {
  /** new LOC mentions */
  add: NerMention[];
  /** tagger mentions the new ones replace */
  drop: Set<NerMention>;
}

export function placeHeadMentions(text: string, tokens: readonly Token[], mentions: readonly NerMention[]): PlaceHeadResult {
  const R = placeRules();
  const at = new Map<number, NerMention>();
  for (const m of mentions) if (!at.has(m.start) || at.get(m.start)!.end < m.end) at.set(m.start, m);
  // whether [s, e) overlaps a mention: binary search over starts, with the running maximum of ends (log time,
  // so a document of thousands of heads stays linear-ish)
  const byStart = [...mentions].sort((x, y) => x.start - y.start);
  const maxEnd: number[] = [];
  for (const m of byStart) maxEnd.push(Math.max(m.end, maxEnd.length ? maxEnd[maxEnd.length - 1]! : 0));
  const covered = (s: number, e: number) => {
    let lo = 0;
    let hi = byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byStart[mid]!.start < e) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && maxEnd[lo - 1]! > s;
  };
  // (a region named inside an organisation's name stays a place: حرس الحدود بالمنطقة الشرقية)
  const located = mentions.flatMap((m) => (m as RuleMention).places ?? []);
  const namedInside = (s: number, e: number) => located.some(([ps, pe]) => s >= ps && e <= pe);
  const add: NerMention[] = [];
  const drop = new Set<NerMention>();
  const isWord = (t: Token | undefined) => !!t && t.kind === 'word';
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isWord(t)) continue;
    const n = tokens[i + 1]!;
    if (!isWord(n) && n.kind !== 'latin') continue;
    // a region by its direction: المنطقة الشرقية، بالمنطقة الجنوبية (definite head, definite adjective)
    const region = headAt(t, R.regionHeads);
    if (region?.def) {
      const two = isWord(tokens[i + 2]) && R.directions.has(`${n.norm} ${tokens[i + 2]!.norm}`);
      if (two || R.directions.has(n.norm)) {
        const end = two ? tokens[i + 2]!.end : n.end;
        if (!covered(region.start, end) || namedInside(region.start, end)) add.push({ start: region.start, end, text: text.slice(region.start, end), type: 'LOC' });
        continue;
      }
    }
    // a canal (قناة السويس الجديدة), which the organisation rules leave alone
    const canal = waterwayAt(t, n);
    if (canal !== null) {
      const n2 = tokens[i + 2];
      const end = isWord(n2) && /^ال/.test(n2!.norm) && /يده?$/.test(n2!.norm) ? n2!.end : n.end;
      if (at.get(n.start)?.type !== 'LOC') for (const m of [at.get(t.start), at.get(n.start)]) if (m) drop.add(m);
      add.push({ start: canal, end, text: text.slice(canal, end), type: 'LOC' });
      continue;
    }
    const head = headAt(t, R.nameHeads);
    if (!head || head.def) continue; // المدينة، الجزيرة alone are names or common nouns: only "head + name"
    const m = at.get(n.start);
    if (m) {
      // the tagger's name right after the head, of another type (جزيرة توتي read as a person): a place
      if (m.type === 'LOC' || m.end - m.start > 40 || m.type === 'ORG') continue;
      drop.add(m);
      add.push({ start: head.start, end: m.end, text: text.slice(head.start, m.end), type: 'LOC' });
      continue;
    }
    // an untagged name the place table or the name gazetteer knows (محافظة ديالى، جزيرة صقلية، مديرية مشرعة),
    // not an adjective (قرية سنية، مدينة عربية)
    if (covered(n.start, n.end)) continue;
    const adjective = /يه$/.test(n.norm) && !n.norm.startsWith('ال');
    if (placeCandidates(n.text).length > 0 || (isKnownName(n.norm) && !adjective)) {
      add.push({ start: head.start, end: n.end, text: text.slice(head.start, n.end), type: 'LOC' });
      continue;
    }
    // a definite name after a head that only ever names a place (حي الكرامة، قضاء الحويجة), with a direction
    // adjective (حي الخالدية الشمالية)
    // (وأدى "and led to" folds to وادي)
    if (headAt(t, R.definiteNameHeads) && !/[أى]/.test(t.text) && /^ال../.test(n.norm) && !isNisba(n.norm) && !R.notNames.has(n.norm.slice(2))) {
      const n2 = tokens[i + 2];
      // (a title names the person after it: حي الشيخ رضوان، جبل الشيخ)
      const extend = isWord(n2) && !covered(n2!.start, n2!.end) && (R.directions.has(n2!.norm) || (PLACE_TITLES.has(n.norm) && !/^[وف]/.test(n2!.norm) && !NOT_A_NAME.has(n2!.norm)));
      // (the person's name the tagger read alone: حي الشيخ رضوان with رضوان a person)
      const person = isWord(n2) && PLACE_TITLES.has(n.norm) ? at.get(n2!.start) : undefined;
      const named = person && person.type === 'PERS' && person.end === n2!.end;
      if (named) drop.add(person!);
      const end = extend || named ? n2!.end : n.end;
      add.push({ start: head.start, end, text: text.slice(head.start, end), type: 'LOC' });
    }
  }
  return { add, drop };
}

/**
 * Person mentions that name a street or a facility (شارع الملك فهد، مخطط الأمير تركي، طريق سهل بن أبي حثمة): the
 * person's name right after a facility head, with at most two titles in between. They are no people of the report.
 */
export function facilityNames(tokens: readonly Token[], mentions: readonly NerMention[], titles: ReadonlySet<string>): Set<NerMention> {
  const R = placeRules();
  const out = new Set<NerMention>();
  if (!R.facilityHeads.size) return out;
  const index = new Map<number, number>();
  tokens.forEach((t, k) => index.set(t.start, k));
  for (const m of mentions) {
    if (m.type !== 'PERS') continue;
    let k = index.get(m.start);
    if (k === undefined) continue;
    for (let n = 0; n < 2 && k > 0 && titles.has(tokens[k - 1]!.norm.replace(/^ال/, '')); n++) k--;
    const h = tokens[k - 1];
    // (عن طريق is "by way of": عن طريق ستيفانو ستورارو names the passer, not a road)
    if (h && h.kind === 'word' && headAt(h, R.facilityHeads) && !(tokens[k - 2]?.norm === 'عن' && /^و?طريق$/.test(h.norm))) out.add(m);
  }
  return out;
}

/** Where the canal named by tokens t and n starts (قناة السويس، بقناة بنما), or null. */
export function waterwayAt(t: Token, n: Token | undefined): number | null {
  const R = placeRules();
  if (!n || !R.waterways.size || !R.waterwayHeads.some((h) => t.norm.endsWith(h))) return null;
  for (const r of readings(t.norm)) if (!r.def && R.waterways.has(`${r.stem} ${n.norm}`)) return startAfter(t, cutFor(t.norm, r));
  return null;
}

/** A folded word without its article is the head of a place or facility name (مدينة، منطقة، مطار، مستشفى …). */
export function isPlaceHead(bare: string): boolean {
  const R = placeRules();
  return R.nameHeads.has(bare) || R.regionHeads.has(bare) || R.facilityHeads.has(bare);
}

const SITE_ADJECTIVES = new Set(['الحرام', 'النبوي', 'الشريف'].map(fold));
const SITE_HEADS = /^[وفبل]?(المسجد|البيت|الحرم|الله|للمسجد)$/;

/**
 * One-word mentions that are the adjective of a holy site (المسجد الحرام، المسجد النبوي، بيت الله الحرام): the
 * tagger's الحرام is no organisation, and sites are not listed as entities. Linear in the mentions.
 */
export function siteAdjectives(tokens: readonly Token[], mentions: readonly NerMention[]): Set<NerMention> {
  const out = new Set<NerMention>();
  let index: Map<number, number> | null = null;
  for (const m of mentions) {
    if (m.type === 'PERS' || /\s/.test(m.text) || !SITE_ADJECTIVES.has(fold(m.text).replace(/^[وفبل]/, ''))) continue;
    index ??= new Map(tokens.map((t, k) => [t.start, k]));
    const k = index.get(m.start);
    if (k !== undefined && k > 0 && SITE_HEADS.test(tokens[k - 1]!.norm)) out.add(m);
  }
  return out;
}

