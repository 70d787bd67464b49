/**
 * Implicit speakers read from the clause itself rather than from earlier claims: the subject of the clause a
 * participle or a coordinated verb hangs on (فيما هاجمت الكتل … متهمة إياها; من جهتها، استنكرت الأمانة العامة
 * لمنظمة التعاون الإسلامي تصريحات المالكي وقالت إنها …), and, with no earlier speaker at all, the nearest
 * person or organisation mention; the subject of the verb opening a participle's sentence (من جانبه، أشاد …،
 * مشيراً); and for a pro-drop verb with no earlier speaker, the subject of the sentence before it.
 */
import { isEnd, isQuote, isWord, type Ctx } from './context.js';
import { cueHere } from './cue-words.js';
import type { CueForm, Gender, GNumber } from './inflect.js';
import { bPhrase, definite, isEventNoun, isPrep, junkSpeakerWord, notVerbWord, partitiveAt, prepObjectWord } from './np-words.js';
import { build, possessedVerbalNoun, type NP } from './np-names.js';
import { WEEKDAYS } from './np-bounds.js';
import { fold } from '../text/normalize.js';
import { entityAt, implicitSource, sourceOf, type Source } from './resolve.js';
import { parseSpeaker, skipLeading } from './speaker.js';

const COMMA_OR_DASH = new Set(['،', ',', '-', '–']);

/** adverbial heads a fronted phrase opens with (أمام ذلك، إزاء هذا، حيال ذلك، عقب الاجتماع،), folded */
const FRONT_HEAD = /^[وف]?(امام|ازاء|حيال|تجاه|بعد|قبل|خلال|عقب|اثر|وسط|رغم|مقابل|عند|لدي|لدى|اثناء)$/;

const CLAUSE_PARTICLE = new Set(['فيما', 'بينما', 'حيث', 'كما', 'ثم', 'وقد', 'فقد']);

/** Past a fronted phrase and its comma opening a clause (من ناحية ثانية، وفي العراق نفسه، على صعيد آخر،). */
function afterFronted(ctx: Ctx, s0: number, limit: number): number {
  const T = ctx.toks;
  const t = T[s0];
  // (كما "likewise" before the verb: كما حرص مسؤولو مستشفيات … على تقديم التهاني …، مؤكدين)
  if (t && /^و?كما$/.test(t.norm) && isWord(T[s0 + 1]) && s0 + 2 < limit) return s0 + 1;
  // ("in turn" and its comma: بدورهم، أشاد عدد من المسؤولين …)
  if (t && /^بدور(ه|ها|هم|هما)$/.test(t.norm)) {
    const comma = T[s0 + 1]?.text === '،' || T[s0 + 1]?.text === ',';
    const k = comma ? s0 + 2 : s0 + 1;
    if ((comma || isWord(T[s0 + 1])) && k < limit) return k;
  }
  // ("for their part", with or without its comma: من جانبهم عبّر المواطنون …، من جهتها، أكدت …)
  if (t && /^و?من$/.test(t.norm) && /^(جانب|جهت|ناحيت)(ه|ها|هم|هما)$/.test(T[s0 + 1]?.norm ?? '') && s0 + 3 < limit) return T[s0 + 2]?.text === '،' || T[s0 + 2]?.text === ',' ? s0 + 3 : s0 + 2;
  // (an adverb and its comma: دوليا، محليا، ميدانيا،)
  if (t && isWord(t) && /^[^ا].{2,}يا$/.test(t.norm) && (T[s0 + 1]?.text === '،' || T[s0 + 1]?.text === ',') && s0 + 2 < limit) return s0 + 2;
  // (من جهة أخرى، من ناحية ثانية, with or without their comma)
  if (t && /^و?(من|علي|على)$/.test(t.norm) && /^(جهه|ناحيه|جانب|صعيد)$/.test(T[s0 + 1]?.norm ?? '') && /^(اخري|اخرى|ثانيه|اخر|ثان)$/.test(T[s0 + 2]?.norm ?? '') && s0 + 3 < limit) return T[s0 + 3]?.text === '،' || T[s0 + 3]?.text === ',' ? s0 + 4 : s0 + 3;
  // (… or an adverbial head with its phrase and comma: أمام ذلك، وإزاء هذا الوضع، وبعد انتهاء الاجتماع،)
  if (!t || !isWord(t) || !(isPrep(t) || (/^و../.test(t.norm) && isPrep({ ...t, norm: t.norm.slice(1) })) || FRONT_HEAD.test(t.norm))) return s0;
  let k = s0 + 1;
  // (a short gloss in brackets inside it: في مارس (آذار) الماضي،)
  for (let w = 0; k < limit && w < 6; k++) {
    if (T[k]!.text === '(' && T[k + 2]?.text === ')' && isWord(T[k + 1])) k += 2;
    else if (isWord(T[k])) w++;
    else break;
  }
  return (T[k]?.text === '،' || T[k]?.text === ',') && k + 1 < limit ? k + 1 : s0;
}

/**
 * Past a byline or a dateline and its colon opening the sentence (شقران الرشيدي- سبق- الرياض: أبدى …): the reporter
 * and the place are no subject.
 */
function pastByline(ctx: Ctx, s0: number, limit: number): number {
  const T = ctx.toks;
  let dash = false;
  for (let c = s0; c < limit && c - s0 <= 10; c++) {
    const x = T[c]!;
    const t = x.text;
    if (t === ':') return dash && c + 1 < limit ? c + 1 : s0;
    if (t === '-' || t === '–') dash = true;
    else if (!isWord(x) && !isQuote(x) && t !== '(' && t !== ')') return s0;
  }
  return s0;
}

/** Past the writer's "it is mentioned that" opening a sentence (ويذكر أنه، يشار إلى أن): the clause after it tells the news. */
function pastBackground(ctx: Ctx, s0: number, limit: number): number {
  const T = ctx.toks;
  if (!/^و?(يذكر|يشار)$/.test(T[s0]?.norm ?? '')) return s0;
  let k = s0 + 1;
  if (/^(الي|الى)$/.test(T[k]?.norm ?? '')) k++;
  return ctx.lex.complementizers.has(T[k]?.norm ?? '') && /^[بل]?ان(ه)?$/.test(T[k]!.norm) && k + 2 < limit ? k + 1 : s0;
}

/**
 * The subject of the clause a participle hangs on when that clause has no claim of its own
 * (فيما هاجمت الكتل البرلمانية بعض القوى … متهمة إياها …): the phrase after the clause's verb, when it is
 * a recognisable source and no speaker was recorded after the clause began.
 */
/**
 * A person tagged right before the participle at i, after a verb and its resumptive (التي علّق عليها طه حسين قائلا،
 * فرد عليه الوزير خالد الفالح قائلاً): the subject of that verb goes on to speak.
 */
export function relativeVerbSubject(ctx: Ctx, i: number): Source | null {
  const T = ctx.toks;
  let m = i - 1;
  while (m > 0 && ctx.entType[m - 1] === 1 && ctx.entEnd[m] === -1 && i - m < 6) m--;
  if (m >= i || ctx.entType[m] !== 1 || ctx.entEnd[m] !== i) return null;
  let v = m - 1;
  if (/^(علي|الي|ل|في|عن|ب|من)(ه|ها|هم|هما)$/.test(T[v]?.norm ?? '')) v--;
  if (!isWord(T[v]) || v < 1 || !/^(التي|الذي|الذين|ما|حين|عندما|فرد|ورد|رد)$/.test(T[v - 1]!.norm) || ctx.entType[v]) return null;
  const e = entityAt(ctx.entities, T[m]!.start, T[i - 1]!.end);
  return e && e.type === 'PERS' ? { name: e.name, entityId: e.id, type: 'PERS', gender: '?', number: 's', words: [], descriptor: '', named: true, at: m } : null;
}

export function clauseSubject(ctx: Ctx, i: number, history: Source[]): Source | null {
  const T = ctx.toks;
  const s0 = ctx.sentStart[i]!;
  const last = history.length ? history[history.length - 1]!.at : -1;
  for (let j = i - 2; j >= Math.max(s0, i - 40); j--) {
    if (!CLAUSE_PARTICLE.has(T[j]!.norm)) continue;
    // (فيما بينهم "among themselves", فيما يخص "as for": no clause)
    if (/^(بين|بينهم|بينها|بينهما|بيننا|يخص|يتعلق|يتصل)$/.test(T[j + 1]?.norm ?? '')) continue;
    if (last >= j || !isWord(T[j + 1]) || ctx.lex.cues.has(T[j + 1]!.norm)) return null;
    // the particle inside a reported clause (وأفاد أن … ثم تبدأ رحلة البحر …، مشيراً): the cue's speaker goes on
    let cue = false;
    for (let c = s0; c < j; c++) {
      if (ctx.lex.cues.has(T[c]!.norm) && !T[c]!.norm.startsWith('م')) cue = true;
      // (or its colon or opening quotation: وأضاف: "تم إهمال الجثة …، حيث يعد إهمالا …"، مشيرا)
      else if (cue && (ctx.lex.complementizers.has(T[c]!.norm) || T[c]!.text === ':' || (isQuote(T[c]) && ctx.quotes.closeOf[c]! > c))) return null;
    }
    const np = parseSpeaker(ctx, j + 2, i, null);
    // the verb's prepositional object (حيث قاموا بترقيع الحفر …، مؤكدا): no subject is written
    if (np && !ctx.entType[np.a] && /^(ب|ل|الي|في|من|علي|عن)/.test(T[np.a]!.norm) && (/^(الي|في|من|علي|عن)$/.test(T[np.a]!.norm) || /^(بال|لل|ب|ل)/.test(T[np.a]!.norm) && !ctx.lex.orgHeads.has(T[np.a]!.norm))) return null;
    // (a name is one the tagger or the first-name list knows: فيما تستأنف الفعاليات يومي الخميس names no one)
    const knownName = np && np.named && (ctx.entType[np.nameA] === 1 || ctx.entType[np.nameA] === 2 || ctx.lex.firstNames.has(T[np.nameA]!.norm));
    if (!np || !(np.type === 'ORG' || np.type === 'ANON' || knownName || ctx.entType[np.a] === 1 || ctx.entType[np.a] === 2)) return null;
    return sourceOf(ctx, np, '?', np.plural ? 'p' : '?', history);
  }
  return null;
}

/** words before عن that make its object the one represented, not the one acting (نيابة عن، ممثلاً عن، مندوباً عن) */
const PROXY = /^(ب?النيابه|نيابه|نيابتا|ممثلا|ممثله|ممثلين|مندوبا|مندوبه)$/;

/**
 * Whether the mention starting at k is the one someone stands in for (ألقى الكلمة نيابة عن الأمير خالد الفيصل):
 * عن after a word of proxy, with at most three titles or role words between it and the name.
 */
export function proxied(ctx: Ctx, k: number): boolean {
  const T = ctx.toks;
  let j = k - 1;
  while (j > 0 && k - j <= 3 && isWord(T[j]) && (ctx.lex.titles.has(T[j]!.norm) || ctx.lex.roleNouns.has(T[j]!.norm))) j--;
  return T[j]?.norm === 'عن' && PROXY.test(T[j - 1]?.norm ?? '');
}

/**
 * The one standing in, written right before the proxy word whose mention starts at k: a role phrase of up to five
 * words opening with a role noun or title (وافتتح الحفل وكيل الوزارة نيابة عن الوزير …), or null.
 */
function standIn(ctx: Ctx, k: number, gender: Gender, history: Source[]): Source | null {
  const T = ctx.toks;
  let p = k - 1;
  while (p > 0 && k - p <= 4 && T[p]!.norm !== 'عن') p--;
  p--;
  for (let r = p - 1; r >= Math.max(0, p - 5); r--) {
    if (!isWord(T[r])) return null;
    if (!ctx.lex.roleNouns.has(T[r]!.norm) && !ctx.lex.titles.has(T[r]!.norm)) continue;
    const np = parseSpeaker(ctx, r, p, null, true);
    return np && np.a === r && np.b === p ? sourceOf(ctx, np, gender, 's', history) : null;
  }
  return null;
}

/** No earlier speaker at all: the nearest person (or organisation, unless personOnly) mention before token i (within 400 tokens). */
export function entityBefore(ctx: Ctx, i: number, gender: Gender, personOnly = false, history: Source[] = []): Source | null {
  const T = ctx.toks;
  for (let k = i - 1; k >= 0 && k > i - 400; k--) {
    const ty = ctx.entType[k];
    // (not the one someone stands in for: وألقى الكلمة نيابة عن الأمير خالد الفيصل، وأكد …; the one standing in,
    // when the text names them right before: وافتتح الحفل وكيل الوزارة نيابة عن الوزير …)
    if (ctx.entEnd[k]! > k && proxied(ctx, k)) {
      const s = standIn(ctx, k, gender, history);
      if (s) return s;
      continue;
    }
    if ((ty === 1 || (ty === 2 && !personOnly)) && ctx.entEnd[k]! > k) {
      const e = entityAt(ctx.entities, T[k]!.start, T[ctx.entEnd[k]! - 1]!.end);
      if (e) return { name: e.name, entityId: e.id, type: e.type === 'ORG' ? 'ORG' : 'PERS', gender, number: '?', words: [], descriptor: '', named: true, at: k };
    }
  }
  return null;
}


/** the noun each honorific pronoun stands for (معاليه ← معالي، سموه ← سمو), folded */
const HONORIFIC_OF: Record<string, string> = {
  معاليه: 'معالي', معاليها: 'معالي', سموه: 'سمو', سموها: 'سمو', فخامته: 'فخامه', سعادته: 'سعاده', سعادتها: 'سعاده',
  فضيلته: 'فضيله', فضيلتها: 'فضيله', سماحته: 'سماحه', سماحتها: 'سماحه', جلالته: 'جلاله', سيادته: 'سياده',
};
/** that noun as written before a name (السمو in صاحب السمو) */
const written = (noun: string, w: string) => w === noun || w === 'ال' + noun;
/** words that give a person the honorific without writing it (a prince is سمو, a minister معالي, a sheikh فضيلة) */
const HONOURED_BY: Record<string, RegExp> = {
  سمو: /^(الامير|الاميره|امير|اميره|ولي)$/, معالي: /^(وزير|الوزير|وزيره|الوزيره)$/, فضيله: /^(الشيخ|الشيخه)$/, سماحه: /^(الشيخ|المفتي|السيد)$/,
};

/**
 * The person an honorific pronoun at k points to (وأشار معاليه): the last person the text named within a few words
 * after that honorific's noun (معالي رئيس البرلمان العربي الأستاذ أحمد بن محمد الجروان), not whoever spoke last.
 */
export function honorificHolder(ctx: Ctx, k: number, gender: Gender, current: Source | null): Source | null {
  const T = ctx.toks;
  const want = HONORIFIC_OF[T[k]?.norm ?? ''];
  if (!want) return null;
  // (only over a person resolved so far who never carries that honorific: a minister after the king who received him,
  // not the article's minister after the other minister he met)
  if (!current || (current.entityId && honoured(ctx, current.entityId, want, k))) return null;
  for (let j = k - 1; j >= 0 && j > k - 3000; j--) {
    if (!isWord(T[j]) || !written(want, T[j]!.norm)) continue;
    for (let m = j + 1; m < Math.min(k, j + 14); m++) {
      if (isEnd(T[m]!)) break;
      // (not past the one addressed or what is done in the holder's name: ورفع سمو باسمه … التعازي لخادم الحرمين الملك سلمان)
      if (isWord(T[m]) && !ctx.entType[m] && (/^و?ل[^ل]/.test(T[m]!.norm) && !ctx.lex.roleNouns.has(T[m]!.norm) || /^باسم/.test(T[m]!.norm))) break;
      if (ctx.entType[m] === 1 && ctx.entEnd[m]! > m) {
        const e = entityAt(ctx.entities, T[m]!.start, T[ctx.entEnd[m]! - 1]!.end);
        if (e) return { name: e.name, entityId: e.id, type: 'PERS', gender, number: 's', words: [], descriptor: '', named: true, at: m };
      }
    }
  }
  return null;
}

/** Whether the text writes the honorific's noun a few words before a mention of entity id ahead of k. */
function honoured(ctx: Ctx, id: string, want: string, k: number): boolean {
  const T = ctx.toks;
  for (let m = Math.max(0, k - 3000); m < k; m++) {
    if (ctx.entType[m] !== 1 || ctx.entEnd[m]! <= m) continue;
    const e = entityAt(ctx.entities, T[m]!.start, T[ctx.entEnd[m]! - 1]!.end);
    if (!e || e.id !== id) continue;
    const by = HONOURED_BY[want];
    for (let j = m - 1; j >= 0 && j >= m - 13; j--) {
      if (isEnd(T[j]!)) break;
      if (isWord(T[j]) && (written(want, T[j]!.norm) || (!!by && by.test(T[j]!.norm)))) return true;
    }
  }
  return false;
}

/** a group named by its definite plural participle (المشاركون، المحتجين), not a nisba plural (المصريون) */
function participleGroup(ctx: Ctx, k: number): boolean {
  const n = ctx.toks[k]!.norm;
  return /^ال(م|مت|مست)..{2,}(ون|ين)$/.test(n) && !/(يون|يين)$/.test(n);
}

/**
 * Past a short fronted prepositional phrase opening a clause (وفي بداية الحفل، وفي تركيا، ومع ذلك): the preposition,
 * the noun after it and its definite genitives, up to four words, when a verb with its subject follows; else k.
 */
function pastFrontedPP(ctx: Ctx, k: number, limit: number): number {
  const T = ctx.toks;
  if (!T[k] || !isWord(T[k]) || !/^[وف]?(في|مع|منذ|خلال|عند|لدي|بعد|قبل|عقب|اثناء|امام|وسط)$/.test(T[k]!.norm)) return k;
  let j = k + 2;
  while (j < limit && j - k <= 4 && isWord(T[j]) && /^ال/.test(T[j]!.norm) && !ctx.entType[j]) j++;
  // (a verb there: a short word with a title, a role or a tagged subject after it)
  const L = ctx.lex;
  const subj = T[j + 1] && isWord(T[j + 1]) && (L.titles.has(T[j + 1]!.norm) || L.roleNouns.has(T[j + 1]!.norm) || ctx.entType[j + 1] === 1 || ctx.entType[j + 1] === 2);
  return j < limit - 1 && isWord(T[j]) && isWord(T[k + 1]) && !ctx.entType[j] && !/^ال/.test(T[j]!.norm) && T[j]!.norm.length <= 5 && subj ? j : k;
}

/** A recognisable source: a body, an anonymous source, a name or an entity mention. */
function recognisable(ctx: Ctx, np: { type?: string; named: boolean; a: number; b: number }): boolean {
  // (one of a group: علق أحد المغردين على ذلك وقال …)
  const oneOf = np.b - np.a >= 2 && /^(احد|احدي)$/.test(ctx.toks[np.a]!.norm);
  if (np.type === 'ORG' || np.type === 'ANON' || np.named || oneOf || ctx.entType[np.a] === 1 || ctx.entType[np.a] === 2) return true;
  // (a group named by its plural participle: ورفع المشاركون لافتات …، وطالبوا بالتدخل)
  return participleGroup(ctx, np.a) ||
    // (a title before a tagged name: الأمير فيصل بن خالد)
    (ctx.lex.titles.has(ctx.toks[np.a]!.norm) && np.b - np.a >= 2 && ctx.entType[np.a + 1] === 1);
}

/**
 * A coordinated verb or participle shares the subject of its clause's first verb when no speaker was recorded
 * in the sentence yet (استنكرت الأمانة العامة … التصريحات وقالت إن …; بينما استنكرت منظمة التعاون الإسلامي
 * التصريحات وعدتها «…»). The clause starts after the last clause particle before the cue or at the sentence start
 * (past a fronted من جهتها،); its verb must agree with the cue in gender.
 */
export function coordinateSubject(ctx: Ctx, i: number, gender: Gender, history: Source[], roles = false, plural = false): Source | null {
  const near = coordinateFrom(ctx, i, gender, history, roles, false, plural);
  // (a plural cue after a contrast whose own plural subject comes before its verb: وظهر سيف الإسلام القذافي …
  // لكن فصائل الزنتان رفضت تسليمه وقالوا إنهم …)
  if (plural && (!near || near.number !== 'p')) {
    const group = contrastGroupBefore(ctx, i, gender, history);
    if (group) return group;
  }
  // (a plural cue whose nearest clause drops its subject too goes back to the sentence's own: وقد عبر أبناء الفقيد … عن
  // شكرهم … كما قدموا شكرهم لكل من واساهم …، وقالوا: …)
  if (near || !plural) return near;
  const far = coordinateFrom(ctx, i, gender, history, roles, true, plural);
  return far && (far.number === 'p' || far.type === 'ANON') ? far : null;
}

/** The plural subject written after لكن / إلا أن / غير أن, then its verb, in the clause before the cue at i. */
function contrastGroupBefore(ctx: Ctx, i: number, gender: Gender, history: Source[]): Source | null {
  const T = ctx.toks;
  const s0 = ctx.sentStart[i]!;
  for (let j = i - 3; j >= Math.max(s0, i - 30); j--) {
    const n = T[j]!.norm;
    const a = /^و?لكن$/.test(n) ? j + 1 : /^(الا|غير|بيد)$/.test(n) && T[j + 1]?.norm === 'ان' ? j + 2 : -1;
    if (a < 0) continue;
    const np = isWord(T[a]) ? parseSpeaker(ctx, a, i, null, true) : null;
    if (!np || np.a !== a || !np.plural || !isWord(T[np.b]) || np.b >= i - 1 || ctx.entType[np.b] || ctx.lex.cues.has(T[np.b]!.norm) || !/^[^ا].{2,}(ت|وا)$/.test(T[np.b]!.norm)) return null;
    return { ...sourceOf(ctx, np, gender, 'p', history), number: 'p' };
  }
  return null;
}

/**
 * The topic after أما at v when its clause goes on with a ف-verb that reports nothing: that verb's subject (أما حزب
 * العمال الكردستاني في العراق فتحدّث عن مقتل خمسة أشخاص …، إلا أنه أقر بأن …).
 */
export function amaSubject(ctx: Ctx, v: number, i: number, gender: Gender, history: Source[]): Source | null {
  const T = ctx.toks;
  let f = v + 2;
  while (f < Math.min(i, v + 10) && isWord(T[f]) && !/^ف[^ي]/.test(T[f]!.norm)) f++;
  const np = f < i && /^ف[^ي]/.test(T[f]!.norm) && !ctx.lex.cues.has(T[f]!.norm) && !ctx.entType[f] ? parseSpeaker(ctx, v + 1, f, null, true) : null;
  return np && np.a === v + 1 && (np.type === 'ORG' || ctx.entType[np.a] === 1 || ctx.entType[np.a] === 2) ? sourceOf(ctx, np, gender, np.plural ? 'p' : '?', history) : null;
}

function coordinateFrom(ctx: Ctx, i: number, gender: Gender, history: Source[], roles: boolean, fromStart: boolean, plural = false): Source | null {
  const T = ctx.toks;
  const s0 = ctx.sentStart[i]!;
  const last = history.length ? history[history.length - 1]!.at : -1;
  if (last >= s0) return null;
  let v = -1;
  for (let j = i - 2; j >= Math.max(s0, i - 40) && !fromStart; j--) {
    if (CLAUSE_PARTICLE.has(T[j]!.norm)) {
      v = j + 1;
      break;
    }
  }
  if (fromStart && i - s0 > 80) return null;
  if (v < 0) {
    if (i - s0 > 40 && !fromStart) return null;
    v = skipLeading(ctx, afterFronted(ctx, s0, i), i);
  }
  // a fronted topic (أما استثمارات السعوديين … فقال إنه …): the topic is what is spoken about, not the speaker
  // (… unless its clause goes on with a ف-verb that reports nothing, its subject: أما حزب العمال الكردستاني في العراق
  // فتحدّث عن مقتل خمسة أشخاص …، إلا أنه أقر بأن …)
  if (T[v] && /^و?اما$/.test(T[v]!.norm)) return amaSubject(ctx, v, i, gender, history);
  // (… or a topic of the speech: وعن طموحه في انتقاله إلى الاتحاد أكد، قائلا …)
  if (/^و?(عن|حول|بشان|بخصوص)$/.test(T[s0]?.norm ?? '') || /^و?(عن|حول|بشان|بخصوص)$/.test(T[v]?.norm ?? '')) return null;
  // a negated verb (لم يخف عضو الشرف … امتعاضه وطالب): the particle is skipped
  if (T[v] && /^[وف]?(لم|لا|لن|ما)$/.test(T[v]!.norm)) v++;
  // (… and so is قد: وقد عبر أبناء الفقيد …)
  if (fromStart && T[v] && /^[وف]?(قد|لقد)$/.test(T[v]!.norm) && isWord(T[v + 1])) v++;
  // (… and "even if": حتى وإن أبدى "نتنياهو" رفضه للاتفاق ووصف إيران بتاجر المخدرات)
  if (T[v] && /^(حتي|حتى)$/.test(T[v]!.norm) && /^و?(ان|لو)$/.test(T[v + 1]?.norm ?? '') && v + 3 < i) v += 2;

  const verb = T[v];
  // (a cue there made no claim of its own, or the sentence would have a speaker: وعلق حسن قشقوي … على هذه الاتهامات
  // فأشار إلى أن …)
  if (!verb || v + 1 >= i || !isWord(verb) || ctx.entType[v] || notVerbWord(verb)) return null;
  // a feminine past (استنكرت) or present (تستنكر) for a feminine cue, a masculine one for a masculine cue
  const fem = /ت$/.test(verb.norm) || /^و?ت/.test(verb.norm);
  // (a past of the forms تفعّل/تفاعل reads like a feminine present: وتحدث الشاعر علي عاشور …، وقال; a tagged
  // or known first name right after it, or after one title, decides; not one behind a preposition: وتطرق الرئيس
  // للحديث عن أزمة بقاء بيدرو …)
  const tPast = gender === 'm' && !/ت$/.test(verb.norm) && /^و?ت/.test(verb.norm);
  // (a plural group takes a feminine singular verb: ورفضت فصائل الزنتان تسليمه وقالوا إنهم …)
  const groupVerb = plural && gender === 'm' && fem && /ت$/.test(verb.norm);
  if (gender !== '?' && fem !== (gender === 'f') && !tPast && !groupVerb) return null;
  if (ctx.lex.honorificPronouns.has(T[v + 1]?.norm ?? '')) return implicitSource(history.filter((h) => h.type === 'PERS'), gender, '?', i);
  // (a prepositional object right after the verb, وأشاد بقيادة الرئيس السيسي …: the subject is dropped, not written)
  if (prepObjectWord(ctx, v + 1)) return null;
  // (… or a verbal noun with its pronoun, the verb's object: وقدم شكره لأعضاء الشرف، وقال …)
  if (T[v + 1] && !ctx.entType[v + 1] && possessedVerbalNoun(ctx, T[v + 1]!.norm) && !/ة$/.test(T[v + 1]!.text)) return null;
  // (a body's name in quotation marks right after a feminine verb: وأدانت «القائمة العربية المشتركة» بشدة هذه الاعتداءات،
  // وقالت: …)
  const qc = isQuote(T[v + 1]) ? ctx.quotes.closeOf[v + 1]! : -1;
  if (!groupVerb && /ت$/.test(verb.norm) && qc > v + 2 && qc - v <= 7 && qc < i && ctx.entType[v + 2] !== 1 && T.slice(v + 2, qc).every((t) => isWord(t))) {
    const q = build(ctx, v + 1, qc + 1, i, null);
    return sourceOf(ctx, { ...q, type: q.type ?? 'ORG' }, gender, '?', history);
  }
  const np = parseSpeaker(ctx, v + 1, i, null, true);
  // (an indefinite role noun names no one after it: the words there are the verb's object, رصد مواطن صورة لحفرة خزان …،
  // وقال إنه … is the citizen)
  if (np && np.roleA === v + 1 && np.roleB - np.roleA === 1 && np.nameA >= np.roleB && ctx.lex.roleNouns.has(T[np.roleA]!.norm) && !/^ال/.test(T[np.roleA]!.norm) && !ctx.entType[np.nameA] && !ctx.lex.firstNames.has(T[np.nameA]?.norm ?? '') && !ctx.lex.titles.has(T[np.nameA]?.norm ?? '')) {
    const r = build(ctx, np.roleA, np.roleB, np.roleB, null);
    return sourceOf(ctx, { ...r, type: r.type ?? 'PERS' }, gender, '?', history);
  }
  // (a role whose holder's name follows it: ودان الأمين العام للأمم المتحدة بان كي مون أمس …، وقال إن …)
  if (np && np.a === v + 1 && !recognisable(ctx, np) && ctx.entType[np.b] === 1 && ctx.entEnd[np.b]! > np.b && ctx.entEnd[np.b]! < i) {
    const e = entityAt(ctx.entities, T[np.b]!.start, T[ctx.entEnd[np.b]! - 1]!.end);
    if (e && e.type === 'PERS') return { name: e.name, entityId: e.id, type: 'PERS', gender, number: 's', words: [], descriptor: '', named: true, at: np.b };
  }
  // (`roles`: an unnamed role will do, ولم يقطع الوزير المصري بأن …، بيد أنه قال)
  const role = roles && !!np && np.type === 'PERS' && ctx.lex.roleNouns.has(T[np.a]!.norm);
  if (!np || (np.a !== v + 1 && np.roleA !== v + 1) || !(recognisable(ctx, np) || role)) return null;
  // (a verb-shaped word is no subject: ومضى ليقول إن …، مؤكدا)
  if (np.b - np.a === 1 && (junkSpeakerWord(ctx, np.a) || (/^ل[يت].{2,4}$/.test(T[np.a]!.norm) && !ctx.entType[np.a]))) return null;
  // (after a cue verb, only the phrase right after it: وعلق المدرب السويسري على مشوار فريقه في دوري … names a league)
  // (… and not over a manner phrase: ومضت المصادر بالتأكيد على أن …)
  if (ctx.lex.cues.has(verb.norm) && (np.a !== v + 1 || T.slice(np.a + 1, np.b).some((t) => /^ب/.test(t.norm) && !t.norm.startsWith('بن')))) return null;
  if (tPast && !(np.named && np.type === 'PERS' && np.nameA - v <= 2 && (ctx.entType[np.nameA] === 1 || ctx.lex.firstNames.has(T[np.nameA]!.norm)))) return null;
  // a masculine verb before a feminine body (وشكر سفارة المملكة …، مضيفا): the body is the object, the
  // subject is dropped (a body takes a feminine verb: شكرت السفارة)
  if (!fem && np.type === 'ORG' && /ة$/.test(T[np.a]!.text.replace(/[\u064b-\u0652\u0640]/g, ''))) return null;
  if (groupVerb && !np.plural) return null;
  const src = sourceOf(ctx, np, gender, np.plural ? 'p' : '?', history);
  return src.type || !participleGroup(ctx, np.a) ? src : { ...src, type: 'ANON', number: 'p' };
}

/** An indefinite accusative of a document or speech noun (مقالا، تقريرا، بيانا، كلمةً), the object of a verb of writing. */
function writtenObject(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k]!;
  if (ctx.entType[k] === 1) return false;
  const bare = t.norm.endsWith('ا') ? t.norm.slice(0, -1) : /\u064b/.test(t.text) ? t.norm : '';
  return bare.length >= 3 && (isEventNoun(ctx, bare) || ctx.lex.mediaNouns.has(bare));
}

/** The subject phrase right after the first word (a verb) of the sentence before `at`, when it names a source. */
export function previousSubject(ctx: Ctx, at: number, number: GNumber, history: Source[], depth = 0): Source | null {
  const T = ctx.toks;
  let e = at - 1;
  while (e > 0 && !isWord(T[e])) e--;
  let s0 = pastByline(ctx, pastBackground(ctx, ctx.sentStart[e]!, at), at);
  // (a subheading, a short line with no sentence punctuation, names no subject: قانون لاحترام بناتنا وعدم الإساءة لهن)
  if (!isEnd(T[e + 1] ?? T[e]!) && e - s0 < 12 && (e + 1 >= T.length || ctx.nl[e + 1])) return null;
  // (past a fronted من جانبه، / بدوره: من جانبه وجه البرتغالي جوزفالدو فيريرا … التهنئة …. وقال إن …)
  if (T[s0]?.norm === 'من' && ctx.lex.notSpeakerHeads.has(T[s0 + 1]?.norm ?? '')) s0 += 2;
  else if (/^(بدوره|بدورها|بدورهم)$/.test(T[s0]?.norm ?? '')) s0 += 1;
  // (past "on the other hand": من جهة ثانية وجه وزير الدفاع …)
  else s0 = afterFronted(ctx, s0, at);
  while (s0 < at - 1 && !isWord(T[s0])) s0++;
  // (past a clause particle: إذ أصدر مجلس علماء باكستان بيانا …)
  if (/^[وف]?(اذ|حيث|كما|ثم|قد|لقد)$/.test(T[s0]?.norm ?? '') && s0 + 2 < at) s0++;
  // (past a fronted circumstance: وفي بداية الحفل قدم الدكتور نصيف الشكر …)
  s0 = pastFrontedPP(ctx, s0, at);
  if (s0 >= at - 1 || !isWord(T[s0]) || /^ال/.test(T[s0]!.norm) || notVerbWord(T[s0]!)) return null;
  let np = parseSpeaker(ctx, s0 + 1, Math.min(e + 1, s0 + 30), null);
  if (np) np = namedBetweenCommas(ctx, np, e);
  // (an untagged "name" after a role holding a tagged name is the verb's object: وكتب الأمير خالد الفيصل مقالا مهما)
  if (np && np.roleA >= 0 && np.named && !ctx.entType[np.nameA] && ctx.entType.subarray(np.roleA, np.roleB).includes(1)) np = parseSpeaker(ctx, s0 + 1, Math.min(e + 1, s0 + 30), null, true);
  // (… and an accusative document noun is the object whoever the role is: وكتبت الكاتبة كوثر الأربش مقالا)
  if (np && np.roleA >= 0 && np.nameA === np.b - 1 && np.nameA >= np.roleB && writtenObject(ctx, np.nameA)) np = build(ctx, np.roleA, np.roleB, np.roleB, null);
  // (an honorific pronoun there, ونقل سموه …, points further back: تفقد صاحب السمو الملكي الأمير سعود بن نايف …)
  if (np && np.b - np.a === 1 && ctx.lex.honorificPronouns.has(T[np.a]!.norm)) return depth < 3 && s0 > 0 ? previousSubject(ctx, ctx.sentStart[s0]!, number, history, depth + 1) : null;
  if (!np || !(np.type || np.named)) return null;
  // a quantity of people (عدد من الخبراء النفطيين، بعض المسؤولين) is plural, and its phrase runs over من
  const many = ctx.lex.quantifiers.has(T[np.a]!.norm);
  if (many && T[np.b]?.norm === 'من' && isWord(T[np.b + 1])) {
    const rest = parseSpeaker(ctx, np.b + 1, Math.min(e + 1, np.b + 8), null, true);
    if (!rest) return null;
    const name = ctx.text.slice(T[np.a]!.start, T[rest.b - 1]!.end);
    return { name, entityId: null, type: rest.type === 'ORG' ? 'ORG' : 'PERS', gender: '?', number: 'p', words: [], descriptor: fold(name), named: false, at: np.a };
  }
  if (number === 'p' && !np.plural && np.type !== 'ANON' && np.type !== 'ORG') return null;
  return sourceOf(ctx, np, '?', number, history);
}

/**
 * The subject of the verb opening the participle's sentence (after من جانبه، / بدوره، before it). `strict`: only a
 * tagged person or organisation right after a verb that is no cue of this sentence's claims, and no claim made
 * earlier in the sentence.
 */
export function mainVerbSubject(ctx: Ctx, i: number, form: CueForm, history: Source[], strict: boolean): Source | null {
  const T = ctx.toks;
  const L = ctx.lex;
  let s0 = ctx.sentStart[i]!;
  if (T[s0]?.norm === 'من' && L.notSpeakerHeads.has(T[s0 + 1]?.norm ?? '')) s0 += 2;
  else if (/^و?(بدوره|بدورها|بدورهم)$/.test(T[s0]?.norm ?? '')) s0 += 1;
  else s0 = afterFronted(ctx, s0, i);
  // (a day after the fronted phrase, set off by its own comma: وفي جلسة استماع …، الثلاثاء الماضي، طرح …)
  if (s0 > ctx.sentStart[i]! && (WEEKDAYS.test(T[s0]?.norm ?? '') || /^(امس|اليوم)$/.test(T[s0]?.norm ?? ''))) {
    let c = s0 + 1;
    while (c < i && c - s0 <= 3 && isWord(T[c]) && /^(الماضي|المقبل|الفائت|الاخير|امس|اليوم)$/.test(T[c]!.norm)) c++;
    if (COMMA_OR_DASH.has(T[c]?.text ?? '') && c + 1 < i) s0 = c + 1;
  }
  while (s0 < i && !isWord(T[s0])) s0++;
  // (past قد before the verb: وقد أعرب المتحدث الرسمي …، حيث أوضح أن …)
  // (a past verb only: قد يكون "may be" opens no subject)
  if (/^[وف]?(قد|لقد)$/.test(T[s0]?.norm ?? '') && s0 + 2 < i && !/^[يت]/.test(T[s0 + 1]?.norm ?? '')) s0++;
  if (s0 + 1 >= i || notVerbWord(T[s0]!)) return null;
  // (a preposition and a demonstrative, then a named subject: ووافقه في ذلك أبو عادل قائلاً …)
  let at = s0 + 1;
  if (isPrep(T[at]!) && /^(ذلك|هذا|هذه|ذاك)$/.test(T[at + 1]?.norm ?? '') && (ctx.entType[at + 2] === 1 || ctx.entType[at + 2] === 2) && at + 2 < i) at += 2;
  if (strict) {
    const v = T[s0]!;
    // (a cue that made no claim, رد الاتحاد الكيني على ما نشر …، معتبرا, is a verb like any other: its claim would be the
    // last source, in this sentence)
    if (/^(ال|و?ال)/.test(v.norm) || isPrep(v) || ctx.entType[s0]) return null;
    if (history.length && history[history.length - 1]!.at >= ctx.sentStart[i]!) return null;
    // (or a role before a name: وأبدى المحترف اليوناني الجديد فيتفاتزيديس سعادته …، إذ تحدث قائلاً — named, checked below)
    if (!(ctx.entType[at] === 1 || ctx.entType[at] === 2 || isTitleWord(ctx, at) || L.roleNouns.has(T[at]?.norm ?? ''))) return null;
  }
  // (an honorific pronoun is the subject, the words after it the object: وحمد سموه الله عز وجل …، مؤكداً)
  if (L.honorificPronouns.has(T[s0 + 1]?.norm ?? '')) return implicitSource(history.filter((h) => h.type === 'PERS'), '?', '?', i);
  // (a prepositional object right after the verb: the subject is dropped)
  if (at === s0 + 1 && prepObjectWord(ctx, s0 + 1)) return null;
  // (the verb's object follows its subject: وأصدرت الوزارة مطبوعا يؤكد …)
  // (كان's subject ends at the قد before its own verb: وكان الرئيس قد أثار الجدل عندما قال …)
  let lim = i;
  if (/^[وف]?كان(ت|وا)?$/.test(T[s0]!.norm)) for (let k = at + 1; k < i; k++) if (/^(قد|لقد)$/.test(T[k]!.norm)) { lim = k; break; }
  let sub = parseSpeaker(ctx, at, lim, null, true);
  if (!sub || !(sub.type || sub.named)) return null;
  sub = namedBetweenCommas(ctx, sub, i);
  sub = beforeAddressee(ctx, sub);
  if (form.number === 'p') sub = pluralHead(ctx, sub, i);
  // (a noun with its pronoun, or a fronted topic's word, names no one: وعن طموحه في انتقاله … أكد، قائلا)
  if (sub.b - sub.a === 1 && junkSpeakerWord(ctx, sub.a)) return null;
  // (a masculine verb never goes with a feminine participle: من جهة أخرى، نجح الجيش الوطني …، متوقعة …)
  if (form.gender === 'f' && !/ت$/.test(T[s0]!.norm) && !/^[وف]?ت/.test(T[s0]!.norm)) return null;
  // (… nor a plural one with one named person: عقد الرئيس المصري عبدالفتاح السيسي لقاءات …، حيث قدموا جميعا …، معتبرين)
  if (form.kind === 'part' && form.number === 'p' && !sub.plural && sub.named && sub.type === 'PERS' && !!ctx.entType[sub.nameA]) return null;
  // (… nor a masculine one with a feminine past verb: وتحدثت المواطنة نورة الشهري …، مؤكدا)
  if (form.gender === 'm' && /^[وف]?(.{3,})ت$/.test(T[s0]!.norm) && !/^[وف]?(ثبت|مات|بات|سكت|صمت|فات|نبت|كبت)$/.test(T[s0]!.norm) && sub.named && ctx.lex.roleNouns.has(T[s0 + 1]!.norm)) return null;
  if (strict && !(sub.named || ctx.entType[sub.a] === 1 || ctx.entType[sub.a] === 2)) return null;
  // (a role's name comes within its phrase, not inside the verb's object after على، عن، إلى، مع: not وعلق المدرب السويسري
  // على مشوار فريقه في دوري عبداللطيف جميل)
  if (strict && L.roleNouns.has(T[s0 + 1]!.norm) && !ctx.entType[s0 + 1] && T.slice(s0 + 1, sub.nameA).some((x) => /^(علي|على|عن|الي|مع)$/.test(x.norm))) return null;
  return sourceOf(ctx, sub, form.gender, form.number, history);
}

/**
 * A role, then its holder's name between commas, then the verb's object (وأصدر المدير الإقليمي للبرنامج …، مهنّد
 * هادي، بيانًا …): the named phrase, else the role as it was.
 */
function namedBetweenCommas(ctx: Ctx, np: NP, limit: number): NP {
  const T = ctx.toks;
  const n0 = np.b + 1;
  const e = ctx.entEnd[n0]!;
  if (np.named || np.type !== 'PERS' || !/^[،,]$/.test(T[np.b]?.text ?? '') || ctx.entType[n0] !== 1 || e >= limit || !/^[،,]$/.test(T[e]?.text ?? '')) return np;
  const named = build(ctx, n0, e, e, [np.a, np.b]);
  return named.named ? named : np;
}

/** An unnamed subject ends at its verb's addressee (كما قدم ممثل النيابة للمحكمة محضر أحوال السجن …). */
function beforeAddressee(ctx: Ctx, np: NP): NP {
  if (np.named) return np;
  for (let k = np.a + 2; k < np.b; k++) if (/^لل../.test(ctx.toks[k]!.norm) && !ctx.entType[k] && !ctx.inOrg[k]) return build(ctx, np.a, k, k, null);
  return np;
}

function isTitleWord(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  return !!t && isWord(t) && ctx.lex.titles.has(t.norm) && ctx.entType[k + 1] === 1;
}

/**
 * A plural cue with no plural speaker in play (… واستغرب متعاملون في سوق المشتقات البترولية عدم انخفاض الأسعار …
 * أكدوا أن …): the plural subject of the verb opening its sentence, or of the sentence before.
 */
export function pluralSubject(ctx: Ctx, i: number, history: Source[]): Source | null {
  const T = ctx.toks;
  for (let s0 of [ctx.sentStart[i]!, i > 0 && ctx.sentStart[i]! > 0 ? ctx.sentStart[ctx.sentStart[i]! - 1]! : -1]) {
    // (after a fronted phrase and its comma: وفي العراق نفسه، خرج مئات المتظاهرين … مطالبين …)
    if (s0 >= 0) s0 = afterFronted(ctx, s0, i);
    // (… or فيما before the verb: فيما أكد منظمو المدينة الشبابية عن حرصهم …، مشيرين)
    if (s0 >= 0 && /^و?فيما$/.test(T[s0]?.norm ?? '') && isWord(T[s0 + 1]) && s0 + 2 < i) s0++;
    if (s0 < 0 || s0 + 1 >= i || !isWord(T[s0]) || /^ال/.test(T[s0]!.norm) || isPrep(T[s0]!)) continue;
    let np = parseSpeaker(ctx, s0 + 1, Math.min(i, s0 + 12), null, true);
    // (… or a quantity of people with its partitive, up to the verb's ب-object: أشاد عدد من المسؤولين في منطقة المدينة
    // المنورة بفعاليات …، التي أكدوا أنها …)
    if (np && !np.plural && np.type === 'ANON' && partitiveAt(ctx, np.a)) {
      let b = np.b;
      for (let m = np.a + 3; m < np.b; m++) if (/^ب/.test(T[m]!.norm) && !ctx.entType[m]) b = Math.min(b, m);
      np = { ...build(ctx, np.a, b, i, null), type: 'ANON', plural: true };
    }
    if (np) np = pluralHead(ctx, np, i);
    if (!np || !np.plural) continue;
    return { ...sourceOf(ctx, np, '?', 'p', history), number: 'p' };
  }
  return null;
}

/** A plural head read as the role of a name in a place after it (واجتمع الأهالي في ساحة رياض الصلح …، قالوا فيه): the group. */
function pluralHead(ctx: Ctx, np: NP, limit: number): NP {
  const T = ctx.toks;
  if (np.plural || np.roleA < 0 || !ctx.lex.plural.has(T[np.roleA]!.norm)) return np;
  let b = np.roleA + 1;
  while (b < np.roleB && isWord(T[b]) && !isPrep(T[b]!)) b++;
  return { ...build(ctx, np.roleA, b, limit, null), plural: true };
}

/**
 * A pro-drop cue opening its sentence (وقال، وأضافت) or a participle, after a sentence or clause whose verb reports
 * nothing but names a person or body as its subject later than the last speaker (ورفضت متحدثة باسم مكتب رئاسة
 * الوزراء التعليق …، مشيرة إلى …; ويشاركه الرأي عامر السالمي … . وقال: …): that subject, the most salient referent.
 * Only a subject the tagger marks as a person or organisation, or a title or role before such a mention, counts;
 * `after` is the token where the last speaker spoke.
 */
/** a kinship noun heading a person's description (والد الشهيد، شقيقة الضحية), folded */
const KIN_HEAD = /^(والد|والده|شقيق|شقيقه|زوج|زوجه|ابن|ابنه|نجل|عم|خال|جد|جده|اب|ام|اخ|اخت|ارمله|اقارب|ذوو|ذوي|اسره|عائله)$/;

export function salientSubject(ctx: Ctx, i: number, cueStart: number, form: CueForm, after: number, history: Source[] = []): Source | null {
  const T = ctx.toks;
  const L = ctx.lex;
  const own = ctx.sentStart[i]!;
  let s0 = cueStart > own ? own : cueStart > 0 ? ctx.sentStart[cueStart - 1]! : -1;
  if (s0 < 0) return null;
  s0 = pastBackground(ctx, s0, cueStart);
  if (T[s0]?.norm === 'من' && L.notSpeakerHeads.has(T[s0 + 1]?.norm ?? '')) s0 += 2;
  else if (/^(بدوره|بدورها|بدورهم)$/.test(T[s0]?.norm ?? '')) s0 += 1;
  else s0 = afterFronted(ctx, s0, cueStart);
  while (s0 < cueStart && !isWord(T[s0])) s0++;
  // (past a fronted circumstantial: وقبل الزيارة كتبت موجيريني …)
  if (/^و?(قبل|بعد|خلال|عقب|اثر)$/.test(T[s0]?.norm ?? '')) {
    let t0 = s0 + 1;
    while (t0 < cueStart && t0 - s0 <= 3 && isWord(T[t0]) && /^ال/.test(T[t0]!.norm) && !ctx.entType[t0]) t0++;
    if (t0 > s0 + 1 && t0 < cueStart) s0 = t0;
  }
  // (past "while" opening the sentence: في حين أشاد الفائز …، فيما عبر …)
  if (/^[وف]?في$/.test(T[s0]?.norm ?? '') && /^(حين|الوقت)$/.test(T[s0 + 1]?.norm ?? '')) s0 += T[s0 + 1]!.norm === 'الوقت' && /^(الذي|نفسه|ذاته)$/.test(T[s0 + 2]?.norm ?? '') ? 3 : 2;
  else if (/^[وف]?(فيما|بينما)$/.test(T[s0]?.norm ?? '') && !/^(بين|بينهم|بينها|يخص|يتعلق)$/.test(T[s0 + 1]?.norm ?? '')) s0++;
  if (/^[وف]?(قد|لقد)$/.test(T[s0]?.norm ?? '')) s0++;
  if (s0 <= after || s0 + 1 >= cueStart) return null;
  // (a sentence that is the end of a quotation opened before it, "… أفضل. انغمس الفيفا … يجب أن تتوقف”., is someone's
  // words: its subject is not the narrative's)
  for (let q = s0; q < cueStart; q++) {
    const o = isQuote(T[q]) ? ctx.quotes.openOf[q]! : -1;
    if (o >= 0 && o < s0) return null;
  }
  const v = T[s0]!;
  // (a cue verb has its own claim, unless its subject is followed at once by قائلا: وعلق لاكازيت قائلا)
  // (… a verb that reports only through its noun, أعرب عن اعتقاده, is none without it: أعرب عن سعادته، قائلاً)
  const cueVerb = cueHere(ctx, s0);
  if (!isWord(v) || /^(ال|و?ال|لل)/.test(v.norm) || isPrep(v) || (cueVerb && form.entry.lemma !== 'قال') || ctx.entType[s0] || L.clauseStarts.has(v.norm) || CLAUSE_PARTICLE.has(v.norm) || /^\d/.test(v.norm)) return null;
  // the subject right after the verb: a tagged person or body, or a title or role word before a tagged person
  const k = s0 + 1;
  if (/^(ه|ها|هم)$/.test(T[k]?.norm ?? '')) return null;
  const tagged = (x: number) => ctx.entType[x] === 1 || ctx.entType[x] === 2;
  let ok = tagged(k);
  if (!ok && isWord(T[k]) && (L.titles.has(T[k]!.norm) || L.roleNouns.has(T[k]!.norm) || L.anonHeads.has(T[k]!.norm))) {
    for (let m = k + 1; m < Math.min(cueStart, k + 6) && !ok; m++) ok = ctx.entType[m] === 1 || (L.titles.has(T[k]!.norm) && isWord(T[m]) && L.firstNames.has(T[m]!.norm));
    if (!ok && L.roleNouns.has(T[k]!.norm) && !ctx.lex.orgHeads.has(T[k]!.norm)) ok = true;
  }
  // (or a relative of someone: واستهل والد الشهيد حديثه …، وتحدثت والدة الطفل …)
  let kinEnd = -1;
  if (isWord(T[k]) && KIN_HEAD.test(T[k]!.norm) && isWord(T[k + 1]) && /^ال/.test(T[k + 1]!.norm) && !ctx.entType[k + 1]) {
    // (the description is the kin noun and its definite genitives: the next bare word is the verb's object)
    kinEnd = k + 2;
    while (kinEnd < cueStart && kinEnd - k < 5 && isWord(T[kinEnd]) && /^ال/.test(T[kinEnd]!.norm) && !ctx.entType[kinEnd]) kinEnd++;
    ok = true;
  }
  // (or a descriptor whose phrase ends in a tagged name: أشاد الفائز بالجائزة الأولى … الأستاذ حميد الشمراني; تحدث
  // المواطن نايف الشحيني)
  // (the verb's ب-object after a definite subject ends it: وأشاد المدرب التونسي بأداء فريقه …، مشيرا)
  let bound = kinEnd > 0 ? kinEnd : Math.min(cueStart, k + 14);
  // (not before a tagged name that ends the description: أشاد الفائز بالجائزة الأولى … الأستاذ حميد الشمراني)
  const nameAhead = T.slice(k + 1, bound).some((_, d) => ctx.entType[k + 1 + d] === 1);
  for (let m = k + 1; m < bound && !nameAhead; m++) if (bPhrase(ctx, m) && definite(T[m - 1]!.norm) && !tagged(m) && !tagged(m - 1) && !tagged(m + 1) && (/^بال/.test(T[m]!.norm) || /^ال/.test(T[m + 1]?.norm ?? '') || /[^\u0629](ه|ها|هم)$/.test((T[m + 1]?.text ?? '').replace(/[\u064b-\u0652\u0640]/g, '')))) bound = m;
  const raw = parseSpeaker(ctx, k, bound, null);
  const np = raw ? beforeAddressee(ctx, raw) : null;
  if (!ok && np && (np.a === k || np.roleA === k) && np.named && ctx.entType[np.nameA] === 1) ok = true;
  // (a cue verb's own subject right before قائلا, tagged or not: وأضاف السبيعي قائلا: …)
  const cueSubject = !ok && cueVerb && !!np && np.a === k && np.next === cueStart && np.b - np.a <= 4 && !junkSpeakerWord(ctx, np.a) && /^ال/.test(T[np.b - 1]!.norm);
  if (!ok && !cueSubject) return null;
  if (!np || (np.a !== k && np.roleA !== k) || !(np.named || np.type === 'PERS' || np.type === 'ORG' || tagged(np.a) || cueSubject)) return null;
  // (a name behind a preposition is the topic, not the subject: وتطرق الرئيس للحديث عن أزمة بقاء بيدرو رودريغيز …)
  if (np.roleA === k && np.a > k && T.slice(k + 1, np.a).some((x) => isWord(x) && /^(عن|حول|بشان|بخصوص|للحديث|للتعليق|للكلام)$/.test(x.norm))) return null;
  if (cueVerb && !(np.next === cueStart || ((T[np.next]?.text === '،' || T[np.next]?.text === ',') && np.next + 1 === cueStart))) return null;
  // the verb agrees with the cue: a feminine past (رفضت) or present (ترفض) for a feminine cue
  const fem = /ت$/.test(v.norm) || /^[وف]?ت/.test(v.norm);
  // (a verb of the fifth or sixth form opens with ت in the masculine past too: تحدث المواطن …، لافتاً)
  const formV = !/ت$/.test(v.norm) && /^[وف]?ت...$/.test(v.norm) && np.type === 'PERS' && !np.plural;
  // (a body may take either, but a masculine verb never goes with a feminine cue: نجح الجيش … متوقعة)
  if (form.gender !== '?' && ((np.type !== 'ORG' && fem !== (form.gender === 'f') && !(formV && form.gender === 'm')) || (form.gender === 'f' && !fem))) return null;
  if (form.number === 'p' && !np.plural) return null;
  return sourceOf(ctx, np, form.gender, np.plural ? 'p' : form.number, history);
}

/**
 * "أما X … فقال/فيقول …": the fronted topic of أما answered by a ف-cue is its speaker (أما السيدة سارة خان من باكستان
 * … فقالت: …، أما ريتشارد هاينسورث، المالك السابق …، فيقول إن …).
 */
export function amaTopic(ctx: Ctx, cueStart: number, form: CueForm, history: Source[]): Source | null {
  const T = ctx.toks;
  // (or a ف-particle right before it: أما محامي القضايا الجزائية غازي مرابط، فقد رأى أن …)
  // (the ف is often left out in news and tweets: أما فهد الشمري قال: …)
  // (a verb after "but he" goes on with the topic too: أما الإعلامي خالد قاضي … فقد أبدى إعجابه …، لكنه استدرك قائلاً …)
  if (cueStart > 0 && /^و?لكن(ه|ها|هم|هما)$/.test(T[cueStart - 1]!.norm)) return amaChain(ctx, cueStart, form, history);
  const bare = !/^[وف]/.test(T[cueStart]!.norm) && !form.object && form.kind !== 'part' && !(cueStart > 0 && /^ف/.test(T[cueStart - 1]!.norm));
  if (!/^ف/.test(T[cueStart]!.text) && !(cueStart > 0 && /^ف(قد|لقد|انه|انها|هو|هي)$/.test(T[cueStart - 1]!.norm)) && !bare) return form.conj || form.kind === 'part' ? amaChain(ctx, cueStart, form, history) : null;
  const s0 = ctx.sentStart[cueStart]!;
  const a = afterAma(ctx, cueStart - 1, Math.max(s0, cueStart - 30));
  // (a cue with an object pronoun points back at the topic as its object: أما بالنسبة لدنيا … فوصفها بـ …)
  if (a < 0 || a >= cueStart || form.object || /^(بالنسبه|عن|حول|بخصوص|بشان)$/.test(T[a]!.norm)) return null;
  // (a body's quoted name: أما «النصرة» فقد أعلنت …)
  const qc = isQuote(T[a]) ? ctx.quotes.closeOf[a]! : -1;
  if (qc > a + 1 && qc <= a + 5 && qc < cueStart && (ctx.entType[a + 1] === 1 || ctx.entType[a + 1] === 2) && ctx.entEnd[a + 1] === qc) {
    const q = build(ctx, a + 1, qc, qc + 1, null);
    return sourceOf(ctx, q, form.gender, form.number, history);
  }
  const np = parseSpeaker(ctx, a, /^ف/.test(T[cueStart]!.text) || bare ? cueStart : cueStart - 1, null);
  if (!np || (np.a !== a && np.roleA !== a)) return null;
  // (bare, the topic runs right up to the cue: أما X قال, not أما عن X … قال)
  if (bare && np.next !== cueStart && !(np.next + 1 === cueStart && !isWord(T[np.next]))) return null;
  // only a person or a body: a named one, a tagged one, or a role (not a thing: أما استثمارات السعوديين … فقال)
  const L = ctx.lex;
  const person = [np.a, np.nameA].some((k) => ctx.entType[k] === 1 || ctx.entType[k] === 2) || L.firstNames.has(T[np.nameA]!.norm) || L.titles.has(T[np.a]!.norm) || L.honorifics.has(T[np.a]!.norm) || (np.roleA === a && L.roleNouns.has(T[a]!.norm)) || (np.type === 'PERS' && L.roleNouns.has(T[np.a]!.norm)) || (np.type === 'ORG' && L.orgHeads.has(T[np.a]!.norm));
  // (… or the next one of those quoted in a row: وقال آخر: …، أما الثالث فقال: …؛ فالبعض يرى …، أما البعض الآخر فيؤكد …)
  const nextOne = /^(البعض|الاخر|الاخير|الثاني|الثالث|الرابع|الخامس)$/.test(T[np.a]!.norm) && history.some((h) => h.at >= s0 - 200);
  if (!person && !nextOne) return null;
  const src = sourceOf(ctx, np, form.gender, np.plural ? 'p' : form.number, history);
  if (person) return src;
  // (the whole topic names them: البعض الآخر)
  let e = cueStart;
  while (e > a && !isWord(T[e - 1])) e--;
  return e > a ? { ...src, name: ctx.text.slice(T[a]!.start, T[e - 1]!.end) } : src;
}

/** The token after the last أما from `from` back to `floor`, or -1. */
function afterAma(ctx: Ctx, from: number, floor: number): number {
  for (let k = from; k >= floor; k--) if (/^و?اما$/.test(ctx.toks[k]!.norm)) return k + 1;
  return -1;
}

/**
 * "أما X [الذي …]، فوصف …، وقال: …" / "…، مشيرا إلى …": the topic of أما, answered by a ف-verb of any kind, is the
 * subject of the pro-drop cues after it in its sentence, unless a speaker is written between that verb and the cue.
 */
function amaChain(ctx: Ctx, cueStart: number, form: CueForm, history: Source[]): Source | null {
  const T = ctx.toks;
  const a = afterAma(ctx, cueStart - 2, Math.max(ctx.sentStart[cueStart]!, cueStart - 60));
  if (a < 0 || /^(بالنسبه|عن|حول|بخصوص|بشان)$/.test(T[a]!.norm)) return null;
  // the ف-verb answering the topic: the first word with ف after it (فوصف، فغمز، فقد), past a relative clause
  let f = a + 1;
  // (or فقد, فلقد before it: أما الإعلامي خالد قاضي الذي حضر المسرحية فقد أبدى إعجابه بها)
  while (f < cueStart && !(isWord(T[f]) && (/^ف.{3,}/.test(T[f]!.norm) || (/^ف(قد|لقد)$/.test(T[f]!.norm) && isWord(T[f + 1]))) && !/^(فيما|فقط|فان|فانه|فانها|فهو|فهي|فعلا|فيها|فيه)$/.test(T[f]!.norm))) f++;
  if (f >= cueStart || f - a > 25) return null;
  const np = parseSpeaker(ctx, a, f, null);
  // (not a place: أما العزيزية 10 ت (أبو مرخه) فجاري …)
  if (!np || (np.a !== a && np.roleA !== a) || ctx.entType[a] === 3) return null;
  let g = np.next;
  while (g < f && !isWord(T[g])) g++;
  if (g < f && !/^(الذي|التي|الذين|اللذين|اللتين|اللواتي|اللاتي)$/.test(T[g]!.norm)) return null;
  // (a speaker written after that verb speaks on)
  if (history.some((h) => h.at > f && h.at < cueStart)) return null;
  const L = ctx.lex;
  const person = [np.a, np.nameA].some((k) => ctx.entType[k] === 1 || ctx.entType[k] === 2) || L.firstNames.has(T[np.nameA]!.norm) || L.titles.has(T[np.a]!.norm) || L.honorifics.has(T[np.a]!.norm) || (np.type === 'PERS' && L.roleNouns.has(T[np.a]!.norm));
  if (!person) return null;
  return sourceOf(ctx, np, form.gender, np.plural ? 'p' : form.number, history);
}
