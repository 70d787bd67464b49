#!/usr/bin/env node
/**
 * models/gazetteers/known-places.json: the GeoNames names (models/gazetteers/places.json) that qawl's own
 * pipeline, without this list, tags LOC in at least --rate of their occurrences over SaudiNewsNet (M. Alhagri
 * 2015, CC BY-NC-SA 4.0; only the names and their counts ship, no text). Articles of the annotated sets under
 * corpus/claims-* (and any --exclude folder) are left out, so the evaluation stays unseen. Deterministic.
 *
 *   npm run build && node scripts/build-known-places.mjs [--data ../shared/data] [--rate 0.7] [--min 5] [--exclude DIR]…
 */
import { createReadStream, readFileSync, readdirSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createGunzip } from 'node:zlib';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { clusterEntities, embeddedNer, fold, segment, tokenize } from '../dist/index.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/data' },
    rate: { type: 'string', default: '0.7' },
    min: { type: 'string', default: '5' },
    exclude: { type: 'string', multiple: true, default: [] },
    out: { type: 'string', default: 'models/gazetteers/known-places.json' },
  },
});

/** urls of every document JSON under the given folders (recursively) */
function urlsUnder(dirs) {
  const urls = new Set();
  const walk = (d) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (f.endsWith('.json') && !f.endsWith('.gold.json')) {
        try {
          const j = JSON.parse(readFileSync(p, 'utf8'));
          if (typeof j.url === 'string') urls.add(j.url);
        } catch {
          /* not a document */
        }
      }
    }
  };
  for (const d of dirs) if (existsSync(d)) walk(d);
  return urls;
}

const places = JSON.parse(readFileSync('models/gazetteers/places.json', 'utf8')).places;
// (with the hand list of regions cities15000 lacks, as src/entities/places.ts loads it)
for (const name of Object.keys(JSON.parse(readFileSync('models/gazetteers/admin-regions.json', 'utf8')).regions)) {
  const f = fold(name);
  places[f] ??= [[null, null, null, null, 'region', 0]];
}
const corpusSets = readdirSync('corpus').filter((d) => d.startsWith('claims-')).map((d) => join('corpus', d));
const skip = urlsUnder([...corpusSets, ...values.exclude]);
const ner = embeddedNer();

/** the place-table form of a folded word: itself, without proclitics, or لل → ال */
const PRE = ['وب', 'ول', 'فب', 'فل', 'وك', 'و', 'ف', 'ب', 'ل', 'ك'];
function placeForm(f) {
  if (places[f]) return f;
  for (const p of ['ولل', 'فلل', 'لل']) if (f.startsWith(p) && places['ال' + f.slice(p.length)]) return 'ال' + f.slice(p.length);
  for (const p of PRE) if (f.startsWith(p) && f.length - p.length >= 2 && places[f.slice(p.length)]) return f.slice(p.length);
  return null;
}

const stats = new Map(); // form → [occurrences, in a LOC mention, in another mention]
const rl = createInterface({ input: createReadStream(join(values.data, 'saudinewsnet/articles.jsonl.gz')).pipe(createGunzip()), crlfDelay: Infinity });
let docs = 0;
let skipped = 0;
for await (const line of rl) {
  if (!line) continue;
  const a = JSON.parse(line);
  if (typeof a.text !== 'string' || !a.text) continue;
  if (skip.has(a.url)) {
    skipped++;
    continue;
  }
  const tokens = tokenize(a.text);
  const mentions = await ner.recognize(a.text, tokens, segment(a.text));
  const spans = clusterEntities(a.text, mentions, { knownPlaces: false })
    .flatMap((e) => e.mentions.map((m) => [m.start, m.end, e.type]))
    .sort((x, y) => x[0] - y[0]);
  let k = 0;
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    const form = placeForm(t.norm);
    if (!form) continue;
    let s = stats.get(form);
    if (!s) stats.set(form, (s = [0, 0, 0]));
    s[0]++;
    while (k < spans.length && spans[k][1] <= t.start) k++;
    for (let j = k; j < spans.length && spans[j][0] < t.end; j++) {
      if (spans[j][1] <= t.start) continue;
      s[spans[j][2] === 'LOC' ? 1 : 2]++;
      break;
    }
  }
  if (++docs % 5000 === 0) process.stderr.write(`${docs} articles\n`);
}
const rate = Number(values.rate);
const min = Number(values.min);
const names = [...stats]
  .filter(([, [n, loc]]) => n >= min && loc / n >= rate)
  .map(([f]) => f)
  .sort();
writeFileSync(
  values.out,
  JSON.stringify({
    about: `GeoNames names that qawl tags LOC in >= ${rate} of >= ${min} occurrences over ${docs} SaudiNewsNet articles (${skipped} annotated ones left out); scripts/build-known-places.mjs`,
    names,
  }, null, 0) + '\n',
);
process.stderr.write(`${names.length} names from ${docs} articles (${skipped} left out) → ${values.out}\n`);
