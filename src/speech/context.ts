/** Per-document view shared by the speech modules: tokens with boundaries, quote pairs and the lexicon. */
import { brokenPhrase, isAbbreviation } from '../text/segment.js';
import type { Entity } from '../schema/records.js';
import { LATIN_INITIAL, type Token } from '../text/tokenize.js';
import { fold } from '../text/normalize.js';
import { lexicon, type Lexicon } from './lexicon.js';
import { pairQuotes, isQuoteMark, type QuotePairs } from './quotes.js';

export interface Ctx {
  text: string;
  toks: Token[];
  lex: Lexicon;
  quotes: QuotePairs;
  /** a line break lies between token i-1 and token i */
  nl: Uint8Array;
  /** index of the first token at or after i that ends a sentence (sentence punctuation or line break), exclusive end */
  sentEnd: Int32Array;
  /** index of the first token of the sentence holding token i */
  sentStart: Int32Array;
  entities: Entity[];
  /** entity type of the mention covering token i: 0 none, 1 PERS, 2 ORG, 3 LOC, 4 MISC */
  entType: Uint8Array;
  /** for the first token of a mention, the exclusive end token of that mention, else -1 */
  entEnd: Int32Array;
  /** 1 where an organisation mention covers the token (a founder's name inside جامعة الإمام محمد بن سعود) */
  inOrg: Uint8Array;
  /** 1 where the token's first letter is a fused preposition ل before a name: the mention starts after it
   * (لـعكاظ) or its entity is named without it (لرويترز → رويترز) */
  lName: Uint8Array;
}

const TYPE_CODE: Record<string, number> = { PERS: 1, ORG: 2, LOC: 3, MISC: 4 };

/** Marks the tokens covered by entity mentions (binary search per mention: O(m log n)). */
function markEntities(toks: Token[], entities: Entity[]): { entType: Uint8Array; entEnd: Int32Array; inOrg: Uint8Array; lName: Uint8Array } {
  const n = toks.length;
  const entType = new Uint8Array(n);
  const inOrg = new Uint8Array(n);
  const lName = new Uint8Array(n);
  const entEnd = new Int32Array(n).fill(-1);
  for (const e of entities) {
    const code = TYPE_CODE[e.type] ?? 0;
    let nameWords: Set<string> | null = null;
    for (const m of e.mentions) {
      let lo = 0;
      let hi = n;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (toks[mid]!.end <= m.start) lo = mid + 1;
        else hi = mid;
      }
      let k = lo;
      const first = k;
      const t = toks[first];
      if (t && /^ل[^ل]/.test(t.norm) && t.start < m.end) {
        nameWords ??= new Set(fold(e.name).split(/\s+/));
        if (m.start > t.start || (nameWords.has(t.norm.slice(1)) && !nameWords.has(t.norm))) lName[first] = 1;
      }
      // a mention is at most a few dozen tokens; bounded so one bad mention stays cheap
      while (k < n && toks[k]!.start < m.end && k - first < 40) {
        if (!entType[k] || code === 1) entType[k] = code;
        if (code === 2) inOrg[k] = 1;
        k++;
      }
      if (k > first && (entEnd[first]! < k || code === 1)) entEnd[first] = k;
    }
  }
  return { entType, entEnd, inOrg, lName };
}

const END = new Set(['.', '!', '?', '؟', '…']);

export function isEnd(t: Token): boolean {
  return t.kind === 'punct' && END.has(t.text);
}

/** A title abbreviated with a period (د. ناصر الموسى، أ.د. …، م. أحمد الإبراهيم): the period ends no sentence. */
const ABBREV = new Set(['د', 'ا', 'م']);

function abbreviationDot(toks: Token[], i: number, text = ''): boolean {
  const p = toks[i - 1];
  const n = toks[i + 1];
  if (toks[i]!.text !== '.' || !p || p.kind !== 'word' || p.end !== toks[i]!.start || !n) return false;
  // (م. is المهندس before a name, but the Gregorian era after a year: عام 2015 م. وقال …)
  if (ABBREV.has(p.norm) && n.kind === 'word' && (i < 2 || toks[i - 2]!.end < p.start || toks[i - 2]!.text === '.') && !(p.norm === 'م' && i >= 2 && toks[i - 2]!.kind === 'number')) return true;
  // (a Latin initial spelled out before a name: كيه. شانموجام)
  if (n.kind === 'word' && LATIN_INITIAL.test(p.norm) && !!text && isAbbreviation(text, toks[i]!.start)) return true;
  // a dotted acronym or a single letter inside parentheses (سي.إن.إن ترك، (د. ب. أ)), as the segmenter reads it
  if (!!text && (n.kind === 'word' || n.text === ')') && isAbbreviation(text, toks[i]!.start) && p.norm.length <= 2) return true;
  // (a transliterated acronym glued by dots inside parentheses: (إيه.بي.سي))
  if ((n.kind === 'word' || n.text === ')') && p.norm.length <= 3 && !!text && isAbbreviation(text, toks[i]!.start)) {
    for (let k = i - 2; k >= 0 && k >= i - 8; k--) {
      if (toks[k]!.text === ')') return false;
      if (toks[k]!.text === '(') return true;
    }
  }
  return false;
}

export function isWord(t: Token | undefined): t is Token {
  return !!t && (t.kind === 'word' || t.kind === 'latin' || t.kind === 'number');
}

export function isQuote(t: Token | undefined): boolean {
  return !!t && (t.kind === 'punct' || t.kind === 'symbol') && isQuoteMark(t.text);
}

/** An article written right before a quotation mark, its quoted name's own (الـ«الشرق الأوسط»). */
export function articleBeforeQuote(toks: Token[], k: number): boolean {
  return toks[k]?.norm === 'ال' && isQuote(toks[k + 1]) && toks[k]!.end === toks[k + 1]!.start;
}

export function makeCtx(text: string, toks: Token[], entities: Entity[]): Ctx {
  const n = toks.length;
  const nl = new Uint8Array(n);
  // (a line broken inside a phrase is no break: … بقيمة \n185 مليون)
  for (let i = 1; i < n; i++) {
    for (let g = toks[i - 1]!.end; g < toks[i]!.start; g++) {
      if (text.charCodeAt(g) !== 0x0a) continue;
      if (!brokenPhrase(text, g)) nl[i] = 1;
      break;
    }
  }
  // two dots between words on one line are a pause, not a sentence end (حكاية شمس.. وقصة أثر،
  // مصابنا جلل ..بلدنا مستهدف)
  const soft = new Uint8Array(n);
  for (let i = 0; i < n; ) {
    let j = i;
    while (j < n && toks[j]!.text === '.' && (j === i || toks[j - 1]!.end === toks[j]!.start)) j++;
    if (j - i === 2 && i > 0 && j < n && isWord(toks[i - 1]) && isWord(toks[j]) && !nl[j] && !nl[i]) for (let k = i; k < j; k++) soft[k] = 1;
    i = Math.max(j, i + 1);
  }
  const sentEnd = new Int32Array(n + 1);
  sentEnd[n] = n;
  for (let i = n - 1; i >= 0; i--) {
    if (isEnd(toks[i]!) && !soft[i] && !abbreviationDot(toks, i, text)) sentEnd[i] = i;
    else if (i + 1 < n && nl[i + 1]) sentEnd[i] = i + 1;
    else sentEnd[i] = sentEnd[i + 1]!;
  }
  const sentStart = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    if (i === 0 || nl[i] || (isEnd(toks[i - 1]!) && !soft[i - 1] && !abbreviationDot(toks, i - 1, text))) sentStart[i] = i;
    else sentStart[i] = sentStart[i - 1]!;
  }
  const marks = markEntities(toks, entities);
  const lex = lexicon();
  return { text, toks: ownNorms(toks, marks.entType), lex, quotes: pairQuotes(text, toks, nl, (k) => lex.cues.has(toks[k]!.norm)), nl, sentEnd, sentStart, entities, ...marks };
}

/**
 * The tokens with the particle فان of a tagged person's name (فان غال، فان بيرسي) given a norm of its own: folded,
 * it reads as فإن, a complementizer; the verb آن, which folds to أن; and the conditional إن (إن لم). The input array is left as it is.
 */
function ownNorms(toks: Token[], entType: Uint8Array): Token[] {
  let out = toks;
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i]!;
    const particle = t.norm === 'فان' && entType[i] === 1 && entType[i + 1] === 1;
    // (so is the verb آن "has come", folded to ان: «آن الأوان لإسماع صوت السلام»، آن لنا أن …)
    const verb = t.norm === 'ان' && t.text.replace(/[\u064B-\u0652\u0640]/g, '') === 'آن' && /^(الاوان|ل)/.test(toks[i + 1]!.norm);
    // (and the conditional إن "if", before لم: قال: إن لم يوجد تنسيق … فإنه سيتم قريبا)
    const conditional = t.norm === 'ان' && /^[إا]ن$/.test(t.text.replace(/[\u064B-\u0652\u0640]/g, '')) && toks[i + 1]!.norm === 'لم';
    // (and the first name آنا, written with its madda, folded like the pronoun أنا: وقالت آنا رينولدز إن …)
    const ana = t.norm === 'انا' && /^آنا$/.test(t.text.replace(/[\u064B-\u0652\u0640]/g, ''));
    if (!particle && !verb && !conditional && !ana) continue;
    if (out === toks) out = toks.slice();
    out[i] = { ...t, norm: t.norm + '\u0640' };
  }
  return out;
}

/** Text of tokens [a, b) as written in the original. */
export function spanText(ctx: Ctx, a: number, b: number): { start: number; end: number; text: string } {
  const start = ctx.toks[a]!.start;
  const end = ctx.toks[b - 1]!.end;
  return { start, end, text: ctx.text.slice(start, end) };
}
