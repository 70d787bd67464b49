/** A body's mention ends before "في بيان" and other circumstances of its statement. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { orgTails } from '../../src/entities/org-tails.js';

describe('a body’s name ends before the circumstance of its statement', () => {
  it.each([
    ['وقالت وزارة الداخلية التركية في بيان إن الهجوم أسفر عن مقتل جنديين.', 'وزارة الداخلية التركية'],
    ['وأكدت سلطة الطاقة في بيان أن الانقطاع مؤقت.', 'سلطة الطاقة'],
  ])('%s', async (text, name) => {
    const doc = await extract(text);
    expect(doc.entities.filter((e) => e.type === 'ORG').map((e) => e.name)).toEqual([name]);
    expect(doc.claims[0]!.speaker?.text).toBe(name);
  });

  it('keeps a place after في that is part of the name, and other types untouched', () => {
    const text = 'وقالت بعثة الاتحاد الإفريقي في الصومال في بيان لها إن …';
    const name = 'بعثة الاتحاد الإفريقي في الصومال في بيان';
    const m = { start: 6, end: 6 + name.length, text: name, type: 'ORG' as const };
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(orgTails(text, [m])[0]!.text).toBe('بعثة الاتحاد الإفريقي في الصومال');
    const p = { ...m, type: 'PERS' as const };
    expect(orgTails(text, [p])[0]).toBe(p);
  });
});
