/** Canonical names of mentions: proclitics, titles and quotes removed, in the original script. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { modelsDir } from '../models-dir.js';
import { fold } from '../text/normalize.js';
import { afterLetters } from './words.js';

let titles: Set<string> | null = null;

/** Folded title words (الرئيس، اللواء، الشيخ …) from models/lexicons/ner-triggers.json. */
export function titleWords(): Set<string> {
  if (!titles) {
    const lex = JSON.parse(readFileSync(join(modelsDir(), 'lexicons', 'ner-triggers.json'), 'utf8')) as { title: string[] };
    titles = new Set(lex.title.map(fold));
    for (const t of ['د', 'م', 'أ']) titles.delete(fold(t));
  }
  return titles;
}

/** words that qualify a military rank (ركن، طيار، بحري), folded: never a person's name */
const RANK_QUALIFIER = /^(ركن|الركن|طيار|الطيار|متقاعد|المتقاعد)$/;

const QUOTES = /^["'«»“”„‹›״＂()\[\]]+|["'«»“”„‹›״＂()\[\]]+$/g;

/**
 * Removes a proclitic from the first word of a name: و/ف/ب/ك/ل before the article always (وبالعراق → العراق,
 * للأمم → الأمم); a bare و/ف/ب/ل before a word only when `known` recognises the remainder.
 */
export function stripNameProclitics(word: string, known: (folded: string) => boolean, knownWhole = known, bare?: (folded: string) => boolean): string {
  const f = fold(word);
  let cut = 0;
  if (/^[وف]?[بكل]?ال/.test(f) && !f.startsWith('ال')) cut = f.indexOf('ال');
  // (not a name of four letters after a lone و/ف: فالون is no ف + الون; بالله is ب + الله)
  // (nor a name that is ف + ال… and never written without its ف in the document: فالكاو، فالنسيا)
  // (… or, with no such test, a remainder the document and the lists never have: فاليري لينسي is no ف + اليري)
  const lonePh = cut === 1 && f[0] === 'ف' && (bare ? !bare(f.slice(1)) : !known(f.slice(1)));
  if (cut > 0 && f.length - cut > 3 && (cut > 1 || f.length - cut > 4 || f.slice(cut) === 'الله') && !lonePh) return word.slice(afterLetters(word, cut));
  const ll = /^[وف]?لل/.exec(f);
  if (ll && f.length > ll[0].length + 2) return 'ال' + word.slice(afterLetters(word, ll[0].length));
  const two = /^[وف][بكل]/.test(f) ? 2 : 0;
  const one = /^[وفبكل]/.test(f) ? 1 : 0;
  for (const n of [one, two]) {
    if (n === 0 || f.length - n < 3) continue;
    // (a person's name keeps a ب, ل, ك or ف it is never written without in the document: ويضيف بارنز … وقال بارنز;
    // وأضاف كامل، وتضيف كريبنر، ويتابع فانغ)
    if (bare && /[بلكف]/.test(f[n - 1]!) && !bare(f.slice(n))) continue;
    if (known(f.slice(n)) && !knownWhole(f)) return word.slice(afterLetters(word, n));
  }
  return word;
}

/** The name of a mention: quotes trimmed, leading titles removed, proclitic of the first word removed. */
export function mentionName(text: string, known: (folded: string) => boolean, knownWhole = known, bare?: (folded: string) => boolean): string {
  const words = text.replace(QUOTES, '').trim().split(/\s+/).filter(Boolean);
  const t = titleWords();
  // (… and a rank's qualifier the tagger took with the name: العميد ركن أحمد حسن عسيري، اللواء الطيار …)
  while (words.length > 1 && (t.has(fold(words[0]!)) || RANK_QUALIFIER.test(fold(words[0]!)))) words.shift();
  if (words.length === 0) return text.trim();
  // (a short first word after و/ف: وتل أبيب is تل أبيب when the whole name is known without it)
  const f0 = fold(words[0]!);
  if (words.length > 1 && /^[وف]/.test(f0) && f0.length - 1 < 3 && f0.length > 1) {
    const rest = words.slice(1).map(fold).join(' ');
    if (known(`${f0.slice(1)} ${rest}`) && !knownWhole(`${f0} ${rest}`)) {
      words[0] = words[0]!.slice(afterLetters(words[0]!, 1));
      return words.join(' ');
    }
  }
  words[0] = stripNameProclitics(words[0]!, known, knownWhole, bare);
  return words.join(' ');
}
