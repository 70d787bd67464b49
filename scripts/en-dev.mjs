#!/usr/bin/env node
// English dev loop: runs extractEnglish on a claims dev directory (ID.json + ID.gold.json), writes predictions
// as JSONL and scores them with the shared scorer.
//   node scripts/en-dev.mjs [DEV_DIR] [OUT.jsonl]   (default DEV_DIR corpus/claims-dev-en, OUT .tmp/en/pred.jsonl)
// Bundles src/en/index.ts with esbuild first (into .tmp/en/), so it runs without a build of the whole package.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const dir = resolve(process.argv[2] ?? join(root, 'corpus/claims-dev-en'));
const out = resolve(process.argv[3] ?? join(root, '.tmp/en/pred.jsonl'));
mkdirSync(join(root, '.tmp/en'), { recursive: true });
const bundle = join(root, '.tmp/en/en.bundle.mjs');
execFileSync(join(root, 'node_modules/.bin/esbuild'), [join(root, 'src/en/index.ts'), '--bundle', '--platform=node', '--format=esm', `--outfile=${bundle}`, '--log-level=warning'], { stdio: 'inherit' });
const { extractEnglish } = await import(bundle);
const lines = [];
for (const f of readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.gold.json')).sort()) {
  const doc = JSON.parse(readFileSync(join(dir, f), 'utf8'));
  if (!existsSync(join(dir, f.replace(/\.json$/, '.gold.json')))) continue;
  const r = await extractEnglish(doc.text);
  lines.push(JSON.stringify({ id: doc.id, claims: r.claims, entities: r.entities }));
}
writeFileSync(out, lines.join('\n') + '\n');
const scorer = process.env.QAWL_SCORER ?? resolve(root, '../shared/eval/score_claims.py');
const args = [scorer, dir, out, ...process.argv.slice(4)];
process.stdout.write(execFileSync('python3', args, { encoding: 'utf8' }));
