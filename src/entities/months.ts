/**
 * Levantine month names read as names (نيسان the car maker, تموز the god, آب "father"): a mention that is only
 * such a month, written with a date around it (10 نيسان، في نيسان (أبريل)، أبريل (نيسان)، شهر تموز، أيلول 2015), is a
 * date.
 * Linear in the mentions (one token look-around each).
 */
import type { NerMention } from '../ner/index.js';
import { fold } from '../text/normalize.js';
import type { Token } from '../text/tokenize.js';

const MONTHS = new Set(['كانون', 'شباط', 'اذار', 'نيسان', 'ايار', 'حزيران', 'تموز', 'اب', 'ايلول', 'تشرين'].map(fold));
const GREGORIAN = new Set(
  ['يناير', 'فبراير', 'مارس', 'أبريل', 'إبريل', 'ابريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'اغسطس', 'سبتمبر', 'أكتوبر', 'اكتوبر', 'نوفمبر', 'ديسمبر', 'الأول', 'الثاني'].map(fold),
);

/** A month name of either calendar (folded): مايو، أيار، نيسان … (not the ordinals الأول / الثاني). */
export function isMonthWord(norm: string): boolean {
  return (MONTHS.has(norm) || GREGORIAN.has(norm)) && norm !== 'الاول' && norm !== 'الثاني';
}

export function monthMentions(tokens: Token[], mentions: readonly NerMention[]): Set<NerMention> {
  const out = new Set<NerMention>();
  let at: Map<number, number> | null = null;
  for (const m of mentions) {
    // (month names are short: 2–6 letters, with a proclitic 7)
    if (m.end - m.start > 8 || m.end - m.start < 2) continue;
    const f = fold(m.text).replace(/^[وفبل]/, '');
    if (!MONTHS.has(f) && !MONTHS.has(fold(m.text))) continue;
    at ??= new Map(tokens.map((t, i) => [t.end, i]));
    const i = at.get(m.end);
    if (i === undefined) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const after = next?.text === '(' ? tokens[i + 2] : next;
    const before = prev?.text === '(' ? tokens[i - 2] : prev;
    const gregorian = (t: Token | undefined) => !!t && (GREGORIAN.has(t.norm) || GREGORIAN.has(t.norm.replace(/^ال/, '')));
    const dated =
      (prev && (prev.kind === 'number' || /^(شهر|الشهر)$/.test(prev.norm))) ||
      (gregorian(before) && before!.norm !== 'الاول' && before!.norm !== 'الثاني') ||
      (after && (after.kind === 'number' || gregorian(after)));
    if (dated) out.add(m);
  }
  return out;
}
