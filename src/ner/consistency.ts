/**
 * Document-level label consistency: a name tagged in one place of a document is tagged (with its majority
 * type) wherever else it occurs in that document untagged.
 */
import { NUM_LABELS, isInside, labelIndex, labelType } from './labels.js';

const PERS = labelIndex('B-PERS');
import { fold, stripProclitics } from './words.js';

const wordKey = (w: string, first: boolean) => (first ? stripProclitics(fold(w)) : fold(w));

/**
 * Function words as written: folding makes على the name علي, إلى the name إلي, so a name tagged once must not spread
 * to the preposition (… بن علي … القبض على 431 …).
 */
const FUNCTION_WORDS = new Set(['على', 'إلى', 'الى', 'حتى', 'لدى', 'متى', 'عن', 'من', 'في', 'ما', 'لا', 'أن', 'إن', 'ان', 'لم', 'لن', 'قد', 'مع']);
const isFunctionWord = (w: string) => FUNCTION_WORDS.has(w.replace(/[\u064b-\u0652\u0640]/g, ''));

/** The tagged name spans [t, e) of a sentence with their keys; the caller may relabel a span before the next. */
function* nameSpans(words: readonly string[], lab: Int32Array): Generator<[number, number, string]> {
  for (let t = 0; t < words.length; t++) {
    if (lab[t] === 0 || isInside(lab[t]!)) continue;
    let e = t + 1;
    while (e < words.length && lab[e] === lab[t]! + 1) e++;
    yield [
      t,
      e,
      words
        .slice(t, e)
        .map((w, i) => wordKey(w, i === 0))
        .join(' '),
    ];
    t = e - 1;
  }
}

/** Relabels `labels` (one Int32Array per sentence) in place. */
export function enforceConsistency(sentences: readonly (readonly string[])[], labels: Int32Array[], lastNames = true, retype = false): void {
  const votes = new Map<string, Int32Array>();
  const surnames = new Map<string, number>();
  const maxLen = { n: 0 };
  sentences.forEach((words, s) => {
    const lab = labels[s]!;
    for (const [t, e, key] of nameSpans(words, lab)) {
      if (key.length < 3) continue;
      const v = votes.get(key) ?? new Int32Array(NUM_LABELS);
      v[lab[t]!]++;
      votes.set(key, v);
      // a person's last name alone refers to the same person elsewhere in the document
      if (lastNames && labelType(lab[t]!) === 'PERS' && e - t >= 2) {
        const last = wordKey(words[e - 1]!, true);
        if (last.length >= 3 && !isFunctionWord(words[e - 1]!)) surnames.set(last, (surnames.get(last) ?? 0) + 1);
      }
      maxLen.n = Math.max(maxLen.n, e - t);
    }
  });
  // each full-name mention counts twice for its surname alone (a quoted or bare surname is often mistyped)
  for (const [k, n] of surnames) {
    const v = votes.get(k) ?? new Int32Array(NUM_LABELS);
    v[PERS] += 2 * n;
    votes.set(k, v);
  }
  if (votes.size === 0) return;
  const best = new Map<string, number>();
  for (const [k, v] of votes) {
    let arg = 0;
    for (let c = 1; c < NUM_LABELS; c++) if (v[c]! > v[arg]!) arg = c;
    best.set(k, arg);
  }
  if (retype) {
    // a tagged name whose type is outvoted elsewhere in the document takes the majority type
    sentences.forEach((words, s) => {
      const lab = labels[s]!;
      for (const [t, e, key] of nameSpans(words, lab)) {
        const v = votes.get(key);
        const b = best.get(key);
        if (v && b !== undefined && b !== lab[t] && v[b]! > v[lab[t]!]!) for (let k = t; k < e; k++) lab[k] = k === t ? b : b + 1;
      }
    });
  }
  // first segments of the voted keys: an untagged word whose key is none of them starts no match (skips the
  // joined-key lookups below; keys whose words contain a space take the full path)
  const firsts = new Set<string>();
  for (const k of best.keys()) {
    const sp = k.indexOf(' ');
    firsts.add(sp < 0 ? k : k.slice(0, sp));
  }
  sentences.forEach((words, s) => {
    const lab = labels[s]!;
    for (let t = 0; t < words.length; t++) {
      if (lab[t] !== 0 || isFunctionWord(words[t]!)) continue;
      const head = wordKey(words[t]!, true);
      if (!firsts.has(head) && head.indexOf(' ') < 0) continue;
      let key = '';
      for (let len = 1; len <= maxLen.n && t + len <= words.length; len++) {
        if (lab[t + len - 1] !== 0) break;
        key += len > 1 ? ' ' + wordKey(words[t + len - 1]!, false) : head;
        const b = best.get(key);
        if (b === undefined) continue;
        // take the longest match
        let bestLen = len;
        let bestLabel = b;
        let k2 = key;
        for (let l2 = len + 1; l2 <= maxLen.n && t + l2 <= words.length && lab[t + l2 - 1] === 0; l2++) {
          k2 += ' ' + wordKey(words[t + l2 - 1]!, false);
          const b2 = best.get(k2);
          if (b2 !== undefined) {
            bestLen = l2;
            bestLabel = b2;
          }
        }
        lab[t] = bestLabel;
        for (let k = 1; k < bestLen; k++) lab[t + k] = bestLabel + 1;
        t += bestLen - 1;
        break;
      }
    }
  });
}
