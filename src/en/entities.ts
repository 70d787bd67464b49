/**
 * English named entities from compromise's term tags (Person, Organization, Place, ProperNoun), trimmed to
 * capitalised words with exact offsets, typed by tag and lexicon (organisation words, acronyms), then clustered
 * per document: "Mr Straw" joins "Jack Straw", "BT" joins "British Telecom", "Sunderland" joins "Sunderland FC".
 */
import type { Entity, EntityType } from '../schema/records.js';
import type { EnLexicon } from './lexicon.js';
import { isKnownPlace } from './places.js';
import type { EnToken } from './tokens.js';

export interface EnMention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** first and last token index */
  first: number;
  last: number;
}

const SKIP_TAGS = ['Date', 'Month', 'WeekDay', 'Demonym', 'Pronoun', 'Value', 'Holiday'];
const LINKERS = new Set(['of', 'the', 'for', 'and', 'de', 'al', 'bin', 'von', 'van', 'du', 'la', 'del']);
const NOT_NAMES = new Set(['i', 'the', 'a', 'an', 'but', 'and', 'it', 'this', 'that', 'he', 'she', 'they', 'we', 'in', 'on', 'at', 'mr', 'mrs', 'ms', 'dr']);

export const isCap = (t: EnToken | undefined): boolean => !!t && t.kind === 'word' && /^[\p{Lu}]/u.test(t.text);

function possessiveEnd(t: EnToken): number {
  return /['’]s$/i.test(t.text) ? t.end - 2 : /s['’]$/.test(t.text) ? t.end - 1 : t.end;
}

/** Type of a run of capitalised tokens, or null when it is not a name worth keeping. */
function runType(tokens: EnToken[], first: number, last: number, lex: EnLexicon, sentStart: boolean): EntityType | null {
  const ts = tokens.slice(first, last + 1);
  const has = (tag: string) => ts.some((t) => t.tags.has(tag));
  const words = ts.filter((t) => !LINKERS.has(t.lower));
  if (words.every((t) => SKIP_TAGS.some((s) => t.tags.has(s)) || lex.notNames.has(t.text))) return null;
  if (sentStart && ts.length === 1 && !['ProperNoun', 'Place', 'Person', 'Acronym'].some((g) => ts[0]!.tags.has(g))) return null;
  if (words.length === 1 && (lex.honorifics.has(words[0]!.lower) || lex.roles.has(words[0]!.lower))) return null;
  const next = tokens[last + 1];
  const prev = tokens[first - 1];
  const lowerWord = (t: EnToken | undefined) => !!t && t.kind === 'word' && !isCap(t);
  if (ts.length === 1 && /^\p{Lu}\p{Ll}+(ish|ese|ian|ean|ic|i)$/u.test(ts[0]!.text) && lowerWord(next) && !isKnownPlace(ts[0]!.text)) return null;
  const lastWord = ts[ts.length - 1]!.lower.replace(/['’]s$/, '');
  if (lex.orgWords.has(lastWord) || has('Organization')) return 'ORG';
  if (ts.length === 1 && /^[A-Z]{2,6}s?$/.test(ts[0]!.text.replace(/['’]s$/, '')) && !has('Place')) return 'ORG';
  if (has('Place') || has('Country') || has('City') || has('Region')) return 'LOC';
  if (has('Person') || has('FirstName') || has('LastName') || has('Honorific')) return 'PERS';
  if (ts.length === 1 && (ts[0]!.tags.has('Demonym') || lex.notNames.has(ts[0]!.text))) return null;
  if (lowerWord(next) && lex.orgWords.has(next!.lower) && !has('Place')) return 'ORG';
  if (lowerWord(prev) && lex.orgWords.has(prev!.lower) && !has('Place') && !has('Person')) return 'ORG';
  if (isKnownPlace(ts.map((t) => t.text).join(' '))) return 'LOC';
  if (sentStart && ts.length === 1 && !has('ProperNoun')) return null;
  if (NOT_NAMES.has(ts[0]!.lower) && ts.length === 1) return null;
  return has('ProperNoun') || !sentStart ? 'MISC' : null;
}

/** Name mentions: maximal runs of capitalised words (with inner "of", "the", "and", "-" ...), typed. */
export function findMentions(text: string, tokens: EnToken[], sentIndex: Int32Array, lex: EnLexicon): EnMention[] {
  const out: EnMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!isCap(t) || t.tags.has('Pronoun')) {
      i++;
      continue;
    }
    let j = i;
    while (true) {
      const n = tokens[j + 1];
      if (!n || sentIndex[j + 1] !== sentIndex[i] || /['’]s$/.test(tokens[j]!.text)) break;
      const breaks = ['Date', 'WeekDay', 'Month'].some((g) => n.tags.has(g) || tokens[j]!.tags.has(g)) || lex.honorifics.has(n.lower);
      if (breaks) break;
      if (isCap(n) && n.start - tokens[j]!.end <= 1) j++;
      else if (n.kind === 'word' && LINKERS.has(n.lower) && n.lower !== 'and' && isCap(tokens[j + 2]) && !lex.roles.has(tokens[j]!.lower)) j += 2;
      else if (n.text === '-' && n.start === tokens[j]!.end && isCap(tokens[j + 2])) j += 2;
      else break;
    }
    // a leading honorific or role title belongs to the person, not to the name
    let first = i;
    while (first < j && (lex.roles.has(tokens[first]!.lower) || /^(foreign|home|prime|deputy|vice|chief|general|former|acting)$/i.test(tokens[first]!.text)) && !lex.honorifics.has(tokens[first]!.lower)) first++;
    const sentStart = i === 0 || sentIndex[i - 1] !== sentIndex[i] || /["“(]/.test(tokens[i - 1]!.text);
    // a sentence-initial ordinary word ("Details of ...", "Since ...") is not part of the name
    const common = ['Determiner', 'Preposition', 'Adverb', 'Conjunction', 'Verb', 'Pronoun', 'Plural'].some((g) => tokens[i]!.tags.has(g));
    if (first === i && sentStart && j > i && common && !tokens[i]!.tags.has('ProperNoun') && !tokens[i]!.tags.has('Honorific')) first++;
    while (first <= j && LINKERS.has(tokens[first]!.lower)) first++;
    // "US Commerce Secretary Gina Raimondo": the name follows the last title word; a place or acronym before it stands alone
    for (let k = j - 1; k > first; k--) {
      if (!lex.roles.has(tokens[k]!.lower) || lex.honorifics.has(tokens[k]!.lower)) continue;
      const lead = tokens[first]!;
      if (isKnownPlace(lead.text) || /^[A-Z]{2,5}$/.test(lead.text)) {
        const type = isKnownPlace(lead.text) ? 'LOC' : 'ORG';
        out.push({ start: lead.start, end: possessiveEnd(lead), text: text.slice(lead.start, possessiveEnd(lead)), type, first, last: first });
      }
      first = k + 1;
      break;
    }
    let last = j;
    while (last > first && LINKERS.has(tokens[last]!.lower)) last--;
    if (first <= last) {
      const type = runType(tokens, first, last, lex, sentStart && first === i);
      if (type) {
        const start = tokens[first]!.start;
        const end = possessiveEnd(tokens[last]!);
        out.push({ start, end, text: text.slice(start, end), type, first, last });
      }
    }
    i = j + 1;
  }
  return out;
}

const initials = (s: string) => s.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
const words = (s: string) => s.toLowerCase().split(/[\s-]+/).filter(Boolean);

/** Clusters mentions into document entities; returns the entities and, per mention, its entity index. */
export function clusterMentions(mentions: EnMention[], lex: EnLexicon, text = ''): { entities: Entity[]; of: number[] } {
  // "Electronic Arts (EA)", "Mumbai (Bombay)": the bracketed name is an alias of the one before it
  const aliasOf = new Map<number, number>();
  for (let k = 1; k < mentions.length; k++) {
    const a = mentions[k - 1]!;
    const b = mentions[k]!;
    if (/^\s*\($/.test(text.slice(a.end, b.start)) && text[b.end] === ')') aliasOf.set(k, k - 1);
  }
  const clusters: { type: EntityType; names: string[]; idx: number[] }[] = [];
  const bare = (s: string) => words(s).filter((w) => !lex.honorifics.has(w.replace(/\.$/, '')));
  const of: number[] = [];
  const byLen = mentions.map((m, k) => k).sort((a, b) => bare(mentions[b]!.text).length - bare(mentions[a]!.text).length);
  for (const k of byLen) {
    const m = mentions[k]!;
    const w = bare(m.text);
    let found = aliasOf.has(k) && of[aliasOf.get(k)!] !== undefined ? of[aliasOf.get(k)!]! : -1;
    for (let c = 0; c < clusters.length && found < 0; c++) {
      const cl = clusters[c]!;
      for (const name of cl.names) {
        const nw = bare(name);
        const sameType = cl.type === m.type || m.type === 'MISC' || cl.type === 'MISC';
        const nested = w.length > 0 && w.every((x) => nw.includes(x));
        const surname = m.type === 'PERS' && cl.type === 'PERS' && w.length === 1 && nw[nw.length - 1] === w[0];
        const acronym = /^[A-Z]{2,6}$/.test(m.text) && initials(name) === m.text;
        if (surname || acronym || (sameType && nested)) {
          found = c;
          break;
        }
      }
    }
    if (found < 0) {
      clusters.push({ type: m.type, names: [m.text], idx: [k] });
      found = clusters.length - 1;
    } else {
      clusters[found]!.names.push(m.text);
      clusters[found]!.idx.push(k);
      if (clusters[found]!.type === 'MISC' && m.type !== 'MISC') clusters[found]!.type = m.type;
    }
    of[k] = found;
  }
  const entities: Entity[] = clusters.map((c, n) => {
    const idx = [...c.idx].sort((a, b) => mentions[a]!.start - mentions[b]!.start);
    const name = c.names
      .map((s) => bare(s).length === words(s).length ? s : s.split(/\s+/).filter((w) => !lex.honorifics.has(w.toLowerCase().replace(/\.$/, ''))).join(' '))
      .sort((a, b) => words(b).length - words(a).length || b.length - a.length)[0]!;
    return {
      id: `en${n + 1}`,
      type: c.type,
      name,
      mentions: idx.map((k) => ({ start: mentions[k]!.start, end: mentions[k]!.end, text: mentions[k]!.text, type: mentions[k]!.type })),
    };
  });
  return { entities, of };
}
