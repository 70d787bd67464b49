/** `qawl eval ner …` and `qawl eval claims …`. */
import { UsageError } from './args.js';

export const help = `usage: qawl eval ner GOLD.conll [--help]
       qawl eval claims GOLD_DIR [PRED.jsonl] [--help]

ner:    tags the tokens of GOLD.conll with the NER model and prints precision/recall/F1 per type
        (exact span and type, as conlleval).
claims: scores claims and document entities against GOLD_DIR (ID.json + ID.gold.json pairs), extracting
        the documents itself unless PRED.jsonl is given; same matching rules as shared score_claims.py.`;

export async function run(args: string[]): Promise<number> {
  const [what, ...rest] = args;
  if (what === 'ner') return (await import('./eval-ner.js')).run(rest);
  if (what === 'claims') return (await import('./eval-claims.js')).run(rest);
  if (what === '--help' || what === '-h') {
    process.stdout.write(help + '\n');
    return 0;
  }
  throw new UsageError(`eval needs 'ner' or 'claims', got '${what ?? ''}'`);
}
