import { describe, expect, it } from 'vitest';
import { detectLanguage, scriptCounts } from '../../src/text/language.js';

describe('detectLanguage', () => {
  it.each([
    ['Foreign Secretary Jack Straw praised the "spirit of cooperation".', 'en'],
    ['قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل.', 'ar'],
    ['أعلنت شركة Microsoft عن جهاز Xbox الجديد في مؤتمر صحفي بالرياض.', 'ar'],
    ['The minister (وزير الخارجية) said talks would resume in Riyadh next week.', 'en'],
    ['١٢٣٤ - 2024', 'ar'],
    ['', 'ar'],
  ] as const)('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('counts letters only, by script', () => {
    expect(scriptCounts('abc 123 دار')).toEqual({ arabic: 3, latin: 3 });
  });
});
