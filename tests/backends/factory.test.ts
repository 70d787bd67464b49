import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createNerBackend } from '../../src/backends/index.js';
import { segment } from '../../src/text/segment.js';
import { tokenize } from '../../src/text/tokenize.js';

const MODEL = fileURLToPath(new URL('../fixtures/tiny-token-classifier', import.meta.url));

describe('createNerBackend', () => {
  it('gives the embedded tagger by default', async () => {
    const b = await createNerBackend();
    expect(b.name).toMatch(/^embedded/);
  });

  it('gives a loaded transformer backend for ner: transformers', async () => {
    const b = await createNerBackend({ ner: 'transformers', model: MODEL });
    const text = 'وصل فاتح حسون إلى جنيف.';
    const got = await b.recognize(text, tokenize(text), segment(text));
    expect(got.map((m) => [m.text, m.type])).toEqual([
      ['فاتح حسون', 'PERS'],
      ['جنيف', 'LOC'],
    ]);
    await b.dispose?.();
  });

  it('combines the transformer with the embedded tagger for ner: ensemble', async () => {
    const b = await createNerBackend({ ner: 'ensemble', model: MODEL });
    expect(b.name).toMatch(/^ensemble\(transformers\+embedded/);
    const text = 'قال فاتح حسون في جنيف إن الوفد التقى وزير الخارجية الأمريكي جون كيري في واشنطن.';
    const got = await b.recognize(text, tokenize(text), segment(text));
    for (const m of got) expect(text.slice(m.start, m.end)).toBe(m.text);
    // the transformer's mentions are all kept
    expect(got.map((m) => m.text)).toEqual(expect.arrayContaining(['فاتح حسون', 'جنيف']));
    await b.dispose?.();
  });

  it('rejects what it cannot build, saying what to change', async () => {
    await expect(createNerBackend({ ner: 'transformers' })).rejects.toThrow(/needs a model: pass model/);
    await expect(createNerBackend({ ner: 'bert' as never })).rejects.toThrow(/embedded, transformers or ensemble/);
    await expect(createNerBackend({ ner: 'ensemble', model: '/no/such/dir' })).rejects.toThrow(/model directory not found/);
  });
});
