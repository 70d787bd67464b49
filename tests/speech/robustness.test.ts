/** Adversarial inputs must finish (the work is linear: bounded windows, quotes paired in one pass). */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/speech/index.js';

describe('adversarial inputs', () => {
  it.each([
    ['20k repeated قال', 'قال '.repeat(20000)],
    ['30k straight quotes', '"'.repeat(30000)],
    ['30k opening guillemets', '«'.repeat(30000)],
    ['30k typographic openers', '“'.repeat(30000)],
    ['30k openers glued to words', 'كلمة “قال '.repeat(30000)],
    ['30k reversed closers', 'و”قال '.repeat(30000)],
    ['20k ومضى without بالقول', 'ومضى '.repeat(20000)],
    ['20k colon speech', 'وقال "الشقيق": '.repeat(20000)],
    ['30k quoted words', '"قال '.repeat(30000)],
    ['10k claims in one sentence', 'وقال مسؤول إن الوضع مستقر، '.repeat(10000)],
    ['a 100k-word sentence after إن', 'قال الوزير إن ' + 'كلمة '.repeat(100000)],
    ['empty', ''],
  ])('%s', (_, text) => {
    const claims = extractClaims({ text });
    expect(Array.isArray(claims)).toBe(true);
    for (const c of claims) expect(text.slice(c.content.start, c.content.end)).toBe(c.content.text);
  });

  it('10k claims in one sentence are all found', () => {
    const text = 'وقال مسؤول إن الوضع مستقر تماما. '.repeat(10000);
    expect(extractClaims({ text })).toHaveLength(10000);
  });
});
