/** The qawl command line: `qawl <command> [args]`. stdout carries only data; messages go to stderr. */
import { setFlagsFromString } from 'node:v8';
import { UsageError, warn } from './args.js';

// The extraction rules are many mid-sized functions. V8's default inlining budget makes each optimised unit
// big, and every deoptimisation (a rule path seen for the first time) recompiles it: on 2,000 news articles that
// background compiling took about a third of the CPU, and each worker thread pays it again. A smaller budget
// measured 10-15 % faster end to end (1 worker) and more with 2 (bench/run.mjs). A flag given to node wins.
if (!process.execArgv.some((a) => a.startsWith('--max-inlined-bytecode-size-cumulative'))) {
  setFlagsFromString('--max-inlined-bytecode-size-cumulative=150');
}

const commands: Record<string, { about: string; load: () => Promise<{ run(args: string[]): Promise<number> }> }> = {
  extract: { about: 'extract Document records (claims, entities, places) from reports', load: () => import('./extract.js') },
  tag: { about: 'tag a CoNLL file with the NER model (token<TAB>TAG)', load: () => import('./tag.js') },
  schema: { about: 'print the JSON Schema of the records', load: () => import('./schema.js') },
  eval: { about: 'evaluate: eval ner GOLD.conll | eval claims GOLD_DIR [PRED.jsonl]', load: () => import('./evaluate.js') },
  train: { about: 'train the NER model on CoNLL data', load: () => import('./train.js') },
};

const usage = `usage: qawl <command> [options]

Commands:
${Object.entries(commands)
  .map(([k, v]) => `  ${k.padEnd(8)} ${v.about}`)
  .join('\n')}

Run 'qawl <command> --help' for a command's options.`;

export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') {
    process.stdout.write(usage + '\n');
    return cmd ? 0 : 2;
  }
  if (cmd === '--version' || cmd === '-v') {
    const { VERSION } = await import('../version.js');
    process.stdout.write(VERSION + '\n');
    return 0;
  }
  const c = commands[cmd];
  if (!c) {
    warn(`unknown command '${cmd}'\n${usage}`);
    return 2;
  }
  try {
    return await (await c.load()).run(rest);
  } catch (e) {
    if (e instanceof UsageError) {
      warn(`${cmd}: ${e.message} (see 'qawl ${cmd} --help')`);
      return 2;
    }
    warn(`${cmd}: ${(e as Error).stack ?? e}`);
    return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    warn(String(e));
    process.exitCode = 1;
  },
);
