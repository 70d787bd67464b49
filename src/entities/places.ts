/** Place linking against the GeoNames table compiled into models/gazetteers/places.json. */
import { join } from 'node:path';
import type { Entity, Place } from '../schema/records.js';
import { modelsDir } from '../models-dir.js';
import { PlaceTable, type PlaceRow } from './place-table.js';
import { sharedResources } from '../ner/tagger.js';
import { fold } from '../text/normalize.js';
import { stripArticle, stripProclitics } from '../ner/words.js';

type Candidate = PlaceRow;

let table: PlaceTable | null = null;

function places(): PlaceTable {
  return (table ??= PlaceTable.load(join(modelsDir(), 'gazetteers', 'places.json'), join(modelsDir(), 'gazetteers', 'admin-regions.json')));
}

/** Whether a folded word or name is in the place table or the NER name gazetteer. */
export function isKnownName(folded: string): boolean {
  return places().has(folded) || sharedResources().gazetteer.has(folded);
}

/** Place candidates for a name: the folded name, then without proclitics, then without the article. */
export function placeCandidates(name: string): Candidate[] {
  const f = fold(name).trim();
  const words = f.split(/\s+/);
  const first = words[0] ?? '';
  const rest = words.slice(1).join(' ');
  const join1 = (w: string) => (rest ? `${w} ${rest}` : w);
  const a = stripProclitics(first);
  const forms = [f, join1(a), join1(stripArticle(a)), join1('ال' + stripArticle(a))];
  for (const k of forms) {
    const c = places().get(k);
    if (c.length) return c;
  }
  return [];
}

function featureClass(kind: string): string {
  if (kind === 'country' || kind === 'region') return kind;
  return kind.startsWith('PPL') ? 'city' : kind;
}

/**
 * Links LOC entities to GeoNames: countries through the translation table, cities among homonyms by the
 * countries named in the same document, then by population. Unresolved places keep null coordinates.
 */
export function linkPlaces(entities: Entity[], _text: string): Place[] {
  const locs = entities.filter((e) => e.type === 'LOC');
  const options = locs.map((e) => {
    for (const n of [e.name, ...new Set(e.mentions.map((m) => m.text))]) {
      const c = placeCandidates(n);
      if (c.length) return c;
    }
    return [];
  });
  const docCountries = new Set<string>();
  options.forEach((c) => {
    const country = c.find((x) => x[4] === 'country');
    if (country?.[1]) docCountries.add(country[1]);
  });
  return locs.map((e, i) => {
    const c = options[i]!;
    const pick =
      c.find((x) => x[4] === 'country') ??
      c.find((x) => x[1] !== null && docCountries.has(x[1])) ??
      [...c].sort((a, b) => b[5] - a[5])[0];
    return {
      entityId: e.id,
      name: e.name,
      geonameId: pick?.[0] ?? null,
      countryCode: pick?.[1] ?? null,
      lat: pick?.[2] ?? null,
      lon: pick?.[3] ?? null,
      featureClass: pick ? featureClass(pick[4]) : null,
    };
  });
}
