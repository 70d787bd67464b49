/** `qawl train --train FILE [--dev FILE] --out DIR`: trains the NER model on CoNLL data. */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, UsageError } from './args.js';
import { parseConll, trainModel } from '../ner/index.js';
import { sharedResources } from '../ner/tagger.js';

export const help = `usage: qawl train --train FILE.conll [--dev FILE.conll] --out DIR [--epochs N] [--seed N]

Trains the NER tagger (averaged perceptron unless --update) on CoNLL data ("token TAG" lines, IOB2 tags PERS/LOC/ORG/MISC,
blank line between sentences) and writes DIR/model.bin. With --dev, prints the dev micro F1 after each
epoch. Deterministic for a given seed.
  --epochs N      training epochs (default 8)
  --seed N        shuffling seed (default 1)
  --min-count N   drop features seen fewer than N times (default 1: keep all)
  --dropout P     probability of hiding a token's word features while training (default 0.25)
  --cost X        cost-augmented training: margin added to wrong labels' scores (default 6 for crf, 30 for the
                  perceptron; 0: off)
  --recall-cost X cost of labelling an entity token O, relative to 1 for other errors (default 1)
  --update U      perceptron (default), crf (stochastic gradient on the CRF likelihood, softmax-margin with --cost),
                  or pa (passive-aggressive)
  --rate X        CRF learning rate (default 0.1)
  --scheme S      labels the model learns: bioes (begin/inside/end/single, default) or iob2; it tags in IOB2 either way
`;

export async function run(args: string[]): Promise<number> {
  const { values } = parse(
    args,
    {
      help: { type: 'boolean', short: 'h' },
      train: { type: 'string' },
      dev: { type: 'string' },
      out: { type: 'string' },
      epochs: { type: 'string', default: '8' },
      seed: { type: 'string', default: '1' },
      'min-count': { type: 'string', default: '1' },
      dropout: { type: 'string', default: '0.25' },
      cost: { type: 'string' },
      'recall-cost': { type: 'string', default: '1' },
      scheme: { type: 'string', default: 'bioes' },
      update: { type: 'string', default: 'perceptron' },
      rate: { type: 'string', default: '0.1' },
    },
    false,
  );
  if (values.help) {
    process.stdout.write(help);
    return 0;
  }
  if (!values.train || !values.out) throw new UsageError('--train and --out are required');
  const num = (name: string, v: string) => {
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0) throw new UsageError(`--${name} needs a non-negative number, got '${v}'`);
    return n;
  };
  const scheme = values.scheme;
  if (scheme !== 'bioes' && scheme !== 'iob2') throw new UsageError(`--scheme is bioes or iob2, got '${scheme}'`);
  const update = values.update;
  if (update !== 'crf' && update !== 'perceptron' && update !== 'pa') throw new UsageError(`--update is crf, perceptron or pa, got '${update}'`);
  const cost = num('cost', values.cost ?? (update === 'crf' ? '6' : '30'));
  const train = parseConll(readFileSync(values.train, 'utf8'));
  const dev = values.dev ? parseConll(readFileSync(values.dev, 'utf8')) : null;
  const t0 = Date.now();
  const epochs = num('epochs', values.epochs);
  const seed = num('seed', values.seed);
  const model = trainModel(train, dev, sharedResources(), {
    epochs,
    seed,
    minCount: num('min-count', values['min-count']),
    dropout: num('dropout', values.dropout),
    costAug: cost,
    recallCost: num('recall-cost', values['recall-cost']),
    scheme,
    update,
    rate: num('rate', values.rate),
    meta: { trainedOn: values.train, sentences: train.length, epochs, seed, scheme, update, rate: num('rate', values.rate), cost, recallCost: num('recall-cost', values['recall-cost']) },
    onEpoch: (e, f1, errors) =>
      process.stderr.write(`epoch ${e}: ${errors} training errors${f1 === null ? '' : `, dev F1 ${f1.toFixed(2)}`} (${((Date.now() - t0) / 1000).toFixed(1)} s)\n`),
  });
  mkdirSync(values.out, { recursive: true });
  const file = join(values.out, 'model.bin');
  model.save(file);
  process.stderr.write(`wrote ${file}: ${model.ids.length} features\n`);
  return 0;
}
