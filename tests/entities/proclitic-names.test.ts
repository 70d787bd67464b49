/**
 * A person's one-word name that starts with ب or ل: the letter is a preposition only when the document also writes
 * the name without it (بارنز، written twice and never as ارنز, is the name; بأوباما beside أوباما is not).
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const persons = async (text: string) => (await extract(text)).entities.filter((e) => e.type === 'PERS').map((e) => e.name);

describe('ب or ل at the start of a person’s name', () => {
  it('keeps the letter of a name never written without it', async () => {
    const text = 'ويعتقد بارنز أن النصيحة أضحت حيوية في سوق متزايدة التعقيد. ويضيف بارنز أن سوق العقارات أولى بالاستشارة.';
    expect(await persons(text)).toEqual(['بارنز']);
    const doc = await extract(text);
    expect(doc.claims.map((c) => c.speaker?.name)).toEqual(['بارنز', 'بارنز']);
  });

  it('still reads a preposition before a name the document also writes bare', async () => {
    const names = await persons('وقال الرئيس الأمريكي باراك أوباما إن الاتفاق تاريخي. وأشاد الوزير بأوباما خلال المؤتمر.');
    expect(names).toContain('باراك أوباما');
    expect(names.some((n) => n.startsWith('بأوباما'))).toBe(false);
  });
});
