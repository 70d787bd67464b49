import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { segment } from '../../src/text/index.js';

const sents = (text: string) => segment(text).map((s) => text.slice(s.start, s.end));

describe('segment', () => {
  it('does not end a sentence inside a dotted acronym the tokenizer keeps whole (جيه.إل.إل، إل.جي)', () => {
    const t = 'وقالت جيه.إل.إل إن الأسعار تراجعت. وأضافت إل.جي أن السوق ضعيف.';
    expect(segment(t).map((s) => t.slice(s.start, s.end))).toEqual(['وقالت جيه.إل.إل إن الأسعار تراجعت.', 'وأضافت إل.جي أن السوق ضعيف.']);
  });
  it('splits at . ؟ ? ! and keeps the terminator', () => {
    expect(sents('وصل الوفد. هل انتهى الاجتماع؟ نعم!')).toEqual(['وصل الوفد.', 'هل انتهى الاجتماع؟', 'نعم!']);
  });
  it('splits at the .. and ... runs used as separators, even without a space', () => {
    expect(sents('للأمم المتحدة...وخلال مؤتمر صحفي من جنيف..قال')).toEqual(['للأمم المتحدة...', 'وخلال مؤتمر صحفي من جنيف..', 'قال']);
  });
  it('splits at line breaks', () => {
    expect(sents('العنوان\n\nالفقرة الأولى\r\nالثانية')).toEqual(['العنوان', 'الفقرة الأولى', 'الثانية']);
  });
  it('never splits inside a quotation', () => {
    expect(sents('قال: "وصلنا. وبدأنا العمل." ثم غادر.')).toEqual(['قال: "وصلنا. وبدأنا العمل."', 'ثم غادر.']);
    expect(sents('وأضاف «لن نتراجع. أبداً» وغادر. انتهى')).toEqual(['وأضاف «لن نتراجع. أبداً» وغادر.', 'انتهى']);
    expect(sents('وقال “هذا كثير! جداً” أمس.')).toEqual(['وقال “هذا كثير! جداً” أمس.']);
  });
  it('reads a “ typed after a word as a closing mark', () => {
    expect(sents('أكد في تصريحات لقناة “العالم“ أن بلاده مستعدة. ودعا إلى الحوار.')).toEqual([
      'أكد في تصريحات لقناة “العالم“ أن بلاده مستعدة.',
      'ودعا إلى الحوار.',
    ]);
    expect(sents('كما أكد لقناة “العالم “الإيرانية استعداد إيران للتعاون. ودعا إلى الحوار.')).toHaveLength(2);
  });
  it('keeps numbers, abbreviations and URLs intact', () => {
    expect(sents('ارتفع بنسبة 3.5 في المئة. وقال د. أحمد إن الرابط https://example.com/a.b?x=1 يعمل.')).toEqual([
      'ارتفع بنسبة 3.5 في المئة.',
      'وقال د. أحمد إن الرابط https://example.com/a.b?x=1 يعمل.',
    ]);
    expect(sents('كتب أ. محمد مقالاً. ثم نشره.')).toEqual(['كتب أ. محمد مقالاً.', 'ثم نشره.']);
  });
  it('keeps a decimal whose point is followed by a direction mark (5.\u200f0, as some newspapers write it)', () => {
    const t = 'وأبقى البنك سعر الفائدة عند 5.\u200f0 في المائة. ورفع توقعاته للنمو إلى 8.\u200f2 في المائة.';
    expect(sents(t)).toEqual(['وأبقى البنك سعر الفائدة عند 5.\u200f0 في المائة.', 'ورفع توقعاته للنمو إلى 8.\u200f2 في المائة.']);
  });
  it('segments the sample report into its sentences', () => {
    const text = readFileSync(new URL('../../corpus/sample-report.txt', import.meta.url), 'utf8');
    const s = sents(text);
    expect(s).toContain('حسّون أكّد أن هذه الوثائق تكشف أوامر النظام لعناصره بالتعامل المطلق مع "داعش" خلال العمليات العسكرية، لافتاً إلى أن المعارضة ستضع هذه الوثائق بحوزة الأمم المتحدة...');
    expect(s.some((x) => x.startsWith('كما يكشف التقرير') && x.endsWith('"إنت عارف إنهم جماعتنا".'))).toBe(true);
  });
  it('returns trimmed, ordered, non-overlapping spans for any input (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '.', '"', '«', '»', '\n', 'ق', '؟', '…', 'ـ'), maxLength: 300 }), (text) => {
        let last = 0;
        for (const s of segment(text)) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(text.slice(s.start, s.end).trim()).toBe(text.slice(s.start, s.end));
          last = s.end;
        }
      }),
    );
  });
  it('a line broken after a word no sentence ends with (بقيمة، إلى) is no boundary; a blank line always is', () => {
    const text = 'مقابل صافي ربح بقيمة \n185 مليون ريال في الربع الثاني.\nوانتقل الفريق إلى\r\nمدينة جدة أمس\nعنوان\n\nفي\n\nنص';
    expect(segment(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'مقابل صافي ربح بقيمة \n185 مليون ريال في الربع الثاني.',
      'وانتقل الفريق إلى\r\nمدينة جدة أمس',
      'عنوان',
      'في',
      'نص',
    ]);
  });

  it('a dotted name closed by a spelled Latin initial is no sentence end (بي.إم.دبليو), a typed full stop still is', () => {
    const text = 'أعلنت شركة بي.إم.دبليو زيادة أسطولها. وذكرت أ.ف.ب أن الوضع هادئ. قال له.وقال الوزير إن الأمر انتهى.';
    expect(segment(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'أعلنت شركة بي.إم.دبليو زيادة أسطولها.',
      'وذكرت أ.ف.ب أن الوضع هادئ.',
      'قال له.',
      'وقال الوزير إن الأمر انتهى.',
    ]);
  });

  it('stays linear on adversarial runs of quotes and dots', () => {
    for (const text of ['«'.repeat(30000), '"'.repeat(30000), '.'.repeat(30000), 'قال "'.repeat(20000), 'اب.'.repeat(30000), 'في \n'.repeat(30000)]) {
      const spans = segment(text);
      expect(Array.isArray(spans)).toBe(true);
    }
  });
});
