/** English place names linked to GeoNames (models/en/places.json, built by scripts/en-places.py). */
import { join } from 'node:path';
import { modelsDir } from '../models-dir.js';
import { PlaceTable, type PlaceRow } from '../entities/place-table.js';
import type { Entity, Place } from '../schema/records.js';

let table: PlaceTable | null = null;

function places(): PlaceTable {
  return (table ??= PlaceTable.load(join(modelsDir(), 'en', 'places.json')));
}

const key = (name: string) => name.toLowerCase().replace(/^the\s+/, '').replace(/['’]s$/, '').replace(/\s+/g, ' ').trim();

/** The GeoNames row for a name, or null. */
export function lookupPlace(name: string): PlaceRow | null {
  return places().get(key(name))[0] ?? null;
}

/** Whether a capitalised name is a well-known place (a country, region, or a city over 50,000 people). */
export function isKnownPlace(name: string): boolean {
  const row = lookupPlace(name);
  return !!row && (row[4] === 'country' || row[4] === 'region' || row[5] >= 50_000);
}

const featureClass = (kind: string) => (kind === 'country' ? 'country' : kind === 'region' ? 'region' : /^PPL/.test(kind) ? 'city' : kind);

/** One Place per LOC entity whose name (or one of its mentions) is in the table. */
export function linkEnglishPlaces(entities: Entity[]): Place[] {
  const out: Place[] = [];
  for (const e of entities) {
    if (e.type !== 'LOC') continue;
    const names = [e.name, ...e.mentions.map((m) => m.text)];
    const row = names.map(lookupPlace).find((r) => r) ?? null;
    out.push({
      entityId: e.id,
      name: e.name,
      geonameId: row?.[0] ?? null,
      countryCode: row?.[1] ?? null,
      lat: row?.[2] ?? null,
      lon: row?.[3] ?? null,
      featureClass: row ? featureClass(row[4]) : null,
    });
  }
  return out;
}
