/** Data the tagger's features read: gazetteers, trigger lexicons and word clusters (all keyed by fold()). */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { modelsDir } from '../models-dir.js';
import { fold } from '../text/normalize.js';

export interface NerResources {
  /** multi-word gazetteer: folded words joined by one space → bit mask of sources */
  gazetteer: Map<string, number>;
  /** first words of multi-word entries */
  gazFirst: Set<string>;
  gazMaxLen: number;
  gazSources: string[];
  /** folded word → bit mask of trigger classes (see LEXICON_CLASSES) */
  lexicon: Map<string, number>;
  /** folded word → packed cluster ids: fine | mid << 11 | coarse << 22 (see clusterFine/Mid/Coarse) */
  clusters: Map<string, number>;
}

export const LEXICON_CLASSES = ['title', 'orgHead', 'placeHead', 'nationality', 'personFirst', 'miscHead', 'speechVerb'] as const;

export interface ResourceFiles {
  gazetteer?: string | null;
  lexicon?: string | null;
  clusters?: string | null;
}

export function defaultResourceFiles(): Required<ResourceFiles> {
  const dir = modelsDir();
  return {
    gazetteer: join(dir, 'gazetteers', 'ner-gazetteer.json'),
    lexicon: join(dir, 'lexicons', 'ner-triggers.json'),
    clusters: join(dir, 'ner', 'clusters.txt'),
  };
}

export function emptyResources(): NerResources {
  return { gazetteer: new Map(), gazFirst: new Set(), gazMaxLen: 0, gazSources: [], lexicon: new Map(), clusters: new Map() };
}

/** Loads the resources named in `files` (a null entry is left empty). */
export function loadResources(files: ResourceFiles = defaultResourceFiles()): NerResources {
  const res = emptyResources();
  if (files.gazetteer && existsSync(files.gazetteer)) {
    const g = JSON.parse(readFileSync(files.gazetteer, 'utf8')) as { sources: string[]; entries: Record<string, number> };
    res.gazSources = g.sources;
    for (const [k, m] of Object.entries(g.entries)) {
      res.gazetteer.set(k, m);
      const sp = k.indexOf(' ');
      if (sp > 0) {
        res.gazFirst.add(k.slice(0, sp));
        let len = 1;
        for (let i = 0; i < k.length; i++) if (k.charCodeAt(i) === 32) len++;
        if (len > res.gazMaxLen) res.gazMaxLen = len;
      } else if (res.gazMaxLen < 1) res.gazMaxLen = 1;
    }
  }
  if (files.lexicon && existsSync(files.lexicon)) {
    const lex = JSON.parse(readFileSync(files.lexicon, 'utf8')) as Record<string, string[]>;
    LEXICON_CLASSES.forEach((cls, bit) => {
      for (const w of lex[cls] ?? []) {
        const k = fold(w);
        res.lexicon.set(k, (res.lexicon.get(k) ?? 0) | (1 << bit));
      }
    });
  }
  if (files.clusters && existsSync(files.clusters)) {
    const text = readFileSync(files.clusters, 'utf8');
    let pos = 0;
    while (pos < text.length) {
      let nl = text.indexOf('\n', pos);
      if (nl < 0) nl = text.length;
      const tab = text.indexOf('\t', pos);
      if (tab > pos && tab < nl) {
        const [fine, mid, coarse] = text.slice(tab + 1, nl).split('\t').map(Number);
        res.clusters.set(text.slice(pos, tab), (fine! & 2047) | ((mid! & 2047) << 11) | ((coarse! & 1023) << 22));
      }
      pos = nl + 1;
    }
  }
  return res;
}

export const clusterFine = (c: number) => c & 2047;
export const clusterMid = (c: number) => (c >>> 11) & 2047;
export const clusterCoarse = (c: number) => c >>> 22;
