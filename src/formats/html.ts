/**
 * HTML output: one self-contained right-to-left report (inline CSS and script, nothing fetched) a journalist
 * can read. Each document shows its text with speakers, cues, claim contents and places highlighted; hovering
 * or clicking a highlight shows that claim's record; then a table of claims and the list of places.
 * Every piece of document text is escaped, and the records embedded for the script are JSON with `<`
 * escaped, so an article containing `<script>` renders as text.
 *
 * The report is written as header + one section per document + footer, so it streams.
 */
import type { Claim, ErrorRecord, QawlDocument } from '../schema/records.js';
import { REPORT_CSS, REPORT_SCRIPT } from './html-assets.js';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESC[c]!);
}

/** JSON safe inside a <script> element: no `<`, `>`, `&` or line separators survive literally. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export const STANCE_AR: Record<Claim['stance'], string> = {
  assert: 'تأكيد',
  deny: 'نفي',
  accuse: 'اتهام',
  announce: 'إعلان',
  warn: 'تحذير',
  demand: 'مطالبة',
  question: 'تساؤل',
  reveal: 'كشف',
};

const KIND_AR: Record<string, string> = { explicit: 'صريح', implicit: 'ضمني', anonymous: 'مجهول' };

type MarkKind = 'sp' | 'cu' | 'ct' | 'pl';
interface Mark {
  start: number;
  end: number;
  kind: MarkKind;
  claim?: number;
  title?: string;
}

let regionNames: Intl.DisplayNames | null | undefined;
function countryName(code: string | null): string {
  if (!code) return '';
  try {
    regionNames ??= new Intl.DisplayNames(['ar'], { type: 'region' });
    return regionNames.of(code.toUpperCase()) ?? code;
  } catch {
    regionNames = null;
    return code;
  }
}

function marksOf(doc: QawlDocument, n: number): Mark[] {
  const marks: Mark[] = [];
  const ok = (s: number | null | undefined, e: number | null | undefined) =>
    typeof s === 'number' && typeof e === 'number' && s >= 0 && e > s && e <= n;
  doc.claims.forEach((c, k) => {
    if (ok(c.content.start, c.content.end)) marks.push({ start: c.content.start, end: c.content.end, kind: 'ct', claim: k });
    if (ok(c.cue.start, c.cue.end)) marks.push({ start: c.cue.start, end: c.cue.end, kind: 'cu', claim: k });
    const sp = c.speaker;
    if (sp && ok(sp.start, sp.end)) marks.push({ start: sp.start!, end: sp.end!, kind: 'sp', claim: k });
  });
  const entities = new Map(doc.entities.map((e) => [e.id, e]));
  for (const p of doc.places) {
    const e = entities.get(p.entityId);
    if (!e) continue;
    const country = countryName(p.countryCode);
    const title = country && country !== p.name ? `${p.name} — ${country}` : p.name;
    for (const m of e.mentions) if (ok(m.start, m.end)) marks.push({ start: m.start, end: m.end, kind: 'pl', title });
  }
  return marks;
}

/** For display only: a run of blank lines shows as one empty line (news text often has many). */
export function collapseBlankLines(s: string): string {
  return s.replace(/\n(?:[ \t\u00a0\r]*\n){2,}/g, '\n\n');
}

/**
 * The text as escaped HTML with the marks as nested-free spans (each piece carries all marks covering it).
 * Runs of blank lines are shown as one.
 */
export function highlight(text: string, marks: Mark[]): string {
  const starts = new Map<number, Mark[]>();
  const ends = new Map<number, Mark[]>();
  const cuts = new Set<number>([0, text.length]);
  for (const m of marks) {
    (starts.get(m.start) ?? starts.set(m.start, []).get(m.start)!).push(m);
    (ends.get(m.end) ?? ends.set(m.end, []).get(m.end)!).push(m);
    cuts.add(m.start).add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const active = new Set<Mark>();
  let html = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const at = points[i]!;
    for (const m of ends.get(at) ?? []) active.delete(m);
    for (const m of starts.get(at) ?? []) active.add(m);
    const piece = escapeHtml(collapseBlankLines(text.slice(at, points[i + 1])));
    if (!active.size) {
      html += piece;
      continue;
    }
    const kinds = new Set<MarkKind>();
    const claims = new Set<number>();
    let title = '';
    for (const m of active) {
      kinds.add(m.kind);
      if (m.claim !== undefined) claims.add(m.claim);
      if (m.title) title = m.title;
    }
    const cls = ['m', ...[...kinds].sort().map((k) => `k-${k}`)].join(' ');
    const dc = claims.size ? ` data-c="${[...claims].sort((a, b) => a - b).join(' ')}"` : '';
    const tt = title ? ` title="${escapeHtml(title)}"` : '';
    html += `<span class="${cls}"${dc}${tt}>${piece}</span>`;
  }
  return html;
}

const td = (s: string | number | null | undefined, cls = '') =>
  `<td${cls ? ` class="${cls}"` : ''}>${escapeHtml(s === null || s === undefined ? '' : String(s))}</td>`;

function claimsTable(doc: QawlDocument): string {
  if (!doc.claims.length) return '<p class="none">لا تصريحات في هذا النص.</p>';
  const rows = doc.claims.map((c, k) => {
    const sp = c.speaker;
    return (
      `<tr data-c="${k}" tabindex="0">` +
      td(k + 1) +
      td(sp?.name ?? '—', 'who') +
      td(sp?.role) +
      td(sp ? (KIND_AR[sp.kind] ?? sp.kind) : '') +
      td(c.cue.text) +
      td(STANCE_AR[c.stance] ?? c.stance, `st st-${c.stance}`) +
      td(c.direct ? 'مباشر' : 'غير مباشر') +
      td(c.content.text, 'what') +
      td(c.places.join('، ')) +
      td(c.targets.join('، ')) +
      td(c.confidence.toFixed(2)) +
      '</tr>'
    );
  });
  return (
    '<table class="claims"><thead><tr><th>#</th><th>المتحدث</th><th>الصفة</th><th>المصدر</th><th>فعل القول</th>' +
    '<th>الموقف</th><th>الصيغة</th><th>المضمون</th><th>الأماكن</th><th>المعنيّون</th><th>الثقة</th></tr></thead><tbody>' +
    rows.join('') +
    '</tbody></table>'
  );
}

function placesList(doc: QawlDocument): string {
  if (!doc.places.length) return '<p class="none">لا أماكن.</p>';
  const coord = (v: number | null) => (v === null ? '' : v.toFixed(4));
  const rows = doc.places.map((p) => {
    const country = p.countryCode ? `${countryName(p.countryCode)} (${p.countryCode})` : '';
    const map =
      p.lat !== null && p.lon !== null
        ? `<a href="https://www.openstreetmap.org/?mlat=${p.lat}&amp;mlon=${p.lon}#map=8/${p.lat}/${p.lon}" rel="noopener noreferrer" target="_blank">خريطة</a>`
        : '';
    return `<tr>${td(p.name, 'pl-name')}${td(country)}${td(coord(p.lat), 'num')}${td(coord(p.lon), 'num')}${td(p.geonameId, 'num')}<td>${map}</td></tr>`;
  });
  return (
    '<table class="places"><thead><tr><th>المكان</th><th>الدولة</th><th>خط العرض</th><th>خط الطول</th><th>GeoNames</th><th></th></tr></thead><tbody>' +
    rows.join('') +
    '</tbody></table>'
  );
}

/** The report's opening: document head, styles, legend and the claim panel. */
export function htmlHeader(title = 'qawl — تقرير التصريحات'): string {
  return `<!doctype html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="qawl">
<title>${escapeHtml(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header class="top"><h1>${escapeHtml(title)}</h1>
<p class="legend"><span class="m k-sp">المتحدث</span> <span class="m k-cu">فعل القول</span> <span class="m k-ct">مضمون التصريح</span> <span class="m k-pl">مكان</span>
<span class="hint">مرّر المؤشر على تصريح أو انقر عليه لعرض سجلّه.</span></p></header>
<aside id="panel" hidden><button type="button" class="close" aria-label="إغلاق">×</button><div class="head"></div><pre dir="ltr"></pre></aside>
<main>
`;
}

/** One document's section (or a failed document's notice). `index` keeps element ids unique in the report. */
export function htmlDocument(rec: QawlDocument | ErrorRecord, index: number): string {
  if ('error' in rec) {
    const where = rec.source ? ` — ${rec.source}` : '';
    return `<section class="doc failed" id="doc-${index}"><h2><bdi>${escapeHtml(rec.id)}</bdi></h2><p class="error">تعذّرت المعالجة: ${escapeHtml(rec.error + where)}</p></section>\n`;
  }
  const dir = rec.language === 'en' ? 'ltr' : 'rtl';
  const text = rec.text ?? '';
  const body = text
    ? `<article class="text" dir="${dir}" lang="${escapeHtml(rec.language)}">${highlight(text, marksOf(rec, text.length))}</article>`
    : '<p class="none">(النص غير مضمّن في السجل)</p>';
  const counts = `${rec.claims.length} تصريح · ${rec.entities.length} كيان · ${rec.places.length} مكان`;
  return (
    `<section class="doc" id="doc-${index}" data-doc="${index}">` +
    `<h2><bdi>${escapeHtml(rec.id)}</bdi> <small>${escapeHtml(counts)}</small></h2>` +
    body +
    `<h3>التصريحات</h3>${claimsTable(rec)}` +
    `<h3>الأماكن</h3>${placesList(rec)}` +
    `<script type="application/json" class="qawl-data">${jsonForScript({ id: rec.id, claims: rec.claims })}</script>` +
    '</section>\n'
  );
}

export function htmlFooter(): string {
  return `</main>
<footer class="bottom">qawl</footer>
<script>${REPORT_SCRIPT}</script>
</body>
</html>
`;
}

/** A whole report at once, for library users. */
export function htmlReport(recs: Array<QawlDocument | ErrorRecord>, title?: string): string {
  return htmlHeader(title) + recs.map((r, i) => htmlDocument(r, i)).join('') + htmlFooter();
}
