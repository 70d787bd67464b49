/**
 * Round 21 (errors left over all annotated sets and a fourth audit of unannotated news): how a later mention of a
 * source refers back to it. Rows are real sentences of SaudiNewsNet articles, shortened.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const claimsOf = async (text: string) =>
  (await extract(text)).claims.map((c) => ({ cue: c.cue.text, speaker: c.speaker?.name ?? null, type: c.speaker?.type ?? null, content: c.content.text, direct: c.direct }));

describe('round 21: a body named again by its head and nationality', () => {
  it('الصحيفة البريطانية is the newspaper named before', async () => {
    const cs = await claimsOf(
      'وكشف موقع "فيتو" نقلا عن صحيفة "ديلي ميل"، أن محبي الفنون أصيبوا بصدمة فور رؤيتهم للوحة. وقالت الصحيفة البريطانية إن اللوحة صممها فنانان صينيان.',
    );
    expect(cs[cs.length - 1]).toMatchObject({ cue: 'وقالت', speaker: 'ديلي ميل', type: 'ORG', content: 'اللوحة صممها فنانان صينيان' });
  });

  it('الشركة الكورية is the company named before', async () => {
    const cs = await claimsOf(
      'وتراجعت أرباح شركة سامسونغ للإلكترونيات في الربع الثاني. وتتوقع الشركة الكورية أن تتحسن مبيعات هواتفها الذكية في النصف الثاني من العام.',
    );
    expect(cs).toEqual([expect.objectContaining({ speaker: 'شركة سامسونغ', type: 'ORG' })]);
  });

  it('not when the body named before has another nationality', async () => {
    const cs = await claimsOf(
      'ونشرت صحيفة "التايمز" البريطانية تقريرا عن الأزمة. وقالت الصحيفة الأمريكية إن المفاوضات ستستأنف الأسبوع المقبل.',
    );
    expect(cs).toEqual([expect.objectContaining({ speaker: 'الصحيفة الأمريكية' })]);
  });
});
