/**
 * People the claim rules name but the tagger missed: a speaker written as a person's name (المتحدث باسم حرس
 * المنشآت النفطية، علي الحاسي، …; مدير مستشفى العيص عبيد مسلم) becomes a PERS entity, with
 * every speaker mention that resolved to the same name (a later عماش for عيد عماش), and those claims point to it.
 */
import type { Claim, Entity } from '../schema/records.js';
import { fold } from '../text/normalize.js';
import { knownFirstName } from '../speech/person-name.js';
import { lexicon } from '../speech/lexicon.js';

const words = (s: string) => s.trim().split(/\s+/).filter(Boolean);

/** A person's name written at the claim: two to five words, no digits or Latin letters, not inside its role. */
function namedSpeaker(c: Claim): boolean {
  const s = c.speaker;
  if (!s || s.kind !== 'explicit' || s.type !== 'PERS' || s.entityId || !s.role || !s.text || s.start === null || s.end === null) return false;
  const w = words(s.name);
  if (w.length < 2 || w.length > 5 || /[0-9A-Za-z\u0660-\u0669]/.test(s.name)) return false;
  // it opens with a first name (a known one, or a word of the first names' cluster), or a title does
  const first = fold(w[0]!).replace(/^و/, '');
  if (!knownFirstName(first) && !knownFirstName(fold(w[0]!)) && !lexicon().firstNames.has(first)) return false;
  // the name was written here (not a role resolved to a name elsewhere) and is not part of its role
  return fold(s.text) === fold(s.name) && !(s.role && fold(s.role).includes(fold(s.name)));
}

/**
 * Returns the entities with the speakers' people added, and the claims pointing to them (inputs are not changed).
 * `named[i]`: the claim rules found claim i's speaker as a person's name (not a role or a descriptor).
 */
export function speakerEntities(entities: Entity[], claims: Claim[], named: readonly boolean[]): { entities: Entity[]; claims: Claim[] } {
  const byName = new Map<string, Entity>();
  const out = [...entities];
  let next = entities.length + 1;
  while (out.some((e) => e.id === `e${next}`)) next++;
  claims.forEach((c, i) => {
    if (!named[i] || !namedSpeaker(c)) return;
    const key = fold(c.speaker!.name);
    // a person the tagger did find under this name (as a mention of another entity) is left alone
    if (entities.some((e) => e.type === 'PERS' && fold(e.name) === key)) return;
    if (!byName.has(key)) {
      const e: Entity = { id: `e${next++}`, type: 'PERS', name: c.speaker!.name, mentions: [] };
      byName.set(key, e);
      out.push(e);
    }
  });
  if (!byName.size) return { entities, claims };
  const linked = claims.map((c) => {
    const s = c.speaker;
    if (!s || s.entityId || s.type !== 'PERS') return c;
    const e = byName.get(fold(s.name));
    if (!e) return c;
    if (s.text && s.start !== null && s.end !== null && !e.mentions.some((m) => m.start === s.start)) {
      e.mentions.push({ start: s.start, end: s.end, text: s.text, type: 'PERS' });
    }
    return { ...c, speaker: { ...s, entityId: e.id } };
  });
  for (const e of byName.values()) e.mentions.sort((a, b) => a.start - b.start);
  return { entities: out, claims: linked };
}
