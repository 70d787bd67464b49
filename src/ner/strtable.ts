/**
 * A read-only string → int32 hash table stored as one binary blob, so that 100k+ keys load in a few
 * milliseconds (no JSON parse, no Map building). Keys are UTF-16 strings; lookups hash with FNV-1a.
 *
 * Layout (little-endian): u32 magic, u32 count, u32 slots, u32 keyChars, i32 values[count],
 * u32 keyOffsets[count + 1] (in UTF-16 code units), i32 slot[slots] (entry index + 1, 0 = empty), UTF-16 keys.
 * Keys stay code units in a typed array, not a JavaScript string: a table read from 4-byte-aligned memory is
 * used in place, so worker threads can share one copy (see src/model-files.ts).
 */
import { strHash } from './hash.js';
import { alignedBytes } from '../model-files.js';

const MAGIC = 0x5154424c; // "QTBL"

export class StringTable {
  private constructor(
    private readonly keys: Uint16Array,
    private readonly offsets: Uint32Array,
    private readonly values: Int32Array,
    private readonly slots: Int32Array,
  ) {}

  get size(): number {
    return this.values.length;
  }

  private find(s: string, h: number = strHash(s)): number {
    const mask = this.slots.length - 1;
    let p = h & mask;
    for (;;) {
      const e = this.slots[p]!;
      if (e === 0) return -1;
      const from = this.offsets[e - 1]!;
      const to = this.offsets[e]!;
      if (to - from === s.length) {
        let i = 0;
        while (i < s.length && this.keys[from + i] === s.charCodeAt(i)) i++;
        if (i === s.length) return e - 1;
      }
      p = (p + 1) & mask;
    }
  }

  get(s: string): number | undefined {
    const e = this.find(s);
    return e < 0 ? undefined : this.values[e];
  }

  has(s: string): boolean {
    return this.find(s) >= 0;
  }

  /** get(s) when `h` is already strHash(s). */
  getHashed(s: string, h: number): number | undefined {
    const e = this.find(s, h);
    return e < 0 ? undefined : this.values[e];
  }

  /** has(s) when `h` is already strHash(s). */
  hasHashed(s: string, h: number): boolean {
    return this.find(s, h) >= 0;
  }

  /**
   * get(first + ' ' + words[from] + ' ' + … + words[from + count − 1]) without building that string: `h` is its
   * strHash and `length` its length.
   */
  getJoined(first: string, words: readonly string[], from: number, count: number, h: number, length: number): number | undefined {
    const mask = this.slots.length - 1;
    let p = h & mask;
    for (;;) {
      const e = this.slots[p]!;
      if (e === 0) return undefined;
      const start = this.offsets[e - 1]!;
      if (this.offsets[e]! - start === length && this.matchesJoined(start, first, words, from, count)) return this.values[e - 1];
      p = (p + 1) & mask;
    }
  }

  private matchesJoined(start: number, first: string, words: readonly string[], from: number, count: number): boolean {
    const keys = this.keys;
    let at = start;
    for (let i = 0; i < first.length; i++) if (keys[at++] !== first.charCodeAt(i)) return false;
    for (let w = from; w < from + count; w++) {
      if (keys[at++] !== 0x20) return false;
      const s = words[w]!;
      for (let i = 0; i < s.length; i++) if (keys[at++] !== s.charCodeAt(i)) return false;
    }
    return true;
  }

  /** Every key with its value, in stored order. */
  *entries(): IterableIterator<[string, number]> {
    for (let e = 0; e < this.values.length; e++) yield [codeUnits(this.keys, this.offsets[e]!, this.offsets[e + 1]!), this.values[e]!];
  }

  static build(entries: Iterable<readonly [string, number]>): StringTable {
    const list = [...entries];
    const offsets = new Uint32Array(list.length + 1);
    const values = new Int32Array(list.length);
    const parts: string[] = [];
    list.forEach(([k, v], i) => {
      parts.push(k);
      values[i] = v;
      offsets[i + 1] = offsets[i]! + k.length;
    });
    const joined = parts.join('');
    const keys = new Uint16Array(joined.length);
    for (let i = 0; i < joined.length; i++) keys[i] = joined.charCodeAt(i);
    let size = 16;
    while (size < list.length * 2) size *= 2;
    const slots = new Int32Array(size);
    list.forEach(([k], i) => {
      let p = strHash(k) & (size - 1);
      while (slots[p] !== 0) p = (p + 1) & (size - 1);
      slots[p] = i + 1;
    });
    return new StringTable(keys, offsets, values, slots);
  }

  toBuffer(): Buffer {
    const head = new Uint32Array([MAGIC, this.values.length, this.slots.length, this.keys.length]);
    const parts = [head, this.values, this.offsets, this.slots].map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength));
    const keys = Buffer.from(this.keys.buffer, this.keys.byteOffset, this.keys.byteLength);
    return Buffer.concat([...parts, keys, Buffer.alloc(keys.length % 4)]); // padded to 4 bytes
  }

  /** A table over `b`: in place when `b` is 4-byte aligned (a file read whole, shared memory), else over a copy. */
  static fromBuffer(b: Buffer): StringTable {
    const { ab, base } = alignedBytes(b);
    const [magic, count, slots, chars] = new Uint32Array(ab, base, 4);
    if (magic !== MAGIC) throw new Error('qawl: not a string table');
    let off = base + 16;
    const values = new Int32Array(ab, off, count!);
    off += count! * 4;
    const offsets = new Uint32Array(ab, off, count! + 1);
    off += (count! + 1) * 4;
    const slot = new Int32Array(ab, off, slots!);
    off += slots! * 4;
    const keys = new Uint16Array(ab, off, chars!);
    return new StringTable(keys, offsets, values, slot);
  }
}

function codeUnits(a: Uint16Array, from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i += 4096) out += String.fromCharCode.apply(null, Array.from(a.subarray(i, Math.min(to, i + 4096))));
  return out;
}

/** Several tables and a JSON header in one file: u32 header bytes, JSON header, then per table u32 bytes + table. */
export function packTables(meta: unknown, tables: readonly StringTable[]): Buffer {
  const parts: Buffer[] = [];
  // the header is padded with spaces so that every table starts 4-byte aligned (tables are padded too)
  const json = JSON.stringify(meta);
  const hj = Buffer.from(json + ' '.repeat((4 - (Buffer.byteLength(json) % 4)) % 4), 'utf8');
  parts.push(Buffer.from(new Uint32Array([hj.length]).buffer), hj);
  for (const t of tables) {
    const b = t.toBuffer();
    parts.push(Buffer.from(new Uint32Array([b.length]).buffer), b);
  }
  return Buffer.concat(parts);
}

export function unpackTables(b: Buffer): { meta: unknown; tables: StringTable[] } {
  let off = 0;
  const hl = b.readUInt32LE(off);
  off += 4;
  const meta = JSON.parse(b.subarray(off, off + hl).toString('utf8')) as unknown;
  off += hl;
  const tables: StringTable[] = [];
  while (off < b.length) {
    const n = b.readUInt32LE(off);
    off += 4;
    tables.push(StringTable.fromBuffer(b.subarray(off, off + n)));
    off += n;
  }
  return { meta, tables };
}
