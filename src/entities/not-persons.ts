/**
 * PERS mentions that name no person of the report: God (حرّم الله، بالله), and a sponsor's name that names a
 * league (دوري عبداللطيف جميل للمحترفين، دوري «عبداللطيف جميل»).
 */
import type { NerMention } from '../ner/index.js';
import { fold } from '../text/normalize.js';

const GOD = new Set(['الله', 'والله', 'بالله', 'لله', 'فالله', 'تالله'].map(fold));
/** a league named after its sponsor: the word before the name (not الدوري, after which a player's name follows) */
const LEAGUE = /^[وبلف]?دوري$/;
/** a sports report (checked once, only when a league candidate is seen) */
const SPORT = /للمحترفين|المباراة|الموسم|اللاعب|المدرب|الفريق/;

export function notPersons(text: string, mentions: readonly NerMention[]): Set<NerMention> {
  const out = new Set<NerMention>();
  let sports: boolean | undefined;
  for (const m of mentions) {
    if (m.type !== 'PERS') continue;
    if (GOD.has(fold(m.text))) {
      out.add(m);
      continue;
    }
    const before = text.slice(Math.max(0, m.start - 10), m.start).replace(/[«"“\s]+$/, '').split(/\s+/).pop() ?? '';
    // (not دوري جولد, a first name: the word before is inside a person's mention)
    const at = m.start - 10 + text.slice(Math.max(0, m.start - 10), m.start).lastIndexOf(before);
    if (!LEAGUE.test(fold(before)) || mentions.some((p) => p.type === 'PERS' && p.start <= at && p.end > at)) continue;
    sports ??= SPORT.test(text);
    if (sports) out.add(m);
  }
  return out;
}
