/** `qawl extract`: documents in, one Document record per document out. */
import { createWriteStream } from 'node:fs';
import { createExtractor } from '../extractor.js';
import type { ExtractOptions } from '../pipeline.js';
import { parse, UsageError, warn, writeOut } from './args.js';
import { isSingleDocument, readInputs } from './inputs.js';

export const help = `usage: qawl extract [inputs…] [options]

Inputs: '-' reads plain text from stdin; a .txt file is one document (id = file name without extension);
a .jsonl file holds one {"id", "text"} per line; a directory means its .txt/.jsonl files, recursively.
With no inputs, reads stdin.

Options:
  --format json|jsonl   json: one pretty document (default for a single input document); jsonl otherwise
  --out FILE            write to FILE instead of stdout
  --ner NAME            embedded (default), transformers or ensemble
  --model DIR           local model directory for --ner transformers|ensemble
  --allow-remote        let the transformers backend download a hub model id (network)
  --lang ar|en|auto     document language (default auto)
  --no-text             leave the input text out of the records
  -h, --help            this help

Exit status: 0 all documents done; 1 some failed (the others are still written); 2 usage error.
A failed document is written as {"id", "error", "source"} and named on stderr.`;

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    help: { type: 'boolean', short: 'h' },
    format: { type: 'string' },
    out: { type: 'string', short: 'o' },
    ner: { type: 'string' },
    model: { type: 'string' },
    'allow-remote': { type: 'boolean' },
    lang: { type: 'string' },
    'no-text': { type: 'boolean' },
  });
  if (values.help) {
    process.stdout.write(help + '\n');
    return 0;
  }
  const format = values.format;
  if (format !== undefined && format !== 'json' && format !== 'jsonl') throw new UsageError(`--format must be json or jsonl, not '${format}'`);
  const lang = values.lang ?? 'auto';
  if (!['ar', 'en', 'auto'].includes(lang)) throw new UsageError(`--lang must be ar, en or auto, not '${lang}'`);
  const ner = values.ner ?? 'embedded';
  if (!['embedded', 'transformers', 'ensemble'].includes(ner)) throw new UsageError(`--ner must be embedded, transformers or ensemble, not '${ner}'`);
  if (ner !== 'embedded' && !values.model) throw new UsageError(`--ner ${ner} needs --model DIR (a local model directory)`);
  const inputs = positionals.length ? positionals : ['-'];
  const options: ExtractOptions = {
    ner: ner as ExtractOptions['ner'],
    model: values.model,
    allowRemote: values['allow-remote'],
    language: lang as ExtractOptions['language'],
    includeText: !values['no-text'],
  };
  const pretty = format === 'json' || (format === undefined && (await isSingleDocument(inputs)));
  const out = values.out ? createWriteStream(values.out) : process.stdout;
  const extractor = createExtractor(options);
  let failed = 0;
  let count = 0;
  try {
    const arrayMode = format === 'json' && !(await isSingleDocument(inputs));
    if (arrayMode) await writeOut(out, '[\n');
    for await (const input of readInputs(inputs)) {
      let rec: object;
      if (input.error !== undefined) {
        rec = { id: input.id, error: input.error, source: input.source };
      } else {
        try {
          rec = await extractor.extract(input.text!, { id: input.id });
        } catch (e) {
          rec = { id: input.id, error: (e as Error).message, source: input.source };
        }
      }
      if ('error' in rec) {
        failed++;
        warn(`${input.source}: ${(rec as { error: string }).error}`);
      }
      const body = pretty ? JSON.stringify(rec, null, 2) : JSON.stringify(rec);
      await writeOut(out, (arrayMode && count > 0 ? ',\n' : '') + body + (arrayMode ? '' : '\n'));
      count++;
    }
    if (arrayMode) await writeOut(out, '\n]\n');
  } finally {
    await extractor.dispose();
    if (out !== process.stdout) await new Promise<void>((r) => (out as NodeJS.WritableStream).end(r));
  }
  return failed ? 1 : 0;
}
