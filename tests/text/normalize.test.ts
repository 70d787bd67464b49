import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fold, normalize, stripDiacritics } from '../../src/text/index.js';

describe('normalize', () => {
  it.each([
    ['أَكَّدَ', 'اكد'],
    ['إعلان', 'اعلان'],
    ['آلاف', 'الاف'],
    ['ٱلله', 'الله'],
    ['مصطفى', 'مصطفي'],
    ['الرئيــــس', 'الرئيس'],
    ['عام ٢٠١٥', 'عام 2015'],
    ['۱۲۳', '123'],
    ['کتاب ی', 'كتاب ي'],
    ['حسّون', 'حسون'],
    ['\u200fقال\u200e', 'قال'],
    ['\ufeffنص', 'نص'],
    ['كلمة\u00a0أخرى', 'كلمة اخري'],
    ['زيد\u200cون', 'زيدون'],
  ])('%s → %s', (input, expected) => {
    expect(normalize(input).text).toBe(expected);
  });

  it('keeps ة unless asked', () => {
    expect(normalize('الدولة').text).toBe('الدولة');
    expect(normalize('الدولة', { taMarbuta: true }).text).toBe('الدوله');
  });

  it('maps a match in the normalised text back to the original span', () => {
    const text = 'وقالَ الرَّئيسُ: إنَّ الوفدَ وصلَ';
    const n = normalize(text);
    const i = n.text.indexOf('الرئيس');
    const [s, e] = n.toOriginal(i, i + 'الرئيس'.length);
    expect(text.slice(s, e)).toBe('الرَّئيسُ'.slice(0, -1));
  });

  it('fold is the lookup key: diacritics, hamza-alef, ى, ة, digits and case all fold', () => {
    expect(fold('الأُمَمِ المُتَّحِدَة')).toBe(fold('الامم المتحده'));
    expect(fold('CNN')).toBe('cnn');
    expect(fold('قال')).toBe('قال');
    expect(stripDiacritics('مُحَمَّد')).toBe('محمد');
  });

  it('fold agrees with normalize on long text (its buffer is flushed in chunks)', () => {
    const text = 'قالَ وزيرُ الخارجيةِ الأمريكيةُ إنّ المفاوضاتِ مستمرةٌ حتى ٢٠٢٤. '.repeat(700);
    expect(text.length).toBeGreaterThan(30000);
    const folded = fold(text);
    expect(folded).not.toMatch(/[\u064B-\u065F]/);
    expect(folded).toBe(fold('قال وزير الخارجيه الامريكيه ان المفاوضات مستمره حتي 2024. ').repeat(700));
  });

  it('folds Arabic presentation forms to their letters, one unit to one (أﻥ ﺍﻟﺤﻜﻮﻣﺔ, typed by some news sites)', () => {
    expect(fold('أﻥ ﺍﻟﺤﻜﻮﻣﺔ ﻗﺎﻝ')).toBe(fold('أن الحكومة قال'));
    const n = normalize('ﻗﺎﻝ');
    expect(n.text).toBe('قال');
    expect(Array.from(n.map)).toEqual([0, 1, 2, 3]);
    // (a ligature of two letters stays whole, and a haraka's shape is dropped)
    expect(fold('ﻻ')).toBe('ﻻ');
    expect(fold('ﺑﹰ')).toBe('ب');
  });

  it('every normalised code unit maps back into the original (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.string({ maxLength: 20 }), (a, b) => {
        const text = a + 'أَحْمَد' + b;
        const n = normalize(text);
        expect(n.map.length).toBe(n.text.length + 1);
        for (let i = 0; i < n.text.length; i++) expect(n.map[i]).toBeLessThan(text.length);
        const [s, e] = n.toOriginal(0, n.text.length);
        expect(0 <= s && s <= e && e <= text.length).toBe(true);
      }),
    );
  });
});
