/** The HTML report's inline style sheet and script (kept apart from the markup code). */

export const REPORT_CSS = `
:root { --sp: #cfe3ff; --cu: #ffc9d3; --ct: #fff1a8; --pl: #1f8f4e; --plbg: #dcf3e4; --ink: #1d2430; --muted: #5b6675; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #f6f7f9; line-height: 1.9;
  font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "Segoe UI", Tahoma, "DejaVu Sans", sans-serif; }
header.top { padding: 14px 28px 6px; background: #fff; border-bottom: 1px solid #dde1e6; position: sticky; top: 0; z-index: 2; }
h1 { font-size: 1.35rem; margin: 0 0 4px; }
.legend { margin: 0 0 6px; font-size: .95rem; }
.legend .m { padding: 1px 8px; border-radius: 4px; margin-inline-end: 6px; }
.hint { color: var(--muted); font-size: .85rem; margin-inline-start: 10px; }
main { padding: 12px 28px 60px; max-width: 1200px; }
section.doc { background: #fff; border: 1px solid #dde1e6; border-radius: 8px; padding: 14px 22px; margin: 16px 0; }
section.doc h2 { font-size: 1.15rem; margin: 0 0 8px; }
section.doc h2 small { color: var(--muted); font-weight: normal; font-size: .85rem; margin-inline-start: 8px; }
h3 { font-size: 1rem; margin: 18px 0 6px; color: #333c48; }
article.text { white-space: pre-wrap; font-size: 1.08rem; overflow-wrap: anywhere; }
.m { border-radius: 3px; cursor: default; }
.m.k-ct { background: var(--ct); }
.m.k-sp { background: var(--sp); font-weight: 600; }
.m.k-cu { background: var(--cu); font-weight: 600; }
.m.k-pl { color: var(--pl); box-shadow: inset 0 -2px 0 var(--pl); }
.m.k-pl:not(.k-ct):not(.k-sp) { background: var(--plbg); }
.m[data-c] { cursor: pointer; }
.m.sel { outline: 2px solid #c2410c; outline-offset: 0; }
.m.k-ct.sel { background: #ffe066; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; line-height: 1.6; }
th, td { border: 1px solid #e3e6ea; padding: 4px 8px; text-align: start; vertical-align: top; }
th { background: #f0f2f5; font-weight: 600; }
table.claims tbody tr { cursor: pointer; }
table.claims tbody tr:hover, table.claims tbody tr.sel { background: #fff8d6; }
td.who { font-weight: 600; white-space: nowrap; }
td.what { min-width: 22em; }
td.num { direction: ltr; text-align: end; font-variant-numeric: tabular-nums; }
.st { white-space: nowrap; font-weight: 600; }
.st-deny, .st-accuse, .st-warn { color: #b42318; }
.st-announce, .st-reveal { color: #1d4ed8; }
.st-demand, .st-question { color: #7c3aed; }
.none { color: var(--muted); }
.failed { border-color: #f1a7a7; }
.error { color: #b42318; white-space: pre-wrap; }
#panel { position: fixed; left: 16px; bottom: 16px; width: min(420px, 44vw); max-height: 62vh; overflow: auto; z-index: 3;
  background: #fff; border: 1px solid #b8c0cc; border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.16); padding: 10px 14px; }
#panel .head { font-weight: 600; margin-inline-end: 26px; }
#panel pre { margin: 6px 0 0; font-size: .78rem; line-height: 1.45; white-space: pre-wrap; overflow-wrap: anywhere;
  font-family: ui-monospace, "DejaVu Sans Mono", monospace; text-align: left; }
#panel .close { position: absolute; top: 6px; left: 8px; border: 0; background: none; font-size: 1.3rem; cursor: pointer; }
@media (min-width: 1100px) {
  main { max-width: none; margin-inline-end: 460px; }
  #panel { top: 110px; bottom: auto; width: 420px; max-height: calc(100vh - 130px); }
}
footer.bottom { color: var(--muted); font-size: .8rem; padding: 0 28px 20px; }
`;

/** Plain ES2017, no globals leaked; reads each section's embedded JSON lazily. */
export const REPORT_SCRIPT = `
(function () {
  var STANCE = { assert: 'تأكيد', deny: 'نفي', accuse: 'اتهام', announce: 'إعلان', warn: 'تحذير', demand: 'مطالبة', question: 'تساؤل', reveal: 'كشف' };
  var cache = new Map();
  var panel = document.getElementById('panel');
  var head = panel.querySelector('.head');
  var pre = panel.querySelector('pre');
  var pinned = null;
  function claimsOf(sec) {
    if (!cache.has(sec)) {
      var s = sec.querySelector('script.qawl-data');
      var claims = [];
      try { claims = s ? JSON.parse(s.textContent).claims : []; } catch (e) { claims = []; }
      cache.set(sec, claims);
    }
    return cache.get(sec);
  }
  function show(sec, k) {
    var c = claimsOf(sec)[k];
    if (!c) return;
    head.textContent = (k + 1) + '. ' + (c.speaker ? c.speaker.name : '—') + ' · ' + (STANCE[c.stance] || c.stance) + ' · ' + c.cue.text;
    pre.textContent = JSON.stringify(c, null, 2);
    panel.hidden = false;
  }
  function has(el, k) { return el.getAttribute('data-c').split(' ').indexOf(String(k)) >= 0; }
  function select(sec, k) {
    document.querySelectorAll('.sel').forEach(function (e) { e.classList.remove('sel'); });
    if (!sec) return;
    sec.querySelectorAll('[data-c]').forEach(function (e) { if (has(e, k)) e.classList.add('sel'); });
  }
  function target(e) {
    var t = e.target && e.target.closest ? e.target.closest('[data-c]') : null;
    if (!t) return null;
    var sec = t.closest('section.doc');
    return sec ? { el: t, sec: sec, list: t.getAttribute('data-c').split(' ').map(Number) } : null;
  }
  document.addEventListener('mouseover', function (e) {
    if (pinned) return;
    var t = target(e);
    if (t) show(t.sec, t.list[0]);
  });
  function pick(t) {
    var k = t.list[0];
    if (pinned && pinned.sec === t.sec) {
      var i = t.list.indexOf(pinned.k);
      if (i >= 0) k = t.list[(i + 1) % t.list.length];
    }
    pinned = { sec: t.sec, k: k };
    show(t.sec, k);
    select(t.sec, k);
    if (t.el.tagName === 'TR') {
      var first = t.sec.querySelector('article [data-c].sel');
      if (first) first.scrollIntoView({ block: 'center', behavior: 'smooth' });
    }
  }
  document.addEventListener('click', function (e) {
    if (e.target.closest && e.target.closest('#panel')) return;
    var t = target(e);
    if (t) pick(t);
  });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') { pinned = null; panel.hidden = true; select(null); return; }
    if (e.key !== 'Enter') return;
    var t = target(e);
    if (t) pick(t);
  });
  panel.querySelector('.close').addEventListener('click', function () { pinned = null; panel.hidden = true; select(null); });
})();
`;
