/**
 * Generates the inflected surface forms of a cue lemma from its data entry (models/speech/cues.json):
 * 3rd-person past and present in every gender and number, object suffixes on the past (أكدها),
 * active participles (مؤكدا، مؤكدة، مؤكدين) and the attached conjunctions و/ف.
 */
import { fold } from '../text/normalize.js';

export type Gender = 'm' | 'f' | '?';
export type GNumber = 's' | 'd' | 'p' | '?';
export type FormKind = 'past' | 'pres' | 'part';

export interface CueEntry {
  lemma: string;
  stance: string;
  past: string | string[];
  pres?: string | string[];
  part?: string;
  preps?: string[];
  nominal?: boolean;
  /** the verb's fixed objects, part of the cue (لفت النظر / الانتباه إلى …), folded */
  fixedObjects?: string[];
  /** nominal objects are speech only after one of these prepositions (written as a word) */
  nominalPreps?: string[];
  strict?: boolean;
  quoteOnly?: boolean;
  source?: string;
  /** a claim only when the original source (after `source`) is written: علمت «الشرق الأوسط» من مصادر … */
  sourceRequired?: boolean;
  needs?: string;
  /** past forms with an object pronoun (أكدها) are cues: the object is the content, written before */
  objectForms?: boolean;
  /** object-suffixed forms take their complement after them (ووصفها بأنها …), not a topicalised object */
  objectAhead?: boolean;
  /** the content comes only through one of `preps` (قطع بعدم …): a bare object or complement is no speech */
  prepOnly?: boolean;
  /** the verb's own object stands before the preposition that opens the content (أرجع السبب إلى …) */
  objectPrep?: boolean;
  /** the masculine dual past (قالا، أكدا) is a cue too: for verbs whose dual is never a common noun */
  dualPast?: boolean;
  /** the participle after a comma takes a bare clause as its content (، مضيفا كلنا فخر …): unmarked direct speech */
  bareParticiple?: boolean;
  /** the bare past is also a common noun: it needs a recognisable speaker */
  nounLike?: boolean;
  /** the participle's final ي drops before the sound masculine plural (داعٍ → داعين، داعون) */
  weakPlural?: boolean;
  /** a claim only with its subject written (أظهرت دراسة أن …): with no subject the verb is no speech (أظهرت أنها مستعدة) */
  subjectRequired?: boolean;
  /** a cue only with one of these words soon after it (ومضى … بالقول، واسترسل بالقول): the verb alone means "went on" */
  via?: string[];
  /** a cue only where a via word follows (أعرب عن اعتقاده): kept out of the cue table other rules consult */
  viaOnly?: boolean;
  /** the act may also come through a fused ل on a verbal noun (دعا للتعاون، دعت لوقف …), besides `preps` */
  fusedL?: boolean;
  /** generated forms that are nouns in news, never this verb (متابعون "followers", not "going on") */
  notForms?: string[];
}

export interface CueForm {
  entry: CueEntry;
  kind: FormKind;
  gender: Gender;
  number: GNumber;
  /** the form carries an object pronoun (أكدها): the content precedes the cue */
  object: boolean;
  /** و or ف attached */
  conj: boolean;
}

type Feat = [suffix: string, gender: Gender, number: GNumber];

// the dual ending ا is left out: ردا، نقلا، طلبا are far more often nouns
const PAST_SUFFIX: Feat[] = [['', 'm', 's'], ['ت', 'f', 's'], ['وا', 'm', 'p'], ['تا', 'f', 'd'], ['ن', 'f', 'p']];
const PRES: [prefix: string, suffix: string, g: Gender, n: GNumber][] = [
  ['ي', '', 'm', 's'], ['ت', '', 'f', 's'], ['ي', 'ون', 'm', 'p'], ['ي', 'ان', 'm', 'd'], ['ت', 'ان', 'f', 'd'], ['ي', 'ن', 'f', 'p'],
];
const PART_SUFFIX: Feat[] = [['ا', 'm', 's'], ['اً', 'm', 's'], ['ة', 'f', 's'], ['ين', 'm', 'p'], ['ون', 'm', 'p'], ['تين', 'f', 'd'], ['ان', 'm', 'd']];
const OBJECT = ['ها', 'ه', 'هم'];
/** lemmas whose feminine plural participle is no noun in news */
const FEM_PLURAL = new Set(['أكد', 'أشار', 'أوضح', 'اعتبر', 'شدد', 'قال', 'نوه', 'أعرب', 'بين']);

function guessFeatures(form: string, base: string): [Gender, GNumber] {
  const f = fold(form);
  if (f === fold(base)) return ['m', 's'];
  if (/(وا|ون)$/.test(f)) return ['m', 'p'];
  if (/^ت/.test(f) || /ت$/.test(f)) return ['f', 's'];
  return ['?', '?'];
}

/** Every (folded key, form) pair of one lemma, without the attached conjunction. */
export function inflect(entry: CueEntry): [string, CueForm][] {
  const out: [string, CueForm][] = [];
  const add = (s: string, kind: FormKind, gender: Gender, number: GNumber, object = false) =>
    out.push([fold(s), { entry, kind, gender, number, object, conj: false }]);
  if (Array.isArray(entry.past)) {
    const base = entry.past[0]!;
    for (const p of entry.past) {
      const [g, n] = guessFeatures(p, base);
      add(p, 'past', g, n);
      if (g === 'm' && n === 's' && entry.objectForms) for (const o of OBJECT) add(p.replace(/[ىا]$/, 'ا') + o, 'past', g, n, true);
    }
  } else {
    for (const [suf, g, n] of PAST_SUFFIX) add(entry.past + suf, 'past', g, n);
    if (entry.dualPast) add(entry.past + 'ا', 'past', 'm', 'd');
    if (entry.objectForms) {
      for (const o of OBJECT) {
        add(entry.past + o, 'past', 'm', 's', true);
        add(entry.past + 'ت' + o, 'past', 'f', 's', true);
        add(entry.past + 'و' + o, 'past', 'm', 'p', true);
      }
    }
  }
  if (Array.isArray(entry.pres)) {
    for (const p of entry.pres) {
      const [g, n] = /ون$/.test(p) ? (['m', 'p'] as const) : p.startsWith('ت') ? (['f', 's'] as const) : (['m', 's'] as const);
      add(p, 'pres', g, n);
    }
  } else if (entry.pres) {
    for (const [pre, suf, g, n] of PRES) add(pre + entry.pres + suf, 'pres', g, n);
  }
  if (entry.part) for (const [suf, g, n] of PART_SUFFIX) add(entry.part + suf, 'part', g, n);
  // (a participle of a weak final ي drops it before the plural ending: داعٍ → داعين، داعون)
  // (only where the lexicon says so: مدعون "prosecutors" and نافين, a first name, are no participles in news)
  if (entry.part && entry.weakPlural && /ي$/.test(entry.part)) for (const suf of ['ين', 'ون']) add(entry.part.slice(0, -1) + suf, 'part', 'm', 'p');
  // (the feminine plural of the common speech participles, مؤكدات، مشيرات; others are nouns too: لافتات "signs",
  // مطالبات "demands", مقرات "seats", مضيفات "hostesses")
  if (entry.part && FEM_PLURAL.has(entry.lemma)) add(entry.part + 'ات', 'part', 'f', 'p');
  if (entry.notForms) {
    const not = new Set(entry.notForms.map(fold));
    return out.filter(([k]) => !not.has(k));
  }
  return out;
}

/** Whether a folded word is one of `preps` (written الى / على in the lexicon, folded الي / علي in text). */
export function inPreps(preps: readonly string[] | undefined, norm: string): boolean {
  return !!preps && (preps.includes(norm) || (norm === 'الي' && preps.includes('الى')) || (norm === 'علي' && preps.includes('على')));
}

/**
 * A verb whose past opens with a joining alif (اعتقد، اعتبر، استبعد) written with a hamza (أعتقد، وأعتبر) is the first
 * person present: the writer's own voice, or words inside a quotation. It reports no one.
 */
export function firstPersonForm(text: string, form: CueForm): boolean {
  if (form.kind !== 'past' || form.object) return false;
  const past = Array.isArray(form.entry.past) ? form.entry.past[0] : form.entry.past;
  return !!past && past.startsWith('ا') && /^[وف]?أ/.test(text.replace(/[\u064b-\u0652\u0640]/g, ''));
}

