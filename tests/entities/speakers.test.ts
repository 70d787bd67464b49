/**
 * People found by the claim rules: a speaker written as a person's name beside a role becomes a PERS entity when
 * the tagger missed it, and its claims point to that entity; roles, descriptors and bodies never do. Also: a
 * MISC mention of a known organisation's name joins that organisation. Sentences from the original sample report
 * (seed-000) and SaudiNewsNet articles (corpus/claims-dev2, claims-dev9), shortened.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { clusterEntities } from '../../src/entities/index.js';
import { speakerEntities } from '../../src/entities/speakers.js';
import type { Claim, Entity } from '../../src/schema/records.js';

describe('people named as speakers', () => {
  it('a spokesman named in apposition (المتحدث باسم حرس المنشآت النفطية، علي الحاسي،) is a person', async () => {
    const text =
      'وأكد على ذلك أيضاً المتحدث باسم حرس المنشآت النفطية، علي الحاسي، في بيان رسمي وقتها، مؤكدا أن "قوات حفتر هي من سهلت لداعش الوصول بهذه التعزيزات".';
    const doc = await extract(text);
    const e = doc.entities.find((x) => x.name === 'علي الحاسي');
    expect(e?.type).toBe('PERS');
    const m = e!.mentions[0]!;
    expect(text.slice(m.start, m.end)).toBe('علي الحاسي');
    const c = doc.claims.find((x) => x.speaker?.text === 'علي الحاسي');
    expect(c?.speaker?.entityId).toBe(e!.id);
  });

  it('a role with its holder (مدير مستشفى العيص عبيد مسلم) gives the holder', async () => {
    const doc = await extract('وأوضح مدير مستشفى العيص عبيد مسلم أن الحالة الصحية للمصابين مستقرة.');
    expect(doc.entities.filter((e) => e.type === 'PERS').map((e) => e.name)).toContain('عبيد مسلم');
  });

  it.each([
    ['a role alone', 'وقال المتحدث باسم الوزارة إن الإجراءات الجديدة ستطبق الشهر المقبل.'],
    ['an anonymous source', 'وقال مصدر مسؤول في الوزارة إن الإجراءات الجديدة ستطبق الشهر المقبل.'],
    ['a body', 'وأكدت وزارة الصحة أن الحالات المسجلة محدودة.'],
  ])('%s adds no person', async (_what, text) => {
    const doc = await extract(text);
    expect(doc.entities.filter((e) => e.type === 'PERS')).toEqual([]);
  });

  it('links every claim of the same name, and leaves a tagged person alone', () => {
    const speaker = (text: string, start: number, role: string | null, entityId: string | null = null) => ({
      text,
      start,
      end: start + text.length,
      name: text,
      entityId,
      kind: 'explicit' as const,
      role,
      type: 'PERS' as const,
    });
    const claim = (id: string, sp: Claim['speaker']): Claim => ({
      id,
      cue: { text: 'قال', start: 0, end: 3, lemma: 'قال' },
      speaker: sp,
      content: { text: 'x', start: 40, end: 41 },
      direct: false,
      stance: 'assert',
      places: [],
      targets: [],
      confidence: 0.9,
    });
    const tagged: Entity[] = [{ id: 'e1', type: 'PERS', name: 'خليفة حفتر', mentions: [{ start: 100, end: 110, text: 'خليفة حفتر', type: 'PERS' }] }];
    const claims = [
      claim('c1', speaker('علي الحاسي', 5, 'المتحدث باسم حرس المنشآت')),
      claim('c2', speaker('علي الحاسي', 60, null)),
      claim('c3', speaker('خليفة حفتر', 100, 'القائد')),
    ];
    const out = speakerEntities(tagged, claims, [true, true, true]);
    expect(out.entities.map((e) => e.name)).toEqual(['خليفة حفتر', 'علي الحاسي']);
    expect(out.entities[1]!.mentions.map((m) => m.start)).toEqual([5, 60]);
    expect(out.claims.map((c) => c.speaker?.entityId)).toEqual(['e2', 'e2', null]);
    // not named by the claim rules: nothing added, and the inputs are not changed
    expect(speakerEntities(tagged, claims, [false, false, false]).entities).toBe(tagged);
    expect(claims[0]!.speaker?.entityId).toBeNull();
  });
});

describe('a MISC mention of a known organisation', () => {
  it('the sample report has one داعش, an organisation, and names علي الحاسي', async () => {
    const doc = await extract(readFileSync('corpus/sample-report.txt', 'utf8'));
    expect(doc.entities.filter((e) => e.name === 'داعش').map((e) => e.type)).toEqual(['ORG']);
    expect(doc.entities.find((e) => e.name === 'علي الحاسي')?.type).toBe('PERS');
  });

  it('joins the organisation ("داعش" tagged MISC beside تنظيم داعش)', () => {
    const text = 'ومع ظهور تنظيم داعش في سوريا، أمر النظام عناصره بالتعامل مع "داعش" خلال العمليات.';
    const a = text.indexOf('داعش');
    const b = text.indexOf('داعش', a + 4);
    const ents = clusterEntities(text, [
      { start: a, end: a + 4, text: 'داعش', type: 'ORG' },
      { start: b, end: b + 4, text: 'داعش', type: 'MISC' },
    ]);
    // (سوريا, untagged here, comes from the known-places list)
    expect(ents.filter((e) => e.type === 'LOC').map((e) => e.name)).toEqual(['سوريا']);
    const rest = ents.filter((e) => e.type !== 'LOC');
    expect(rest).toHaveLength(1);
    expect(rest[0]!.type).toBe('ORG');
    expect(rest[0]!.mentions.map((m) => m.start)).toContain(b);
  });
});
