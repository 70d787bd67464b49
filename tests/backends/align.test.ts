import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  aggregateWord,
  decodeMentions,
  pieceOffsets,
  planWindows,
  trimProclitics,
  type WordPrediction,
} from '../../src/backends/transformers/align.js';
import { mapLabels } from '../../src/backends/transformers/labels.js';
import { tokenize } from '../../src/text/tokenize.js';

describe('planWindows', () => {
  it('keeps a short run in one window', () => {
    expect(planWindows([1, 2, 3], 10, 2)).toEqual([{ start: 0, end: 3, coreStart: 0, coreEnd: 3 }]);
  });

  it('splits a long run into overlapping windows whose cores partition the tokens', () => {
    const w = planWindows([2, 2, 2, 2, 2, 2, 2, 2], 6, 2);
    expect(w[0]).toMatchObject({ start: 0, end: 3 });
    expect(w[1]!.start).toBe(2); // one token (2 pieces) of overlap
    expect(w.map((x) => [x.coreStart, x.coreEnd]).flat()).toEqual(
      [0, ...w.slice(1).flatMap((x) => [x.coreStart, x.coreStart]), 8],
    );
  });

  it('holds for any piece counts: windows fit, cores partition, every token is inside its window', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 80 }),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 0, max: 10 }),
        (counts, max, stride) => {
          const ws = planWindows(counts, max, stride);
          let next = 0;
          for (const w of ws) {
            const sum = counts.slice(w.start, w.end).reduce((a, c) => a + Math.min(c, max), 0);
            expect(sum).toBeLessThanOrEqual(max);
            expect(w.coreStart).toBe(next);
            expect(w.start).toBeLessThanOrEqual(w.coreStart);
            expect(w.coreEnd).toBeLessThanOrEqual(w.end);
            next = w.coreEnd;
          }
          expect(next).toBe(counts.length);
        },
      ),
    );
  });
});

describe('pieceOffsets: word pieces back to characters of the original word', () => {
  it.each([
    ['حسّون', ['حسون'], [[0, 5]]], // shadda inside, removed by the model's normaliser
    ['وحفتر', ['و', '##حفتر'], [[0, 1], [1, 5]]],
    ['وحَفتر', ['و', '##حفتر'], [[0, 1], [1, 6]]],
    ['الأمم', ['الامم'], [[0, 5]]], // hamza on alef folded away
    ['حفتر', ['حف', '##تر'], [[0, 2], [2, 4]]],
    ['لـداعش', ['ل', '##ـ', '##داعش'], [[0, 1], [1, 1], [2, 6]]], // tatweel piece folds to nothing
    ['Geneva', ['gen', '##eva'], [[0, 3], [3, 6]]],
    ['جنيف', ['▁جنيف'], [[0, 4]]], // SentencePiece word marker
  ] as const)('%s %j', (word, pieces, expected) => {
    expect(pieceOffsets(word, pieces as unknown as string[])).toEqual(expected);
  });

  it('returns null when the pieces do not spell the word', () => {
    expect(pieceOffsets('حفتر', ['[UNK]'])).toBeNull();
    expect(pieceOffsets('حفتر', ['حف', '##ت'])).toEqual([[0, 2], [2, 3]]);
    expect(pieceOffsets('حف', ['حف', '##تر'])).toBeNull();
  });
});

const LABELS = mapLabels({ '0': 'O', '1': 'B-PER', '2': 'I-PER', '3': 'B-GPE', '4': 'S-ORG' });
const row = (label: number, p = 0.9) => Array.from({ length: 5 }, (_, j) => (j === label ? p : (1 - p) / 4));

describe('aggregateWord', () => {
  it('takes the first piece when it carries an entity', () => {
    expect(aggregateWord([row(1), row(2)], LABELS)).toMatchObject({ tag: 'B', type: 'PERS', piece: 0 });
  });
  it('starts inside the word when pieces before a B-/S- piece spell proclitics (clitic + name)', () => {
    expect(aggregateWord([row(0), row(3)], LABELS, ['و', '##طرابلس'])).toMatchObject({ tag: 'B', type: 'LOC', piece: 1 });
    expect(aggregateWord([row(0), row(0), row(1)], LABELS, ['و', '##ب', '##حفتر'])).toMatchObject({ type: 'PERS', piece: 2 });
    expect(aggregateWord([row(0), row(4)], LABELS, ['ل', '##داعش'])).toMatchObject({ tag: 'S', type: 'ORG', piece: 1 });
    // proclitics + article: the whole word (decodeMentions cuts to the article)
    expect(aggregateWord([row(0), row(3)], LABELS, ['وال', '##عراق'])).toMatchObject({ type: 'LOC', piece: 0 });
  });
  it('ignores later pieces that continue nothing, follow a non-clitic, or come without piece texts', () => {
    expect(aggregateWord([row(0), row(2)], LABELS, ['و', '##تر'])).toMatchObject({ type: null });
    expect(aggregateWord([row(0), row(3)], LABELS, ['الك', '##تر'])).toMatchObject({ type: null });
    expect(aggregateWord([row(0), row(3)], LABELS)).toMatchObject({ type: null });
  });
  it('is O when no piece carries an entity', () => {
    expect(aggregateWord([row(0), row(0)], LABELS)).toMatchObject({ tag: 'O', type: null });
    expect(aggregateWord([], LABELS)).toMatchObject({ tag: 'O', type: null });
  });
});

const P = (tag: WordPrediction['tag'], type: WordPrediction['type'] = null, piece = 0): WordPrediction => ({
  tag,
  type,
  score: 0.9,
  piece,
});

function decode(text: string, preds: Array<WordPrediction | null>, extra: Partial<Parameters<typeof decodeMentions>[0]> = {}) {
  const tokens = tokenize(text);
  expect(tokens.length).toBe(preds.length);
  const ms = decodeMentions({ text, tokens, predictions: preds, ...extra });
  for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
  return ms.map((m) => [m.text, m.type]);
}

describe('decodeMentions: IOB repair and exact spans', () => {
  it('joins B + I and repairs an I that opens a mention', () => {
    const text = 'قال فاتح حسون إن حسّون وصل';
    expect(decode(text, [P('O'), P('B', 'PERS'), P('I', 'PERS'), P('O'), P('I', 'PERS'), P('O')])).toEqual([
      ['فاتح حسون', 'PERS'],
      ['حسّون', 'PERS'],
    ]);
  });

  it('does not let I continue a mention of another type, and B always opens', () => {
    const text = 'وفد الأمم المتحدة جنيف سرت';
    expect(decode(text, [P('O'), P('B', 'ORG'), P('I', 'ORG'), P('I', 'LOC'), P('B', 'LOC')])).toEqual([
      ['الأمم المتحدة', 'ORG'],
      ['جنيف', 'LOC'],
      ['سرت', 'LOC'],
    ]);
  });

  it('closes on E- and S- (BIOES)', () => {
    const text = 'خليفة حفتر حفتر';
    expect(decode(text, [P('B', 'PERS'), P('E', 'PERS'), P('I', 'PERS')])).toEqual([
      ['خليفة حفتر', 'PERS'],
      ['حفتر', 'PERS'],
    ]);
    expect(decode('سرت سرت', [P('S', 'LOC'), P('I', 'LOC')])).toEqual([
      ['سرت', 'LOC'],
      ['سرت', 'LOC'],
    ]);
  });

  it('trims punctuation at the edges and keeps it inside', () => {
    const text = '"حفتر" وصل';
    expect(decode(text, [P('B', 'PERS'), P('I', 'PERS'), P('I', 'PERS'), P('O')])).toEqual([['حفتر', 'PERS']]);
  });

  it('never crosses a sentence start', () => {
    const text = 'وصل حفتر. خليفة قال';
    const tokens = tokenize(text);
    const starts = new Set([tokens.findIndex((t) => t.text === 'خليفة')]);
    expect(decode(text, [P('O'), P('B', 'PERS'), null, P('I', 'PERS'), P('O')], { sentenceStarts: starts })).toEqual([
      ['حفتر', 'PERS'],
      ['خليفة', 'PERS'],
    ]);
  });

  it('starts inside a word where the entity piece starts, and cuts proclitics before the article', () => {
    const text = 'قوات وحفتر والعراق';
    expect(decode(text, [P('O'), P('B', 'PERS', 1), P('B', 'LOC')], { entityStart: [undefined, 6] })).toEqual([
      ['حفتر', 'PERS'],
      ['العراق', 'LOC'],
    ]);
  });
});

describe('trimProclitics', () => {
  it.each([
    ['والعراق', 1],
    ['وبالعراق', 2],
    ['بالعراق', 1],
    ['وَالعراق', 2], // the diacritic belongs to the proclitic
    ['العراق', 0],
    ['للأمم', 0], // ل + ال written لل: nothing to cut without losing the article
    ['فرنسا', 0],
    ['وزارة', 0],
  ] as const)('%s → +%i', (word, cut) => {
    expect(trimProclitics(word, 10)).toBe(10 + cut);
  });
});
