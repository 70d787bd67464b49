/**
 * The HTML report in a real browser: Debian's chromium driven by playwright-core. Skipped, saying why, only
 * where /usr/bin/chromium is absent (.ci/run installs it). With QAWL_SCREENSHOT=docs/report.png it also
 * saves a screenshot of the sample report for the README.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { htmlReport } from '../../src/formats/html.js';
import { ensureBuilt, jsonl, qawl, ROOT } from '../cli/helpers.js';
import { sampleDoc } from './fixture.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const why = hasChromium ? '' : ` — SKIPPED: ${CHROMIUM} not found (install it: apt-get update && apt-get install -y chromium)`;
if (!hasChromium) console.warn(`browser tests${why}`);

let ctx: BrowserContext | undefined;
let profile = '';
const work = mkdtempSync(join(tmpdir(), 'qawl-html-'));

beforeAll(async () => {
  if (!hasChromium) return;
  profile = mkdtempSync(join(tmpdir(), 'qawl-chromium-'));
  ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}, 120_000);

afterAll(async () => {
  await ctx?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

async function open(html: string, name: string): Promise<Page> {
  const path = join(work, name);
  writeFileSync(path, html);
  const page = await ctx!.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(pathToFileURL(path).href);
  (page as Page & { errors?: string[] }).errors = errors;
  return page;
}

describe('HTML report in chromium' + why, () => {
  it.skipIf(!hasChromium)('shows the claims, highlights each kind in its own colour, renders <script> in text as text', async () => {
    const page = await open(htmlReport([sampleDoc(), { id: 'broken', error: 'invalid UTF-8', source: 'in.jsonl:7' }]), 'fixture.html');
    expect(await page.evaluate('document.documentElement.dir')).toBe('rtl');
    // the table of claims: one row per claim, who said what and the stance
    const rows = await page.locator('table.claims tbody tr').allInnerTexts();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('أحمد علي');
    expect(rows[0]).toContain('الوفد وصل إلى جنيف');
    expect(rows[0]).toContain('تأكيد');
    expect(rows[1]).toContain('نفي');
    // the article: the document's markup is shown as text and never runs
    const article = await page.locator('article.text').innerText();
    expect(article).toContain('<script>window.__pwned = 1</script> & <b>غير عريض</b>');
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    expect(await page.locator('article b').count()).toBe(0);
    // four kinds of highlight, four colours
    const colour = (sel: string) =>
      page.locator(sel).first().evaluate((e) => {
        const s = (globalThis as unknown as { getComputedStyle(el: unknown): { backgroundColor: string; color: string } }).getComputedStyle(e);
        return `${s.backgroundColor}|${s.color}`;
      });
    const colours = await Promise.all(['article .k-sp', 'article .k-cu', 'article .k-ct:not(.k-pl)', 'article .k-pl:not(.k-ct)'].map(colour));
    expect(new Set(colours).size).toBe(4);
    expect(await page.locator('article .k-sp').first().innerText()).toBe('أحمد علي');
    // hover a cue: the panel shows that claim's record
    await page.locator('article .k-cu', { hasText: 'قال' }).hover();
    await expect.poll(() => page.locator('#panel pre').innerText()).toContain('"id": "c1"');
    // click a row: the claim is pinned and its pieces in the text are selected
    await page.locator('table.claims tbody tr').nth(1).click();
    expect(await page.locator('#panel pre').innerText()).toContain('"stance": "deny"');
    expect(await page.locator('article .sel').allInnerTexts()).toEqual(expect.arrayContaining(['نفى', 'وزير الخارجية السوري']));
    await page.mouse.move(5, 5);
    expect(await page.locator('#panel pre').innerText()).toContain('"id": "c2"');
    // places with country and coordinates; the failed document is named
    const places = await page.locator('table.places').first().innerText();
    expect(places).toMatch(/دمشق\s+سوريا \(SY\)\s+33\.5102\s+36\.2913/);
    expect(await page.locator('section.failed').innerText()).toContain('in.jsonl:7');
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
    await page.close();
  });

  it.skipIf(!hasChromium)('the built CLI\'s report of the sample article shows every claim it extracted', async () => {
    await ensureBuilt();
    const sample = join(ROOT, 'corpus', 'sample-report.txt');
    const [html, data] = await Promise.all([qawl(['extract', sample, '--format', 'html']), qawl(['extract', sample, '--format', 'jsonl'])]);
    expect(html.code).toBe(0);
    const doc = jsonl(data.stdout)[0] as { claims: Array<{ content: { text: string } }> };
    expect(doc.claims.length).toBeGreaterThan(0);
    const page = await open(html.stdout, 'sample.html');
    expect(await page.locator('table.claims tbody tr').count()).toBe(doc.claims.length);
    const firstRow = await page.locator('table.claims tbody tr').first().innerText();
    expect(firstRow.replace(/\s+/g, ' ')).toContain(doc.claims[0]!.content.text.replace(/\s+/g, ' ').slice(0, 30));
    expect(await page.locator('article .k-ct').count()).toBeGreaterThan(0);
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
    if (process.env.QAWL_SCREENSHOT) {
      const speaker = page.locator('article .k-sp[data-c]');
      const pick = ((await speaker.count()) ? speaker : page.locator('article .k-cu')).first();
      await pick.click();
      await pick.evaluate((e) => e.scrollIntoView({ block: 'center' }));
      await page.screenshot({ path: resolve(ROOT, process.env.QAWL_SCREENSHOT) });
    }
    await page.close();
  }, 300_000);
});
