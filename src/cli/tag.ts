/** `qawl tag FILE`: tags a CoNLL file (token per line, blank line between sentences) → token<TAB>TAG. */
import { readFileSync } from 'node:fs';
import { parse, wholeNumber, writeOut } from './args.js';
import { loadModel, parseConll, tagSentences } from '../ner/index.js';

export const help = `usage: qawl tag FILE.conll [--model PATH] [--window N]

Tags every sentence of FILE (one token per line, any trailing column is ignored; '-' reads stdin) with the
NER model and prints "token<TAB>TAG" lines, a blank line between sentences.
  --model PATH     model file or directory written by 'qawl train' (default: the shipped model)
  --window N       a name tagged once keeps its majority type within windows of N consecutive sentences (a
                   person's surname alone follows the full name), a stand-in for documents in a corpus without
                   document breaks (default 30; 0 turns it off)
`;

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    help: { type: 'boolean', short: 'h' },
    model: { type: 'string' },
    window: { type: 'string', default: '30' },
  });
  if (values.help) {
    process.stdout.write(help);
    return 0;
  }
  if (positionals.length !== 1) {
    process.stderr.write(help);
    return 2;
  }
  const file = positionals[0]!;
  const sentences = parseConll(readFileSync(file === '-' ? 0 : file, 'utf8'));
  const model = loadModel(values.model);
  const tags = tagSentences(
    model,
    sentences.map((s) => s.tokens),
    { window: wholeNumber('--window', values.window), lastNames: true, retype: true },
  );
  const lines: string[] = [];
  sentences.forEach((s, i) => {
    for (let t = 0; t < s.tokens.length; t++) lines.push(`${s.tokens[t]}\t${tags[i]![t]}`);
    lines.push('');
  });
  await writeOut(process.stdout, lines.join('\n') + '\n');
  return 0;
}
