/**
 * Round 18: the cabinet of a person (حكومة نجاد، حكومة خادم الحرمين الشريفين) is no organisation name.
 * Sentences from the annotated sets, shortened.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const names = async (text: string, type: string) => (await extract(text)).entities.filter((e) => e.type === type).map((e) => e.name);
const orgs = (text: string) => names(text, 'ORG');

describe('round 18: the cabinet of a person', () => {
  it.each([
    ['وأكد أن المملكة بتوجيهات حكومة خادم الحرمين الشريفين تقدم الدعم للشعب اليمني.', 'حكومة خادم'],
    ['وكشف عن ظهور ملفات فساد لأعضاء حكومة نجاد السابقة.', 'حكومة نجاد'],
    ['وقال إن حكومة رئيس الوزراء حيدر العبادي تواجه ضغوطا كبيرة.', 'حكومة رئيس'],
  ])('%s', async (text, name) => {
    expect((await orgs(text)).some((n) => n.includes(name))).toBe(false);
  });

  it('a government named by its country stays', async () => {
    expect(await orgs('وقالت الحكومة اليمنية إن المساعدات وصلت.')).toContain('الحكومة اليمنية');
  });
});
