import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { collapseBlankLines, escapeHtml, highlight, htmlDocument, htmlReport, jsonForScript } from '../../src/formats/html.js';
import { sampleDoc, TEXT } from './fixture.js';

const unescape = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

describe('html report', () => {
  it('escapes document text: an article containing <script> stays text', () => {
    const html = htmlReport([sampleDoc()]);
    expect(html).not.toContain('<script>window.__pwned');
    expect(html).toContain('&lt;script&gt;window.__pwned = 1&lt;/script&gt;');
    expect(html).not.toContain('<b>غير عريض</b>');
    // only the report's own scripts: one JSON data block per document and the page script
    expect(html.match(/<script\b/g)).toHaveLength(2);
  });

  it('embeds the records as JSON that cannot close its <script> element', () => {
    const s = jsonForScript({ t: '</script><script>alert(1)</script>\u2028' });
    expect(s).not.toMatch(/[<>\u2028]/);
    expect(JSON.parse(s)).toEqual({ t: '</script><script>alert(1)</script>\u2028' });
  });

  it('marks speakers, cues, contents and places, and lists claims and places', () => {
    const html = htmlDocument(sampleDoc(), 0);
    expect(html).toMatch(/<span class="m k-sp" data-c="0">أحمد علي<\/span>/);
    expect(html).toMatch(/<span class="m k-cu" data-c="0">قال<\/span>/);
    expect(html).toMatch(/<span class="m k-ct k-pl" data-c="0" title="جنيف — سويسرا">جنيف<\/span>/);
    expect(html).toMatch(/<span class="m k-pl" title="دمشق — سوريا">دمشق<\/span>/);
    expect(html.match(/<tr data-c="\d+"/g)).toHaveLength(2);
    expect(html).toContain('سوريا (SY)');
    expect(html).toContain('33.5102');
  });

  it('shows a failed document with its error, escaped', () => {
    const html = htmlDocument({ id: '<x>', error: 'bad <input>', source: 'a.jsonl:2' }, 3);
    expect(html).toContain('&lt;x&gt;');
    expect(html).toContain('bad &lt;input&gt; — a.jsonl:2');
  });

  it('never loses or reorders text, whatever the (overlapping, out-of-range) marks', () => {
    const kinds = ['sp', 'cu', 'ct', 'pl'] as const;
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 60 }),
        fc.array(fc.record({ a: fc.nat(70), b: fc.nat(70), k: fc.constantFrom(...kinds), c: fc.nat(3) }), { maxLength: 8 }),
        (text, raw) => {
          const marks = raw
            .map(({ a, b, k, c }) => ({ start: Math.min(a, b), end: Math.max(a, b), kind: k, claim: c }))
            .filter((m) => m.end > m.start && m.end <= text.length);
          const html = highlight(text, marks);
          // the text, in order, with runs of blank lines shown as one
          const shown = unescape(html.replace(/<span[^>]*>|<\/span>/g, ''));
          expect(collapseBlankLines(shown)).toBe(collapseBlankLines(text));
          if (!/\n[ \t\u00a0\r]*\n/.test(text)) expect(shown).toBe(text);
          expect(html.split('<span').length).toBe(html.split('</span>').length);
        },
      ),
    );
  });

  it('shows a run of blank lines as one empty line', () => {
    expect(collapseBlankLines('أ\n\n \n\n\r\nب\nج\n\nد')).toBe('أ\n\nب\nج\n\nد');
  });

  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(TEXT).toContain('<script>');
  });
});
