/** Dev-slice experiments for the NER tagger (not shipped): train on the first 90% of train, score the last 10%. */
import { readFileSync } from 'node:fs';
import { parseConll, evaluate, formatScore } from '../src/ner/conll.js';
import { trainModel } from '../src/ner/train.js';
import { enforceConsistency } from '../src/ner/consistency.js';
import { LABELS } from '../src/ner/labels.js';
import { loadResources, defaultResourceFiles } from '../src/ner/resources.js';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const all = parseConll(readFileSync('corpus/anercorp/train.txt', 'utf8'));
const cut = Math.floor(all.length * 0.9);
const train = all.slice(0, cut);
const dev = all.slice(cut);
const files = defaultResourceFiles();
const res = loadResources({
  gazetteer: args.get('gaz') === '0' ? null : files.gazetteer,
  lexicon: args.get('lex') === '0' ? null : files.lexicon,
  clusters: args.get('cl') === '0' ? null : args.get('clfile') ?? files.clusters,
});
const features = { gazetteer: args.get('gaz') !== '0', lexicon: args.get('lex') !== '0', clusters: args.get('cl') !== '0' };
const t0 = Date.now();
const model = trainModel(train, dev, res, {
  epochs: Number(args.get('epochs') ?? 15),
  seed: Number(args.get('seed') ?? 1),
  minCount: Number(args.get('min') ?? 1),
  dropout: Number(args.get('drop') ?? 0),
  features,
  onEpoch: (e, f1, err) => console.log(`epoch ${e} dev F1 ${f1?.toFixed(2)} errors ${err} (${((Date.now() - t0) / 1000).toFixed(1)}s)`),
});
console.log('rows', model.ids.length);
const pred = dev.map((s) => model.tag(s.tokens));
console.log(formatScore(evaluate(dev.map((s) => s.tags), pred)));
for (const [K, ln] of [[30, false], [30, true], [1000, false], [1000, true]] as const) {
  const labs = dev.map((s) => model.tagIndices(s.tokens));
  for (let i = 0; i < dev.length; i += K) enforceConsistency(dev.slice(i, i + K).map((s) => s.tokens), labs.slice(i, i + K), ln);
  const p2 = labs.map((l) => Array.from(l, (x) => LABELS[x]!));
  console.log(`consistency window ${K} lastnames ${ln}: F1 ${evaluate(dev.map((s) => s.tags), p2).micro.f1.toFixed(2)}`);
}
if (args.get('errors')) {
  const { chunks } = await import('../src/ner/conll.js');
  dev.forEach((s, i) => {
    const g = chunks(s.tags);
    const p = chunks(pred[i]!);
    const pk = new Map(p.map((c) => [`${c.start}:${c.end}`, c.type]));
    for (const c of g) {
      const got = pk.get(`${c.start}:${c.end}`);
      if (got !== c.type) console.log(`MISS ${c.type} [${s.tokens.slice(c.start, c.end).join(' ')}] got=${got ?? '-'} ctx: ${s.tokens.slice(Math.max(0, c.start - 3), c.end + 2).join(' ')}`);
    }
  });
}
