import { describe, expect, it } from 'vitest';
import { viterbi, viterbi2 } from '../../src/ner/model.js';
import { NUM_LABELS, allowedTransitions } from '../../src/ner/labels.js';
import { rng } from '../../src/ner/hash.js';

const L = NUM_LABELS;

describe('second-order Viterbi', () => {
  it('agrees with first-order Viterbi when the second-order transitions are zero', () => {
    const rand = rng(7);
    for (let trial = 0; trial < 50; trial++) {
      const T = 1 + Math.floor(rand() * 12);
      const em = Float32Array.from({ length: T * L }, () => rand() * 4 - 2);
      const trans = Float32Array.from({ length: (L + 1) * L }, () => rand() * 2 - 1);
      const a = new Int32Array(T);
      const b = new Int32Array(T);
      viterbi(em, T, trans, a);
      viterbi2(em, T, trans, new Float32Array((L + 1) * (L + 1) * L), b);
      expect(Array.from(b)).toEqual(Array.from(a));
    }
  });

  it('follows a second-order preference and never emits a forbidden transition', () => {
    // B-PERS B-PERS would be preferred by emissions; a trigram bonus for (start, B-PERS, I-PERS) flips the second tag
    const em = new Float32Array(2 * L);
    em[1] = 5;
    em[L + 1] = 2;
    em[L + 2] = 1.5;
    const trans = new Float32Array((L + 1) * L);
    const trans2 = new Float32Array((L + 1) * (L + 1) * L);
    trans2[(L * (L + 1) + 1) * L + 2] = 1;
    const out = new Int32Array(2);
    viterbi2(em, 2, trans, trans2, out);
    expect(Array.from(out)).toEqual([1, 2]);
    const allowed = allowedTransitions();
    expect(allowed[out[0]! * L + out[1]!]).toBe(1);
  });
});
