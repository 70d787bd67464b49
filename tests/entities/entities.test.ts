import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { embeddedNer, type NerMention } from '../../src/ner/index.js';
import { clusterEntities, linkPlaces, mentionName } from '../../src/entities/index.js';
import { tokenize } from '../../src/text/tokenize.js';
import { segment } from '../../src/text/segment.js';

// The original sample report (seed-000 of the project's claims-dev set), verbatim.
const REPORT = readFileSync(new URL('../../corpus/sample-report.txt', import.meta.url), 'utf8');

async function run(text: string) {
  const mentions = await embeddedNer().recognize(text, tokenize(text), segment(text));
  const entities = clusterEntities(text, mentions);
  return { entities, places: linkPlaces(entities, text) };
}

describe('clusterEntities on the sample report', () => {
  it('clusters people with their last-name mentions under the fullest name', async () => {
    const { entities } = await run(REPORT);
    const person = (name: string) => entities.find((e) => e.type === 'PERS' && e.name === name);
    const texts = (name: string) => new Set(person(name)?.mentions.map((m) => m.text));
    expect(texts('خليفة حفتر')).toEqual(new Set(['خليفة حفتر', 'حفتر', 'وحفتر']));
    expect(texts('فاتح حسون')).toEqual(new Set(['فاتح حسون', 'حسّون']));
    expect(texts('محمود المصراتي')).toEqual(new Set(['محمود المصراتي', 'المصراتي']));
    expect(texts('عادل عبد الكافي')).toEqual(new Set(['عادل عبد الكافي', 'عبد الكافي']));
    expect(entities.filter((e) => e.type === 'PERS' && e.name.includes('حفتر'))).toHaveLength(1);
    for (const e of entities) for (const m of e.mentions) expect(REPORT.slice(m.start, m.end)).toBe(m.text);
  });

  it('links places with coordinates, stripping proclitics from names', async () => {
    const { entities, places } = await run(REPORT);
    const names = places.map((p) => p.name);
    for (const n of ['سوريا', 'ليبيا', 'جنيف', 'الباب', 'درنة', 'سرت', 'بنغازي', 'طرابلس', 'تونس']) expect(names).toContain(n);
    const at = (n: string) => places.find((p) => p.name === n)!;
    expect(at('جنيف')).toMatchObject({ countryCode: 'CH', featureClass: 'city' });
    expect(at('طرابلس').countryCode).toBe('LY'); // not Tripoli, Lebanon: Libya is named in the document
    expect(at('الباب').countryCode).toBe('SY');
    expect(at('سوريا')).toMatchObject({ countryCode: 'SY', featureClass: 'country' });
    expect(at('بنغازي').lat).toBeCloseTo(32.1, 0);
    expect(entities.filter((e) => e.name === 'بنغازي')).toHaveLength(1);
  });
});

describe('clusterEntities rules', () => {
  const m = (text: string, start: number, type: NerMention['type']): NerMention => ({ text, start, end: start + text.length, type });

  it('strips titles and merges title+name mentions (اللواء التركي ↔ منصور التركي)', () => {
    const text = 'قال منصور التركي إن الوضع مستقر. وأضاف اللواء التركي أن';
    const a = text.indexOf('منصور التركي');
    const b = text.indexOf('اللواء التركي');
    const ents = clusterEntities(text, [m('منصور التركي', a, 'PERS'), m('اللواء التركي', b, 'PERS')]);
    expect(ents).toHaveLength(1);
    expect(ents[0]!.name).toBe('منصور التركي');
  });

  it('does not merge a short name that fits two different people', () => {
    const text = 'محمد علي ومحمد حسن ومحمد';
    const ents = clusterEntities(text, [m('محمد علي', 0, 'PERS'), m('محمد حسن', 10, 'PERS'), m('محمد', 20, 'PERS')]);
    expect(ents).toHaveLength(3);
  });

  it.each([
    ['وبغداد', 'بغداد'],
    ['للأمم المتحدة', 'الأمم المتحدة'],
    ['"المصراتي"', 'المصراتي'],
    ['الرئيس بشار الأسد', 'بشار الأسد'],
    ['وليد', 'وليد'],
  ])('names %s as %s', (mention, name) => {
    expect(mentionName(mention, (f) => f === 'بغداد', () => false)).toBe(name);
  });
});
