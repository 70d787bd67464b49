import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { marginals } from '../../src/ner/crf.js';
import { labelSet } from '../../src/ner/labels.js';
import { rng } from '../../src/ner/hash.js';
import { evaluate, parseConll, trainModel } from '../../src/ner/index.js';
import { sharedResources } from '../../src/ner/tagger.js';

/** All well-formed label sequences of length T, by brute force. */
function sequences(ls: ReturnType<typeof labelSet>, T: number): number[][] {
  const L = ls.size;
  let seqs: number[][] = [[]];
  for (let t = 0; t < T; t++) {
    const next: number[][] = [];
    for (const s of seqs) for (let c = 0; c < L; c++) if (ls.allowed[(t === 0 ? L : s[t - 1]!) * L + c]) next.push([...s, c]);
    seqs = next;
  }
  return seqs.filter((s) => ls.final[s[T - 1]!]);
}

describe('CRF marginals', () => {
  for (const scheme of ['iob2', 'bioes'] as const) {
    it(`${scheme}: equal the brute-force sums over every well-formed label sequence`, () => {
      const ls = labelSet(scheme);
      const L = ls.size;
      const rand = rng(3);
      for (const T of [1, 2, 3]) {
        const em = Float32Array.from({ length: T * L }, () => rand() * 2 - 1);
        const trans = Float32Array.from({ length: (L + 1) * L }, () => rand() - 0.5);
        const mu = new Float64Array(T * L);
        const xi = new Float64Array((L + 1) * L);
        const logZ = marginals(em, T, trans, ls, mu, xi);
        const want = new Float64Array(T * L);
        const wantXi = new Float64Array((L + 1) * L);
        let Z = 0;
        for (const s of sequences(ls, T)) {
          let score = 0;
          s.forEach((c, t) => (score += em[t * L + c]! + trans[(t === 0 ? L : s[t - 1]!) * L + c]!));
          const p = Math.exp(score);
          Z += p;
          s.forEach((c, t) => {
            want[t * L + c] += p;
            wantXi[(t === 0 ? L : s[t - 1]!) * L + c] += p;
          });
        }
        expect(logZ).toBeCloseTo(Math.log(Z), 6);
        for (let i = 0; i < want.length; i++) expect(mu[i]).toBeCloseTo(want[i]! / Z, 6);
        for (let i = 0; i < wantXi.length; i++) expect(xi[i]).toBeCloseTo(wantXi[i]! / Z, 6);
      }
    });
  }
});

describe('CRF training', () => {
  it('learns a tagger of held-out ANERcorp sentences (softmax-margin, BIOES)', () => {
    const all = parseConll(readFileSync('corpus/anercorp/train.txt', 'utf8'));
    const model = trainModel(all.slice(0, 1500), null, sharedResources(), { epochs: 3, seed: 1, update: 'crf', rate: 0.1, costAug: 6, dropout: 0.25 });
    const dev = all.slice(1500, 1800);
    expect(evaluate(dev.map((s) => s.tags), dev.map((s) => model.tag(s.tokens))).micro.f1).toBeGreaterThan(45);
  });
});
