#!/usr/bin/env node
/**
 * Compiles the NER gazetteer and the place-linking table from GeoNames and ANETAC (read from ../shared/data or
 * --data DIR) into models/gazetteers/. Keys are fold()ed with the text layer's own fold (bundled on the fly).
 * Single-word entries frequent in ordinary news (SaudiNewsNet word counts; only the counts are used) are dropped.
 *
 * Writes models/gazetteers/ner-gazetteer.bin (packed string tables; --json FILE also writes it as JSON) and
 * models/gazetteers/places.json.
 *
 *   node scripts/build-gazetteers.mjs [--data ../shared/data] [--common 500] [--json FILE]
 */
import { buildSync } from 'esbuild';
import { createReadStream, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { data: { type: 'string', default: '../shared/data' }, common: { type: 'string', default: '500' }, json: { type: 'string' } } });
const DATA = values.data;
const COMMON = Number(values.common);

const bundled = buildSync({
  stdin: { contents: "export { fold } from './src/text/normalize.ts'; export { packGazetteer } from './src/ner/resources.ts';", resolveDir: process.cwd(), loader: 'ts' },
  bundle: true, format: 'esm', platform: 'node', write: false,
});
const { fold, packGazetteer } = await import('data:text/javascript;base64,' + Buffer.from(bundled.outputFiles[0].text).toString('base64'));

const AR = /[\u0621-\u064a]/;
const key = (s) => fold(s).replace(/[()\[\]"«»]/g, ' ').replace(/\s+/g, ' ').trim();
const isArabicName = (s) => AR.test(s) && !/[A-Za-z0-9]/.test(s);

// ---- word counts of unlabeled news (only the counts of the commonest words are used) ----
async function newsCounts() {
  const counts = new Map();
  const rl = createInterface({ input: createReadStream(`${DATA}/saudinewsnet/articles.jsonl.gz`).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line) continue;
    const { title, text } = JSON.parse(line);
    for (const w of fold(`${title ?? ''} ${text ?? ''}`).split(/[^\u0621-\u064a]+/)) if (w) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return counts;
}
const counts = await newsCounts();
const common = new Set([...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, COMMON).map(([w]) => w));
const isCommon = (k) => !k.includes(' ') && (k.length < 3 || common.has(k));
console.error(`news words: ${counts.size} distinct; common cut: ${COMMON}`);

// ---- NER gazetteer: key -> bit mask of sources ----
const SOURCES = ['city', 'country', 'region', 'anetac-pers', 'anetac-loc', 'anetac-org', 'names-org', 'names-pers', 'names-misc'];
const entries = new Map();
const add = (name, source, filter = true) => {
  const k = key(name);
  if (!k || k.length < 2 || (filter && isCommon(k))) return;
  entries.set(k, (entries.get(k) ?? 0) | (1 << SOURCES.indexOf(source)));
};

// GeoNames countries and the capital coordinates used for them
const countryInfo = readFileSync(`${DATA}/geonames/countryInfo.tsv`, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));
const translations = JSON.parse(readFileSync(`${DATA}/geonames/country_translations.json`, 'utf8'));
const cityRows = readFileSync(`${DATA}/geonames/cities15000.txt`, 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t'));

const places = new Map(); // key -> [[geonameId, cc, lat, lon, kind, population]]
const addPlace = (name, row) => {
  const k = key(name);
  if (!k || k.length < 2) return;
  const list = places.get(k) ?? [];
  if (!list.some((r) => r[0] === row[0])) list.push(row);
  places.set(k, list);
};

const capitalOf = new Map();
for (const c of countryInfo) {
  const [iso, , , , , capital, , population, , , , , , , , , geonameid] = c;
  let best = null;
  for (const r of cityRows) {
    if (r[8] !== iso || (r[1] !== capital && r[2] !== capital)) continue;
    if (!best || Number(r[14]) > Number(best[14])) best = r;
  }
  capitalOf.set(iso, best);
  const ar = translations[geonameid]?.ar;
  const row = [Number(geonameid), iso, best ? Number(best[4]) : null, best ? Number(best[5]) : null, 'country', Number(population) || 0];
  if (ar) {
    add(ar, 'country', false);
    addPlace(ar, row);
  }
}
const byIso = new Map(countryInfo.map((c) => [c[0], c]));

// hand list: regions and country aliases
const extra = JSON.parse(readFileSync('models/gazetteers/regions.json', 'utf8'));
for (const [name, cc] of Object.entries(extra.countryAliases)) {
  add(name, 'country', false);
  const c = byIso.get(cc);
  const cap = capitalOf.get(cc);
  if (c) addPlace(name, [Number(c[16]), cc, cap ? Number(cap[4]) : null, cap ? Number(cap[5]) : null, 'country', Number(c[7]) || 0]);
}
for (const [name, info] of Object.entries(extra.regions)) {
  add(name, 'region', false);
  addPlace(name, [info.geonameId ?? null, info.countryCode ?? null, info.lat ?? null, info.lon ?? null, 'region', 0]);
}

// cities15000: Arabic alternate names
for (const r of cityRows) {
  const alts = (r[3] ?? '').split(',').filter(isArabicName);
  for (const a of alts) {
    add(a, 'city');
    addPlace(a, [Number(r[0]), r[8], Number(r[4]), Number(r[5]), r[7], Number(r[14]) || 0]);
  }
}

// ANETAC (Arabic side)
const CLASS = { PERSON: 'anetac-pers', LOCATION: 'anetac-loc', ORGANIZATION: 'anetac-org' };
for (const line of readFileSync(`${DATA}/anetac/en-ar-named-entities.txt`, 'utf8').split('\n')) {
  const m = /^(PERSON|LOCATION|ORGANIZATION) (.*)$/.exec(line.trim());
  if (!m) continue;
  const ar = m[2].split(' ').filter(isArabicName).join(' ');
  if (ar) add(ar, CLASS[m[1]]);
}

// hand-curated world-knowledge names (organisations, people, misc); single words among the commonest dropped
const commonNames = new Set([...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 2000).map(([w]) => w));
const curated = JSON.parse(readFileSync('models/lexicons/ner-names.json', 'utf8'));
for (const [cls, source] of [['org', 'names-org'], ['pers', 'names-pers'], ['misc', 'names-misc']]) {
  for (const name of curated[cls]) {
    const k = key(name);
    if (!k.includes(' ') && commonNames.has(k)) continue;
    add(name, source, false);
  }
}

mkdirSync('models/gazetteers', { recursive: true });
const sorted = Object.fromEntries([...entries.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
writeFileSync('models/gazetteers/ner-gazetteer.bin', packGazetteer(SOURCES, Object.entries(sorted)));
if (values.json) writeFileSync(values.json, JSON.stringify({ sources: SOURCES, entries: sorted }) + '\n');
for (const list of places.values()) list.sort((a, b) => b[5] - a[5]);
const placeObj = Object.fromEntries([...places.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
writeFileSync(
  'models/gazetteers/places.json',
  JSON.stringify({ fields: ['geonameId', 'countryCode', 'lat', 'lon', 'kind', 'population'], places: placeObj }) + '\n',
);
console.error(`ner-gazetteer: ${entries.size} keys; places: ${places.size} keys`);
