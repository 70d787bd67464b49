#!/usr/bin/env node
/**
 * NER speed on the ANERcorp test split, using the built package (run `npm run build` first):
 *   node bench/ner.mjs [corpus/anercorp/test.txt]
 * Prints cold start (import + model load + first sentence, in a fresh process), and tokens/s of the embedded
 * backend's recognize() over the split (sentences rebuilt as text, tokenised before timing), single thread.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const file = process.argv[2] ?? `${root}/corpus/anercorp/test.txt`;

const child = `
const t0 = performance.now();
const q = await import(${JSON.stringify(`${root}/dist/index.js`)});
const t1 = performance.now();
const text = 'قال الرئيس الأمريكي جورج بوش إن القوات ستبقى في العراق.';
await q.embeddedNer().recognize(text, q.tokenize(text), q.segment(text));
const t2 = performance.now();
console.log(JSON.stringify({ importMs: t1 - t0, loadAndFirstMs: t2 - t1 }));
`;
const colds = [];
for (let i = 0; i < 3; i++) colds.push(JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', child], { encoding: 'utf8' })));
colds.sort((a, b) => a.loadAndFirstMs - b.loadAndFirstMs);
const cold = colds[1];

const q = await import(`${root}/dist/index.js`);
const sentences = readFileSync(file, 'utf8')
  .split(/\n\s*\n/)
  .map((s) => s.split('\n').filter((l) => l.trim()).map((l) => l.trim().split(/\s+/)[0]).join(' '))
  .filter(Boolean);
const text = sentences.join('\n');
const tokens = q.tokenize(text);
let pos = 0;
const spans = sentences.map((s) => {
  const span = { start: pos, end: pos + s.length };
  pos += s.length + 1;
  return span;
});
const ner = q.embeddedNer();
await ner.recognize(text, tokens.slice(0, 50), spans.slice(0, 2)); // load
const runs = [];
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  await ner.recognize(text, tokens, spans);
  runs.push(performance.now() - t);
}
runs.sort((a, b) => a - b);
const ms = runs[2];
const noCons = q.embeddedNer({ consistency: false });
const t = performance.now();
await noCons.recognize(text, tokens, spans);
const msPlain = performance.now() - t;
console.log(
  JSON.stringify(
    {
      file,
      sentences: sentences.length,
      tokens: tokens.length,
      coldStartMs: Math.round(cold.importMs + cold.loadAndFirstMs),
      importMs: Math.round(cold.importMs),
      modelLoadAndFirstSentenceMs: Math.round(cold.loadAndFirstMs),
      tokensPerSecond: Math.round(tokens.length / (ms / 1000)),
      tokensPerSecondWithoutConsistency: Math.round(tokens.length / (msPlain / 1000)),
    },
    null,
    1,
  ),
);
