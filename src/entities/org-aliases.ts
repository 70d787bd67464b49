/** Well-known organisations' other names (models/entities/org-aliases.json): البنتاغون ↔ وزارة الدفاع الأمريكية. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { modelsDir } from '../models-dir.js';
import { fold } from '../text/normalize.js';

let cache: Map<string, number> | null = null;

const variant = (w: string) => w.replace(/^(ال)?اميرك/, '$1امريك').replace(/^(ال)?اوروب/, '$1اورب');
const bare = (w: string) => (w.length > 4 && w.startsWith('ال') ? w.slice(2) : w);

/** Index of the alias group of a name given as folded, article-less words joined by spaces, or -1. */
export function orgAliasGroup(key: string): number {
  if (!cache) {
    cache = new Map();
    const { groups } = JSON.parse(readFileSync(join(modelsDir(), 'entities', 'org-aliases.json'), 'utf8')) as { groups: string[][] };
    groups.forEach((names, i) => {
      for (const n of names) cache!.set(fold(n).split(/\s+/).filter(Boolean).map(variant).map(bare).join(' '), i);
    });
  }
  return cache.get(key) ?? -1;
}
