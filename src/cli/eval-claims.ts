/** `qawl eval claims GOLD_DIR [PRED.jsonl]`: the shared claim scorer's rules and numbers, in TypeScript. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatReport, scoreClaims, type GoldDoc, type PredDoc } from '../speech/score.js';
import { parse, UsageError, warn } from './args.js';

export const help = `usage: qawl eval claims GOLD_DIR [PRED.jsonl] [--json] [--verbose] [--claims-only]

Scores claims and document entities against GOLD_DIR (ID.json + ID.gold.json pairs). Without PRED.jsonl
the documents' texts are extracted with the full pipeline (or, with --claims-only, with the claim extractor
alone, no entities). Same matching rules and numbers as the shared score_claims.py.
  --json       print the report as JSON
  --verbose    list wrong speakers, missed and spurious claims and entities (on stderr)`;

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    json: { type: 'boolean' },
    verbose: { type: 'boolean' },
    'claims-only': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(help + '\n');
    return 0;
  }
  const [dir, predPath] = positionals;
  if (!dir) throw new UsageError('GOLD_DIR is required');
  const goldFiles = readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort();
  if (!goldFiles.length) throw new UsageError(`no *.gold.json files in ${dir}`);
  const golds = goldFiles.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as GoldDoc);
  let preds: PredDoc[];
  if (predPath) {
    preds = readFileSync(predPath, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as PredDoc);
  } else {
    preds = [];
    for (const g of golds) {
      const doc = JSON.parse(readFileSync(join(dir, `${g.id}.json`), 'utf8')) as { id: string; text: string };
      if (values['claims-only']) {
        const { extractClaims } = await import('../speech/index.js');
        preds.push({ id: doc.id, claims: extractClaims({ text: doc.text }), entities: [] });
      } else {
        const { extract } = await import('../pipeline.js');
        const d = await extract(doc.text, { id: doc.id });
        preds.push({ id: doc.id, claims: d.claims, entities: d.entities });
      }
    }
  }
  const report = scoreClaims(golds, preds);
  if (values.verbose) for (const l of report.details) warn(l.trim());
  if (values.json) {
    const { details: _d, ...rest } = report;
    process.stdout.write(JSON.stringify(rest, null, 1) + '\n');
  } else process.stdout.write(formatReport(report) + '\n');
  return 0;
}
