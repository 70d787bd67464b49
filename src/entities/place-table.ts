/**
 * Name → GeoNames rows, held in a packed string table and typed columns. The place files are JSON (readable,
 * diffable); parsed into a Map of tuples they cost ~10 MB of heap (Arabic, 23k names) and ~9 MB (English, 38k)
 * in every thread that extracts, so they are packed once at load and the parsed JSON is dropped.
 */
import { readFileSync } from 'node:fs';
import { StringTable } from '../ner/strtable.js';
import { fold } from '../text/normalize.js';

/** [geonameId, countryCode, lat, lon, kind ('country', 'region' or a GeoNames feature code), population] */
export type PlaceRow = [number | null, string | null, number | null, number | null, string, number];

const NONE = 0xffff;

export class PlaceTable {
  private constructor(
    private readonly names: StringTable,
    /** rows of name i: first[i] .. first[i + 1] */
    private readonly first: Int32Array,
    private readonly ids: Float64Array,
    private readonly coords: Float64Array,
    private readonly pops: Float64Array,
    private readonly country: Uint16Array,
    private readonly kind: Uint16Array,
    private readonly strings: readonly string[],
  ) {}

  /**
   * Reads a `{"places": {name: row | row[]}}` file, and optionally a hand list `{"regions": {name: {countryCode, lat,
   * lon}}}` whose names (folded) are added as regions when the first file lacks them.
   */
  static load(path: string, regionsPath?: string): PlaceTable {
    const raw = JSON.parse(readFileSync(path, 'utf8')) as { places: Record<string, PlaceRow | PlaceRow[]> };
    const entries = Object.entries(raw.places).map(([k, v]) => [k, v.length === 0 || Array.isArray(v[0]) ? (v as PlaceRow[]) : [v as PlaceRow]] as const);
    if (regionsPath) {
      const extra = JSON.parse(readFileSync(regionsPath, 'utf8')) as { regions: Record<string, { countryCode?: string; lat?: number; lon?: number }> };
      const seen = new Set(entries.map(([k]) => k));
      for (const [name, r] of Object.entries(extra.regions)) {
        const f = fold(name);
        if (seen.has(f)) continue;
        seen.add(f);
        entries.push([f, [[null, r.countryCode ?? null, r.lat ?? null, r.lon ?? null, 'region', 0]]]);
      }
    }
    return PlaceTable.build(entries);
  }

  static build(entries: readonly (readonly [string, readonly PlaceRow[]])[]): PlaceTable {
    const rows = entries.reduce((n, [, r]) => n + r.length, 0);
    const first = new Int32Array(entries.length + 1);
    const ids = new Float64Array(rows);
    const coords = new Float64Array(rows * 2);
    const pops = new Float64Array(rows);
    const country = new Uint16Array(rows);
    const kind = new Uint16Array(rows);
    const strings: string[] = [];
    const index = new Map<string, number>();
    const intern = (s: string | null) => {
      if (s === null) return NONE;
      let i = index.get(s);
      if (i === undefined) index.set(s, (i = strings.push(s) - 1));
      return i;
    };
    let r = 0;
    entries.forEach(([, list], i) => {
      first[i] = r;
      for (const [id, cc, lat, lon, k, pop] of list) {
        ids[r] = id ?? NaN;
        coords[2 * r] = lat ?? NaN;
        coords[2 * r + 1] = lon ?? NaN;
        pops[r] = pop;
        country[r] = intern(cc);
        kind[r] = intern(k);
        r++;
      }
    });
    first[entries.length] = r;
    const names = StringTable.build(entries.map(([k], i) => [k, i] as const));
    return new PlaceTable(names, first, ids, coords, pops, country, kind, strings);
  }

  get size(): number {
    return this.first.length - 1;
  }

  has(name: string): boolean {
    return this.names.has(name);
  }

  /** The rows stored for a name (fresh tuples), or an empty list. */
  get(name: string): PlaceRow[] {
    const i = this.names.get(name);
    if (i === undefined) return [];
    const out: PlaceRow[] = [];
    for (let r = this.first[i]!; r < this.first[i + 1]!; r++) {
      const num = (x: number) => (Number.isNaN(x) ? null : x);
      const cc = this.country[r]!;
      out.push([num(this.ids[r]!), cc === NONE ? null : this.strings[cc]!, num(this.coords[2 * r]!), num(this.coords[2 * r + 1]!), this.strings[this.kind[r]!]!, this.pops[r]!]);
    }
    return out;
  }
}
