/**
 * Development harness for reported speech: runs the extractor over a gold directory (ID.json files),
 * writes predictions as JSONL ({id, claims, entities}) and prints them for reading.
 *
 *   npx esbuild scripts/claims-dev.ts --bundle --platform=node --format=esm --outfile=.tmp/claims-dev.mjs
 *   node .tmp/claims-dev.mjs corpus/claims-dev .tmp/claims-pred.jsonl [--pipeline] [--show]
 *   python3 ../shared/eval/score_claims.py corpus/claims-dev .tmp/claims-pred.jsonl --verbose
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractClaims } from '../src/speech/index.js';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const [dir, out] = args.filter((a) => !a.startsWith('--'));
  if (!dir || !out) {
    process.stderr.write('usage: claims-dev GOLD_DIR OUT.jsonl [--pipeline] [--show]\n');
    process.exit(2);
  }
  const usePipeline = args.includes('--pipeline');
  const show = args.includes('--show');
  const files = readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.gold.json')).sort();
  const lines: string[] = [];
  for (const f of files) {
    const doc = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { id: string; text: string };
    let claims;
    let entities: unknown[] = [];
    if (usePipeline) {
      // the built library (npm run build), kept out of this bundle
      const lib = join(process.cwd(), 'dist', 'index.js');
      const { extract } = (await import(lib)) as { extract: (t: string, o: { id: string }) => Promise<{ claims: ReturnType<typeof extractClaims>; entities: unknown[] }> };
      const d = await extract(doc.text, { id: doc.id });
      claims = d.claims;
      entities = d.entities;
    } else claims = extractClaims({ text: doc.text });
    lines.push(JSON.stringify({ id: doc.id, claims, entities }));
    if (show) {
      process.stdout.write(`== ${doc.id}\n`);
      for (const c of claims)
        process.stdout.write(`  [${c.cue.text}] ${c.speaker?.text ?? '∅'} → ${c.speaker?.name ?? '∅'} (${c.speaker?.kind ?? ''}${c.speaker?.role ? '; ' + c.speaker.role : ''}) ${c.stance}${c.direct ? ' direct' : ''} ${c.confidence}\n      ${c.content.text.slice(0, 110)}\n`);
    }
  }
  writeFileSync(out, lines.join('\n') + '\n');
}

void main();
