/**
 * Claims made through a document: a cue opening a relative clause on an indefinite document (بيانا أكد …، رسالة …
 * أشار فيها، بيان للأمم المتحدة أشار إلى …), and the author or issuing body named with ل after it.
 */
import { isWord, type Ctx } from './context.js';
import type { CueForm } from './inflect.js';
import { entityAt, type Source } from './resolve.js';

const DOC_INDEF = /^(بيانا|بيان|دراسه|رساله|تقريرا|تقرير|تغريده|كلمه|خطابا|خطاب|تصريحا|تصريح|مقالا|مقال|محاضره|مذكره|وثيقه|مطبوعا|منشورا|تعميما)$/;

/**
 * The cue opens a relative clause on an indefinite document: right after it (وأصدرت البورصة بيانا أكد …) or with a
 * resumptive فيها/فيه (وبعث بوتين رسالة تحية إلى المشاركين، أشار فيها إلى …).
 */
export function documentRelative(ctx: Ctx, i: number): boolean {
  const T = ctx.toks;
  if (i > 0 && DOC_INDEF.test(T[i - 1]!.norm) && isWord(T[i + 1])) return true;
  // (… or with its indefinite adjective: أصدرت المديرية بيانا توضيحيا قال إن …)
  if (i > 1 && DOC_INDEF.test(T[i - 2]!.norm) && /^[^ا].{2,}(يا|ه)$/.test(T[i - 1]!.norm) && /ا$/.test(T[i - 2]!.norm) && !ctx.entType[i - 1] && isWord(T[i + 1])) return true;
  // (… a genitive with its nisba: اطلعت على تقرير عدلي أكد أن …)
  if (i > 1 && DOC_INDEF.test(T[i - 2]!.norm) && /^[^ا].{2,}ي$/.test(T[i - 1]!.norm) && !ctx.entType[i - 1] && !ctx.lex.cues.has(T[i - 1]!.norm) && isWord(T[i + 1])) return true;
  // (… or its adjective and its issuer behind من: فهناك دراسة موسعة من جامعة كورنيل بنيويورك أكدت أن …)
  for (let k = i - 3; k >= Math.max(ctx.sentStart[i]!, i - 7); k--) {
    if (!isWord(T[k])) break;
    if (DOC_INDEF.test(T[k]!.norm) && !/ا$/.test(T[k]!.norm) && !/^ال/.test(T[k + 1]!.norm) && T.slice(k + 1, i).some((x) => x.norm === 'من') && ctx.entType[i - 1] && T.slice(k + 1, i).every((x, d) => isWord(x) && !ctx.lex.cues.has(x.norm) && (x.norm === 'من' || !!ctx.entType[k + 1 + d] || (d === 0 && /^[^ا].{2,}(ه|ي)$/.test(x.norm))))) return true;
  }
  // (… or its issuer named with ل between them: وفق بيان للأمم المتحدة أشار إلى …)
  for (let k = i - 2; k >= Math.max(ctx.sentStart[i]!, i - 5); k--) {
    if (!isWord(T[k])) break;
    if (DOC_INDEF.test(T[k]!.norm) && /^ل/.test(T[k + 1]!.norm) && ctx.entType[k + 1] === 2 && ctx.entEnd[k + 1] === i && isWord(T[i + 1])) return true;
  }
  // (a resumptive pronoun right after the cue: the clause is relative, whatever its antecedent)
  // (… or the event's خلاله: وأجرى الوزير اتصالا بنظيره أكد خلاله …)
  return /^(فيها|فيه|خلاله|خلالها)$/.test(T[i + 1]?.norm ?? '') && i > ctx.sentStart[i]! && !/^و?(الذي|التي|الذين|من|ما)$/.test(T[i - 1]?.norm ?? '');
}

/**
 * The document phrase itself before the relative cue at i when no author is named (اطلعت على تقرير عدلي أكد أن …):
 * a nominative or genitive document noun and the words after it, [start, end); not an accusative one (بيانا، تقريرا),
 * a verb's object whose issuer is that verb's subject, nor the bare noun alone.
 */
export function documentItself(ctx: Ctx, i: number): [number, number] | null {
  const T = ctx.toks;
  let d = i - 1;
  while (d > Math.max(ctx.sentStart[i]!, i - 8) && !DOC_INDEF.test(T[d]!.norm)) d--;
  return DOC_INDEF.test(T[d]?.norm ?? '') && !/ا$/.test(T[d]!.norm) && i - d >= 2 && T.slice(d, i).every((x) => isWord(x)) ? [d, i] : null;
}

/** A person named with ل after the document, before its cue (محاضرة دينية للشيخ يحيى صوفان حث فيها …). */
export function documentAuthor(ctx: Ctx, i: number, form: CueForm, history: Source[]): Source | null {
  const T = ctx.toks;
  let d = -1;
  // (with its conjunction too: وكلمة لقائد عام المخيم …، أكد فيها …)
  for (let k = i - 1; k >= Math.max(ctx.sentStart[i]!, i - 30); k--) if (DOC_INDEF.test(T[k]!.norm) || (/^و/.test(T[k]!.norm) && DOC_INDEF.test(T[k]!.norm.slice(1)))) {
    d = k;
    break;
  }
  if (d < 0) return null;
  // the author is attached with ل (مقالا لوزير الخارجية …، محاضرة للشيخ …); a topic (حول صفقة انتقال X) is not
  let owned = false;
  for (let k = d + 1; k < i; k++) {
    if (/^(حول|عن|بشان|بخصوص|بعنوان)$/.test(T[k]!.norm)) return null;
    if (/^ل/.test(T[k]!.norm)) owned = true;
    // (a role behind ل, its holder's name untagged before the comma: وكلمة لقائد عام المخيم تكاياسو شيما، أكد فيها …)
    if (k === d + 1 && /^ل[^ل]/.test(T[k]!.norm) && ctx.lex.roleNouns.has(T[k]!.norm.slice(1))) {
      let e = k + 1;
      while (e < i && isWord(T[e]) && !ctx.entType[e] && !ctx.lex.cues.has(T[e]!.norm)) e++;
      if (e - k >= 3 && e - k <= 8 && (T[e]?.text === '،' || T[e]?.text === ',') && e + 1 === i) {
        const start = T[k]!.start + (T[k]!.text.startsWith('لـ') ? 2 : 1);
        return { name: ctx.text.slice(start, T[e - 1]!.end), entityId: null, type: 'PERS', gender: form.gender, number: 's', words: [], descriptor: '', named: false, at: k };
      }
    }
    if (ctx.entType[k] === 1 && owned) {
      const e = entityAt(ctx.entities, T[k]!.start, T[k]!.end);
      if (e && e.type === 'PERS') return { name: e.name, entityId: e.id, type: 'PERS', gender: form.gender, number: 's', words: [], descriptor: '', named: true, at: k };
    }
    // (a body issues a statement or a report, بيان للأمم المتحدة، تقرير لمنظمة الصحة, or one it heads as its genitive,
    // في بيان وزارة الداخلية الأخير …، أعلن فيه …; a letter or a speech may be addressed to it)
    if (ctx.entType[k] === 2 && (owned || !/^[لب]/.test(T[k]!.norm)) && k === d + 1 && /^(بيانا|بيان|تقريرا|تقرير|تعميما|مذكره)$/.test(T[d]!.norm)) {
      const e = entityAt(ctx.entities, T[k]!.start, T[k]!.end);
      if (e && e.type === 'ORG') return { name: e.name, entityId: e.id, type: 'ORG', gender: form.gender, number: 's', words: [], descriptor: '', named: true, at: k };
    }
  }
  return null;
}

