/**
 * Naming clauses: "تواصلت مع أحد أقارب الشاب المتوفى ويدعى م. ت وأكد أنهم …". The naming verb (ويدعى، يسمى)
 * reports nothing, but it introduces the person that the next pro-drop cue speaks for: the name after the verb
 * when it is a real name, else (initials only) the descriptor before it.
 */
import { isWord, type Ctx } from './context.js';
import { isPrep, nameLike } from './np-words.js';
import { entityAt, type Source } from './resolve.js';
import { fold } from '../text/normalize.js';

export function namedPerson(ctx: Ctx, i: number): Source | null {
  const T = ctx.toks;
  const s0 = ctx.sentStart[i]!;
  // the descriptor: the words before the verb, back to a preposition, a verb-like stop or punctuation (≤ 6 words)
  let a = i;
  while (a > s0 && i - a < 6 && isWord(T[a - 1]) && !isPrep(T[a - 1]!) && !ctx.lex.cues.has(T[a - 1]!.norm)) a--;
  // the name: up to three name words after the verb (initials are single letters)
  let e = i + 1;
  let real = 0;
  while (e < T.length && e - i <= 4 && (isWord(T[e]) || T[e]!.text === '.')) {
    if (isWord(T[e])) {
      if (ctx.lex.cues.has(T[e]!.norm) || !(nameLike(ctx, T[e]) || T[e]!.norm.length === 1)) break;
      if (T[e]!.norm.length >= 2) real++;
    }
    e++;
  }
  const useName = real >= 2;
  const [x, y] = useName ? [i + 1, e] : [a, i];
  if (y <= x) return null;
  const name = ctx.text.slice(T[x]!.start, T[y - 1]!.end).replace(/[.\s]+$/, '');
  const gender = /^و?ت/.test(T[i]!.norm) ? 'f' : 'm';
  const words = name.split(/\s+/).map((w) => fold(w).replace(/^(وال|ال)/, ''));
  return { name, entityId: null, type: 'PERS', gender, number: 's', words, descriptor: useName ? '' : fold(name), named: useName, at: i };
}

/** Nouns of an explanation or a briefing given by someone (استمع إلى شرح مفصل من مدير الإدارة …). */
const EXPLANATION = /^(ل|ال|لل)?(شرح|شرحا|ايجاز|ايجازا|عرض|عرضا|ايضاح|ايضاحات|شروحات)$/;

/**
 * "… حيث استمع إلى شرح مفصل من مدير الإدارة فهد آل مجثل، عن محتويات المقر، مشيراً إلى أنه …": the person who
 * gave the explanation speaks the pro-drop cues that follow. Returns that person (a tagged name, with its role
 * before it) when token i is such a noun, or null.
 */
export function explainer(ctx: Ctx, i: number): Source | null {
  const T = ctx.toks;
  if (!EXPLANATION.test(T[i]!.norm)) return null;
  let k = i + 1;
  // (an adjective or two: شرح مفصل، عرض موجز)
  while (k < T.length && k - i <= 2 && isWord(T[k]) && T[k]!.norm !== 'من' && !/^ال/.test(T[k]!.norm) && !ctx.entType[k]) k++;
  if (T[k]?.norm !== 'من') return null;
  // the giver: a role of up to six words, then a tagged person
  for (let m = k + 1; m < T.length && m - k <= 7 && isWord(T[m]); m++) {
    if (ctx.entType[m] !== 1) continue;
    const e = ctx.entEnd[m]! > m ? ctx.entEnd[m]! : m + 1;
    const name = ctx.text.slice(T[m]!.start, T[e - 1]!.end);
    const words = name.split(/\s+/).map((w) => fold(w).replace(/^(وال|ال)/, ''));
    const descriptor = m > k + 1 ? fold(ctx.text.slice(T[k + 1]!.start, T[m - 1]!.end)) : '';
    return { name, entityId: null, type: 'PERS', gender: 'm', number: 's', words, descriptor, named: true, at: m };
  }
  return null;
}

const SPEECH_NOUN = /^(تصريحات|تصريح|حديث|كلمه|مقابله|تعليقات)$/;

/**
 * A sentence opening on someone's words (وجاءت تصريحات محمد عبده خلال اللقاء …، وفي حديث الوزير …): that person
 * is the speaker of the pro-drop cues that follow. Only at the start of a sentence (after و، جاءت، في، خلال),
 * where the words are the topic; "ردا على تصريحات X" inside a sentence names someone answered.
 */
export function speechOwner(ctx: Ctx, i: number): Source | null {
  const T = ctx.toks;
  if (!SPEECH_NOUN.test(T[i]!.norm)) return null;
  let s = ctx.sentStart[i]!;
  while (s < i && (/^و?(جاءت|جاء|في|خلال|وفي|وخلال)$/.test(T[s]!.norm) || !isWord(T[s]))) s++;
  if (s !== i) return null;
  const m = i + 1;
  if (ctx.entType[m] !== 1) return null;
  const e = ctx.entEnd[m]! > m ? ctx.entEnd[m]! : m + 1;
  const name = ctx.text.slice(T[m]!.start, T[e - 1]!.end);
  const words = name.split(/\s+/).map((w) => fold(w).replace(/^(وال|ال)/, ''));
  return { name, entityId: null, type: 'PERS', gender: '?', number: 's', words, descriptor: '', named: true, at: m };
}

/** Verbs of a stance taken without a proposition (أدان، استنكر، شجب، رحب), folded, with و/ف. */
const STANCE_VERB = /^[وف]?(ادان|ادانت|دان|دانت|استنكر|استنكرت|شجب|شجبت|رحب|رحبت)$/;

/**
 * "وفي عدن أدانت الحكومة اليمنية بشدة التفجير الإرهابي، وأكدت في بيان …": a named body or person that condemns or
 * welcomes something reports nothing there, but speaks the pro-drop cues that follow. Returns
 * that source when token i is such a verb with a tagged name right after it, or null.
 */
export function stanceActor(ctx: Ctx, i: number): Source | null {
  const T = ctx.toks;
  if (!STANCE_VERB.test(T[i]!.norm) || ctx.lex.cues.has(T[i]!.norm)) return null;
  let m = i + 1;
  // (past a title: كما دان د. محمد آل عمرو …، أدان الشيخ …)
  while (m < T.length && m <= i + 3 && !ctx.entType[m] && (ctx.lex.titles.has(T[m]!.norm) || ctx.lex.honorifics.has(T[m]!.norm) || T[m]!.norm === 'د' || T[m]!.text === '.')) m++;
  const type = ctx.entType[m];
  if (!type || type > 3 || !(ctx.entEnd[m]! > m) || !isWord(T[m])) return null;
  const e = ctx.entEnd[m]!;
  const ent = entityAt(ctx.entities, T[m]!.start, T[e - 1]!.end);
  if (!ent || ent.type === 'MISC') return null;
  const name = ent.name;
  const words = name.split(/\s+/).map((w) => fold(w).replace(/^(وال|ال)/, ''));
  const gender = /^[وف]?ت|ت$/.test(T[i]!.norm) ? 'f' : 'm';
  return { name, entityId: ent.id, type: ent.type === 'LOC' ? 'GPE' : ent.type === 'PERS' ? 'PERS' : 'ORG', gender, number: 's', words, descriptor: '', named: true, at: m };
}
