/** `qawl extract`: documents in, one Document record per document out, streamed, on worker threads. */
import { createWriteStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { ExtractOptions } from '../pipeline.js';
import { FORMATS, formatFooter, formatFromPath, formatHeader, formatSeparator, type Format, type FormatOptions } from '../formats/index.js';
import { parse, UsageError, warn, writeOut } from './args.js';
import { inputBytes, isSingleDocument, readInputs } from './inputs.js';
import { failedJob, type Done } from './job.js';
import { HEAP_LIMITS, inlineRunner, sharedFiles, workerPool, workerScript, type Runner } from './pool.js';
import { createProgress } from './progress.js';
import { doneIds } from './resume.js';

export const help = `usage: qawl extract [inputs…] [options]

Inputs: '-' reads plain text from stdin; a .txt file is one document (id = file name without extension);
a .jsonl file holds one {"id", "text"} per line; a directory means its .txt/.jsonl files, recursively.
With no inputs, reads stdin. Inputs are streamed: a large JSONL file never sits whole in memory.

Options:
  --format FMT          jsonl, json, csv or html. json: one pretty document for a single input document, an
                        array otherwise. Default: from --out's extension, else json for a single document
                        and jsonl otherwise
                        csv: one row per claim (document, claim, speaker, role, kind, cue, stance, direct,
                        content, places, targets, confidence, error), RFC 4180
                        html: a self-contained right-to-left report with highlighted speakers, cues, claim
                        contents and places, a table of claims and the list of places
  --bom                 csv: start with a UTF-8 byte order mark (for spreadsheets)
  --out FILE            write to FILE instead of stdout
  --resume              with --out (jsonl or csv): skip documents whose id is already in FILE and append
                        the rest (failed documents already there are skipped too; delete their lines to retry)
  --workers N           worker threads extracting documents (default: the number of cores, ${availableParallelism()}
                        here; 1 with --ner transformers|ensemble, whose runtime already uses every core);
                        each loads the model once. 0 extracts in the main thread. Output keeps the input order.
  --quiet               no progress bar and no summary (errors are still named on stderr)
  --ner NAME            embedded (default), transformers or ensemble
  --model DIR           local model directory for --ner transformers|ensemble
  --dtype NAME          weights of the transformers model: fp32 (default), q8, fp16, int8, uint8, q4
  --allow-remote        let the transformers backend download a hub model id (network)
  --lang ar|en|auto     document language (default auto)
  --no-text             leave the input text out of the records
  -h, --help            this help

Progress (documents, words/s, ETA) is drawn on stderr only when it is a terminal.
Exit status: 0 all documents done; 1 some failed (the others are still written); 2 usage error.
A failed document is written as {"id", "error", "source"} (csv: a row with 'error') and named on stderr
with its file and line.`;

/** How many finished documents may wait for an earlier one: bounds memory, keeps workers busy. */
const WINDOW_PER_THREAD = 8;

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    help: { type: 'boolean', short: 'h' },
    format: { type: 'string', short: 'f' },
    bom: { type: 'boolean' },
    out: { type: 'string', short: 'o' },
    resume: { type: 'boolean' },
    workers: { type: 'string', short: 'j' },
    quiet: { type: 'boolean', short: 'q' },
    ner: { type: 'string' },
    model: { type: 'string' },
    dtype: { type: 'string' },
    'allow-remote': { type: 'boolean' },
    lang: { type: 'string' },
    'no-text': { type: 'boolean' },
  });
  if (values.help) {
    process.stdout.write(help + '\n');
    return 0;
  }
  const inputs = positionals.length ? positionals : ['-'];
  const single = await isSingleDocument(inputs);
  const format = (values.format ?? formatFromPath(values.out) ?? (single ? 'json' : 'jsonl')) as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not '${format}'`);
  if (values.bom && format !== 'csv') throw new UsageError('--bom goes with --format csv');
  if (values.resume && !values.out) throw new UsageError('--resume needs --out FILE (the output to continue)');
  if (values.resume && format !== 'jsonl' && format !== 'csv') throw new UsageError('--resume works with --format jsonl or csv');
  const lang = values.lang ?? 'auto';
  if (!['ar', 'en', 'auto'].includes(lang)) throw new UsageError(`--lang must be ar, en or auto, not '${lang}'`);
  const ner = values.ner ?? 'embedded';
  if (!['embedded', 'transformers', 'ensemble'].includes(ner)) throw new UsageError(`--ner must be embedded, transformers or ensemble, not '${ner}'`);
  if (ner !== 'embedded' && !values.model) throw new UsageError(`--ner ${ner} needs --model DIR (a local model directory)`);
  if (values.dtype !== undefined && ner === 'embedded') throw new UsageError('--dtype goes with --ner transformers|ensemble');
  let workers = ner === 'embedded' ? availableParallelism() : 1;
  if (values.workers !== undefined) {
    if (!/^\d+$/.test(values.workers) || Number(values.workers) > 256) throw new UsageError(`--workers must be a whole number from 0 to 256, not '${values.workers}'`);
    workers = Number(values.workers);
  }

  const options: ExtractOptions = {
    ner: ner as ExtractOptions['ner'],
    model: values.model,
    dtype: values.dtype,
    allowRemote: values['allow-remote'],
    language: lang as ExtractOptions['language'],
    includeText: !values['no-text'],
  };
  const fmt: FormatOptions = { format, single: format === 'json' && single, bom: values.bom };
  const resumed = values.resume ? await doneIds(values.out!, format as 'jsonl' | 'csv') : null;
  if (resumed?.note) warn(resumed.note);
  const skip = resumed?.ids ?? null;
  const out = values.out ? createWriteStream(values.out, { flags: resumed?.append ? 'a' : 'w' }) : process.stdout;
  const outError = new Promise<never>((_, reject) =>
    out.once('error', (e) => reject(new UsageError(`cannot write ${values.out ?? 'stdout'}: ${(e as Error).message}`))),
  );
  outError.catch(() => {});
  if (out === process.stdout) process.stdout.on('error', (e: NodeJS.ErrnoException) => e.code === 'EPIPE' && process.exit(process.exitCode ?? 0));

  const quiet = !!values.quiet;
  const progress = await createProgress(!quiet && !!process.stderr.isTTY, !quiet && process.stderr.isTTY ? await inputBytes(inputs) : null);

  // finished documents wait here until every earlier one is written
  const ready = new Map<number, Done>();
  let wake: (() => void) | null = null;
  const onDone = (d: Done) => {
    ready.set(d.seq, d);
    const w = wake;
    wake = null;
    w?.();
  };
  const script = workerScript();
  const runner: Runner =
    single || workers === 0 || !script
      ? inlineRunner(options, fmt, onDone)
      : workerPool(workers, script, { options, format: fmt, files: sharedFiles(ner) }, onDone, ner === 'embedded' ? HEAP_LIMITS : {});
  const window = Math.max(runner.threads, 1) * WINDOW_PER_THREAD;

  let nextSeq = 0;
  let written = 0;
  let failed = 0;
  let words = 0;
  let skipped = 0;
  const started = Date.now();
  const write = (s: string | Uint8Array) => (s.length ? Promise.race([writeOut(out, s), outError]) : undefined);
  const flush = async () => {
    for (let d = ready.get(written); d; d = ready.get(written)) {
      ready.delete(written);
      if (written > 0) await write(formatSeparator(fmt));
      await write(d.out);
      written++;
      words += d.words;
      if (d.error !== undefined) {
        failed++;
        progress.log(`${d.source}: ${d.error}`);
      }
      progress.tick(written + skipped, words, d.bytes, failed);
    }
  };
  const next = () => (ready.has(written) ? Promise.resolve() : new Promise<void>((r) => (wake = r)));

  try {
    if (!resumed?.append) await write(formatHeader(fmt));
    for await (const input of readInputs(inputs)) {
      if (skip?.has(input.id)) {
        skipped++;
        progress.tick(written + skipped, words, input.bytes ?? 0, failed);
        continue;
      }
      const seq = nextSeq++;
      const job = { seq, id: input.id, source: input.source, bytes: input.bytes ?? 0 };
      if (input.error !== undefined) onDone(failedJob(fmt, job, input.error));
      else runner.submit({ ...job, text: input.text! });
      await flush();
      while (nextSeq - written >= window) {
        await next();
        await flush();
      }
    }
    while (written < nextSeq) {
      await next();
      await flush();
    }
    await write(formatFooter(fmt, written));
  } finally {
    progress.stop();
    await runner.close();
    if (out !== process.stdout && !(out as { destroyed?: boolean }).destroyed) {
      await new Promise<void>((r) => (out as NodeJS.WritableStream).end(() => r()));
    }
  }
  if (!quiet && (process.stderr.isTTY || failed)) {
    const secs = (Date.now() - started) / 1000;
    const rate = secs > 0 ? `, ${Math.round(words / secs).toLocaleString('en-US')} words/s` : '';
    const sk = skipped ? `, ${skipped} skipped (already in ${values.out})` : '';
    warn(`${written} documents, ${failed} failed${sk}, ${words.toLocaleString('en-US')} words in ${secs.toFixed(1)} s${rate}`);
  }
  return failed ? 1 : 0;
}
