/** Loads the cue lexicon and the word lists of models/speech/ once, keyed by fold(). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { modelsDir } from '../models-dir.js';
import { fold } from '../text/normalize.js';
import { inflect, type CueEntry, type CueForm } from './inflect.js';

export interface AttributionPhrase {
  words: string[];
  pronoun?: boolean;
  verbSlot?: boolean;
}

export interface Lexicon {
  /** folded surface form (with or without و/ف) → its analyses */
  cues: Map<string, CueForm>;
  /** forms of lemmas that are cues only with their noun after them (أعرب عن اعتقاده): looked up by the claim pass alone */
  viaOnly: Map<string, CueForm>;
  attribution: AttributionPhrase[];
  titles: Set<string>;
  honorifics: Set<string>;
  roleNouns: Set<string>;
  orgHeads: Set<string>;
  anonHeads: Set<string>;
  plural: Set<string>;
  circumstantial: Set<string>;
  eventNouns: Set<string>;
  leadingSkip: Set<string>;
  complementizers: Set<string>;
  nonComplementBefore: Set<string>;
  /** nouns of manner that follow ب as an adverbial right after a cue (قالت له بغيظ، أعلنه بوضوح): never a speaker */
  mannerNouns: Set<string>;
  /** outlets a speaker talks to (قال الوزير لتلفزيون «بي بي سي»، صرح المدير لصحيفة …): with ل after a role, the addressee */
  mediaNouns: Set<string>;
  /** documents, data and agency short names that are a source after an attribution head (بحسب وثائق المحكمة) */
  attributionSources: Set<string>;
  /** first words of news agencies and wire services (رويترز، فرانس برس): after a fused ل, the outlet told */
  outlets: Set<string>;
  clauseStarts: Set<string>;
  objectStarters: Set<string>;
  chargeWords: Set<string>;
  notClaimCues: Set<string>;
  demonstratives: Set<string>;
  honorificPronouns: Set<string>;
  notSpeakerHeads: Set<string>;
  /** heads of a subject that is a figure of speech (التاريخ يقول، لسان الحال يقول): no one is reported */
  figureSpeakers: Set<string>;
  adjectives: Set<string>;
  firstNames: Set<string>;
  nameLinks: Set<string>;
  /** words or two-word phrases (joined by a space) opening a fronted topic: وحول …، وفيما يخص … */
  topicParticles: Set<string>;
  anonymityWords: Set<string>;
  timeHeads: Set<string>;
  timeAdjectives: Set<string>;
  documentHeads: Set<string>;
  quantifiers: Set<string>;
  /** heads of generic person descriptors that refer back to a named official (المسؤول، المسؤولة) */
  genericRoleHeads: Set<string>;
  /** verbs that introduce a person's name (ويدعى، يسمى): not cues */
  namingVerbs: Set<string>;
  /** words before a cue that negate it (ولم يعلن): a negated speech verb reports nothing */
  negations: Set<string>;
  /** objects right after a cue that make it no speech (داعيا الله أن …: a prayer) */
  notSpeechObjects: Set<string>;
  /** rules and norms after وفقا لـ/طبقا لـ (وفقا لسياسات المجموعة): conformity, not a source */
  normNouns: Set<string>;
}

let cached: Lexicon | null = null;

const set = (xs: string[] | undefined) => new Set((xs ?? []).map(fold));

/** Nouns matched with or without the article: مدير / المدير. */
function withArticle(xs: string[] | undefined): Set<string> {
  const out = new Set<string>();
  for (const x of (xs ?? []).map(fold)) {
    out.add(x);
    out.add(x.startsWith('ال') ? x.slice(2) : 'ال' + x);
  }
  return out;
}

function readJson(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(modelsDir(), 'speech', name), 'utf8')) as Record<string, unknown>;
}

/** The speech lexicon (loaded lazily on first use). */
export function lexicon(): Lexicon {
  if (cached) return cached;
  const cueData = readJson('cues.json') as { lemmas: CueEntry[] };
  const p = readJson('phrases.json') as Record<string, string[]> & { attribution: AttributionPhrase[] };
  const cues = new Map<string, CueForm>();
  const put = (k: string, f: CueForm) => {
    if (!cues.has(k)) cues.set(k, f);
  };
  // (a lemma that reports only through its noun, viaOnly: أعرب عن اعتقاده بأن, is kept apart: elsewhere it is no cue)
  const viaOnly = new Map<string, CueForm>();
  for (const entry of cueData.lemmas) {
    // (via words are matched folded: التأكيد as التاكيد)
    if (entry.via) entry.via = entry.via.map(fold);
    for (const [key, form] of inflect(entry)) {
      const into = entry.viaOnly ? (k: string, f: CueForm) => void (viaOnly.has(k) || viaOnly.set(k, f)) : put;
      into(key, form);
      for (const c of ['و', 'ف']) into(c + key, { ...form, conj: true });
    }
  }
  // (a hamza on و left out, a common misspelling: موكدا، يوكد; added after every real form, so none is shadowed)
  for (const entry of cueData.lemmas) {
    if (entry.viaOnly) continue;
    for (const [key, form] of inflect(entry)) {
      if (!key.includes('ؤ')) continue;
      const k = key.replace(/ؤ/g, 'و');
      put(k, form);
      for (const c of ['و', 'ف']) put(c + k, { ...form, conj: true });
    }
  }
  cached = {
    cues,
    viaOnly,
    attribution: p.attribution.map((a) => ({ ...a, words: a.words.map(fold) })),
    titles: set(p.titles),
    honorifics: set(p.honorifics),
    roleNouns: withArticle(p.roleNouns),
    orgHeads: withArticle(p.orgHeads),
    anonHeads: set(p.anonHeads),
    plural: set(p.plural),
    circumstantial: set(p.circumstantial),
    eventNouns: set(p.eventNouns),
    leadingSkip: set(p.leadingSkip),
    complementizers: set(p.complementizers),
    nonComplementBefore: set(p.nonComplementBefore),
    clauseStarts: set(p.clauseStarts),
    objectStarters: set(p.objectStarters),
    chargeWords: set(p.chargeWords),
    notClaimCues: set(p.notClaimCues),
    demonstratives: set(p.demonstratives),
    honorificPronouns: set(p.honorificPronouns),
    notSpeakerHeads: set(p.notSpeakerHeads),
    figureSpeakers: set(p.figureSpeakers ?? []),
    adjectives: set(p.adjectives),
    firstNames: set(p.firstNames),
    nameLinks: set(p.nameLinks),
    topicParticles: set(p.topicParticles),
    anonymityWords: set(p.anonymityWords),
    timeHeads: set(p.timeHeads),
    timeAdjectives: set(p.timeAdjectives),
    documentHeads: set(p.documentHeads),
    quantifiers: set(p.quantifiers),
    genericRoleHeads: set(p.genericRoleHeads),
    namingVerbs: set(p.namingVerbs),
    negations: set(p.negations),
    notSpeechObjects: set(p.notSpeechObjects),
    normNouns: withArticle(p.normNouns ?? []),
    mannerNouns: set(p.mannerNouns ?? []),
    mediaNouns: withArticle(p.mediaNouns ?? []),
    attributionSources: withArticle(p.attributionSources ?? []),
    outlets: set(p.outlets ?? []),
  };
  return cached;
}
