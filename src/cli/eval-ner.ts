/** `qawl eval ner GOLD`: tags GOLD's tokens and prints P/R/F1 per type and micro (exact span and type). */
import { readFileSync } from 'node:fs';
import { parse, wholeNumber } from './args.js';
import { evaluate, formatScore, loadModel, parseConll, tagSentences } from '../ner/index.js';

export const help = `usage: qawl eval ner GOLD.conll [--model PATH] [--window N] [--json]

Tags the tokens of GOLD.conll with the NER model and prints precision, recall and F1 per entity type and
micro-averaged, with CoNLL rules (an entity counts when its span and type are exact).
  --window N   label consistency within windows of N sentences, as in qawl tag (default 30; 0: off)
`;

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    help: { type: 'boolean', short: 'h' },
    model: { type: 'string' },
    window: { type: 'string', default: '30' },
    json: { type: 'boolean' },
  });
  if (values.help) {
    process.stdout.write(help);
    return 0;
  }
  if (positionals.length !== 1) {
    process.stderr.write(help);
    return 2;
  }
  const gold = parseConll(readFileSync(positionals[0]!, 'utf8'));
  const model = loadModel(values.model);
  const pred = tagSentences(
    model,
    gold.map((s) => s.tokens),
    { window: wholeNumber('--window', values.window), lastNames: true, retype: true },
  );
  const score = evaluate(
    gold.map((s) => s.tags),
    pred,
  );
  process.stdout.write((values.json ? JSON.stringify(score, null, 1) : formatScore(score)) + '\n');
  return 0;
}
