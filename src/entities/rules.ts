/**
 * Rule layer run before clustering: organisation names built on a head noun (وزارة العدل الأمريكية، الحكومة
 * اليمنية، اللجنة الدولية للصليب الأحمر) and well-known organisations from models/entities/orgs.json
 * (داعش، رويترز، «الوطن» …). Linear: each token opens at most one bounded scan (≤ 8 tokens).
 */
import type { NerMention } from '../ner/index.js';
import { tokenize, type Token } from '../text/tokenize.js';
import { entityLexicon, bareWord, type OrgEntry } from './lexicon.js';
import { fold } from '../text/normalize.js';
import { placeCandidates } from './places.js';
import { titleWords } from './names.js';
import { waterwayAt } from './place-heads.js';
import { cutFor, isNisba, plainDefinite, readings, startAfter, type Reading } from './words.js';

export interface RuleMention extends NerMention {
  /** canonical name of a known organisation */
  key?: string;
  /** [start, end) of places named inside the span after ب/في (they stay LOC mentions too) */
  places?: [number, number][];
}

const MAX_AFTER_HEAD = 6;
/** persons a body's name is never coordinated with (folded, without the article) */
const ROLE_NOUN = /^(متحدث|ناطق|مدير|رئيس|مسوول|مسؤول|مستشار|وزير|امين|نايب|عضو|مشرف|محافظ|قايد|مندوب|سفير)$/;
/** heads whose complement may be the person holding the office (folded stems), and the office-holder nouns */
const OFFICE_HEADS = new Set(['رئاسه', 'حكومه']);
const OFFICE_HOLDERS = new Set(['رئيس', 'خادم']);
/** nouns naming the board of a body after مجلس (مجلس إدارة، مجلس أمناء) */
const BOARD = new Set(['إدارة', 'أمناء'].map(fold));
const MAJLIS = fold('مجلس');
const IDARA = fold('إدارة');
/** bodies whose management (إدارة النادي، إدارة الشركة) is not named apart from them */
const MANAGED = new Set(['نادي', 'شركة', 'مؤسسة', 'مجموعة', 'جمعية', 'اتحاد', 'هيئة', 'مستشفى', 'جامعة', 'فريق'].map(fold));
const OPEN = new Set(['«', '"', '“', '(', '[', "'", '„', '‹', '”']);
const CLOSE = new Set(['»', '"', '”', ')', ']', "'", '›', '“']);
const DASH = new Set(['-', '–', '—', ':', '|']);
const PREPS = new Set(['في', 'من', 'على', 'الى', 'عن', 'مع', 'بين', 'حول', 'لدى', 'عند', 'منذ', 'خلال', 'ضد', 'ان', 'او', 'ثم', 'قد', 'لم', 'لن', 'ما', 'لا', 'هو', 'هي']);

interface Ctx {
  text: string;
  tokens: Token[];
  nerAt: Map<number, NerMention>;
  /** folded words of the NER mentions: names, not the common nouns of a name like مكتب سلامة النقل */
  nerWords: Set<string>;
  sports: boolean;
}

const isWord = (t: Token | undefined) => t !== undefined && t.kind === 'word';

function headReading(norm: string): Reading | null {
  const lex = entityLexicon();
  for (const r of readings(norm)) if (lex.heads.has(r.stem) || lex.adminOnlyHeads.has(r.stem)) return r;
  return null;
}

const isPlace = (f: string) => placeCandidates(f).length > 0;

/** A nisba or listed adjective naming a country, region or scope: اليمنية، الأمريكي، الأوروبي، الدولية. */
function countryLike(f: string): boolean {
  const lex = entityLexicon();
  if (lex.nationality.has(f) || lex.adjectives.has(f)) return true;
  if (!isNisba(f)) return false;
  const s = bareWord(f);
  const b = s.endsWith('يه') ? s.slice(0, -2) : s.slice(0, -1);
  return b.length >= 3 && (isPlace(b) || isPlace(b + 'ا') || isPlace(b + 'يا'));
}

/** A nationality or a place's nisba (السعودية، العراقي، الأمريكية), not a listed adjective (الوطني، الأول). */
function nationLike(f: string): boolean {
  const lex = entityLexicon();
  if (lex.nationality.has(f)) return !/^(ال)?وطني/.test(f);
  if (!isNisba(f)) return false;
  const s = bareWord(f);
  const b = s.endsWith('يه') ? s.slice(0, -2) : s.slice(0, -1);
  return b.length >= 3 && [b, b + 'ا', b + 'يا'].some((x) => placeCandidates(x).some((c) => c[4] === 'country'));
}

/** Whether tokens[i..j) stand in quotes or brackets. */
function quoted(c: Ctx, i: number, j: number): boolean {
  return OPEN.has(c.tokens[i - 1]?.text ?? '') && CLOSE.has(c.tokens[j]?.text ?? '');
}

function contextOk(c: Ctx, e: OrgEntry, i: number, j: number): boolean {
  if (!e.ctx) return true;
  const lex = entityLexicon();
  if (e.ctx === 'source') return sourceAt(c, i, j);
  if (quoted(c, i, j)) return true;
  if (e.ctx === 'quoted') return false;
  const before = c.tokens[OPEN.has(c.tokens[i - 1]?.text ?? '') ? i - 2 : i - 1];
  const headBefore = (set: Set<string>) => isWord(before) && readings(before!.norm).some((r) => set.has(r.stem));
  if (e.ctx === 'media') {
    if (headBefore(lex.mediaHeads)) return true;
    const first = c.tokens[i]!.start < 200;
    return first && (DASH.has(c.tokens[j]?.text ?? '') || DASH.has(c.tokens[i - 1]?.text ?? ''));
  }
  return c.sports || headBefore(new Set(['نادي', 'فريق']));
}

/** Words that introduce the source of a report: بحسب «الفرنسية»، ووفقا لـ"الألمانية"، نقلا عن الفرنسية. */
const SOURCE_CUES = new Set(['بحسب', 'حسب', 'وبحسب', 'وحسب', 'ذكرت', 'وذكرت', 'افادت', 'وافادت', 'اوردت', 'واوردت', 'نقلت', 'ونقلت', 'عن'].map(fold));
const SOURCE_BEFORE_L = new Set(['وفقا', 'ووفقا', 'طبقا', 'وطبقا', 'تبعا', 'وتبعا'].map(fold));

/** A name that is an agency only as a report's source (الفرنسية، الألمانية): after a source cue, or a quoted byline
 * closing a sentence («الفرنسية» after a full stop or at the end of the text). */
function sourceAt(c: Ctx, i: number, j: number): boolean {
  const q = OPEN.has(c.tokens[i - 1]?.text ?? '');
  const k = q ? i - 2 : i - 1;
  const b = c.tokens[k];
  if (isWord(b) && SOURCE_CUES.has(b!.norm)) return true;
  if (isWord(b) && b!.norm === 'ل' && isWord(c.tokens[k - 1]) && SOURCE_BEFORE_L.has(c.tokens[k - 1]!.norm)) return true;
  if (!q || !CLOSE.has(c.tokens[j]?.text ?? '')) return false;
  const after = c.tokens[j + 1];
  const end = c.tokens[j]!.end;
  return (b === undefined || b.text === '.') && (after === undefined || after.text === '.' || c.text.slice(end, after.start).includes('\n'));
}

/** A known organisation starting at token i: [entry, end token index, start offset]. */
function orgAt(c: Ctx, i: number): RuleMention | null {
  const lex = entityLexicon();
  const t = c.tokens[i]!;
  for (const r of readings(t.norm)) {
    const first = r.def ? 'ال' + r.stem : r.stem;
    const list = lex.orgs.get(first);
    if (!list) continue;
    for (const e of list) {
      if (e.words.length === 1 && /[بك]$/.test(r.pre) && !r.def) continue;
      let j = i + 1;
      let k = 1;
      while (k < e.words.length && isWord(c.tokens[j]) && c.tokens[j]!.norm === e.words[k]) [j, k] = [j + 1, k + 1];
      if (k < e.words.length || !contextOk(c, e, i, j)) continue;
      const start = startAfter(t, cutFor(t.norm, r));
      const end = c.tokens[j - 1]!.end;
      return { start, end, text: c.text.slice(start, end), type: 'ORG', key: e.canonical };
    }
  }
  return null;
}

/** Whether token i starts a name: an NER mention or a known organisation (داعش، القاعدة، الإخوان). */
function nameAt(c: Ctx, i: number): boolean {
  const t = c.tokens[i];
  if (!isWord(t)) return false;
  if (c.nerAt.has(t!.start)) return true;
  const lex = entityLexicon();
  return readings(t!.norm).some((r) => {
    const w = r.def ? 'ال' + r.stem : r.stem;
    return lex.orgKey.has(w) || lex.orgs.has(w);
  });
}

const MARKAZ = fold('مركز');
const IMARA = fold('إمارة');
/** A region or a major city at token k (a NER place or a gazetteer seat or city of 100,000): جازان، ينبع، القصيم. */
function majorPlaceAt(c: Ctx, k: number): boolean {
  const t = c.tokens[k];
  if (!isWord(t)) return false;
  const m = c.nerAt.get(t!.start);
  if (m) return m.type === 'LOC' && m.end === t!.end;
  return placeCandidates(t!.norm).some((r) => r[4] === 'PPLA' || r[4] === 'PPLC' || r[4] === 'ADM1' || r[5] >= 100000);
}
const ADMIN = new Set(['منطقة', 'محافظة', 'عاصمة'].map(fold));
/** adjectives that make منطقة/عاصمة a named region (المنطقة الشرقية، العاصمة المقدسة) */
const REGION_ADJ = new Set(['الشرقية', 'الغربية', 'الشمالية', 'الجنوبية', 'الوسطى', 'المقدسة'].map(fold));

/**
 * An administrative place locating a body at token k: بمنطقة حائل، بمحافظة ينبع، بالمنطقة الشرقية، بالعاصمة
 * المقدسة، في محافظة الطائف, or (bare, right after the head) منطقة الجوف. [place start, place end, next token].
 */
function adminPlace(c: Ctx, k: number, bare: boolean): [number, number, number] | null {
  let t = c.tokens[k];
  let pre = 'ب';
  if (isWord(t) && t!.norm === 'في') [t, pre, k] = [c.tokens[k + 1], '', k + 1];
  else if (bare) pre = '';
  if (!isWord(t)) return null;
  const r = readings(t!.norm).find((x) => x.pre === pre && ADMIN.has(x.stem));
  const n = c.tokens[k + 1];
  if (!r || !isWord(n)) return null;
  const start = startAfter(t!, cutFor(t!.norm, r));
  if (r.def) return REGION_ADJ.has(n!.norm) ? [start, n!.end, k + 2] : null;
  const n2 = c.tokens[k + 2];
  if (isWord(n2) && isPlace(n!.norm + ' ' + n2!.norm)) return [start, n2!.end, k + 3]; // (مكة المكرمة، حفر الباطن)
  const lm = c.nerAt.get(n!.start);
  if (lm && lm.type === 'LOC') {
    let e = k + 1;
    while (e < c.tokens.length && c.tokens[e]!.end <= lm.end) e++;
    return [start, lm.end, e];
  }
  return isPlace(n!.norm) && !entityLexicon().placeHeads.has(bareWord(n!.norm)) ? [start, n!.end, k + 2] : null;
}

/** first words of a quoted sentence, never of a name (negations, particles, pronouns; لا only before a verb, لا غازيتا is a name) */
const QUOTED_SPEECH_START = /^[وف]?(لم|لن|ليس|ان|انه|انها|انا|انني|ما|هذا|هذه|نحن|هو|هي|هم|قد|لقد|كل|هناك|يجب|نريد|لدينا|لدي)$/;

/** Organisation phrase opened by a head noun at token i, or null. */
/** stems of a ل-genitive that name no body's field: a time, an occasion, the people or outlet told */
const NOT_LINKED = /^(مره|عام|سنه|شهر|يوم|موسم|اسبوع|فتره|مرحله|ربع|نصف|وقت|صحفيين|صحافيين|اعلاميين|مواطنين|جميع|وكاله|صحيفه|قناه|اسف|حقيقه|غايه|ذلك|تو|لعبه|عبه)$/;
const PURPOSE_PREP = /^(الي|في|حول|مع|عن|علي|بين|ضد)$/;
const ROYAL = /^(الملك|الامير|الاميره|الشيخ)$/;

function headPhrase(c: Ctx, i: number): RuleMention | null {
  const lex = entityLexicon();
  const toks = c.tokens;
  const head = toks[i]!;
  const h = headReading(head.norm);
  if (!h || (h.def ? !lex.definiteHeads.has(h.stem) && !lex.nationHeads.has(h.stem) : lex.definiteOnlyHeads.has(h.stem))) return null;
  // a head read as a common noun by its complement (حركة الملاحة، تنظيم المؤتمر، خطوط داعش الأمامية)
  const commons = lex.notNameAfter.get(h.stem);
  if (commons && toks.slice(i + 1, i + 4).some((t) => commons.has(t.norm))) return null;
  // (لمصلحة الشعبين، في مصلحة الأمة: "in the interest of")
  if (lex.commonAfterPreposition.has(h.stem) && (/[لب]$/.test(h.pre) || /^(في|الي|على|علي)$/.test(toks[i - 1]?.norm ?? ''))) return null;
  if (waterwayAt(head, toks[i + 1]) !== null) return null; // قناة السويس: a place (src/entities/place-heads.ts)
  const start = startAfter(head, cutFor(head.norm, h));
  // head + quoted name: the name alone (صحيفة "أخبار الحدث"، شركة «العربية للطيران»)
  if (OPEN.has(toks[i + 1]?.text ?? '')) {
    if (lex.weakHeads.has(h.stem) || lex.adminOnlyHeads.has(h.stem)) return null;
    let j = i + 2;
    while (j < toks.length && j < i + 8 && isWord(toks[j])) j++;
    // (not a quotation the speaker said: مندوب بالمنظمة "لا يوجد مقترح بعقد اجتماع طارئ")
    if (j > i + 2 && CLOSE.has(toks[j]?.text ?? '') && !QUOTED_SPEECH_START.test(toks[i + 2]!.norm) && !(toks[i + 2]!.norm === 'لا' && /^[يتن]/.test(toks[i + 3]?.norm ?? ''))) {
      const s = toks[i + 2]!.start;
      const e = toks[j - 1]!.end;
      return { start: s, end: e, text: c.text.slice(s, e), type: 'ORG' };
    }
    return null;
  }
  // the board or management of a body (مجلس إدارة شركة المياه الوطنية، إدارة النادي الأهلي) is not a name of its
  // own: the body after it is found by its own head, list entry or NER tag
  const next = toks[i + 1];
  if (h.stem === MAJLIS && isWord(next) && BOARD.has(next!.norm)) return null;
  if (BOARD.has(h.stem) && h.pre === '' && /^[وفل]?مجلس$/.test(toks[i - 1]?.norm ?? '')) return null;
  if (h.stem === IDARA && !h.def && isWord(next) && readings(next!.norm).some((r) => r.pre === '' && MANAGED.has(r.stem))) return null;
  // (تنظيم داعش، تنظيم القاعدة, not تنظيم الجائزة، تنظيم هذه الفعاليات: "the organising of")
  if (lex.nameOnlyHeads.has(h.stem) && !nameAt(c, i + 1)) return null;
  let j = i + 1;
  let comps = 0;
  let names = 0;
  let persons = 0;
  let sealed = false; // a known organisation name was the complement: only adjectives may follow
  const mods: string[] = [];
  const places: [number, number][] = [];
  let admin = false;
  let defLink = false;
  let linked = false;
  let prev: 'head' | 'comp' | 'indef' | 'link' | 'mod' | 'title' = 'head';
  const titles = titleWords();
  while (j < toks.length && j - i <= MAX_AFTER_HEAD) {
    const t = toks[j]!;
    if (!isWord(t)) break;
    const f = t.norm;
    if (lex.stop.has(f) || lex.stop.has(bareWord(f))) break;
    // a body located in an administrative place (الشؤون الصحية بمنطقة حائل، أمانة منطقة حائل)
    // (not مركز محافظة ديالى: the seat of a province, a place)
    const at = sealed || (prev === 'head' && (h.def || h.stem === MARKAZ)) ? null : adminPlace(c, j, prev === 'head');
    if (at) {
      places.push([at[0], at[1]]);
      admin = true;
      if (prev === 'head') comps++;
      j = at[2];
      break;
    }
    const m = c.nerAt.get(t.start);
    if (m && m.type !== 'ORG') {
      const ok = m.type === 'PERS' ? prev === 'head' || prev === 'title' || prev === 'link' : prev === 'head' || prev === 'link' || prev === 'indef';
      if (!ok || h.def) break;
      while (j < toks.length && toks[j]!.end <= m.end) j++;
      if (m.type === 'PERS') persons++;
      else names++;
      comps++;
      prev = 'comp';
      continue;
    }
    if (sealed && !(plainDefinite(f) && (isNisba(f) || lex.adjectives.has(f)))) break;
    if (f === 'في' && prev !== 'head') {
      const n = toks[j + 1];
      const lm = n && c.nerAt.get(n.start);
      if (lm && lm.type === 'LOC') {
        places.push([lm.start, lm.end]);
        while (j < toks.length && toks[j]!.end <= lm.end) j++;
      } else if (isWord(n) && isPlace(n!.norm) && !lex.placeHeads.has(bareWord(n!.norm))) {
        places.push([n!.start, n!.end]);
        j += 2;
      }
      break;
    }
    if (PREPS.has(f)) break;
    const def = plainDefinite(f);
    if (def && (isNisba(f) || lex.adjectives.has(f)) && (prev !== 'head' || h.def) && !lex.heads.has(bareWord(f))) {
      mods.push(f);
      prev = 'mod';
      j++;
      continue;
    }
    if (def && (prev === 'head' || prev === 'link' || prev === 'indef' || prev === 'title') && (prev !== 'head' || !h.def)) {
      comps++;
      prev = titles.has(f) ? 'title' : 'comp';
      j++;
      continue;
    }
    if (prev === 'title' && !def) {
      names++;
      comps++;
      prev = 'comp';
      j++;
      continue;
    }
    const rs = readings(f);
    if (prev === 'head' && !h.def && lex.orgKey.has(f)) {
      sealed = true;
      names++;
      comps++;
      prev = 'comp';
      j++;
      continue;
    }
    if (prev === 'head' && !h.def && !def && !lex.weakHeads.has(h.stem) && !c.nerWords.has(f) && rs.length === 1 && f.length >= 3 && !/^[يت]/.test(f)) {
      const n1 = toks[j + 1];
      const n2 = toks[j + 2];
      const ahead = (x: Token | undefined) => isWord(x) && plainDefinite(x!.norm) && !lex.stop.has(x!.norm);
      if (ahead(n1) || (isWord(n1) && readings(n1!.norm).length === 1 && ahead(n2))) {
        comps++;
        prev = 'indef';
        j++;
        continue;
      }
      break;
    }
    if (prev === 'indef' && !def && rs.length === 1 && isWord(toks[j + 1]) && plainDefinite(toks[j + 1]!.norm)) {
      prev = 'indef';
      j++;
      continue;
    }
    const conj = rs.find((r) => r.pre === 'و' && r.def);
    // (not a coordinated person: إدارة العلاقات العامة والمتحدث الرسمي)
    if (conj && (prev === 'comp' || prev === 'mod') && comps > 0 && !lex.heads.has(conj.stem) && (!h.def || defLink) && !ROLE_NOUN.test(conj.stem) && !titles.has('ال' + conj.stem) && !(defLink && NOT_LINKED.test(conj.stem))) {
      comps++;
      prev = 'comp';
      j++;
      continue;
    }
    // (… and a construct joined to the field: للأرصاد وحماية البيئة)
    const conjConstruct = defLink && prev === 'comp' ? rs.find((r) => r.pre === 'و' && !r.def) : undefined;
    const gen = toks[j + 1];
    if (conjConstruct && conjConstruct.stem.length >= 3 && !lex.heads.has(conjConstruct.stem) && isWord(gen) && plainDefinite(gen!.norm) && !lex.stop.has(gen!.norm) && !NOT_LINKED.test(gen!.norm.slice(2))) {
      comps++;
      j += 2;
      continue;
    }
    const link = rs.find((r) => r.pre === 'ل');
    if (link && prev !== 'head' && prev !== 'link') {
      // (never a time or the people told: البنك المركزي للمرة الثانية، للصحفيين; and one field only: not الوكالة
      // الدولية للطاقة الذرية | للمراكز النووية)
      if ((link.def && NOT_LINKED.test(link.stem)) || defLink) break;
      // (a definite head and its adjective, or a head, its genitive and an adjective, go on over a definite ل-genitive, and
      // the nouns joined to it: الهيئة العامة للغذاء والدواء، البنك السعودي للتسليف والادخار، شركة الخطوط السعودية للتموين;
      // not past a person the body is named after: كلية الملك فهد الأمنية | للمقبولين)
      // (not a purpose with its own complement: البرلمان الألماني للسفر إلى القرم)
      if ((h.def || (comps > 0 && persons === 0 && !toks.slice(i + 1, j).some((x) => ROYAL.test(x.norm)))) && prev === 'mod' && !linked && link.def && link.stem.length >= 3 && !lex.heads.has(link.stem) && !PURPOSE_PREP.test(toks[j + 1]?.norm ?? '')) {
        comps++;
        defLink = linked = true;
        prev = 'comp';
        j++;
        // (and the field's own adjective: للكرة الطائرة، للانتخابات البلدية)
        const a = toks[j];
        const fieldAdjective = isWord(a) && (isNisba(a!.norm) ? /^ال/.test(a!.norm) : /ه$/.test(link.stem) && /^ال..+ه$/.test(a!.norm) && !lex.heads.has(bareWord(a!.norm)));
        if (fieldAdjective && !lex.stop.has(a!.norm) && !titles.has(a!.norm) && !/^ال(ماضيه|حاليه|مقبله|جاريه|قادمه|اولي|ثانيه|اخيره)$/.test(a!.norm)) {
          mods.push(a!.norm);
          prev = 'mod';
          j++;
        }
        continue;
      }
      const n = toks[j + 1];
      const nextDef = isWord(n) && plainDefinite(n!.norm) && !lex.stop.has(n!.norm);
      if (lex.linkNouns.has(f) || (nextDef && (link.def ? isNisba(n!.norm) || lex.adjectives.has(n!.norm) : true))) {
        comps++;
        linked = true;
        prev = 'link';
        j++;
        continue;
      }
      break;
    }
    const bi = rs.find((r) => r.pre === 'ب');
    if (bi && (prev === 'comp' || prev === 'mod') && lex.heads.has(bi.stem) && !bi.def) {
      comps++;
      prev = 'link';
      j++;
      continue;
    }
    // (not after a field's ل-genitive, where a name follows: الجمعية الملكية المغربية للكرة الطائرة | بشرى حجيج)
    if (bi && prev !== 'head' && prev !== 'link' && !defLink && (isPlace(f) || isPlace(bi.stem) || c.nerAt.get(t.start)?.type === 'LOC')) {
      const lm = c.nerAt.get(t.start);
      const e = lm ? lm.end : t.end;
      places.push([startAfter(t, 1), e]);
      while (j < toks.length && toks[j]!.end <= e) j++;
      break;
    }
    break;
  }
  if (j === i + 1) return null;
  // a trailing link or indefinite word without what it introduced is not part of the name
  while (j > i + 1 && (prev === 'link' || prev === 'indef') && places.length === 0) {
    j--;
    prev = 'comp';
    comps--;
  }
  if (j === i + 1) return null;
  // (صحة جازان، تعليم ينبع، إمارة منطقة حائل; not صحة القلب، مرور الوقت، إمارة دبي)
  if (lex.adminOnlyHeads.has(h.stem) && !admin) {
    if (h.stem === IMARA || j > i + 2 || !majorPlaceAt(c, i + 1)) return null;
    places.push([toks[i + 1]!.start, toks[i + 1]!.end]); // (the place stays a place: صحة جازان → جازان)
  }
  const n = mods.length + comps;
  const country = mods.some(countryLike);
  if (admin && (h.def ? mods.length > 0 : comps > 0)) {
    // (a located body needs no nationality: الشؤون الصحية بمنطقة حائل، إدارة التعليم بمحافظة ينبع)
  } else if (h.def) {
    if (mods.length === 0) return null;
    if (lex.nationHeads.has(h.stem)) {
      // (agreeing with the head: التلفزيون السوري, not محطة التلفزيون الكينية, whose adjective is the station's)
      const fem = h.stem.endsWith('ه');
      if (!mods.some((x) => nationLike(x) && x.endsWith('يه') === fem)) return null;
    } else if (lex.countryHeads.has(h.stem) ? !mods.some(countryLike) : n < 2 && !country) return null;
    if (n === 1 && lex.generic.has(mods[0]!)) return null;
  } else {
    if (comps === 0) return null;
    const strong = mods.filter((x) => !lex.generic.has(x)).length + comps - persons;
    if (lex.weakHeads.has(h.stem) && strong < 2 && names === 0 && !country) return null;
  }
  // the office or cabinet of a person (رئاسة خالد مشعل، رئاسة رئيس المجموعة، حكومة نجاد، حكومة خادم الحرمين
  // الشريفين) is not an organisation
  if (OFFICE_HEADS.has(h.stem) && (persons > 0 || titles.has(toks[i + 1]!.norm) || OFFICE_HOLDERS.has(toks[i + 1]!.norm))) return null;
  const end = toks[j - 1]!.end;
  return { start, end, text: c.text.slice(start, end), type: 'ORG', ...(places.length ? { places } : {}) };
}

/** Whether the word tokens within [from, to) are all adjectives (nisba, listed) or a field's ل-genitive – a known name extended by them. */
function adjectivesOnly(tokens: Token[], i: number, from: number, to: number): boolean {
  const lex = entityLexicon();
  let field = false;
  for (let k = i; k < tokens.length && tokens[k]!.start < to; k++) {
    const t = tokens[k]!;
    if (t.start < from || t.kind !== 'word') continue;
    if (isNisba(t.norm) || lex.adjectives.has(t.norm)) continue;
    // (… or the definite ل-genitive of its field, with the words joined to it: الاتحاد العربي للكرة الطائرة، الهيئة
    // العامة للغذاء والدواء)
    if (/^لل../.test(t.norm)) field = true;
    else if (!field) return false;
  }
  return true;
}

/** Organisation mentions found by the head-noun rules and the known-organisation list. */
export function ruleMentions(text: string, tokens: Token[], ner: readonly NerMention[]): RuleMention[] {
  const lex = entityLexicon();
  const nerAt = new Map<number, NerMention>();
  for (const m of ner) nerAt.set(m.start, m);
  const cues = new Set<string>();
  for (const t of tokens) if (t.kind === 'word') for (const r of readings(t.norm)) {
    const w = r.def ? 'ال' + r.stem : r.stem;
    if (lex.sportsCues.has(w)) cues.add(bareWord(w));
  }
  const nerWords = new Set<string>();
  for (const m of ner) for (const t of tokenize(m.text)) nerWords.add(t.norm);
  const c: Ctx = { text, tokens, nerAt, nerWords, sports: cues.size >= 3 };
  const out: RuleMention[] = [];
  let coveredTo = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (!isWord(tokens[i])) continue;
    let a = headPhrase(c, i);
    const b = orgAt(c, i);
    if (a && isWord(tokens[i + 1]) && readings(tokens[i]!.norm).some((r) => lex.mediaHeads.has(r.stem))) {
      const named = orgAt(c, i + 1); // صحيفة الرياض → الرياض
      if (named && named.end === a.end) a = named;
    }
    const best = a && b ? (a.end > b.end && adjectivesOnly(tokens, i, b.end, a.end) ? a : b) : a ?? b;
    if (!best) continue;
    // inside an earlier name only as its ب-complement: الشؤون الصحية بوزارة الحرس الوطني
    if (best.end <= coveredTo && !(best === a && readings(tokens[i]!.norm)[0]!.pre === '' && /^[وف]?ب/.test(tokens[i]!.norm) && best.start > tokens[i]!.start)) continue;
    if (a && b && best === a && a.start === b.start && a.end === b.end) best.key = b.key;
    out.push(best);
    coveredTo = Math.max(coveredTo, best.end);
  }
  return out;
}
