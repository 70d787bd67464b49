/** Turns an analysed reported-speech event into a Claim record, with targets, places, allegation and confidence. */
import type { Claim, Stance } from '../schema/records.js';
import { isWord, type Ctx } from './context.js';
import { inside, type Source } from './resolve.js';

/**
 * `confidence` = pattern reliability × speaker factor. The reliabilities are set by hand (not fitted): a
 * cue with إن/أن or a quotation right after its speaker is rarely wrong, a colon without quotes or a
 * participle continuation a little less, a nominal object, a postposed quotation or an attribution phrase
 * clearly less, a topicalised object least. The speaker factor: written and linked to an entity 1, written
 * 0.95, implicit (resolved from an earlier speaker) 0.85, unresolved 0.5.
 */
export const PATTERN_RELIABILITY = {
  'verb-that': 0.92,
  'verb-quote': 0.92,
  'verb-colon': 0.85,
  'participle': 0.88,
  'nominal': 0.7,
  'topicalised': 0.6,
  'quote-before': 0.75,
  'attribution': 0.75,
} as const;

export type Pattern = keyof typeof PATTERN_RELIABILITY;

/** How sure the speaker is: written and linked to an entity, written, implicit, or unresolved. */
/** A title written with initials ends no role: أ.د. | د. | م. before the name stay with the name. */
const TRAILING_INITIALS = /(?:\s+[أاد]\.\s?د|\s+[دم])\.?$/u;

function roleText(role: string): string | null {
  const r = role.replace(TRAILING_INITIALS, '');
  // (a role with no letter, a stray quotation mark, is none)
  return /\p{L}/u.test(r) ? r : null;
}

export function speakerFactor(kind: 'explicit' | 'implicit' | 'anonymous', linked: boolean, resolved: boolean): number {
  if (!resolved) return 0.5;
  if (kind === 'implicit') return 0.85;
  return linked ? 1 : 0.95;
}

export interface Draft {
  cue: { start: number; end: number; lemma: string };
  stance: Stance;
  /** explicit speaker phrase as written, token range, or null */
  speakerSpan: { start: number; end: number } | null;
  role: { start: number; end: number } | null;
  source: Source | null;
  content: [number, number];
  /** code units of the first content token that a fused preposition takes (قطع بعدم → عدم) */
  contentCut?: number;
  direct: boolean;
  pattern: Pattern;
}

export function toClaim(ctx: Ctx, d: Draft, n: number): Claim {
  const T = ctx.toks;
  const cs = T[d.content[0]]!.start + (d.contentCut ?? 0);
  const ce = T[d.content[1] - 1]!.end;
  const src = d.source;
  const sp = d.speakerSpan;
  const kind = sp ? (src?.type === 'ANON' ? 'anonymous' : 'explicit') : 'implicit';
  const speaker = src || sp
    ? {
        text: sp ? ctx.text.slice(sp.start, sp.end) : null,
        start: sp ? sp.start : null,
        end: sp ? sp.end : null,
        name: src?.name ?? (sp ? ctx.text.slice(sp.start, sp.end) : ''),
        entityId: src?.entityId ?? null,
        kind: kind as 'explicit' | 'implicit' | 'anonymous',
        // (a role with no letter, a stray quotation mark, is none)
        role: d.role ? roleText(ctx.text.slice(d.role.start, d.role.end)) : null,
        ...(src?.type ? { type: src.type } : {}),
      }
    : null;
  const { targets, places } = inside(ctx.entities, cs, ce, src?.entityId ?? null);
  let charge = false;
  for (let k = d.content[0]; k < d.content[1] && !charge; k++) {
    const t = T[k]!;
    if (isWord(t) && (ctx.lex.chargeWords.has(t.norm) || ctx.lex.chargeWords.has(t.norm.replace(/^(وال|بال|ال|و|ب|ل)/, '')))) charge = true;
  }
  const allegation = d.stance === 'accuse' || (charge && targets.length > 0);
  const confidence = PATTERN_RELIABILITY[d.pattern] * speakerFactor(kind, !!src?.entityId, !!src);
  return {
    id: `c${n}`,
    cue: { text: ctx.text.slice(d.cue.start, d.cue.end), start: d.cue.start, end: d.cue.end, lemma: d.cue.lemma },
    speaker,
    content: { text: ctx.text.slice(cs, ce), start: cs, end: ce },
    direct: d.direct,
    stance: d.stance,
    places,
    targets,
    allegation,
    confidence: Math.round(confidence * 1000) / 1000,
  };
}
