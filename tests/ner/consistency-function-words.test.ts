/**
 * Document-level label consistency must not spread a name to a function word that folds to the same key: the
 * preposition على folds to the name علي, إلى to إلي. A real failure on a SaudiNewsNet report about Tunisia (بن علي)
 * tagged 52 prepositions as that person.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

describe('consistency and function words', () => {
  it('a person named علي does not make the preposition على a mention of him', async () => {
    const doc = await extract(
      'غادر الرئيس التونسي زين العابدين بن علي البلاد عام 2011. وأعلنت الشرطة القبض على 20 شخصا، وأكدت أن العمل على حفظ الأمن مستمر. وكان بن علي قد حكم البلاد طويلا.',
    );
    const mentions = doc.entities.flatMap((e) => e.mentions.map((m) => m.text));
    expect(mentions).not.toContain('على');
    expect(doc.entities.some((e) => e.type === 'PERS' && e.name.includes('بن علي'))).toBe(true);
  });
});
