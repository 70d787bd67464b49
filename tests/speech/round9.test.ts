/**
 * Round 9 (held-out claims-dev9): a demand with an addressee before the demanded act (طالبت الإدارة المتهم
 * بمغادرة …، دعت الحكومة الأهالي إلى الخروج …) reports the act only; a conjoined description or accusation
 * carrying its object pronoun (… ووصفها بأنها …) is a new claim of the same speaker, after its preposition;
 * an object-suffixed وصف is never a topicalised object. Rows are real sentences of SaudiNewsNet articles
 * (claims-dev9, claims-dev5, claims-dev2) or the sample report.
 */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/speech/index.js';
import { checkClaimRow } from './rows.js';

const rows: [string, { text: string; cue: string; content: string }][] = [
  ['طالب + addressee + ب: the content is the addressee and the demanded act', {
    text: 'وطالبت إدارة الشقق المتهم بمغادرة الشقة التي يقيم فيها بعد انتهاء عقد إيجاره وعدم رغبة الإدارة في تجديده.',
    cue: 'وطالبت', content: 'المتهم بمغادرة الشقة التي يقيم فيها بعد انتهاء عقد إيجاره وعدم رغبة الإدارة في تجديده' }],
  ['دعا + addressee + إلى: the content starts at the addressee', {
    text: 'وكانت الحكومة المحلية في الأنبار دعت أهالي الفلوجة إلى الخروج من المدينة.',
    cue: 'دعت', content: 'أهالي الفلوجة إلى الخروج من المدينة' }],
  ['… ووصفها بأنها …: a second claim after بأنها', {
    text: 'وقال وزير الداخلية إن الهجوم استهدف المصلين ووصفها بأنها عمل إجرامي.',
    cue: 'ووصفها', content: 'عمل إجرامي' }],
];

describe('round-9 constructions', () => {
  it.each(rows)('%s', (_, r) => checkClaimRow(r));

  it('the claim before ووصفها ends before it', () => {
    const claims = extractClaims({ text: 'وقال وزير الداخلية إن الهجوم استهدف المصلين ووصفها بأنها عمل إجرامي.' });
    expect(claims.find((x) => x.cue.text === 'وقال')?.content.text).toBe('الهجوم استهدف المصلين');
  });
});

describe('round-9 non-claims', () => {
  it('a verbal noun وصفهم after a purpose clause is no topicalised claim', () => {
    const text = 'توجيهات من قبل الضابط لـ"المصراتي" لتشويه الثوار ووصفهم بالدواعش؛ وذلك لتهيئة الرأي العام.';
    expect(extractClaims({ text }).filter((c) => c.cue.text === 'ووصفهم')).toEqual([]);
  });
});

describe('cue spellings inside names', () => {
  it.each([
    'وتطرق أبا الخيل للعمل الإرهابي الذي نفذ في جامع الإمام علي بن أبي طالب وجامع العنود ووصفه بالإجرامي المشين.',
    'من جهته ثمّن مدير العلاقات العامة اللواء صالح آل طالب، دور البريد الممتاز وما يقدمه من خدمات بريدية.',
  ])('طالب after بن/أبي/آل is a name, not a demand: %s', (text) => {
    expect(extractClaims({ text }).filter((c) => /طالب/.test(c.cue.text))).toEqual([]);
  });
});
