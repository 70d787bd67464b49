/**
 * Attribution phrases: بحسب X، حسب X، وفقا لـ X، وفقا لما ذكرته X، نقلا عن X، على حد قوله، بحسب ادعائه.
 * Leading (بحسب الوزارة فإنه …) the content follows; trailing (…، بحسب غابيزون) it is the clause before;
 * attached to a phrase without a comma (… ـ بحسب ادعائه ـ) it is the few words before. The source must look
 * like one (an organisation, a role, a title, an entity, a known speaker, or "ما ذكرته"), so that
 * "وفقا للقانون" is not a claim; a pronoun source (ادعائه) is resolved to the nearest earlier person.
 */
import { isEnd, isQuote, isWord, type Ctx } from './context.js';
import type { Token } from '../text/tokenize.js';
import { contentEnd, trim, wordCount } from './content.js';
import type { Draft } from './build.js';
import { entityAt, implicitSource, orgWithHead, personBefore, sourceOf, type Source } from './resolve.js';
import { parseSpeaker, skipLeading } from './speaker.js';
import { anonHead, hasArticle, isPrep, MADE_IT, prepObjectWord } from './np-words.js';
import { firstNameAt, personNameAt } from './person-name.js';
import type { Lexicon } from './lexicon.js';

const HEADS = new Set(['بحسب', 'حسب', 'وفق', 'وفقا', 'طبقا', 'نقلا']);
const PRONOUN = /^(ادعا[ءئو]|قول|زعم|تعبير|روايت|وصف)(ه|ها|هم)$/;

const COMMA = /^[،,]$/;
/** words that join a name's parts (بن، أبو، عبد، آل) */
const NAME_LINK = /^(بن|ابن|بنت|ابو|ابي|ام|عبد|ال|ذو|ذي)$/;
/** past verbs by their shape (folded): افتعل، انفعل، استفعل with ت or وا (ارتفع، انخفضت، استقر), a three-letter one with
 * its feminine ت (حصلت، بلغت), and تم; their verbal nouns carry an alif (ارتفاع، انخفاض) and never match */
const PAST_VERB = /^(?:ا.ت..|ان...|است..|است...)(?:ت|وا)?$|^...ت$|^تم$/;

/** A clause's first verb, folded, without its و: present (يعمل، تعمل) or past by its shape (ارتفعت، انخفض), not تم. */
const verbFirstWord = (n: string) => /^[يت][^ا].{2,}$/.test(n) || (n !== 'تم' && PAST_VERB.test(n));

/** A word that opens a clause's predicate: a present or copular verb, an amount, a pronoun, إلا. */
function predicateStart(t: Token): boolean {
  if (t.kind === 'number') return true;
  if (!isWord(t)) return false;
  const n = t.norm;
  return /^[يت][^ا].{2,}$/.test(n) || /^(كان|كانت|كانوا|اصبح|اصبحت|بات|باتت|ظل|ظلت|بدات|بدا|هو|هي|هم|الا|نحو|لنحو|بنحو|حوالي|بحوالي|قرابه|الي|اكثر|اقل)$/.test(n);
}

/** people who study or observe (plural, without the article), folded */
const EXPERTS = /^(باحثين|باحثون|علماء|مختصين|متخصصين|متخصصون|مراقبين|مراقبون|اطباء|محللين|محللون|خبراء|مختصون)$/;

/** people named by a sound masculine plural (participles and nisbas: محامين، مصرفيين، متابعين), without the article */
const PEOPLE = /^(م.{3,}(ين|ون)|.{3,}ي(ين|ون))$/;
/** broken plurals and numbers of that shape (ملايين، موازين) */
const NOT_PEOPLE = /^(ملايين|موازين|ميادين|مضامين|مواعين|مجانين|مساكين|مواقيت)$/;

/** A subject of up to eight words, then a reporting verb with its complement (… يرى أن، قال إن، أكد: «…»). */
function innerReport(ctx: Ctx, s: number): boolean {
  const T = ctx.toks;
  for (let v = s + 1; v < T.length && v - s <= 8; v++) {
    const t = T[v]!;
    // (not a verb in a relative clause on the subject: فإن هذه الإجراءات التي يتوقع أن …)
    if (!isWord(t) || /^(الذي|التي|الذين|اللذين|اللتين|ما|مما|من)$/.test(t.norm)) return false;
    const f = ctx.lex.cues.get(t.norm);
    if (!f || f.kind === 'part' || f.conj) continue;
    // (not يدعى "is called": فإن الشهيد يدعى "سيف …")
    if (f.entry.lemma === 'دعا') return false;
    const n = T[v + 1];
    return !!n && (ctx.lex.complementizers.has(n.norm) || n.text === ':');
  }
  return false;
}

/** provisions of a text (المادة، البند، الفقرة، الفئة), folded */
const PROVISION = /^(ال)?(ماده|مواد|بند|بنود|فقره|فقرات|فئه|جدول|ملحق|لائحه)$/;

/** verbs and adjectives of variation: a بحسب/وفقا after them means "depending on", not a source */
const VARIES = /^[وف]?(يختلف|تختلف|يختلفون|يتفاوت|تتفاوت|يتغير|تتغير|يتباين|تتباين|يتراوح|تتراوح|مختلف|مختلفه|متفاوت|متفاوته|متباين|متباينه|تختلف|يتنوع|تتنوع)$/;
/** a noun for what a source said, between the head and the source (حسب رواية X، وفقا لتصريحات X) */
const NARRATIVE = /^(روايه|تصريحات|تصريح|تقديرات|تقدير|اقوال|شهاده|شهادات)$/;
const FA_INNA = /^(فان|فانه|فانها|فانهم|فان)$/;
/** documents whose words جاء في reports (وجاء في البيان أن …) */
const DOCUMENT = /^(ال)?(بيان|خبر|تقرير|مقال|مقاله|رساله|نص|دراسه|وثيقه|قرار|تصريح|كلمه|خطاب|تغريده|مذكره|بلاغ|منشور|تسجيل|اعلان|مرسوم|ورقه|رد|افاده|شكوي|دعوي|لائحه)$/;
/** words that open a clause and so end a source phrase written without فإن (وفقا لمجلة «كيكر» هناك شرط …) */
const CLAUSE_OPEN = /^(هناك|هنالك|ثمه|لا|لم|لن|سوف|تم|يتم|سيتم|يوجد|توجد|ليس|ليست|كان|كانت|ستكون|سيكون)$/;

/** verbs of publishing that report a source's words after حسب ما / وفقا لما (نشرته الصحيفة، أوردت الوكالة) */
/** (… and of documenting: بحسب ما وثق ناشطون; not رصد, a newspaper's own finding: وفقا لما رصدته "الوطن") */
const PUBLISH = /^(نشر|اورد|بث|نقل|وثق)(ت|ته|تها|ه|ها|وا|وه|وها)?$/;

/** The verb after "ما" of an attribution phrase reports speech (حسبما أفادت، بحسب ما ذكرته), not a need or a plan
 * (حسبما تقتضيه الحاجة، بحسب ما هو مقرر). */
function reportVerb(ctx: Ctx, v: Ctx['toks'][number] | undefined): boolean {
  if (!v || !isWord(v)) return false;
  const L = ctx.lex;
  return L.cues.has(v.norm) || L.cues.has(v.norm.replace(/(ه|ها|هم)$/, '')) || PUBLISH.test(v.norm);
}

/**
 * كما + a reporting verb + a short source phrase ending the sentence, inside a sentence (… بنسبة 11.5 في المائة كما
 * ذكر البنك المركزي.): it attributes the clause before it. With a complement after the source (كما أكد الوزير أن …)
 * it is a claim of its own, not this.
 */
export function trailingKama(ctx: Ctx, i: number): boolean {
  const T = ctx.toks;
  // (after a comma, "، كما أعلنت X." is read by the cue's own rule: src/speech/extract.ts)
  if (T[i]?.norm !== 'كما' || i <= ctx.sentStart[i]! || !isWord(T[i - 1])) return false;
  const v = T[i + 1];
  // (كما ذكرت أعلاه، كما ذكرنا سابقا: the writer's own earlier words)
  if (!v || !isWord(v) || !(ctx.lex.cues.get(v.norm)?.kind === 'past') || !isWord(T[i + 2]) || /^(اعلاه|انفا|سابقا|انفا)$/.test(T[i + 2]!.norm)) return false;
  for (let j = i + 3; j < Math.min(T.length, i + 10); j++) {
    const t = T[j]!;
    // (the words after the verb are one source phrase, not a subject and its object: كما أعلنت البلاد الحداد)
    if (isEnd(t)) {
      if (ctx.sentEnd[j] !== j) return false;
      const np = parseSpeaker(ctx, i + 2, j, null);
      return !!np && np.b === j && (!!np.type || np.named || !!ctx.entType[np.a]);
    }
    if (!isWord(t) || ctx.lex.complementizers.has(t.norm) || ctx.lex.cues.has(t.norm)) return false;
  }
  return false;
}

export function attributionHead(norm: string): string | null {
  if (/^[وف]?(ب?حسبما|وفقما)$/.test(norm)) return 'حسب';
  // (with ف too, فبحسب، فوفقا; not فحسب, "only")
  const h = (norm.startsWith('و') && HEADS.has(norm.slice(1))) || (norm.startsWith('ف') && norm !== 'فحسب' && HEADS.has(norm.slice(1))) ? norm.slice(1) : norm;
  return HEADS.has(h) ? h : null;
}

export interface AttributionResult {
  draft: Draft | null;
  /** token index after the phrase and its source */
  next: number;
  /** the phrase's source when it made no claim of its own (…، حسب ما أكده مصدر مسؤول: a later المصدر is it) */
  source?: Source | null;
}

/**
 * A word after its fused ل, folded: لل + noun is ل + the article (للخبراء → الخبراء), unless the noun itself starts with
 * ل and is a body's or a source's head (للجنة → لجنة, not الجنة).
 */
function afterL(w: string, L: Lexicon): string {
  if (!w.startsWith('لل')) return w.slice(1);
  const own = w.slice(1);
  return L.orgHeads.has(own) || L.anonHeads.has(own) || L.roleNouns.has(own) ? own : 'ال' + w.slice(2);
}

export function attributionClaim(ctx: Ctx, i: number, history: Source[], lastContentEnd: number, lastContent: readonly [number, number] | null = null): AttributionResult {
  const T = ctx.toks;
  const L = ctx.lex;
  const t = T[i]!;
  let head = attributionHead(t.norm);
  let k = i + 1;
  let cueEnd = t.end;
  let pronoun: 'm' | 'f' | null = null;
  let strong = false;
  let partial = false;
  /** بحسب ما ذكر X / حسبما أكد X: a verbal phrase, which may attribute a whole clause before it */
  let verbal = false;
  // حسبما أكد مصدر / بحسبما ذكرت الوكالة: the fused ما is the head's "what", the cue verb follows
  const fused = /^و?ب?حسبما$/.test(t.norm) || /^و?وفقما$/.test(t.norm);
  // (حسبما جاء في الشكوى …؛ فإنه …: what a document says)
  const jaaFi = (v: number) => /^جاء$/.test(T[v]?.norm ?? '') && T[v + 1]?.norm === 'في' && !!T[v + 2] && DOCUMENT.test(T[v + 2]!.norm);
  if (fused && !reportVerb(ctx, T[i + 1]) && !jaaFi(i + 1)) return { draft: null, next: i + 1 };
  if (fused && T[i + 1] && isWord(T[i + 1]) && T[i + 2] && isWord(T[i + 2])) {
    head = 'حسب';
    k = i + 2;
  }
  // "… خلال 11 شهرا كما ذكر البنك المركزي.": كما + a reporting verb + its source closing the sentence, like حسبما
  if (!head && trailingKama(ctx, i)) {
    head = 'حسب';
    k = i + 2;
    cueEnd = T[i + 1]!.end;
    strong = true;
    verbal = true;
  }
  // "…، على ما أفاد رئيس النقابة": على ما + a reporting verb, like حسبما
  // (not a reply to what was published about someone: رد الاتحاد الكيني على ما نشر عن عدائيه)
  const reply = () => /^(عن|حول|بشان|من|في)$/.test(T[i + 3]!.norm) || T.slice(Math.max(ctx.sentStart[i]!, i - 10), i).some((x) => /^[وف]?(رد|ردت|ردوا|ردا|يرد|ترد|تعليقا|تعقيبا|معلقا|معقبا)$/.test(x.norm));
  // (nor the impersonal "as is believed" before a prepositional phrase: وتتعلق المسألتان على ما يعتقد بصناديق الخصخصة)
  if (!head && (t.norm === 'على' || t.norm === 'علي') && T[i + 1]?.norm === 'ما' && reportVerb(ctx, T[i + 2]) && T[i + 3] && isWord(T[i + 3]) && !reply() && !prepObjectWord(ctx, i + 3)) {
    head = 'حسب';
    k = i + 3;
    cueEnd = T[i + 2]!.end;
    strong = true;
    verbal = true;
  }
  if (!head && (t.norm === 'على' || t.norm === 'علي') && T[i + 1]?.norm === 'حد' && T[i + 2] && PRONOUN.test(T[i + 2]!.norm)) {
    head = 'حد';
    k = i + 2;
  }
  // (… or with its source written: «…» على حد زعم فريدمان، على حد تعبير وزير الخارجية)
  if (!head && (t.norm === 'على' || t.norm === 'علي') && T[i + 1]?.norm === 'حد' && /^(قول|تعبير|زعم|وصف|راي|روايه)$/.test(T[i + 2]?.norm ?? '') && isWord(T[i + 3])) {
    head = 'حد';
    k = i + 3;
    cueEnd = T[i + 2]!.end;
    strong = true;
  }
  // وجاء في البيان أن …، وجاء في الخبر: «…»: what a document says, introduced by جاء في
  if (!head && /^[وف]?جاء$/.test(t.norm) && T[i + 1]?.norm === 'في' && T[i + 2] && DOCUMENT.test(T[i + 2]!.norm)) {
    head = 'جاء';
    k = i + 2;
    cueEnd = T[i + 1]!.end;
    strong = true;
  }
  if (!head) return { draft: null, next: i + 1 };
  // (a news outlet right after quoted words already given to their speaker relays them, it says nothing itself: وقال
  // بيليفيلد على تويتر “… بأذى.”وفقا لوكالة رويترز)
  if ((head === 'وفقا' || head === 'حسب' || head === 'بحسب') && !fused && relayAfterQuote(ctx, i, k)) return { draft: null, next: i + 1 };
  const n1 = T[k];
  // بحسب "كال فاير": a quoted name may follow the head directly
  const quotedSource = !!n1 && (head === 'حسب' || head === 'بحسب') && !fused && isQuote(n1) && ctx.quotes.closeOf[k]! > k + 1 && ctx.quotes.closeOf[k]! - k <= 5;
  // (… and so may a name in brackets: وبحسب (واس): لجنة …)
  const bracketed = !!n1 && (head === 'حسب' || head === 'بحسب') && !fused && n1.text === '(' && bracketName(ctx, k) > 0;
  if (!n1 || (!isWord(n1) && !quotedSource && !bracketed)) return { draft: null, next: i + 1 };
  // ("according to each", وفقا لكل مراجعة يجريها الصندوق: a rule applied case by case, no one's words)
  if (/^ل?(كل|جميع|كافه)$/.test(n1.norm) && (/^ل/.test(n1.norm) || /ل$/.test(t.norm))) return { draft: null, next: i + 1 };
  if (fused) {
    strong = true;
    verbal = true;
    cueEnd = T[i + 1]!.end;
    if (jaaFi(i + 1)) {
      cueEnd = T[i + 2]!.end;
      k = i + 3;
    }
  } else if (head === 'نقلا') {
    if (n1.norm !== 'عن') return { draft: null, next: i + 1 };
    cueEnd = n1.end;
    k++;
  } else if (PRONOUN.test(n1.norm)) {
    pronoun = n1.norm.endsWith('ها') ? 'f' : 'm';
    cueEnd = n1.end;
    k++;
  } else if (NARRATIVE.test(n1.norm) && T[k + 1] && (isWord(T[k + 1]) || (isQuote(T[k + 1]) && ctx.quotes.closeOf[k + 1]! > k + 2 && ctx.quotes.closeOf[k + 1]! - k <= 6))) {
    // (… its owner may be a quoted name: حسب تقدير «دي جيه آي»)
    // "حسب رواية أحد المصابين": the account's owner is the source; an account (not an estimate, which
    // qualifies a number) may attribute the whole clause before it
    strong = true;
    verbal = !/^تقدير/.test(n1.norm);
    cueEnd = n1.end;
    k++;
  } else if (n1.norm === 'ما' || n1.norm === 'لما') {
    const v = T[k + 1];
    const jf = jaaFi(k + 1);
    if (!v || !isWord(v) || !(reportVerb(ctx, v) || jf)) return { draft: null, next: i + 1 };
    strong = true;
    verbal = true;
    cueEnd = jf ? T[k + 2]!.end : v.end;
    k += jf ? 3 : 2;
    // (a time word before the source: حسب ما اعلن اليوم مصدر حكومي)
    if (T[k] && /^(اليوم|امس|مساء|صباح|الليله|اخيرا|مؤخرا)$/.test(T[k]!.norm) && isWord(T[k + 1])) k++;
    // (… or the verb's resumptive, then the source: وطبقا لما أفادت به بعض وسائل الإعلام، فإن …)
    // (not a passive one with no source: وبحسب ما أعلن عنه فإن …)
    // (… إليه after a verb of pointing: وفق ما تشير إليه الأنباء الواردة من مقر المعسكر)
    if (T[k] && /^(به|بها|عنه|عنها|اليه|اليها)$/.test(T[k]!.norm) && isWord(T[k + 1]) && !FA_INNA.test(T[k + 1]!.norm)) k++;
  } else if (head === 'وفقا' || head === 'طبقا') {
    if (!n1.norm.startsWith('ل')) return { draft: null, next: i + 1 };
    if (n1.norm === 'ل') {
      cueEnd = n1.end;
      k++;
    } else if (NARRATIVE.test(n1.norm.slice(1)) && T[k + 1] && isWord(T[k + 1])) {
      // وفقا لرواية ثلاثة أشخاص
      strong = true;
      verbal = !/^تقدير/.test(n1.norm.slice(1));
      cueEnd = n1.end;
      k++;
    } else {
      cueEnd = n1.start + 1;
      partial = true;
    }
  }
  // (a clause opened by its verb and subject goes on after the source at a preposition: ويعمل النظام الجديد بحسب الشركة
  // على تقليل …)
  const s00 = ctx.sentStart[i]!;
  const clauseVerb = i > s00 + 1 && i - s00 <= 7 && isWord(T[s00]) && verbFirstWord(T[s00]!.norm.replace(/^[وف](?=..)/, '')) && isWord(T[i - 1]);
  // the source phrase
  let src: Source | null = null;
  let speakerSpan: { start: number; end: number } | null = null;
  let e = k;
  // the end of a parenthesis after the source phrase, before its فإن (the content starts after it)
  let parenEnd = -1;
  if (!pronoun) {
    // (up to eight words; a long role chain with its holder's name may run to sixteen when فإن, فقد or a comma closes
    // it: وبحسب المتحدث الرسمي للامارة الوكيل المساعد للتطوير والتقنية الاستاذ علي بن موسى زعلة فقد …)
    // (… only when a tagged person's name ends the phrase there)
    let cap = 8;
    for (let f = k + 8; f < Math.min(T.length, k + 16); f++) {
      const closes = !isWord(T[f]) ? COMMA.test(T[f]!.text) : FA_INNA.test(T[f]!.norm) || /^(فقد|فلقد)$/.test(T[f]!.norm);
      if (closes && ctx.entType[f - 1] === 1) {
        let m = f - 1;
        while (m > k && ctx.entType[m - 1] === 1) m--;
        if (ctx.entEnd[m] === f) cap = f - k;
      }
      if (closes || !isWord(T[f]) || L.cues.has(T[f]!.norm) || L.complementizers.has(T[f]!.norm)) break;
    }
    while (e < T.length && e - k < cap) {
      const w = T[e]!;
      if (clauseVerb && e > k && isWord(w) && (/^(على|علي|الي|مع)$/.test(w.norm) || (/^ب[^ا]../.test(w.norm) && hasArticle(T[e - 1]!.norm))) && !ctx.entType[e]) break;
      // (a quoted name of up to five words: بحسب مجموعة «إن إل فايننشيال إنفيستمينتس» المشرفة على …)
      if (isQuote(w) && ctx.quotes.closeOf[e]! > e && ctx.quotes.closeOf[e]! - e <= 6) {
        const alone = e === k;
        e = ctx.quotes.closeOf[e]! + 1;
        // (the quoted name alone after the fused ل is the whole source: ووفقا لـ "واس" تواصل فعاليات …)
        if (alone && /^ل$/.test(T[k - 1]?.norm ?? '') && isWord(T[e])) break;
        continue;
      }
      // (a name in brackets after a media noun: حسبما أفادت صحيفة (توتو سبورت) الإيطالية)
      // (… or the source's own name in brackets right after the head: وبحسب (واس): لجنة من إمارة …)
      if (w.text === '(' && (e === k || (e > k && L.mediaNouns.has(T[e - 1]!.norm.replace(/^ل/, ''))))) {
        let c = e + 1;
        while (c < T.length && c - e <= 6 && isWord(T[c])) c++;
        if (T[c]?.text === ')' && c > e + 1) {
          const alone = e === k;
          e = c + 1;
          // (the bracketed name alone is the whole source: وبحسب (واس) زارت لجنة …)
          if (alone) break;
          continue;
        }
      }
      // (a document's own verb and its time run on to its issuer: وفقًا لتقرير أصدرته مؤخرًا رابطة صناع السيارات)
      // (… and so does an issued document's time: وفقا لبيان صادر أمس عن الرئاسة العامة لرعاية الشباب فإن …)
      if (e > k && isWord(w) && L.circumstantial.has(w.norm) && (MADE_IT.test(T[e - 1]!.norm) || (/^(ال)?(صادر|صادره)$/.test(T[e - 1]!.norm) && /^(عن|من)$/.test(T[e + 1]?.norm ?? '')))) {
        e++;
        continue;
      }
      // (… وطبقا لخبراء الصحة العامة بالوزارة فالمرض ينتقل …، وبحسب الأرقام الأوروبية فهناك …: a ف-word opens the main clause)
      // (… and so does a ف-preposition: وبحسب رويترز ففي مقال …)
      if (!isWord(w) || FA_INNA.test(w.norm) || (e > k && (CLAUSE_OPEN.test(w.norm) || /^فال/.test(w.norm) || (/^ف/.test(w.norm) && CLAUSE_OPEN.test(w.norm.slice(1))) || /^ف(في|من|علي|على|عن|مع|بعد|قبل|خلال)$/.test(w.norm))) || L.complementizers.has(w.norm) || L.clauseStarts.has(w.norm) || (e > k && L.circumstantial.has(w.norm))) break;
      if (e > k && L.cues.has(w.norm) && L.cues.get(w.norm)!.kind !== 'part') break;
      // (another attribution head starts another phrase: وفقًا لسعر السوق وفقا لدعوى ابن المواطن)
      const other = e > k ? attributionHead(w.norm) : null;
      if (other && other !== 'نقلا') break;
      // (a present verb opens the clause: فبحسب إحصاءات للمقاومة يبلغ عدد العاطلين …)
      // (after a definite word only: after an indefinite one it may be a relative clause, بحسب تقرير تصدره الوزارة)
      if (e > k && /^[يت][^ا].{2,}$/.test(w.norm) && !ctx.entType[e] && !L.firstNames.has(w.norm) && !firstNameAt(ctx, e) && /^(ال|لل|بال|وال)/.test(T[e - 1]!.norm)) break;
      // (… and so does a past verb after a definite word, which no adjective or genitive of it can be: وبحسب وزارة الصحة
      // ارتفع عدد المصابين …، وحسب وزارة الثقافة الإيرانية حصلت الصحيفة على …; not a name: بحسب وزير الخارجية عادل الجبير)
      // (… or after a tagged name's last word: ومن جهة أخرى بحسب سكاي نيوز جددت طائرات …)
      if (e > k && !hasArticle(w.norm) && w.norm.length >= 3 && !ctx.entType[e] && !L.firstNames.has(w.norm) && !firstNameAt(ctx, e) && !L.titles.has(w.norm) && !L.roleNouns.has(w.norm) && !L.orgHeads.has(w.norm) && !L.anonHeads.has(w.norm) && (/^(ال|لل|وال)/.test(T[e - 1]!.norm) || (ctx.entType[e - 1] === 2 || ctx.entType[e - 1] === 1)) && isWord(T[e + 1]) && PAST_VERB.test(w.norm)) break;
      // (… and a short bare verb between the source's tagged name and a tagged subject: وبحسب التلفزيون الإسرائيلي قرر
      // نتنياهو التوجه …)
      if (e > k && isWord(w) && /^(...|...ت)$/.test(w.norm) && !/^(الي|علي|على|لدي|لدى|عند|بعد|قبل|حول|ضد|غير|سوى|كما|حيث|لكن)$/.test(w.norm) && !ctx.entType[e] && (ctx.entType[e - 1] === 1 || ctx.entType[e - 1] === 2) && (ctx.entType[e + 1] === 1 || ctx.entType[e + 1] === 2) && !L.firstNames.has(w.norm) && !firstNameAt(ctx, e) && !L.titles.has(w.norm) && !L.roleNouns.has(w.norm) && !L.orgHeads.has(w.norm) && !NAME_LINK.test(w.norm)) break;
      // (an amount after the source is the clause's own: بحسب آخر الإحصائيات لنحو 11.5 مليار ريال)
      if (e > k && ((w.kind === 'number' && !/^\d{4}$/.test(w.text)) || /^[لب]?(نحو|حوالي|قرابه)$/.test(w.norm))) break;
      e++;
    }
    if (e <= k) return { draft: null, next: i + 1 };
    // (a name the cap cut in two runs to its end: … العادلة في حكومة نيو ساوث | ويلز باعت …)
    if (e - k >= cap) for (let m = e - 1; m >= k && m >= e - 6; m--) if (ctx.entEnd[m]! > e && ctx.entEnd[m]! - e <= 4) {
      e = ctx.entEnd[m]!;
      break;
    }
    // (what an outlet relayed from a source: بحسب ما نقلت الصحيفة عن متحدث باسم الشرطة — the source it quotes speaks)
    if (verbal && /^(نقل|نقلت|نقلته|نقلها|نقلتها)$/.test(T[k - 1]?.norm ?? '')) {
      for (let q = k + 1; q < e - 1; q++) {
        if (T[q]!.norm === 'عن' && isWord(T[q + 1])) {
          k = q + 1;
          break;
        }
      }
    }
    // (a parenthesis describing the source before its فإن: بحسب تحليل للمعطيات … (الموقع المعلن والمنطقة الزمنية)، فإن …)
    if (T[e]?.text === '(') {
      let c = e + 1;
      while (c < T.length && c - e <= 10 && T[c]!.text !== ')' && !isEnd(T[c]!)) c++;
      if (T[c]?.text === ')' && (FA_INNA.test(T[c + 1]?.norm ?? '') || ((T[c + 1]?.text === '،' || T[c + 1]?.text === ',') && FA_INNA.test(T[c + 2]?.norm ?? '')))) parenEnd = c + 1;
    }
    // (بحسب مدير المشروع، المهندس سعيد الوادعي، فإن …: the source's name in apposition between commas)
    if (T[e] && (T[e]!.text === '،' || T[e]!.text === ',')) {
      const hit = personNameAt(ctx, e + 1, Math.min(T.length, e + 8));
      if (hit && hit[0] === e + 1) {
        const after = hit[2];
        if (FA_INNA.test(T[after]?.norm ?? '') || ((T[after]?.text === '،' || T[after]?.text === ',') && FA_INNA.test(T[after + 1]?.norm ?? ''))) e = after;
      }
    }
    // جاء في …: only a document whose words follow (أن، a colon, a quotation) reports anything (جاء في المرتبة الأولى)
    if (head === 'جاء' && !(T[e] && (L.complementizers.has(T[e]!.norm) || T[e]!.text === ':' || isQuote(T[e]!)))) return { draft: null, next: i + 1 };
    // "وحسب فضائية الجزيرة، قال المعلم …" / "X وفقا للمسؤول العراقي أكد …": one claim, the cue verb's
    let v = e;
    while (v < T.length && v - e < 3 && (T[v]!.text === '،' || T[v]!.text === ',' || /^(فقد|وقد|قد|لقد)$/.test(T[v]!.norm))) v++;
    const vf = T[v] && isWord(T[v]) ? L.cues.get(T[v]!.norm) : undefined;
    // …، بحسب ما ذكر المرصد، وقال مديره: a trailing phrase after a clause of its own, then a new و-clause
    // (… منهم قيادات بارزة حسبما ذكرت مواقع إخبارية يمنية، أشارت إلى …: a verbal phrase closing a clause of its own)
    const trailing = (i - ctx.sentStart[i]! >= 4 && T[i - 1]?.kind === 'punct' && v > e && !!T[v] && T[v]!.norm.startsWith('و')) || (verbal && i - ctx.sentStart[i]! >= 6 && isWord(T[i - 1]) && v > e);
    // (not a verb that is a cue only with a given object, absent here: وبحسب البيانات، يحمل 56% منهم الجنسية …)
    const lacks = !!vf?.entry.needs && !ctx.text.slice(T[v]!.start, T[Math.min(T.length - 1, v + 8)]!.end).includes(vf.entry.needs);
    // (… nor a strict one whose complement does not follow at once, ووفقا لـ "واس" تواصل فعاليات …: "go on")
    const opensWords = (t: Token | undefined) => !!t && (L.complementizers.has(t.norm) || t.text === ':' || isQuote(t));
    const strictMiss = !!vf?.entry.strict && !T.slice(v + 1, Math.min(ctx.sentEnd[v]!, v + 12)).some(opensWords);
    if (vf && vf.kind !== 'part' && !L.notClaimCues.has(T[v]!.norm) && !trailing && !lacks && !strictMiss) return { draft: null, next: e };
    let looks = strong;
    for (let j = k; j < e && !looks; j++) {
      const w = T[j]!.norm;
      // وفقا للخبراء: the fused ل of لل leaves the article (الخبراء)
      const bare = j === k && partial ? afterL(w, L) : w;
      // (with or without the article: بحسب المسؤولين، وفقا للخبراء)
      const noArt = bare.replace(/^(ال|وال)/, '');
      // (a role or title heads the phrase, or follows a quantifier: not an adjective after another noun, المعجم الوسيط)
      const roleAt = j === k || (j === k + 1 && (L.quantifiers.has(T[k]!.norm.replace(/^ل/, '')) || /^ل?(احد|احدي)$/.test(T[k]!.norm)));
      if (L.orgHeads.has(bare) || anonHead(ctx, bare) || anonHead(ctx, noArt) || ((L.roleNouns.has(bare) || L.titles.has(bare)) && (roleAt || !hasArticle(bare) || !hasArticle(T[j - 1]!.norm)))) looks = true;
      // a document, data or a news agency's short name (بحسب وثائق المحكمة، وفقا لإحصائية حديثة، وفقا للفرنسية)
      if (j === k && L.attributionSources.has(bare)) looks = true;
      // (… or the text of a document: وبحسب نص القرار، سيتم وقف العمل …)
      if (j === k && noArt === 'نص' && isWord(T[k + 1]) && /^ال(قرار|اتفاق|اتفاقيه|بيان|رساله|تقرير|مذكره|وثيقه|مرسوم|قانون|خطاب|تعميم|حكم|دعوي|لائحه)$/.test(T[k + 1]!.norm)) looks = true;
      // (… or people who study or observe: بحسب الباحثين، وفقا لعلماء الفلك، حسب مراقبين)
      if (j === k && EXPERTS.test(noArt)) looks = true;
      // (… and any group of people named by a sound plural, opening its clause before a comma: وبحسب بعض المحامين
      // والمصرفيين، ارتفاع الأسعار …)
      if (j <= k + 1 && (j === k || L.quantifiers.has(T[k]!.norm.replace(/^ل/, ''))) && PEOPLE.test(noArt) && !NOT_PEOPLE.test(noArt) && COMMA.test(T[e]?.text ?? '') && (i === ctx.sentStart[i] || T[i - 1]?.kind === 'punct')) looks = true;
      // (… after "latest" or a demonstrative: بحسب آخر الإحصائيات الرسمية، حسب هذه الشكاوى)
      // (after وفق, opening its sentence or clause only: "على أسس علمية وفق أحدث الدراسات" is "in line with")
      if (j === k + 1 && (/^و?ب?حسب$/.test(t.norm) || i === ctx.sentStart[i] || T[i - 1]?.kind === 'punct') && /^(اخر|احدث|هذه|هذا|تلك|ذلك)$/.test(T[k]!.norm.replace(/^ل/, '')) && (L.attributionSources.has(w) || L.attributionSources.has(w.replace(/^ال/, '')))) looks = true;
      if (history.slice(-200).some((h) => h.named && h.words.includes(bare.replace(/^ال/, '')))) looks = true;
    }
    // a short source phrase then فإن (وبحسب العرض، فإن المشروع يقع …): what follows is what it says
    if (!looks && e - k <= 4 && (FA_INNA.test(T[e]?.norm ?? '') || (COMMA.test(T[e]?.text ?? '') && FA_INNA.test(T[e + 1]?.norm ?? '')))) looks = true;
    // (… and one with the relative clause naming who published it, up to the comma before فإن: وبحسب المقتطفات التي
    // نشرتها وسائل الإعلام البريطانية، فإن …)
    if (!looks && e - k <= 3 && /^(الذي|التي)$/.test(T[e]?.norm ?? '') && /^(نشر|اصدر|اورد|بث|اعد|اجر)(ت)?(ه|ها)?$/.test(T[e + 1]?.norm ?? '')) {
      let c = e + 2;
      while (c < T.length && c - e <= 10 && isWord(T[c])) c++;
      if (COMMA.test(T[c]?.text ?? '') && FA_INNA.test(T[c + 1]?.norm ?? '')) {
        e = c;
        looks = true;
      }
    }
    const first = partial ? afterL(T[k]!.norm, L) : T[k]!.norm;
    if (!strong && L.normNouns.has(first)) return { draft: null, next: i + 1 };
    // (… also with its owner's pronoun, and so is the owner's programme: وفق خطتها، وفق برنامجها اليومي)
    const own = first.replace(/(ت)?(ه|ها|هم|هما)$/, (_m, ta: string | undefined) => (ta ? 'ه' : ''));
    if (!strong && own !== first && !ctx.entType[k] && (L.normNouns.has(own) || /^(برنامج|منهج|منهجيه|جدول|اسلوب|طريقه)$/.test(own))) return { draft: null, next: i + 1 };
    // ("depending on each": بحسب كل شركة طيران، حسب كل حالة)
    // (not كل من X وY, "both X and Y")
    if (/^(كل|لكل)$/.test(first) && T[k + 1]?.norm !== 'من') return { draft: null, next: i + 1 };
    // ("in proportion to the number of": بحسب عدد الأسرة; not a number of people, بحسب عدد من الشهود)
    if (!strong && /^(ال)?(عدد|اعداد)$/.test(first) && T[k + 1]?.norm !== 'من') return { draft: null, next: i + 1 };
    // (what a provision says, وفقا لما ورد بالمادة السادسة، حسبما جاء في الفئة (أ): a cross-reference, not a source)
    if (strong && PROVISION.test(T[k]!.norm === 'في' ? T[k + 1]?.norm ?? '' : first.replace(/^ب(?=ال)/, ''))) return { draft: null, next: i + 1 };
    // "depending on": a verb of variation right before (يختلف الأجر بحسب موقع الناقد، تتفاوت الأسعار حسب المنطقة)
    if (!strong && VARIES.test(T[i - 1]?.norm ?? '') || (!strong && i >= 2 && VARIES.test(T[i - 2]?.norm ?? '') && isWord(T[i - 1]))) return { draft: null, next: i + 1 };
    const ent = entityAt(ctx.entities, T[k]!.start, T[e - 1]!.end);
    if (ent && ent.type !== 'MISC') looks = true;
    // a short quoted name is the whole source (بحسب "كال فاير"، وفقا لـ«الأناضول»)
    if (isQuote(T[k]) && ctx.quotes.closeOf[k]! === e - 1 && e - k >= 3 && e - k <= 6) looks = true;
    if (!looks) return { draft: null, next: i + 1 };
    // "لآخر تقديرات مفوضية الأمم المتحدة": the source starts at its organisation
    let k2 = k;
    // (not past a source of its own: ووفقا لمسؤول في الوزارة is the official, حسبما أفادت صحيفة «سوبرديبورتي» المهتمة
    // بأخبار النادي the paper, وطبقا لبعض المصادر الرسمية داخل النادي the sources; a correspondent speaks for his
    // agency: بحسب مراسل وكالة الصحافة الفرنسية)
    const bareFirst = first.replace(/^ال/, '');
    // (… nor past a person named first: بحسب فيكتور دومينيللو وزير … في حكومة نيو ساوث ويلز is the minister)
    const ownHead = (L.orgHeads.has(first) && !L.documentHeads.has(first) && !L.documentHeads.has(bareFirst) && !/^(بيان|بيانات|تقرير|دراسه|احصائيه|احصائيات|احصاءات|ارقام|تقديرات|معطيات|معلومات|نتائج|مؤشرات|نشره|نشرات)$/.test(bareFirst)) || L.anonHeads.has(first) || L.anonHeads.has(bareFirst) || (L.roleNouns.has(first) && !/^مراسل/.test(bareFirst)) || L.mediaNouns.has(first) || L.mediaNouns.has(bareFirst) || L.quantifiers.has(first) || ctx.entType[k] === 1;
    for (let j = k + 1; j < e && !ownHead; j++) if (L.orgHeads.has(T[j]!.norm)) {
      k2 = j;
      break;
    }
    if (k2 > k) {
      k = k2;
      partial = false;
    }
    // وفقا لمجلة «كيكر شبورت»: the fused ل would read as an outlet phrase (لـ«اليوم»); the quoted name is the source
    const quotedName = partial && e > k + 2 && isQuote(T[k + 1]) && ctx.quotes.closeOf[k + 1]! > k + 1 && L.orgHeads.has(T[k]!.norm.slice(1));
    let np = parseSpeaker(ctx, quotedName ? k + 1 : k, e, null, false, partial && !quotedName);
    // (an anonymous source's adjectives stop at a bare verb opening what it says: وبحسب مصادر مطلعة وصل الوزير …)
    if (np && np.type === 'ANON' && np.b <= e) {
      for (let j = np.a + 1; j < np.b - 1; j++) {
        const w = T[j]!;
        // (a past verb's shape, فعل or فعلت, before a definite subject or a demonstrative: not مقرب منه، باسم الشرطة، عيان)
        const pastShape = (/^[^ابلك]..$/.test(w.norm) || /^[^ابلك]..ت$/.test(w.norm)) && !/(ي|ه)$/.test(w.norm);
        const subjectNext = isWord(T[j + 1]) && (/^ال/.test(T[j + 1]!.norm) || L.demonstratives.has(T[j + 1]!.norm) || !!ctx.entType[j + 1]);
        if (!isWord(w) || ctx.entType[j] || !pastShape || isPrep(w) || !subjectNext || L.firstNames.has(w.norm) || L.anonHeads.has(w.norm) || L.roleNouns.has(w.norm)) continue;
        np = { ...np, b: j, nameB: Math.min(np.nameB, j), next: j };
        e = j;
        break;
      }
    }
    if (np) {
      src = sourceOf(ctx, np, '?', '?', history);
      // the fused ل is no part of the source's name (وفقا للمصدر نفسه → المصدر نفسه)
      // (… nor of a head that starts with ل itself: وفقا للجنة الإحصاء → لجنة الإحصاء)
      const ownL = T[k]!.norm.startsWith('لل') && afterL(T[k]!.norm, L) === T[k]!.norm.slice(1);
      if (partial && np.a === k && !src.entityId && /^ل/.test(src.name)) src = { ...src, name: src.name.startsWith('لل') && !ownL ? 'ال' + src.name.slice(2) : src.name.slice(1) };
      // (a body's head alone with it is the body named before with that head: كشفت صحيفة «هآرتس» … وطبقا للصحيفة فإن …)
      if (partial && np.a === k && np.b === k + 1 && !src.entityId && /^لل/.test(T[k]!.norm)) {
        const bare = T[k]!.norm.slice(2);
        const ent = L.orgHeads.has('ال' + bare) || L.mediaNouns.has(bare) || L.mediaNouns.has('ال' + bare) ? orgWithHead(ctx, bare, T[k]!.start) : null;
        if (ent) src = { ...src, name: ent.name, entityId: ent.id, type: 'ORG', named: true };
      }
      // (the article's alif is not written after the fused ل: للخزرجي → خزرجي)
      speakerSpan = { start: partial && np.a === k ? T[k]!.start + (T[k]!.text.startsWith('لل') && !ownL ? 2 : 1) : T[np.a]!.start, end: T[np.b - 1]!.end };
      if (quotedName && np.a === k + 1 && ctx.quotes.closeOf[k + 1]! === np.b - 1) speakerSpan = { start: T[k + 2]!.start, end: T[np.b - 2]!.end };
    }
    if (isQuote(T[k]) && ctx.quotes.closeOf[k]! === e - 1 && e - k >= 3 && e - k <= 6) {
      // بحسب "كال فاير": the quoted name is the source (an agency, an outlet, a body known by its short name)
      const inner = T.slice(k + 1, e - 1);
      const ent = entityAt(ctx.entities, inner[0]!.start, inner[inner.length - 1]!.end);
      src = { name: ctx.text.slice(inner[0]!.start, inner[inner.length - 1]!.end), entityId: ent ? ent.id : null, type: ent?.type === 'PERS' ? 'PERS' : 'ORG', gender: 'f', number: 's', words: inner.filter(isWord).map((w) => w.norm.replace(/^ال/, '')), descriptor: '', named: true, at: i };
      speakerSpan = { start: inner[0]!.start, end: inner[inner.length - 1]!.end };
    }
    if (head === 'جاء' && (!src || !src.name)) {
      // وجاء في التقرير: «…»، وجاء في بيان لها: the document speaks for the body quoted last
      speakerSpan = { start: T[k]!.start, end: T[e - 1]!.end };
      // (a person only for what a person writes or says: وجاء في بيانه، رسالته; a report or a study is a body's)
      const personal = /^[وبل]?(ال)?(بيان|رساله|كلمه|خطاب|تصريح|تغريده|مقال|مقاله|حديث)/.test(T[k]!.norm);
      const issuer = history.slice(-20).reverse().find((h) => h.at > i - 400 && (h.type === 'ORG' || h.type === 'GPE' || (h.named && personal)));
      if (issuer) src = { ...issuer, at: i };
    }
  }
  // the attributed content
  const s0 = ctx.sentStart[i]!;
  const prev = T[i - 1];
  // a head with its own و after a comma (، وبحسب مصادر … تم عزلهم) opens a new clause: it leads
  const waw = (t.norm.startsWith('و') && !/^(وفق|وفقا|وفقما)$/.test(t.norm)) || (t.norm.startsWith('ف') && attributionHead(t.norm.slice(1)) !== null);
  // (a sentence connective before it still leaves it leading: لكن بحسب صحيفة …، تم اختيار …)
  // (… and so does a fronted discourse phrase: ومن جهة أخرى بحسب سكاي نيوز جددت …، وإلى ذلك، وفقا للوكالة …)
  const afterConnective = (i === s0 + 1 && /^و?(لكن|كما|بينما)$/.test(T[s0]!.norm) && !!T[e] && (T[e]!.text === '،' || T[e]!.text === ',')) || discourseOnly(ctx, s0, i);
  const e2 = parenEnd > e ? parenEnd : e;
  // (…؛ بحسب موقع "إنجادجيت" التقني المختص.: after a semicolon, a phrase closing its sentence attributes the clause before)
  const semiTrailing = (prev?.text === '؛' || prev?.text === ';') && i - s0 >= 4 && closingSource(ctx, e2);
  const leading = i === s0 || afterConnective || (waw && head !== 'حد' && !!prev && (prev.text === '،' || prev.text === ',')) || (T[e2] !== undefined && FA_INNA.test(T[e2]!.norm)) || (!!prev && !semiTrailing && prev.kind === 'punct' && prev.text !== '،' && prev.text !== ',' && !/^[-–ـ]$/.test(prev.text) && !isQuote(prev) && !/^[)\]]$/.test(prev.text));
  let content: [number, number] | null = null;
  let direct = false;
  if (leading && !pronoun) {
    let s = e2;
    // (وحسبما جاء في الشكوى التي قدمت لمكتب المفتش العام …؛ فإنه جرى …: the source runs over its relative clause to فإن)
    // (… and so does a source that looks like one with its own, وبحسب المسؤول الذي فضل عدم ذكر اسمه، فإن …)
    if (T[s] && !FA_INNA.test(T[s]!.norm) && /^(الذي|التي|الذين)$/.test(T[s]!.norm)) {
      for (let q = s + 1; q < Math.min(ctx.sentEnd[s]!, s + (strong ? 25 : 12)); q++) {
        // (the anonymity formula's verb is no cue: عدم ذكر اسمه، عدم الكشف عن هويته)
        if (L.cues.has(T[q]!.norm) && L.cues.get(T[q]!.norm)!.kind !== 'part' && T[q - 1]!.norm !== 'عدم') break;
        if (FA_INNA.test(T[q]!.norm) && !isWord(T[q - 1])) {
          s = q;
          break;
        }
        // (… with no comma before فإن or فقد after the clause's verb and its subject: وبحسب التقرير الذي أصدرته الوزارة فإن …،
        // ووفقا للتقرير الذي أعدته "أرقام" فقد توزعت …)
        if ((FA_INNA.test(T[q]!.norm) || (/^(فقد|فلقد)$/.test(T[q]!.norm) && isWord(T[q + 1]))) && q > s + 2) {
          s = q;
          break;
        }
        // (… or to a bare أن after the clause's last word: وبحسب الإحصائية الحكومية التي اطلعت "الاقتصادية" عليها أن …)
        if (T[q]!.norm === 'ان' && q > s + 2 && isWord(T[q - 1]) && /(ه|ها|هم)$/.test(T[q - 1]!.norm) && isWord(T[q + 1])) {
          s = q;
          break;
        }
        // (… or to a colon and the quotation it opens: ووفقا لمسؤول الأمن الذي أدار تجربة سوني …: "…")
        if (T[q]!.text === ':' && isQuote(T[q + 1]) && ctx.quotes.closeOf[q + 1]! > q + 2) {
          s = q + 1;
          break;
        }
      }
    }
    // (… and one on an indefinite source, its relative verb without الذي: وبحسب تقارير عدة نقلتها صحف إيطالية … فإن …)
    if (T[s] && !FA_INNA.test(T[s]!.norm) && !COMMA.test(T[s]!.text) && isWord(T[s])) {
      for (let q = s + 1; q < Math.min(ctx.sentEnd[s]!, s + 20); q++) {
        if (L.cues.has(T[q]!.norm) || L.complementizers.has(T[q]!.norm) || isQuote(T[q]) || T[q]!.text === ':') break;
        if (FA_INNA.test(T[q]!.norm)) {
          s = q;
          break;
        }
      }
    }
    // (the source's role between commas after its name: بحسب آرثر كروبر، رئيس شركة جافيكال دراجونوميكس، 7 في المائة …)
    if (src && COMMA.test(T[s]?.text ?? '') && isWord(T[s + 1]) && L.roleNouns.has(T[s + 1]!.norm)) {
      let c = s + 2;
      while (c < Math.min(T.length, s + 12) && isWord(T[c]) && !L.complementizers.has(T[c]!.norm) && !L.cues.has(T[c]!.norm)) c++;
      if (COMMA.test(T[c]?.text ?? '') && c > s + 2) s = c;
    }
    const fa = !!T[s] && (FA_INNA.test(T[s]!.norm) || (COMMA.test(T[s]!.text) && FA_INNA.test(T[s + 1]?.norm ?? '')));
    if (T[s] && (FA_INNA.test(T[s]!.norm) || T[s]!.text === '،' || T[s]!.text === ',' || (/^(فقد|فلقد)$/.test(T[s]!.norm) && s > e2 + 2))) s++;
    if (T[s] && FA_INNA.test(T[s]!.norm) && (T[s - 1]!.text === '،' || T[s - 1]!.text === ',')) s++;
    // (a bare أن after the source is no part of what it says: وبحسب الإحصائية الحكومية، أن النساء شكلن …)
    if (T[s] && T[s]!.norm === 'ان' && isWord(T[s + 1]) && s > e2 - 1) s++;
    // (… زعلة فقد اطلع سمو أمير المنطقة …: فقد opens the main clause)
    if (T[s] && /^(فقد|فلقد)$/.test(T[s]!.norm) && s === e2 + (COMMA.test(T[e2]?.text ?? '') ? 1 : 0)) s++;
    // (وبحسب "الفرنسية"، فإن الباحث سيباستيان ابيس يرى أن …: the relay names who speaks, the subject of the reporting
    // verb after فإن, whose own claim that is)
    if (fa && innerReport(ctx, s)) return { draft: null, next: s };
    if (head === 'جاء' && T[s] && (L.complementizers.has(T[s]!.norm) || T[s]!.text === ':')) s++;
    // the outlet the source spoke to (بحسب مصادر لـ"الاقتصادية" تم …) is no part of the content
    if (T[s] && /^ل/.test(T[s]!.norm)) {
      s = skipLeading(ctx, s, ctx.sentEnd[s]!);
      // (… then its فإن: ووفق إبراهيم عميش، النائب في البرلمان الليبي، لـ«الشرق الأوسط» فإن …)
      if (T[s] && FA_INNA.test(T[s]!.norm)) s++;
    }
    const close = T[s] && isQuote(T[s]) ? ctx.quotes.closeOf[s]! : -1;
    if ((head === 'جاء' || T[s - 1]?.text === ':') && close > s + 1 && (!T[close + 1] || !isWord(T[close + 1]))) {
      // وجاء في التقرير: «…»: the document's own words
      content = [s + 1, close];
      direct = true;
    } else if (s < T.length && !isEnd(T[s]!)) content = trim(ctx, s, contentEnd(ctx, s));
    else if (i === s0 && s0 > 0 && e - i <= 6 && src) {
      // "… مجددا. وفقا للفرنسية.": a phrase standing as its own sentence attributes the sentence before
      // (unless most of that sentence is already a claim's: "وقال مسؤول “…”. بحسب رويترز." says where it came from)
      const p0 = ctx.sentStart[s0 - 1]!;
      const claimed = lastContent && lastContent[1] >= s0 - 2 && lastContent[1] - Math.max(p0, lastContent[0]) >= (s0 - p0) / 2;
      if (s0 - p0 <= 120 && !claimed) content = trim(ctx, p0, s0);
    }
  } else {
    if (lastContentEnd >= i - 2 && lastContentEnd > s0) return { draft: null, next: e, source: src && src.name ? { ...src, at: i, aliasOnly: true } : null };
    // a quotation just before: «الفصل الثاني كان فوضويا» رغم كل شيء بحسب جاك
    for (let j = i - 1, words = 0; j >= s0 && words <= 4; j--) {
      const o = ctx.quotes.openOf[j]!;
      // (not a quoted name or phrase inside a longer clause: … ليست سوى «قطرة في بحر» – بحسب …، عرض فيلم "ماد ماكس"، بحسب …)
      if (o >= 0 && wordCount(ctx, Math.max(s0, o - 6), o) >= 3 && (prev?.text === '،' || prev?.text === ',' || /^[-–ـ]$/.test(prev?.text ?? ''))) break;
      // (nor a quoted name: … الاكتتاب الخاصة بمصرف «إيه بي إن أمرو» على مستوى العالم بحسب مجموعة …)
      if (o >= 0 && ctx.entType[o + 1] && ctx.entEnd[o + 1]! >= j) break;
      if (o >= 0 && wordCount(ctx, o + 1, j) >= 2) {
        content = trim(ctx, o + 1, j);
        direct = true;
        break;
      }
      if (isWord(T[j])) words++;
    }
    if (!content) {
      const comma = prev && prev.kind === 'punct' && (prev.text === '،' || prev.text === ',' || semiTrailing);
      // "… ـ بحسب ادعائه ـ": the dash before the phrase
      const dash = !comma && prev && prev.kind === 'punct' && /^[-–ـ]$/.test(prev.text);
      // (– بحسب وكالة الصحافة الفرنسية –: a phrase between dashes attributes the whole clause before, like commas)
      const dashPair = !!dash && !pronoun && !!T[e] && /^[-–ـ]$/.test(T[e]!.text);
      // "… ضد تنظيم داعش بحسب ما ذكر المرصد أمس.": a phrase closing its sentence attributes the whole clause
      let z = e;
      while (z < e + 3 && T[z] && isWord(T[z]) && L.circumstantial.has(T[z]!.norm)) z++;
      // (… and the outlet the source spoke to: وفقاً لما ذكره مصدر أمني أردني لـ"سبق"، فيما …)
      if (verbal && T[z] && /^(ل|لـ)$/.test(T[z]!.text) && isQuote(T[z + 1]) && ctx.quotes.closeOf[z + 1]! > z + 1 && ctx.quotes.closeOf[z + 1]! - z <= 5) z = ctx.quotes.closeOf[z + 1]! + 1;
      else if (verbal && z > e && isQuote(T[z]) && /^(ل|لـ)$/.test(T[z - 1]!.text) && ctx.quotes.closeOf[z]! > z && ctx.quotes.closeOf[z]! - z <= 4) z = ctx.quotes.closeOf[z]! + 1;
      else if (verbal && T[z] && ctx.lName[z] && ctx.entEnd[z]! > z && ctx.entEnd[z]! - z <= 4) z = ctx.entEnd[z]!;
      // (a source's estimate qualifies the number before it only: … 4 ملايين لاجئ وفقا لآخر تقديرات المفوضية)
      let estimate = false;
      for (let j = i; j < e && !estimate; j++) estimate = /تقدير/.test(T[j]!.norm);
      // (… ، جاء ذلك نقلا عن صحيفة …: the pointing words stand for the clause, see referredClause)
      const pointing = i >= 2 && /^([وف]?جاء|[وف]?ياتي)$/.test(T[i - 2]!.norm) && L.demonstratives.has(T[i - 1]!.norm);
      // (… or a few words describing the source before the end: بحسب مجموعة «…» المشرفة على ممتلكات الحكومة.)
      let z2 = z;
      let quoted = 0;
      while (z2 < z + 6 + quoted && T[z2] && !L.complementizers.has(T[z2]!.norm) && !L.cues.has(T[z2]!.norm)) {
        // (… with a quoted name: لوكالة الانباء "اي أن اي".)
        if (isQuote(T[z2]) && ctx.quotes.closeOf[z2]! > z2 && ctx.quotes.closeOf[z2]! - z2 <= 5 && !quoted) {
          quoted = ctx.quotes.closeOf[z2]! + 1 - z2;
          z2 += quoted;
          continue;
        }
        if (!isWord(T[z2])) break;
        z2++;
      }
      // (not a preposition after the source, which goes on with the clause: ويعمل النظام بحسب الشركة على تقليل …)
      const describedEnd = z2 > z && z2 - z <= 5 + quoted && (!T[z2] || isEnd(T[z2]!)) && !(clauseVerb && isWord(T[e]) && /^(على|علي|عن|في|الي|مع)$/.test(T[e]!.norm));
      const closes = (verbal || !estimate) && !pointing && !dash && !pronoun && (!T[z] || isEnd(T[z]!) || describedEnd || (T[z]!.kind === 'punct' && !isQuote(T[z]!) && T[z]!.text !== '،' && T[z]!.text !== ','));
      // (… منهم قيادات بارزة حسبما ذكرت مواقع إخبارية يمنية، أشارت …: a verbal phrase before a comma, too)
      // (after "، وذلك" the phrase stands for the whole clause before the comma, relative clauses and all: سقطت قاعدة
      // العند بعد هجوم … الذي تقوده السعودية، وذلك بحسب وزارة الدفاع اليمنية; its source may go on with an apposition:
      // …، وذلك بحسب شركة "إفكتف ميجور" الأسترالية، المتخصصة في …)
      const pointer = i >= 2 && /^[وف]?ذلك$/.test(T[i - 1]!.norm) && T[i - 2]!.kind === 'punct' && /^[،,]$/.test(T[i - 2]!.text);
      // (and "as X put it", على حد قول X, stands for the whole clause before it)
      const wide = comma || closes || dashPair || pointer || (head === 'حد' && !pronoun) || (verbal && !!T[z] && (T[z]!.text === '،' || T[z]!.text === ','));
      let a = i - (comma || dash ? 1 : 0);
      let words = 0;
      const floor = wide ? Math.max(s0, i - 120) : Math.max(s0, i - 30);
      while (a > floor) {
        const w = T[a - 1]!;
        // "… بلاتيني الذي يدرس خيار ترشحه حسبما أكد مصدر": the phrase qualifies the relative clause
        if (!comma && !pointer && isWord(w) && /^(الذي|التي|الذين)$/.test(w.norm) && words >= 2) break;
        if (!wide && (w.kind === 'punct' && !isQuote(w) && w.text !== '(' && w.text !== ')')) break;
        if (!wide && isWord(w) && (L.cues.get(w.norm)?.kind === 'part' || words >= 8)) break;
        if (closes && !comma && isWord(w) && L.cues.get(w.norm)?.kind === 'part') break;
        if (isWord(w)) words++;
        a--;
      }
      // a sentence connective (لكن، ولكن، كما) opens the writer's clause, not the attributed one
      if (wide && T[a] && /^و?(لكن|كما)$/.test(T[a]!.norm)) a++;
      // a dateline opening the sentence (أحمد علي- سبق- القاهرة: تستمر …) is the paper's, not the source's
      if (wide && a === s0) a = afterDateline(ctx, a, i);
      content = trim(ctx, a, comma || dash ? i - 1 : i);
      // (a phrase inside its clause, which goes on after it, also after a one-word topic and with a negation after the
      // phrase's comma or a short source: المشكلة، وفقا للدراسة، لا تكمن …; … بحسب "رويترز" لم يكن …;
      // إذ يصل حجمه بحسب آخر الإحصائيات لنحو 11.5 مليار ريال؛ إن
      // سكان سلسلة جبال طوروس، وفق علماء الأعراق، كانوا من أصحاب …: the whole clause, the phrase inside it)
      const on = !closes && !pronoun && !pointing && !dash ? (comma && COMMA.test(T[e]?.text ?? '') ? e + 1 : !comma ? e : -1) : -1;
      // (only where the clause's predicate follows: a verb, an amount, هو; not more words on the source: its date, an
      // apposition, where it was published: بحسب التقرير السنوي للصندوق المنشور يوم 3 يوليو، حسبما أفاد وود، المؤرخ …)
      // (and not after a pointer, وذلك وفقا لدراسة …, which stands for the clause before)
      // (nor a contrast, which opens the writer's next clause: …، بحسب آخر حصيلة لخفر السواحل، إلا أنه بحسب عدد من المصادر …)
      // ("besides", إلى جانب, opens another clause: …، وفقا لعدد من مسؤولي المصارف، إلى جانب كونه فكرة سيئة)
      // (… or anything after a clause opened by its verb and subject: وتعمل التقنية الجديدة بحسب البوابة العربية … عن
      // طريق ربط …، ويعمل النظام بحسب الشركة على تقليل …)
      const verbFirst = !comma && !verbal && content[1] - content[0] <= 6 && isWord(T[content[0]]) && verbFirstWord(T[content[0]]!.norm.replace(/^[وف](?=..)/, ''));
      if (on > 0 && T[on] && (predicateStart(T[on]!) || (verbFirst && isWord(T[on]) && !ctx.entType[on]) || ((on === e + 1 || e - k <= 3) && /^(لا|لم|لن|ليس|ليست|قد|سوف)$/.test(T[on]!.norm))) && !(T[on]!.norm === 'الي' && T[on + 1]?.norm === 'جانب') && !L.cues.has(T[on]!.norm) && !/^و?(الا|لكن|بيد|غير|بينما|فيما)$/.test(T[on]!.norm) && (wordCount(ctx, content[0], content[1]) >= 2 || (content[0] === s0 && content[1] === content[0] + 1 && /^ال/.test(T[content[0]]!.norm))) && !/^[وف]?(ذلك|هذا|هذه)$/.test(T[content[0]]!.norm)) {
        const end = contentEnd(ctx, on);
        if (end > on + 1) content = [content[0], trim(ctx, on, end)[1]];
      }
    }
  }
  if (content && !direct) content = referredClause(ctx, content);
  if (!content || content[1] <= content[0] || wordCount(ctx, content[0], content[1]) < 2) return { draft: null, next: e };
  // (وبحسب الدراسات التي أعدتها الشركة …: a relative clause after the phrase describes the source, it says nothing)
  if (leading && /^(الذي|التي|الذين|اللذين|اللتين|اللواتي|اللاتي)$/.test(T[content[0]]!.norm)) return { draft: null, next: e };
  if (pronoun) {
    // the antecedent: the nearest earlier person entity, else the nearest compatible speaker
    const best = personBefore(ctx.entities, t.start);
    if (best) src = { name: best.name, entityId: best.id, type: 'PERS', gender: pronoun, number: 's', words: [], descriptor: '', named: true, at: i };
    else src = implicitSource(history, pronoun, 's', i);
  }
  // (فالمرض ينتقل …: the ف that opened the main clause is no part of what was said)
  // (… and so is a ف before a clause's opening word: وبحسب الأرقام الأوروبية فهناك شخص …)
  const contentCut = (/^فال/.test(T[content[0]]!.norm) || (!direct && /^ف/.test(T[content[0]]!.norm) && CLAUSE_OPEN.test(T[content[0]]!.norm.slice(1)))) && T[content[0]]!.text.startsWith('ف') ? 1 : 0;
  const draft: Draft = {
    ...(contentCut ? { contentCut } : {}),
    cue: { start: t.start, end: cueEnd, lemma: head === 'حد' ? 'على حد قوله' : head === 'جاء' ? 'جاء في' : head },
    stance: 'assert',
    speakerSpan,
    role: null,
    source: src,
    content,
    direct,
    pattern: 'attribution',
  };
  return { draft, next: e };
}

/** Token i follows a closing quotation mark whose words were already claimed, and an outlet is named at k (لوكالة رويترز، للفرنسية). */
function relayAfterQuote(ctx: Ctx, i: number, k: number): boolean {
  const T = ctx.toks;
  const L = ctx.lex;
  let q = i - 1;
  if (q >= 0 && /^[،,]$/.test(T[q]!.text)) q--;
  if (q < 0 || !isQuote(T[q]) || ctx.quotes.openOf[q]! < 0) return false;
  // (the words' own reporting verb before their opening mark, in their sentence)
  const o = ctx.quotes.openOf[q]!;
  let said = false;
  for (let j = o - 1; j >= Math.max(ctx.sentStart[o]!, o - 12) && !said; j--) said = isWord(T[j]) && L.cues.has(T[j]!.norm);
  if (!said) return false;
  const w = isWord(T[k]) ? T[k]!.norm.replace(/^لل/, 'ال').replace(/^ل/, '') : '';
  // (an agency by its nisba alone: وفقا للفرنسية، للألمانية)
  const nisbaAgency = /^ال(فرنسيه|المانيه|المانيا)$/.test(w) && !isWord(T[k + 1]);
  return nisbaAgency || L.outlets.has(w) || L.outlets.has(T[k]?.norm ?? '') || L.mediaNouns.has(w) || /^(ال)?وكال(ه|ات)$/.test(w);
}

/** After a dateline at a (الرياض - واس:، أحمد علي- سبق- القاهرة:): up to six words with a dash among them, then a
 * colon; else a. */
function afterDateline(ctx: Ctx, a: number, i: number): number {
  const T = ctx.toks;
  let dash = false;
  for (let z = a, words = 0; z < i && words <= 6; z++) {
    const t = T[z]!;
    if (t.text === ':') return dash && words >= 1 ? z + 1 : a;
    if (/^[-–ـ]$/.test(t.text)) dash = true;
    else if (isWord(t)) words++;
    else return a;
  }
  return a;
}

/** The source phrase ending at e closes its sentence, with at most five more words describing it (التقني المختص). */
function closingSource(ctx: Ctx, e: number): boolean {
  const T = ctx.toks;
  for (let z = e, words = 0; z < T.length; z++) {
    const t = T[z]!;
    if (isEnd(t)) return ctx.sentEnd[z] === z || z === T.length - 1;
    if (isQuote(t)) continue;
    if (!isWord(t) || ctx.lex.complementizers.has(t.norm) || ctx.lex.cues.has(t.norm) || ++words > 5) return false;
  }
  return true;
}

/** The words [s0, i) are only a discourse phrase, with or without its comma (ومن جهة أخرى، وإلى ذلك، وفي سياق متصل). */
function discourseOnly(ctx: Ctx, s0: number, i: number): boolean {
  let e = i;
  if (e > s0 && COMMA.test(ctx.toks[e - 1]!.text)) e--;
  if (e - s0 < 2 || e - s0 > 4) return false;
  const words = ctx.toks.slice(s0, e);
  if (!words.every((w) => isWord(w))) return false;
  return DISCOURSE.test(words.map((w) => w.norm).join(' '));
}
const DISCOURSE = /^[وف]?(من (جهه|ناحيه|جانب) (اخري|اخرى|ثانيه|ثان|اخر)|(الي|إلى) ذلك|في (سياق|اطار) (متصل|اخر|مماثل)|في (غضون|اثناء) ذلك|في الاثناء|في (الوقت|السياق) (نفسه|ذاته))$/;

/**
 * "…، جاء ذلك نقلا عن صحيفة …": the attributed words only point back (جاء ذلك، وجاء هذا، يأتي ذلك، وذلك); the content is
 * the clause before them in the same sentence, or the previous sentence when they open their own.
 */
function referredClause(ctx: Ctx, c: [number, number]): [number, number] {
  const T = ctx.toks;
  const [a, b] = c;
  // (… في المائة، وذلك حسب الأرقام …: the pointer is no part of the clause it points to)
  if (b - a >= 3 && /^[وف]?ذلك$/.test(T[b - 1]!.norm) && T[b - 2]!.kind === 'punct' && /^[،,]$/.test(T[b - 2]!.text)) return trim(ctx, a, b - 2);
  // (… في المائة. وذلك حسب الأرقام الصادرة عن …: a pointer opening its own sentence stands for the sentence before)
  const pointer = b - a === 1 && /^[وف]?ذلك$/.test(T[a]!.norm);
  if (!pointer && (b - a !== 2 || !/^([وف]?جاء|[وف]?ياتي)$/.test(T[a]!.norm) || !ctx.lex.demonstratives.has(T[b - 1]!.norm))) return c;
  if (pointer && a !== ctx.sentStart[a]) return c;
  const s0 = ctx.sentStart[a]!;
  if (a > s0) return trim(ctx, Math.max(s0, a - 120), a);
  if (s0 === 0) return c;
  const p0 = ctx.sentStart[s0 - 1]!;
  return s0 - p0 <= 120 ? trim(ctx, p0, s0) : c;
}

/** The end (after the closing bracket) of one to four words in brackets at k: (واس)، (رويترز)، (د ب أ); else -1. */
function bracketName(ctx: Ctx, k: number): number {
  const T = ctx.toks;
  let c = k + 1;
  while (c < T.length && c - k <= 5 && (isWord(T[c]) || T[c]!.text === '.')) c++;
  return T[c]?.text === ')' && c > k + 1 ? c + 1 : -1;
}
