/**
 * Dev-slice experiments for the NER tagger (not shipped): train on the first 90% of train, score the last 10%.
 *   npx vite-node scripts/ner-dev.ts --epochs=8 --seeds=1,2,3 --lastnames=1 --retype=1
 *     [--fold=K]  (dev = the K-th tenth of train, 0..9; default 9, the last tenth)
 *     [--min=2 --drop=0.25 --bags=N --gaz=0 --lex=0 --cl=0 --gazfile=F --clfile=F --f.clusterSet=N --errors=1]
 *     [--update=crf|pa --rate=0.1 --cost=X]  (default perceptron, cost 30; crf: rate 0.1, cost 6)
 *     [--scheme=iob2]  (default bioes: labels learned as begin/inside/end/single; output is IOB2 either way)
 *     [--unl=FILE.conll --unlw=W --unlmax=N]   (self-training on sentences from scripts/ner-unlabeled.ts)
 * Prints, per seed, dev F1 per epoch, then the mean over seeds (plain and with consistency windows of 30,
 * as `qawl tag` does).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseConll, evaluate, formatScore, chunks, type Sentence } from '../src/ner/conll.js';
import { trainModel } from '../src/ner/train.js';
import { selfLabel } from '../src/ner/selftrain.js';
import { enforceConsistency } from '../src/ner/consistency.js';
import { LABELS } from '../src/ner/labels.js';
import { loadResources, defaultResourceFiles } from '../src/ner/resources.js';
import { DEFAULT_FEATURES } from '../src/ner/features.js';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const all = parseConll(readFileSync('corpus/anercorp/train.txt', 'utf8'));
// --fold=K (0..9): dev is the K-th tenth of train, the rest trains (default 9: the last tenth, as always)
const fold = Number(args.get('fold') ?? 9);
const lo = Math.floor((all.length * fold) / 10);
const hi = fold === 9 ? all.length : Math.floor((all.length * (fold + 1)) / 10);
const train = [...all.slice(0, lo), ...all.slice(hi)];
const dev = all.slice(lo, hi);
const files = defaultResourceFiles();
const res = loadResources({
  gazetteer: args.get('gaz') === '0' ? null : args.get('gazfile') ?? files.gazetteer,
  lexicon: args.get('lex') === '0' ? null : files.lexicon,
  clusters: args.get('cl') === '0' ? null : args.get('clfile') ?? files.clusters,
});
const features = { ...DEFAULT_FEATURES, gazetteer: args.get('gaz') !== '0', lexicon: args.get('lex') !== '0', clusters: args.get('cl') !== '0' };
for (const [k, v] of args) if (k.startsWith('f.')) (features as Record<string, unknown>)[k.slice(2)] = v === '1' ? true : v === '0' ? false : Number(v);
const seeds = (args.get('seeds') ?? '1').split(',').map(Number);
const epochs = Number(args.get('epochs') ?? 8);
const perEpoch: number[][] = [];
const plain: number[] = [];
const cons: number[] = [];
const t0 = Date.now();
for (const seed of seeds) {
  const curve: number[] = [];
  let extra: { sentences: Sentence[]; weight: number } | undefined;
  if (args.get('unl')) {
    // self-training: two taggers (different seeds) label unlabeled sentences; keep those they agree on that name something
    const unl = parseConll(readFileSync(args.get('unl')!, 'utf8'));
    const keep = selfLabel(train, unl.map((s) => s.tokens), res, { epochs, seed, minCount: Number(args.get('min') ?? 1), dropout: Number(args.get('drop') ?? 0.25), features });
    extra = { sentences: keep.slice(0, Number(args.get('unlmax') ?? 1e9)), weight: Number(args.get('unlw') ?? 0.5) };
    console.log(`self-training: kept ${extra.sentences.length} of ${unl.length}`);
  }
  const trainSet: Sentence[] = train;
  const devSet: Sentence[] = dev;
  const feats = features;
  const model = trainModel(trainSet, devSet, res, {
    extra,
    epochs,
    seed,
    minCount: Number(args.get('min') ?? 1),
    dropout: Number(args.get('drop') ?? 0.25),
    features: feats,
    bags: Number(args.get('bags') ?? 1),
    update: (args.get('update') ?? 'perceptron') as 'perceptron' | 'pa' | 'crf',
    rate: Number(args.get('rate') ?? 0.1),
    prune: args.has('prune') ? Number(args.get('prune')) : undefined,
    paC: Number(args.get('C') ?? 1),
    costAug: Number(args.get('cost') ?? (args.get('update') === 'crf' ? 6 : 30)),
    recallCost: Number(args.get('rc') ?? 1),
    order2: args.get('order2') === '1',
    scheme: args.get('scheme') === 'iob2' ? 'iob2' : 'bioes',
    minCountWord: args.has('minw') ? Number(args.get('minw')) : undefined,
    onEpoch: (e, f1) => curve.push(f1 ?? 0),
  });
  perEpoch.push(curve);
  const labs = devSet.map((s) => model.tagIndices(s.tokens));
  const pred = labs.map((l) => Array.from(l, (x) => LABELS[x]!));
  const sc = evaluate(dev.map((s) => s.tags), pred);
  plain.push(sc.micro.f1);
  const W = Number(args.get('window') ?? 30);
  for (let i = 0; i < dev.length; i += W) enforceConsistency(dev.slice(i, i + W).map((s) => s.tokens), labs.slice(i, i + W), args.get('lastnames') === '1', args.get('retype') === '1');
  const p2 = labs.map((l) => Array.from(l, (x) => LABELS[x]!));
  const sc2 = evaluate(dev.map((s) => s.tags), p2);
  cons.push(sc2.micro.f1);
  console.log(`seed ${seed}: rows ${model.ids.length}, F1 ${sc.micro.f1.toFixed(2)}, +consistency ${sc2.micro.f1.toFixed(2)}  curve ${curve.map((x) => x.toFixed(1)).join(' ')}`);
  if (args.get('verbose') || seed === seeds[seeds.length - 1]) console.log(formatScore(sc2));
  if (args.get('dump') && seed === seeds[0]) {
    const lines: string[] = [];
    dev.forEach((s, i) => {
      s.tokens.forEach((t, k) => lines.push(`${t}\t${s.tags[k]}\t${p2[i]![k]}`));
      lines.push('');
    });
    writeFileSync(args.get('dump')!, lines.join('\n'));
  }
  if (args.get('errors') && seed === seeds[0]) {
    dev.forEach((s, i) => {
      const g = chunks(s.tags);
      const p = chunks(p2[i]!);
      const pk = new Map(p.map((c) => [`${c.start}:${c.end}`, c.type]));
      for (const c of g) {
        const got = pk.get(`${c.start}:${c.end}`);
        if (got !== c.type) console.log(`MISS ${c.type} [${s.tokens.slice(c.start, c.end).join(' ')}] got=${got ?? '-'} ctx: ${s.tokens.slice(Math.max(0, c.start - 3), c.end + 2).join(' ')}`);
      }
    });
  }
}
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const curveMean = perEpoch[0]!.map((_, e) => mean(perEpoch.map((c) => c[e]!)));
console.log(`MEAN over ${seeds.length} seeds: F1 ${mean(plain).toFixed(2)}  +consistency ${mean(cons).toFixed(2)}  (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
console.log(`mean curve: ${curveMean.map((x, i) => `${i + 1}:${x.toFixed(2)}`).join(' ')}`);
