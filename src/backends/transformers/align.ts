/**
 * Alignment of word-piece predictions to the text layer's tokens: pure functions, no model.
 *
 * The transformers backend tokenises every text-layer token on its own, so each word piece belongs to exactly
 * one token and offsets never have to be recovered from the model's normalised text. What is left to align:
 *  - windows: a long sentence is cut into windows of at most `maxPieces` pieces that overlap; each token is
 *    read from the window where it lies in the "core" (the half of the overlap nearer that window's middle);
 *  - inside a token: the label of its first piece decides ("first" aggregation), except that when the first
 *    pieces spell proclitics and a later piece begins an entity (و + ##حفتر), the entity starts at that piece,
 *    whose offset inside the token comes from `pieceOffsets` (diacritics, tatweel, hamza forms folded away);
 *  - across tokens: IOB repair (an I- or E- that does not continue a mention of its type opens one), no
 *    mention crosses a sentence, leading/trailing punctuation is trimmed, and a leading article with
 *    proclitics (والعراق، بالعراق) is cut to the article.
 */
import type { EntityType } from '../../schema/records.js';
import type { Token } from '../../text/tokenize.js';
import { fold } from '../../text/normalize.js';
import { stripPrefix } from '../../text/clitics.js';
import type { MappedLabel, Tag } from './labels.js';

export interface Window {
  /** token range fed to the model: [start, end) */
  start: number;
  end: number;
  /** tokens whose prediction is read from this window: [coreStart, coreEnd) */
  coreStart: number;
  coreEnd: number;
}

/**
 * Cuts a run of tokens (their piece counts) into windows of at most `maxPieces` pieces overlapping by at most
 * `stride` pieces. A token longer than `maxPieces` counts as `maxPieces` (the caller truncates its pieces).
 * The cores partition [0, counts.length).
 */
export function planWindows(counts: readonly number[], maxPieces: number, stride: number): Window[] {
  const n = counts.length;
  const max = Math.max(1, Math.floor(maxPieces));
  const c = counts.map((x) => Math.min(Math.max(0, x), max));
  const out: Window[] = [];
  let s = 0;
  let coreStart = 0;
  while (n > 0) {
    let e = s;
    let sum = 0;
    while (e < n && sum + c[e]! <= max) sum += c[e++]!;
    if (e >= n) {
      out.push({ start: s, end: n, coreStart, coreEnd: n });
      break;
    }
    // the next window starts `stride` pieces back, but must still reach token e (progress)
    const room = Math.min(Math.max(0, stride), max - c[e]!);
    let s2 = e;
    let back = 0;
    while (s2 - 1 > s && back + c[s2 - 1]! <= room) back += c[--s2]!;
    const mid = Math.max(coreStart, Math.ceil((s2 + e) / 2));
    out.push({ start: s, end: e, coreStart, coreEnd: mid });
    coreStart = mid;
    s = s2;
  }
  return out;
}

const MARKERS = /^(?:##|\u2581|\u0120)/;

/**
 * Offsets [start, end) of each word piece inside `word` (relative to the word), matching folded characters and
 * skipping what folding removes (diacritics, tatweel, controls); null when the pieces do not spell the word
 * (unknown-token pieces, normalisations that fold() does not make).
 */
export function pieceOffsets(word: string, pieces: readonly string[]): Array<[number, number]> | null {
  const out: Array<[number, number]> = [];
  let i = 0;
  for (const piece of pieces) {
    const key = fold(piece.replace(MARKERS, ''));
    if (key === '') {
      out.push([i, i]);
      continue;
    }
    let start = -1;
    let k = 0;
    while (k < key.length) {
      if (i >= word.length) return null;
      const f = fold(word[i]!);
      if (f === '') {
        i++;
        continue;
      }
      if (!key.startsWith(f, k)) return null;
      if (start < 0) start = i;
      k += f.length;
      i++;
    }
    out.push([start, i]);
  }
  return out;
}

export interface WordPrediction {
  tag: Tag;
  type: EntityType | null;
  score: number;
  /** index of the piece where the entity starts (0: the whole word) */
  piece: number;
}

function argmax(row: ArrayLike<number>): number {
  let best = 0;
  for (let j = 1; j < row.length; j++) if (row[j]! > row[best]!) best = j;
  return best;
}

const PROCLITICS = /^[وف]?[بلك]?$/;
const PROCLITICS_ARTICLE = /^[وف]?[بلك]?ال$/;

/**
 * One token's label from its pieces' probability rows (softmaxed): the first piece's label ("first"
 * aggregation). When the first piece is O, a later piece labelled B- or S- still makes the token an entity if
 * the pieces before it spell proclitics (و ف ب ل ك: the entity starts at that piece) or proclitics and the
 * article (the entity is the whole token; `decodeMentions` cuts it to the article). Without `pieces` only the
 * first piece counts: models fine-tuned on first sub-tokens leave the other pieces' labels untrained.
 */
export function aggregateWord(
  rows: ReadonlyArray<ArrayLike<number>>,
  labels: readonly MappedLabel[],
  pieces?: readonly string[],
): WordPrediction {
  if (rows.length === 0) return { tag: 'O', type: null, score: 0, piece: 0 };
  const first = argmax(rows[0]!);
  const l0 = labels[first];
  if (l0?.type) return { tag: l0.tag, type: l0.type, score: rows[0]![first]!, piece: 0 };
  let prefix = '';
  for (let j = 1; j < rows.length && pieces && j < pieces.length; j++) {
    prefix += fold(pieces[j - 1]!.replace(MARKERS, ''));
    const clitic = PROCLITICS.test(prefix);
    const article = !clitic && PROCLITICS_ARTICLE.test(prefix);
    if (!clitic && !article) break;
    const a = argmax(rows[j]!);
    const l = labels[a];
    if (l?.type && (l.tag === 'B' || l.tag === 'S')) return { tag: l.tag, type: l.type, score: rows[j]![a]!, piece: clitic ? j : 0 };
  }
  return { tag: 'O', type: null, score: rows[0]![first]!, piece: 0 };
}

export interface AlignedMention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  score: number;
}

/** Where a token's entity starts: `entityStart[i]` (absolute offset) or the token start. */
export interface DecodeInput {
  text: string;
  tokens: readonly Token[];
  predictions: ReadonlyArray<WordPrediction | null>;
  /** absolute start of the entity part of token i when it starts inside the token */
  entityStart?: ReadonlyArray<number | undefined>;
  /** token indices that start a sentence (no mention crosses them) */
  sentenceStarts?: ReadonlySet<number>;
}

const isWordLike = (t: Token) => t.kind === 'word' || t.kind === 'latin' || t.kind === 'number';

/** Start offset after a leading article's proclitics (والعراق → العراق); `start` when there are none. */
export function trimProclitics(word: string, start: number): number {
  const { prefix } = stripPrefix(word);
  if (prefix.length <= 2 || !prefix.endsWith('ال')) return start; // none, bare ال, or لل (ل + ال)
  let letters = prefix.length - 2;
  let i = 0;
  while (i < word.length && letters > 0) {
    if (fold(word[i]!) !== '') letters--;
    i++;
  }
  while (i < word.length && fold(word[i]!) === '') i++;
  return start + i;
}

/** IOB decoding with repair over the text layer's tokens. */
export function decodeMentions(input: DecodeInput): AlignedMention[] {
  const { text, tokens, predictions } = input;
  const out: AlignedMention[] = [];
  let open: { first: number; last: number; type: EntityType; scores: number[]; start: number } | null = null;
  const close = () => {
    if (!open) return;
    let a = open.first;
    let b = open.last;
    while (a <= b && !isWordLike(tokens[a]!)) a++;
    while (b >= a && !isWordLike(tokens[b]!)) b--;
    if (a <= b) {
      let start = a === open.first ? open.start : tokens[a]!.start;
      if (start === tokens[a]!.start) start = trimProclitics(tokens[a]!.text, start);
      const end = tokens[b]!.end;
      const score = open.scores.reduce((x, y) => x + y, 0) / open.scores.length;
      out.push({ start, end, text: text.slice(start, end), type: open.type, score });
    }
    open = null;
  };
  for (let i = 0; i < tokens.length; i++) {
    if (input.sentenceStarts?.has(i)) close();
    const p = predictions[i];
    if (!p || !p.type || p.tag === 'O') {
      close();
      continue;
    }
    const inWord = p.piece > 0;
    const continues = open !== null && open.type === p.type && open.last === i - 1 && (p.tag === 'I' || p.tag === 'E');
    if (continues && !inWord) {
      open!.last = i;
      open!.scores.push(p.score);
    } else {
      close();
      const start = input.entityStart?.[i] ?? tokens[i]!.start;
      open = { first: i, last: i, type: p.type, scores: [p.score], start };
    }
    if (p.tag === 'E' || p.tag === 'S') close();
  }
  close();
  return out;
}
