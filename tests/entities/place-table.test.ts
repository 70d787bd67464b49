import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { PlaceTable, type PlaceRow } from '../../src/entities/place-table.js';
import { modelsDir } from '../../src/models-dir.js';
import { lookupPlace } from '../../src/en/places.js';

describe('packed GeoNames place table', () => {
  it('keeps every row of a name, with nulls where GeoNames has no value', () => {
    const rows: [string, PlaceRow[]][] = [
      ['طرابلس', [[2210247, 'LY', 32.88743, 13.18733, 'PPLC', 1150989], [266826, 'LB', 34.43667, 35.84972, 'PPLA', 229398]]],
      ['السعوديه', [[null, 'SA', null, null, 'country', 0]]],
    ];
    const t = PlaceTable.build(rows);
    expect(t.size).toBe(2);
    expect(t.get('طرابلس')).toEqual(rows[0]![1]);
    expect(t.get('السعوديه')).toEqual(rows[1]![1]);
    expect(t.get('جنيف')).toEqual([]);
    expect(t.has('طرابلس')).toBe(true);
  });

  it('loads the shipped Arabic and English tables', () => {
    const ar = PlaceTable.load(join(modelsDir(), 'gazetteers', 'places.json'));
    const benghazi = ar.get('بنغازي');
    expect(benghazi[0]?.[1]).toBe('LY');
    expect(benghazi[0]?.[2]).toBeCloseTo(32.1, 0);
    expect(lookupPlace('Geneva')?.[1]).toBe('CH');
  });
});
