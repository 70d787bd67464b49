/**
 * A report's dateline names its place (الرياض in "عبدالله البرقاوي- سبق- الرياض:"), even where the word is also a
 * newspaper's name; a dateline word that is no place (متابعة) adds nothing. Dateline forms from SaudiNewsNet
 * articles of corpus/claims-dev4, claims-dev8 and claims-dev15; the sentences after them are shortened.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const places = async (text: string) => {
  const doc = await extract(text);
  return {
    doc,
    locs: doc.entities.filter((e) => e.type === 'LOC').map((e) => e.name),
    orgs: doc.entities.filter((e) => e.type === 'ORG').map((e) => e.name),
  };
};

describe('the place of a dateline', () => {
  it('reporter- outlet- الرياض: the city, with coordinates, not the newspaper', async () => {
    const text = 'عبدالله البرقاوي- سبق- الرياض: أكد المتحدث الرسمي لوزارة التعليم أن الدراسة ستبدأ في موعدها.';
    const { doc, locs, orgs } = await places(text);
    expect(locs).toContain('الرياض');
    expect(orgs).not.toContain('الرياض');
    const e = doc.entities.find((x) => x.name === 'الرياض')!;
    expect(text.slice(e.mentions[0]!.start, e.mentions[0]!.end)).toBe('الرياض');
    expect(doc.places.find((p) => p.entityId === e.id)?.countryCode).toBe('SA');
  });

  it('en dashes and a place before its outlet (جدة – واس:)', async () => {
    expect((await places('خالد علي– سبق– جدة: رد وزير الخارجية على أسئلة الصحفيين.')).locs).toContain('جدة');
    expect((await places('الرياض - واس: أعلنت وزارة الداخلية القبض على خلية.')).locs).toContain('الرياض');
  });

  it('a dateline word that names no place adds nothing', async () => {
    const { locs } = await places('عبدالحكيم شار- سبق- متابعة: كشف المبعوث الأممي عن جولة جديدة من المحادثات.');
    expect(locs).not.toContain('متابعة');
  });
});
