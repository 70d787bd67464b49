/** Data the tagger's features read: gazetteers, trigger lexicons and word clusters (all keyed by fold()). */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { modelsDir } from '../models-dir.js';
import { fold } from '../text/normalize.js';
import { StringTable, packTables, unpackTables } from './strtable.js';
import { readModelFile } from '../model-files.js';

/** The read side of a Map or StringTable. */
export interface Lookup {
  get(key: string): number | undefined;
  has(key: string): boolean;
  readonly size: number;
}

export interface NerResources {
  /** multi-word gazetteer: folded words joined by one space → bit mask of sources */
  gazetteer: Lookup;
  /** first words of multi-word entries */
  gazFirst: { has(key: string): boolean };
  gazMaxLen: number;
  gazSources: string[];
  /** folded word → bit mask of trigger classes (see LEXICON_CLASSES) */
  lexicon: Map<string, number>;
  /** folded word → packed cluster ids: fine | mid << 11 | coarse << 22 (see clusterFine/Mid/Coarse) */
  clusters: Lookup;
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
    gazetteer: join(dir, 'gazetteers', 'ner-gazetteer.bin'),
    lexicon: join(dir, 'lexicons', 'ner-triggers.json'),
    clusters: join(dir, 'ner', 'clusters.bin'),
  };
}

export function emptyResources(): NerResources {
  return { gazetteer: new Map(), gazFirst: new Set(), gazMaxLen: 0, gazSources: [], lexicon: new Map(), clusters: new Map() };
}

/** Loads the resources named in `files` (a null entry is left empty). */
/* Packed tables are immutable once read: one copy per file and thread, whoever asks (the tagger and the speaker
 * rules both use the word clusters). */
const packed = new Map<string, ReturnType<typeof unpackTables>>();
function tablesOf(path: string): ReturnType<typeof unpackTables> {
  let t = packed.get(path);
  if (!t) packed.set(path, (t = unpackTables(readModelFile(path))));
  return t;
}

export function loadResources(files: ResourceFiles = defaultResourceFiles()): NerResources {
  const res = emptyResources();
  if (files.gazetteer && existsSync(files.gazetteer)) {
    if (files.gazetteer.endsWith('.bin')) {
      const { meta, tables } = tablesOf(files.gazetteer);
      const m = meta as { sources: string[]; maxLen: number };
      res.gazSources = m.sources;
      res.gazMaxLen = m.maxLen;
      res.gazetteer = tables[0]!;
      res.gazFirst = tables[1]!;
    } else {
      const g = JSON.parse(readFileSync(files.gazetteer, 'utf8')) as { sources: string[]; entries: Record<string, number> };
      Object.assign(res, gazetteerFromEntries(g.sources, Object.entries(g.entries)));
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
    if (files.clusters.endsWith('.bin')) res.clusters = tablesOf(files.clusters).tables[0]!;
    else res.clusters = clustersFromText(readFileSync(files.clusters, 'utf8'));
  }
  return res;
}

export const clusterFine = (c: number) => c & 2047;
export const clusterMid = (c: number) => (c >>> 11) & 2047;
export const clusterCoarse = (c: number) => c >>> 22;

/** Gazetteer tables from (folded key, source mask) entries. */
export function gazetteerFromEntries(sources: string[], entries: Iterable<readonly [string, number]>) {
  const gazetteer = new Map<string, number>();
  const gazFirst = new Set<string>();
  let gazMaxLen = 0;
  for (const [k, m] of entries) {
    gazetteer.set(k, m);
    const words = k.split(' ');
    if (words.length > 1) gazFirst.add(words[0]!);
    gazMaxLen = Math.max(gazMaxLen, words.length);
  }
  return { gazSources: sources, gazetteer, gazFirst, gazMaxLen };
}

/** "word<TAB>fine<TAB>mid<TAB>coarse" lines → packed cluster ids. */
export function clustersFromText(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    const f = line.split('\t');
    if (f.length < 4) continue;
    out.set(f[0]!, (Number(f[1]) & 2047) | ((Number(f[2]) & 2047) << 11) | ((Number(f[3]) & 1023) << 22));
  }
  return out;
}

/** The binary files the loader reads fastest (written by the build scripts). */
export function packGazetteer(sources: string[], entries: Iterable<readonly [string, number]>): Buffer {
  const g = gazetteerFromEntries(sources, entries);
  return packTables({ sources, maxLen: g.gazMaxLen }, [StringTable.build(g.gazetteer), StringTable.build([...g.gazFirst].map((k) => [k, 1] as const))]);
}

export function packClusters(text: string): Buffer {
  return packTables({ format: 'fine | mid << 11 | coarse << 22' }, [StringTable.build(clustersFromText(text))]);
}
