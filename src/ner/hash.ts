/** 32-bit string hashing and mixing for feature ids (no string concatenation on the hot path). */

/* Every hash is returned as a signed 32-bit integer (`| 0`): V8 keeps those unboxed (small integers), where an
 * unsigned result above 2^31 would be allocated as a heap number on every call. Stored in Uint32Arrays and used
 * through `&` masks, the bits are the same either way. */

/** FNV-1a over UTF-16 code units. */
export function strHash(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** Continues an FNV-1a hash with one code unit. */
export function hashStep(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

/** Combines a template id and a value hash into a feature id (murmur3 finaliser). */
export function mix(template: number, value: number): number {
  let h = (value ^ Math.imul(template + 1, 0x9e3779b1)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** Combines two value hashes (for bigram features). */
export function pair(a: number, b: number): number {
  return mix(a, Math.imul(b, 0x27d4eb2d) ^ 0x165667b1);
}

/** Deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
