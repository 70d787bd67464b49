/**
 * Dev tool (not shipped): SaudiNewsNet sentences as CoNLL tokens (tag O), for self-training experiments.
 *   npx vite-node scripts/ner-unlabeled.ts --max=20000 --every=5 > /tmp/snn.conll
 */
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { createInterface } from 'node:readline';
import { tokenize } from '../src/text/tokenize.js';
import { segment } from '../src/text/segment.js';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const max = Number(args.get('max') ?? 20000);
const every = Number(args.get('every') ?? 5);
const rl = createInterface({ input: createReadStream('../shared/data/saudinewsnet/articles.jsonl.gz').pipe(createGunzip()), crlfDelay: Infinity });
let n = 0;
let doc = 0;
const out: string[] = [];
for await (const line of rl) {
  if (!line || doc++ % every !== 0) continue;
  const { text } = JSON.parse(line) as { text: string };
  const toks = tokenize(text);
  let k = 0;
  for (const s of segment(text)) {
    const words: string[] = [];
    while (k < toks.length && toks[k]!.start < s.end) {
      if (toks[k]!.start >= s.start) words.push(toks[k]!.text);
      k++;
    }
    if (words.length < 5 || words.length > 60) continue;
    out.push(words.map((w) => `${w} O`).join('\n'), '');
    if (++n >= max) break;
  }
  if (n >= max) break;
}
process.stdout.write(out.join('\n') + '\n');
