/** `qawl tag FILE`: tags a CoNLL file (token per line, blank line between sentences) → token<TAB>TAG. */
import { writeOut } from './args.js';
import { tagConllArgs } from './conll-tagging.js';

export const help = `usage: qawl tag FILE.conll [--model PATH] [--window N]

Tags every sentence of FILE (one token per line, any trailing column is ignored; '-' reads stdin) with the
NER model and prints "token<TAB>TAG" lines, a blank line between sentences.
  --model PATH     model file or directory written by 'qawl train' (default: the shipped model)
  --window N       a name tagged once keeps its majority type within windows of N consecutive sentences (a
                   person's surname alone follows the full name), a stand-in for documents in a corpus without
                   document breaks (default 30; 0 turns it off)
`;

export async function run(args: string[]): Promise<number> {
  const r = tagConllArgs(args, help, false);
  if (typeof r === 'number') return r;
  const lines: string[] = [];
  r.sentences.forEach((s, i) => {
    for (let t = 0; t < s.tokens.length; t++) lines.push(`${s.tokens[t]}\t${r.tags[i]![t]}`);
    lines.push('');
  });
  await writeOut(process.stdout, lines.join('\n') + '\n');
  return 0;
}
