/** A hand-made Document (real Arabic news sentences, spans computed from the text) for the format tests. */
import { DocumentSchema, type Claim, type QawlDocument } from '../../src/schema/records.js';

export const TEXT =
  'قال المتحدث باسم الوزارة أحمد علي إن الوفد وصل إلى جنيف.\n' +
  'ونفى وزير الخارجية السوري "أي تنسيق مع داعش, أو غيره" في دمشق.\n' +
  'وكتب أحد المعلّقين: <script>window.__pwned = 1</script> & <b>غير عريض</b>';

function span(text: string, from = 0) {
  const start = TEXT.indexOf(text, from);
  if (start < 0) throw new Error(`fixture: '${text}' not in text`);
  return { start, end: start + text.length, text };
}

const claims: Claim[] = [
  {
    id: 'c1',
    cue: { ...span('قال'), lemma: 'قال' },
    speaker: { ...span('أحمد علي'), name: 'أحمد علي', entityId: 'e1', kind: 'explicit', role: 'المتحدث باسم الوزارة', type: 'PERS' },
    content: span('الوفد وصل إلى جنيف'),
    direct: false,
    stance: 'assert',
    places: ['جنيف'],
    targets: [],
    confidence: 0.9,
  },
  {
    id: 'c2',
    cue: { ...span('نفى'), lemma: 'نفى' },
    speaker: { ...span('وزير الخارجية السوري'), name: 'وزير الخارجية السوري', entityId: null, kind: 'explicit', role: 'وزير الخارجية', type: 'PERS' },
    content: span('أي تنسيق مع داعش, أو غيره'),
    direct: true,
    stance: 'deny',
    places: [],
    targets: ['داعش'],
    confidence: 0.8,
  },
];

export function sampleDoc(id = 'sample-1'): QawlDocument {
  return DocumentSchema.parse({
    id,
    language: 'ar',
    text: TEXT,
    sentences: [
      { start: 0, end: TEXT.indexOf('\n') },
      { start: TEXT.indexOf('ونفى'), end: TEXT.lastIndexOf('\n') },
    ],
    entities: [
      { id: 'e1', type: 'PERS', name: 'أحمد علي', mentions: [span('أحمد علي')] },
      { id: 'e2', type: 'LOC', name: 'جنيف', mentions: [span('جنيف')] },
      { id: 'e3', type: 'LOC', name: 'دمشق', mentions: [span('دمشق')] },
      { id: 'e4', type: 'ORG', name: 'داعش', mentions: [span('داعش')] },
    ],
    claims,
    places: [
      { entityId: 'e2', name: 'جنيف', geonameId: 2660646, countryCode: 'CH', lat: 46.20222, lon: 6.14569, featureClass: 'city' },
      { entityId: 'e3', name: 'دمشق', geonameId: 170654, countryCode: 'SY', lat: 33.5102, lon: 36.29128, featureClass: 'city' },
    ],
    meta: { version: '0.0.0-test', ner: 'hand-made', timings: {} },
  });
}
