/** Round 24: entity clustering on real sentences. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

describe('round 24: a lone first name refers back, not ahead', () => {
  it('عبدالله before عبدالله المحيطب is not that person', async () => {
    const d = await extract('شدد المدير العام للتعليم في القصيم عبدالله الركيان على عدم وجود مجاملة للمقاولين. جاء ذلك بحضور مدير إدارة التشغيل والصيانة عبدالله المحيطب، ومدير المتابعة يوسف الضويان.');
    const m = d.entities.find((e) => e.name === 'عبدالله المحيطب');
    expect(m).toBeDefined();
    expect(m!.mentions.every((x) => x.start > 60)).toBe(true);
  });

  it('a first name after a full name still joins it', async () => {
    const d = await extract('قال المدرب جاد عابدين إن الفريق جاهز. وأضاف جاد أن المباراة صعبة.');
    const e = d.entities.find((x) => x.name === 'جاد عابدين');
    expect(e?.mentions.map((x) => x.text)).toEqual(['جاد عابدين', 'جاد']);
  });
});
