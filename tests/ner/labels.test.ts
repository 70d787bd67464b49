import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { labelSet, labelSetOf, LABELS } from '../../src/ner/labels.js';
import { viterbi } from '../../src/ner/model.js';
import { parseConll, trainModel, evaluate } from '../../src/ner/index.js';
import { sharedResources } from '../../src/ner/tagger.js';
import { rng } from '../../src/ner/hash.js';
import { chunks } from '../../src/ner/conll.js';

const bioes = labelSet('bioes');
const names = (ix: Int32Array) => Array.from(ix, (i) => bioes.labels[i]);

describe('BIOES labels', () => {
  it('mark the begin, inside, end and single tokens of IOB2 names', () => {
    // وقال الرئيس الفلسطيني محمود عباس في رام الله إن حركة حماس ...
    const tags = ['O', 'O', 'O', 'B-PERS', 'I-PERS', 'O', 'B-LOC', 'I-LOC', 'O', 'B-ORG', 'I-ORG', 'I-ORG', 'B-ORG', 'B-MISC'];
    expect(names(bioes.encode(tags))).toEqual(['O', 'O', 'O', 'B-PERS', 'E-PERS', 'O', 'B-LOC', 'E-LOC', 'O', 'B-ORG', 'I-ORG', 'E-ORG', 'S-ORG', 'S-MISC']);
  });

  it('read an I- tag that opens a name (CoNLL-style IOB1 data) as its begin', () => {
    expect(names(bioes.encode(['O', 'I-LOC', 'I-LOC', 'I-PERS']))).toEqual(['O', 'B-LOC', 'E-LOC', 'S-PERS']);
  });

  it('map back to IOB2 tags that hold the same names (stray I- tags in the data become B-)', () => {
    const corpus = parseConll(readFileSync('corpus/anercorp/train.txt', 'utf8')).slice(0, 400);
    for (const s of corpus) {
      const back = Array.from(bioes.encode(s.tags), (i) => LABELS[bioes.toIob2[i]!]!);
      expect(chunks(back)).toEqual(chunks(s.tags.map((t) => t.replace(/-PER$/, '-PERS'))));
      expect(back.every((t, i) => !t.startsWith('I-') || back[i - 1]?.slice(2) === t.slice(2))).toBe(true);
    }
  });

  it('decode only to well-formed names: nothing left open at the end, no inside without its begin', () => {
    const L = bioes.size;
    const rand = rng(11);
    for (let trial = 0; trial < 200; trial++) {
      const T = 1 + Math.floor(rand() * 10);
      const em = Float32Array.from({ length: T * L }, () => rand() * 6 - 3);
      const out = new Int32Array(T);
      viterbi(em, T, new Float32Array((L + 1) * L), out, bioes);
      const seq = names(out);
      for (let t = 0; t < T; t++) {
        const [part, type] = seq[t] === 'O' ? ['O', ''] : seq[t]!.split('-');
        if (part === 'I' || part === 'E') expect(t > 0 && /^[BI]-/.test(seq[t - 1]!) && seq[t - 1]!.endsWith(type!)).toBe(true);
        if (part === 'B' || part === 'I') expect(t + 1 < T).toBe(true);
      }
    }
  });

  it('are recognised from a model file label list', () => {
    expect(labelSetOf(bioes.labels).scheme).toBe('bioes');
    expect(labelSetOf(LABELS).scheme).toBe('iob2');
    expect(() => labelSetOf(['O', 'B-X'])).toThrow(/unknown NER label set/);
  });
});

describe('training with either label set', () => {
  const all = parseConll(readFileSync('corpus/anercorp/train.txt', 'utf8'));
  const train = all.slice(0, 1500);
  const dev = all.slice(1500, 1800);
  for (const scheme of ['bioes', 'iob2'] as const) {
    it(`${scheme}: tags held-out ANERcorp sentences in IOB2, well above chance`, () => {
      const model = trainModel(train, null, sharedResources(), { epochs: 3, seed: 1, scheme, dropout: 0.25, costAug: 30 });
      expect(model.labels.scheme).toBe(scheme);
      const pred = dev.map((s) => model.tag(s.tokens));
      for (const p of pred) for (const t of p) expect(LABELS).toContain(t);
      expect(evaluate(dev.map((s) => s.tags), pred).micro.f1).toBeGreaterThan(45);
    });
  }
});
