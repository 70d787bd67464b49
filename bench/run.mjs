#!/usr/bin/env node
/**
 * End-to-end benchmark of the built CLI (`npm run build` first): words/s with 1 and 2 worker threads (and in
 * the main thread), the floor (read JSONL + split on white space + write JSON) and the ratio to it, cold start,
 * peak RSS. Prints a markdown table.
 *
 *   npm run bench                       # SaudiNewsNet sample when ../shared is there, else the corpus sample
 *   npm run bench -- --docs 30000       # a bigger run (memory should stay flat: compare the two RSS halves)
 *   npm run bench -- --input FILE.jsonl # your own {"id","text"} lines
 */
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';
import { parseArgs } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const SNN = resolve(ROOT, '..', 'shared', 'data', 'saudinewsnet', 'articles.jsonl.gz');

const { values: opt } = parseArgs({
  options: {
    docs: { type: 'string', default: '2000' },
    input: { type: 'string' },
    workers: { type: 'string', default: '0,1,2' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (opt.help) {
  process.stdout.write('usage: node bench/run.mjs [--docs N] [--input FILE.jsonl] [--workers 0,1,2]\n');
  process.exit(0);
}
if (!existsSync(CLI) || !existsSync(join(ROOT, 'dist', 'worker.js'))) {
  process.stderr.write('bench: dist/cli.js is missing: run `npm run build` first\n');
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'qawl-bench-'));
const log = (s) => process.stderr.write(`bench: ${s}\n`);

/** Writes the benchmark's input JSONL and returns its path and a description. */
async function prepare() {
  const want = Number(opt.docs);
  const file = join(work, 'input.jsonl');
  if (opt.input) return { file: resolve(opt.input), what: opt.input };
  const out = createWriteStream(file);
  let n = 0;
  if (existsSync(SNN)) {
    const lines = createInterface({ input: createReadStream(SNN).pipe(createGunzip()), crlfDelay: Infinity });
    for await (const line of lines) {
      if (n >= want) break;
      const r = JSON.parse(line);
      if (!r.text || !r.text.trim()) continue;
      if (!out.write(JSON.stringify({ id: r.id, text: r.text }) + '\n')) await new Promise((ok) => out.once('drain', ok));
      n++;
    }
    lines.close();
    await new Promise((ok) => out.end(ok));
    return { file, what: `SaudiNewsNet, first ${n} non-empty articles` };
  }
  // no ../shared: the sample report's paragraphs, cycled, as short articles
  const paras = readFileSync(join(ROOT, 'corpus', 'sample-report.txt'), 'utf8').split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.length > 40);
  for (; n < want; n++) out.write(JSON.stringify({ id: `s${n}`, text: paras.slice(n % paras.length).concat(paras.slice(0, n % paras.length)).slice(0, 3).join('\n\n') }) + '\n');
  await new Promise((ok) => out.end(ok));
  return { file, what: `corpus/sample-report.txt paragraphs as ${n} articles (no ../shared)` };
}

async function countWords(file) {
  let docs = 0;
  let words = 0;
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    docs++;
    words += JSON.parse(line).text.split(/\s+/).filter(Boolean).length;
  }
  return { docs, words };
}

/** The floor: read the JSONL, split each text on white space, write a JSON record per document. */
async function floor(file) {
  const t0 = performance.now();
  const out = createWriteStream(join(work, 'floor.jsonl'));
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    const r = JSON.parse(line);
    const s = JSON.stringify({ id: r.id, words: r.text.split(/\s+/) }) + '\n';
    if (!out.write(s)) await new Promise((ok) => out.once('drain', ok));
  }
  await new Promise((ok) => out.end(ok));
  return (performance.now() - t0) / 1000;
}

/** Peak and current RSS (kB) and CPU seconds (user + system, all threads) of a running process, from /proc. */
function status(pid) {
  try {
    const s = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (k) => Number((new RegExp(`^${k}:\\s+(\\d+)`, 'm').exec(s) ?? [])[1] ?? NaN);
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cpu = (Number(f[11]) + Number(f[12])) / 100; // utime + stime, in clock ticks (USER_HZ = 100)
    const st = { hwm: kb('VmHWM'), rss: kb('VmRSS'), cpu };
    return Number.isFinite(st.hwm) && Number.isFinite(st.rss) ? st : null;
  } catch {
    return null;
  }
}

/** Runs the CLI; returns wall seconds, exit code, peak RSS (MB) and the RSS peaks of the run's two halves. */
function runCli(args, input) {
  return new Promise((ok, fail) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [CLI, ...args], { stdio: [input === undefined ? 'ignore' : 'pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (b) => (stderr += b));
    if (input !== undefined) child.stdin.end(input);
    const samples = [];
    let hwm = NaN;
    let cpu = NaN;
    const timer = setInterval(() => {
      const s = status(child.pid);
      if (s) {
        hwm = s.hwm;
        cpu = s.cpu;
        samples.push(s.rss);
      }
    }, 20);
    child.on('error', fail);
    child.on('close', (code) => {
      clearInterval(timer);
      const secs = (performance.now() - t0) / 1000;
      const half = Math.floor(samples.length / 2);
      const mb = (kb) => Math.round(kb / 1024);
      ok({ secs, code, stderr, cpu, peak: mb(hwm), firstHalf: mb(Math.max(...samples.slice(0, half))), secondHalf: mb(Math.max(...samples.slice(half))) });
    });
  });
}

const { file, what } = await prepare();
const { docs, words } = await countWords(file);
log(`${docs} documents, ${words} words (${(statSync(file).size / 1e6).toFixed(1)} MB): ${what}`);

await floor(file); // warm the page cache
const floorSecs = Math.min(await floor(file), await floor(file));
const floorWps = words / floorSecs;
log(`floor ${Math.round(floorWps)} words/s`);

const cold = [];
for (let i = 0; i < 5; i++) {
  const r = await runCli(['extract', '-', '--quiet'], 'قال المتحدث باسم الوزارة أحمد علي إن الوفد وصل إلى جنيف.');
  if (r.code !== 0) throw new Error(`cold start run failed: ${r.stderr}`);
  cold.push(r.secs);
}
cold.sort((a, b) => a - b);
const coldSecs = cold[2];
log(`cold start ${coldSecs.toFixed(2)} s`);

const rows = [];
for (const w of opt.workers.split(',').map(Number)) {
  const out = join(work, `out-${w}.jsonl`);
  const r = await runCli(['extract', file, '--workers', String(w), '--out', out, '--quiet', '--format', 'jsonl']);
  if (r.code !== 0 && r.code !== 1) throw new Error(`workers ${w}: exit ${r.code}: ${r.stderr}`);
  const wps = words / r.secs;
  log(`workers ${w}: ${r.secs.toFixed(1)} s, ${Math.round(wps)} words/s, peak RSS ${r.peak} MB`);
  rows.push({ w, ...r, wps });
}

const k = (n) => `${Math.round(n / 100) / 10}k`;
const one = rows.find((r) => r.w === 1);
const lines = [
  `Input: ${what} — ${docs} documents, ${words.toLocaleString('en-US')} words. Machine: ${cpus().length} × ${cpus()[0]?.model?.trim() ?? 'CPU'}, Node ${process.version}.`,
  '',
  '| run | wall (s) | words/s | × floor time | vs 1 worker | CPU (s) | words per CPU-second | peak RSS (MB) | RSS peak 1st / 2nd half (MB) |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  `| floor: read + split on white space + write JSON | ${floorSecs.toFixed(2)} | ${k(floorWps)} | 1.0 | | | | | |`,
  ...rows.map(
    (r) =>
      `| \`qawl extract --workers ${r.w}\`${r.w === 0 ? ' (main thread)' : ''} | ${r.secs.toFixed(2)} | ${k(r.wps)} | ${(floorWps / r.wps).toFixed(1)} | ${one ? (r.wps / one.wps).toFixed(2) + '×' : ''} | ${r.cpu.toFixed(1)} | ${k(words / r.cpu)} | ${r.peak} | ${r.firstHalf} / ${r.secondHalf} |`,
  ),
  '',
  `Cold start (\`printf '…' | qawl extract -\`, one sentence, median of 5): ${coldSecs.toFixed(2)} s.`,
  `Wall times are for the whole command, cold start included; CPU is user + system time of all its threads (a busy machine slows wall time, not CPU time). Reproduce: \`npm run build && npm run bench${opt.docs !== '2000' ? ` -- --docs ${opt.docs}` : ''}\`.`,
];
process.stdout.write(lines.join('\n') + '\n');
writeFileSync(join(work, 'result.md'), lines.join('\n'));
rmSync(work, { recursive: true, force: true });
