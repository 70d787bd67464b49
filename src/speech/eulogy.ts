/**
 * Religious formulas written after a name: صلى الله عليه وسلم (and ﷺ), عليه السلام, عليه الصلاة والسلام, رضي الله
 * عنه, رحمه الله, حفظه الله, and تعالى, عز وجل, سبحانه وتعالى after الله. They belong to the name before them and are
 * never part of a speaker phrase: the الله inside them speaks nothing (رسول الله صلى الله عليه وسلم is the Prophet).
 */
import type { Ctx } from './context.js';

const PRONOUN = '(ه|ها|هما|هم)';
/** token patterns (folded), longest first */
const FORMULAS: RegExp[][] = [
  // (with his family too: صلى الله عليه وآله وسلم، صلى الله عليه وعلى آله وسلم)
  [/^صل(ي|ى)$/, /^الله$/, /^عليه$/, /^وعلي$/, /^اله$/, /^وصحبه$/, /^وسلم$/],
  [/^صل(ي|ى)$/, /^الله$/, /^عليه$/, /^وعلي$/, /^اله$/, /^وسلم$/],
  [/^صل(ي|ى)$/, /^الله$/, /^عليه$/, /^واله$/, /^وصحبه$/, /^وسلم$/],
  [/^صل(ي|ى)$/, /^الله$/, /^عليه$/, /^واله$/, /^وسلم$/],
  [/^صل(ي|ى)$/, /^الله$/, /^عليه$/, /^وسلم$/],
  [/^عليه$/, /^الصلاه$/, /^والسلام$/],
  [/^عليه(ما|م)?$/, /^السلام$/],
  [/^رضي$/, /^الله$/, new RegExp(`^عن${PRONOUN}$`)],
  [new RegExp(`^رحم${PRONOUN}$`), /^الله$/],
  [new RegExp(`^(ي|ت)?حفظ${PRONOUN}$`), /^الله$/],
  [/^طيب$/, /^الله$/, new RegExp(`^ثرا${PRONOUN}$`)],
  [/^قدس$/, /^الله$/, new RegExp(`^(روح|سر)${PRONOUN}$`)],
  [/^غفر$/, /^الله$/, new RegExp(`^ل${PRONOUN}$`)],
  [/^عز$/, /^وجل$/],
  [/^جل$/, /^جلاله$/],
  [/^سبحانه$/, /^وتعال(ي|ى)$/],
  [/^تعال(ي|ى)$/],
];

/** the first words of the formulas, folded */
const FIRST = /^(صل(ي|ى)|عليه(ما|م)?|رضي|رحم(ه|ها|هما|هم)|(ي|ت)?حفظ(ه|ها|هما|هم)|طيب|قدس|غفر|عز|جل|سبحانه|تعال(ي|ى))$/;

/** The index after the formula that starts at token k, or -1. (Dashes around it, ــ رضي الله عنه ــ, are the caller's.) */
export function eulogyEnd(ctx: Ctx, k: number): number {
  const T = ctx.toks;
  const t = T[k];
  if (!t) return -1;
  if (t.text === '\uFDFA' || t.text === '\uFDFB') return k + 1;
  // (one test on the first word before the patterns: this runs for every word of every speaker phrase)
  if (!FIRST.test(t.norm)) return -1;
  for (const f of FORMULAS) {
    let ok = true;
    for (let j = 0; j < f.length && ok; j++) ok = !!T[k + j] && f[j]!.test(T[k + j]!.norm);
    if (ok) return k + f.length;
  }
  return -1;
}

/** The formula at k praises God (تعالى، سبحانه وتعالى، عز وجل، جل جلاله): written for الله, which it stands for. */
export function praisesGod(ctx: Ctx, k: number): boolean {
  const n = ctx.toks[k]?.norm ?? '';
  return eulogyEnd(ctx, k) > 0 && /^(تعالي|تعالى|سبحانه|عز|جل)$/.test(n);
}

/** The formula at k is said of the Prophet only (صلى الله عليه وسلم، ﷺ، عليه الصلاة والسلام). */
export function praisesProphet(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  if (!t || eulogyEnd(ctx, k) < 0) return false;
  return t.text === '\uFDFA' || /^صل(ي|ى)$/.test(t.norm) || (t.norm === 'عليه' && ctx.toks[k + 1]?.norm === 'الصلاه');
}

/** The first token in [a, b) that opens a formula, or -1. */
export function eulogyIn(ctx: Ctx, a: number, b: number): number {
  for (let k = a + 1; k < b; k++) if (eulogyEnd(ctx, k) > 0) return k;
  return -1;
}
