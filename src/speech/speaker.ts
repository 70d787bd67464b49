/**
 * Speaker noun phrases. Arabic has no capitals, so the speaker is read from the words between the cue and
 * its complement: leading circumstantials are skipped (على ذلك، من جهته، لـ«اليوم»), the noun phrase runs to a
 * circumstantial (في مؤتمر، خلال، أمس، لـ…), a preposition of the cue, a comma or a complementizer, and
 * comma-delimited appositions decide which part is the name and which the role. Inside one phrase a
 * leading job title (مدير مكتب الحملة بلبنان) is split from a trailing name (وليد بن علي الجلال).
 */
import type { Token } from '../text/tokenize.js';
import { isQuote, isWord, type Ctx } from './context.js';
import type { CueEntry } from './inflect.js';

export interface NP {
  /** token range of the speaker as written (title included, role excluded) */
  a: number;
  b: number;
  /** token range of the bare name inside [a, b) (titles removed); equals [a, b) for descriptors */
  nameA: number;
  nameB: number;
  /** token range of the role, or -1 */
  roleA: number;
  roleB: number;
  type?: 'PERS' | 'ORG' | 'ANON';
  plural: boolean;
  /** the phrase carries a proper name (not only a descriptor) */
  named: boolean;
  /** index after the last token the speaker analysis consumed */
  next: number;
  /** code units to skip at the start of token a (a fused ل: لوسائل إعلام → وسائل إعلام) */
  cut?: number;
}

const PREPS = new Set(['في', 'الي', 'على', 'علي', 'عن', 'من', 'مع', 'ب', 'منذ']);

/** A preposition; folded على equals the name علي, so the written ى decides. */
export function isPrep(t: Token): boolean {
  if (t.norm === 'علي') return t.text.includes('ى');
  return PREPS.has(t.norm);
}
const QUANT = new Set(['كافه', 'جميع', 'كل', 'بعض', 'مختلف']);
const NAME_JOIN = new Set(['عبد', 'ابو', 'ابن', 'بن', 'ال', 'ام', 'بنت', 'ابي']);

function hasArticle(norm: string): boolean {
  return norm.startsWith('ال') && norm.length > 3;
}

/** Definite by the article, also behind a proclitic (للجنة، بالوزارة، والشؤون). */
function definite(norm: string): boolean {
  return hasArticle(norm) || (/^(لل|بال|وال|فال|كال)/.test(norm) && norm.length > 4);
}

/** و + a body or role noun continues a coordinated speaker (كتلتا دولة القانون وائتلاف الوطنية). */
function coordinated(ctx: Ctx, t: Token): boolean {
  if (!t.norm.startsWith('و') || t.norm.length < 4) return false;
  const b = t.norm.slice(1);
  return ctx.lex.orgHeads.has(b) || ctx.lex.roleNouns.has(b);
}

export function isTitle(ctx: Ctx, t: Token): boolean {
  return ctx.lex.titles.has(t.norm) || ctx.lex.honorifics.has(t.norm);
}

/** A military/academic title that may stand inside a phrase before a name (not a role noun such as الرئيس). */
function innerTitle(ctx: Ctx, t: Token): boolean {
  return ctx.lex.titles.has(t.norm) && !ctx.lex.honorifics.has(t.norm) && !ctx.lex.roleNouns.has(t.norm) && t.norm !== 'دوله';
}

/** Token k lies in a person mention of the document's entities. */
export function inPerson(ctx: Ctx, k: number): boolean {
  return ctx.entType[k] === 1;
}

/** An event noun, with or without the article and a dual/plural or pronoun ending (بيانين، الاجتماع، تصريحاته). */
export function isEventNoun(ctx: Ctx, norm: string): boolean {
  const E = ctx.lex.eventNouns;
  if (E.has(norm)) return true;
  const bare = norm.replace(/^(ال|وال)/, '');
  if (E.has(bare)) return true;
  const stem = bare.replace(/(ين|ان|ات|ها|هم|ه)$/, '');
  return stem.length >= 3 && (E.has(stem) || E.has(stem + 'ه'));
}

/**
 * A word that begins with ب and is not part of a name: the verb's complement or a manner adverbial after
 * the speaker (اتهم … الحكومة بخرق، قال بحزن). Known first names (بشار، باراك، بنيامين) and باسم after
 * a spokesman noun stay in the phrase.
 */
function bPhrase(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k]!;
  const n = t.norm;
  if (!/^ب/.test(n) || n.length < 4 || inPerson(ctx, k)) return false;
  if (ctx.lex.firstNames.has(n) || NAME_JOIN.has(n) || n.startsWith('بن')) return false;
  if (n === 'باسم') return false;
  return true;
}

/** The word at a was written earlier in the document after a name or title (خالد محفوظ بحاح … وأكد بحاح). */
function seenAsName(ctx: Ctx, a: number): boolean {
  const T = ctx.toks;
  const n = T[a]!.norm;
  for (let k = a - 1; k > 0 && k > a - 3000; k--) if (T[k]!.norm === n && (nameLike(ctx, T[k - 1]) || isTitle(ctx, T[k - 1]!))) return true;
  return false;
}

/** A word that can be part of a personal name: no article, not a role, organisation, particle or cue. */
export function nameLike(ctx: Ctx, t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' && t.kind !== 'latin') return false;
  const n = t.norm;
  if (n === 'علي') return !isPrep(t);
  // an indefinite accusative (حسماً، جداً) is an adverbial, never a name
  if (/\u064b/.test(t.text)) return false;
  if (/(هم|هن|هما|كم)$/.test(n) && n.length > 4) return false;
  if (/ها$/.test(n) && n.length >= 5) return false;
  const L = ctx.lex;
  // a known first name that happens to begin with ال (الكسندر، اليستير)
  if (L.firstNames.has(n)) return true;
  if (hasArticle(n) || n.length < 2) return false;
  if (L.roleNouns.has(n) || L.orgHeads.has(n) || L.anonHeads.has(n) || L.titles.has(n) || L.honorifics.has(n)) return false;
  if (L.circumstantial.has(n) || L.leadingSkip.has(n) || L.complementizers.has(n) || L.cues.has(n) || L.objectStarters.has(n)) return false;
  if (L.demonstratives.has(n) || L.clauseStarts.has(n) || L.adjectives.has(n)) return false;
  if (/^(لل|بال|وال|فال|كال)/.test(n)) return false;
  return true;
}

function isStopWord(ctx: Ctx, t: Token, next: Token | undefined, entry: CueEntry | null, first: boolean): boolean {
  const L = ctx.lex;
  const n = t.norm;
  if (L.complementizers.has(n) || L.circumstantial.has(n)) return true;
  if (n === 'في') return true;
  if (entry?.preps?.some((p) => p === n || (p === 'الى' && n === 'الي'))) return true;
  // the cue's fused preposition opens its object (وطالب بعض أعضاء أوبك بخفض …، هدد … بالاستقالة)
  if (!first && entry?.preps?.includes('ب') && /^ب/.test(n) && n.length > 3 && !L.firstNames.has(n) && n !== 'باسم' && !n.startsWith('بن')) return true;
  if (!first && QUANT.has(n)) return true;
  if (isPrep(t)) return true;
  if (L.cues.has(n)) return true;
  if (!first && (L.objectStarters.has(n) || (hasArticle(n) && L.objectStarters.has(n.slice(2))))) return true;
  if (n === 'بحسب' || n === 'حسب' || n === 'وفقا' || n === 'نقلا') return true;
  void next;
  return false;
}

/** Skips leading circumstantial material after a cue; returns the first index of the speaker phrase. */
export function skipLeading(ctx: Ctx, i: number, b: number): number {
  const L = ctx.lex;
  const T = ctx.toks;
  for (let guard = 0; i < b && guard < 12; guard++) {
    const t = T[i]!;
    const n = t.norm;
    if (t.kind === 'punct' && (t.text === '،' || t.text === ',' || t.text === '-' || t.text === 'ـ')) {
      i++;
      continue;
    }
    if (t.kind !== 'word') break;
    if (n === 'ل' || (n.startsWith('لل') && n.length > 3)) {
      i++;
      if (i < b && isQuote(T[i]) && ctx.quotes.closeOf[i]! > 0 && ctx.quotes.closeOf[i]! < b) i = ctx.quotes.closeOf[i]! + 1;
      else if (i < b && T[i]!.text === '(') {
        // لـ(عكاظ)
        let c = i + 1;
        while (c < b && c - i <= 6 && T[c]!.text !== ')') c++;
        if (c < b && T[c]!.text === ')') i = c + 1;
      }
      continue;
    }
    if (isEventNoun(ctx, n) && !L.eventNouns.has(n) && !(i > 0 && /^(في|خلال|عقب|اثر|إثر|لدى)$/.test(T[i - 1]!.norm))) break;
    if (L.leadingSkip.has(n) || L.demonstratives.has(n) || isEventNoun(ctx, n) || L.circumstantial.has(n)) {
      // a single preposition is skipped only before a demonstrative, an event noun or a pronoun (على ذلك، في تصريح)
      if ((n === 'على' || n === 'علي' || n === 'في' || n === 'من') && i + 1 < b) {
        const m = T[i + 1]!.norm;
        if (!(L.demonstratives.has(m) || isEventNoun(ctx, m) || L.leadingSkip.has(m) || L.circumstantial.has(m))) break;
      }
      i++;
      if (isEventNoun(ctx, n)) {
        // a definite event's definite adjectives: خلال المؤتمر الصحفي، في البيان الختامي
        while (hasArticle(n) && i < b && hasArticle(T[i]!.norm) && /(ي|يه)$/.test(T[i]!.norm) && !L.orgHeads.has(T[i]!.norm)) i++;
        // the event's adjectives and addressee: في بيانين مستقلين، في تصريح إلى "الوطن"، في وقت سابق
        for (let g = 0; g < 2 && i < b && T[i]!.kind === 'word' && !hasArticle(T[i]!.norm) && /(ي|يه|ين|ه|ون|ا)$/.test(T[i]!.norm) && !isPrep(T[i]!) && T[i]!.norm !== 'الي' && !L.complementizers.has(T[i]!.norm) && !nameLike(ctx, T[i + 1]) && !L.cues.has(T[i]!.norm); g++) i++;
        if (i + 1 < b && (T[i]!.norm === 'الي' || T[i]!.norm === 'ل') && isQuote(T[i + 1]) && ctx.quotes.closeOf[i + 1]! > i + 1 && ctx.quotes.closeOf[i + 1]! < b) i = ctx.quotes.closeOf[i + 1]! + 1;
      }
      continue;
    }
    break;
  }
  return i;
}

/**
 * A definite noun right after a definite noun starts a new phrase (the object): المتحدث باسم الجيش | الميليشيات.
 * Adjectives (nisba -ي/-ية, -ة, and a short list: العام، الأعلى …), titles and roles continue the phrase.
 */
function newPhrase(ctx: Ctx, prev: Token, t: Token, a: number, j: number): boolean {
  const L = ctx.lex;
  const n = t.norm;
  if (hasArticle(n) && hasArticle(prev.norm) && !L.titles.has(n) && !L.roleNouns.has(n) && !L.orgHeads.has(n) && !L.adjectives.has(n)) {
    if (!/(ي|يه|يون|يين|ه|يان)$/.test(n)) return true;
  }
  // an addressee after a (quoted) name: يقول "المصراتي" للضابط
  if (n.startsWith('لل')) {
    if (isQuote(prev)) return true;
    let bare = true;
    for (let k = a; k < j && bare; k++) bare = nameLike(ctx, ctx.toks[k]) || isTitle(ctx, ctx.toks[k]!);
    if (bare) return true;
  }
  return false;
}

/** Runs the phrase from `a` to its first stop; returns the exclusive end. */
function runPhrase(ctx: Ctx, a: number, b: number, entry: CueEntry | null, open = false): number {
  const T = ctx.toks;
  const L = ctx.lex;
  let j = a;
  // the end of an entity mention (PERS/ORG/LOC, at most 6 tokens) begun inside the phrase: المتحدث باسم
  // البيت الأبيض، الأمين العام لمنظمة الدول المصدرة للنفط; the phrase does not break inside it
  let reach = -1;
  while (j < b && j - a < 12) {
    const t = T[j]!;
    const me = ctx.entEnd[j]!;
    if (me > j && me - j <= 6 && ctx.entType[j]! >= 1 && ctx.entType[j]! <= 3) reach = Math.max(reach, me);
    const inEnt = j > a && j < reach;
    if (isQuote(t)) {
      const c = ctx.quotes.closeOf[j]!;
      if (c > j && c < b && c - j <= 6) {
        j = c + 1;
        continue;
      }
      break;
    }
    if (t.text === '(' && j > a) {
      // a parenthesised name: جماعة (المساواة الآن)
      let c = j + 1;
      while (c < b && c - j <= 6 && T[c]!.text !== ')' && isWord(T[c])) c++;
      if (c < b && T[c]!.text === ')' && c > j + 1) {
        j = c + 1;
        continue;
      }
      break;
    }
    if (!isWord(t)) break;
    // "في" inside an organisation's name (بعثة الاتحاد الإفريقي في الصومال) does not end the phrase
    if (isStopWord(ctx, t, T[j + 1], entry, j === a) && !(inEnt && t.norm === 'في' && ctx.entType[a] === 2)) break;
    if (j > a && !inEnt && newPhrase(ctx, T[j - 1]!, t, a, j)) break;
    if (j > a && ((open && bPhrase(ctx, j) && (definite(T[j - 1]!.norm) || nameLike(ctx, T[j - 1]))) || (/\u064b/.test(t.text) && !/\u064b/.test(T[j - 1]!.text)))) break;
    // a time adverbial (العام الماضي، الأسبوع المقبل) is never part of a speaker
    if (j > a && L.timeHeads.has(t.norm) && T[j + 1] && L.timeAdjectives.has(T[j + 1]!.norm)) break;
    // no complement ahead (a nominal object follows): after a definite word, a bare word starts the object
    // unless it begins a name (a person mention, a known first name, a title)
    // no complement ahead: a verbal noun of the derived forms (اختيار، اعتقال، استئناف، انسحاب) after a name starts the object
    if (open && j > a && !inEnt && !inPerson(ctx, j) && nameLike(ctx, T[j - 1]) && /^(ا.ت.ا.|است..ا.|ان..ا.)$/.test(t.norm)) break;
    if (open && j > a && !inEnt && definite(T[j - 1]!.norm) && !L.nameLinks.has(T[j - 1]!.norm) && !definite(t.norm) && !coordinated(ctx, t) && !inPerson(ctx, j) && !L.firstNames.has(t.norm) && !isTitle(ctx, t) && !NAME_JOIN.has(t.norm) && !L.roleNouns.has(t.norm) && !L.orgHeads.has(t.norm) && !L.nameLinks.has(t.norm)) break;
    j++;
  }
  return j;
}

/** Finds a trailing personal name inside [a, b): returns [nameStart, titleStart] or null. */
function trailingName(ctx: Ctx, a: number, b: number): [number, number] | null {
  const T = ctx.toks;
  let j = b - 1;
  let count = 0;
  if (j > a && hasArticle(T[j]!.norm) && nameLike(ctx, T[j - 1]) && !ctx.lex.roleNouns.has(T[j]!.norm) && !ctx.lex.orgHeads.has(T[j]!.norm)) {
    j--;
    count++;
  }
  while (j >= a) {
    const t = T[j]!;
    // the body after باسم and an organisation or place mention belong to the role, not the name
    if (ctx.entType[j] === 2 || ctx.entType[j] === 3 || (j > a && T[j - 1]!.norm === 'باسم')) break;
    if (nameLike(ctx, t) || (hasArticle(t.norm) && j > a && (NAME_JOIN.has(T[j - 1]!.norm) || (ctx.lex.nameLinks.has(t.norm) && nameLike(ctx, T[j - 1])) || (j - 1 > a && ctx.lex.nameLinks.has(T[j - 1]!.norm) && NAME_JOIN.has(T[j - 2]!.norm))))) {
      j--;
      count++;
      continue;
    }
    if (NAME_JOIN.has(t.norm) && count > 0) {
      j--;
      continue;
    }
    break;
  }
  // a word with a prepositional prefix before a full name is the role's end (بلبنان وليد بن علي)
  while (count >= 3 && j + 1 < b && /^[بلكف]/.test(T[j + 1]!.norm) && !isTitle(ctx, T[j + 1]!) && T[j + 2] && NAME_JOIN.has(T[j + 2]!.norm) === false) {
    j++;
    count--;
    break;
  }
  if (count === 0) return null;
  const nameStart = j + 1;
  while (j >= a && ctx.lex.titles.has(T[j]!.norm)) j--;
  return [nameStart, j + 1];
}

/** A personal name from `a` (after optional titles): returns the exclusive end or a (no name). */
function leadingName(ctx: Ctx, a: number, b: number): [number, number] {
  const T = ctx.toks;
  let i = a;
  while (i < b && isTitle(ctx, T[i]!)) i++;
  const nameStart = i;
  let j = i;
  while (j < b) {
    const t = T[j]!;
    // a ب-phrase after the name (إردوغان بقوة) ends it
    if (j > nameStart && bPhrase(ctx, j) && T[j + 1] && hasArticle(T[j + 1]!.norm) && !isTitle(ctx, T[j + 1]!) && !ctx.lex.roleNouns.has(T[j + 1]!.norm) && !seenAsName(ctx, j)) break;
    if (nameLike(ctx, t) || NAME_JOIN.has(t.norm) || (inPerson(ctx, j) && (j === nameStart || inPerson(ctx, j - 1)))) {
      j++;
      continue;
    }
    if (hasArticle(t.norm) && j > nameStart && (NAME_JOIN.has(T[j - 1]!.norm) || T[j - 1]!.norm === 'عبد' || ctx.lex.nameLinks.has(t.norm))) {
      j++;
      continue;
    }
    if (hasArticle(t.norm) && j > nameStart && !ctx.lex.roleNouns.has(t.norm) && !ctx.lex.orgHeads.has(t.norm) && !ctx.lex.titles.has(t.norm)) {
      j++; // surname with the article (الحاسي، الزياني) ends the name
    }
    break;
  }
  return [nameStart, j];
}

function headOf(ctx: Ctx, a: number, b: number): Token | undefined {
  let i = a;
  while (i < b && (ctx.lex.honorifics.has(ctx.toks[i]!.norm) || isQuote(ctx.toks[i]) || (i + 1 < b && ctx.lex.quantifiers.has(ctx.toks[i]!.norm)))) i++;
  return ctx.toks[i];
}

/** An anonymous head, also in the accusative after إن/أن (مسؤولاً → مسؤولا). */
export function anonHead(ctx: Ctx, norm: string): boolean {
  const A = ctx.lex.anonHeads;
  return A.has(norm) || (norm.length > 4 && norm.endsWith('ا') && A.has(norm.slice(0, -1)));
}

/**
 * An anonymous source's descriptor runs over its prepositional complements, which say where the source
 * sits: مصدر أمني في وزارة الداخلية الكويتية، مصدر مطلع في مستشفى الملك فهد بجدة، مصدر من شركة … (سامير)،
 * مسؤول بالشركة، ثلاثة أشخاص في مجلس شورى الحركة. Returns the new exclusive end (at most 3 hops).
 */
function anonTail(ctx: Ctx, b: number, to: number, entry: CueEntry | null): number {
  const T = ctx.toks;
  const L = ctx.lex;
  let e = b;
  for (let hop = 0; hop < 3 && e < to; hop++) {
    const t = T[e]!;
    if (!isWord(t) || entry?.preps?.some((p) => p === t.norm || (p === 'الى' && t.norm === 'الي'))) break;
    let s: number;
    if (t.norm === 'في' || t.norm === 'من' || t.norm === 'عن') s = e + 1;
    else if (/^ب/.test(t.norm) && t.norm.length > 3 && !ctx.lex.anonymityWords.has(t.norm)) s = e;
    else break;
    const n = T[s];
    if (!n || !isWord(n)) break;
    const nb = s === e ? n.norm.slice(1) : n.norm;
    if (isEventNoun(ctx, nb) || L.circumstantial.has(n.norm) || L.demonstratives.has(nb) || L.complementizers.has(n.norm) || L.cues.has(n.norm) || L.leadingSkip.has(nb) || L.notSpeakerHeads.has(nb) || L.objectStarters.has(nb) || L.timeHeads.has(nb) || /\u064b/.test(n.text)) break;
    if (s === e && !(definite(n.norm) || nameLike(ctx, { ...n, norm: nb } as Token))) break;
    const f = runPhrase(ctx, s, to, null);
    if (f <= s) break;
    e = f;
  }
  return e;
}

function classify(ctx: Ctx, a: number, b: number): 'title' | 'name' | 'org' | 'anon' | 'role' | 'other' {
  const h = headOf(ctx, a, b);
  if (!h) return 'other';
  const L = ctx.lex;
  if (L.titles.has(h.norm) && !L.roleNouns.has(h.norm)) return 'title';
  // a person mention of the document's entities, whatever its first word looks like (الكسندر نوفاك)
  if (h === ctx.toks[a] && inPerson(ctx, a) && !L.roleNouns.has(h.norm) && !L.anonHeads.has(h.norm) && !L.orgHeads.has(h.norm)) return 'name';
  if (anonHead(ctx, h.norm) && !hasArticle(h.norm)) return 'anon';
  if (L.orgHeads.has(h.norm)) return 'org';
  if (L.roleNouns.has(h.norm) || L.titles.has(h.norm)) return 'role';
  if (L.anonHeads.has(h.norm)) return 'anon';
  if (nameLike(ctx, h)) return 'name';
  return 'other';
}

function isPlural(ctx: Ctx, a: number, b: number): boolean {
  const h = headOf(ctx, a, b);
  if (!h) return false;
  // a sound plural ending (محللون، مسؤولين) on a word long enough not to be أمين or حسين
  return ctx.lex.plural.has(h.norm) || (/(ون|ين)$/.test(h.norm) && h.norm.length >= 6 && b - a <= 3 && !nameLike(ctx, h));
}

function build(ctx: Ctx, a: number, b: number, next: number, role: [number, number] | null): NP {
  const kind = classify(ctx, a, b);
  let nameA = a;
  let nameB = b;
  let roleA = role ? role[0] : -1;
  let roleB = role ? role[1] : -1;
  let named = false;
  let type: NP['type'];
  if (kind === 'title' || kind === 'name') {
    const [s, e] = leadingName(ctx, a, b);
    if (e > s) {
      nameA = s;
      nameB = e;
      named = true;
      type = 'PERS';
      if (e < b && roleA < 0) {
        const r = ctx.toks[e]!;
        if (ctx.lex.roleNouns.has(r.norm) || ctx.lex.titles.has(r.norm) || /^ال.+(ي|يه)$/.test(r.norm) || ctx.lex.adjectives.has(r.norm)) {
          roleA = e;
          roleB = b;
        } else next = Math.min(next, e);
        b = e;
      }
    }
  } else if (kind === 'role' || kind === 'other') {
    const tn = trailingName(ctx, a, b);
    if (tn && tn[1] > a) {
      if (roleA < 0) {
        roleA = a;
        roleB = tn[1];
      }
      a = tn[1];
      nameA = tn[0];
      named = true;
      type = 'PERS';
    } else if (kind === 'role') type = 'PERS';
  } else if (kind === 'org') type = 'ORG';
  else if (kind === 'anon') type = 'ANON';
  return { a, b, nameA, nameB, roleA, roleB, type, plural: isPlural(ctx, a, b), named, next };
}

/**
 * The speaker phrase in the region [from, to) right after a cue (VSO order), with its appositive role.
 * Returns null when the region starts with the complement (pro-drop).
 */
export function parseSpeaker(ctx: Ctx, from: number, to: number, entry: CueEntry | null, open = false): NP | null {
  const T = ctx.toks;
  let a = skipLeading(ctx, from, to);
  if (a >= to || !(isWord(T[a]) || isQuote(T[a]))) return null;
  // a preposition with a pronoun (بدعمه، لديه) is no speaker
  // (the written word decides: a final ة is no pronoun, so بعثة، بورصة are nouns)
  const pron = /(ه|ها|هم|هما)$/.test(T[a]!.text.replace(/[\u064b-\u0652\u0640]/g, ''));
  if (/^[بل]/.test(T[a]!.norm) && pron && !nameLike(ctx, T[a])) return null;
  if (/^[بل]/.test(T[a]!.norm) && pron && T[a]!.norm.length <= 6) return null;
  if (ctx.lex.notSpeakerHeads.has(T[a]!.norm) || ctx.lex.notSpeakerHeads.has(T[a]!.norm.replace(/^[وف]/, ''))) return null;
  // a nominal object right after the cue (نفى مقتل أي مدنيين): pro-drop, no speaker
  if (ctx.lex.objectStarters.has(T[a]!.norm) && !inPerson(ctx, a)) return null;
  // an indefinite adverbial or a ب-phrase (بحزن، بقوة) is never the speaker
  if (/\u064b/.test(T[a]!.text) && !(anonHead(ctx, T[a]!.norm) && !ctx.lex.anonHeads.has(T[a]!.norm))) return null;

  // right after a circumstantial (قبل أيام قليلة، خلال الاجتماع) only a recognisable source is a speaker
  if (a > from && ctx.lex.circumstantial.has(T[a - 1]!.norm) && !ctx.entType[a] && classify(ctx, a, a + 1) !== 'org' && classify(ctx, a, a + 1) !== 'anon' && classify(ctx, a, a + 1) !== 'role' && classify(ctx, a, a + 1) !== 'title') return null;
  let b = runPhrase(ctx, a, to, entry, open);
  if (b <= a) return null;
  const inner = innerSplit(ctx, a, b);
  if (inner) {
    // role descriptor, then title + name (رئيس الأركان الأمريكي الجنرال مارتن ديمبسي): the phrase ends with the name
    const np = build(ctx, inner[0], inner[1], inner[1], inner[2]);
    return np;
  }
  let first = classify(ctx, a, b);
  if (first === 'anon') b = anonTail(ctx, b, to, entry);
  // a role phrase continuing over "في <place>" into a name: مسؤول فرع الاتحاد … في الموصل غياس سورجي
  if ((first === 'role' || first === 'other' || first === 'anon') && !trailingName(ctx, a, b) && b + 3 < to && T[b]!.norm === 'في' && !ctx.lex.eventNouns.has(T[b + 1]!.norm)) {
    const c = b + 2;
    if ((nameLike(ctx, T[c]) && nameLike(ctx, T[c + 1])) || (T[c] && isTitle(ctx, T[c]!))) {
      const e = runPhrase(ctx, c, to, entry);
      if (trailingName(ctx, c, e)) b = e;
    }
  }
  // a body located by a place: السلطات في كابول، مصادر في بغداد
  if ((first === 'org' || first === 'anon') && b + 1 < to && T[b]!.norm === 'في') {
    const pl = b + 1;
    if (ctx.entType[pl] === 3) b = Math.min(to, ctx.entEnd[pl]! > pl ? ctx.entEnd[pl]! : pl + 1);
    else if (!ctx.entities.length && (nameLike(ctx, T[pl]) || (first === 'org' && hasArticle(T[pl]!.norm) && !ctx.lex.timeHeads.has(T[pl]!.norm) && !ctx.lex.orgHeads.has(T[pl]!.norm) && !ctx.lex.roleNouns.has(T[pl]!.norm))) && !isEventNoun(ctx, T[pl]!.norm)) b = pl + 1;
  }
  let next = b;
  // comma-delimited appositions: "عضو الوفد، فاتح حسون،" / "العميد بسام عطية، المسؤول في وزارة الداخلية،"
  if (b < to && (T[b]!.text === '،' || T[b]!.text === ',')) {
    const s = skipLeading(ctx, b + 1, to);
    if (s === b + 1 && s < to && isWord(T[s])) {
      let e = s;
      while (e < to && e - s < 14 && isWord(T[e]) || (e < to && isQuote(T[e]) && e - s < 14)) {
        if (ctx.lex.complementizers.has(T[e]!.norm) || (ctx.lex.cues.has(T[e]!.norm) || ctx.lex.circumstantial.has(T[e]!.norm)) && e > s) break;
        e++;
      }
      const segKind = classify(ctx, s, e);
      const closed = e < to && (T[e]!.text === '،' || T[e]!.text === ',');
      const objectLike = ctx.lex.objectStarters.has(T[s]!.norm) || ctx.lex.objectStarters.has(T[s]!.norm.replace(/^ال/, ''));
      const headNamed = first === 'title' || first === 'name' || !!trailingName(ctx, a, b);
      const nameSeg = segKind === 'title' || (segKind === 'name' && e - s <= 5 && (nameLike(ctx, T[s + 1]) || /^ال/.test(T[s + 1]?.norm ?? '')));
      if (!headNamed && !objectLike && (first === 'role' || first === 'other' || first === 'anon') && b - a <= 10 && nameSeg) {
        const np = build(ctx, s, runPhrase(ctx, s, e, entry), e, [a, b]);
        return np;
      }
      if (headNamed && !objectLike && (segKind === 'role' || (closed && (segKind === 'other' || segKind === 'org')))) {
        const np = build(ctx, a, b, e, null);
        if (np.roleA < 0) {
          np.roleA = s;
          np.roleB = e;
        }
        return np;
      }
    }
  }
  void first;
  first = 'other';
  return build(ctx, a, b, next, null);
}

/**
 * Inside a phrase [a, b): a person mention, or an inner title followed by a name, after a descriptor. Returns
 * [speakerStart, speakerEnd, role] with the role the descriptor before it, or null. Material after the name
 * (the object: … ديمبسي الحكومة العراقية) is left out.
 */
function innerSplit(ctx: Ctx, a: number, b: number): [number, number, [number, number] | null] | null {
  const T = ctx.toks;
  for (let m = a; m < b; m++) {
    if (ctx.entEnd[m]! > m && inPerson(ctx, m)) {
      let me = Math.min(ctx.entEnd[m]!, b);
      // a person mention cut short by the tagger (عبد الله | أبشروا) runs on over name words inside the phrase
      while (me < b && me - m < 6 && nameLike(ctx, T[me]) && !/\u064b/.test(T[me]!.text)) me++;
      let ts = m;
      while (ts > a && isTitle(ctx, T[ts - 1]!)) ts--;
      if (me >= b || (m === a && me < b && (ctx.lex.roleNouns.has(T[me]!.norm) || /^ال.+(ي|يه)$/.test(T[me]!.norm)))) {
        if (ts === a) return null;
      }
      if (ts === a && me >= b) return null;
      if (ts === a) return [ts, me, null];
      return [ts, me, [a, ts]];
    }
  }
  for (let t = a + 1; t < b; t++) {
    if (!innerTitle(ctx, T[t]!)) continue;
    const [ns, ne] = leadingName(ctx, t, b);
    if (ne > ns) return [t, ne, [a, t]];
    return null;
  }
  return null;
}

/** The subject phrase written before the cue (SVO): tokens [a, b) from the clause start, or null. */
export function subjectBefore(ctx: Ctx, cue: number): NP | null {
  const T = ctx.toks;
  const L = ctx.lex;
  if (topicFronted(ctx, cue)) return null;
  let e = cue;
  if (e > 0 && (T[e - 1]!.norm === 'قد' || T[e - 1]!.norm === 'لقد')) e--;
  const s0 = ctx.sentStart[cue]!;
  // "وسبق لوسائل إعلام اسبانية أن ذكرت": the subject is the ل-phrase after سبق
  if (e > 1 && T[e - 1]!.norm === 'ان') {
    for (let q = e - 2; q >= Math.max(s0, e - 8); q--) {
      if (/^و?سبق$/.test(T[q]!.norm) && /^ل./.test(T[q + 1]?.norm ?? '') && q + 1 < e - 1) {
        const np = plausibleSubject(ctx, q + 1, e - 1, cue);
        if (np) np.cut = T[q + 1]!.text.startsWith('لـ') ? 2 : 1;
        return np;
      }
    }
    return null;
  }
  // a parenthetical anonymity formula between the subject and its cue: مسؤولاً محلياً، طلب عدم ذكر اسمه، قال
  if (e > 2 && (T[e - 1]!.text === '،' || T[e - 1]!.text === ',')) {
    for (let k = e - 2; k > Math.max(s0, e - 8); k--) {
      const t = T[k]!;
      if (t.text === '،' || t.text === ',') {
        let anon = false;
        for (let m = k + 1; m < e - 1; m++) anon = anon || L.anonymityWords.has(T[m]!.norm);
        if (anon) e = k;
        break;
      }
    }
  }
  const floor = Math.max(s0, cue - 14);
  let s = e;
  while (s > floor) {
    const t = T[s - 1]!;
    if (!isWord(t) && !isQuote(t)) break;
    if (L.clauseStarts.has(t.norm) || L.complementizers.has(t.norm) || /^(فان|وان|لان)$/.test(t.norm)) break;
    if (/^و?كان(ت)?$/.test(t.norm)) break;
    s--;
  }
  // an attribution phrase between the subject and the cue (رئيس الأركان وفقا للمسؤول العراقي أكد)
  for (let k = s + 1; k < e; k++) {
    if (/^(وفقا|بحسب|حسب|طبقا|نقلا)$/.test(T[k]!.norm)) {
      e = k;
      break;
    }
  }
  // a relative clause after the subject (المسؤول العراقي الذي رفض ذكر اسمه قال)
  if (s > 0 && /^(الذي|التي|الذين)$/.test(T[s - 1]!.norm) && e - s <= 6) {
    const r = s - 1;
    let s2 = r;
    while (s2 > Math.max(s0, r - 6) && isWord(T[s2 - 1]) && !L.clauseStarts.has(T[s2 - 1]!.norm) && !L.complementizers.has(T[s2 - 1]!.norm) && !/^و?كان(ت)?$/.test(T[s2 - 1]!.norm)) s2--;
    if (r - s2 >= 1 && r - s2 <= 6 && (s2 === s0 || !isWord(T[s2 - 1]) || L.clauseStarts.has(T[s2 - 1]!.norm) || /^و?كان(ت)?$/.test(T[s2 - 1]!.norm))) {
      const np = plausibleSubject(ctx, s2, r, cue);
      if (np && (np.type || np.named)) return np;
    }
  }
  if (e - s < 1 || e - s > 9) return null;
  // the word before the subject must close a clause: sentence start, punctuation, كان, or a clause particle
  if (s > 0 && s !== s0) {
    const p = T[s - 1]!;
    if (isWord(p) && !(L.clauseStarts.has(p.norm) || L.complementizers.has(p.norm) || /^(فان|وان|لان)$/.test(p.norm) || /^و?كان(ت)?$/.test(p.norm))) return null;
  }
  const np = plausibleSubject(ctx, s, e, cue);
  if (np && e - s > 5 && !np.type && !np.named) return null;
  return np;
}

/**
 * The clause holding the cue opens with a fronted topic phrase (وحول الأحداث … أوضح، وفيما يخص رأيه … قال،
 * وعن اختياره … قال): a subject never starts with a preposition or topic particle, so the cue is pro-drop.
 */
export function topicFronted(ctx: Ctx, cue: number): boolean {
  const T = ctx.toks;
  const P = ctx.lex.topicParticles;
  const s0 = ctx.sentStart[cue]!;
  let k = cue;
  while (k > s0 && cue - k < 30) {
    const p = T[k - 1]!;
    if (p.kind === 'punct' && !isQuote(p) && p.text !== '(' && p.text !== ')') break;
    k--;
  }
  if (k >= cue - 1 || !isWord(T[k])) return false;
  const w = T[k]!.norm;
  const bare = /^[وف]/.test(w) && !P.has(w) ? w.slice(1) : w;
  const next = T[k + 1]?.norm ?? '';
  return P.has(w) || P.has(bare) || P.has(w + ' ' + next) || P.has(bare + ' ' + next);
}

/** [s, e) as a subject before a cue, or null when it cannot be a source (a preposition, an adverbial, a pronoun particle). */
function plausibleSubject(ctx: Ctx, s: number, e: number, cue: number): NP | null {
  const T = ctx.toks;
  const L = ctx.lex;
  const h = T[s]!;
  const hb = h.norm.replace(/^[وف]/, '');
  if (!isWord(h) || isPrep(h) || PREPS.has(hb) || L.circumstantial.has(h.norm) || L.leadingSkip.has(hb) || L.cues.has(h.norm)) return null;
  if (L.notSpeakerHeads.has(h.norm) || (hb.length >= 2 && L.notSpeakerHeads.has(hb)) || L.complementizers.has(hb)) return null;
  // وبلغة أكثر حسماً، بحزن: a preposition-prefixed word or an indefinite accusative heads no subject
  if (/^[وف]?[بك]/.test(h.norm) && !nameLikeKnown(ctx, s) && !L.firstNames.has(hb) && !L.orgHeads.has(hb)) return null;
  const accusativeAnon = /\u064b/.test(h.text) && anonHead(ctx, h.norm);
  for (let k = s; k < e; k++) if (isWord(T[k]) && ((/\u064b/.test(T[k]!.text) && !accusativeAnon) || L.cues.has(T[k]!.norm) || L.notSpeakerHeads.has(T[k]!.norm))) return null;
  return build(ctx, s, e, cue, null);
}

function nameLikeKnown(ctx: Ctx, k: number): boolean {
  return ctx.entType[k] === 1 || ctx.entType[k] === 2;
}
