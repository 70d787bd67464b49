/**
 * From raw claims to records: speakers described (role, canonical name, entity, type), pronouns resolved to the
 * nearest compatible named entity before them, and quotations that open a sentence with no attribution of their
 * own ("…," he said. "…") attributed to the claim before them, with its cue.
 */
import type { Claim, Speaker } from '../schema/records.js';
import type { RawClaim } from './claims.js';
import { PRONOUNS, type EnContext } from './context.js';
import { splitRole, type NounPhrase } from './speaker.js';

type SpeakerType = NonNullable<Speaker['type']>;

function entityOfTokens(ctx: EnContext, a: number, b: number): number {
  for (let k = b; k >= a; k--) {
    const m = ctx.mentionAt[k]!;
    if (m >= 0) return ctx.entityOf[m]!;
  }
  return -1;
}

const toSpeakerType = (t: string): SpeakerType => (t === 'LOC' ? 'GPE' : t === 'PERS' ? 'PERS' : t === 'ORG' ? 'ORG' : 'ORG');

/** Nearest named entity before offset `at` (outside quotations) whose type suits the pronoun. */
function antecedent(ctx: EnContext, pronoun: string, at: number, previous: Claim[]): Speaker | null {
  const wants = pronoun === 'he' || pronoun === 'she' || pronoun === 'i' ? ['PERS'] : pronoun === 'it' || pronoun === 'the' ? ['ORG', 'MISC'] : ['ORG', 'LOC'];
  if (pronoun === 'they' || pronoun === 'we') {
    const last = previous[previous.length - 1];
    if (last?.speaker && last.speaker.type !== 'PERS' && last.speaker.type !== 'ANON') return { ...last.speaker };
  }
  for (let k = ctx.mentions.length - 1; k >= 0; k--) {
    const m = ctx.mentions[k]!;
    if (m.start >= at || ctx.quoteOf[m.first]! >= 0 || !wants.includes(m.type)) continue;
    const e = ctx.entities[ctx.entityOf[k]!]!;
    return { text: null, start: null, end: null, name: e.name, entityId: e.id, kind: 'implicit', role: null, type: toSpeakerType(e.type) };
  }
  return null;
}

/** The speaker record of a noun phrase. */
export function describeSpeaker(ctx: EnContext, np: NounPhrase, previous: Claim[]): Speaker {
  const { tokens, text, lex } = ctx;
  const parts = splitRole(ctx, np);
  const start = tokens[parts.first]!.start;
  const end = tokens[parts.last]!.end;
  const written = text.slice(start, end);
  if (parts.pronoun) {
    const found = antecedent(ctx, tokens[parts.first]!.lower, start, previous);
    return {
      text: written, start, end,
      name: found?.name ?? written, entityId: found?.entityId ?? null,
      kind: 'implicit', role: parts.role, type: found?.type ?? (tokens[parts.first]!.lower === 'it' ? 'ORG' : 'PERS'),
    };
  }
  const e = entityOfTokens(ctx, parts.first, parts.last);
  const head = tokens[parts.last]!.lower.replace(/['’]s$/, '');
  if (parts.named) {
    const entity = e >= 0 ? ctx.entities[e]! : null;
    const words = written.split(/\s+/);
    const honorific = lex.honorifics.has(words[0]!.toLowerCase().replace(/\.$/, ''));
    let type: SpeakerType = entity ? toSpeakerType(entity.type) : honorific ? 'PERS' : lex.orgWords.has(head) ? 'ORG' : words.length >= 2 ? 'PERS' : 'ORG';
    if (entity?.type === 'MISC') type = honorific || (words.length >= 2 && !lex.orgWords.has(head)) ? 'PERS' : 'ORG';
    const bare = honorific ? words.slice(1).join(' ') : written;
    return { text: written, start, end, name: entity?.name ?? bare, entityId: entity?.id ?? null, kind: 'explicit', role: parts.role, type };
  }
  const type: SpeakerType = lex.orgWords.has(head) ? 'ORG' : 'ANON';
  if (type === 'ORG' && /^the$/i.test(tokens[parts.first]!.text) && parts.last === parts.first + 1) {
    // "the company", "the club": the organisation named before
    const found = antecedent(ctx, 'the', start, previous);
    if (found) return { text: written, start, end, name: found.name, entityId: found.entityId, kind: 'implicit', role: parts.role, type: 'ORG' };
  }
  return { text: written, start, end, name: written, entityId: null, kind: 'anonymous', role: parts.role, type };
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

/** Whether quotation q stands as an utterance of its own (not a phrase quoted inside the narrator's sentence). */
function standalone(ctx: EnContext, q: number): boolean {
  const Q = ctx.quotes[q]!;
  const before = ctx.text.slice(Math.max(0, Q.open - 3), Q.open).trimEnd();
  const opensSentence = before === '' || /[.!?:"”\n]$/.test(before);
  const content = ctx.text.slice(Q.start, Q.end);
  const endsSentence = !Q.closed || /^[.!?]/.test(ctx.text.slice(Q.end, Q.end + 1)) || /[.!?]$/.test(content);
  return wordCount(content) >= 3 && /^[\p{Lu}\p{N}]/u.test(content) && (opensSentence || endsSentence);
}

/** Claim records, in text order. */
export function resolveClaims(ctx: EnContext, raw: RawClaim[]): Claim[] {
  const { tokens, text } = ctx;
  const claims: Claim[] = [];
  const used = new Set<number>();
  const sorted = [...raw].sort((a, b) => a.content[0] - b.content[0]);
  const byCue = [...sorted].sort((a, b) => a.cue[0] - b.cue[0]);
  const record = new Map<RawClaim, Claim>();
  for (const r of byCue) {
    const previous = [...record.values()];
    const speaker = r.speaker ? describeSpeaker(ctx, r.speaker, previous) : null;
    const cue = { start: tokens[r.cue[0]]!.start, end: tokens[r.cue[1]]!.end, text: '', lemma: r.entry.lemma };
    cue.text = text.slice(cue.start, cue.end);
    const c: Claim = {
      id: '',
      cue,
      speaker,
      content: { start: r.content[0], end: r.content[1], text: text.slice(r.content[0], r.content[1]) },
      direct: r.direct,
      stance: r.entry.stance,
      places: [],
      targets: [],
      confidence: speaker?.kind === 'implicit' ? Math.min(r.confidence, 0.8) : r.confidence,
    };
    if (r.quote >= 0) used.add(r.quote);
    record.set(r, c);
  }
  claims.push(...sorted.map((r) => record.get(r)!));
  // quotations with no attribution of their own continue the claim before them
  const indirect = claims.filter((c) => !c.direct);
  ctx.quotes.forEach((Q, q) => {
    if (used.has(q) || !standalone(ctx, q)) return;
    if (indirect.some((c) => Q.start < c.content.end && Q.end > c.content.start)) return;
    let gov: Claim | null = null;
    for (const c of claims) if (c.cue.start < Q.open && (!gov || c.cue.start >= gov.cue.start)) gov = c;
    if (!gov) return;
    const s = gov.speaker;
    claims.push({
      id: '',
      cue: { ...gov.cue },
      speaker: s ? { text: null, start: null, end: null, name: s.name, entityId: s.entityId, kind: 'implicit', role: null, type: s.type } : null,
      content: { start: Q.start, end: Q.end, text: text.slice(Q.start, Q.end) },
      direct: true,
      stance: gov.stance,
      places: [],
      targets: [],
      confidence: 0.7,
    });
  });
  claims.sort((a, b) => a.content.start - b.content.start);
  claims.forEach((c, n) => {
    c.id = `c${n + 1}`;
    const seen = { places: new Set<string>(), targets: new Set<string>() };
    ctx.mentions.forEach((m, k) => {
      if (m.start < c.content.start || m.end > c.content.end) return;
      const e = ctx.entities[ctx.entityOf[k]!]!;
      if (e.id === c.speaker?.entityId) return;
      if (e.type === 'LOC') seen.places.add(e.name);
      else if (e.type === 'PERS' || e.type === 'ORG') seen.targets.add(e.name);
    });
    c.places = [...seen.places];
    c.targets = [...seen.targets];
    if (c.stance === 'accuse') c.allegation = true;
  });
  return claims;
}

export { PRONOUNS };
