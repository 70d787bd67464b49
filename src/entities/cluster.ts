/** Document-level entity clusters from NER mentions. */
import { placeEpithets } from './epithets.js';
import type { Entity, EntityType } from '../schema/records.js';
import type { NerMention } from '../ner/index.js';
import { fold } from '../text/normalize.js';
import { tokenize } from '../text/tokenize.js';
import { mentionName, titleWords } from './names.js';
import { isKnownName, placeCandidates } from './places.js';
import { entityLexicon } from './lexicon.js';
import { mergeMentions } from './merge.js';
import { ruleMentions, type RuleMention } from './rules.js';
import { adjectivalPlaces, knownPlaceMentions } from './known-places.js';
import { monthMentions } from './months.js';
import { kingdomMentions } from './kingdom.js';
import { facilityNames, placeHeadMentions, siteAdjectives } from './place-heads.js';
import { locatedOrgPlaces } from './located-org.js';
import { datelinePlaces } from './dateline.js';
import { titleBodies } from './title-orgs.js';
import { notPersons } from './not-persons.js';
import { joinSplitNames, personSpans, thatCut } from './person-spans.js';
import { orgTails } from './org-tails.js';
import { lexicon as speechLexicon } from '../speech/lexicon.js';
import { orgAliasGroup } from './org-aliases.js';

/** Titles between a facility head and the person it is named after (شارع الملك فهد، مخطط الأمير تركي). */
const FACILITY_TITLES: ReadonlySet<string> = new Set(['ملك', 'امير', 'اميره', 'شيخ', 'امام', 'سلطان', 'خليفه', 'رئيس']);
import { countryOf, placeHeadOnly } from './country.js';

export interface ClusterOptions {
  /** add organisation mentions from the head-noun rules and the known-organisation list (default true) */
  rules?: boolean;
  /** add LOC mentions for the reliable place names of models/gazetteers/known-places.json (default true; off
   * when that list is rebuilt, so it is not learned from its own output) */
  knownPlaces?: boolean;
}

interface Group {
  key: string;
  words: string[];
  names: Map<string, number>;
  mentions: NerMention[];
  types: Map<EntityType, number>;
  first: number;
  parent: Group | null;
  /** canonical name of a known organisation */
  canon: string | null;
  /** a mention follows بن/ابن (وأضاف ابن حمد): the name is a patronymic reference */
  patronym?: boolean;
}

const bare = (w: string) => (w.length > 4 && w.startsWith('ال') ? w.slice(2) : w);
/** Spellings the press uses side by side for one word: أميركا/أمريكا، الأوروبي/الأوربي. */
const variant = (w: string) => w.replace(/^(ال)?اميرك/, '$1امريك').replace(/^(ال)?اوروب/, '$1اورب');
/** Quotes inside a name (منظمة "أوبك) are no part of it. */
const INNER_QUOTES = /["'«»“”„]/g;
/** Folded, article-less words as the organisation list keys them (عبدالعزيز one word). */
const listKey = (name: string) => fold(name.replace(INNER_QUOTES, ' ')).split(/\s+/).filter(Boolean).map(variant).map(bare);
/** Folded, article-less words of a name; a compound with عبد is two words (عبدالله ↔ عبد الله، العبدالله). */
/** Whether the word before `start` is a title (الدكتور، الشيخ). */
function afterTitle(text: string, start: number): boolean {
  const before = /(\S+)\s+$/.exec(text.slice(Math.max(0, start - 16), start));
  return !!before && titleWords().has(fold(before[1]!));
}

function matchKey(name: string): string[] {
  const out: string[] = [];
  for (const w of fold(name.replace(INNER_QUOTES, ' ')).split(/\s+/)) {
    if (!w) continue;
    const abd = /^(?:ال)?عبد(.{3,})$/.exec(w);
    if (abd) out.push('عبد', abd[1]!);
    else out.push(w);
  }
  return out.map(variant).map(bare);
}

function root(g: Group): Group {
  while (g.parent) g = g.parent;
  return g;
}

function majority<T>(m: Map<T, number>): T {
  let best: T | undefined;
  let n = -1;
  for (const [k, v] of m) if (v > n) [best, n] = [k, v];
  return best!;
}

/** Canonical name of a known organisation named by folded, article-less words (also after a head noun). */
function knownOrg(words: string[], ruleKey: string | undefined): string | null {
  if (ruleKey) return ruleKey;
  const lex = entityLexicon();
  const k = lex.orgKey.get(words.join(' '));
  if (k) return k;
  if (words.length > 1 && lex.heads.has(words[0]!)) return lex.orgKey.get(words.slice(1).join(' ')) ?? null;
  return null;
}

/** Folded, article-less ORG names that are no organisation: a community (الشيعة، الأكراد),
 * common nouns the tagger reads as bodies (هيئة التدريس، غرفة العمليات). */
const NOT_ORGS: ReadonlySet<string> = new Set(
  ['شيعه', 'اكراد', 'دروز', 'اقباط', 'سنه', 'سيلفي', 'ذئاب منفرده', 'هيئه تدريس', 'غرفه عمليات'],
);
/** An ORG name that is only head nouns or a nationality adjective (منظمة، سوري): not a name. */
function junkOrg(words: string[]): boolean {
  const lex = entityLexicon();
  if (NOT_ORGS.has(words.join(' '))) return true;
  if (words.every((w) => lex.heads.has(w) || lex.definiteHeads.has(w))) return true;
  if (words.length !== 1) return false;
  const w = words[0]!;
  if (lex.nationality.has(w) || lex.nationality.has('ال' + w) || lex.nationality.has(w + 'ه') || lex.nationality.has('ال' + w + 'ه')) return true;
  return placeNisba(w);
}

/** A nisba adjective of a place (يوناني، اليمنية ← اليونان، اليمن), article-less folded. */
function placeNisba(w: string): boolean {
  const b = w.endsWith('يه') ? w.slice(0, -2) : w.endsWith('ي') ? w.slice(0, -1) : '';
  if (b.length < 3) return false;
  return [b, 'ال' + b, b + 'ا', b + 'يا'].some((x) => placeCandidates(x).some((c) => c[4] === 'country'));
}

/** `long` is `short` followed by nisba adjectives only (وكالة أنباء الشرق الأوسط الرسمية). */
function adjectiveTail(long: string[], short: string[]): boolean {
  return short.every((w, i) => long[i] === w) && long.slice(short.length).every((w) => /يه?$/.test(w));
}

/** Whether two groups may be one entity by name containment: `short` inside `long`. */
function nests(long: Group, short: Group, type: EntityType): boolean {
  const a = long.words;
  const b = short.words;
  if (short.canon && long.canon !== short.canon && !(long.canon === null && adjectiveTail(a, b))) return false;
  // (an unlisted short form joins a listed full name: صندوق النقد → صندوق النقد الدولي، حزب العمال → حزب العمال الكردستاني)
  if (type === 'ORG') {
    const heads = entityLexicon().heads;
    const prefix = (x: string[]) => b.every((w, i) => x[i] === w);
    return prefix(a) || (heads.has(a[0]!) && prefix(a.slice(1)));
  }
  if (type === 'PERS' && !short.patronym ? containsNotAfter(a, b, PATRONYMIC) : contains(a, b)) return true;
  if (type !== 'PERS' || b.length < 2 || a[0] !== b[0] || a[a.length - 1] !== b[b.length - 1]) return false;
  let i = 0;
  for (const w of a) if (w === b[i]) i++;
  return i === b.length;
}

/** Index of the word opening a location at the end of an organisation's name (… في بيشة، … بمنطقة عسير، …
 * بالمنطقة الشرقية، … بجدة), or -1. */
function locationAt(words: string[]): number {
  for (let k = 1; k < words.length; k++) {
    const w = words[k]!;
    if (w === 'في' && k + 1 < words.length) return k;
    if (w.length > 3 && w[0] === 'ب' && (/^ب(ال)?(منطقه|محافظه|عاصمه|مدينه)$/.test(w) || isKnownName(w.slice(1)))) return k;
  }
  return -1;
}

interface Draft {
  first: number;
  type: EntityType;
  name: string;
  mentions: { start: number; end: number; text: string; type: EntityType }[];
}

/** LOC entities naming the same country (سوريا ↔ سورية، بريطانيا ↔ المملكة المتحدة، السعودية ↔ المملكة) become one. */
function mergeCountries(entities: Draft[]): void {
  const byCountry = new Map<string, Draft>();
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i]!;
    if (e.type !== 'LOC') continue;
    const cc = countryOf([e.name, ...e.mentions.map((m) => m.text)]);
    if (!cc) continue;
    const into = byCountry.get(cc);
    if (!into) {
      byCountry.set(cc, e);
      continue;
    }
    const keep = e.mentions.length > into.mentions.length ? e.name : into.name;
    into.mentions = [...into.mentions, ...e.mentions].sort((a, b) => a.start - b.start);
    into.first = into.mentions[0]!.start;
    into.name = keep;
    entities.splice(i--, 1);
  }
}

/** Words before a father's name (سلمان بن عبدالعزيز): a name after them is not the person's own. */
const PATRONYMIC: ReadonlySet<string> = new Set(['بن', 'ابن', 'بنت']);

/** Whether `short` occurs inside `long`, not right after one of `not` (عبدالعزيز in سلمان بن عبدالعزيز). */
function containsNotAfter(long: string[], short: string[], not: ReadonlySet<string>): boolean {
  outer: for (let i = 0; i + short.length <= long.length; i++) {
    if (i > 0 && not.has(long[i - 1]!) && !not.has(short[0]!)) continue;
    for (let j = 0; j < short.length; j++) if (long[i + j] !== short[j]) continue outer;
    return true;
  }
  return false;
}

/** Whether the words `long` end with `short`. */
const endsWith = (long: string[], short: string[]) => short.every((w, i) => long[long.length - short.length + i] === w);

/** Whether `short` occurs as a contiguous run of words inside `long`. */
function contains(long: string[], short: string[]): boolean {
  outer: for (let i = 0; i + short.length <= long.length; i++) {
    for (let j = 0; j < short.length; j++) if (long[i + j] !== short[j]) continue outer;
    return true;
  }
  return false;
}

const OPENERS: Record<string, string> = { '(': ')', '[': ']', '«': '»', '"': '"', '“': '”', '”': '”', "'": "'" };

/** Index of the bracket or quote opening right after a name ending at `from` (past a quote closing the name), or -1. */
function aliasBracket(text: string, from: number): number {
  let k = from;
  while (text[k] === ' ') k++;
  if (text[k] === '»' || text[k] === '”' || ((text[k] === '"' || text[k] === "'") && !/[^\s"']/.test(text[k + 1] ?? ' '))) {
    k++;
    while (text[k] === ' ') k++;
  }
  return k < from + 4 && OPENERS[text[k] ?? ''] ? k : -1;
}

/**
 * Pairs of groups (organisation, alias) where the alias fills a bracket or quote that follows the organisation's
 * name (… الصين الجديدة (شينخوا)، … الكويتية "كونا"، … الأمريكية (إف. بي. أي.)): the bracket holds ORG/MISC mentions
 * and nothing else but initials' dots and letters.
 */
function bracketAliases(text: string, sorted: NerMention[], groupOf: Map<NerMention, Group>): [Group, Group][] {
  const out: [Group, Group][] = [];
  const heads = entityLexicon().heads;
  for (let i = 0; i < sorted.length; i++) {
    const m = sorted[i]!;
    if (m.type !== 'ORG') continue;
    // (the name itself may be quoted: «الدولة الإسلامية» (داعش))
    const k = aliasBracket(text, m.end);
    const g = k < 0 ? undefined : groupOf.get(m);
    if (!g) continue;
    // (ومنظمة "أنقذوا الأطفال": a quote after a bare head noun is the name itself)
    const last = g.words[g.words.length - 1]!;
    if (heads.has(last) || heads.has(last.slice(1))) continue;
    // (looked for within 40 characters only: a quotation mark never closed must not send each mention to the end of the
    // text)
    const rel = text.slice(k + 1, k + 41).indexOf(OPENERS[text[k]!]!);
    if (rel < 0) continue;
    const end = k + 1 + rel;
    const inner: Group[] = [];
    let rest = '';
    let at = k + 1;
    for (let j = i + 1; j < sorted.length && sorted[j]!.start < end; j++) {
      const x = sorted[j]!;
      if (x.start < at) continue;
      const h = groupOf.get(x);
      if (x.end > end || (x.type !== 'ORG' && x.type !== 'MISC') || !h) {
        inner.length = 0;
        break;
      }
      rest += text.slice(at, x.start) + ' ';
      at = x.end;
      if (h !== g) inner.push(h);
    }
    rest += text.slice(at, end);
    if (inner.length === 0 || rest.split(/[\s.,،\-]+/).some((w) => w.length > 3)) continue;
    for (const h of inner) if (majority(h.types) === 'ORG') out.push([g, h]);
  }
  return out;
}

/**
 * Clusters mentions into entities: identical names (after fold, title and proclitic removal), and shorter
 * names contained in exactly one longer name of the same type (last names, first names, "تنظيم داعش" ↔ "داعش").
 * The canonical name is the fullest form.
 */
export function clusterEntities(text: string, mentions: NerMention[], options: ClusterOptions = {}): Entity[] {
  const tokens = tokenize(text);
  const docWords = new Set(tokens.map((t) => t.norm));
  if (options.rules !== false) {
    mentions = placeEpithets(text, personSpans(text, mentions));
    mentions = mergeMentions(mentions, ruleMentions(text, tokens, mentions));
    mentions = [...mentions, ...kingdomMentions(text, tokens, mentions)];
    const places = placeHeadMentions(text, tokens, mentions);
    if (places.add.length) mentions = [...mentions.filter((m) => !places.drop.has(m)), ...places.add];
    mentions = [...mentions, ...locatedOrgPlaces(text, tokens, mentions)];
    const dateline = datelinePlaces(text, mentions);
    if (dateline.add.length) mentions = [...mentions.filter((m) => !dateline.drop.has(m)), ...dateline.add];
    // (a place word inside a dropped facility name, شارع الرياض، مستشفى جدة, stays unmarked)
    const covering = mentions;
    const facilities = facilityNames(tokens, mentions, FACILITY_TITLES);
    if (facilities.size) mentions = mentions.filter((m) => !facilities.has(m));
    const sites = siteAdjectives(tokens, mentions);
    if (sites.size) mentions = mentions.filter((m) => !sites.has(m));
    if (options.knownPlaces !== false) mentions = [...mentions, ...knownPlaceMentions(text, tokens, covering)];
    const adjectives = adjectivalPlaces(tokens, mentions);
    if (adjectives.size) mentions = mentions.filter((m) => !adjectives.has(m));
    const months = monthMentions(tokens, mentions);
    if (months.size) mentions = mentions.filter((m) => !months.has(m));
    const titled = titleBodies(text, mentions);
    const nobody = notPersons(text, mentions);
    if (titled.size || nobody.size) mentions = mentions.filter((m) => !titled.has(m) && !nobody.has(m));
    mentions = joinSplitNames(text, orgTails(text, mentions).map((m) => thatCut(text, m)));
  }
  const lex = entityLexicon();
  const known = (f: string) => docWords.has(f) || isKnownName(f) || lex.orgKey.has(f);
  // (a known first name is whole: فيصل is no ف + يصل, though يصل is a word of the document)
  const firstNames = speechLexicon().firstNames;
  const knownWhole = (f: string) => isKnownName(f) || lex.heads.has(f) || lex.orgKey.has(f) || firstNames.has(f);
  // (a person's name of several words loses a bare ب, ف, ك or ل only before a name the lists know, not before any word of
  // the document: بترو بوروشنكو is no ب + ترو)
  const knownPerson = (f: string) => firstNames.has(f) || (f.length >= 4 && (isKnownName(f) || lex.orgKey.has(f)));
  // (a one-word person name written with ب or ل at least twice, and never without it, keeps the letter: بارنز)
  // (counted on first use: few documents have such a name)
  let wordCount: Map<string, number> | null = null;
  const countOf = (w: string) => {
    if (!wordCount) {
      wordCount = new Map();
      for (const t of tokens) wordCount.set(t.norm, (wordCount.get(t.norm) ?? 0) + 1);
    }
    return wordCount.get(w) ?? 0;
  };
  // (with ك or ف, once is enough: "like" and "so" seldom stand before a person's name: وأضاف كامل، وتضيف كريبنر)
  const inDoc = (f: string) => docWords.has(f);
  const bareInDoc = (f: string) => docWords.has(f) || !(['ب', 'ل'].some((p) => countOf(p + f) >= 2) || ['ك', 'ف'].some((p) => countOf(p + f) >= 1));
  const groups = new Map<string, Group>();
  const groupOf = new Map<NerMention, Group>();
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const m of sorted) {
    // (a person's name right after a title keeps its first letter unless the document writes the rest bare: الدكتور
    // بريكان الشلوي is no ب + ريكان; وأشاد الوزير بأوباما is)
    const letter = m.type !== 'PERS' ? undefined : afterTitle(text, m.start) ? inDoc : !/\s/.test(m.text.trim()) ? bareInDoc : undefined;
    // (a و before it is the conjunction whatever the rest is: وكين ماكينتوش; but not right after a verb of speech, whose
    // subject it is: وقال وانغ يي is no و + انغ)
    const wau = m.type === 'PERS' && /^و/.test(fold(m.text.trim()));
    // (… nor a ب right after a verb of speech that takes no ب: وقال بيارا باور is no ب + يارا)
    const ba = m.type === 'PERS' && /^ب/.test(fold(m.text.trim())) && /\s/.test(m.text.trim()) && afterSpeechVerb(text, m.start, 'ب');
    const name = (wau && afterSpeechVerb(text, m.start)) || ba
      ? mentionName(m.text, () => false, knownWhole, letter)
      : mentionName(m.text, m.type === 'PERS' && !letter && !wau ? knownPerson : known, knownWhole, letter);
    const words = matchKey(name);
    if (words.length === 0 || (m.type === 'ORG' && junkOrg(words) && !(m as RuleMention).key) || (m.type === 'LOC' && placeHeadOnly(words))) continue;
    // (a MISC mention of a known organisation's name is that organisation: "داعش" tagged MISC beside تنظيم داعش)
    const canon = m.type === 'ORG' || m.type === 'MISC' || (m as RuleMention).key ? knownOrg(listKey(name), (m as RuleMention).key) : null;
    const key = canon ? `\u0001${canon}` : words.join(' ');
    let g = groups.get(key);
    if (!g) {
      g = { key, words, names: new Map(), mentions: [], types: new Map(), first: m.start, parent: null, canon };
      groups.set(key, g);
    }
    if (m.type === 'PERS' && PATRONYMIC.has(fold(/(\S+)\s*$/.exec(text.slice(Math.max(0, m.start - 12), m.start))?.[1] ?? ''))) g.patronym = true;
    g.names.set(name, (g.names.get(name) ?? 0) + 1);
    g.mentions.push(m);
    groupOf.set(m, g);
    g.types.set(m.type, (g.types.get(m.type) ?? 0) + 1);
  }
  const list = [...groups.values()];
  const typeOf = (g: Group) => majority(g.types);
  // one body located twice (جمعية الثقافة والفنون بمحافظة بيشة ↔ … في بيشة, حرس الحدود ↔ … بالمنطقة الشرقية)
  const byBase = new Map<string, Group>();
  for (const g of list) {
    if (typeOf(g) !== 'ORG' || g.canon) continue;
    const k = locationAt(g.words);
    const base = (k > 0 ? g.words.slice(0, k) : g.words).join(' ');
    const into = byBase.get(base);
    if (!into) byBase.set(base, g);
    else if (root(into) !== root(g) && (k > 0 || locationAt(into.words) > 0)) {
      if (k > 0) root(g).parent = root(into);
      else {
        root(into).parent = root(g);
        byBase.set(base, g);
      }
    }
  }
  // a short name in brackets or quotes right after an organisation's name is its alias (وكالة أنباء الصين الجديدة
  // (شينخوا)، وزارة الدفاع الأمريكية "البنتاجون")
  for (const [a, b] of bracketAliases(text, sorted, groupOf)) {
    const ra = root(a);
    const rb = root(b);
    if (ra !== rb) rb.parent = ra;
  }
  // well-known names of one body that share no words (وزارة الدفاع الأمريكية ↔ البنتاغون، وكالة الأنباء الكويتية ↔ كونا)
  const byAlias = new Map<number, Group>();
  for (const g of list) {
    if (typeOf(g) !== 'ORG') continue;
    for (const n of g.names.keys()) {
      const a = orgAliasGroup(listKey(n).join(' '));
      if (a < 0) continue;
      const into = byAlias.get(a);
      if (!into) byAlias.set(a, g);
      else if (root(into) !== root(g)) root(g).parent = root(into);
      break;
    }
  }
  // the first mention of a group with all the groups joined to it
  const firstOf = (h: Group) => Math.min(...list.filter((x) => root(x) === h).map((x) => x.first));
  // longest first, so a short name attaches to the fullest form containing it
  const byLength = [...list].sort((a, b) => b.words.length - a.words.length || a.first - b.first);
  for (const g of byLength) {
    if (g.parent) continue; // (already one with a located form of its name)
    const targets = new Set<Group>();
    const ending = new Set<Group>();
    for (const h of byLength) {
      if (h.words.length <= g.words.length) break;
      if (typeOf(h) !== typeOf(g) || !nests(h, g, typeOf(g))) continue;
      if (root(h) === g) continue;
      // (a lone first name refers back to a full name, not ahead to one: in عبدالله [الركيان] … ، عبدالله المحيطب the
      // first mention is a name the tagger cut short, someone else)
      // (a compound first name counts as one: عبد الله)
      const firstName = g.words.length === 1 || (g.words.length === 2 && /^(عبد|ابو|أبو)$/.test(g.words[0]!));
      if (typeOf(g) === 'PERS' && firstName && g.words.every((w, k) => h.words[k] === w) && !endsWith(h.words, g.words) && g.first < h.first) continue;
      targets.add(root(h));
      if (endsWith(h.words, g.words)) ending.add(root(h));
    }
    if (targets.size === 1) g.parent = [...targets][0]!;
    // a surname refers to the one name it ends, not to a span that runs on after it (كيري ↔ جون كيري، كيري وليو)
    else if (targets.size > 1 && typeOf(g) === 'PERS' && ending.size === 1) g.parent = [...ending][0]!;
    // (… or, of several, the one alone introduced before the surname's first use: الممثل ويل سميث … وقال سميث … هما
    // جادين سميث والمغنية ويلو سميث)
    // (not a word that opens another name, a first name too: سعود of سعود الفيصل)
    else if (targets.size > 1 && typeOf(g) === 'PERS' && ending.size > 1 && g.words.length === 1 && !list.some((h) => h.words.length > 1 && h.words[0] === g.words[0])) {
      const before = [...ending].filter((h) => firstOf(h) < g.first);
      if (before.length === 1) g.parent = before[0]!;
    }
  }
  const clusters = new Map<Group, Group[]>();
  for (const g of list) {
    const r = root(g);
    clusters.set(r, [...(clusters.get(r) ?? []), g]);
  }
  const entities: Draft[] = [...clusters.values()].map((members) => {
    const mentionsOf = members.flatMap((g) => g.mentions).sort((a, b) => a.start - b.start);
    const types = new Map<EntityType, number>();
    for (const m of mentionsOf) types.set(m.type, (types.get(m.type) ?? 0) + 1);
    const longest = Math.max(...members.map((g) => g.words.length));
    const names = new Map<string, number>();
    for (const g of members) if (g.words.length === longest) for (const [n, c] of g.names) names.set(n, (names.get(n) ?? 0) + c);
    return {
      first: mentionsOf[0]!.start,
      type: majority(types),
      name: majority(names),
      mentions: mentionsOf.map((m) => ({ start: m.start, end: m.end, text: m.text, type: m.type })),
    };
  });
  mergeCountries(entities);
  entities.sort((a, b) => a.first - b.first);
  return entities.map((e, i) => ({ id: `e${i + 1}`, type: e.type, name: e.name, mentions: e.mentions }));
}

/** The word before `start` is a verb of speech (قال، وأضاف، يقول): the name after it is its subject. */
function afterSpeechVerb(text: string, start: number, prep?: string): boolean {
  const before = /(\S+)\s+$/.exec(text.slice(Math.max(0, start - 24), start));
  if (!before) return false;
  const form = speechLexicon().cues.get(fold(before[1]!));
  // (`prep`: a verb that takes that preposition, أشاد ب، طالب ب، may have it before a name)
  return !!form && (form.kind === 'past' || form.kind === 'pres') && !form.object && !(prep && (form.entry.preps ?? []).some((p) => fold(p) === prep || p === prep));
}
