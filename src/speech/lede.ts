/**
 * A report's lede often names a speaker by role and the next sentences by name (انتقد وزير الخارجية القطري … وقال
 * الدكتور خالد العطية …). When one of the first claims has an unnamed role as its written speaker, and the next
 * written speaker is a named person with no role of its own or one with the same head noun, that person is the
 * one the role meant: the role's claims, and the unwritten ones after them, are given the name.
 */
import type { Draft } from './build.js';
import { fold } from '../text/normalize.js';

/** The head noun of a folded descriptor, without article and proclitics. */
function head(d: string): string {
  const w = d.split(' ').find((x) => x.length >= 2) ?? '';
  return w.replace(/[^\p{L}\p{N}]/gu, '').replace(/^(وال|بال|فال|لل|ال)/, '');
}

export function nameLedeRoles(drafts: Draft[]): void {
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
      if (s.named && s.type === 'PERS' && (!s.descriptor || head(s.descriptor) === h) && !sexes) {
        for (let k = d; k < e; k++) {
          const x = drafts[k]!;
          if (x.source && x.source.name === src.name && !x.source.named) x.source = { ...x.source, name: s.name, entityId: s.entityId, named: true };
        }
      }
      break;
    }
  }
}
