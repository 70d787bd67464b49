/**
 * Speaker noun phrases around a cue: the subject left of it ("Foreign Secretary Jack Straw said", "its central
 * bank says"), the name before an apposition ("Rory Armes, studio general manager ..., told"), or the inverted
 * subject after it ("said Duncan Ingram, BT's managing director"). Then the phrase is split into role and name
 * and resolved to a document entity; pronouns go to the nearest compatible named entity before them.
 */
import type { Speaker } from '../schema/records.js';
import { PRONOUNS, type EnContext } from './context.js';
import { isCap } from './entities.js';
import type { EnToken } from './tokens.js';

export interface NounPhrase {
  first: number;
  last: number;
  /** appositive role tokens, if any */
  role: [number, number] | null;
}

const SKIP_LEFT = new Set(
  'has have had also recently later previously then now already further repeatedly once again reportedly publicly separately earlier yesterday today subsequently similarly simply would will apparently initially originally privately openly firmly clearly flatly strongly angrily only did does do just'.split(' '),
);
const STOP = new Set('that which who whom whose and but or as when while if because although though after before since where so than not to by with said says'.split(' '));
const PREP = new Set(['of', 'in', 'for', 'at', 'from', 'on']);
const NP_TAGS = ['Noun', 'Adjective', 'Determiner', 'Possessive', 'Value', 'Acronym', 'ProperNoun', 'Honorific', 'Cardinal', 'Ordinal'];
const TITLE_MODIFIERS = /^(foreign|home|prime|deputy|vice|chief|general|former|acting|interim|senior|junior|managing|executive|assistant|associate|principal|first|attorney|defence|defense|finance|health|interior|justice|trade|culture|education|environment|transport|energy|economy|culture|sports?|shadow|opposition|party|labour|tory|conservative|state|federal|national|regional|local|studio)$/i;

const npTag = (t: EnToken) => t.kind === 'word' && NP_TAGS.some((g) => t.tags.has(g)) && !(t.tags.has('Pronoun') && !t.tags.has('Possessive'));

/** Index left of `i` after adverbs and auxiliaries ("has also", "recently", "only"), or -1. */
export function skipLeft(ctx: EnContext, i: number): number {
  let k = i - 1;
  while (k >= 0 && ctx.sent[k] === ctx.sent[i]) {
    const t = ctx.tokens[k]!;
    if (t.kind !== 'word' || isCap(t)) break;
    if (!(SKIP_LEFT.has(t.lower) || (t.tags.has('Adverb') && t.lower.endsWith('ly')))) break;
    k--;
  }
  return k >= 0 && ctx.sent[k] === ctx.sent[i] ? k : -1;
}

/** The noun phrase ending at token k (walking left), with leading prepositions, dates and conjunctions stripped. */
export function walkLeft(ctx: EnContext, k: number, maxLen = 16): [number, number] | null {
  if (k < 0) return null;
  const { tokens } = ctx;
  const s = ctx.sent[k]!;
  const t0 = tokens[k]!;
  if (t0.kind === 'word' && PRONOUNS.has(t0.lower)) return [k, k];
  let a = k + 1;
  for (let j = k; j >= 0 && ctx.sent[j] === s && k - j < maxLen; j--) {
    const t = tokens[j]!;
    if (ctx.quoteOf[j] >= 0) break;
    if (t.kind === 'punct') {
      const joined = tokens[j - 1]?.end === t.start && tokens[j + 1]?.start === t.end;
      const possessive = /^['’]$/.test(t.text) && tokens[j - 1]?.end === t.start;
      if ((t.text === '-' && joined) || t.text === ')' || t.text === '(' || t.text === '&' || possessive) {
        a = j;
        continue;
      }
      break;
    }
    if (STOP.has(t.lower) && !isCap(t)) break;
    if (PREP.has(t.lower)) {
      const left = tokens[j - 1];
      if (left && ctx.sent[j - 1] === s && (npTag(left) || isCap(left) || left.text === ')') && !(left.tags.has('Verb') && !isCap(left))) {
        a = j;
        continue;
      }
      break;
    }
    if (isCap(t) || (npTag(t) && !(t.tags.has('Verb') && !t.tags.has('Noun')))) {
      a = j;
      continue;
    }
    break;
  }
  // strip what opens a clause rather than a noun phrase: "But", "On Thursday", "Earlier this year"
  let changed = true;
  while (changed && a <= k) {
    changed = false;
    const t = tokens[a]!;
    const dateish = ['Date', 'WeekDay', 'Month', 'Conjunction'].some((g) => t.tags.has(g)) || /^(but|and|so|however|meanwhile|then|now|earlier|later|last|this|next)$/i.test(t.text);
    if (PREP.has(t.lower) || t.tags.has('Preposition') || dateish || (t.kind === 'punct')) {
      a++;
      changed = true;
    }
  }
  if (a > k) return null;
  const hasHead = tokens.slice(a, k + 1).some((t) => t.tags.has('Noun') || t.tags.has('ProperNoun') || isCap(t));
  return hasHead ? [a, k] : null;
}

/** Subject of the cue at token i: left noun phrase, or the name before an apposition. */
export function leftSpeaker(ctx: EnContext, i: number): NounPhrase | null {
  const k = skipLeft(ctx, i);
  if (k < 0) return null;
  const t = ctx.tokens[k]!;
  if (t.text === ',') return commaChain(ctx, k);
  if ((t.kind !== 'word' && t.text !== ')') || (STOP.has(t.lower) && !isCap(t))) return null;
  const np = walkLeft(ctx, k);
  return np ? { first: np[0], last: np[1], role: null } : null;
}

/**
 * "NAME, ROLE, cue", "ROLE, NAME, 54, cue", "NAME, who …, cue": the sentence up to the cue is a chain of
 * comma-separated noun phrases (ages and relative clauses allowed); the speaker is the named one.
 */
function commaChain(ctx: EnContext, k: number): NounPhrase | null {
  const { tokens } = ctx;
  const [sa] = ctx.ranges[ctx.sent[k]!]!;
  const segs: [number, number][] = [];
  let end = k - 1;
  for (let j = k - 1; j >= sa - 1; j--) {
    if (j >= sa && ctx.quoteOf[j]! >= 0) return null;
    if (j < sa || tokens[j]!.text === ',') {
      if (j + 1 > end) return null;
      segs.unshift([j + 1, end]);
      end = j - 1;
    }
  }
  if (segs.length < 2 || segs.length > 4) return null;
  let name: [number, number] | null = null;
  const roles: [number, number][] = [];
  for (const [a, b] of segs) {
    const seg = tokens.slice(a, b + 1);
    if (seg.every((x) => x.tags.has('Value') || /^\d+$/.test(x.text))) continue;
    if (/^(who|which|whose)$/.test(seg[0]!.lower)) continue;
    if (seg.some((x) => x.tags.has('Verb') && !x.tags.has('Gerund') && !x.tags.has('Noun') && !x.tags.has('Adjective') && !isCap(x))) {
      if (a === segs[0]![0]) return null;
      continue;
    }
    const np = walkLeft(ctx, b, 24);
    if (!np || np[0] > a + 1) return null;
    const lastCap = isCap(tokens[b]) && !(a === sa && b === a && !tokens[b]!.tags.has('ProperNoun'));
    const hasRole = seg.some((x) => ctx.lex.roles.has(x.lower) || ctx.lex.roles.has(x.lower.replace(/^.*-/, '')));
    if (lastCap && !name && (!hasRole || isCap(tokens[a]))) name = np;
    else roles.push(np);
  }
  if (!name) return null;
  const role = roles[0] ?? null;
  return { first: name[0], last: name[1], role };
}

/** The subject that opens the sentence of token i (for "..., and also said", "..., adding that"). */
export function sentenceSubject(ctx: EnContext, i: number): NounPhrase | null {
  const [a] = ctx.ranges[ctx.sent[i]!]!;
  let j = a;
  while (j < i && ctx.tokens[j]!.kind === 'word' && !(ctx.tokens[j]!.tags.has('Verb') && !isCap(ctx.tokens[j]!))) j++;
  if (j === a || j >= i) return null;
  const np = walkLeft(ctx, skipLeft(ctx, j));
  return np ? { first: np[0], last: np[1], role: null } : null;
}

/** Inverted subject right after a cue ("said Mr Ingram", "said a spokesman for the firm"), with its apposition. */
export function rightSpeaker(ctx: EnContext, j: number): NounPhrase | null {
  const { tokens } = ctx;
  const s = ctx.sent[j - 1]!;
  let b = j - 1;
  for (let k = j; k < tokens.length && ctx.sent[k] === s && k - j < 12; k++) {
    const t = tokens[k]!;
    if (ctx.quoteOf[k] >= 0 || t.kind === 'punct') break;
    if (PREP.has(t.lower) && b >= j && isCap(tokens[k + 1])) {
      b = k;
      continue;
    }
    if (STOP.has(t.lower) || PREP.has(t.lower)) break;
    if (isCap(t) || npTag(t) || PRONOUNS.has(t.lower)) {
      b = k;
      if (PRONOUNS.has(t.lower)) break;
      continue;
    }
    break;
  }
  while (b >= j && PREP.has(tokens[b]!.lower)) b--;
  if (b < j) return null;
  const np = tokens.slice(j, b + 1);
  if (!np.some((t) => t.tags.has('Noun') || isCap(t) || PRONOUNS.has(t.lower))) return null;
  let role: [number, number] | null = null;
  if (tokens[b + 1]?.text === ',' && ctx.sent[b + 1] === s) {
    let e = b + 2;
    while (e < tokens.length && ctx.sent[e] === s && ctx.quoteOf[e] < 0 && !/^(who|which|and|but)$/.test(tokens[e]!.lower) && e - b < 24) e++;
    e--;
    while (e > b + 1 && tokens[e]!.kind === 'punct') e--;
    if (e > b + 1) role = [b + 2, e];
  }
  return { first: j, last: b, role };
}

export interface SpeakerParts {
  /** token range of the written name or phrase */
  first: number;
  last: number;
  role: string | null;
  pronoun: boolean;
  named: boolean;
}

/** Splits "Foreign Secretary Jack Straw" into role "Foreign Secretary" and name "Jack Straw". */
export function splitRole(ctx: EnContext, np: NounPhrase): SpeakerParts {
  const { tokens, lex, text } = ctx;
  const slice = (a: number, b: number) => text.slice(tokens[a]!.start, tokens[b]!.end);
  const appos = np.role ? slice(np.role[0], np.role[1]) : null;
  if (np.first === np.last && PRONOUNS.has(tokens[np.first]!.lower)) {
    return { first: np.first, last: np.last, role: appos, pronoun: true, named: false };
  }
  // the name: capitalised words at the end of the phrase
  let n = np.last;
  while (n > np.first && (isCap(tokens[n - 1]) || (tokens[n - 1]!.text === '-' && isCap(tokens[n - 2])))) n--;
  const last = tokens[np.last]!;
  const opensSentence = np.last === 0 || ctx.sent[np.last - 1] !== ctx.sent[np.last] || /^(the|a|an|but|and)$/i.test(tokens[np.last - 1]!.text);
  const commonWord = opensSentence && !last.tags.has('ProperNoun') && !last.tags.has('Acronym') && ctx.mentionAt[np.last]! < 0;
  const endsCap = isCap(last) && !commonWord;
  if (!endsCap) return { first: np.first, last: np.last, role: appos, pronoun: false, named: false };
  let p = -1;
  for (let k = np.first; k <= np.last; k++) {
    const w = tokens[k]!.lower;
    if ((lex.roles.has(w) || lex.roles.has(w.replace(/^.*-/, ''))) && !lex.honorifics.has(w)) p = k;
  }
  if (p === np.last) return { first: np.first, last: np.last, role: appos, pronoun: false, named: false };
  let first = Math.max(n, p + 1);
  if (p < 0 && first > np.first) {
    // "Microsoft chief" style modifiers are kept out of the name only when a title word precedes the name
    const lead = tokens.slice(np.first, first);
    if (!lead.every((t) => TITLE_MODIFIERS.test(t.text) || /^(the|a|an)$/i.test(t.text))) first = np.first;
  }
  while (first < np.last && TITLE_MODIFIERS.test(tokens[first]!.text) && lex.roles.has(tokens[first + 1]!.lower)) first += 2;
  const lead = first > np.first ? slice(np.first, first - 1).replace(/^(the|a|an)\s+/i, '') : null;
  const role = [lead, appos].filter(Boolean).join(', ') || null;
  return { first, last: np.last, role, pronoun: false, named: true };
}

export type SpeakerDraft = Omit<Speaker, 'name' | 'entityId' | 'type'> & Partial<Pick<Speaker, 'name' | 'entityId' | 'type'>>;
