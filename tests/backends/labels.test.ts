import { describe, expect, it } from 'vitest';
import { mapLabel, mapLabels } from '../../src/backends/transformers/labels.js';

describe('mapLabel: tag schemes of published models → qawl types', () => {
  it.each([
    ['O', 'O', null],
    ['B-PER', 'B', 'PERS'],
    ['I-PERS', 'I', 'PERS'],
    ['B-PERSON', 'B', 'PERS'],
    ['I-GPE', 'I', 'LOC'],
    ['B-FAC', 'B', 'LOC'],
    ['S-LOC', 'S', 'LOC'],
    ['U-LOC', 'S', 'LOC'],
    ['E-ORG', 'E', 'ORG'],
    ['L-ORG', 'E', 'ORG'],
    ['B-ORGANIZATION', 'B', 'ORG'],
    ['B_MISC', 'B', 'MISC'],
    ['b-norp', 'B', 'MISC'],
    ['PER', 'I', 'PERS'],
    ['LOC', 'I', 'LOC'],
    ['B-DATE', 'O', null],
    ['I-MONEY', 'O', null],
    ['CARDINAL', 'O', null],
  ] as const)('%s → %s %s', (label, tag, type) => {
    expect(mapLabel(label)).toEqual({ tag, type });
  });

  it('maps a config.json id2label table by id', () => {
    const labels = mapLabels({ '0': 'O', '1': 'B-PER', '2': 'I-PER', '4': 'B-GPE' });
    expect(labels.map((l) => `${l.tag}-${l.type}`)).toEqual(['O-null', 'B-PERS', 'I-PERS', 'O-null', 'B-LOC']);
  });
});
