/**
 * Names inside a speaker phrase: a leading title + name (العميد بسام عطية), a job title followed by a name
 * (مدير مكتب الحملة بلبنان وليد بن علي الجلال), a person mention after a descriptor, and the NP record built
 * from them (name, role, type, number).
 */
import type { Token } from '../text/tokenize.js';
import { isWord, type Ctx } from './context.js';
import { isPlaceHead } from '../entities/place-heads.js';
import { firstNameAt, personNameAt } from './person-name.js';
import { anonHead, ASSIGNED, derivedMasdar, hasArticle, headOf, inPerson, innerTitle, isEventNoun, isTitle, bPhrase, NAME_JOIN, nameLike, partitiveAt, seenAsName, spokesmanBasim, titleDot } from './np-words.js';

export interface NP {
  /** token range of the speaker as written (title included, role excluded) */
  a: number;
  b: number;
  /** token range of the bare name inside [a, b) (titles removed); equals [a, b) for descriptors */
  nameA: number;
  nameB: number;
  /** token range of the role, or -1 */
  roleA: number;
  roleB: number;
  type?: 'PERS' | 'ORG' | 'ANON';
  plural: boolean;
  /** the phrase carries a proper name (not only a descriptor) */
  named: boolean;
  /** index after the last token the speaker analysis consumed */
  next: number;
  /** code units to skip at the start of token a (a fused ل: لوسائل إعلام → وسائل إعلام) */
  cut?: number;
  /** a list of people who speak together (كل من X وY): the whole list is the source */
  list?: boolean;
}

/** Finds a trailing personal name inside [a, b): returns [nameStart, titleStart] or null. */
/** A ب-phrase that names no one: a possessive pronoun (بموقعه الرسمي) or a direction (بشمال سيناء). */
function placeOrOwnPhrase(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  if (!t || !/^ب/.test(t.norm) || ctx.entType[k] === 1) return false;
  return /^ب(شمال|جنوب|شرق|غرب|وسط)$/.test(t.norm) || (t.norm.length > 4 && /(ه|ها|هم)$/.test(t.text.replace(/[\u064b-\u0652\u0640]/g, '')) && !ctx.lex.firstNames.has(t.norm));
}

/** kin nouns, folded, without and with the article (شقيقة، والد، نجل، زوجة) */
export const KIN = /^(ال)?(شقيق|شقيقه|اخت|والد|والده|نجل|نجله|ابنه|زوج|زوجه|ارمله|جد|جده|حفيد|حفيده)$/;

/** ordinals and "another", folded */
const ORDINAL = /^(ثان|ثاني|ثانيه|ثالث|ثالثه|رابع|رابعه|خامس|اخر|اخري|اخرى|اخرين|اخرون)$/;

/** heads of a state's name (بمملكة النرويج، بدولة الكويت، لجمهورية مصر), folded */
const STATE_HEAD = /^(مملكه|دوله|جمهوريه|اماره|سلطنه|امارات)$/;

export function trailingName(ctx: Ctx, a: number, b: number): [number, number] | null {
  const T = ctx.toks;
  let j = b - 1;
  let count = 0;
  for (let k = a; k < b; k++) if (placeOrOwnPhrase(ctx, k)) return null;
  // (a derived-form verbal noun, استرداد الأموال، is a body's name, never a person's)
  // (nor a ل-phrase, a role's body: المفوض الأعلى لحقوق الإنسان)
  const lPhrase = /^ل[^ل]/.test(T[j - 1]?.norm ?? '') && ctx.entType[j - 1] !== 1 && !ctx.lex.firstNames.has(T[j - 1]!.norm);
  // (nor a participle's ب-complement: الوزيرة المكلفة بشؤون المرأة)
  const assigned = j - 2 >= a && /^ب/.test(T[j - 1]?.norm ?? '') && ASSIGNED.test(T[j - 2]!.norm);
  if (assigned) return null;
  // (not a tagged place after a place head behind ب: الناطق الإعلامي … بمنطقة الباحة)
  // (nor a plural participle of people, a role's genitive: مدير شؤون المعلمين)
  if (j > a && hasArticle(T[j]!.norm) && nameLike(ctx, T[j - 1]) && !lPhrase && !(ctx.entType[j] !== 1 && /^ال(م|مت|مست).{2,}ين$/.test(T[j]!.norm)) && !(ctx.entType[j] === 3 && /^[بل]/.test(T[j - 1]!.norm) && (isPlaceHead(T[j - 1]!.norm.slice(1)) || STATE_HEAD.test(T[j - 1]!.norm.slice(1)))) && T[j - 1]!.norm !== 'باسم' && !derivedMasdar(T[j - 1]!.norm) && ctx.entType[j - 1] !== 2 && !ctx.lex.roleNouns.has(T[j]!.norm) && !ctx.lex.orgHeads.has(T[j]!.norm)) {
    j--;
    count++;
  }
  // an untagged indefinite nisba after a role or another nisba is an adjective (عضو قيادي برلماني), not a name
  const nisba = (k: number) => k >= a && ctx.entType[k] !== 1 && !ctx.lex.firstNames.has(T[k]!.norm) && !hasArticle(T[k]!.norm) && /^[^ا].{2,}ي$/.test(T[k]!.norm);
  while (j >= a) {
    const t = T[j]!;
    // (an ordinal or "another" after a noun is its adjective, no name: وصرح مندوب ثان، ويقول فقيه آخر)
    if (count === 0 && j > a && ORDINAL.test(t.norm)) break;
    // (… nor the second word of a compound ordinal: وقالت الخامسة عشرة)
    if (count === 0 && j > a && /^(عشر|عشره)$/.test(t.norm) && /^ال(حادي|حاديه|ثاني|ثانيه|ثالث|ثالثه|رابع|رابعه|خامس|خامسه|سادس|سادسه|سابع|سابعه|ثامن|ثامنه|تاسع|تاسعه)$/.test(T[j - 1]!.norm)) break;
    if (count === 0 && j > a && nisba(j) && (ctx.lex.roleNouns.has(T[j - 1]!.norm) || ctx.lex.anonHeads.has(T[j - 1]!.norm) || nisba(j - 1))) break;
    // (… and a feminine one after an indefinite noun: قائد قوات محلية، مدير شركة عقارية)
    if (count === 0 && j > a && ctx.entType[j] !== 1 && !ctx.lex.firstNames.has(t.norm) && !hasArticle(t.norm) && /..ية$/.test(t.text.replace(/[\u064b-\u0652\u0640]/g, '')) && isWord(T[j - 1]) && !hasArticle(T[j - 1]!.norm) && !ctx.lex.titles.has(T[j - 1]!.norm) && ctx.entType[j - 1] !== 1 && !firstNameAt(ctx, j - 1) && !NAME_JOIN.has(T[j - 1]!.norm)) break;
    // the body after باسم and an organisation or place mention belong to the role, not the name
    // (not a first name the tagger took for a place before its family's آل: راشد آل سرور)
    const placeName = ctx.entType[j] === 3 && j + 1 < b && /^آل$/.test(T[j + 1]!.text.replace(/[\u064b-\u0652\u0640]/g, '')) && firstNameAt(ctx, j);
    if (ctx.entType[j] === 2 || (ctx.entType[j] === 3 && !placeName) || (j > a && T[j - 1]!.norm === 'باسم')) break;
    // (المتحدث باسم …: "in the name of", not the first name باسم)
    if (j > a && spokesmanBasim(ctx, j)) break;
    // (a place head behind ب or ل, before a place, is the role's: وزير البنى التحتية بولاية الخرطوم)
    if (/^[بل]/.test(t.norm) && t.norm.length > 3 && ctx.entType[j] !== 1 && !firstNameAt(ctx, j) && isPlaceHead(t.norm.slice(1))) break;
    // a ل-phrase after the role (وقال اللاعب لبرنامج في المرمى) is the addressee, not a surname
    if (j === b - 1 && count === 0 && /^ل/.test(t.norm) && t.norm.length > 4 && ctx.entType[j] !== 1 && !firstNameAt(ctx, j)) break;
    if (nameLike(ctx, t) || (hasArticle(t.norm) && j > a && (NAME_JOIN.has(T[j - 1]!.norm) || (ctx.lex.nameLinks.has(t.norm) && nameLike(ctx, T[j - 1])) || (j - 1 > a && ctx.lex.nameLinks.has(T[j - 1]!.norm) && NAME_JOIN.has(T[j - 2]!.norm))))) {
      j--;
      count++;
      continue;
    }
    if (NAME_JOIN.has(t.norm) && count > 0) {
      j--;
      continue;
    }
    break;
  }
  // a word with a prepositional prefix before a full name is the role's end (بلبنان وليد بن علي)
  while (count >= 3 && j + 1 < b && /^[بلكف]/.test(T[j + 1]!.norm) && !isTitle(ctx, T[j + 1]!) && T[j + 2] && NAME_JOIN.has(T[j + 2]!.norm) === false) {
    j++;
    count--;
    break;
  }
  if (count === 0) return null;
  const nameStart = j + 1;
  // (a ب-phrase with a possessed noun after a role is the verb's object, no name: وأشاد المدرب التونسي بأداء فريقه)
  const unknown = (k: number) => ctx.entType[k] !== 1 && !firstNameAt(ctx, k) && !seenAsName(ctx, k);
  if (/^ب.{3,}/.test(T[nameStart]!.norm) && unknown(nameStart) && T.slice(nameStart + 1, b).some((x, d) => /[^\u0629](ه|ها|هم)$/.test(x.text.replace(/[\u064b-\u0652\u0640]/g, '')) && unknown(nameStart + 1 + d))) return null;
  // (one untagged word that is no first name after a role in construct is its genitive, the place or body it serves:
  // محافظ عدن، سفير بلاده)
  if (count === 1 && nameStart === b - 1 && nameStart > a && !ctx.entType[nameStart] && !firstNameAt(ctx, nameStart) && ctx.lex.roleNouns.has(T[nameStart - 1]!.norm) && !hasArticle(T[nameStart - 1]!.norm) && !isTitle(ctx, T[nameStart - 1]!)) return null;
  // a name is never opened by the conjunction و on a word no one is named by (التحليلات واستقصاءات الرأي، الكردية
  // وحدات الحماية): the phrase is a coordination, not a role and a name (وليد، ويليام، ويبر stay)
  if (nameStart > a && /^و/.test(T[nameStart]!.norm) && ctx.entType[nameStart] !== 1 && !firstNameAt(ctx, nameStart) && !seenAsName(ctx, nameStart)) return null;
  while (j >= a && (ctx.lex.titles.has(T[j]!.norm) || titleDot(ctx, j))) j--;
  return [nameStart, j + 1];
}

/** A personal name from `a` (after optional titles): returns the exclusive end or a (no name). */
export function leadingName(ctx: Ctx, a: number, b: number): [number, number] {
  const T = ctx.toks;
  let i = a;
  while (i < b && (isTitle(ctx, T[i]!) || titleDot(ctx, i))) i++;
  const nameStart = i;
  let j = i;
  while (j < b) {
    const t = T[j]!;
    // a verbal noun with its pronoun after a tagged name (وأعلن بلاتيني ترشحه رسميا) is the object, not the name
    if (j > nameStart && inPerson(ctx, j - 1) && !inPerson(ctx, j) && possessedVerbalNoun(ctx, t.norm)) break;
    // (… and so is a bare verbal noun of a derived form there: وأعلن بلاتر تأخير بداية المؤتمر، استئناف …)
    if (j > nameStart && inPerson(ctx, j - 1) && !inPerson(ctx, j) && (derivedMasdar(t.norm) || /^ت[^وي][^اوي]ي[^اوي]$/.test(t.norm)) && !ctx.lex.firstNames.has(t.norm) && !seenAsName(ctx, j)) break;
    // (… a speech noun with its pronoun even when tagged with the name: واختتم الدكتور سمير كلامه مؤكدا)
    if (j > nameStart && /^(كلام|حديث|كلمت|خطاب|تصريح|تصريحات)(ه|ها|هم)$/.test(t.norm)) break;
    // a ب-phrase after the name (إردوغان بقوة) ends it
    if (j > nameStart && bPhrase(ctx, j) && T[j + 1] && hasArticle(T[j + 1]!.norm) && !isTitle(ctx, T[j + 1]!) && !ctx.lex.roleNouns.has(T[j + 1]!.norm) && !seenAsName(ctx, j)) break;
    if (nameLike(ctx, t) || NAME_JOIN.has(t.norm) || (inPerson(ctx, j) && (j === nameStart || inPerson(ctx, j - 1)))) {
      j++;
      continue;
    }
    if (hasArticle(t.norm) && j > nameStart && (NAME_JOIN.has(T[j - 1]!.norm) || T[j - 1]!.norm === 'عبد' || ctx.lex.nameLinks.has(t.norm))) {
      j++;
      continue;
    }
    if (hasArticle(t.norm) && j > nameStart && !ctx.lex.roleNouns.has(t.norm) && !ctx.lex.orgHeads.has(t.norm) && !ctx.lex.titles.has(t.norm)) {
      j++; // surname with the article (الحاسي، الزياني) ends the name
    }
    break;
  }
  return [nameStart, j];
}

export function classify(ctx: Ctx, a: number, b: number): 'title' | 'name' | 'org' | 'anon' | 'role' | 'other' {
  const h = headOf(ctx, a, b);
  if (!h) return 'other';
  const L = ctx.lex;
  if (L.titles.has(h.norm) && !L.roleNouns.has(h.norm)) return 'title';
  // a person mention of the document's entities, whatever its first word looks like (الكسندر نوفاك)
  if (h === ctx.toks[a] && inPerson(ctx, a) && !L.roleNouns.has(h.norm) && !L.anonHeads.has(h.norm) && !L.orgHeads.has(h.norm)) return 'name';
  if (anonHead(ctx, h.norm) && !hasArticle(h.norm)) return 'anon';
  // (a source after a fused ل, as an attribution phrase reads it: ووفقا لمصدر عسكري ليبي، وفقا لمسؤول …)
  // (not a role, one spoken to: وقال لأستاذه، توضح لوكيل المزاد)
  if (h === ctx.toks[a] && /^ل[^ل]../.test(h.norm) && !inPerson(ctx, a)) {
    const bare = h.norm.slice(1);
    if (anonHead(ctx, bare) || L.anonHeads.has(bare)) return 'anon';
    // (a document or figures are no body: وفقا لإحصاءات الربع الأول، وفقا لتقرير …)
    if (L.orgHeads.has(bare) && !L.attributionSources.has(bare)) return 'org';
  }
  // عدد من الخبراء، مجموعة من المواطنين: a quantity of unnamed people (a body or a named person still wins)
  if (partitiveAt(ctx, a) && !L.orgHeads.has(h.norm) && !inPerson(ctx, a + 2)) return 'anon';
  if (L.orgHeads.has(h.norm)) return 'org';
  if (L.roleNouns.has(h.norm) || L.titles.has(h.norm)) return 'role';
  if (L.anonHeads.has(h.norm)) return 'anon';
  if (nameLike(ctx, h)) return 'name';
  return 'other';
}

export function isPlural(ctx: Ctx, a: number, b: number): boolean {
  const h = headOf(ctx, a, b);
  if (!h) return false;
  // ("one of" a group is one: أحد القادة العسكريين)
  if (/^(احد|احدي)$/.test(ctx.toks[a]!.norm)) return false;
  // a sound plural ending (محللون، مسؤولين) on a word long enough not to be أمين or حسين
  // (… or one in construct, its ن dropped before the genitive: منظمو المدينة الشبابية، مستخدمو التواصل الاجتماعي)
  return ctx.lex.plural.has(h.norm) || (/(ون|ين)$/.test(h.norm) && h.norm.length >= 6 && b - a <= 3 && !nameLike(ctx, h)) || (/^م.{3,}و$/.test(h.norm) && h === ctx.toks[a] && b - a >= 2 && !ctx.entType[a]);
}

/** a document or a set of figures heading its issuer (تقديرات المنظمة الدولية للهجرة، تعليمات مؤسسة النقد): no name */
const DATA_NOUN = /^(تقرير|بيان|بيانات|دراسه|تقديرات|ارقام|احصاءات|احصائيات|تعليمات|توقعات|مؤشرات)$/;

export function build(ctx: Ctx, a: number, b: number, next: number, role: [number, number] | null): NP {
  let kind = classify(ctx, a, b);
  // (a kin noun opening the phrase is no first name: شقيقة المعلمة رحمة الحويطي)
  if (kind === 'name' && KIN.test(ctx.toks[a]!.norm) && b - a >= 2) kind = 'other';
  // (nor a sound plural in construct: منتقدو الرئيس التركي)
  if (kind === 'name' && /^م.{3,}و$/.test(ctx.toks[a]!.norm) && b - a >= 2 && !ctx.entType[a] && !ctx.lex.firstNames.has(ctx.toks[a]!.norm)) kind = 'other';
  if (kind === 'name' && b - a >= 2 && DATA_NOUN.test(ctx.toks[a]!.norm) && (/^ال/.test(ctx.toks[a + 1]!.norm) || ctx.entType[a + 1] === 2)) kind = classify(ctx, a + 1, b) === 'org' ? 'org' : 'other';
  let nameA = a;
  let nameB = b;
  let roleA = role ? role[0] : -1;
  let roleB = role ? role[1] : -1;
  let named = false;
  let type: NP['type'];
  if (kind === 'title' || kind === 'name') {
    const [s, e] = leadingName(ctx, a, b);
    if (e > s) {
      nameA = s;
      nameB = e;
      named = true;
      type = 'PERS';
      if (e < b && roleA < 0) {
        const r = ctx.toks[e]!;
        if (ctx.lex.roleNouns.has(r.norm) || ctx.lex.titles.has(r.norm) || /^ال.+(ي|يه)$/.test(r.norm) || ctx.lex.adjectives.has(r.norm)) {
          roleA = e;
          roleB = b;
        } else next = Math.min(next, e);
        b = e;
      }
    }
  } else if (kind === 'role' || kind === 'other') {
    // (a group in construct is the speaker, not a person named in its genitive: منتقدو الرئيس التركي رجب طيب إردوغان)
    const group = b - a >= 2 && !ctx.entType[a] && !/^ال/.test(ctx.toks[a]!.norm) && (ctx.lex.plural.has(ctx.toks[a]!.norm) || /^م.{3,}و$/.test(ctx.toks[a]!.norm));
    const tn = group ? null : trailingName(ctx, a, b);
    if (tn && tn[1] > a) {
      if (roleA < 0) {
        roleA = a;
        roleB = tn[1];
      }
      a = tn[1];
      nameA = tn[0];
      named = true;
      type = 'PERS';
    } else if (kind === 'role') type = 'PERS';
    // (a group is an unnamed source: منتقدو الرئيس التركي، متداولو السندات)
    else if (group) type = 'ANON';
  } else if (kind === 'org') type = 'ORG';
  else if (kind === 'anon') type = 'ANON';
  // (a kin noun's phrase is a person: جد الطفلة، شقيقة المعلمة رحمة الحويطي)
  if (!type && KIN.test(ctx.toks[a]!.norm)) type = 'PERS';
  return { a, b, nameA, nameB, roleA, roleB, type, plural: isPlural(ctx, a, b), named, next };
}

/**
 * Inside a phrase [a, b): a person mention, or an inner title followed by a name, after a descriptor. Returns
 * [speakerStart, speakerEnd, role] with the role the descriptor before it, or null. Material after the name
 * (the object: … ديمبسي الحكومة العراقية) is left out.
 */
/** Words that tie a body to a person it serves or opposes (الموالية، التابعة، المقربة من …), folded. */
export const AFFILIATED = /^(ال)?(موالي|مواليه|تابع|تابعه|مقرب|مقربه|مؤيد|مؤيده|داعم|داعمه|معارض|معارضه|مناهض|مناهضه)$/;

export function innerSplit(ctx: Ctx, a: number, b: number): [number, number, [number, number] | null] | null {
  const T = ctx.toks;
  // (a phrase opening with a person's own name, untagged, is that person with a role after it; a name further on is in
  // the role: علي آل حطاب الناشط الحقوقي المختص بمتابعة قضية تركي عمر)
  // (a relative named after the kin noun is not the speaker: وأشارت شقيقة المعلمة رحمة الحويطي، قال والد الطفل محمد)
  if (KIN.test(T[a]!.norm)) return null;
  // (nor one named after a plural head: مسؤولو مستشفيات الدكتور سليمان الحبيب are not he)
  // (… or a sound plural in construct: ويرى منتقدو الرئيس التركي رجب طيب إردوغان، مؤيدو المرشح X)
  if (ctx.lex.plural.has(T[a]!.norm) || (/^م.{3,}و$/.test(T[a]!.norm) && b - a >= 2 && !ctx.entType[a])) return null;
  const lead = !ctx.entType[a] ? personNameAt(ctx, a, b) : null;
  const leadEnd = lead && lead[0] === a && lead[2] - a >= 2 && lead[2] < b && ctx.lex.roleNouns.has(T[lead[2]]!.norm) ? lead[2] : -1;
  for (let m = a; m < b; m++) {
    // (المتحدث باسم المقاومة: a tagged "باسم" after a spokesman is "in the name of", no person)
    // (a founder's name inside an organisation's, جامعة الإمام محمد بن سعود, is no person here)
    // (nor a person in the genitive of an event or an object noun: انتقدت صحف تونسية زيارة ساركوزي)
    if (m > a && ctx.entEnd[m]! > m && inPerson(ctx, m) && !inPerson(ctx, m - 1) && !hasArticle(T[m - 1]!.norm) && (isEventNoun(ctx, T[m - 1]!.norm) || ctx.lex.objectStarters.has(T[m - 1]!.norm))) return null;
    if (ctx.entEnd[m]! > m && inPerson(ctx, m) && !ctx.inOrg[m] && !(m > a && spokesmanBasim(ctx, m))) {
      if (leadEnd > 0 && m >= leadEnd) return null;
      let me = Math.min(ctx.entEnd[m]!, b);
      // a person mention cut short by the tagger (عبد الله | أبشروا) runs on over name words inside the phrase
      // (a family particle takes the word after it whatever that word is: الشيخ عبدالعزيز آل الشيخ)
      while (me < b && me - m < 6 && ((nameLike(ctx, T[me]) && !/\u064b/.test(T[me]!.text)) || (NAME_JOIN.has(T[me - 1]!.norm) && isWord(T[me])))) me++;
      let ts = m;
      // a first name the tagger left out of the mention (وزير النقل بدر | باسلمه) begins the name
      let fs = m;
      while (fs > a && fs > m - 2 && !ctx.entType[fs - 1] && firstNameAt(ctx, fs - 1) && !isTitle(ctx, T[fs - 1]!) && !ctx.lex.roleNouns.has(T[fs - 1]!.norm)) fs--;
      if (fs < m && fs > a && !/^ال/.test(T[fs]!.norm)) ts = m = fs;
      // (a family particle before the tagged name is the name's: وقال آل دغيم)
      while (ts > a && NAME_JOIN.has(T[ts - 1]!.norm) && T[ts - 1]!.norm !== 'بن') ts = m = ts - 1;
      while (ts > a && isTitle(ctx, T[ts - 1]!)) ts--;
      if (me >= b || (m === a && me < b && (ctx.lex.roleNouns.has(T[me]!.norm) || /^ال.+(ي|يه)$/.test(T[me]!.norm)))) {
        if (ts === a) return null;
      }
      if (ts === a && me >= b) return null;
      // (a body loyal or close to a person is the body: قناة آزال الفضائية الموالية للرئيس المخلوع علي عبدالله صالح)
      if (ts > a && (ctx.entType[a] === 2 || ctx.lex.orgHeads.has(T[a]!.norm) || ctx.lex.mediaNouns.has(T[a]!.norm)) && T.slice(a + 1, ts).some((w) => AFFILIATED.test(w.norm))) return null;
      // (a body named after its head's role and name is the body: المكتب الإعلامي لرئيس مجلس الوزراء حيدر العبادي)
      if (ts > a && ctx.lex.orgHeads.has(T[a]!.norm) && !ctx.lex.roleNouns.has(T[a]!.norm) && T.slice(a + 1, ts).some((w) => ctx.lex.roleNouns.has(w.norm.replace(/^ل(?!ل)/, '')))) return null;
      // a titled name, then its role (الدكتور أشرف العربي وزير التخطيط): the role follows the name
      if (ts === a && ts < m && ctx.lex.roleNouns.has(T[me]!.norm)) return [ts, me, [me, b]];
      if (ts === a) return [ts, me, null];
      return [ts, me, [a, ts]];
    }
  }
  for (let t = a + 1; t < b; t++) {
    if (!innerTitle(ctx, T[t]!)) continue;
    const [ns, ne] = leadingName(ctx, t, b);
    if (ne > ns) return [t, ne, [a, t]];
    return null;
  }
  // (an untagged name after a one-word role, then a second role: الإعلامية أسماء العمري مديرة المحتوى بإدارة …)
  if (a + 1 < b && (ctx.lex.roleNouns.has(T[a]!.norm) || isTitle(ctx, T[a]!)) && !ctx.entType[a + 1]) {
    const pn = personNameAt(ctx, a + 1, b);
    if (pn && pn[1] === a + 1 && pn[2] - pn[1] >= 2 && pn[2] < b && ctx.lex.roleNouns.has(T[pn[2]]!.norm)) return [a + 1, pn[2], [a, a + 1]];
  }
  return null;
}

/** A feeling with its possessive pronoun (سعادته، ارتياحها، قلقهم): the object of أبدى، أعرب عن، أكد, never a name. */
export function feelingNoun(n: string): boolean {
  const m = /^(.{2,}?)(ه|ها|هم|هما)$/.exec(n);
  return !!m && /^(سعادت|فرحت|ارتياح|استياء|قلق|اسف|امتعاض|رضا|سرور|اعتزاز|فخر|غضب|انزعاج|دهشت|استغراب)$/.test(m[1]!);
}

/** A verbal noun or a feeling with a possessive pronoun (ترشحه، استعداده، رفضها، شكره، سعادته): an object, never a family name. */
export function possessedVerbalNoun(ctx: Ctx, n: string): boolean {
  const m = /^(.{3,}?)(ه|ها|هم|هما)$/.exec(n);
  if (!m) return false;
  const stem = m[1]!.replace(/ت$/, 'ه');
  return /^ت...$/.test(stem) || /^ت..ي.$/.test(stem) || derivedMasdar(stem) || ctx.lex.objectStarters.has(stem) || /^(شكر|تقدير|تهنئه|تعازي|امتنان|ترحيب|تمنيات|دعم|تاييد|كلام|حديث|كلمه|خطاب|تصريح|تصريحات)$/.test(stem) || feelingNoun(n);
}
