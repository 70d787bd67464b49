import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { StringTable, packTables, unpackTables } from '../../src/ner/strtable.js';
import { readModelFile, shareModelFiles } from '../../src/model-files.js';
import { modelsDir } from '../../src/models-dir.js';

const ENTRIES: [string, number][] = [['القاهره', 1], ['الامم المتحده', 2], ['حسون', 3], ['x', 4]];

/** Byte offsets at which the tables of a packed file start. */
function tableOffsets(b: Buffer): number[] {
  const out: number[] = [];
  let off = 4 + b.readUInt32LE(0);
  while (off < b.length) {
    out.push(off + 4);
    off += 4 + b.readUInt32LE(off);
  }
  return out;
}

describe('packed string tables', () => {
  it('finds every key, and joined keys without building them', () => {
    const t = StringTable.build(ENTRIES);
    for (const [k, v] of ENTRIES) expect(t.get(k)).toBe(v);
    expect(t.get('القاهرة')).toBeUndefined();
    expect([...t.entries()]).toEqual(ENTRIES);
  });

  it('packs tables 4-byte aligned, whatever the header length, and reads them back', () => {
    for (const meta of [{}, { a: 1 }, { about: 'جدول' }, { abc: 'de' }]) {
      const b = packTables(meta, [StringTable.build(ENTRIES), StringTable.build([['ب', 7]])]);
      for (const off of tableOffsets(b)) expect(off % 4).toBe(0);
      const { meta: m, tables } = unpackTables(b);
      expect(m).toEqual(meta);
      expect(tables[0]!.get('الامم المتحده')).toBe(2);
      expect(tables[1]!.get('ب')).toBe(7);
    }
  });

  it('reads an unaligned copy too', () => {
    const b = packTables({ x: 1 }, [StringTable.build(ENTRIES)]);
    const shifted = Buffer.alloc(b.length + 1);
    b.copy(shifted, 1);
    expect(unpackTables(shifted.subarray(1)).tables[0]!.get('حسون')).toBe(3);
  });

  it('shares the shipped gazetteer: the same lookups from shared memory as from the file', () => {
    const path = join(modelsDir(), 'gazetteers', 'ner-gazetteer.bin');
    const fromFile = unpackTables(readFileSync(path)).tables[0]!;
    const files = shareModelFiles([path]);
    expect(Object.values(files)[0]).toBeInstanceOf(SharedArrayBuffer);
    const b = readModelFile(path);
    expect(b.buffer).toBeInstanceOf(SharedArrayBuffer);
    const fromShared = unpackTables(b).tables[0]!;
    for (const k of ['جنيف', 'القاهره', 'الامم المتحده', 'كلمة-غير-موجودة']) expect(fromShared.get(k)).toBe(fromFile.get(k));
    for (const off of tableOffsets(b)) expect(off % 4).toBe(0);
  });
});
