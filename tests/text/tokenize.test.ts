import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze, stems, stripPrefix, tokenize } from '../../src/text/index.js';

const kinds = (s: string) => tokenize(s).map((t) => `${t.text}/${t.kind}`);

describe('tokenize', () => {
  it('splits words, numbers, Latin runs and punctuation with offsets', () => {
    expect(kinds('وقال حسّون، إن 100 سيارة (CNN) وصلت.')).toEqual([
      'وقال/word', 'حسّون/word', '،/punct', 'إن/word', '100/number', 'سيارة/word',
      '(/punct', 'CNN/latin', ')/punct', 'وصلت/word', './punct',
    ]);
  });
  it('keeps a dotted acronym of three or more short runs in one word, and leaves a missing sentence space apart', () => {
    expect(kinds('وقالت إن.بي.سي إن')).toEqual(['وقالت/word', 'إن.بي.سي/word', 'إن/word']);
    expect(kinds('شبكة سي.إن.إن.')).toEqual(['شبكة/word', 'سي.إن.إن/word', './punct']);
    expect(kinds('منها.وقالت')).toEqual(['منها/word', './punct', 'وقالت/word']);
    expect(kinds('أ.د محمد')).toEqual(['أ/word', './punct', 'د/word', 'محمد/word']);
    expect(kinds('وقالت إل.جي إن')).toEqual(['وقالت/word', 'إل.جي/word', 'إن/word']);
    expect(kinds('قال له.في')).toEqual(['قال/word', 'له/word', './punct', 'في/word']);
  });
  it('keeps a decimal with a direction mark after its point in one number', () => {
    const t = 'عند 5.\u200f0 في المائة';
    expect(tokenize(t).map((k) => [k.text, k.kind])).toEqual([['عند', 'word'], ['5.\u200f0', 'number'], ['في', 'word'], ['المائة', 'word']]);
  });
  it('keeps decimals, thousands and Arabic-Indic digits in one number', () => {
    expect(kinds('نسبة 3.5% من ١٬٢٠٠ و 1,000')).toEqual(['نسبة/word', '3.5/number', '%/punct', 'من/word', '١٬٢٠٠/number', 'و/word', '1,000/number']);
  });
  it('keeps tatweel and diacritics inside words; a lone tatweel is punctuation', () => {
    expect(kinds('بـ"أبو الوليد" ـ بحسب')).toEqual(['بـ/word', '"/punct', 'أبو/word', 'الوليد/word', '"/punct', 'ـ/punct', 'بحسب/word']);
  });
  it('gives the folded key of each token', () => {
    expect(tokenize('أكّدت')[0]!.norm).toBe('اكدت');
  });
  it('every token slices back out of the original (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        let last = 0;
        for (const t of tokenize(text)) {
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(text.slice(t.start, t.end)).toBe(t.text);
          last = t.end;
        }
      }),
    );
  });
});

describe('clitics', () => {
  it.each([
    ['وبالعراق', 'عراق'],
    ['للأمم', 'امم'],
    ['والسعودية', 'سعوديه'],
    ['فالحكومة', 'حكومه'],
    ['وسيعلن', 'يعلن'],
    ['حكومته', 'حكومه'],
    ['بغداد', 'بغداد'],
  ])('%s has stem candidate %s', (word, stem) => {
    expect(stems(word)).toContain(stem);
  });
  it('lists the whole folded word first', () => {
    expect(stems('وبالعراق')[0]).toBe('وبالعراق');
  });
  it('segments وبالعراق as و+ب+ال+عراق', () => {
    expect(analyze('وبالعراق')).toContainEqual({ proclitics: ['و', 'ب'], article: true, stem: 'عراق', enclitic: null });
  });
  it('strips article-bearing prefixes only', () => {
    expect(stripPrefix('وبالعراق')).toEqual({ prefix: 'وبال', stem: 'عراق' });
    expect(stripPrefix('للأمم')).toEqual({ prefix: 'لل', stem: 'امم' });
    expect(stripPrefix('وزارة')).toEqual({ prefix: '', stem: 'وزاره' });
    expect(stripPrefix('بغداد')).toEqual({ prefix: '', stem: 'بغداد' });
  });
});

describe('round 31: a dotted name closed by a spelled Latin initial', () => {
  it('keeps بي.إم.دبليو one word, but not a title and a long name, nor a word and a full stop (أ.د.عبدالرحمن، منها.دبليو)', () => {
    expect(tokenize('شركة بي.إم.دبليو الألمانية').map((t) => t.text)).toEqual(['شركة', 'بي.إم.دبليو', 'الألمانية']);
    expect(tokenize('قال أ.د.عبدالرحمن').map((t) => t.text)).toEqual(['قال', 'أ', '.', 'د', '.', 'عبدالرحمن']);
    expect(tokenize('منها.دبليو').map((t) => t.text)).toEqual(['منها', '.', 'دبليو']);
  });
});
