/**
 * English reported speech: cue verbs from the lexicon (outside quotations), their speaker phrase, and their
 * content: a clause after the cue ("said (that) …", "told reporters (that) …"), a quotation right after
 * ("added: "…"") or right before ("…," he said), the clause before a parenthetical attribution ("…, Mr X told
 * reporters, and …"), "according to X" on either side, and passives with a speech verb ("… was also announced").
 */
import { PRONOUNS, type EnContext } from './context.js';
import { isCap } from './entities.js';
import type { CueEntry } from './lexicon.js';
import { leftSpeaker, rightSpeaker, sentenceSubject, skipLeft, type NounPhrase } from './speaker.js';

export interface RawClaim {
  cue: [number, number];
  entry: CueEntry;
  speaker: NounPhrase | null;
  /** content as [start, end) offsets into the text */
  content: [number, number];
  direct: boolean;
  /** the quotation used as content, or -1 */
  quote: number;
  confidence: number;
}

const PASSIVE_AUX = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);
const BLOCK_BASE = new Set(['to', 'not', "n't", 'never', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'will', 'did', 'does', 'do', 'shall', 'refused', 'declined']);
const LEADERS = /^(but|and|so|however|meanwhile|yet|also|now|still)$/i;
const HEDGE = /^(it\s+(is|was|has\s+been)\s+(widely\s+|generally\s+|now\s+)?(thought|expected|believed|understood|said|reported|likely|feared|hoped)\s+that\s+)/i;
const CLAUSE_VERB = (ctx: EnContext, k: number) => {
  const t = ctx.tokens[k]!;
  return t.kind === 'word' && (t.tags.has('Verb') || t.tags.has('Modal') || t.tags.has('Copula') || t.tags.has('Auxiliary')) && !isCap(t);
};

/** Cue at token i: a phrase ("according to", "called for") or a single form; null when the word is no cue here. */
export function cueAt(ctx: EnContext, i: number): { last: number; entry: CueEntry } | null {
  const { tokens, lex } = ctx;
  const t = tokens[i]!;
  if (t.kind !== 'word' || ctx.quoteOf[i] >= 0 || t.start < ctx.headlineEnd) return null;
  for (const n of [3, 2]) {
    const words = tokens.slice(i, i + n);
    if (words.length === n && words.every((w) => w.kind === 'word')) {
      const e = lex.phrases.get(words.map((w) => w.lower).join(' '));
      if (e) return { last: i + n - 1, entry: e };
    }
  }
  const e = lex.cues.get(t.lower);
  if (!e) return null;
  if (lex.needVerb.has(t.lower) && !t.tags.has('Verb')) return null;
  if (isCap(t) && !(i === 0 || ctx.sent[i - 1] !== ctx.sent[i])) return null;
  return { last: i, entry: e };
}

function clauseEnd(ctx: EnContext, from: number): number {
  const [, b] = ctx.ranges[ctx.sent[from]!]!;
  let e = b;
  while (e >= from && ctx.tokens[e]!.kind === 'punct' && !/[)\]"”]/.test(ctx.tokens[e]!.text)) e--;
  // a closing quote mark that belongs to a partial quote stays; a dangling one does not
  while (e >= from && /["”]/.test(ctx.tokens[e]!.text) && ctx.quoteOf[e] < 0) e--;
  return e;
}

/** End of a content clause starting at token a: the sentence end, or before ", saying/warning/adding …". */
function contentEnd(ctx: EnContext, a: number): number {
  const b = clauseEnd(ctx, a);
  for (let k = a + 1; k < b; k++) {
    if (ctx.tokens[k]!.text !== ',' || ctx.quoteOf[k]! >= 0) continue;
    const n = ctx.tokens[k + 1]!;
    if (/ing$/.test(n.lower) && ctx.lex.cues.has(n.lower)) return k - 1;
  }
  return b;
}

function trimLead(ctx: EnContext, a: number, b: number): number {
  while (a <= b && (ctx.tokens[a]!.kind === 'punct' && !/["“(]/.test(ctx.tokens[a]!.text))) a++;
  while (a <= b && LEADERS.test(ctx.tokens[a]!.text)) {
    a++;
    while (a <= b && ctx.tokens[a]!.text === ',') a++;
  }
  return a;
}

const words = (ctx: EnContext, a: number, b: number) => ctx.tokens.slice(a, b + 1).filter((t) => t.kind === 'word').length;
const hasVerb = (ctx: EnContext, a: number, b: number) => {
  for (let k = a; k <= b; k++) if (CLAUSE_VERB(ctx, k)) return true;
  return false;
};

/** A quotation opening at token k (its mark), or -1. */
function quoteOpeningAt(ctx: EnContext, k: number): number {
  const q = ctx.quoteOf[k] ?? -1;
  return q >= 0 && ctx.quotes[q]!.open === ctx.tokens[k]?.start ? q : -1;
}

/** A quotation closing at token k (its closing mark), or -1. */
function quoteClosingAt(ctx: EnContext, k: number): number {
  const q = k >= 0 ? ctx.quoteOf[k]! : -1;
  return q >= 0 && ctx.quotes[q]!.closed && ctx.quotes[q]!.close === ctx.tokens[k]!.end ? q : -1;
}

/** Start of the content after a cue ending at token j-1, or -1 when no clause follows in the sentence. */
function contentAfter(ctx: EnContext, j: number, frame: CueEntry['frame']): number {
  const { tokens } = ctx;
  const s = ctx.sent[j - 1]!;
  const end = clauseEnd(ctx, j - 1);
  if (j > end) return -1;
  // "that" after a short stretch without a verb: said on Tuesday that, told the BBC in an interview that
  const reach = frame === 'tell' ? 14 : 8;
  for (let k = j; k <= end && k - j <= reach && ctx.sent[k] === s; k++) {
    if (tokens[k]!.lower === 'that') return k + 1 <= end ? k + 1 : -1;
    if (CLAUSE_VERB(ctx, k) || ctx.quoteOf[k] >= 0 || (tokens[k]!.kind === 'punct' && tokens[k]!.text !== ',')) break;
  }
  let a = j;
  if (frame === 'tell') {
    // the addressee: told reporters / told the BBC / told him
    while (a <= end && tokens[a]!.kind === 'word' && !CLAUSE_VERB(ctx, a) && a - j < 6 && !/^(that|and|but)$/.test(tokens[a]!.lower)) a++;
    if (a === j) return -1;
  }
  if (a > end || (tokens[a]!.text === ',' && frame !== 'say')) return -1;
  if (frame === 'obj' || frame === 'refer') return words(ctx, a, end) >= 1 ? a : -1;
  return hasVerb(ctx, a, end) && words(ctx, a, end) >= 2 ? a : -1;
}

/** The source named after "according to": words up to the next punctuation (at most 10). */
function sourceAfter(ctx: EnContext, j: number): NounPhrase | null {
  let b = j - 1;
  for (let k = j; k < ctx.tokens.length && ctx.sent[k] === ctx.sent[j - 1] && k - j < 10; k++) {
    const t = ctx.tokens[k]!;
    if (t.kind === 'punct' && !(t.text === '-' && t.start === ctx.tokens[k - 1]!.end)) break;
    if (ctx.quoteOf[k]! >= 0 || /^(that|which|who|and|but)$/.test(t.lower)) break;
    b = k;
  }
  return b >= j ? { first: j, last: b, role: null } : null;
}

/** Every claim with an explicit cue in the document, in text order. */
export function findClaims(ctx: EnContext): RawClaim[] {
  const { tokens } = ctx;
  const out: RawClaim[] = [];
  const covered: { a: number; b: number; claim: RawClaim }[] = [];
  const inside = (i: number) => covered.find((c) => i >= c.a && i <= c.b) ?? null;
  // c.content arrives as a token range (or a quotation index when c.quote >= 0) and leaves as offsets
  const push = (c: RawClaim) => {
    let span: [number, number];
    if (c.quote >= 0) span = [ctx.quotes[c.quote]!.start, ctx.quotes[c.quote]!.end];
    else {
      let [a, b] = c.content;
      while (b >= a && tokens[b]!.kind === 'punct' && !/[)\]"”]/.test(tokens[b]!.text)) b--;
      if (a > b) return;
      span = [tokens[a]!.start, tokens[b]!.end];
      const hedge = HEDGE.exec(ctx.text.slice(span[0], span[1]));
      if (hedge) span[0] += hedge[0].length;
    }
    if (span[1] <= span[0] || out.some((o) => o.content[0] === span[0] && o.content[1] === span[1])) return;
    const rec = { ...c, content: span };
    out.push(rec);
    if (c.quote < 0) covered.push({ a: c.content[0], b: c.content[1], claim: rec });
  };
  for (let i = 0; i < tokens.length; i++) {
    const hit = cueAt(ctx, i);
    if (!hit) continue;
    const { entry } = hit;
    const host = inside(i);
    if (host) {
      // "… said the strike was costly and accused the union of …": a second claim by the same speaker
      const and = skipLeft(ctx, i);
      if (and < 0 || tokens[and]!.lower !== 'and' || entry.frame === 'according' || !host.claim.speaker) continue;
      let e = and - 1;
      while (e > host.a && tokens[e]!.kind === 'punct' && !(/["”)\]]/.test(tokens[e]!.text) && ctx.quoteOf[e]! >= 0)) e--;
      if (tokens[e]!.end <= host.claim.content[0]) continue;
      host.claim.content[1] = tokens[e]!.end;
      host.b = e;
      const a = contentAfter(ctx, hit.last + 1, entry.frame);
      if (a >= 0) push({ cue: [i, hit.last], entry, speaker: host.claim.speaker, content: [a, contentEnd(ctx, a)], direct: false, quote: -1, confidence: 0.75 });
      continue;
    }
    const cue: [number, number] = [i, hit.last];
    let j = hit.last + 1;
    const [sa] = ctx.ranges[ctx.sent[i]!]!;
    const prev = tokens[i - 1];
    const base = tokens[i]!.lower === entry.lemma.split(' ')[0];
    if (prev && ctx.sent[i - 1] === ctx.sent[i] && (base || tokens[i]!.lower.endsWith('ing')) && BLOCK_BASE.has(prev.lower)) continue;
    if (prev && /^(not|n't|never)$/.test(prev.lower)) continue;

    if (entry.frame === 'according') {
      const np = sourceAfter(ctx, j);
      if (!np) continue;
      const k = skipLeft(ctx, i);
      const opensClause = i === sa || (k >= 0 && tokens[k]!.text === ',' && i - sa <= 2) || k < sa;
      const npOnly: NounPhrase = { first: np.first, last: np.last, role: null };
      if (opensClause || i === sa + 1) {
        const a = trimLead(ctx, tokens[np.last + 1]?.text === ',' ? np.last + 2 : np.last + 1, clauseEnd(ctx, i));
        const b = clauseEnd(ctx, i);
        if (words(ctx, a, b) >= 3) push({ cue, entry, speaker: npOnly, content: [a, b], direct: false, quote: -1, confidence: 0.85 });
      } else {
        const a = trimLead(ctx, sa, i - 1);
        let b = i - 1;
        while (b > a && tokens[b]!.kind === 'punct') b--;
        if (words(ctx, a, b) >= 3) push({ cue, entry, speaker: npOnly, content: [a, b], direct: false, quote: -1, confidence: 0.85 });
      }
      continue;
    }

    // passives: "it was announced that …", "… was also announced", "X was quoted as saying …"
    const k = skipLeft(ctx, i);
    if (k >= 0 && PASSIVE_AUX.has(tokens[k]!.lower) && !/ing$/.test(tokens[i]!.lower)) {
      if (entry.lemma === 'quote') {
        const np = leftSpeaker(ctx, k);
        const a = contentAfter(ctx, j, 'say');
        if (a >= 0) push({ cue, entry, speaker: np, content: [a, clauseEnd(ctx, i)], direct: false, quote: -1, confidence: 0.8 });
        continue;
      }
      let by: NounPhrase | null = null;
      if (tokens[j]?.lower === 'by') {
        by = rightSpeaker(ctx, j + 1);
        if (by) j = by.last + 1;
      }
      if (tokens[j]?.lower === 'that') {
        push({ cue, entry, speaker: by, content: [j + 1, clauseEnd(ctx, i)], direct: false, quote: -1, confidence: 0.6 });
      } else if (/^(announce|confirm|reveal|report|disclose)$/.test(entry.lemma) && k > sa) {
        const a = trimLead(ctx, sa, k - 1);
        if (words(ctx, a, k - 1) >= 3 && tokens[a]!.lower !== 'it') {
          push({ cue, entry, speaker: by, content: [a, k - 1], direct: false, quote: -1, confidence: 0.55 });
        }
      }
      continue;
    }

    // the speaker: subject on the left, or the sentence subject for "…, and also said", or inverted on the right
    let speaker = leftSpeaker(ctx, i);
    if (!speaker && k >= 0 && (/^(and|but)$/.test(tokens[k]!.lower) || (tokens[k]!.text === ',' && /ing$/.test(tokens[i]!.lower)))) {
      speaker = sentenceSubject(ctx, k);
    }
    let inverted = false;
    if (!speaker && (k < sa || k < 0 || tokens[k]!.kind === 'punct')) {
      const r = rightSpeaker(ctx, j);
      let closes = !!r;
      for (let m = r ? r.last + 1 : 0; r && !r.role && m < tokens.length && ctx.sent[m] === ctx.sent[i] && tokens[m]!.kind === 'word'; m++) {
        if (CLAUSE_VERB(ctx, m) || /^(that|who|which)$/.test(tokens[m]!.lower)) closes = false;
      }
      if (r && closes && (entry.frame === 'say' || entry.frame === 'tell') && !(r.first === r.last && tokens[r.first]!.lower === 'that')) {
        speaker = r;
        inverted = true;
        j = (r.role ? r.role[1] : r.last) + 1;
      }
    }
    if (!speaker && entry.frame !== 'obj') continue;

    // a quotation right after: added: "…" / said, "…"
    let q = -1;
    if (tokens[j] && /[:,]/.test(tokens[j]!.text)) q = quoteOpeningAt(ctx, j + 1);
    else if (tokens[j]) q = quoteOpeningAt(ctx, j);
    if (q >= 0) {
      push({ cue, entry, speaker, content: [0, 0], direct: true, quote: q, confidence: 0.9 });
    }
    // a quotation right before: "…," he said / "…," said X
    const leftEdge = (inverted ? i : speaker && speaker.first < i ? speaker.first : i) - 1;
    const sameSentence = (k: number) => k >= 0 && ctx.sent[k] === ctx.sent[i];
    let qb = sameSentence(leftEdge) ? quoteClosingAt(ctx, leftEdge) : -1;
    if (qb < 0 && tokens[leftEdge]?.text === ',' && sameSentence(leftEdge - 1)) qb = quoteClosingAt(ctx, leftEdge - 1);
    if (qb >= 0) push({ cue, entry, speaker, content: [0, 0], direct: true, quote: qb, confidence: 0.9 });
    if (q >= 0 || qb >= 0) continue;

    const a = inverted ? -1 : contentAfter(ctx, j, entry.frame);
    if (a >= 0) {
      const start = trimLead(ctx, a, clauseEnd(ctx, i));
      const conf = speaker ? 0.9 : 0.6;
      push({ cue, entry, speaker, content: [start, contentEnd(ctx, start)], direct: false, quote: -1, confidence: conf });
      continue;
    }
    // parenthetical attribution: "…, Mr X told reporters, and …" / "But, he added, …"
    if (!speaker || tokens[leftEdge]?.text !== ',' || ctx.quoteOf[leftEdge - 1] >= 0) {
      if (speaker && leftEdge < sa) {
        // "But, he added, …": nothing before: take the clause after the attribution
      } else continue;
    }
    const before = leftEdge >= sa ? trimLead(ctx, sa, leftEdge - 1) : leftEdge + 1;
    let tail = j;
    while (tail < tokens.length && ctx.sent[tail] === ctx.sent[i] && tokens[tail]!.text !== ',' && tokens[tail]!.kind === 'word' && !CLAUSE_VERB(ctx, tail)) tail++;
    const end = clauseEnd(ctx, i);
    if (leftEdge >= sa && words(ctx, before, leftEdge - 1) >= 2 && hasVerb(ctx, before, leftEdge - 1)) {
      let b = leftEdge - 1;
      while (b > before && tokens[b]!.kind === 'punct') b--;
      push({ cue, entry, speaker, content: [before, b], direct: false, quote: -1, confidence: 0.8 });
      if (tokens[tail]?.text === ',' && tokens[tail + 1]?.lower === 'and' && hasVerb(ctx, tail + 2, end)) {
        push({ cue, entry, speaker, content: [tail + 2, end], direct: false, quote: -1, confidence: 0.6 });
      }
    } else if (tokens[tail]?.text === ',' && words(ctx, tail + 1, end) >= 3 && hasVerb(ctx, tail + 1, end)) {
      push({ cue, entry, speaker, content: [trimLead(ctx, tail + 1, end), end], direct: false, quote: -1, confidence: 0.75 });
    }
  }
  return out;
}

export { PRONOUNS };
