/**
 * A person-name detector for speaker phrases that does not depend on the NER tagger: a name starts at a title
 * (اللواء، الدكتور، د.) or a known first-name word (phrases.json firstNames, the NER trigger lexicon's
 * personFirst, first words of the curated person names, words of the NER cluster that holds most first names, عبد…/أبو)
 * and runs over name-like words (no article except a final surname or after بن/عبد/أبو, no cue, particle,
 * role, body or event noun) for at most five words. Lexicons are read lazily from models/.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { modelsDir } from '../models-dir.js';
import { clusterCoarse, loadResources, defaultResourceFiles } from '../ner/resources.js';
import { fold } from '../text/normalize.js';
import { isQuote, isWord, type Ctx } from './context.js';
import type { CueEntry } from './inflect.js';
import { derivedMasdar, hasArticle, innerTitle, isEventNoun, isPrep, isTitle, NAME_JOIN, nameLike, spokesmanBasim, titleDot } from './np-words.js';
import { feelingNoun } from './np-names.js';

interface NameLex {
  first: Set<string>;
  /** nationality adjectives without the article, both genders (the NER trigger lexicon's nationality class) */
  nationality: Set<string>;
  /** word → packed NER cluster id, and the coarse cluster most first names fall in */
  clusters: { get(k: string): number | undefined };
  nameCluster: number;
}

let cached: NameLex | null = null;

function nameLex(): NameLex {
  if (cached) return cached;
  const first = new Set<string>();
  const dir = modelsDir();
  const read = (p: string): Record<string, unknown> => (existsSync(p) ? (JSON.parse(readFileSync(p, 'utf8')) as Record<string, unknown>) : {});
  const trig = read(join(dir, 'lexicons', 'ner-triggers.json'));
  for (const w of (trig.personFirst as string[] | undefined) ?? []) first.add(fold(w));
  const nationality = new Set<string>();
  for (const w of (trig.nationality as string[] | undefined) ?? []) {
    const b = fold(w).replace(/^ال/, '');
    // (the trigger list also holds الوطني and الدولي, which name no country)
    if (/^(وطني|دولي|عالمي|اقليمي|محلي)/.test(b)) continue;
    nationality.add(b);
    nationality.add(b.replace(/ه$/, ''));
  }
  const names = read(join(dir, 'lexicons', 'ner-names.json'));
  for (const n of (names.pers as string[] | undefined) ?? []) {
    const w = fold(n).split(' ');
    if (w.length > 1) first.add(w[0]!);
  }
  const res = loadResources({ gazetteer: null, lexicon: null, clusters: defaultResourceFiles().clusters });
  // the word clusters group first names together: the coarse cluster holding most known first names
  const votes = new Map<number, number>();
  for (const w of first) {
    const c = res.clusters.get(w);
    if (c !== undefined) votes.set(clusterCoarse(c), (votes.get(clusterCoarse(c)) ?? 0) + 1);
  }
  let nameCluster = -1;
  let best = 0;
  for (const [c, v] of votes) if (v > best) [nameCluster, best] = [c, v];
  cached = { first, nationality, clusters: res.clusters, nameCluster };
  return cached;
}

/** Token k can open a personal name (without a title). */
/** A folded adjective of nationality, with or without the article (الإيطالي، الأمريكية). */
export function isNationality(n: string): boolean {
  return nameLex().nationality.has(n.replace(/^(وال|ال)/, ''));
}

/** A folded word that is a known first name, or sits in the word cluster of first names. */
export function knownFirstName(n: string): boolean {
  const L = nameLex();
  if (L.first.has(n)) return true;
  const c = L.clusters.get(n);
  return c !== undefined && clusterCoarse(c) === L.nameCluster;
}

/** First names that are also common nouns (أسماء "names", أمل "hope", منى "wishes"), folded. */
const NOUN_NAMES = /^(اسماء|امل|مني|نجاح|احلام|امال|وفاء|سعاده|فرح|رجاء)$/;

export function firstNameAt(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  if (!t || !isWord(t)) return false;
  const n = t.norm;
  if (/\u064b/.test(t.text) || isPrep(t)) return false;
  // المتحدث باسم المقاومة: "in the name of", not the first name باسم
  if (spokesmanBasim(ctx, k)) return false;
  if (ctx.lex.firstNames.has(n) || /^(عبد|ابو)/.test(n)) return true;
  // (a first name that is also a common noun, only right after a title or a role: الإعلامية أسماء العمري, not أعلنت
  // الوزارة أسماء الشهداء)
  if (NOUN_NAMES.test(n) && k > 0 && isWord(ctx.toks[k - 1]) && (isTitle(ctx, ctx.toks[k - 1]!) || ctx.lex.roleNouns.has(ctx.toks[k - 1]!.norm))) return true;
  if (hasArticle(n) || !nameLike(ctx, t) || isEventNoun(ctx, n)) return false;
  const L = nameLex();
  if (L.first.has(n)) return true;
  const c = L.clusters.get(n);
  return c !== undefined && clusterCoarse(c) === L.nameCluster;
}

/** A word that may continue a name: name-like, or a name particle, or an article surname after one. */
function nameWord(ctx: Ctx, k: number, first: number): 'word' | 'join' | 'last' | null {
  const t = ctx.toks[k];
  if (!t || !isWord(t)) return null;
  const n = t.norm;
  if (NAME_JOIN.has(n) && n !== 'ال') return 'join';
  if (isPrep(t) || ctx.lex.cues.has(n) || /\u064b/.test(t.text)) return null;
  // (not a feeling with its pronoun, the verb's object: فيتفاتزيديس | سعادته)
  if (nameLike(ctx, t) && !isEventNoun(ctx, n) && !feelingNoun(n)) return 'word';
  const prev = ctx.toks[k - 1]!.norm;
  if (hasArticle(n) && k > first && !ctx.lex.roleNouns.has(n) && !ctx.lex.orgHeads.has(n) && !ctx.lex.titles.has(n) && !ctx.lex.anonHeads.has(n) && !ctx.lex.adjectives.has(n) && !/(يه|يون|يين|ات)$/.test(n)) {
    return NAME_JOIN.has(prev) || prev.startsWith('عبد') ? 'word' : 'last';
  }
  return null;
}

/**
 * The personal name at k (titles first): [titleStart, nameStart, end) or null. The name needs two words, or one
 * after a title.
 */
export function personNameAt(ctx: Ctx, k: number, limit: number): [number, number, number] | null {
  const T = ctx.toks;
  let s = k;
  while (s < limit && s - k < 3 && ((T[s] && innerTitle(ctx, T[s]!)) || titleDot(ctx, s) || (T[s]?.norm === 'د' && T[s + 1]?.text === '.'))) s++;
  // (a title and name inside an organisation's name, جامعة الإمام محمد بن سعود, name the body, not a person)
  if (s >= limit || !firstNameAt(ctx, s) || ctx.inOrg[s]) return null;
  let e = s + 1;
  while (e < limit && e - s < 5) {
    // (a verbal noun after two words of a name is the verb's object: رؤوفين ريفيلين | إقامة اتحاد فيدرالي)
    if (e >= s + 2 && objectNoun(ctx, e)) break;
    const w = nameWord(ctx, e, s) ?? (e === s + 1 ? secondWord(ctx, e) : null);
    if (!w) break;
    e++;
    if (w === 'last') break;
  }
  while (e > s + 1 && NAME_JOIN.has(T[e - 1]!.norm)) e--;
  // a tagged person's name runs to its end (إسماعيل ولد الشيخ أحمد: الشيخ inside the name is no title)
  if (ctx.entType[s] === 1 && ctx.entEnd[s]! > e && ctx.entEnd[s]! <= limit && ctx.entEnd[s]! - s <= 6) e = ctx.entEnd[s]!;
  if (e - s < 2 && s === k) return null;
  return [k, s, e];
}

/**
 * A role phrase [a, b) continued by its located body up to a name (المدير العام لأمن مطار الكويت الدولي
 * اللواء فيصل السنين): [titleStart, nameStart, end) of that name, looking at most 8 words past b.
 */
export function nameAfterRole(ctx: Ctx, b: number, limit: number, entry: CueEntry | null = null): [number, number, number] | null {
  const T = ctx.toks;
  // (a long chain of roles reaches its holder's title further on: أوصى المستشار بالديوان الملكي عضو هيئة كبار العلماء
  // إمام وخطيب المسجد الحرام الشيخ الدكتور صالح بن عبدالله بن حميد)
  for (let c = b; c < limit && c <= b + 16; c++) {
    const t = T[c]!;
    // (a short quoted name inside the role: المشرف على الفعاليات الشبابية «تلي ماتش» بدر الذربان)
    if (c > b && isQuote(t) && ctx.quotes.closeOf[c]! > c + 1 && ctx.quotes.closeOf[c]! - c <= 4 && isWord(T[ctx.quotes.closeOf[c]! + 1])) {
      c = ctx.quotes.closeOf[c]!;
      continue;
    }
    // (إمام, written with its hamza below, is a role: إمام وخطيب المسجد الحرام, not أمام "in front of")
    if (!isWord(t) || ctx.lex.complementizers.has(t.norm) || ctx.lex.cues.has(t.norm) || (ctx.lex.circumstantial.has(t.norm) && !/^و?إمام$/.test(t.text))) return null;
    if ((c > b && /\u064b/.test(t.text)) || entry?.preps?.includes(t.norm)) return null;
    // (the cue's nominal object opens right after the role: أكد المتحدث الأمني عدم تعرض أي مقر …)
    if (c === b && entry?.nominal && ctx.lex.objectStarters.has(t.norm) && !isPrep(t) && !ctx.entType[c]) return null;
    if (c > b + 8 && !innerTitle(ctx, t)) continue;
    const hit = personNameAt(ctx, c, limit);
    // (an untagged look-alike inside the role gives way to a tagged name further on: الخبير الفرنسي في سلامة النقل
    // الجوي كزافييه تييلمان)
    if (hit && ctx.entType[c] !== 1 && taggedNameAhead(ctx, hit[2], limit)) {
      c = hit[2] - 1;
      continue;
    }
    if (hit) return hit;
  }
  return null;
}

/** A tagged person starts within a few words from k, before any complementizer, cue or punctuation. */
function taggedNameAhead(ctx: Ctx, k: number, limit: number): boolean {
  for (let j = k; j < Math.min(limit, k + 6); j++) {
    const t = ctx.toks[j]!;
    // (not past a preposition: رئيسة القسم نائلة الميرغني عن اختيار الشاعر حسين …)
    if (!isWord(t) || ctx.lex.complementizers.has(t.norm) || ctx.lex.cues.has(t.norm) || (isPrep(t) && !ctx.entType[j])) return false;
    if (ctx.entType[j] === 1) return true;
  }
  return false;
}

/** An untagged bare verbal noun at k (إقامة، إعادة، استئناف، انسحاب), not a known name. */
function objectNoun(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  if (!t || !isWord(t) || ctx.entType[k] === 1 || hasArticle(t.norm) || knownFirstName(t.norm)) return false;
  const n = t.norm;
  return ctx.lex.objectStarters.has(n) || derivedMasdar(n) || /^(ا..اه|ا.ت.ا.ه|است..اه|ان..ا.ه)$/.test(n);
}

/** After a first name, a bare word that could also open an object (عبدالرقيب فتح) is still the second name. */
function secondWord(ctx: Ctx, k: number): 'word' | null {
  const t = ctx.toks[k];
  if (!t || !isWord(t) || /\u064b/.test(t.text) || isPrep(t) || hasArticle(t.norm) || t.norm.length < 3) return null;
  const L = ctx.lex;
  if (!L.objectStarters.has(t.norm) || L.cues.has(t.norm) || L.complementizers.has(t.norm) || L.roleNouns.has(t.norm)) return null;
  return 'word';
}
