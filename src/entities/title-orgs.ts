/**
 * Organisation mentions that are only a piece of an office's title: مجلس الوزراء in رئيس مجلس الوزراء (the prime
 * minister), نائب رئيس مجلس الوزراء, وزير الدولة لشؤون مجلس الوزراء. The annotated news lists the cabinet only where
 * it acts (قرر مجلس الوزراء), so a title's mention is dropped; a free mention elsewhere keeps the entity.
 */
import type { NerMention } from '../ner/index.js';
import { fold } from '../text/normalize.js';

/** bodies named inside an office title (folded, article kept) */
const TITLE_BODIES = new Set(['مجلس الوزراء'].map(fold));
/** the word before the body that makes it a title (folded, proclitics allowed: لرئيس، ورئيس، لشؤون) */
const TITLE_BEFORE = /^[وف]?ل?(رئيس|رئيسه|رئاسه|شؤون|شئون)$/;

/** ORG mentions of a body inside an office title. */
export function titleBodies(text: string, mentions: readonly NerMention[]): Set<NerMention> {
  const out = new Set<NerMention>();
  for (const m of mentions) {
    if (m.type !== 'ORG' || !TITLE_BODIES.has(fold(m.text).replace(/^[وفبل]/, ''))) continue;
    const before = text.slice(Math.max(0, m.start - 16), m.start).trim().split(/\s+/).pop() ?? '';
    if (TITLE_BEFORE.test(fold(before))) out.add(m);
  }
  return out;
}
