/**
 * A report's dateline names its place: "خلود غنام- سبق- الرياض:" or "الرياض - واس:" at the start of a
 * paragraph. The place there is a place of the document even where the tagger read the word as an organisation
 * (الرياض is also a newspaper).
 */
import type { NerMention } from '../ner/index.js';
import { placeCandidates } from './places.js';

// [reporter] - outlet - PLACE :   or   PLACE - outlet :   within the first 80 characters of a paragraph
const AFTER_OUTLET = /^[^\n:]{0,60}?[-–]\s?[^\s:\-–]{2,20}\s?[-–]\s?([^\s:\-–\d]{2,20})\s?:/d;
const BEFORE_OUTLET = /^([^\s:\-–\d]{2,20})\s?[-–]\s?[^\s:\-–]{2,20}\s?:/d;

export function datelinePlaces(text: string, mentions: readonly NerMention[]): { add: NerMention[]; drop: Set<NerMention> } {
  const add: NerMention[] = [];
  const drop = new Set<NerMention>();
  for (let start = 0; start < text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const head = text.slice(start, Math.min(end, start + 80));
    const m = AFTER_OUTLET.exec(head) ?? BEFORE_OUTLET.exec(head);
    if (m) {
      const s = start + m.indices![1]![0];
      const e = start + m.indices![1]![1];
      if (placeCandidates(m[1]!).length > 0) {
        const same = mentions.filter((x) => x.start === s && x.end === e);
        if (!same.some((x) => x.type === 'LOC') && !mentions.some((x) => x.start < e && s < x.end && !(x.start === s && x.end === e))) {
          for (const x of same) drop.add(x);
          add.push({ start: s, end: e, text: m[1]!, type: 'LOC' });
        }
      }
    }
    start = end + 1;
  }
  return { add, drop };
}
