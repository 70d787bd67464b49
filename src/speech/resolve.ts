/**
 * Who the speaker is: canonical names through the document's entity clusters, earlier fuller mentions
 * (حسّون → فاتح حسون, وزير الخارجية الإيراني → محمد جواد ظريف), and implicit speakers (pro-drop and participle
 * continuations) resolved to the nearest earlier speaker agreeing with the cue in gender and number.
 */
import { eulogyEnd, praisesGod } from './eulogy.js';
import { countryOf } from '../entities/country.js';
import type { Entity } from '../schema/records.js';
import { fold } from '../text/normalize.js';
import { isQuote, isWord, type Ctx } from './context.js';
import type { Gender, GNumber } from './inflect.js';
import { nameLike, type NP } from './speaker.js';
import { AFFILIATED, KIN } from './np-names.js';
import { neverSpeaker, OCCASION_ALONE, PARTICLE_START, PREP_WITH_PRONOUN, SITE_ALONE } from './np-words.js';
import { firstNameAt, isNationality, knownFirstName, nameAfterRole, personNameAt } from './person-name.js';

export interface Source {
  name: string;
  entityId: string | null;
  type?: 'PERS' | 'ORG' | 'GPE' | 'ANON';
  gender: Gender;
  number: GNumber;
  /** folded name words, for alias look-ups */
  words: string[];
  /** folded descriptor (the role, or the whole phrase when unnamed) */
  descriptor: string;
  named: boolean;
  /** token index where this source was mentioned */
  at: number;
  /** mentioned in a phrase that made no claim: a later definite mention (المصدر) may name it, a pro-drop cue not */
  aliasOnly?: boolean;
}

const strip = (w: string) => w.replace(/^(وال|بال|لل|فال|ال|و)/, '');

function words(ctx: Ctx, a: number, b: number): string[] {
  const out: string[] = [];
  for (let k = a; k < b; k++) {
    const t = ctx.toks[k]!;
    if (isWord(t) && !ctx.lex.titles.has(t.norm) && !ctx.lex.honorifics.has(t.norm)) out.push(strip(t.norm));
  }
  return out;
}

function text(ctx: Ctx, a: number, b: number): string {
  return a < b ? ctx.text.slice(ctx.toks[a]!.start, ctx.toks[b - 1]!.end) : '';
}

/** Mentions of all entities sorted by start, for binary search (built once per document and entity list). */
interface MentionIndex {
  starts: Int32Array;
  ends: Int32Array;
  owner: Entity[];
  /** longest mention, bounding how far left an overlapping mention can start */
  maxLen: number;
}

const indexes = new WeakMap<Entity[], MentionIndex>();

function mentionIndex(entities: Entity[]): MentionIndex {
  let ix = indexes.get(entities);
  if (ix) return ix;
  const all: [number, number, Entity][] = [];
  for (const e of entities) for (const m of e.mentions) all.push([m.start, m.end, e]);
  all.sort((a, b) => a[0] - b[0]);
  ix = { starts: Int32Array.from(all.map((x) => x[0])), ends: Int32Array.from(all.map((x) => x[1])), owner: all.map((x) => x[2]), maxLen: all.reduce((m, x) => Math.max(m, x[1] - x[0]), 0) };
  indexes.set(entities, ix);
  return ix;
}

/** First index whose start is ≥ pos. */
function lowerBound(a: Int32Array, pos: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Calls f for every mention with start in [from, to). */
function mentionsFrom(entities: Entity[], from: number, to: number, f: (start: number, end: number, e: Entity) => void): void {
  const ix = mentionIndex(entities);
  for (let k = lowerBound(ix.starts, from); k < ix.starts.length && ix.starts[k]! < to; k++) f(ix.starts[k]!, ix.ends[k]!, ix.owner[k]!);
}

/** An entity's mentions by start, ascending, with their ends (sorted once per entity; an entity may have thousands). */
const MENTION_SPANS = new WeakMap<Entity, { starts: Int32Array; ends: Int32Array }>();
function mentionSpans(e: Entity): { starts: Int32Array; ends: Int32Array } {
  let x = MENTION_SPANS.get(e);
  if (!x) {
    const ms = [...e.mentions].sort((p, q) => p.start - q.start);
    x = { starts: Int32Array.from(ms, (m) => m.start), ends: Int32Array.from(ms, (m) => m.end) };
    MENTION_SPANS.set(e, x);
  }
  return x;
}

/** Whether one of the entity's mentions starts in [from, to). */
function mentionStartsIn(e: Entity, from: number, to: number): boolean {
  const { starts } = mentionSpans(e);
  const k = lowerBound(starts, from);
  return k < starts.length && starts[k]! < to;
}

/** Whether one of the entity's mentions covers [start, end) (one entity's mentions do not nest: the last few before suffice). */
function mentionCovers(e: Entity, start: number, end: number): boolean {
  const { starts, ends } = mentionSpans(e);
  for (let k = lowerBound(starts, start + 1) - 1, n = 0; k >= 0 && n < 4; k--, n++) if (ends[k]! >= end) return true;
  return false;
}

/** Whether a mention starts exactly at `pos` (a name written with its own initial ب: باكستان، بغداد). */
export function mentionStartsAt(entities: Entity[], pos: number): boolean {
  if (!entities.length) return false;
  const ix = mentionIndex(entities);
  const k = lowerBound(ix.starts, pos);
  return k < ix.starts.length && ix.starts[k] === pos;
}

/** The entity whose mention overlaps [start, end), persons first. */
export function entityAt(entities: Entity[], start: number, end: number): Entity | null {
  if (!entities.length) return null;
  let best: Entity | null = null;
  mentionsFrom(entities, start - mentionIndex(entities).maxLen, end, (s, e, ent) => {
    if (s < end && e > start && (!best || (ent.type === 'PERS' && best.type !== 'PERS'))) best = ent;
  });
  return best;
}

/** The nearest person mentioned before `pos` (within 2000 code units). */
export function personBefore(entities: Entity[], pos: number): Entity | null {
  let best: Entity | null = null;
  mentionsFrom(entities, pos - 2000, pos, (_s, e, ent) => {
    if (ent.type === 'PERS' && e <= pos) best = ent;
  });
  return best;
}

const headOf = (w: string) => w.replace(/^(وال|بال|لل|ال|[وبل])/, '');

/** The folded word written right before offset s, past an opening quote (شركة "رويال داتش شل"). */
function wordBefore(text: string, s: number): string {
  const m = /([^\s«"“(]+)[\s«"“(]*$/.exec(text.slice(Math.max(0, s - 24), s));
  return m ? fold(m[1]!) : '';
}

/** The organisation last mentioned before `pos` as "<head> …" (شركة الصحراء for الشركة) or right after that head
 * (شركة "رويال داتش شل"), within 4000 code units. */
export function orgWithHead(ctx: Ctx, bare: string, pos: number): Entity | null {
  let best: Entity | null = null;
  mentionsFrom(ctx.entities, pos - 4000, pos, (s, e, ent) => {
    // (a head may begin with و itself: وكالة، وزارة)
    const before = wordBefore(ctx.text, s);
    const [first, second] = fold(ctx.text.slice(s, e)).split(' ');
    // (not a stray mention whose head runs into a preposition: كوميرتس بنك على تأثير البيانات …)
    const stray = !!second && /^(علي|على|في|من|بعد|قبل|الي|عن|مع)$/.test(second);
    if (ent.type === 'ORG' && e <= pos && !stray && (headOf(first!) === bare || first!.replace(/^ال/, '') === bare || headOf(before) === bare || before === bare)) best = ent;
  });
  return best;
}

/**
 * The body that issued the document last named before token k by its bare head (تقرير، دراسة، بيان): a tagged
 * body right after that noun (تقرير البنك الوطني، تقرير صادر عن وزارة العدل، دراسة أجرتها جامعة …) or the subject of
 * the publishing verb before it (أصدرت شركة المركز المالي الكويتي تقريرا). Within 300 tokens; null when none.
 */
function documentIssuer(ctx: Ctx, bare: string, k: number): Entity | null {
  const T = ctx.toks;
  const base = bare.replace(/ه$/, '');
  const docRe = new RegExp(`^[وبل]?(ال|لل)?${base}(ه|ا|ات|ها)?$`);
  const isDoc = (n: string) => docRe.test(n) || (bare === 'تقارير' && /^[وبل]?(ال)?تقرير$/.test(n));
  const org = (j: number) => {
    if (ctx.entType[j] !== 2) return null;
    const e = entityAt(ctx.entities, T[j]!.start, T[Math.max(j, ctx.entEnd[j]! - 1)]!.end);
    return e && e.type === 'ORG' ? e : null;
  };
  // (the mention itself first: الأرقام التي نشرتها وزارة الاقتصاد)
  for (let j = k; j >= Math.max(0, k - 300); j--) {
    if (!isWord(T[j]) || !isDoc(T[j]!.norm)) continue;
    const s0 = ctx.sentStart[j]!;
    // after it, past صادر عن / أعدته / أجرتها / ل / التي نشرتها
    for (let m = j + 1; m < Math.min(T.length, j + 6); m++) {
      const e = org(m);
      if (e) return e;
      if (!isWord(T[m]) || !/^(الصادر|صادر|صادره|الصادره|عن|من|اعدته|اعدها|اجرته|اجرتها|نشرته|نشرتها|اصدرته|اصدرتها|ل|الاخير|الاخيره|الجديد|الجديده|السنوي|الشهري|الاسبوعي|التي|الذي|اعدتها|اعده|نشرها|نشره|اصدرها|اصدره|اجراها|اجراه)$/.test(T[m]!.norm)) break;
    }
    // before it: the subject of its publishing verb in the same sentence
    for (let m = j - 1; m >= Math.max(s0, j - 10); m--) {
      if (!isWord(T[m])) break;
      if (/^[وف]?(اصدر|اصدرت|نشر|نشرت|اعد|اعدت|اجري|اجرت|اطلق|اطلقت|قدم|قدمت)$/.test(T[m]!.norm)) {
        for (let q = m + 1; q < j; q++) {
          const e = org(q);
          if (e) return e;
        }
        break;
      }
    }
    // (the mention itself names no issuer: its nearest earlier mention may)
    if (j !== k) return null;
  }
  return null;
}

/**
 * The body last written before token k as its bare head and definite genitives (وزارة الشؤون البلدية والقروية,
 * also behind و/ب/ل), within 400 tokens; null when none.
 */
function bodyWritten(ctx: Ctx, bare: string, k: number): string | null {
  const T = ctx.toks;
  const L = ctx.lex;
  const defBare = 'ال' + bare;
  for (let j = k - 1; j >= Math.max(0, k - 400); j--) {
    const n = T[j]!.norm;
    // (… or with its article and adjectives, as a subject: أدانت الأمانة العامة لهيئة كبار العلماء … وأكدت الأمانة)
    // (… or any word before it, a masculine verb too: أطلق المكتب المركزي التايواني للأرصاد الجوية … ويقول المكتب; not in
    // the genitive of an outlet or a document after anything but a feminine verb: موقع التسريبات الشهير)
    const p = T[j - 1];
    const defHead = n === defBare && j > 0 && isWord(p) && (/^[وف]?.{2,}ت$/.test(p!.norm) || !(L.mediaNouns.has(p!.norm) || L.documentHeads.has(p!.norm)));
    if (n !== bare && !(n.length === bare.length + 1 && /^[وبل]/.test(n) && n.slice(1) === bare) && !defHead) continue;
    let e = j + 1;
    // (not its affiliation: مرصد الفتاوى التكفيرية … التابع لدار الإفتاء)
    // (only adjectives of its kind and a ل-genitive with its own definite word: المكتب المركزي التايواني للأرصاد الجوية,
    // not قاطعت المعارضة الانتخابات، السلطات الأمنية للإفراج عن)
    const fits = (m: number) => !defHead || /^و?ال.{2,}(ي|يه)$/.test(T[m]!.norm) || L.adjectives.has(T[m]!.norm) || (/^لل/.test(T[m]!.norm) && /^ال/.test(T[m + 1]?.norm ?? '') && m + 1 < k);
    while (e < k && e - j <= 6 && isWord(T[e]) && /^(و?ال|لل)/.test(T[e]!.norm) && !ctx.entType[e] && !/^ال(تابع|تابعه|معني|معنيه|مختص|مختصه|مكلف|مكلفه|مسوول|مسووله|مسؤول|مسؤوله)$/.test(T[e]!.norm) && fits(e)) e++;
    // (… and its ل-genitive, a construct and its definite words: لهيئة كبار العلماء)
    if (defHead && e > j + 1 && e < k && isWord(T[e]) && /^ل[^ل]../.test(T[e]!.norm) && !ctx.entType[e]) {
      let f = e + 1;
      if (f < k && isWord(T[f]) && !/^ال/.test(T[f]!.norm) && /^ال/.test(T[f + 1]?.norm ?? '') && !ctx.entType[f]) f++;
      while (f < k && f - e <= 3 && isWord(T[f]) && /^ال/.test(T[f]!.norm) && !ctx.entType[f] && !ctx.lex.roleNouns.has(T[f]!.norm)) f++;
      if (f > e + 1) e = f;
    }
    if (defHead && e === j + 1) continue;
    // (nor a person's body named by the person's title alone: حكومة الرئيس; a document only with its body, بيانات
    // الإدارة, not with its topic, دراسة الوضع الراهن)
    if ((DOCUMENT_HEAD.test(bare) || ctx.lex.documentHeads.has('ال' + bare)) && !ctx.lex.orgHeads.has(T[j + 1]?.norm ?? '')) continue;
    if (e - j < 2 || T.slice(j + 1, e).some((t) => ctx.lex.titles.has(t.norm) || ctx.lex.roleNouns.has(t.norm))) continue;
    const raw = ctx.text.slice(T[j]!.start, T[e - 1]!.end);
    return n === bare || defHead ? raw : raw.slice(1);
  }
  return null;
}

/** bare heads of bodies and places named after a person (مركز كارتر، مؤسسة بيل غيتس، مستشفى الملك فهد، مطار الملك عبدالعزيز), folded */
const NAMED_AFTER = /^(مركز|مؤسسه|جامعه|مستشفي|مكتبه|جمعيه|صندوق|معهد|كليه|مدرسه|شركه|مجموعه|موقع|دار|متحف|مجمع|مدينه|مطار|ميناء|قاعده|جائزه|برنامج|كرسي|ملعب|استاد|جسر|شارع|طريق|قصر|مسجد|جامع)$/;

/** heads of bodies a person leads (حكومة الثني، القوات الموالية لهادي، إدارة أوباما، نظام الأسد), folded */
const LED_BODY = /^(ال)?(حكومه|قوات|ميليشيات|مليشيات|اداره|مكتب|حمله|نظام)$/;

/** documents that a body issues (تقرير مؤسسة النقد، بيان إدارة الأغذية): the body, not the document, is named */
const DOCUMENT_HEAD = /^(ال)?(تقرير|بيان|دراسه|رساله|بلاغ|تقديرات|احصاءات|احصائيه|بيانات|نشره|مذكره|وثيقه|تعميم|مسح|استطلاع|استبيان)$/;

/** The entity's mention inside [a, b) opens with a ل-genitive (لسوق عكاظ، لحرس الحدود، للأمم المتحدة). */
function genitiveL(ctx: Ctx, ent: Entity, a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) {
    const t = ctx.toks[k]!;
    if (!mentionCovers(ent, t.start, t.end)) continue;
    return /^ل/.test(t.norm) || /^ل[^ل]/.test(ctx.toks[k - 1]!.norm);
  }
  return false;
}

/** The word at k heads a body (حكومة، القوات، فريق، اللجنة), not a person's role (رئيس، وزير، المتحدث). */
function bodyHead(ctx: Ctx, k: number): boolean {
  const n = ctx.toks[k]!.norm;
  return ctx.lex.orgHeads.has(n) && !ctx.lex.roleNouns.has(n) && !ctx.lex.titles.has(n) && !ctx.lex.anonHeads.has(n);
}

/** A body's head opens the role and a led body follows inside it (فريق حملة، أنصار حكومة): the team of the campaign. */
function ledInside(ctx: Ctx, a: number, b: number): boolean {
  // (فريق without the article: الفريق is also a general's rank)
  if (ctx.toks[a]!.norm !== 'فريق' && !bodyHead(ctx, a)) return false;
  for (let k = a + 1; k < b; k++) if (LED_BODY.test(ctx.toks[k]!.norm.replace(/^لل?/, ''))) return true;
  return false;
}

/** Builds the source record of an explicit speaker phrase. */
export function sourceOf(ctx: Ctx, np: NP, gender: Gender, number: GNumber, history: Source[]): Source {
  // "the woman", "the young man" with an adjective or two (وأضافت المرأة السبعينية، وتابع الشاب العشريني): the person of
  // that sex quoted last nearby, by name
  if (!np.named && np.b - np.a <= 3 && PERSON_NOUN.test(ctx.toks[np.a]!.norm) && !ctx.entType[np.a]) {
    const fem = /(ه|ة)$/.test(ctx.toks[np.a]!.norm) || ctx.toks[np.a]!.norm === 'المراه';
    for (let k = history.length - 1; k >= 0 && k >= history.length - 20; k--) {
      const h = history[k]!;
      if (h.at < np.a - 150) break;
      if (h.type === 'PERS' && h.named && !!h.entityId && h.number !== 'p' && (h.gender === '?' || (h.gender === 'f') === fem)) return { ...h, at: np.a };
    }
  }
  // "the same source" (بحسب المصدر نفسه، وأضافت المصادر ذاتها) is the last source quoted with that noun (مصدر قريب
  // من الاتحاد، مسؤول في الإدارة المحلية … المسؤول نفسه)
  if (np.b - np.a === 2 && history.length && SAME.test(ctx.toks[np.a + 1]!.norm) && /^(ال|وال|لل)/.test(ctx.toks[np.a]!.norm)) {
    const stem = fold(ctx.toks[np.a]!.norm.replace(/^(وال|لل|ال)/, '')).replace(/(ه|ات)$/, '');
    for (let k = history.length - 1; k >= 0 && k >= history.length - 200 && stem.length >= 3; k--) {
      const h = history[k]!;
      // (a source is any unnamed one: مسؤول تركي … بحسب المصدر نفسه)
      if (fold(h.name).includes(stem) || fold(h.descriptor).includes(stem) || (stem === 'مصدر' && h.type === 'ANON' && h.number !== 'p')) return { ...h, at: np.a };
    }
  }
  // a body named after a person, its bare head right before the name (مركز كارتر، مؤسسة بيل غيتس), or a body a person
  // leads (حكومة الثني، القوات التابعة لحكومة الثني، فريق حملة دونالد ترامب): the body speaks
  let nm = np.roleB;
  while (np.roleA >= 0 && nm >= 0 && nm < np.nameA && ctx.lex.titles.has(ctx.toks[nm]!.norm)) nm++;
  const spokesman = np.roleA > 0 && (ctx.toks[np.roleA - 1]!.norm === 'باسم' || ctx.lex.roleNouns.has(ctx.toks[np.roleA - 1]!.norm));
  // (a short role of a few words and no preposition, and a tagged person's name of at most four)
  const shortLed = np.roleB - np.roleA <= 4 && np.nameB - np.nameA <= 4 && ctx.entType[np.nameA] === 1 && !ctx.toks.slice(np.roleA, np.roleB).some((t) => /^(في|من|علي|على|عن|مع|الي)$/.test(t.norm));
  if (np.named && np.roleA >= 0 && nm === np.nameA && !spokesman && ((np.roleB - np.roleA === 1 && NAMED_AFTER.test(ctx.toks[np.roleA]!.norm)) || ((LED_BODY.test(ctx.toks[np.roleA]!.norm) || ledInside(ctx, np.roleA, np.roleB)) && shortLed))) {
    const nb = ctx.entType[np.nameA] === 1 && ctx.entEnd[np.nameA]! > np.nameA && ctx.entEnd[np.nameA]! < np.nameB ? ctx.entEnd[np.nameA]! : np.nameB;
    const name = text(ctx, np.roleA, nb);
    const ent = entityAt(ctx.entities, ctx.toks[np.roleA]!.start, ctx.toks[nb - 1]!.end);
    const own = ent && ent.type === 'ORG' && ent.mentions.some((m) => m.start <= ctx.toks[np.roleA]!.start) ? ent : null;
    return { name: own ? own.name : name, entityId: own ? own.id : null, type: 'ORG', gender, number, words: words(ctx, np.roleA, np.nameA), descriptor: '', named: true, at: np.roleA };
  }
  // (a role in a body named after a king or prince, مدير مركز الملك عبد الله، with no name of its own: the role speaks)
  if (np.roleA >= 0 && np.roleB === np.a && np.roleB - np.roleA >= 2 && NAMED_AFTER.test(ctx.toks[np.roleB - 1]!.norm) && /^(الملك|الامير|الاميره)$/.test(ctx.toks[np.a]!.norm)) {
    const name = text(ctx, np.roleA, np.b);
    // (a body's head opening it speaks as the body: مؤسسة جسر الملك فهد)
    const type = bodyHead(ctx, np.roleA) ? 'ORG' : 'PERS';
    return { name, entityId: null, type, gender, number, words: [], descriptor: fold(name), named: false, at: np.roleA };
  }
  // a one-word role in construct with a body or a place (مدير مطار الجوف، محافظ تنومة، عضو شرف الهلال) or with a
  // person (نائب البشير): the role's holder speaks, named where the text writes the same phrase with a name
  if (np.named && np.roleA >= 0 && np.roleB === np.roleA + 1 && np.roleB === np.nameA && HOLDER.test(ctx.toks[np.roleA]!.norm) && !ctx.lex.firstNames.has(ctx.toks[np.roleA]!.norm) && !knownFirstName(ctx.toks[np.roleA]!.norm) && (ctx.entType[np.nameA] !== 1 || OF_PERSON.test(ctx.toks[np.roleA]!.norm))) {
    const phrase = text(ctx, np.roleA, np.nameB);
    const held = holderOf(ctx, np.roleA, np.nameA, np.nameB);
    if (held) return { name: held.name, entityId: held.id || null, type: 'PERS', gender, number, words: fold(held.name).split(' '), descriptor: fold(phrase), named: true, at: np.roleA };
    return { name: phrase, entityId: null, type: 'PERS', gender, number, words: [], descriptor: fold(phrase), named: false, at: np.roleA };
  }
  // (people listed after كل من speak together: the list is the source)
  if (np.list) {
    const name = text(ctx, np.nameA, np.nameB);
    // (no name words: a later mention of one of them is that person, not the list)
    return { name, entityId: null, type: np.type === 'ORG' ? 'ORG' : 'PERS', gender, number: 'p', words: [], descriptor: '', named: true, at: np.a };
  }
  const nameStart = ctx.toks[np.nameA]!.start;
  const nameEnd = ctx.toks[np.nameB - 1]!.end;
  let ent = entityAt(ctx.entities, nameStart, nameEnd) ?? entityAt(ctx.entities, ctx.toks[np.a]!.start, ctx.toks[np.b - 1]!.end);
  // a role or anonymous descriptor names the body it belongs to (أمين عام أوبك، مصدر أمني في وزارة الداخلية):
  // that body is not the speaker
  if (ent && !np.named && (np.type === 'ANON' || (np.type === 'PERS' && ent.type !== 'PERS'))) ent = null;
  // (… and a group in construct is not the one named in its genitive: منتقدو الرئيس التركي رجب طيب إردوغان)
  if (ent && !np.named && np.plural && np.roleA < 0 && !mentionStartsIn(ent, ctx.toks[np.a]!.start, ctx.toks[np.a]!.end)) ent = null;
  // a place or body named inside the phrase, not at its head, is its complement (أهالي حي النسيم، عدد من سكان الخبر،
  // إدارة مهرجان صيف ينبع): the phrase, not the place, is the speaker
  if (ent && ent.type === 'LOC' && !mentionStartsIn(ent, ctx.toks[np.a]!.start, ctx.toks[np.nameA]!.end)) ent = null;
  // (… and a first name taken for a place is no place in a family name: راشد آل سرور)
  if (ent && ent.type === 'LOC' && np.named && / آل /.test(' ' + text(ctx, np.nameA, np.nameB) + ' ')) ent = null;
  // (… and so is a body named in the genitive of a body's head: اللجنة التنفيذية لسوق عكاظ is not عكاظ)
  if (ent && ent.type === 'ORG' && np.type === 'ORG' && np.roleA < 0 && bodyHead(ctx, np.a) && !ctx.lex.mediaNouns.has(ctx.toks[np.a]!.norm) && !DOCUMENT_HEAD.test(ctx.toks[np.a]!.norm) && !mentionStartsIn(ent, ctx.toks[np.a]!.start, ctx.toks[np.a]!.end) && genitiveL(ctx, ent, np.a, np.b)) ent = null;
  // (… and a person named in the genitive of a body's head is not the body: المكتب الإعلامي لرئيس مجلس الوزراء حيدر العبادي)
  // (… nor a king or founder a body is named after: إدارة مطار الملك فهد الدولي)
  if (ent && ent.type !== 'LOC' && np.type === 'ORG' && np.roleA < 0 && np.b - np.a >= 3 && ctx.lex.orgHeads.has(ctx.toks[np.a]!.norm) && !mentionStartsIn(ent, ctx.toks[np.a]!.start, ctx.toks[np.a]!.end) && titledInside(ctx, ent, np.a, np.b)) ent = null;
  if (ent && ent.type === 'PERS' && (!np.named || np.type === 'ORG') && np.roleA < 0 && ctx.lex.orgHeads.has(ctx.toks[np.a]!.norm) && !ctx.lex.roleNouns.has(ctx.toks[np.a]!.norm) && !((DOCUMENT_HEAD.test(ctx.toks[np.a]!.norm) || ctx.lex.documentHeads.has(ctx.toks[np.a]!.norm)) && !!ctx.toks[np.a + 1] && mentionStartsIn(ent, ctx.toks[np.a + 1]!.start, ctx.toks[np.a + 1]!.end)) && !mentionStartsIn(ent, ctx.toks[np.a]!.start, ctx.toks[np.a]!.end)) ent = null;
  // (… nor the relative named after a kin noun: والدة الشهيد الشحي is not the martyr)
  if (ent && ent.type === 'PERS' && !np.named && KIN.test(ctx.toks[np.a]!.norm) && !mentionStartsIn(ent, ctx.toks[np.a]!.start, ctx.toks[np.a]!.end)) ent = null;
  // (a word inside a quoted name is not the speaker: «لواء شهداء الإسلام» is not الإسلام)
  if (ent && isQuote(ctx.toks[np.nameA]) && ctx.quotes.closeOf[np.nameA]! > np.nameA + 1) {
    const inner = ctx.text.slice(ctx.toks[np.nameA + 1]!.start, ctx.toks[ctx.quotes.closeOf[np.nameA]! - 1]!.end);
    if (fold(ent.name).length < fold(inner).length && !ent.mentions.some((m) => m.start <= ctx.toks[np.nameA + 1]!.start && m.end >= ctx.toks[ctx.quotes.closeOf[np.nameA]! - 1]!.end)) ent = null;
  }
  // (a body's initials in brackets after its full name are an alias, not the name: الإدارة الوطنية الأمريكية للمحيطات
  // والغلاف الجوي (إن أو ايه ايه))
  let paren = -1;
  if (np.type === 'ORG' && !np.named) for (let k = np.a + 2; k < np.b && paren < 0; k++) if (ctx.toks[k]!.text === '(') paren = k;
  if (paren > 0 && ent && !mentionStartsIn(ent, ctx.toks[np.a]!.start, ctx.toks[paren - 1]!.end)) ent = null;
  // (الله in a longer phrase, رسول الله, عبد الله, is not the one who speaks)
  if (ent && np.b - np.a > 1 && fold(ent.name) === 'الله') ent = null;
  const w = words(ctx, np.nameA, np.nameB);
  const descriptor = fold(np.roleA >= 0 ? text(ctx, np.roleA, np.roleB) : np.named ? '' : text(ctx, np.a, np.b)).replace(/^(معالي|سمو|فخامه|سعاده) /, '');
  const num: GNumber = np.plural ? 'p' : number;
  let name = np.named ? text(ctx, np.nameA, np.nameB) : text(ctx, np.a, np.b).replace(/^(معالي|سمو|فخامة|سعادة)\s+/, '');
  let aliasByNation: Source | null = null;
  // (the letters the phrase's span leaves out of its first word, a conjunction or a preposition: والمحللون، لوسائل)
  if (!np.named && np.cut) name = name.slice(np.cut);
  if (paren > 0) name = text(ctx, np.a, paren).slice(np.cut ?? 0);
  // (a praise of God for His name: قال تعالى، يقول سبحانه وتعالى)
  if (!ent && praisesGod(ctx, np.a) && eulogyEnd(ctx, np.a) === np.b) name = 'الله';
  if (/^[«"“]/.test(name)) name = name.replace(/^[«"“]+|[»"”]+$/g, '');
  // (a quoted name with a description after it: «لواء شهداء الإسلام» التابع للمعارضة is the quoted name)
  const qc = isQuote(ctx.toks[np.a]) ? ctx.quotes.closeOf[np.a]! : -1;
  if (!np.named && qc > np.a + 1 && qc < np.b - 1) name = text(ctx, np.a + 1, qc);
  let entityId: string | null = null;
  let type: Source['type'] = np.type;
  // (a patronymic the tagger took for the whole name: منيرة بنت محمد, tagged محمد only: the written name speaks)
  const written = np.named ? text(ctx, np.nameA, np.nameB) : '';
  // (… or only the first name: عبد الله سعيد بن ضاوي, tagged عبد الله)
  const fw = fold(written);
  const fe = ent ? fold(ent.name) : '';
  const patronymic = !!ent && ent.type === 'PERS' && / (بن|بنت|ابن) /.test(' ' + fw + ' ') && (fw.endsWith(fe) || fw.startsWith(fe + ' ')) && fw.length > fe.length + 4 && !/^(بن|بنت|ابن) /.test(fw) && !/(^| )(بن|بنت|ابن) /.test(fe);
  // (… or the first name alone, the family name written after it untagged: عبدالله الركيان, tagged عبدالله; محمد علي
  // الشهراني, tagged محمد)
  // (… or a first name and a family name that the entity, named after someone else of that first name, lacks:
  // عبدالله الركيان written, the entity عبدالله المحيطب)
  const ww = fw.split(' ');
  const we = fe.split(' ');
  const otherSurname = !!ent && ent.type === 'PERS' && ww.length === 2 && we.length === 2 && ww[0] === we[0] && ww[1] !== we[1] && !ent.mentions.some((m) => fold(m.text).endsWith(ww[1]!));
  // (a first name, another first name, a family name: the written three words are one person's name)
  const three = ww.length === 3 && (firstNameAt(ctx, np.nameB - 2) || ctx.lex.firstNames.has(ctx.toks[np.nameB - 2]!.norm)) && !ctx.entType[np.nameB - 2];
  const firstOnly = !!ent && ent.type === 'PERS' && (otherSurname || (!/ /.test(fe) && fw.startsWith(fe + ' ') && (ww.length === 2 || three))) && np.nameB === np.b && (surnameLike(ctx, np.nameB - 1) || (three && /^ال.{3,}ي$/.test(ctx.toks[np.nameB - 1]!.norm) && !ctx.lex.adjectives.has(ctx.toks[np.nameB - 1]!.norm)));
  // (… or the family name alone, a first name written before it untagged: علاء يوسف, tagged يوسف)
  let fn = np.nameA;
  while (fn < np.nameB - 2 && ctx.lex.titles.has(ctx.toks[fn]!.norm)) fn++;
  const lastOnly = !!ent && ent.type === 'PERS' && !firstOnly && !/ /.test(fe) && fn === np.nameB - 2 && ctx.toks[fn + 1]!.norm === fe && firstNameAt(ctx, fn) && !ctx.entType[fn] && !ent.mentions.some((m) => / /.test(m.text.trim()));
  // (… or a family name of two words or more, an untagged first name written before it: تركي رضيمان العنزي,
  // tagged رضيمان العنزي; the entity never written longer)
  const lastTwo = !!ent && ent.type === 'PERS' && !firstOnly && !lastOnly && we.length >= 2 && fn === np.nameB - we.length - 1 && fold(text(ctx, fn + 1, np.nameB)) === fe && firstNameAt(ctx, fn) && !ctx.entType[fn] && !/^(متقاعد|سابق|ركن|اول|طيار|بحري)$/.test(ctx.toks[fn]!.norm) && !ctx.lex.titles.has(ctx.toks[fn]!.norm) && !ctx.lex.titles.has('ال' + ctx.toks[fn]!.norm) && !ctx.lex.roleNouns.has(ctx.toks[fn]!.norm) && ent.mentions.every((m) => fold(m.text).split(' ').length <= we.length);
  // (… or a first name the entity holds only as a father's name: محمد علي الشهراني, tagged محمد, joined to حسن محمد
  // الجهمي; the written name is someone else)
  const fatherOnly = !!ent && ent.type === 'PERS' && three && we.length >= 3 && we[0] !== ww[0] && we.slice(1, -1).includes(ww[0]!) && we[we.length - 1] !== ww[2] && np.nameB === np.b && /^ال.{3,}/.test(ctx.toks[np.nameB - 1]!.norm);
  // (the same source again, المصدر ذاته، المصدر نفسه، نفس المصدر: the last one quoted, close by)
  const same = sameSource(ctx, np) ? sameSourceBefore(ctx, np, history) : undefined;
  if (same) {
    name = same.name;
    entityId = same.entityId;
    type = same.type;
  } else if ((aliasByNation = nationalAnaphor(ctx, np, history))) {
    // (a definite head with a nationality, الوكالة الأميركية, is the body with that head quoted before, when that body
    // names no other nation: وكالة التصنيف الائتماني ستاندرد آند بورز)
    name = aliasByNation.name;
    entityId = aliasByNation.entityId;
  } else if (ent && patronymic) {
    name = written;
    type = 'PERS';
  } else if (ent && (lastOnly || lastTwo)) {
    name = text(ctx, fn, np.nameB);
    entityId = ent.id;
    type = 'PERS';
  } else if (ent && fatherOnly) {
    name = written;
    type = 'PERS';
  } else if (ent && firstOnly) {
    name = written;
    entityId = otherSurname ? null : ent.id;
    type = 'PERS';
  } else if (ent) {
    name = ent.name;
    entityId = ent.id;
    type = ent.type === 'LOC' ? 'GPE' : ent.type === 'MISC' ? type : ent.type;
  } else if (np.b - np.a === 1 && /^ال/.test(ctx.toks[np.a]!.norm) && definiteAnaphor(ctx, ctx.toks[np.a]!.norm)) {
    // a definite head alone (الوزارة، الشركة) refers to the last named body with that head (وزارة الداخلية …)
    const bare = ctx.toks[np.a]!.norm.slice(2);
    // the most recent source whose name or descriptor has that head, with or without the article
    // (الرئيس ← الرئيس التركي رجب طيب إردوغان; الوزارة ← وزارة الداخلية)
    const head = (x: string) => (x.split(' ')[0] ?? '').replace(/^ال/, '');
    // (unnamed sources only from nearby: المصادر in a new paragraph about تعز is not the مصادر عسكرية of عدن 500 words
    // back)
    let inner: string | null = null;
    const nearOnly = ctx.lex.anonHeads.has(bare);
    const alias = history.slice(-200).reverse().find((s) => (head(fold(s.name).replace(/^[«"]/, '')) === bare || head(s.descriptor) === bare) && (!nearOnly || s.at > np.a - 300));
    const ent = orgWithHead(ctx, bare, ctx.toks[np.a]!.start) ?? ctx.entities.find((e) => e.type === 'ORG' && fold(e.name).split(' ')[0] === bare);
    // a document (البيان، التسجيل) with no earlier owner stands for the body quoted last
    const docHead = !alias && (ctx.lex.documentHeads.has(ctx.toks[np.a]!.norm) || /^ال(دراسه|تقارير|ارقام|احصاءات|احصائيات|بيانات|معطيات)$/.test(ctx.toks[np.a]!.norm));
    // (… or the body the text said issued such a document: أصدرت شركة المركز المالي تقريرا …، تقرير صادر عن …)
    const written = docHead ? documentIssuer(ctx, bare, np.a) : null;
    const issuer = written ? { name: written.name, entityId: written.id } : docHead && ctx.lex.documentHeads.has(ctx.toks[np.a]!.norm) ? history.slice(-20).reverse().find((s) => s.type === 'ORG' || s.type === 'GPE') : undefined;
    // (المسؤول / المصدر with no earlier source of that head: the anonymous source that spoke last, close by —
    // وقال … مصدر في الوزارة … وأضاف المسؤول الذي فضل عدم الإفصاح عن اسمه …)
    const anon = !alias && !issuer && /^(مسوول|مسؤول|مصدر)$/.test(bare) ? history.slice(-3).reverse().find((s) => s.type === 'ANON' && s.at > np.a - 120) : undefined;
    if (alias) {
      name = alias.name;
      entityId = alias.entityId;
      if (alias.type === 'ANON' || alias.type === 'PERS') type = alias.type;
    } else if (issuer) {
      name = issuer.name;
      entityId = issuer.entityId;
    } else if (anon) {
      name = anon.name;
      type = 'ANON';
    } else if (ent) {
      name = ent.name;
      entityId = ent.id;
    } else if (ctx.lex.orgHeads.has(ctx.toks[np.a]!.norm) && (inner = bodyInside(history, bare, np.a) ?? bodyWritten(ctx, bare, np.a))) {
      // (… or the body named inside an earlier source's phrase: مجلس إدارة شركة أسمنت نجران … وأوضحت الشركة; or
      // written before with its head and genitives, untagged: افتتحت وزارة الشؤون البلدية والقروية … وأكدت الوزارة)
      name = inner;
    } else if (HEADLESS_BODY.test(bare) && (inner = bodyNamedBare(ctx, bare, np.a, history))) {
      // (a company or a party often goes by its bare name, تويتر، الخطوط الجوية الكويتية: the body that spoke or
      // issued something just before, أعلنت تويتر … وأوضحت الشركة)
      const e = ctx.entities.find((x) => x.name === inner);
      name = inner;
      entityId = e ? e.id : null;
    } else if (ctx.lex.roleNouns.has(ctx.toks[np.a]!.norm) && !ctx.lex.orgHeads.has(ctx.toks[np.a]!.norm)) {
      // a role alone (الوزير، الرئيس، العميد) names the person the text gave that role, also when that person
      // reported nothing before (وأعرب الرئيس الصومالي حسن شيخ محمود عن … وقال الرئيس …)
      const found = personForRole(ctx, np.a);
      const expert = found ? null : expertAntecedent(ctx.toks[np.a]!.norm, history);
      if (found) {
        name = found.name;
        entityId = found.id;
        type = 'PERS';
      } else if (expert) {
        name = expert.name;
        entityId = expert.entityId;
        type = 'PERS';
      }
    }
  } else if (!np.named && np.b - np.a >= 4 && isQuote(ctx.toks[np.b - 1]) && ctx.quotes.openOf[np.b - 1]! > np.a && np.b - 1 - ctx.quotes.openOf[np.b - 1]! <= 5 && ctx.lex.roleNouns.has(ctx.toks[np.a]!.norm) && ctx.lex.roleNouns.has(ctx.toks[ctx.quotes.openOf[np.b - 1]! - 1]?.norm ?? '') && !ctx.lex.orgHeads.has(ctx.toks[ctx.quotes.openOf[np.b - 1]! - 1]!.norm) && /^ال/.test(ctx.toks[ctx.quotes.openOf[np.b - 1]! - 1]!.norm)) {
    // a role with its holder's quoted name (المعلق "باروخ ناييم"): that name, not the last holder of the role (a role
    // without the article is in construct with what is quoted: مدير «إيران إير» is the airline's director)
    const o = ctx.quotes.openOf[np.b - 1]!;
    name = ctx.text.slice(ctx.toks[o + 1]!.start, ctx.toks[np.b - 2]!.end);
    type = 'PERS';
  } else {
    // (a title alone, اللواء، المهندس, names the person it introduced earlier: وأوضح اللواء خليل المنصوري …)
    const lone = np.b - np.a === 1 && ctx.lex.titles.has(ctx.toks[np.a]!.norm);
    if (!np.named && descriptor && (np.type === 'PERS' || lone)) {
      const found = nameAfterDescriptor(ctx, np);
      if (found) {
        name = found;
        if (lone) type = 'PERS';
        const same = ctx.entities.find((e) => e.type === 'PERS' && fold(e.name) === fold(found));
        if (same) {
          name = same.name;
          entityId = same.id;
        }
      }
    }
    // an earlier, fuller mention of the same person or a descriptor used before with a name; an indefinite
    // anonymous phrase (مصادر، مسؤول) introduces a new source and refers to none
    const fresh = np.type === 'ANON' && !/^(ال|وال)/.test(ctx.toks[np.a]!.norm);
    for (let h = history.length - 1; h >= 0 && h >= history.length - 200 && !fresh; h--) {
      const s = history[h]!;
      if (np.named && s.named && w.length && w.every((x) => s.words.includes(x)) && s.words.length > w.length) {
        name = s.name;
        entityId = s.entityId;
        break;
      }
      if (!np.named && (s.named || s.type === 'ANON') && descriptor && s.descriptor && roleMatch(descriptor, s.descriptor)) {
        name = s.name;
        entityId = s.entityId;
        type = s.type;
        break;
      }
    }
    // a body's organ named by its definite head (إدارة الشركة، مجلس إدارة الشركة) speaks for the company the
    // text last named with that head (شركة الصحراء للبتروكيماويات)
    if (!np.named && np.type === 'ORG' && !entityId && np.b - np.a >= 2 && np.b - np.a <= 3 && name === text(ctx, np.a, np.b)) {
      const last = ctx.toks[np.b - 1]!.norm;
      if (/^ال/.test(last) && ctx.lex.orgHeads.has(last)) {
        const org = orgWithHead(ctx, last.slice(2), ctx.toks[np.a]!.start);
        if (org) {
          name = org.name;
          entityId = org.id;
        }
      }
    }
    // a body's head with its nationality (الصحيفة البريطانية، الوكالة الأمريكية) is the body the text last named
    // with that head (صحيفة "ديلي ميل"), unless another nationality follows that name (وكالة … الروسية)
    if (!np.named && !entityId && np.b - np.a === 2 && name === text(ctx, np.a, np.b)) {
      const h = ctx.toks[np.a]!.norm;
      const adj = ctx.toks[np.a + 1]!.norm;
      // (only an outlet or a company: الحكومة العراقية، القوات الكردية، السلطات السعودية name bodies of their own)
      if (/^ال(صحيفه|مجله|جريده|وكاله|قناه|شبكه|اذاعه|دوريه|موقع|شركه|مجموعه|مؤسسه|مصرف|بنك|نادي)$/.test(h) && /^ال/.test(adj) && isNationality(adj)) {
        const org = orgWithHead(ctx, h.slice(2), ctx.toks[np.a]!.start);
        const m = org ? org.mentions.filter((x) => x.end <= ctx.toks[np.a]!.start).pop() : undefined;
        const after = m ? ctx.text.slice(m.end, m.end + 40).split(/\s+/).slice(0, 4).map(fold) : [];
        const nisba = (w: string) => w.replace(/^(وال|ال)/, '').replace(/ه$/, '');
        if (org && !after.some((w) => isNationality(w) && nisba(w) !== nisba(adj))) {
          name = org.name;
          entityId = org.id;
          type = 'ORG';
        }
      }
    }
    // a person's role with a nationality and nothing else (المدرب البرتغالي، اللاعب الفرنسي) is the person the text
    // gave that nationality right before or after the name (البرتغالي جوزيه مورينيو، مورينيو البرتغالي), when no
    // earlier holder of the role was found
    // (not a woman's role: the tagger gives no sex to a name, المسؤولة الأوروبية)
    if (!np.named && !entityId && np.b - np.a === 2 && name === text(ctx, np.a, np.b) && ctx.lex.roleNouns.has(ctx.toks[np.a]!.norm) && !ctx.lex.orgHeads.has(ctx.toks[np.a]!.norm) && !/ه$/.test(ctx.toks[np.a]!.norm)) {
      const adj = ctx.toks[np.a + 1]!.norm;
      // (a nationality, also one the word list lacks, البرتغالي: a nisba that is no role's own adjective)
      if (/^ال/.test(adj) && (isNationality(adj) || (/^ال.{3,}ي$/.test(adj) && !ctx.lex.adjectives.has(adj) && !ROLE_NISBA.test(adj) && countryNisba(adj)))) {
        const held = nationalPerson(ctx, adj, np.a);
        if (held) {
          name = held.name;
          entityId = held.id;
          type = 'PERS';
        }
      }
    }
    // a dual role (وزيرا الداخلية، الوزيران) refers back to the last pair that spoke (برنار كازنوف ونظيرته …)
    const h0 = ctx.toks[np.a]!.norm;
    const single = h0.endsWith('ا') && ctx.lex.roleNouns.has(h0.slice(0, -1)) ? h0.slice(0, -1) : /^ال.+ان$/.test(h0) && ctx.lex.roleNouns.has(h0.slice(2, -2)) ? h0.slice(2, -2) : '';
    // (a dual construct is read as a one-word name when its complement is cut off: وزيرا الداخلية)
    if ((!np.named || np.nameB - np.nameA === 1) && !entityId && single) {
      // (the pair's first name spoke with that role: وزير الداخلية الفرنسي برنار كازنوف ونظيرته …)
      for (let h = history.length - 1; h >= 0 && h >= history.length - 30; h--) {
        const s = history[h]!;
        if (s.named && !s.aliasOnly && (s.number === 'p' || descriptorWords(s.descriptor)[0] === descriptorWords(single)[0])) {
          name = s.name;
          entityId = s.entityId;
          type = s.type;
          break;
        }
      }
    }
    // a role the text gives one tagged person only, before or after this mention (المبتعث … "عبدالسلام العنزي"،
    // المبعوث الأممي إلى اليمن إسماعيل ولد الشيخ أحمد): that person
    // (… a body's spokesman too, one person though written like an anonymous source: متحدث المقاومة الجنوبية; not
    // "a spokesman", متحدث باسم الشرطة)
    if (!np.named && (np.type === 'PERS' || (np.type === 'ANON' && /^(متحدث|ناطق|متحدثه|ناطقه)$/.test(descriptorWords(descriptor)[0] ?? '') && np.b - np.a >= 2 && /^ال/.test(ctx.toks[np.a + 1]!.norm))) && !entityId && name === text(ctx, np.a, np.b)) {
      const dw = descriptorWords(descriptor);
      const only = onlyPersonWithRole(ctx, dw[0] ?? '', np.a, np.b, dw.slice(1));
      if (only) {
        name = only.name;
        entityId = only.id;
      }
    }
    // a generic descriptor (المسؤول اليمني، المسؤول) refers back to the last named person introduced with a
    // role whose words hold its adjectives (… في الحكومة اليمنية عبدالرقيب سيف الأسودي)
    if (!fresh && !np.named && np.type === 'PERS' && !entityId && name === text(ctx, np.a, np.b)) {
      const s = genericAntecedent(ctx, descriptor, history) ?? expertAntecedent(descriptor, history);
      if (s) {
        name = s.name;
        entityId = s.entityId;
      }
    }
  }
  // (the one word of the phrase, between quotation marks or not: وقال "العوضي")
  const lone = ctx.toks.slice(np.a, np.b).filter((t) => isWord(t));
  if (!np.named && !np.type && !entityId && lone.length === 1 && np.b - np.a <= 3 && /^ال/.test(lone[0]!.norm)) {
    // a family name alone, untagged (وقال العوض، or with a stray final ي: "العوضي"), names the person of an
    // earlier, fuller name (خالد العوض)
    const bare = lone[0]!.norm.slice(2);

    const cands = bare.length >= 4 && bare.endsWith('ي') ? [bare, bare.slice(0, -1)] : [bare];
    for (let h = history.length - 1; h >= 0 && h >= history.length - 200; h--) {
      const s = history[h]!;
      if (!s.named || s.type === 'ORG' || s.type === 'GPE' || s.words.length < 2) continue;
      if (s.words.slice(1).some((x) => x.length >= 3 && cands.includes(x))) {
        name = s.name;
        entityId = s.entityId;
        type = 'PERS';
        break;
      }
    }
  }
  if (np.named && w.length <= 2) {
    // a shorter or differently spelt mention of an earlier, fuller name (بنيتيز ← رافايل بينيتيز)
    const sk = w.map(skeleton);
    // (the same words first, then the same skeleton: العبيد is إبراهيم العبيد before سعود العبد اللطيف)
    let hit: Source | null = null;
    let pass = 0;
    for (; pass < 2 && !hit; pass++) {
      for (let h = history.length - 1; h >= 0 && h >= history.length - 200; h--) {
        const s = history[h]!;
        if (!s.named || s.words.length <= w.length || s.name === name) continue;
        // (the fuller name itself holds the words, not only its source's word list: عبد الله is no alias of ضاوي)
        const nameWords = fold(s.name).split(' ').map((x) => x.replace(/^(ال|وال)/, ''));
        const ok = pass === 0 ? w.every((x) => x.length >= 3 && s.words.includes(x) && (nameWords.includes(x) || nameWords.length >= s.words.length)) : skeletonsMeet(sk, s.words.map(skeleton));
        if (ok) {
          hit = s;
          break;
        }
      }
      if (hit) break;
    }
    // (a mention the tagger already linked to its entity keeps it: العبيد of إبراهيم العبيد is not سعود العبد اللطيف)
    // (a mention the tagger linked to an entity with a fuller name keeps it: العبيد of إبراهيم العبيد is not سعود
    // العبد اللطيف by spelling alone)
    const fuller = !!entityId && fold(name).split(' ').length > w.length;
    if (hit && (pass === 0 || !fuller || hit.entityId === entityId)) {
      name = hit.name;
      entityId = hit.entityId ?? entityId;
    }
  }
  // (a singular anaphor of two coordinated unnamed sources is the one it names: المصدر الأمني of مصدر أمني فلسطيني
  // ومصدر طبي)
  if (type === 'ANON' && !np.named && /^(ال|وال)/.test(ctx.toks[np.a]!.norm)) name = conjunctOf(ctx, name, np);
  // (a body is named without the person it is loyal to: قناة آزال الفضائية الموالية للرئيس المخلوع … → قناة آزال الفضائية)
  if (type === 'ORG') {
    const ws = name.split(' ');
    const k = ws.findIndex((x, d) => d >= 2 && /^ال/.test(fold(x)) && AFFILIATED.test(fold(x)) && /^(ل|من$)/.test(fold(ws[d + 1] ?? '')));
    if (k > 0) name = ws.slice(0, k).join(' ');
  }
  return { name, entityId, type, gender, number: num, words: w, descriptor, named: np.named, at: np.a };
}

/** The conjunct of "X وY" (two unnamed sources) that a singular definite anaphor names, or the whole name. */
function conjunctOf(ctx: Ctx, name: string, np: NP): string {
  const parts = name.split(/\s+و(?=(?:مصدر|مسؤول|مسؤولة|شاهد|خبير)\s)/);
  if (parts.length !== 2 || ctx.lex.plural.has(ctx.toks[np.a]!.norm.replace(/^و?ال/, ''))) return name;
  const head = (x: string) => fold(x.split(/\s+/)[0]!);
  const want = ctx.toks[np.a]!.norm.replace(/^و?ال/, '');
  const adj = np.b - np.a > 1 ? ctx.toks[np.a + 1]!.norm.replace(/^ال/, '').replace(/ه$/, '') : '';
  const fits = parts.filter((x) => head(x) === want && (!adj || fold(x).split(/\s+/).some((y) => y.replace(/ه$/, '') === adj)));
  return fits.length === 1 ? fits[0]! : adj ? name : parts[0]!;
}

/**
 * A body with the bare head `bare` (شركه) named inside the phrase of a source quoted nearby (مجلس إدارة شركة أسمنت
 * نجران): from that head to the phrase's end, when two words or more follow none.
 */
function bodyInside(history: Source[], bare: string, at: number): string | null {
  for (let k = history.length - 1; k >= 0 && k >= history.length - 30; k--) {
    const h = history[k]!;
    if (h.at < at - 300) break;
    if (h.type !== 'ORG') continue;
    const words = h.name.split(/\s+/);
    const j = words.findIndex((w, n) => n > 0 && fold(w) === bare);
    if (j > 0 && words.length - j >= 2) return words.slice(j).join(' ');
  }
  return null;
}

/** A folded nisba whose country the place table knows (البرتغالي ← البرتغال، الإيطالي ← إيطاليا; not الحوثي). */
function countryNisba(adj: string): boolean {
  const x = adj.replace(/^ال/, '').replace(/ي$/, '');
  return x.length >= 3 && countryOf(['ال' + x, x + 'ا', x + 'يا', x]) !== null;
}

/** nisba adjectives of roles and fields, folded (المدير الفني، المتحدث الرسمي): no nationality */
const ROLE_NISBA = /^ال(فني|رسمي|اعلامي|تنفيذي|اقليمي|سابق|حالي|اول|وطني|دولي|عالمي|محلي|تقني|طبي|قانوني|مالي|اداري|شرعي|سياسي|عسكري|امني|اقتصادي|رياضي|صحي|تربوي|تعليمي|ميداني|ثاني|ثقافي|اجتماعي|فلكي|جوي|بحري|تجاري|ديني|اكاديمي|علمي|نفسي|شخصي|خاص|عربي|اسلامي|غربي|شرقي|جنوبي|شمالي|اوروبي|افريقي|اسيوي|خليجي)$/;

/**
 * The one person the text gave the nationality `adj` (folded, with its article) right before or after the name
 * (أعرب البرتغالي جوزيه مورينيو …، قال مورينيو البرتغالي) in the 1,500 tokens before `at`; null when none or more
 * than one.
 */
function nationalPerson(ctx: Ctx, adj: string, at: number): Entity | null {
  const T = ctx.toks;
  let found: Entity | null = null;
  for (let k = at - 1; k >= 0 && k >= at - 1500; k--) {
    if (T[k]!.norm !== adj && T[k]!.norm !== 'و' + adj) continue;
    // (not the role's own earlier mentions: المدرب البرتغالي)
    if (k > 0 && ctx.lex.roleNouns.has(T[k - 1]!.norm)) continue;
    let e: Entity | null = null;
    if (ctx.entType[k] === 1) e = entityAt(ctx.entities, T[k]!.start, T[k]!.end);
    if (!e && ctx.entType[k + 1] === 1) e = entityAt(ctx.entities, T[k + 1]!.start, T[k + 1]!.end);
    if (!e && k > 0 && ctx.entType[k - 1] === 1) e = entityAt(ctx.entities, T[k - 1]!.start, T[k - 1]!.end);
    if (!e || e.type !== 'PERS') continue;
    if (found && found.id !== e.id) return null;
    found = e;
  }
  return found;
}

/** Heads of bodies that often go by their bare name (a company, a bank, a party, a club), folded, without the article. */
const HEADLESS_BODY = /^(شركه|مجموعه|بنك|مصرف|حزب|حركه|جماعه|تنظيم|نادي|مؤسسه|جمعيه)$/;

/**
 * The body a bare definite head (الشركة) stands for when no body of that head was named: a tagged body that spoke,
 * or issued something, in the last two sentences or so (أعلنت تويتر … وأوضحت الشركة; أصدرت الخطوط الجوية
 * الكويتية بياناً … وقالت الشركة), written by its bare name, with no other body's head; null when none.
 */
function bodyNamedBare(ctx: Ctx, bare: string, at: number, history: Source[]): string | null {
  const L = ctx.lex;
  for (let k = history.length - 1; k >= 0 && k >= history.length - 6; k--) {
    const s = history[k]!;
    if (s.at >= at) continue;
    if (s.at < at - 80) break;
    if (s.type !== 'ORG' || !s.entityId) continue;
    const first = fold(s.name).split(/\s+/)[0]!.replace(/^[«"“]/, '');
    // (not a body of another kind, وزارة الصحة, nor an outlet quoted, رويترز)
    if (L.orgHeads.has(first) || L.orgHeads.has('ال' + first) || L.mediaNouns.has(first) || L.outlets.has(first)) return null;
    return s.name;
  }
  // (… or the subject of the verb that opens one of the two sentences before: أصدرت الخطوط الجوية الكويتية بياناً)
  const T = ctx.toks;
  const s0 = ctx.sentStart[at]!;
  const s1 = s0 > 0 ? ctx.sentStart[s0 - 1]! : s0;
  const s2 = s1 > 0 ? ctx.sentStart[s1 - 1]! : s1;
  for (const s of [s1, s2]) {
    if (s >= s0 || at - s > 120) continue;
    const j = s + 1;
    if (!isWord(T[s]) || ctx.entType[s] || ctx.entType[j] !== 2 || ctx.entEnd[j]! < 0) continue;
    // (the opening word is a past verb: أصدرت، أعلنت، أطلقت; not a preposition or a noun)
    if (!/^[وف]?[اأإآ]?.{2,4}(ت)?$/.test(T[s]!.norm) || /^(في|من|على|علي|الي|عن|مع|بعد|قبل)$/.test(T[s]!.norm) || /^ال/.test(T[s]!.norm)) continue;
    const e = entityAt(ctx.entities, T[j]!.start, T[ctx.entEnd[j]! - 1]!.end);
    if (!e || e.type !== 'ORG') continue;
    const first = fold(e.name).split(/\s+/)[0]!;
    if (L.orgHeads.has(first) || L.orgHeads.has('ال' + first) || L.mediaNouns.has(first) || L.outlets.has(first)) return null;
    return e.name;
  }
  return null;
}

/** "Itself", "the same" after a source noun (المصدر نفسه، المصادر ذاتها), folded. */
const SAME = /^(نفسه|ذاته|نفسها|ذاتها|نفسهم|انفسهم|ذاتهم)$/;

/** A person named by sex and age alone, folded (المرأة، الرجل، الشاب، الفتاة، السيدة، العجوز). */
const PERSON_NOUN = /^(المراه|الرجل|الشاب|الشابه|الفتاه|الفتي|السيده|العجوز|المسن|المسنه|الطفل|الطفله|السيد)$/;

/** A bare definite head that refers back: a body (الوزارة), a role (الوزير), an anonymous source (المصدر) or a document (البيان). */
function definiteAnaphor(ctx: Ctx, norm: string): boolean {
  const L = ctx.lex;
  return L.orgHeads.has(norm) || L.roleNouns.has(norm) || L.anonHeads.has(norm) || L.documentHeads.has(norm);
}

/** A nationality adjective (قطري، البحريني without its article) meets its country among `words` (قطر، بمملكة … البحرين). */
/**
 * A body's definite head and a nationality after it (الوكالة الأميركية، الوزارة الفرنسية): the latest earlier source
 * whose name opens with that head and holds no other nationality.
 */
function nationalAnaphor(ctx: Ctx, np: NP, history: Source[]): Source | null {
  const T = ctx.toks;
  // (the phrase may be tagged as a body of its own, الوكالة الأميركية, but names no one)
  if (np.b - np.a !== 2 || np.named || ctx.entType[np.a] === 1 || (ctx.entType[np.a] && ctx.entEnd[np.a] !== np.b) || !/^ال/.test(T[np.a]!.norm) || !ctx.lex.orgHeads.has(T[np.a]!.norm)) return null;
  const adj = T[np.a + 1]!.norm.replace(/^ال/, '').replace(/ه$/, '');
  if (!isNationality(adj)) return null;
  const bare = T[np.a]!.norm.slice(2);
  // (a company, an agency or a paper; a government or a force with its nationality names itself: القوات الكردية)
  if (!/^(وكاله|شركه|منظمه|مؤسسه|صحيفه|مجله|قناه|جمعيه|مجموعه|مصرف|بنك|دار|مرصد|مركز|معهد)$/.test(bare)) return null;
  for (let h = history.length - 1; h >= 0 && h >= history.length - 200; h--) {
    const s = history[h]!;
    if (s.at >= np.a || s.type !== 'ORG' || s.aliasOnly) continue;
    const words = fold(s.name).split(/\s+/).map((w) => w.replace(/^ال/, ''));
    if (words[0] !== bare) continue;
    // (no other nation in its name: الحكومة اليمنية is not الحكومة السورية)
    if (words.slice(1).some((w) => isNationality(w.replace(/ه$/, '')) && w.replace(/ه$/, '') !== adj)) return null;
    return s;
  }
  return null;
}

function nationalityMeets(w: string, words: readonly string[]): boolean {
  const c = w.length >= 4 && /(ي|يه)$/.test(w) ? w.replace(/(ي|يه)$/, '') : '';
  return !!c && words.some((x) => x === c || x.replace(/^[بل]/, '') === c);
}

/** Content words of a folded descriptor, without article, proclitics and punctuation. */
function descriptorWords(d: string): string[] {
  // (memoised: the history's descriptors are read again for every later claim; the table is emptied when it grows)
  const hit = DESCRIPTOR_WORDS.get(d);
  if (hit) return hit;
  if (DESCRIPTOR_WORDS.size > 4096) DESCRIPTOR_WORDS.clear();
  const words = d
    .split(' ')
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, '').replace(/^(وال|بال|فال|لل|ال)/, ''))
    .filter((w) => w.length >= 2 && w !== 'في' && w !== 'من' && w !== 'عن');
  DESCRIPTOR_WORDS.set(d, words);
  return words;
}
const DESCRIPTOR_WORDS = new Map<string, string[]>();

/**
 * A role descriptor used again (الوزير الروسي ← وزير الطاقة الروسي الكسندر نوفاك; أمين عام أوبك ← الأمين العام
 * لمنظمة … (أوبك) عبد الله البدري): the same head noun, and every other word found in the earlier descriptor.
 */
export function roleMatch(d: string, prior: string): boolean {
  // a nisba's feminine and masculine forms meet (الأمريكي ← الأمريكية), and a conjoined second role counts
  // (منسق شئون الطاقة ← المبعوث الخاص ومنسق شئون الطاقة)
  const nisba = (w: string) => (w.length > 4 && w.endsWith('يه') ? w.slice(0, -1) : w);
  const a = descriptorWords(d).map(nisba);
  const b = descriptorWords(prior).flatMap((w) => (w.length > 3 && w.startsWith('و') ? [w, w.slice(1)] : [w])).map(nisba);
  if (!a.length || !b.length) return false;
  if (a[0] !== b[0] && !(a.length >= 3 && b.includes(a[0]!))) return false;
  // a nationality adjective meets its country (وزير الخارجية القطري ← وزير الخارجية بدولة قطر)
  // (… and a noun its adjective: مدير صحة جازان ← مدير الشؤون الصحية بمنطقة جازان)
  // (… and a word meets itself behind a preposition: مدير الكرة بنادي هجر ← مدير الفريق الأول لكرة القدم بنادي هجر)
  const bare = (w: string) => (w.length > 3 ? w.replace(/^[بل]/, '') : w);
  const bs = new Set(b.map(bare));
  return a.every((w) => b.includes(w) || bs.has(bare(w)) || nationalityMeets(w, b) || (w.length >= 3 && w.endsWith('ه') && (b.includes(w.slice(0, -1) + 'يه') || b.includes(w.slice(0, -1) + 'ي'))));
}

/** The antecedent of a generic descriptor (المسؤول اليمني): the latest named person with a role holding its other words. */
function genericAntecedent(ctx: Ctx, descriptor: string, history: Source[]): Source | null {
  const want = descriptorWords(descriptor);
  if (!want.length || !ctx.lex.genericRoleHeads.has(want[0]!)) return null;
  const nisba = (w: string) => w.replace(/ه$/, '');
  const rest = want.slice(1).map(nisba);
  for (let h = history.length - 1; h >= 0 && h >= history.length - 200; h--) {
    const s = history[h]!;
    if (!s.named || s.type !== 'PERS' || !s.descriptor) continue;
    const seen = descriptorWords(s.descriptor).map(nisba);
    // (a nationality meets its country in the role: المسؤول اليمني ← رئيس هيئة الأركان العامة في اليمن)
    if (rest.every((w) => seen.includes(w) || nationalityMeets(w, seen))) return s;
  }
  return null;
}

/** An expert's plural as written in a role (رئيس الخبراء الاقتصاديين). */
const EXPERT_PLURAL: Record<string, string> = { خبير: 'خبراء', محلل: 'محللين', باحث: 'باحثين' };

/**
 * "The expert" alone (وأكد الخبير) refers back to the last named person whose role makes them one (شانتا ديفيرجان،
 * رئيس الخبراء الاقتصاديين …; الباحث ← الباحث في مركز … فلان).
 */
function expertAntecedent(descriptor: string, history: Source[]): Source | null {
  const want = descriptorWords(descriptor);
  // (a woman too: الخبيرة ← الباحثة في المعهد … والخبيرة في حركة طالبان)
  const fem = want.length === 1 && /ه$/.test(want[0]!) ? want[0]!.slice(0, -1) : null;
  const plural = want.length === 1 ? EXPERT_PLURAL[fem ?? want[0]!] : undefined;
  if (!plural) return null;
  for (let h = history.length - 1; h >= 0 && h >= history.length - 200; h--) {
    const s = history[h]!;
    if (!s.named || s.type !== 'PERS' || !s.descriptor) continue;
    const seen = descriptorWords(s.descriptor);
    if (seen.includes(want[0]!) || (!fem && seen.includes(plural)) || (!!fem && s.gender !== 'm' && seen.includes(fem + 'ات'))) return s;
  }
  return null;
}

/** Every skeleton of `sk` meets a different one of `of` (حامد الأحمدي are two words, not twice أحمد). */
function skeletonsMeet(sk: readonly string[], of: readonly string[]): boolean {
  const used = new Set<number>();
  return sk.every((x) => {
    const j = of.findIndex((y, k) => y === x && !used.has(k));
    if (x.length < 3 || j < 0) return false;
    used.add(j);
    return true;
  });
}

/** A name word without its long vowels and hamza seats, so that transliteration variants meet (بنيتيز، بينيتيز). */
function skeleton(w: string): string {
  return w.replace(/[اويىءئؤه]/g, '');
}

/**
 * An unnamed descriptor (وزير الخارجية) written earlier in the text right before a name
 * (وزير الخارجية الأستاذ عادل بن أحمد الجبير): that name. Looks back at most 3000 tokens.
 */
function nameAfterDescriptor(ctx: Ctx, np: NP): string | null {
  const T = ctx.toks;
  let a = np.a;
  while (a < np.b && ctx.lex.honorifics.has(T[a]!.norm)) a++;
  const len = np.b - a;
  if (len < 1 || len > 5) return null;
  const first = T[a]!.norm;
  let fallback: string | null = null;
  let afterName: string | null = null;
  for (let k = np.a - 1; k >= 0 && k > np.a - 1000; k--) {
    // (also after the conjunction: ورئيس وزراء لوكسمبورغ كزافييه بيتل ← رئيس وزراء لوكسمبورغ)
    if (T[k]!.norm !== first && T[k]!.norm !== 'و' + first) continue;
    let ok = true;
    for (let m = 1; m < len && ok; m++) ok = T[k + m]?.norm === T[a + m]!.norm;
    if (!ok) continue;
    // (after the conjunction, only a tagged person right after it: in ورئيس بلدية البطين والمجلس البلدي كلمات … the
    // role is one of a list)
    if (T[k]!.norm !== first) {
      let n = k + len;
      while (n < T.length && ctx.lex.titles.has(T[n]!.norm)) n++;
      if (ctx.entType[n] !== 1) continue;
    }
    // the descriptor in apposition after a name (جوزفالدو فيريرا، المدير الفني لفريق الزمالك،): that name
    if (k >= 2 && T[k]!.norm === first && (T[k - 1]!.text === '،' || T[k - 1]!.text === ',') && ctx.entType[k - 2] === 1) {
      const ent = entityAt(ctx.entities, T[k - 2]!.start, T[k - 2]!.end);
      if (ent && ent.type === 'PERS') return ent.name;
    }
    let j = k + len;
    while (j < T.length && ctx.lex.titles.has(T[j]!.norm)) j++;
    const s = j;
    // (a body the role belongs to is no name: المدير الفني لفريق الزمالك)
    const body = (t: number) => ctx.entType[t] === 2 || ctx.entType[t] === 3 || (/^[لب]/.test(T[t]!.norm) && ctx.entType[t] !== 1 && !ctx.lex.firstNames.has(T[t]!.norm));
    while (j < T.length && j - s < 5 && !body(j) && (nameLike(ctx, T[j]) || ['بن', 'عبد', 'ابو', 'ابن'].includes(T[j]!.norm) || (j > s && /^ال/.test(T[j]!.norm) && !ctx.lex.roleNouns.has(T[j]!.norm) && (j++, false)))) j++;
    if (j - s >= 2) return ctx.text.slice(T[s]!.start, T[j - 1]!.end);
    // the same descriptor continued by its located body up to an untagged name (المدير العام لأمن مطار … اللواء فيصل السنين)
    const hit = nameAfterRole(ctx, k + len, Math.min(T.length, k + len + 14));
    // (… but a descriptor right after a tagged name, with no comma, is that person's, unless a name follows it at once
    // past an adjective or a title: الأمير فهد بن سلطان بن عبدالعزيز أمير منطقة تبوك التهاني لخادم … ← أمير منطقة تبوك;
    // not … بحضور مدير جامعة الباحة المكلف الدكتور عبدالله بن محمد الزهراني; and only when no occurrence names its
    // holder after it: not over معالي مستشار خادم الحرمين الشريفين الدكتور سعد الشثري)
    if (k >= 1 && T[k]!.norm === first && ctx.entType[k - 1] === 1 && len >= 2 && !(hit && hit[1] - (k + len) <= 2 && ctx.entType[hit[1]] === 1)) {
      const ent = entityAt(ctx.entities, T[k - 1]!.start, T[k - 1]!.end);
      if (ent && ent.type === 'PERS') {
        afterName ??= ent.name;
        continue;
      }
    }
    // an extra nationality adjective there (وزير الخارجية الإيطالي) names someone else
    if (hit && !T.slice(k + len, hit[0]).some((t) => /^ال.{3,}ي$/.test(t.norm))) return ctx.text.slice(T[hit[1]]!.start, T[hit[2] - 1]!.end);
    if (hit && !fallback) fallback = ctx.text.slice(T[hit[1]]!.start, T[hit[2] - 1]!.end);
  }
  if (afterName) return afterName;
  if (fallback) return fallback;
  // a descriptor sharing a nationality adjective with a role introduced before a name (المهاجم السوري ←
  // اللاعب السوري عمر السومه)
  const nisba = T.slice(a, np.b).find((t) => /^ال.{3,}ي$/.test(t.norm) && !ctx.lex.roleNouns.has(t.norm));
  if (nisba && len <= 3) {
    for (let k = np.a - 1; k > 0 && k > np.a - 1000; k--) {
      if (T[k]!.norm !== nisba.norm || !ctx.lex.roleNouns.has(T[k - 1]!.norm)) continue;
      const hit = personNameAt(ctx, k + 1, Math.min(T.length, k + 8));
      if (hit) return ctx.text.slice(T[hit[1]]!.start, T[hit[2] - 1]!.end);
    }
  }
  const want = descriptorWords(ctx.text.slice(T[a]!.start, T[np.b - 1]!.end).split(/\s+/).map(fold).join(' '));
  for (let k = np.a - 1; k >= 0 && k > np.a - 1000 && want.length; k--) {
    // the same head noun with the other words nearby, then a person mention: وزير الطاقة الروسي الكسندر نوفاك ← الوزير الروسي;
    // a dual head with coordinated complements, each followed by its name: مدربا النصر … خورخي ديسلفا والهلال … جورجيوس دونيس
    // (with a preposition fused to it: التقى … بمدير الهيئة العامة للسياحة … سامر الجهني ← مدير هيئة السياحة)
    let head = descriptorWords(T[k]!.norm)[0];
    if (head && head !== want[0] && /^[بل]/.test(head) && head.slice(1) === want[0]) head = want[0];
    if (head !== want[0] && !(head && /(ا|ان|ين)$/.test(head) && head.replace(/(ا|ان|ين)$/, '') === want[0])) continue;
    let seg = k + 1;
    for (let m = k + 1; m < Math.min(T.length, k + 16); m++) {
      if (ctx.entType[m] === 1 && ctx.entEnd[m]! > m) {
        // words between the head (or the last coordinated name) and this mention; quoted epithets are left out
        const between = T.slice(seg, m).filter((t, x) => isWord(t) && !isQuote(T[seg + x - 1]));
        const seen = descriptorWords([T[k]!.norm, ...between.map((t) => t.norm)].join(' '));
        // an extra nisba adjective there (وزير الخارجية الإيطالي) names someone else than the bare mention
        // (only a nationality counts: the generic adjectives of a body's name, العامة، الوطني، do not)
        // (a nationality meets its country: وزير … اليمني ← وزير … باليمن)
        const fits = want.slice(1).every((w) => seen.includes(w) || (w.length > 3 && w.endsWith('ي') && seen.includes(w.slice(0, -1)))) && !seen.some((w) => /ي$/.test(w) && !want.includes(w) && isNationality(w));
        const ent = fits ? entityAt(ctx.entities, T[m]!.start, T[ctx.entEnd[m]! - 1]!.end) : null;
        if (ent) return ent.name;
        if (head === want[0]) break;
        m = ctx.entEnd[m]! - 1;
        seg = m + 1;
        continue;
      }
      if (!isWord(T[m]) && !isQuote(T[m])) break;
      // (an indefinite word that is no title ends the descriptor: وزير الخارجية القطري مواصلة إيران دعمها لنظام
      // بشار الأسد is the minister and his object, not a name)
      if (isWord(T[m]) && !/^(ال|لل|[وبل])/.test(T[m]!.norm) && !ctx.lex.titles.has(T[m]!.norm) && !want.includes(descriptorWords(T[m]!.norm)[0] ?? '') && !ctx.entType[m] && !isQuote(T[m - 1])) {
        // … unless it opens an untagged name right after the whole descriptor (وزير حقوق الإنسان والإغاثة باليمن
        // عز الدين الأصبحي ← وزير حقوق الإنسان والإغاثة اليمني)
        if (head === want[0] && m - k >= want.length) {
          const seen = descriptorWords(T.slice(k, m).filter((t) => isWord(t)).map((t) => t.norm).join(' '));
          const fits = want.slice(1).every((w) => seen.includes(w) || (w.length > 3 && w.endsWith('ي') && seen.includes(w.slice(0, -1))));
          const hit = fits ? personNameAt(ctx, m, Math.min(T.length, m + 6)) : null;
          if (hit && hit[1] === m) return ctx.text.slice(T[hit[1]]!.start, T[hit[2] - 1]!.end);
        }
        break;
      }
    }
  }
  return roleAfterName(ctx, np.a, want);
}

/**
 * The one tagged person the document gives role `role` (a head noun without article), next to the role: after it
 * with at most two nisba adjectives, titles or a quotation mark between, or right before it, within 3,000 tokens.
 * Mentions in [a, b) (the phrase being resolved) do not count; two different persons give null.
 */
function onlyPersonWithRole(ctx: Ctx, role: string, a: number, b: number, rest: readonly string[] = []): Entity | null {
  if (role.length < 3) return null;
  const T = ctx.toks;
  let found: Entity | null = null;
  // (within 3,000 tokens either side: a whole archive pasted as one document stays linear)
  for (let k = Math.max(1, a - 3000); k < Math.min(T.length, b + 3000); k++) {
    if ((k >= a && k < b) || descriptorWords(T[k]!.norm)[0] !== role) continue;
    // the descriptor's other words are found with that mention of the role (وزير الخارجية التونسي is not البحيري
    // الوزير السابق, رئيس وزراء لوكسمبورغ not رئيس المفوضية الأوروبية جان كلود يونكر)
    // (only a conflicting complement rules the mention out: another body right after the role, or "former")
    const next = isWord(T[k + 1]) ? descriptorWords(T[k + 1]!.norm)[0] ?? '' : '';
    if (next === 'سابق' && !rest.includes('سابق')) continue;
    // (… unless the descriptor's complement comes a word or two on: أمين المدينة ← أمين منطقة المدينة المنورة الدكتور
    // خالد طاهر; the holder's title and name then follow that complement)
    let further = -1;
    if (rest.length && next && rest[0] !== next && !/ي(ه)?$/.test(rest[0]!) && !/ي(ه)?$/.test(next) && ctx.entType[k + 1] !== 1 && !ctx.lex.titles.has(T[k + 1]!.norm)) {
      for (let m = k + 2; m <= k + 3 && further < 0 && isWord(T[m]) && ctx.entType[m] !== 1; m++) if (descriptorWords(T[m]!.norm)[0] === rest[0]) further = m + 1;
      if (further < 0) continue;
    }
    const cands: number[] = [];
    if (further > 0) {
      let q = further;
      while (q < T.length && q - further < 3 && isWord(T[q]) && ctx.entType[q] !== 1 && /^ال/.test(T[q]!.norm) && !ctx.lex.titles.has(T[q]!.norm) && !ctx.lex.orgHeads.has(T[q]!.norm) && !ctx.lex.roleNouns.has(T[q]!.norm)) q++;
      const q0 = q;
      while (q < T.length && q - q0 < 3 && isWord(T[q]) && ctx.lex.titles.has(T[q]!.norm) && ctx.entType[q] !== 1) q++;
      if (q > q0 && ctx.entType[q] === 1) cands.push(q);
    }
    let p = k - 1;
    while (p > 0 && (T[p]!.text === '،' || T[p]!.text === ',')) p--;
    // (a name set off before the role by a comma holds it, whatever complement the role has: علي شايف الحريري، المتحدث
    // باسم المقاومة الشعبية الجنوبية ← متحدث المقاومة الجنوبية)
    if (ctx.entType[p] === 1 && (further < 0 || p < k - 1)) cands.push(p);
    // (… and the role written with the same complement, then titles and the name: رئيس بلدية مدركة المهندس عمر حامد العصيمي)
    if (further < 0 && rest.length) {
      let m = k + 1;
      for (const r of rest) {
        if (!isWord(T[m]) || descriptorWords(T[m]!.norm)[0] !== r) break;
        m++;
      }
      if (m - k - 1 === rest.length) {
        const m0 = m;
        while (m < T.length && m - m0 < 3 && isWord(T[m]) && ctx.lex.titles.has(T[m]!.norm) && ctx.entType[m] !== 1) m++;
        if (ctx.entType[m] === 1 && m > k + 1) cands.push(m);
      }
    }
    let j = further < 0 ? k + 1 : T.length;
    // (a body ending like a nisba, المفوضية، is the role's complement, not an adjective of it)
    while (j < T.length && j - k <= 3 && (isQuote(T[j]) || (isWord(T[j]) && (ctx.lex.titles.has(T[j]!.norm) || (/^ال.{3,}(ي|يه)$/.test(T[j]!.norm) && !ctx.lex.orgHeads.has(T[j]!.norm))) && ctx.entType[j] !== 1))) j++;
    if (ctx.entType[j] === 1) cands.push(j);
    for (const c of cands) {
      const e = entityAt(ctx.entities, T[c]!.start, T[c]!.end);
      if (!e || e.type !== 'PERS') continue;
      if (found && found.id !== e.id) return null;
      found = e;
    }
  }
  return found;
}

/** one-word roles whose construct with a body, a place or a person names the person holding them, folded */
const HOLDER = /^(مدير|رئيس|امين|نائب|وكيل|سكرتير|متحدث|مساعد|مستشار|عميد|محافظ|قائد|ممثل|سفير|مفتي|عضو|امير|مندوب|مبعوث|قنصل|محامي|مالك|صاحب|مؤسس|مدرب|لاعب|مهاجم|حارس)$/;
/** … of those, the ones that name someone else's aide with a person (نائب البشير، مستشار أوباما) */
const OF_PERSON = /^(نائب|وكيل|سكرتير|متحدث|مساعد|مستشار|مندوب|مبعوث|محامي)$/;

/**
 * The person the text names with the same role phrase elsewhere (مدير مطار الجوف عبدالمحسن المضيان), the phrase's
 * role at roleA and its complement at [a, b): that person's entity, or null.
 */
function holderOf(ctx: Ctx, roleA: number, a: number, b: number): { name: string; id: string } | null {
  const T = ctx.toks;
  const role = T[roleA]!.norm;
  const len = b - a;
  // (a woman's title too: الدكتورة، الأستاذة)
  const isTitle = (n: string) => ctx.lex.titles.has(n) || (/ه$/.test(n) && ctx.lex.titles.has(n.slice(0, -1)));
  // (within a window around the mention, so that a document of many such phrases stays linear)
  for (let k = Math.max(0, roleA - 3000); k + len < Math.min(T.length, roleA + 600); k++) {
    if (T[k]!.norm !== role && T[k]!.norm !== 'و' + role && T[k]!.norm !== 'ف' + role) continue;
    let d = 0;
    while (d < len && T[k + 1 + d]!.norm === T[a + d]!.norm) d++;
    if (d < len) continue;
    let j = k + 1 + len;
    // (the phrase itself may go on to the name: عضو مؤتمر الرياض لإنقاذ اليمن … الدكتورة ياسمين الفاطمي)
    if (k === roleA) while (j < T.length && j - (k + 1 + len) < 10 && isWord(T[j]) && (ctx.entType[j] !== 1 || /^ل/.test(T[j - 1]!.norm) || (ctx.entType[j - 1] === 1 && j > k + 1 + len)) && !isTitle(T[j]!.norm) && !ctx.lex.cues.has(T[j]!.norm) && !ctx.lex.complementizers.has(T[j]!.norm)) j++;
    const went = j > k + 1 + len;
    const j0 = j;
    while (j < T.length && j - j0 < 3 && (T[j]!.text === '،' || T[j]!.text === ',' || (isWord(T[j]) && isTitle(T[j]!.norm))) && ctx.entType[j] !== 1) j++;
    // (past a longer phrase only a title introduces the holder: not سامي الجابر in عضو شرف الهلال المعارض لبقاء سامي
    // الجابر الأمير نواف بن محمد)
    if (went && !isTitle(T[j - 1]?.norm ?? '')) continue;
    if (ctx.entType[j] === 1) {
      const e = entityAt(ctx.entities, T[j]!.start, T[j]!.end);
      if (e && e.type === 'PERS') return e;
    }
    // (… or a name the tagger missed after a title: … الدكتورة ياسمين الفاطمي)
    const title = k === roleA && isTitle(T[j - 1]!.norm) ? personNameAt(ctx, ctx.lex.titles.has(T[j - 1]!.norm) ? j - 1 : j, Math.min(T.length, j + 5)) : null;
    if (title && title[1] === j && title[2] > j) return { name: text(ctx, title[1], title[2]), id: '' };
  }
  return null;
}

/**
 * The person a one-word role (الوزير، الرئيس، اللاعب) at token `at` refers to: the latest earlier mention of the
 * same role right next to a tagged person, either after the name (توقع علي العمير وزير النفط الكويتي) or before
 * it with at most two nisba adjectives or titles between (الرئيس الصومالي حسن شيخ محمود، اللاعب السوري عمر السومه), or
 * after the role's short complement and a title (المشرف على الحملة الدكتور عبدالمعين عيد الأغا).
 */
function personForRole(ctx: Ctx, at: number): Entity | null {
  const T = ctx.toks;
  const role = descriptorWords(T[at]!.norm)[0];
  if (!role) return null;
  const person = (k: number): Entity | null => {
    const e = entityAt(ctx.entities, T[k]!.start, T[k]!.end);
    return e && e.type === 'PERS' ? e : null;
  };
  for (let k = at - 1; k > 0 && k > at - 1000; k--) {
    if (descriptorWords(T[k]!.norm)[0] !== role) continue;
    // (a role with its own complement after it stays unmatched before: وزير النفط ← الوزير is fine, the name is before)
    // (past the name's closing quotation mark too: بحسب “جان شارل بريزار” الخبير في تمويل الإرهاب)
    let b = k - 1;
    // (not a role behind a preposition: يقول "المصراتي" للضابط is said to the officer)
    while (b > 0 && (T[b]!.text === '،' || T[b]!.text === ',' || (isQuote(T[b]) && ctx.quotes.openOf[b]! >= 0 && /^ال/.test(T[k]!.norm)))) b--;
    if (ctx.entType[b] === 1) {
      const e = person(b);
      if (e) return e;
    }
    let j = k + 1;
    while (j < T.length && j - k <= 2 && isWord(T[j]) && (ctx.lex.titles.has(T[j]!.norm) || (/^ال.{3,}(ي|يه)$/.test(T[j]!.norm) && !ctx.lex.orgHeads.has(T[j]!.norm))) && ctx.entType[j] !== 1) j++;
    if (j < T.length && ctx.entType[j] === 1) {
      const e = person(j);
      if (e) return e;
    }
    // (… or with the role's own definite complement, untagged, before the name: وزير الطاقة خالد الفالح ← وكتب الوزير)
    if (/^ال/.test(T[at]!.norm) && !/^ال/.test(T[k]!.norm)) {
      let m = k + 1;
      while (m < T.length && m - k <= 3 && isWord(T[m]) && /^ال/.test(T[m]!.norm) && !ctx.entType[m] && !ctx.lex.orgHeads.has(T[m]!.norm) && !ctx.lex.roleNouns.has(T[m]!.norm)) m++;
      if (m > k + 1 && m < T.length && ctx.entType[m] === 1) {
        const e = person(m);
        if (e) return e;
      }
    }
    // (… or its prepositional complement, then the holder's title and name: المشرف على الحملة الدكتور عبدالمعين …)
    if (/^(علي|على|في)$/.test(T[k + 1]?.norm ?? '')) {
      let q = k + 2;
      while (q < T.length && q - k <= 5 && isWord(T[q]) && /^(ال|لل)/.test(T[q]!.norm) && !ctx.lex.titles.has(T[q]!.norm) && ctx.entType[q] !== 1) q++;
      if (q > k + 2 && q < T.length && ctx.lex.titles.has(T[q]!.norm) && ctx.entType[q + 1] === 1) {
        const e = person(q + 1);
        if (e) return e;
      }
    }
  }
  return null;
}

/**
 * A role given in apposition after a person's name (المهندس عبد العزيز حنفي، رئيس جمعية خيركم بجدة) and later used
 * alone in short (رئيس خيركم): the head noun, then every other word among the role's next eight words.
 */
function roleAfterName(ctx: Ctx, before: number, want: string[]): string | null {
  const T = ctx.toks;
  if (want.length < 2) return null;
  for (let k = before - 1; k > 1 && k > before - 1000; k--) {
    if (descriptorWords(T[k]!.norm)[0] !== want[0]) continue;
    let e = k;
    while (e > 0 && (T[e - 1]!.text === '،' || T[e - 1]!.text === ',')) e--;
    // (with or without the comma: … آل خليفة وزير الداخلية بمملكة البحرين)
    if (ctx.entType[e - 1] !== 1 || (e === k && ctx.entType[k] === 1)) continue;
    const seen = descriptorWords(T.slice(k, k + 8).filter((t) => isWord(t)).map((t) => t.norm).join(' '));
    // (a nationality meets its country there: وزير الداخلية البحريني ← … آل خليفة وزير الداخلية بمملكة البحرين)
    // (… and a word meets itself behind ل or ب: رئيس رعاية الشباب ← الرئيس العام لرعاية الشباب)
    if (!want.slice(1).every((w) => seen.includes(w) || nationalityMeets(w, seen) || seen.some((x) => x.length > 3 && x.replace(/^[بل]/, '') === w))) continue;
    let s = e - 1;
    while (s > 0 && ctx.entType[s - 1] === 1 && !(ctx.entEnd[s]! >= e)) s--;
    const ent = entityAt(ctx.entities, T[s]!.start, T[e - 1]!.end);
    if (ent && ent.type === 'PERS') return ent.name;
  }
  return null;
}

/** The nearest earlier source compatible with a cue's gender and number (or the nearest one). */
/**
 * A one-word source no one is, written where a speaker would be: a preposition with its pronoun (قال مني), a manner
 * word or a noun (قال ببساطة، مبتسما، بدون شك، الأمر). Kept for its own claim, never followed by a pro-drop cue.
 */
/** God and the Prophet, cited in a sermon or a column (قال تعالى، قال رسول الله صلى الله عليه وسلم), folded */
const CITED = /^(الله|الله تعالي|الله عز وجل|الله جل وعلا|جل وعلا|عز وجل|الله سبحانه وتعالي|رسول الله|الرسول|النبي|نبي الله|المصطفي|تعالي|سبحانه|الحق سبحانه)$/;

/** God or the Prophet, cited (قال تعالى، قال رسول الله). */
export function citedSource(s: Source): boolean {
  return CITED.test(fold(s.name.trim()));
}

function junkSource(s: Source): boolean {
  if (s.entityId) return false;
  // (an indefinite accusative, written with its tanwin, is an object, never a subject: استعراضا لأعلام الدول)
  if (/^[^\s]*\u064b/.test(s.name.trim()) && s.type !== 'ANON') return true;
  // (… nor a phrase opened by a preposition, or an event's noun alone: إلى موقف هجومي، الافتتاح of في حفل الافتتاح)
  // (… or by a verb with its و: وسارعت روسيا إلى)
  if (/\s/.test(s.name.trim())) {
    const w0 = fold(s.name.trim().split(/\s+/)[0]!);
    return PREP_OPEN.test(w0) || /^و.{3,}ت$/.test(w0);
  }
  const n = fold(s.name.trim());
  // (… nor a holy site's adjective left from its name: الحرام of المسجد الحرام)
  if (OCCASION_ALONE.test(n) || SITE_ALONE.test(n)) return true;
  // (… nor a particle or a function word a phrase was cut at: ممن، ففي، كيف، عندما)
  return PREP_WITH_PRONOUN.test(n) || /^(شك|الامر|ببساطه|مبتسما|مبتسمه|واضحا|ضاحكا|ضاحكه)$/.test(n) || neverSpeaker(n) || PARTICLE_START.test(n) || FUNCTION_WORD.test(n) || ACCUSATIVE_WORD.test(n) || /^[وف](له|لها|لهم|به|بها|فيه|فيها)$/.test(n);
}
/**
 * an indefinite accusative written without its tanwin, folded: a participle or an adjective of manner (مدافعا، شديدا،
 * كبيرا, نفيا شديدا), or a plural behind ل (لإحصائيات) — a verb's complement, never a subject; or an ordinal left alone
 * (الأولى of للمرة الأولى)
 */
const ACCUSATIVE_WORD = /^(م.{3,}ا|[^ا]{2}ي[^ا]ا|ل.{3,}ات|ال(اولي|اول|ثانيه|ثالثه|اخيره|اخري))$/;
/** a bare preposition opening a phrase, folded: no source's first word (not على, folded like the name علي) */
const PREP_OPEN = /^(في|الي|الى|من|عن|مع|حول|خلال|عند|لدى|لدي|منذ|نحو|ضد)$/;
/** function words that name nobody, folded */
const FUNCTION_WORD = /^[وف]?(ممن|مما|فيما|بينما|عندما|حينما|كلما|حيث|اذ|اذا|لو|ان|في|من|الي|عن|مع|ثم|كيف|اين|هنا|هناك|اما|او|بل|لان|كي|حتي|حتى|قد|لقد|لم|لن|لا|ما)$/;

export function implicitSource(history: Source[], gender: Gender, number: GNumber, before: number, strict = false): Source | null {
  let fallback: Source | null = null;
  for (let h = history.length - 1; h >= 0 && h >= history.length - 200; h--) {
    const s = history[h]!;
    if (s.at >= before || s.aliasOnly || junkSource(s)) continue;
    if (!fallback) fallback = s;
    const sg = s.gender === '?' ? roleGender(s) : s.gender;
    const gOk = gender === '?' || sg === '?' || sg === gender || (number === 'p' && s.number === 'p');
    // (a feminine singular verb goes with a plural of things or bodies, مصادر، تقارير, never with people: ونقلت المصادر عن
    // شهود عيان أن …. وأضافت إن … is the sources)
    const nOk = number === '?' || s.number === '?' || (number === 'p') === (s.number === 'p') || (gender === 'f' && s.number === 'p' && !humanPlural(s));
    if (gOk && nOk) return s;
  }
  // (strict: only one that agrees; a feminine verb after a man's words looks for its own subject first)
  if (strict && fallback && gender === 'f' && (fallback.gender === 'm' || (fallback.gender === '?' && roleGender(fallback) === 'm')) && fallback.number !== 'p' && number !== 'p') return null;
  // (never a man for a feminine verb: وقال رئيس بلدية روما … وروت آنا لورا … وقالت: «…» is not the mayor)
  // (… unless the name itself is a woman's or a body's word: زوجته الثالثة)
  if (fallback && gender === 'f' && fallback.type === 'PERS' && fallback.number !== 'p' && number !== 'p' && maleSource(fallback)) return null;
  return fallback;
}

/** A man by the cue that quoted him or by his role, his name not a woman's or a body's word (زوجته الثالثة). */
export function maleSource(s: Source): boolean {
  return (s.gender === 'm' || roleGender(s) === 'm') && !/(ة|ت(ه|ها|هم))$/.test(s.name.trim().split(/\s+/)[0]!.replace(/[\u064b-\u0652\u0640]/g, ''));
}

/** folded masculine and feminine heads of a person's role or title (رئيس بلدية روما، الوزيرة) */
const MALE_ROLE = /^(ال)?(رئيس|مدير|وزير|نائب|امين|محافظ|سفير|متحدث|ناطق|مسؤول|قائد|شيخ|امير|ملك|سيد|دكتور|لواء|عميد|عقيد|مستشار|مساعد|وكيل|مندوب|مبعوث|مدرب|لاعب|رجل|شاب|والد|اب|ابن|اخ|زوج|عم|خال|جد)$/;
const FEMALE_ROLE = /^(ال)?(رئيسه|مديره|وزيره|نائبه|امينه|سفيره|متحدثه|ناطقه|مسؤوله|شيخه|اميره|ملكه|سيده|دكتوره|مستشاره|مساعده|وكيله|مدربه|لاعبه|امراه|مراه|فتاه|شابه|والده|ام|ابنه|اخت|زوجه|جده)$/;

/** A person's gender from the head of the role or title that names them (and nothing else), or '?'. */
export function roleGender(s: Source): Gender {
  // (only for a source known by its role alone: a named woman may carry a man's title, وكيل الوزارة الدكتورة هيا العواد)
  if (s.type !== 'PERS' || s.named || s.entityId) return '?';
  const head = fold((s.descriptor || s.name).trim()).split(/\s+/)[0] ?? '';
  return MALE_ROLE.test(head) ? 'm' : FEMALE_ROLE.test(head) ? 'f' : '?';
}

/** folded plurals of people (masculine sound plurals aside), which take a plural verb, never a feminine singular one */
const HUMAN_PLURAL = /^(شهود|خبراء|سكان|اهالي|اهل|عمال|طلاب|اطباء|علماء|نشطاء|زعماء|قاده|مسؤولو|ممثلو|اعضاء|رجال|شباب|ابناء|اقارب|ذوو|ذوي|جنود|ضباط|لاعبو|نواب|وزراء|سفراء|رؤساء|مشايخ|شيوخ|فلاحو|تجار|مزارعو|زوار|سياح|ركاب|اباء|امهات)$/;

function humanPlural(s: Source): boolean {
  const head = (s.descriptor || fold(s.name)).split(/\s+/)[0]!.replace(/^(و|ال)+/, '');
  return HUMAN_PLURAL.test(head) || /^(م|مت|مست).{2,}(ون|ين)$/.test(head) || /^.{3,}(يون|يين)$/.test(head);
}

/** Names of PERS/ORG entities (targets) and LOC entities (places) mentioned inside [start, end). */
export function inside(entities: Entity[], start: number, end: number, exclude: string | null): { targets: string[]; places: string[] } {
  const targets = new Set<string>();
  const places = new Set<string>();
  if (entities.length)
    mentionsFrom(entities, start, end, (_s, me, e) => {
      if (e.id === exclude || me > end) return;
      if (e.type === 'LOC') places.add(e.name);
      else if (e.type === 'PERS' || e.type === 'ORG') targets.add(e.name);
    });
  return { targets: [...targets], places: [...places] };
}

/**
 * Token k may be a family name the tagger left out after a first name (الركيان، تابيش، ويلسون): no word of the
 * speech lexicons, no other entity, no accusative adverb (شارحا) or verbal-noun shape (تعريف).
 */
function surnameLike(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  if (!t || t.kind !== 'word') return false;
  const n = t.norm;
  const L = ctx.lex;
  if (ctx.entType[k] && ctx.entType[k] !== 1) return false;
  if (L.roleNouns.has(n) || L.titles.has(n) || L.orgHeads.has(n) || L.anonHeads.has(n) || L.cues.has(n) || L.objectStarters.has(n) || L.adjectives.has(n) || L.circumstantial.has(n) || L.timeHeads.has(n) || L.demonstratives.has(n) || L.mannerNouns.has(n)) return false;
  if (/[\u064b]/.test(t.text) || /ا$/.test(n) || /^ت..ي.$/.test(n) || /^(فان|دي|دا|بن|ابن|ابو|عبد|ال|اول|ثاني|ثالث|اخر|احد|كل|بعض|جميع|نفس|ذات|ايضا|امس|اليوم|غدا|قد|لقد|هو|هي|المعرف|المعروف|الملقب)$/.test(n)) return false;
  // (nor a ل-phrase, an adjective of origin, or a noun with its pronoun: لسيد، الأسبانية، تصريحه)
  if (/^ل/.test(n) || /^ال.{2,}(ي|يه)$/.test(n) || /^ت..يح?(ه|ها|هم)$/.test(n) || L.objectStarters.has(n.replace(/(ه|ها|هم)$/, ''))) return false;
  return n.length >= 3;
}

/** A mention of `ent` inside the phrase [a, b) right after a title (الملك، الأمير، الشيخ): a person a body is named
 * after (مطار الملك فهد الدولي), not the body. */
function titledInside(ctx: Ctx, ent: Entity, a: number, b: number): boolean {
  const T = ctx.toks;
  for (let k = a + 1; k < b; k++) {
    if (!ctx.lex.titles.has(T[k - 1]!.norm)) continue;
    // (the mention starting at the title or right after it: الملك فهد, فهد)
    if (ent.mentions.some((m) => m.start === T[k]!.start || m.start === T[k - 1]!.start)) return true;
  }
  return false;
}

/** "The same source" (المصدر ذاته، المصادر نفسها، نفس المصدر، ذات المصدر), folded words of the phrase np. */
function sameSource(ctx: Ctx, np: NP): boolean {
  if (np.b - np.a !== 2) return false;
  return sameSourceName(ctx.toks[np.a]!.norm + ' ' + ctx.toks[np.a + 1]!.norm);
}

/** The last unnamed source or body quoted within 300 tokens before np (not a named person quoted in between); for
 * المصادر, a plural or anonymous one. */
function sameSourceBefore(ctx: Ctx, np: NP, history: Source[]): Source | undefined {
  const plural = /مصادر/.test(ctx.toks[np.a]!.norm + ctx.toks[np.a + 1]!.norm);
  return history.slice(-5).reverse().find((s) => s.at < np.a && s.at > np.a - 300 && !sameSourceName(s.name) && (s.type === 'ANON' || s.type === 'ORG' || (s.type === 'PERS' && !s.named && !s.entityId)) && (!plural || s.number === 'p' || s.type === 'ANON'));
}

function sameSourceName(name: string): boolean {
  const n = fold(name);
  return /^ال(مصدر|مصادر) (ذاته|نفسه|ذاتها|نفسها)$/.test(n) || /^(نفس|ذات) ال(مصدر|مصادر)$/.test(n);
}
