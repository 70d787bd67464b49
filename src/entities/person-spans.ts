/**
 * PERS mentions cut to the name. A tagger's span that runs into the next word (ديبي قائلا، سلمان أو) loses a
 * trailing reporting verb or participle (models/speech/cues.json), particle or time word, and a leading particle
 * (فإن الجبوري); a one-word mention that is only a title or honorific (الشيخ، معاليه), a kinship noun with a
 * pronoun (والدي، شقيقه), a name link (الدين) or a function or time word names nobody and is dropped. A word
 * of a known person's name (models/lexicons/ner-names.json, the first-name lists) is never cut.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NerMention } from '../ner/index.js';
import { modelsDir } from '../models-dir.js';
import { fold } from '../text/normalize.js';
import { isWebAddress, LATIN_INITIAL } from '../text/tokenize.js';
import { lexicon } from '../speech/lexicon.js';
import { familyNameWord, PREP_WITH_PRONOUN } from '../speech/np-words.js';
import { titleWords } from './names.js';
import { isKnownPlace } from './known-places.js';
import { isPlaceHead } from './place-heads.js';
import { isNisba } from './words.js';
import { entityLexicon } from './lexicon.js';

interface Lex {
  kin: Set<string>;
  /** words that never end or open a name (particles, time adjectives, function words) */
  edge: Set<string>;
  /** one-word mentions that name nobody (edge and time words), unless a known name's word */
  alone: Set<string>;
  /** one-word mentions that never name anybody (titles, honorifics, name links: الشيخ، معاليه، الدين) */
  never: Set<string>;
  /** name links (الدين، الله): never a name alone, not even where a longer name ends with them (نور الدين) */
  links: Set<string>;
  /** words of known persons' names and first names */
  names: Set<string>;
  /** name words that may follow و as the next person's name (not آ…, whose fold reads like و + ا: وافي ≠ و + آفي) */
  first: Set<string>;
  /** heads of bodies and roles (الجمعية، الوزارة، المدير), folded */
  heads: Set<string>;
}

let cache: Lex | null = null;
const PRONOUNS = ['ي', 'ه', 'ها', 'هم', 'هما', 'هن', 'نا', 'ك', 'كم'];
/** complementizers written with their hamza (بأن، لأنه، إن) */
const HAMZA_THAT = /^[وف]?[بل]?(أن|إن)(ه|ها|هم|هما|ني|نا)?$/;
/** a statement noun behind ب (بتصريح، ببيان، بكلمة), folded */
const STATEMENT_B = /^ب(تصريح|تصريحات|بيان|كلمه|حديث|خطاب|رساله|تغريده|مداخله)$/;
const QUOTES = /^["'«»“”„()\[\]]+|["'«»“”„()\[\]،,.:؛]+$/g;

function lex(): Lex {
  if (cache) return cache;
  const read = (dir: string, f: string) => JSON.parse(readFileSync(join(modelsDir(), dir, f), 'utf8'));
  const rules = read('entities', 'person-rules.json') as { kin: string[]; particles: string[]; manner?: string[]; nouns?: string[] };
  const ner = read('lexicons', 'ner-names.json') as { pers: string[] };
  const trig = read('lexicons', 'ner-triggers.json') as { personFirst: string[] };
  const sp = lexicon();
  const names = new Set<string>();
  for (const n of ner.pers) for (const w of fold(n).split(/\s+/)) names.add(w);
  for (const w of [...sp.firstNames, ...trig.personFirst.map(fold)]) names.add(w);
  const edge = new Set<string>([...rules.particles.map(fold), ...(rules.manner ?? []).map(fold), ...(rules.nouns ?? []).map(fold), ...sp.notSpeakerHeads, ...sp.complementizers]);
  // (not a definite word: الخميس، الجمعة are surnames too, خالد الخميس)
  for (const w of sp.circumstantial) if (!w.startsWith('ل') && !w.startsWith('ال')) edge.add(w);
  // (time adjectives are surnames after a name, محمد الماضي; alone they are the time word)
  const alone = new Set<string>([...edge, ...sp.timeAdjectives, ...sp.adjectives]);
  const never = new Set<string>([...titleWords(), ...sp.titles, ...sp.honorifics, ...sp.honorificPronouns, ...sp.nameLinks]);
  for (const w of names) edge.delete(w);
  for (const w of names) alone.delete(w);
  const first = new Set<string>([...sp.firstNames, ...trig.personFirst.map(fold)]);
  for (const n of ner.pers) for (const w of n.split(/\s+/)) if (!w.startsWith('آ')) first.add(fold(w));
  cache = { kin: new Set(rules.kin.map(fold)), edge, alone, never, links: new Set(sp.nameLinks), names, first, heads: new Set([...sp.orgHeads, ...sp.roleNouns]) };
  return cache;
}

/** A kinship noun with an attached pronoun (والدي، شقيقته; not جدة, whose ة is no pronoun). */
function kinWithPronoun(raw: string, f: string, kin: Set<string>): boolean {
  if (raw.startsWith('آ')) return false; // (آبي is a name, أبي "my father")
  for (const p of PRONOUNS) {
    if (!f.endsWith(p) || !raw.endsWith(p) || !kin.has(f.slice(0, -p.length))) continue;
    return true;
  }
  return false;
}

/** A word after a name that is a reporting verb or an adverbial participle (قال، أبلغ، قائلا، مضيفا). */
function cueWord(f: string): boolean {
  const c = lexicon().cues.get(f);
  // (not a two-letter form: رد، عد are short names too, بول رد)
  if (!c || f.length < 3) return false;
  return c.kind !== 'part' || f.endsWith('ا');
}

const bareConj = (f: string) => (f.length > 3 && /^[وف]/.test(f) ? f.slice(1) : f);

/** Whether a one-word mention names nobody (`prev`, `next`: the folded words around it). */
function junkWord(raw: string, prev: string, next: string, L: Lex): boolean {
  // (على before a definite noun is the preposition, وعلى الرغم; the Egyptian spelling of علي has a name after it)
  if (/^[وف]?على$/.test(raw) && next.startsWith('ال')) return true;
  const f = fold(raw);
  if (L.links.has(f)) return true; // (alone, never a name: عز | الدين is the tagger's cut)
  if (L.names.has(prev) && f.startsWith('ال')) return false; // (a surname the tagger cut off: محمد السلطان)
  const b = bareConj(f);
  const r = raw.replace(/[\u064b-\u0652]/g, '');
  // (alone, أبي is "my father", not the أبي of أبي بكر)
  if (L.never.has(f) || L.never.has(b) || kinWithPronoun(r, f, L.kin) || (b !== f && kinWithPronoun(r.slice(1), b, L.kin))) return true;
  // (a preposition with its pronoun names nobody: عنك، إليه، لهم)
  if (PREP_WITH_PRONOUN.test(b)) return true;
  if (L.names.has(f)) return false;
  return L.alone.has(f) || cueWord(f) || (b !== f && !L.names.has(b) && L.alone.has(b));
}

/** A definite word that may be a family name after a lineage (المرشد، الرويلي): no role, title, time or function word. */
function surnameAfter(f: string, L: Lex): boolean {
  return familyNameWord(lexicon(), f) && !L.edge.has(f) && !L.never.has(f) && !cueWord(f) && !isKnownPlace(f);
}

/** A PERS mention cut to the name: a verb or particle inside or at either edge is left out. */
function trimmed(text: string, m: NerMention, L: Lex): NerMention {
  const words: [number, number][] = [];
  for (const x of m.text.matchAll(/\S+/g)) words.push([m.start + x.index!, m.start + x.index! + x[0].length]);
  const cut = (k: number) => {
    const raw = text.slice(words[k]![0], words[k]![1]).replace(QUOTES, '');
    // (a complementizer written with its hamza is never a name, though بان folds like the first name: علاء يوسف بأن)
    if (HAMZA_THAT.test(raw.replace(/[\u064b-\u0652\u0640]/g, ''))) return true;
    const f = fold(raw);
    // (… or a preposition with its pronoun, never a name's word: خص به; or a statement behind ب: أدلى الأمير عبدالعزيز بن
    // سعد بتصريح قال فيه …)
    return f.length > 0 && !L.names.has(f) && (L.edge.has(f) || cueWord(f) || PREP_WITH_PRONOUN.test(f) || STATEMENT_B.test(f));
  };
  let a = 0;
  let b = words.length;
  // (a known first name after و opens another person: عبدالله الحربي وسعد …)
  const another = (k: number) => {
    const f = fold(text.slice(words[k]![0], words[k]![1]).replace(QUOTES, ''));
    return f.length > 3 && f[0] === 'و' && !L.names.has(f) && L.first.has(f.slice(1));
  };
  // (an indefinite accusative, written with its tanwin, is no name's later word: الملك سلمان اتصالاً هاتفياً)
  const accusative = (k: number) => {
    const raw = text.slice(words[k]![0], words[k]![1]).replace(QUOTES, '');
    return /\u064b/.test(raw) && !L.names.has(fold(raw));
  };
  // (a verb or particle inside ends the name: ديمبسي أبلغ العبادي، سلمان أو غيره)
  for (let k = 1; k < b; k++) if (cut(k) || another(k) || accusative(k)) b = k;
  while (b - a > 1 && cut(b - 1)) b--;
  while (b - a > 1 && cut(a)) a++;
  // (a clause's verb with its و before a first name at a sentence start: وساور فؤاد القلق، وبادر محمد إلى …)
  if (a === 0 && b - a > 1 && /(^|[.!؟?\n،:؛])\s*$/.test(text.slice(Math.max(0, m.start - 4), m.start))) {
    const f = fold(text.slice(words[0]![0], words[0]![1]).replace(QUOTES, ''));
    const g = fold(text.slice(words[1]![0], words[1]![1]).replace(QUOTES, ''));
    if (f.length > 3 && /^[وف]/.test(f) && !L.names.has(f) && !L.names.has(f.slice(1)) && L.first.has(g)) a = 1;
  }
  // (a place with its ب or ل opening the span belongs to the role before it: عضو المجلس البلدي بحائل عبدالعزيز …)
  if (a === 0 && b - a > 1) {
    const raw = text.slice(words[0]![0], words[0]![1]).replace(QUOTES, '');
    const f = fold(raw);
    const second = () => lexicon().firstNames.has(fold(text.slice(words[1]![0], words[1]![1]).replace(QUOTES, '')));
    if (/^[بل][^ل]/.test(f) && !L.names.has(f) && isKnownPlace(f.slice(1)) && second()) a = 1;
    // (… and a known place right after a place's head noun: أمين منطقة عسير صالح القاضي)
    const head = /(\S+)\s+$/.exec(text.slice(Math.max(0, m.start - 16), m.start));
    if (a === 0 && head && isPlaceHead(fold(head[1]!).replace(/^[وفبل]?(ال)?/, '')) && isKnownPlace(f) && second()) a = 1;
  }
  if (a === 0 && b === words.length) return m;
  const start = words[a]![0];
  const end = words[b - 1]![1];
  return { ...m, start, end, text: text.slice(start, end) };
}

/** Any mention loses a complementizer the tagger ran into at its end (أكدت وزارة الداخلية بأنه …). */
export function thatCut(text: string, m: NerMention): NerMention {
  // ("praise be to God" after the name is the words said, not the name: وقال يحيى الأحمري الحمد الله الذي …)
  const praise = /\s+ال?حمد\s+(لله|الله)$/.exec(m.text.replace(/[\u064b-\u0652\u0640]/g, ''));
  if (praise && m.type === 'PERS' && m.text.replace(/[\u064b-\u0652\u0640]/g, '') === m.text) {
    const end = m.start + praise.index;
    return { ...m, end, text: text.slice(m.start, end) };
  }
  const x = /\s+(\S+)$/.exec(m.text);
  if (!x) return m;
  const w = x[1]!.replace(/[\u064b-\u0652\u0640]/g, '');
  // (not إن alone, a word of سي إن إن)
  if (!((HAMZA_THAT.test(w) && w !== 'إن' && !/^[وف]إن$/.test(w)) || /^[بل]?ان(ه|ها|هم|هما)$/.test(fold(w)))) return m;
  const end = m.start + x.index;
  return { ...m, end, text: text.slice(m.start, end) };
}

/** Words a compound first name ends with (عبد العزيز، عبد الله، نور الدين): a person's name goes on after them. */
const COMPOUND_END = /^(العزيز|الله|الرحمن|الرحيم|الكريم|المجيد|الحميد|اللطيف|الدين|الاله|المحسن|المنعم|الملك|الرزاق|الهادي|الوهاب|العظيم|الحكيم|الحليم|القادر|الباري|الغني|الناصر|السلام|العال|الحي|القوي|المطلب)$/;

/**
 * Two person mentions the tagger split at a compound first name, one space apart (الشيخ عبد العزيز | عبدالله آل
 * الشيخ): one name.
 */
export function joinSplitNames(text: string, mentions: readonly NerMention[]): NerMention[] {
  const out: NerMention[] = [];
  for (const m of mentions) {
    const prev = out[out.length - 1];
    // (not a second person joined by و: محمد عبد الوهاب ومحمد كريم)
    if (prev && prev.type === 'PERS' && m.type === 'PERS' && m.start > prev.end && /^ $/.test(text.slice(prev.end, m.start)) && !/^و/.test(m.text) && COMPOUND_END.test(fold(prev.text.split(/\s+/).pop() ?? '')) && prev.text.split(/\s+/).length <= 3 && m.text.split(/\s+/).length <= 4) {
      out[out.length - 1] = { ...prev, end: m.end, text: text.slice(prev.start, m.end) };
      continue;
    }
    out.push(m);
  }
  return out;
}

/** Mentions with PERS spans cut to the name and nameless one-word PERS mentions left out. */
export function personSpans(text: string, mentions: readonly NerMention[]): NerMention[] {
  const L = lex();
  const cutMentions = mentions.map((m) => (m.type === 'PERS' ? trimmed(text, m, L) : m));
  // (a word that ends a longer PERS mention of the report is a surname there: سعيد الشيخ … وقال الشيخ)
  const surnames = new Set<string>();
  for (const m of cutMentions) {
    const w = m.text.replace(QUOTES, '').trim().split(/\s+/);
    if (m.type === 'PERS' && w.length > 1) surnames.add(fold(w[w.length - 1]!));
  }
  // (the one spoken to after the verb, قال لي أدول، قال له محمد: when the name after it is a first name or written
  // elsewhere in the report, not the لي of لي كه تشيانغ)
  for (let k = 0; k < cutMentions.length; k++) {
    const m = cutMentions[k]!;
    const x = /^(\S+)\s+(\S+)/.exec(m.text);
    if (m.type !== 'PERS' || !x || !/^(لي|له|لها|لنا|لهم)$/.test(fold(x[1]!))) continue;
    const prev = fold(/(\S+)\s*$/.exec(text.slice(Math.max(0, m.start - 30), m.start))?.[1] ?? '');
    const rest = fold(m.text.slice(x[1]!.length).trim());
    const known = L.first.has(fold(x[2]!)) || cutMentions.some((o) => o !== m && o.type === 'PERS' && fold(o.text).endsWith(' ' + rest));
    if (!cueWord(prev) || !known) continue;
    const start = m.start + m.text.indexOf(x[2]!, x[1]!.length);
    cutMentions[k] = { ...m, start, text: text.slice(start, m.end) };
  }
  // (the first name علي, written with a dotted ي, that the tagger read as the preposition: فيما أكد علي عبدالله أن …)
  const ends = new Set(cutMentions.map((o) => o.end));
  for (let k = 0; k < cutMentions.length; k++) {
    const m = cutMentions[k]!;
    if (m.type !== 'PERS' || m.start < 4) continue;
    const x = /(^|[\s،,.:؛])(علي)\s+$/.exec(text.slice(Math.max(0, m.start - 8), m.start));
    // (not when another mention ends right before: that علي is its own; nor inside a longer name, مرزوق علي الغانم,
    // where a word that is no cue, title or particle stands before it)
    if (!x || [1, 2, 3, 4].some((d) => ends.has(m.start - d))) continue;
    const before = fold((/(\S+)\s+علي\s+$/.exec(text.slice(Math.max(0, m.start - 40), m.start))?.[1] ?? '').replace(QUOTES, ''));
    if (before && /^\s$/.test(x[1]!) && !(cueWord(before) || L.edge.has(before) || L.never.has(before) || /^[وف]?(قال|اكد|كشف|اوضح|اضاف|اشار|اعلن|اعتبر|ذكر|بين)/.test(before))) continue;
    const start = m.start - (text.slice(Math.max(0, m.start - 8), m.start).length - x.index - x[1]!.length);
    cutMentions[k] = { ...m, start, text: text.slice(start, m.end) };
  }
  // (a first name the tagger left out between a title and the rest of the name: د. سهيلة زين العابدين حماد، المهندس
  // رضيمان العنزي)
  const ends2 = new Set(cutMentions.map((o) => o.end));
  for (let k = 0; k < cutMentions.length; k++) {
    const m = cutMentions[k]!;
    if (m.type !== 'PERS' || m.start < 4) continue;
    const x = /(^|[\s،,:؛(])(\S+?)(\.?)[ \t\u00a0]+([\u0621-\u064a\u0640\u064b-\u0652]{3,})[ \t\u00a0]+$/.exec(text.slice(Math.max(0, m.start - 40), m.start));
    if (!x || [1, 2, 3, 4].some((d) => ends2.has(m.start - d - x[4]!.length))) continue;
    // (a definite title written right before it, or د. م. أ.; not a governor of a place, محافظ ميسان تركي الحارثي)
    const title = fold(x[2]!);
    const word = fold(x[4]!);
    // (a dot after a longer word ends a sentence: الصحفي. وعاد بلاتر)
    // (or a known first name after a body's or a role's definite head: رئيس الجمعية تركي رضيمان العنزي)
    const knownFirst = L.first.has(word) && !x[3] && title.startsWith('ال') && (L.heads.has(title) || L.heads.has(title.slice(2))) && !/ى$/.test(x[4]!) && !/^(كان|بات|ظل|صار|ليس|مازال|لازال|عاد|بدا|اضحي|امسي|امام|خلف|عند|بعد|قبل|مع|ضد|دون|حول|بين|نحو|لدي|عبر|فوق|تحت|وسط|رغم)$/.test(word);
    if (!/^[\u0621-\u064a\u064b-\u0652\u0640]+$/.test(x[2]!) || !(x[3] ? /^[دما]$/.test(title) : title.startsWith('ال') && (L.never.has(title) || knownFirst))) continue;
    const first = fold(m.text.split(/\s+/)[0]!);
    // (a complementizer is no first name: قال حطين بأن فيصل مدخلي …)
    if (HAMZA_THAT.test(x[4]!.replace(/[\u064b-\u0652\u0640]/g, '')) || /^[وف]?[بل]?ان(ه|ها|هم)?$/.test(word)) continue;
    // (nor before a second person joined by و: الرئيس أوباما ومايك هاكابي)
    if (first.startsWith('ال') || first === word || (/^و/.test(first) && L.first.has(first.slice(1))) || L.never.has(word) || L.never.has(bareConj(word)) || /^([وف]?ال|لل|بال|كال)/.test(word) || L.edge.has(word) || cueWord(word) || /^[وف]?(بن|ابن|ابو|عبد)$/.test(word) || /^(متقاعد|سابق|اول|ركن|اما|لكن|كما|حيث|بينما|فيما)$|^(باسم|برئاس|بقياد|باشراف|بحضور|بمشارك|بصحب|برفق)/.test(word) || (L.never.has('ال' + word) && !L.names.has(word)) || ((/ي$/.test(word) || /^[يت]/.test(word)) && !L.names.has(word) && !knownFirst)) continue;
    const start = m.start - (text.slice(Math.max(0, m.start - 40), m.start).length - (x.index + x[0].length - x[4]!.length - (x[0].length - x[0].trimEnd().length)));
    // (not a word of a body's or a place's name: بجامعة الملك سعود مشعل الوعيل)
    if (text.slice(start, start + x[4]!.length) !== x[4] || cutMentions.some((o) => o.type !== 'PERS' && o.start < start + x[4]!.length && o.end > start)) continue;
    cutMentions[k] = { ...m, start, text: text.slice(start, m.end) };
  }
  // (a Latin initial spelled out, its dot, then the family name the tagger left out: كيه. شانموجام)
  for (let k = 0; k < cutMentions.length; k++) {
    const m = cutMentions[k]!;
    if (m.type !== 'PERS' || !LATIN_INITIAL.test(fold(m.text.trim().split(/\s+/).pop() ?? ''))) continue;
    const x = /^\. ([\u0621-\u0647\u064a][\u0621-\u064a\u0640\u064b-\u0652]{2,})/.exec(text.slice(m.end, m.end + 40));
    if (!x || cueWord(fold(x[1]!)) || L.edge.has(fold(x[1]!)) || /^[وف]/.test(x[1]!)) continue;
    // (the family name may be a mention of its own: لورا إيه. | كولانجيلو)
    const j = cutMentions.findIndex((o) => o.type === 'PERS' && o.start === m.end + 2);
    const end = j >= 0 ? cutMentions[j]!.end : m.end + x[0].length;
    if (j < 0 && cutMentions.some((o) => o.start >= m.end && o.start < end)) continue;
    cutMentions[k] = { ...m, end, text: text.slice(m.start, end) };
    if (j >= 0) cutMentions.splice(j, 1);
  }
  // (a first name and the family's آل the tagger left out before the family name: عالية آل فريد)
  for (let k = 0; k < cutMentions.length; k++) {
    const m = cutMentions[k]!;
    if (m.type !== 'PERS' || m.start < 6 || /^آل\s/.test(m.text)) continue;
    const x = /(^|[\s،,:؛(])([\u0621-\u064a\u064b-\u0652\u0640]{3,})[ \t\u00a0]+آل[ \t\u00a0]+$/.exec(text.slice(Math.max(0, m.start - 30), m.start));
    if (!x || !L.first.has(fold(x[2]!)) || cueWord(fold(x[2]!)) || L.edge.has(fold(x[2]!)) || L.never.has(fold(x[2]!))) continue;
    const start = m.start - (text.slice(Math.max(0, m.start - 30), m.start).length - x.index - x[1]!.length);
    if (cutMentions.some((o) => o !== m && o.start < m.start && o.end > start)) continue;
    cutMentions[k] = { ...m, start, text: text.slice(start, m.end) };
  }
  // (a family name the tagger left out after a link that never ends a name, عبد العزيز آل | الشيخ, or after a lineage
  // or a compound first name: محمد بن عبدالله | المرشد، عبد العزيز | الرويلي)
  const starts = new Set(cutMentions.map((o) => o.start));
  const named = new Set<string>();
  for (const o of cutMentions) {
    if (o.type !== 'PERS') continue;
    const ws = o.text.trim().split(/\s+/).map((w) => fold(w.replace(QUOTES, '')));
    for (const w of ws.length > 1 ? ws.slice(1) : ws) if (w.startsWith('ال')) named.add(w);
  }
  for (let k = 0; k < cutMentions.length; k++) {
    const m = cutMentions[k]!;
    if (m.type !== 'PERS') continue;
    const words = m.text.trim().split(/\s+/).map((w) => fold(w.replace(QUOTES, '')));
    const x = /^([ \t\u00a0]+)([\u0621-\u064a\u0640\u064b-\u0652]{3,})(?=$|[\s.،,:؛!؟?)»"”])/.exec(text.slice(m.end, m.end + 40));
    if (!x || starts.has(m.end + x[1]!.length)) continue;
    const next = fold(x[2]!);
    const last = words[words.length - 1]!;
    const link = /^(ال|بن|ابن|بنت|ابو)$/.test(last) && (last !== 'ال' || /^آل$/.test(m.text.trim().split(/\s+/).pop()!));
    // (a lineage of one بن only: a royal chain, فيصل بن بندر بن عبدالعزيز، ends without a family name)
    const lineage = words.length >= 3 && /^(بن|ابن|بنت)$/.test(words[words.length - 2]!) && words.filter((w) => /^(بن|ابن|بنت)$/.test(w)).length === 1;
    const compound = words.length === 2 && /^(عبد|ابو)$/.test(words[0]!);
    // (a nisba, or a word the report writes as a name elsewhere: وأوضح الثقفي)
    // (not a verb whose ى folds like a nisba's ي: علي بن الحسين التقى)
    const family = isNisba(next) && !/ى$/.test(x[2]!) && !entityLexicon().nationality.has(next) ? true : named.has(next);
    if (!link && !((lineage || compound) && family && surnameAfter(next, L))) continue;
    if (link && (cueWord(next) || L.edge.has(next) || /^[وف]/.test(next) && !L.names.has(next))) continue;
    const end = m.end + x[0].length;
    cutMentions[k] = { ...m, end, text: text.slice(m.start, end) };
  }
  return cutMentions.filter((m) => {
    // (a web or e-mail address names nobody: www.sfda.gov.sa)
    if (isWebAddress(m.text)) return false;
    if (m.type !== 'PERS') return true;
    const w = m.text.replace(QUOTES, '').trim();
    // (a verbal noun of the form تفعيل with its definite object names nobody: تخفيف الألم; not توفيق، تغريد)
    const two = w.split(/\s+/);
    if (two.length === 2 && /^ت..ي.$/.test(fold(two[0]!)) && !L.names.has(fold(two[0]!)) && /^ال/.test(fold(two[1]!)) && !L.names.has(fold(two[1]!))) return false;
    if (/\s/.test(w) || (surnames.has(fold(w)) && !L.links.has(fold(w)))) return true;
    const prev = /(\S+)\s*$/.exec(text.slice(Math.max(0, m.start - 30), m.start))?.[1] ?? '';
    const next = /^\s*(\S+)/.exec(text.slice(m.end, m.end + 30))?.[1] ?? '';
    return !junkWord(w, fold(prev), fold(next), L);
  });
}
