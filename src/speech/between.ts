/**
 * بين is both the verb "showed, explained" (بيّن) and the preposition "between, among", written alike without
 * the shadda. The preposition is far more frequent: on 2,000 SaudiNewsNet articles the spelling was read as a
 * cue 105 times, and most of them were "between" (العلاقات بين البلدين، الفرق بين الماضي والحاضر، بيني وبين
 * نفسي، تتراوح بين 3 و5). These are the readings that only the preposition has.
 */
import type { Token } from '../text/tokenize.js';
import { isQuote, isWord, type Ctx } from './context.js';
import type { CueForm } from './inflect.js';

/** the suffixed preposition (بيني، بينه، بينهم …), never the verb */
const SUFFIXED = /^و?بين(ي|ه|ها|هما|هم|هن|نا|كم|كما)$/;
/** words after which the verb opens its clause (كما بين، الذي بين، حيث بينت، وقد بين …) */
const BEFORE_VERB = /^[وف]?(قد|لقد|كما|حيث|اذ|ثم|الذي|التي|الذين|فيما|بينما|بدوره|بدورها|جانبه|جانبها)$/;

export function isBetween(ctx: Ctx, cueStart: number, i: number, form: CueForm): boolean {
  if (form.entry.lemma !== 'بين' || form.kind !== 'past') return false;
  const toks = ctx.toks;
  const t = toks[i]!;
  // a written shadda (بيّن) is the verb
  if (/\u0651/.test(t.text)) return false;
  const next = toks[i + 1];
  if (!next) return false;
  const L = ctx.lex;
  // "between being … and being …" (يوجد "خط رفيع جدا" بين أن تكون مستشارا وأن تكون ناشطا): بين أن … وأن after a plain
  // word or a quotation mid-clause, no subject before it
  // (the verb's أنّ takes a noun, the preposition's أن a verb: بين أن تكون …; وعن العوامل … بين أن السوق النفطية … وأن …)
  if (!form.conj && L.complementizers.has(next.norm) && /^[تين][^ا]{2,}/.test(toks[i + 2]?.norm ?? '') && cueStart !== ctx.sentStart[cueStart] && plainBefore(ctx, cueStart) && secondThat(ctx, i + 2)) return true;
  // its complement or a comma right after it (وبين أن …، وبين، أن …، وبين: "…")
  if (L.complementizers.has(next.norm) || next.text === ':' || next.text === '،' || next.text === ',') return false;
  // a number after it (تتراوح بين 3 و5 سنوات): no number is a subject
  if (next.kind === 'number') return true;
  if (!isWord(next) && !isQuote(next)) return false;
  // a dual or plural in its genitive -ين (بين البلدين، بين المستثمرين، بين جيلين): the subject would be -ان / -ون
  if (/^(ال..+|...+)ين$/.test(next.norm) && !ctx.entType[i + 1] && !L.firstNames.has(next.norm.replace(/^ال/, '')) && !L.titles.has(next.norm) && !L.roleNouns.has(next.norm)) return true;
  // a place after the masculine spelling (بين إيران من جهة وأمريكا …): a country or city as subject takes بينت
  if (ctx.entType[i + 1] === 3) return true;
  // two things joined by و (بين مصر وفرنسا، بين الماضي والحاضر، بين الفينة والأخرى)
  const third = toks[i + 2];
  if (isWord(next) && third && isWord(third) && /^و./.test(third.norm) && !L.complementizers.has(third.norm) && !L.cues.has(third.norm) && !L.titles.has(next.norm) && !L.roleNouns.has(next.norm)) return true;
  // a بين shortly before in the same clause (بيني وبين نفسي، بينه وبين دوناتيلا، بين بطولة هذه الأفلام وبين دراستي)
  for (let k = cueStart - 1; k >= Math.max(0, cueStart - 8) && isWord(toks[k]); k--) {
    if (SUFFIXED.test(toks[k]!.norm) || toks[k]!.norm === 'بين') return true;
  }
  if (form.conj) return false;
  // ما بين، من بين
  const prev: Token | undefined = toks[cueStart - 1];
  if (prev && /^(ما|من)$/.test(prev.norm)) return true;
  // (one word and a complementizer after it is a subject and its complement: وفي نهاية الجولة بين الصقيه أن الإدارة …)
  if (isWord(next) && /^(ان|انه|انها|انهم)$/.test(toks[i + 2]?.norm ?? '') && !L.demonstratives.has(next.norm) && !/^(ذلك|هذا|هذه|هنا|هناك|الناس|الجميع|الكل)$/.test(next.norm)) return false;
  // mid-clause after a plain word, before no speaker (الاقتتال … منذ مطلع الشهر الحالي بين «كتيبة …»، ضوابط بين …)
  // (or after a closing quotation mark: «التزام الحياد» بين الأطراف)
  const closing = !!prev && isQuote(prev) && ctx.quotes.openOf[cueStart - 1]! >= 0;
  if (prev && (isWord(prev) || closing) && !BEFORE_VERB.test(prev.norm) && cueStart !== ctx.sentStart[cueStart]) {
    const speakerNext = !!ctx.entType[i + 1] || L.titles.has(next.norm) || L.roleNouns.has(next.norm) || L.honorificPronouns.has(next.norm);
    if (!speakerNext) return true;
    // (… or before a body joined by و to another and no complement in the clause: خلافات في الرؤى السياسية تجاه
    // المنطقة بين إدارة أوباما والدول العربية، كان أولها …)
    if (joinedNoComplement(ctx, i)) return true;
  }
  return false;
}

/** The word before bare بين is no possible subject: a plain word or a closing quotation, not a name, role or body. */
function plainBefore(ctx: Ctx, cueStart: number): boolean {
  const p = ctx.toks[cueStart - 1];
  if (!p) return false;
  if (isQuote(p)) return ctx.quotes.openOf[cueStart - 1]! >= 0;
  const L = ctx.lex;
  return isWord(p) && !BEFORE_VERB.test(p.norm) && !ctx.entType[cueStart - 1] && !L.roleNouns.has(p.norm) && !L.titles.has(p.norm) && !L.orgHeads.has(p.norm) && !L.anonHeads.has(p.norm) && !L.honorificPronouns.has(p.norm) && !L.documentHeads.has(p.norm);
}

/** A second أن joined by و within the clause (… وأن تكون …): the other term of "between". */
function secondThat(ctx: Ctx, j: number): boolean {
  const T = ctx.toks;
  const end = Math.min(ctx.sentEnd[j] ?? T.length, j + 30);
  for (let k = j; k < end; k++) {
    const n = T[k]!.norm;
    if (n === 'وان' || n === 'وبين' || (n === 'و' && T[k + 1]?.norm === 'ان')) return true;
  }
  return false;
}

/** Two terms joined by و after بين at i, up to a comma or the sentence end with no complement, colon or quotation. */
function joinedNoComplement(ctx: Ctx, i: number): boolean {
  const T = ctx.toks;
  const end = Math.min(ctx.sentEnd[i] ?? T.length, i + 20);
  let joined = false;
  for (let k = i + 2; k < end; k++) {
    const t = T[k]!;
    if (t.text === '،' || t.text === ',') break;
    if (ctx.lex.complementizers.has(t.norm) || t.text === ':' || isQuote(t) || ctx.lex.cues.has(t.norm)) return false;
    if (k <= i + 6 && /^وال/.test(t.norm)) joined = true;
  }
  return joined;
}
