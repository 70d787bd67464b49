/**
 * The real path, offline: the tiny token classifier under tests/fixtures (made by scripts/make-tiny-model.mjs)
 * is loaded by @huggingface/transformers, its word pieces run through ONNX Runtime and aligned to qawl's tokens.
 * The model labels a few names from the sample report regardless of context; the tests check offsets,
 * label mapping (B-PER → PERS, B-GPE → LOC) and windowing, not accuracy.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { transformersNer, type TransformersNer } from '../../src/backends/transformers/index.js';
import { loadLibrary } from '../../src/backends/transformers/library.js';
import { segment } from '../../src/text/segment.js';
import { tokenize } from '../../src/text/tokenize.js';
import { fold } from '../../src/text/normalize.js';

const MODEL = fileURLToPath(new URL('../fixtures/tiny-token-classifier', import.meta.url));
const SAMPLE = readFileSync(fileURLToPath(new URL('../../corpus/sample-report.txt', import.meta.url)), 'utf8');

let ner: TransformersNer;
beforeAll(async () => {
  ner = transformersNer({ model: MODEL });
  await ner.ready();
});
afterAll(() => ner?.dispose());

async function run(text: string, backend = ner) {
  const mentions = await backend.recognize(text, tokenize(text), segment(text));
  for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  return mentions;
}

describe('transformers backend on the tiny fixture model', () => {
  it.each([
    [
      'قال فاتح حسون في جنيف إن الأمم المتحدة ستتسلم الوثائق.',
      [
        ['فاتح حسون', 'PERS'],
        ['جنيف', 'LOC'],
        ['الأمم المتحدة', 'ORG'],
      ],
    ],
    // shadda kept in the span though the model's normaliser drops it; I-PER alone is repaired to a mention
    ['حسّون أكّد أن قوات حفتر تقدمت.', [['حسّون', 'PERS'], ['حفتر', 'PERS']]],
    // clitics: the entity piece starts inside the word (و + ##حفتر, و + ##طرابلس, ل + ##داعش)
    [
      'بين الأسد وحَفتر في سرت وطرابلس، ودعم لداعش.',
      [
        ['الأسد', 'PERS'],
        ['حَفتر', 'PERS'],
        ['سرت', 'LOC'],
        ['طرابلس', 'LOC'],
        ['داعش', 'ORG'],
      ],
    ],
    ['سلّم الوثائق للأمم المتحدة.', [['للأمم المتحدة', 'ORG']]],
    ['لا أسماء هنا.', []],
  ])('%s', async (text, expected) => {
    const got = await run(text);
    expect(got.map((m) => [m.text, m.type])).toEqual(expected);
    for (const m of got) expect(m.score).toBeGreaterThan(0.9);
  });

  it('finds every place of the sample report exactly once, across windows of 64 pieces', async () => {
    const got = await run(SAMPLE);
    const names = new Set(['سوريا', 'ليبيا', 'جنيف', 'سرت']);
    const expected = tokenize(SAMPLE)
      .filter((t) => names.has(t.norm))
      .map((t) => [t.start, t.end]);
    expect(expected.length).toBeGreaterThan(8);
    const places = got.filter((m) => names.has(fold(m.text))).map((m) => [m.start, m.end]);
    expect(places).toEqual(expected);
    expect(got.every((m, i) => i === 0 || got[i - 1]!.end <= m.start)).toBe(true);
  });

  it('gives the same mentions whatever the window size (one unpunctuated 600-word run)', async () => {
    const text = 'وصل حفتر إلى سرت أمس '.repeat(120);
    const sentences = [{ start: 0, end: text.length }];
    const small = transformersNer({ model: MODEL, maxLength: 16, stride: 5, batchSize: 3 });
    try {
      const a = await ner.recognize(text, tokenize(text), sentences);
      const b = await small.recognize(text, tokenize(text), sentences);
      expect(a.length).toBe(240);
      expect(b.map((m) => [m.start, m.end, m.type])).toEqual(a.map((m) => [m.start, m.end, m.type]));
      expect(a.filter((m) => m.type === 'PERS').every((m) => m.text === 'حفتر')).toBe(true);
    } finally {
      await small.dispose();
    }
  });

  it('refuses a missing directory without touching the network, naming the option to change', async () => {
    const missing = transformersNer({ model: 'tests/fixtures/no-such-model' });
    await expect(missing.ready()).rejects.toThrow(/model directory not found.*allowRemote/);
    const noId = transformersNer({ model: 'Xenova/bert-base-multilingual-cased-ner-hrl' });
    await expect(noId.ready()).rejects.toThrow(/allowRemote/);
  });

  it('passes dtype through to the weights file it loads', async () => {
    const fp16 = transformersNer({ model: MODEL, dtype: 'fp16' });
    await expect(fp16.ready()).rejects.toThrow(/model_fp16\.onnx/);
  });

  it('refuses to work after dispose()', async () => {
    const b = transformersNer({ model: MODEL });
    await b.ready();
    await b.dispose();
    await expect(b.recognize('حفتر', tokenize('حفتر'), [])).rejects.toThrow(/disposed/);
  });

  it('names the package to install when it is missing', async () => {
    await expect(loadLibrary('@huggingface/transformers-not-installed')).rejects.toThrow(
      /npm install @huggingface\/transformers-not-installed/,
    );
  });
});
