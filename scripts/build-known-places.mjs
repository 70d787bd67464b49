#!/usr/bin/env node
/**
 * models/gazetteers/known-places.json: the GeoNames names (models/gazetteers/places.json) that qawl's own
 * pipeline, without this list, tags LOC in at least --rate of their occurrences over SaudiNewsNet (M. Alhagri
 * 2015, CC BY-NC-SA 4.0; only the names and their counts ship, no text). Articles of the annotated sets under
 * corpus/claims-* (and any --exclude folder) are left out, so the evaluation stays unseen. Deterministic.
 *
 *   npm run build && node scripts/build-known-places.mjs [--data ../shared/data] [--rate 0.7] [--min 5]
 *     [--context-rate 0.5] [--context-min 10] [--major-rate 0.25] [--stats FILE] [--exclude DIR]…
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
    'context-rate': { type: 'string', default: '0.5' },
    'context-min': { type: 'string', default: '10' },
    'major-rate': { type: 'string', default: '0.25' },
    exclude: { type: 'string', multiple: true, default: [] },
    out: { type: 'string', default: 'models/gazetteers/known-places.json' },
    stats: { type: 'string' },
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

const stats = new Map(); // form → [occurrences, in a LOC mention, in another mention, in a longer ORG name]
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
    if (!s) stats.set(form, (s = [0, 0, 0, 0]));
    s[0]++;
    while (k < spans.length && spans[k][1] <= t.start) k++;
    for (let j = k; j < spans.length && spans[j][0] < t.end; j++) {
      if (spans[j][1] <= t.start) continue;
      s[spans[j][2] === 'LOC' ? 1 : 2]++;
      if (spans[j][2] === 'ORG' && (spans[j][0] < t.start - 1 || spans[j][1] > t.end)) s[3]++;
      break;
    }
  }
  if (++docs % 5000 === 0) process.stderr.write(`${docs} articles\n`);
}
if (values.stats) writeFileSync(values.stats, JSON.stringify(Object.fromEntries(stats)) + '\n');
const rate = Number(values.rate);
const min = Number(values.min);
// (the rate counts occurrences outside longer organisation names: تبوك of جامعة تبوك is not a miss)
const names = [...stats]
  .filter(([, [n, loc, , inOrg]]) => n - inOrg >= min && inOrg / n <= 0.5 && loc / (n - inOrg) >= rate)
  .map(([f]) => f)
  .sort();
// second tier: names tagged LOC in >= --context-rate of their occurrences outside a longer organisation name
// (عدن beside ميناء عدن، جامعة عدن), seldom tagged as a person or organisation by themselves, and not mostly
// inside organisation names (مدريد of ريال مدريد): src/entities/known-places.ts marks them only in a place context
const crate = Number(values['context-rate']);
const cmin = Number(values['context-min']);
const tier1 = new Set(names);
// … and major places (a country, region, regional seat or capital, or a city of 100,000) that the tagger finds in
// at least --major-rate of their free occurrences and seldom calls anything else (الطائف، الموصل، مسقط), unless the
// spelling is also a common word (MAJOR_COMMON: المدينة "the city", البيضاء "white", مالي "financial")
const mrate = Number(values['major-rate']);
const major = (f) => (places[f] ?? []).some((r) => ['PPLA', 'PPLC', 'ADM1', 'country', 'region'].includes(r[4]) || (r[5] ?? 0) >= 100000);
const MAJOR_COMMON = new Set(
  ['المدينة', 'وادي', 'لوادي', 'البيضاء', 'مالي', 'الساحل', 'انفا', 'رباط', 'الحلة', 'تولوا', 'جينا', 'الثقبة', 'المحمدية', 'الخبر', 'الجزيرة', 'الشرقية', 'الغربية', 'الوسطى', 'العاصمة', 'المنطقة', 'الدولة', 'الساحة'].map(fold),
);
const inContext = [...stats]
  .filter(([f, [n, loc, other, inOrg]]) => {
    if (tier1.has(f) || n < cmin || inOrg / n > 0.5) return false;
    const free = n - inOrg;
    if (free <= 0 || (other - inOrg) / free > 0.15) return false;
    if (loc / free >= crate && (other - inOrg) / free <= 0.1) return true;
    return major(f) && !MAJOR_COMMON.has(f) && loc / free >= mrate;
  })
  .map(([f]) => f)
  .sort();
writeFileSync(
  values.out,
  JSON.stringify({
    about: `GeoNames names that qawl tags LOC in >= ${rate} of >= ${min} occurrences outside longer organisation names over ${docs} SaudiNewsNet articles (${skipped} annotated ones left out); inContext: >= ${crate} of >= ${cmin} such occurrences, or major places (country, region, seat, capital, city of 100,000) at >= ${mrate} that are not also common words, marked only in a place context; scripts/build-known-places.mjs`,
    names,
    inContext,
  }, null, 0) + '\n',
);
process.stderr.write(`${names.length} + ${inContext.length} names from ${docs} articles (${skipped} left out) → ${values.out}\n`);
