/** What `qawl tag` and `qawl eval ner` share: read one CoNLL file named on the command line and tag it. */
import { readFileSync } from 'node:fs';
import { parse, wholeNumber } from './args.js';
import { loadModel, parseConll, tagSentences, type Sentence } from '../ner/index.js';

export interface Tagged {
  sentences: Sentence[];
  /** predicted IOB2 tags, per sentence and token */
  tags: string[][];
  json: boolean;
}

/**
 * Parses `FILE [--model PATH] [--window N] [--json]`, reads FILE ('-' = stdin) and tags its tokens.
 * Returns an exit code instead when it printed the help (0) or the usage was wrong (2).
 */
export function tagConllArgs(args: string[], help: string, withJson: boolean): Tagged | number {
  const { values, positionals } = parse(args, {
    help: { type: 'boolean', short: 'h' },
    model: { type: 'string' },
    window: { type: 'string', default: '30' },
    ...(withJson ? { json: { type: 'boolean' as const } } : {}),
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
  const tags = tagSentences(
    loadModel(values.model as string | undefined),
    sentences.map((s) => s.tokens),
    { window: wholeNumber('--window', values.window as string), lastNames: true, retype: true },
  );
  return { sentences, tags, json: Boolean((values as { json?: boolean }).json) };
}
