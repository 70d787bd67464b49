/**
 * The English path: the same records as the Arabic pipeline, from English news text, built on compromise
 * (loaded on the first English document, so importing qawl stays light).
 *
 *   const { claims, entities } = await extractEnglish('"It is a good deal," Mr Straw said.');
 */
import type { Claim, Entity, Place, Span } from '../schema/records.js';
import { findClaims } from './claims.js';
import { buildContext } from './context.js';
import { clusterMentions, findMentions, isCap, type EnMention } from './entities.js';
import { enLexicon } from './lexicon.js';
import { findQuotes } from './quotes.js';
import { linkEnglishPlaces } from './places.js';
import { resolveClaims } from './resolve.js';
import { splitRole } from './speaker.js';
import { buildTokens, sentenceSpans, type CompromiseTerm } from './tokens.js';

export interface EnglishResult {
  sentences: Span[];
  entities: Entity[];
  claims: Claim[];
  places: Place[];
}

export interface EnglishOptions {
  /** links LOC entities to places (default: GeoNames English names in models/en/places.json) */
  linkPlaces?: (entities: Entity[], text: string) => Place[];
}

type Nlp = (text: string) => { json(o: object): { terms: CompromiseTerm[] }[] };
let loading: Promise<Nlp> | null = null;

/** Loads compromise once; later calls reuse it. */
export function loadEnglish(): Promise<Nlp> {
  loading ??= import('compromise').then((m) => (m.default ?? m) as unknown as Nlp);
  return loading;
}

/** Extracts sentences, entities, claims and places from one English report. */
export async function extractEnglish(text: string, options: EnglishOptions = {}): Promise<EnglishResult> {
  const nlp = await loadEnglish();
  const lex = enLexicon();
  const terms = nlp(text).json({ offset: true, terms: { offset: true } }).flatMap((s) => s.terms);
  const tokens = buildTokens(text, terms);
  const { spans: sentences, index } = sentenceSpans(text, tokens);
  const quotes = findQuotes(text);
  let mentions = findMentions(text, tokens, index, lex);
  let { entities, of } = clusterMentions(mentions, lex, text);
  let ctx = buildContext(text, tokens, index, sentences, quotes, mentions, of, entities, lex);
  const raw = findClaims(ctx);
  // named speakers the tagger missed ("Sunil Mendis told") become person or organisation mentions
  const extra: EnMention[] = [];
  let retyped = false;
  for (const r of raw) {
    if (!r.speaker) continue;
    const parts = splitRole(ctx, r.speaker);
    if (!parts.named) continue;
    let a = parts.first;
    if (lex.honorifics.has(tokens[a]!.lower)) a++;
    if (a > parts.last || !tokens.slice(a, parts.last + 1).every(isCap)) continue;
    const head = tokens[parts.last]!.lower;
    const type = lex.orgWords.has(head) || parts.last === a ? 'ORG' : 'PERS';
    let covered = false;
    for (let k = a; k <= parts.last; k++) {
      const m = ctx.mentionAt[k]!;
      if (m < 0) continue;
      covered = true;
      if (mentions[m]!.type === 'MISC') {
        mentions[m]!.type = type;
        retyped = true;
      }
    }
    if (covered) continue;
    const start = tokens[parts.first]!.start;
    const end = tokens[parts.last]!.end;
    extra.push({ start, end, text: text.slice(start, end), type, first: parts.first, last: parts.last });
  }
  if (extra.length || retyped) {
    mentions = [...mentions, ...extra].sort((x, y) => x.start - y.start);
    ({ entities, of } = clusterMentions(mentions, lex, text));
    ctx = buildContext(text, tokens, index, sentences, quotes, mentions, of, entities, lex);
  }
  const claims = resolveClaims(ctx, raw);
  const places = (options.linkPlaces ?? linkEnglishPlaces)(entities, text);
  return { sentences, entities, claims, places };
}
