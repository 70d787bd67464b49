/**
 * A report's lede often names a speaker by role and the next sentences by name (انتقد وزير الخارجية القطري … وقال
 * الدكتور خالد العطية …). When one of the first claims has an unnamed role as its written speaker, and the next
 * written speaker is a named person with no role of its own or one with the same head noun, that person is the
 * one the role meant: the role's claims, and the unwritten ones after them, are given the name.
 */
import type { Draft } from './build.js';
import { isNationality } from './person-name.js';
import { roleMatch, type Source } from './resolve.js';
import { fold } from '../text/normalize.js';

/** The head noun of a folded descriptor, without article and proclitics. */
function head(d: string): string {
  const w = d.split(' ').find((x) => x.length >= 2) ?? '';
  return w.replace(/[^\p{L}\p{N}]/gu, '').replace(/^(وال|بال|فال|لل|ال)/, '');
}

/**
 * Words a name untagged by the tagger may be: none with a possessive pronoun (ميلاده) or shaped like an imperfect
 * verb (يتضاعف, unless a known first name: يوسف), and at most three unless one is a known first name (not a phrase
 * read as a name: ويورد جدول أعمال مبدئي وضعته).
 */
function nameShaped(words: readonly string[], firstNames: ReadonlySet<string>): boolean {
  if (!words.length) return false;
  if (words.some((w) => (/^[يت]/.test(w) && !firstNames.has(w)) || (w.length >= 5 && /(ه|ها|هم|هما)$/.test(w)))) return false;
  return words.length <= 3 || words.some((w) => firstNames.has(w));
}

export function nameLedeRoles(drafts: Draft[], firstNames: ReadonlySet<string>): void {
  for (let d = 0; d < Math.min(drafts.length, 3); d++) {
    const a = drafts[d]!;
    const src = a.source;
    if (!src || !a.speakerSpan || src.named || src.entityId || src.type !== 'PERS') continue;
    const h = head(src.descriptor || fold(src.name));
    if (!h) continue;
    for (let e = d + 1; e < drafts.length && e <= d + 4; e++) {
      const b = drafts[e]!;
      const s = b.source;
      if (!b.speakerSpan || !s) continue;
      // (not a person of the other sex: ويقول مواطن عدني … بدورها، تقول أم محمود)
      const sexes = src.gender !== '?' && s.gender !== '?' && src.gender !== s.gender;
      if (s.named && s.type === 'PERS' && (!!s.entityId || nameShaped(fold(s.name).split(/\s+/), firstNames)) && (!s.descriptor || head(s.descriptor) === h || nationalityOnly(s.descriptor)) && !sexes) {
        for (let k = d; k < e; k++) {
          const x = drafts[k]!;
          if (x.source && x.source.name === src.name && !x.source.named) x.source = { ...x.source, name: s.name, entityId: s.entityId, named: true };
        }
        laterSameRole(drafts, e + 1, h, src.descriptor || fold(src.name), s);
      }
      break;
    }
  }
}

/** A descriptor that is only a nationality (وقال الباراغوياني خوان انخل نابوت): no role of its own. */
function nationalityOnly(d: string): boolean {
  const w = d.split(' ').filter((x) => x.length >= 2);
  // (a long foreign nisba the lexicon lacks counts too: الباراغوياني; not الدولي، الاقتصادي, which are roles' adjectives)
  return w.length > 0 && w.length <= 2 && w.every((x) => /^(و)?ال/.test(x) && (isNationality(x.replace(/^و?ال/, '')) || (/^ال.{7,}(اني|وي|ي)$/.test(x) && !/^ال(اقتصادي|اجتماعي|استراتيجي|تنفيذي|اعلامي|اقليمي|ميداني|تعليمي|قانوني|سياسي|عسكري|رياضي)/.test(x))));
}

/** A definite role: with the article, or in construct with a definite word (وزير الخارجية); not متحدثة، مسؤول. */
function definiteRole(d: string): boolean {
  const w = d.split(' ').filter((x) => x.length >= 2);
  return /^(و|ف)?ال/.test(w[0] ?? '') || (w.length >= 2 && /^ال/.test(w[1]!));
}

/**
 * Later claims whose written speaker is the same role unnamed (الوزير القطري ← وزير الخارجية
 * القطري = خالد العطية), and the unwritten ones after each, take the name too: a definite role whose words all
 * meet the lede's (not الوزير الإيراني, متحدثة); another named holder of the role stops it.
 */
function laterSameRole(drafts: Draft[], from: number, h: string, lede: string, person: Source): void {
  // (only a person the tagger found or a two-word name: a name read off a stray word, فورا، is carried nowhere)
  if (!person.entityId && person.words.length !== 2) return;
  let carry: string | null = null;
  for (let k = from; k < drafts.length; k++) {
    const x = drafts[k]!;
    const s = x.source;
    if (!s) continue;
    if (x.speakerSpan) {
      carry = null;
      if (s.named || s.entityId || s.type !== 'PERS') {
        if (s.named && s.type === 'PERS' && s.name !== person.name && s.descriptor && head(s.descriptor) === h) return;
        continue;
      }
      const d = s.descriptor || fold(s.name);
      if (head(d) !== h || !definiteRole(d) || !roleMatch(d, lede)) continue;
      carry = s.name;
    } else if (carry === null || s.name !== carry) continue;
    x.source = { ...s, name: person.name, entityId: person.entityId, named: true };
  }
}
