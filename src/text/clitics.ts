/**
 * Clitic analysis of Arabic words: proclitics و ف (conjunctions), ب ل ك (prepositions), س (future),
 * the article ال (with لل = ل + ال), and enclitic pronouns. Purely orthographic: it proposes plausible
 * segmentations and stem candidates; later stages (lexicons, the NER model) decide which one is right.
 * All stems are folded (see `fold`).
 */
import { fold, normalize } from './normalize.js';

export interface CliticAnalysis {
  proclitics: string[];
  article: boolean;
  /** folded stem */
  stem: string;
  enclitic: string | null;
}

const CONJ = ['و', 'ف'];
const PREP = ['ب', 'ل', 'ك'];
const ENCLITICS = ['هما', 'كما', 'هم', 'هن', 'كم', 'كن', 'ها', 'نا', 'ني', 'ه', 'ك', 'ي'];
const PRESENT_PREFIX = new Set(['ي', 'ت', 'ن', 'ا']);
const MIN_STEM = 2;

function withEnclitic(pre: string[], article: boolean, stem: string, out: CliticAnalysis[]): void {
  out.push({ proclitics: pre, article, stem, enclitic: null });
  if (article) return; // the article and an enclitic pronoun never co-occur
  for (const e of ENCLITICS) {
    if (stem.length - e.length >= 3 && stem.endsWith(e)) {
      const base = stem.slice(0, -e.length);
      // تاء مربوطة before a pronoun is written ت: حكومته → حكومة (folded ه)
      if (base.endsWith('ت') && base.length >= 3) out.push({ proclitics: pre, article, stem: base.slice(0, -1) + 'ه', enclitic: e });
      out.push({ proclitics: pre, article, stem: base, enclitic: e });
    }
  }
}

/** Plausible segmentations of `word`, best first; the first is always the whole (folded) word. */
export function analyze(word: string): CliticAnalysis[] {
  // ة is kept while segmenting (so that ه can only be the pronoun), and folded at the end
  const w = normalize(word, { lowercase: true }).text;
  const out: CliticAnalysis[] = [{ proclitics: [], article: false, stem: w, enclitic: null }];
  let i = 0;
  const pre: string[] = [];
  // conjunction
  if (CONJ.includes(w[i] ?? '') && w.length - 1 >= MIN_STEM + 1) {
    pre.push(w[i]!);
    i++;
  }
  const afterConj = i;
  const tryRest = (start: number, pro: string[]) => {
    const rest = w.slice(start);
    // article, and ل + ال written لل
    if (rest.startsWith('ال') && rest.length - 2 >= MIN_STEM) {
      withEnclitic(pro, true, rest.slice(2), out);
    }
    if (pro.length && rest.length >= MIN_STEM) withEnclitic(pro, false, rest, out);
  };
  if (afterConj > 0) tryRest(afterConj, [...pre]);
  // preposition
  const p = w[afterConj] ?? '';
  if (PREP.includes(p) && w.length - afterConj - 1 >= MIN_STEM) {
    const pro = [...pre, p];
    if (p === 'ل' && w.startsWith('ل', afterConj + 1) && w.length - afterConj - 2 >= MIN_STEM) {
      // لل: ل + ال (للعراق → ل + ال + عراق)
      withEnclitic(pro, true, w.slice(afterConj + 2), out);
    }
    tryRest(afterConj + 1, pro);
  }
  // future س before a present-tense prefix (سيقول، وسيعلن)
  if (p === 'س' && PRESENT_PREFIX.has(w[afterConj + 1] ?? '') && w.length - afterConj - 1 >= 3) {
    withEnclitic([...pre, 'س'], false, w.slice(afterConj + 1), out);
  }
  // bare article without proclitics
  if (afterConj === 0 && w.startsWith('ال') && w.length - 2 >= MIN_STEM) {
    withEnclitic([], true, w.slice(2), out);
  }
  // enclitics on the unsegmented word
  withEnclitic([], false, w, out);
  // de-duplicate, keep order
  const seen = new Set<string>();
  for (const a of out) a.stem = a.stem.replace(/ة/g, 'ه');
  return out.filter((a) => {
    const k = `${a.proclitics.join('+')}|${a.article}|${a.stem}|${a.enclitic}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Unique folded stem candidates, the whole folded word first (e.g. وبالعراق → وبالعراق, عراق, …). */
export function stems(word: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const all = analyze(word);
  // proclitic-only analyses before enclitic ones: names rarely carry pronouns
  for (const pass of [false, true]) {
    for (const a of all) {
      if ((a.enclitic !== null) !== pass) continue;
      if (!seen.has(a.stem)) {
        seen.add(a.stem);
        out.push(a.stem);
      }
    }
  }
  return out;
}

/**
 * Conservative prefix stripping for names: removes the article with the proclitics before it (ال، وال، بال،
 * فال، كال، لل، ولل، وبال، فبال …), which is unambiguous; a bare و/ف/ب/ل/ك is left alone because it is so
 * often part of the word (وزارة، بغداد، فرنسا). Both parts are folded: وبالعراق → {prefix: 'وبال', stem: 'عراق'}.
 */
export function stripPrefix(word: string): { prefix: string; stem: string } {
  const w = fold(word);
  let best = { prefix: '', stem: w };
  for (const a of analyze(word)) {
    if (a.enclitic !== null || !a.article || a.stem.length < 2) continue;
    const cut = w.length - a.stem.length;
    if (cut > best.prefix.length) best = { prefix: w.slice(0, cut), stem: a.stem };
  }
  return best;
}
