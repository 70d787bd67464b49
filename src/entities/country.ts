/** Country identity of LOC names and place-head-only names, for the document-level LOC clean-up. */
import { entityLexicon } from './lexicon.js';
import { placeCandidates } from './places.js';

/** Country code of the first of `names` the place table resolves, when that reading is a country. */
export function countryOf(names: readonly string[]): string | null {
  for (const n of names) {
    const c = placeCandidates(n);
    if (c.length === 0) continue;
    const country = c.find((x) => x[4] === 'country');
    return country?.[1] ?? null;
  }
  return null;
}

/** head words that are also names on their own: المملكة (Saudi Arabia), المدينة (Medina) */
const NAMED_HEADS = new Set(['مملكه', 'مدينه']);

/** A LOC name made only of place heads (سلطنة، المنطقة، شمال): not a name. Words are folded, article-less. */
export function placeHeadOnly(words: readonly string[]): boolean {
  const heads = entityLexicon().placeHeads;
  return words.every((w) => heads.has(w) && !NAMED_HEADS.has(w));
}
