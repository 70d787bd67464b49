/** `qawl eval ner GOLD`: tags GOLD's tokens and prints P/R/F1 per type and micro (exact span and type). */
import { evaluate, formatScore } from '../ner/index.js';
import { tagConllArgs } from './conll-tagging.js';

export const help = `usage: qawl eval ner GOLD.conll [--model PATH] [--window N] [--json]

Tags the tokens of GOLD.conll with the NER model and prints precision, recall and F1 per entity type and
micro-averaged, with CoNLL rules (an entity counts when its span and type are exact).
  --window N   label consistency within windows of N sentences, as in qawl tag (default 30; 0: off)
`;

export async function run(args: string[]): Promise<number> {
  const r = tagConllArgs(args, help, true);
  if (typeof r === 'number') return r;
  const score = evaluate(
    r.sentences.map((s) => s.tags),
    r.tags,
  );
  process.stdout.write((r.json ? JSON.stringify(score, null, 1) : formatScore(score)) + '\n');
  return 0;
}
