import { describe, expect, it } from 'vitest';
import { combineMentions, ensembleNer } from '../../src/backends/ensemble.js';
import type { NerBackend, NerMention } from '../../src/ner/index.js';
import type { EntityType } from '../../src/schema/records.js';

function at(text: string, surface: string, type: EntityType, nth = 0): NerMention {
  let start = -1;
  for (let k = 0; k <= nth; k++) start = text.indexOf(surface, start + 1);
  if (start < 0) throw new Error(`${surface} not in text`);
  return { start, end: start + surface.length, text: surface, type };
}

const TEXT = 'قال فاتح حسون في جنيف إن قوات وحفتر دخلت سرت.';
const show = (ms: NerMention[]) => ms.map((m) => [TEXT.slice(m.start, m.end), m.type]);

describe('combineMentions: transformer first, embedded refines clitics and fills gaps', () => {
  it('keeps the transformer spans and types on overlap', () => {
    const t = [at(TEXT, 'فاتح حسون', 'PERS'), at(TEXT, 'جنيف', 'LOC')];
    const e = [at(TEXT, 'حسون', 'PERS'), at(TEXT, 'جنيف', 'ORG')];
    expect(show(combineMentions(TEXT, t, e))).toEqual([
      ['فاتح حسون', 'PERS'],
      ['جنيف', 'LOC'],
    ]);
  });

  it('adds embedded mentions the transformer missed', () => {
    const t = [at(TEXT, 'جنيف', 'LOC')];
    const e = [at(TEXT, 'فاتح حسون', 'PERS'), at(TEXT, 'سرت', 'LOC')];
    expect(show(combineMentions(TEXT, t, e))).toEqual([
      ['فاتح حسون', 'PERS'],
      ['جنيف', 'LOC'],
      ['سرت', 'LOC'],
    ]);
  });

  it('moves the start past a clitic when the embedded mention of the same type starts inside the word', () => {
    const t = [at(TEXT, 'وحفتر', 'PERS')];
    expect(show(combineMentions(TEXT, t, [at(TEXT, 'حفتر', 'PERS')]))).toEqual([['حفتر', 'PERS']]);
    // not across a space, not for another type
    expect(show(combineMentions(TEXT, [at(TEXT, 'فاتح حسون', 'PERS')], [at(TEXT, 'حسون', 'PERS')]))).toEqual([
      ['فاتح حسون', 'PERS'],
    ]);
    expect(show(combineMentions(TEXT, t, [at(TEXT, 'حفتر', 'ORG')]))).toEqual([['وحفتر', 'PERS']]);
  });

  it('gives mentions whose text slices out of the original text, in order', () => {
    const got = combineMentions(TEXT, [at(TEXT, 'وحفتر', 'PERS'), at(TEXT, 'جنيف', 'LOC')], [at(TEXT, 'سرت', 'LOC'), at(TEXT, 'حفتر', 'PERS')]);
    for (const m of got) expect(TEXT.slice(m.start, m.end)).toBe(m.text);
    expect(got.map((m) => m.start)).toEqual([...got.map((m) => m.start)].sort((a, b) => a - b));
  });
});

describe('ensembleNer', () => {
  const fake = (name: string, ms: NerMention[], log: string[]): NerBackend => ({
    name,
    recognize: async () => ms,
    dispose: async () => void log.push(name),
  });

  it('runs both backends, combines them and disposes both', async () => {
    const log: string[] = [];
    const b = ensembleNer(fake('transformers', [at(TEXT, 'جنيف', 'LOC')], log), fake('embedded', [at(TEXT, 'سرت', 'LOC')], log));
    expect(b.name).toBe('ensemble(transformers+embedded)');
    expect(show(await b.recognize(TEXT, [], []))).toEqual([
      ['جنيف', 'LOC'],
      ['سرت', 'LOC'],
    ]);
    await b.dispose?.();
    expect(log.sort()).toEqual(['embedded', 'transformers']);
  });
});
