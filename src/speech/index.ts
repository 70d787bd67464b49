/**
 * Reported-speech extraction: `extractClaims` reads the claims (who said what) of an Arabic report from
 * its text, tokens and entity clusters. See models/speech/ for the cue lexicon and word lists.
 */
import type { Claim, Entity, Span } from '../schema/records.js';
import { tokenize, type Token } from '../text/tokenize.js';
import { fold } from '../text/normalize.js';
import { isQuote, isWord, makeCtx, type Ctx } from './context.js';
import { attributionClaim, attributionHead, trailingKama } from './attribution.js';
import { toClaim, type Draft } from './build.js';
import { verbClaim } from './extract.js';
import { isBetween } from './between.js';
import { accusedOf, headquarters, nounSpelling, studentNoun, titleQuote, viaWord } from './cue-words.js';
import { relativePlural, trim } from './content.js';
import { explainer, speechOwner, namedPerson, stanceActor } from './naming.js';
import { nameLedeRoles } from './lede.js';
import { firstNameAt, isNationality } from './person-name.js';
import { futureVerbAt, insidePerson, junkSpeakerWord, NAME_PARTICLES } from './np-words.js';
import { firstPersonForm, inPreps } from './inflect.js';
import { nameAfterCue } from './np-bounds.js';
import type { Source } from './resolve.js';

/** prepositions and nouns after which a cue's past spelling is a verbal noun, not a verb */
/** words that make the next word part of a person's name (بن، أبي، آل …), folded */
const MASDAR_BEFORE = new Set(['من', 'مع', 'عن', 'في', 'بعد', 'قبل', 'عقب', 'اثر', 'منذ', 'حول', 'خلال', 'بشان', 'لدى', 'لدي', 'رغم', 'عند', 'لحين', 'بمجرد', 'ذات']);

export interface ClaimInput {
  text: string;
  tokens?: Token[];
  sentences?: Span[];
  entities?: Entity[];
}

export { PATTERN_RELIABILITY, speakerFactor } from './build.js';
export { lexicon } from './lexicon.js';
export { knownFirstName } from './person-name.js';

/** Claims of one Arabic document, in text order. `tokens` default to tokenize(text); entities are optional. */
export function extractClaims(input: ClaimInput): Claim[] {
  return claimsAndNames(input).claims;
}

/** The token at k is in a "news link" line: رابط الخبر … within the sentence before it. */

/** A person or body is tagged within the three words after the cue, or a role, title or body noun follows it (طالب مدرب
 * الفريق، البرتغالي جوزيه جوميز …: the verb's subject; طالب علم، طالب الدراسات العليا: the noun's genitive). */
function namedAfter(ctx: Ctx, i: number): boolean {
  for (let k = i + 1; k <= i + 3 && k < ctx.toks.length; k++) if (ctx.entType[k] === 1 || ctx.entType[k] === 2) return true;
  const n = ctx.toks[i + 1]?.norm ?? '';
  return ctx.lex.roleNouns.has(n) || ctx.lex.titles.has(n) || ctx.lex.orgHeads.has(n) || ctx.lex.anonHeads.has(n);
}

/** A ب-word (not بين، بعد، بعض), a complementizer, a colon or a quotation mark within the cue's sentence. */
function bComplementAhead(ctx: Ctx, i: number): boolean {
  const T = ctx.toks;
  for (let k = i + 1; k < T.length && k - i <= 40; k++) {
    const t = T[k]!;
    if (t.kind === 'punct' && /^[.!?؟]$/.test(t.text)) return false;
    if (t.text === ':' || isQuote(t) || ctx.lex.complementizers.has(t.norm)) return true;
    // (بـ written apart, before a number: طالب بـ50 مليون جنيه)
    if (/^ب/.test(t.norm) && !/^(بين|بينما|بعد|بعض|بعيدا|بل|بسبب)$/.test(t.norm)) return true;
  }
  return false;
}

/**
 * Indirect words end where the writer names their speaker again after a comma, with a verb of the speaker's next act
 * (…، وأشاد رياحنة بالجهد …؛ …، كما اطلع د. العاصمي خلال الجولة …): the speaker is not in the words.
 */
function speakerNamedAgain(ctx: Ctx, d: Draft): [number, number] {
  const T = ctx.toks;
  const [a, b] = d.content;
  const src = d.source;
  if (!src || src.type !== 'PERS' || !src.named || !src.entityId || !src.words.length) return d.content;
  const own = new Set(src.words.filter((w) => w.length >= 3));
  // (a word of the speaker's name that the tagger reads as a person's there: not على, a preposition spelled like علي)
  const named = (k: number) => isWord(T[k]) && ctx.entType[k] === 1 && own.has(T[k]!.norm.replace(/^(ال)/, ''));
  for (let k = a + 3; k < b - 2; k++) {
    if (T[k - 1]!.kind !== 'punct' || !/^[،,]$/.test(T[k - 1]!.text) || !isWord(T[k])) continue;
    const n = T[k]!.norm;
    let v = -1;
    if (/^و.{3,}$/.test(n) && !/^وال/.test(n) && !ctx.lex.complementizers.has(n) && !/^و(هو|هي|هم|ذلك|هذا|هذه|لكن|لكنه|لكنها|ان|انه|انها)$/.test(n)) v = k;
    else if (n === 'كما' && isWord(T[k + 1])) v = k + 1;
    if (v < 0) continue;
    // the name right after the verb, or after a title (د. العاصمي)
    let m = v + 1;
    while (m < v + 4 && m < b && (ctx.lex.titles.has(T[m]!.norm) || T[m]!.text === '.')) m++;
    if (m < b && named(m)) return trim(ctx, a, k - 1);
  }
  return d.content;
}

const COPULA_M = /^[وف]?(كان|يكون|سيكون|اصبح|بات|ليس|صار|يصبح|يبقى|يبقي|ظل|يظل)$/;
const COPULA_F = /^[وف]?(كانت|تكون|ستكون|اصبحت|باتت|ليست|صارت|تصبح|تبقى|تبقي|ظلت|تظل)$/;
const COPULA_P = /^[وف]?(كانوا|يكونوا|يكونون|سيكونون|اصبحوا|باتوا|ليسوا|صاروا|يصبحون|ظلوا|يظلون)$/;
/** A copula before a participle of its gender and number (سيكون مطالبا، كانت متوقعة، ظلوا مطالبين). */
function copulaAgrees(n: string, form: { gender: string; number: string }): boolean {
  if (form.number === 'p') return COPULA_P.test(n);
  return form.gender === 'f' ? COPULA_F.test(n) : COPULA_M.test(n);
}

/** A figure-of-speech noun (المنطق، التاريخ، الواقع) heads the words before the relative pronoun at r, up to eight
 * tokens back in its sentence, with no person or body named between. */
function figureBefore(ctx: Ctx, r: number): boolean {
  const T = ctx.toks;
  for (let k = r - 1; k >= Math.max(ctx.sentStart[r]!, r - 8); k--) {
    if (ctx.entType[k] === 1 || ctx.entType[k] === 2) return false;
    if (isWord(T[k]) && ctx.lex.figureSpeakers.has(T[k]!.norm)) return true;
  }
  return false;
}

/** A poem or a book as the object of قال / كتب at i, within five words and before any punctuation or complementizer. */
function composedWork(ctx: Ctx, i: number): boolean {
  const T = ctx.toks;
  for (let k = i + 1; k <= i + 5 && k < T.length; k++) {
    const t = T[k]!;
    if (!isWord(t) || ctx.lex.complementizers.has(t.norm)) return false;
    if (/^(شعرا|قصيده|قصائد|ابياتا|بيتا|قصيدا|روايه|روايات|كتابا|كتبا|قصه|قصصا|مسرحيه|اغنيه)$/.test(t.norm)) return !/^(في|ب|من)$/.test(T[k - 1]!.norm);
  }
  return false;
}

/** Token i is a participle cue with an honorific pronoun after a comma inside the last claim's quoted words. */
function writerAside(ctx: Ctx, i: number, last: Draft): boolean {
  const T = ctx.toks;
  const [a, b] = last.content;
  return last.direct && i > a + 3 && i < b && /^[،,]$/.test(T[i - 1]!.text) && ctx.lex.cues.get(T[i]!.norm)?.kind === 'part' && ctx.lex.honorificPronouns.has(T[i + 1]?.norm ?? '');
}

function linkLine(ctx: Ctx, k: number): boolean {
  const T = ctx.toks;
  const s0 = ctx.sentStart[k]!;
  for (let m = k - 1; m >= Math.max(s0, k - 15); m--) if (T[m]!.norm === 'رابط' && /^ال?خبر$/.test(T[m + 1]?.norm ?? '')) return true;
  return false;
}

/** The token at k stands inside a quotation that a title word opens (بعنوان "…"، تحت عنوان «…»، بشعار «…»). */
function insideTitle(ctx: Ctx, k: number): boolean {
  const T = ctx.toks;
  for (let o = k - 1; o >= Math.max(0, k - 12); o--) {
    if (!isQuote(T[o])) continue;
    const c = ctx.quotes.closeOf[o]!;
    if (c < 0) continue;
    return c > k && (titleQuote(ctx, o) || /^(بشعار|شعار|شعاره|شعارها)$/.test(T[o - 1]?.norm ?? ''));
  }
  return false;
}

/**
 * Tokens inside a citation in double brackets ((…)) or ornate ones ﴿…﴾, as verses and sayings are quoted; a span left
 * open closes after 300 tokens or at a paragraph's end, so the pass stays linear.
 */
function citedSpans(toks: readonly Token[]): Uint8Array {
  const out = new Uint8Array(toks.length);
  const glued = (k: number, s: string) => toks[k]?.text === s && toks[k + 1]?.text === s && toks[k + 1]!.start === toks[k]!.end;
  for (let k = 0; k < toks.length; k++) {
    const ornate = toks[k]!.text === '﴿' || toks[k]!.text === '﴾';
    if (!glued(k, '(') && !ornate) continue;
    const from = k + (ornate ? 1 : 2);
    let e = from;
    while (e < toks.length && e - from < 300 && !(ornate ? toks[e]!.text === '﴿' || toks[e]!.text === '﴾' : glued(e, ')')) && !/\n\s*\n/.test(toks[e]!.text)) e++;
    if (e < toks.length && e - from < 300 && (ornate ? toks[e]!.text === '﴿' || toks[e]!.text === '﴾' : glued(e, ')'))) {
      out.fill(1, from, e);
      k = e + (ornate ? 0 : 1);
    }
  }
  return out;
}

/** A ف-cue answering a fronted أما topic in its sentence (أما العالم دي باولو، فيعتقد أن …): the topic is its subject. */
function amaBefore(ctx: Ctx, k: number): boolean {
  const T = ctx.toks;
  if (!/^ف/.test(T[k]!.norm)) return false;
  for (let m = k - 1; m >= Math.max(ctx.sentStart[k]!, k - 20); m--) if (/^و?اما$/.test(T[m]!.norm)) return true;
  return false;
}

/** توقّع "signs": a contract, an agreement or a memorandum within the next words, before any complement. */
function signsDeal(ctx: Ctx, i: number): boolean {
  const T = ctx.toks;
  for (let k = i + 1; k < Math.min(T.length, i + 13); k++) {
    const n = T[k]!.norm;
    if (ctx.lex.complementizers.has(n) || T[k]!.text === ':' || isQuote(T[k]) || /^(من|عن|على|علي|الى|الي)$/.test(n)) return false;
    if (/^(ال)?(عقد|عقدا|عقود|عقدي|اتفاقيه|اتفاقيات|اتفاقيتي|اتفاقيتين|اتفاق|اتفاقا|مذكره|مذكرات|مذكرتي|بروتوكول|صفقه|صفقات)$/.test(n)) return true;
  }
  return false;
}

/** The speaker written at the claim is a figure of speech: its head word is التاريخ، الواقع، لسان … (not a quoted proverb's author). */
function figureOfSpeech(ctx: Ctx, d: Draft, i: number): boolean {
  const sp = d.speakerSpan;
  if (!sp) return false;
  const T = ctx.toks;
  // (the speaker is written near its cue: a bounded search keeps long documents linear)
  let k = Math.max(0, i - 80);
  while (k < T.length && k < i + 80 && T[k]!.start < sp.start) k++;
  const t = T[k];
  if (!t || !isWord(t) || t.start >= sp.end) return false;
  const head = ctx.lex.figureSpeakers.has(t.norm) ? t.norm : /^[وف]/.test(t.norm) && ctx.lex.figureSpeakers.has(t.norm.slice(1)) ? t.norm.slice(1) : '';
  if (!head) return false;
  // (لسان only as لسان الحال / لسان حال)
  return head !== 'لسان' || /^(ال)?حال$/.test(T[k + 1]?.norm ?? '');
}

/**
 * The claims, and per claim whether its speaker is a person's name written at the claim (not a role, a pronoun
 * or a body): what the pipeline turns into PERS entities when the tagger missed them (src/entities/speakers.ts).
 */
export function claimsAndNames(input: ClaimInput): { claims: Claim[]; named: boolean[] } {
  const { text } = input;
  const toks = input.tokens && input.tokens.length ? input.tokens : tokenize(text);
  const ctx = makeCtx(text, toks, input.entities ?? []);
  const L = ctx.lex;
  const history: Source[] = [];
  const drafts: Draft[] = [];
  const cited = citedSpans(toks);
  let blocked = 0;
  let lastEnd = -1;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!isWord(t)) continue;
    if (i < blocked) {
      // (a participle with an honorific pronoun inside quoted words, "…، مؤكداً سموه أن …", is the writer's voice:
      // the quotation ends at its comma, and the participle reports anew)
      const last = drafts[drafts.length - 1];
      if (!last || !writerAside(ctx, i, last)) continue;
      last.content = trim(ctx, last.content[0], i - 1);
      lastEnd = last.content[1];
      blocked = i;
    }
    if (attributionHead(t.norm) || trailingKama(ctx, i) || ((t.norm === 'على' || t.norm === 'علي') && (toks[i + 1]?.norm === 'حد' || toks[i + 1]?.norm === 'ما')) || (/^[وف]?جاء$/.test(t.norm) && toks[i + 1]?.norm === 'في')) {
      const r = attributionClaim(ctx, i, history, lastEnd, drafts.length ? drafts[drafts.length - 1]!.content : null);
      if (r.draft) {
        drafts.push(r.draft);
        if (r.draft.source) history.push({ ...r.draft.source, at: i });
        blocked = Math.max(blocked, r.next, r.draft.content[1]);
        lastEnd = Math.max(lastEnd, r.draft.content[1]);
      } else {
        blocked = Math.max(blocked, r.next); // (بحسب وصفه: the phrase's own noun is no cue)
        if (r.source) history.push(r.source);
      }
      continue;
    }
    // (… استمع إلى شرح مفصل من مدير الإدارة فهد آل مجثل، …، مشيراً إلى أنه …: the explainer speaks next)
    const giver = explainer(ctx, i) ?? speechOwner(ctx, i) ?? stanceActor(ctx, i);
    if (giver) {
      history.push(giver);
      continue;
    }
    if (L.namingVerbs.has(t.norm) && (/ى[\u064b-\u0652]*$/.test(t.text) || !L.cues.has(t.norm))) {
      // "أحد أقارب الشاب المتوفى ويدعى م. ت": a naming verb introduces a person, it reports nothing
      const named = namedPerson(ctx, i);
      if (named) history.push(named);
      continue;
    }
    let cueStart = i;
    let form = L.cues.get(t.norm);
    // (a cue only with its noun after it: أعرب عن اعتقاده بأن)
    if (!form) {
      const v = L.viaOnly.get(t.norm);
      if (v && v.entry.via && viaWord(ctx, i, ctx.sentEnd[i]!, v.entry.via)) form = v;
    }
    // "وتحدث المبعوث عن الأزمة … بقوله: …": the verbal noun with its pronoun reports like قائلا
    const own = /^و?بقول(ه|ها|هم)$/.exec(t.norm);
    if (!form && own && toks[i + 1] && (toks[i + 1]!.text === ':' || L.complementizers.has(toks[i + 1]!.norm) || isQuote(toks[i + 1]))) {
      const base = L.cues.get(own[1] === 'ها' ? 'قائله' : own[1] === 'هم' ? 'قائلين' : 'قائلا');
      if (base) form = { ...base, conj: false };
    }
    // "…"، هذا ما قاله موتا: قال takes an object pronoun only in "this is what X said" after a quotation
    if (!form && /^قال(ه|ها)$/.test(t.norm) && i >= 2 && toks[i - 1]!.norm === 'ما' && /^و?(هذا|هكذا|ذلك)$/.test(toks[i - 2]!.norm)) {
      const base = L.cues.get('قال');
      if (base) form = { ...base, object: true };
    }
    if (!form && t.norm === 'و' && toks[i + 1] && toks[i + 1]!.start - t.end <= 1) {
      const f2 = L.cues.get(toks[i + 1]!.norm);
      if (f2 && !f2.conj) {
        form = { ...f2, conj: true };
        i++;
      }
    }
    if (!form || L.notClaimCues.has(toks[i]!.norm)) continue;
    // (a cue inside a verse or a saying cited in double or ornate brackets is the citation's own word: قال الله عن يوسف:
    // ((ولقد همت به وهم بها لولا أن رأى برهان ربه …)))
    if (cited[i]) continue;
    // (a cue inside a quotation that goes on the words of the claim just before it, in its sentence: ونبّه أبو زيد من
    // «تهجير …»، وذلك «تفعيلاً لمرسوم …، يدعو مخاتير المناطق لتقديم …»: the speaker's words, no new speaker)
    if (lastEnd > 0 && cueStart > lastEnd && ctx.sentStart[cueStart] === ctx.sentStart[lastEnd - 1]) {
      let o = -1;
      for (let k = cueStart - 1; k >= lastEnd && cueStart - k <= 60; k--) if (isQuote(toks[k]) && (ctx.quotes.closeOf[k] ?? -1) > i) o = k;
      if (o >= 0 && o - lastEnd <= 4) continue;
    }
    // "headquarters" after "takes … as" (الذي يتخذ من العاصمة البلجيكية بروكسل مقرا): the noun مقر, no one acknowledging
    if (form.kind === 'part' && headquarters(ctx, i)) continue;
    // "caught my (his) attention" (لفت انتباهي أن …، يلفت نظره): narration of a perception, not drawing attention
    if (form.entry.lemma === 'لفت' && /^(انتباه|نظر)(ي|نا|ه|ها|هم|هما|كم)$/.test(toks[i + 1]?.norm ?? '')) continue;
    // a written ة ends a noun, never a verb (ثلاثين طالبًا وطالبة): of the cue forms only participles take it
    if (form.kind !== 'part' && /\u0629[\u064b-\u0652\u0640]*$/.test(toks[i]!.text)) continue;
    // a verb spelling followed by an indefinite nationality adjective is the noun (مقتل طالب سعودي يدرس …)
    if (form.kind === 'past' && !form.conj && isWord(toks[i + 1]) && !/^(ال|وال)/.test(toks[i + 1]!.norm) && isNationality(toks[i + 1]!.norm)) continue;
    // (… and so is one inside a tagged person's mention: وقال إبراهيم قالن إن …)
    if (cueStart === i && insidePerson(ctx, i)) continue;
    // a cue spelling inside a name is part of the name (علي بن أبي طالب، صالح آل طالب، عبد الرحيم)
    if (cueStart === i && i > 0 && NAME_PARTICLES.has(toks[i - 1]!.norm) && toks[i - 1]!.end + 1 >= toks[i]!.start) continue;
    const prevTok = cueStart > 0 ? toks[cueStart - 1] : undefined;
    // (… and so is one before "another" or "one": ضد طالب آخر، طالب واحد)
    if (form.kind === 'past' && !form.conj && cueStart === i && form.entry.nounLike && /^(اخر|اخري|واحد|واحده)$/.test(toks[i + 1]?.norm ?? '')) continue;
    // a noun spelling after a pronoun, a quantifier, an ordinal or superlative or a first name (فهو طالب مبرز، لكل طالب،
    // كأول طالب أجنبي، هاني طالب): a student or a
    // family name, no one demanding
    if (form.kind === 'past' && !form.conj && cueStart === i && form.entry.nounLike && isWord(prevTok) && (/^[وف]?(هو|هي|كل|لكل|اي|لاي|اول|كاول|لاول|باول|افضل|اكبر|اصغر|احسن)$/.test(prevTok!.norm) || (form.entry.lemma === 'طالب' && firstNameAt(ctx, i - 1) && !L.cues.has(prevTok!.norm) && isWord(toks[i - 2]) && !L.complementizers.has(toks[i - 2]!.norm)))) continue;
    // (بين in "among", فيما بين دول المجلس، ما بين عامي …: a preposition, no one explaining)
    // (not فيما بيّن ثامر النزال، فيما بينت التحقيقات: "while X explained")
    if (cueStart === i && toks[i]!.norm === 'بين' && (/^(ما|في)$/.test(prevTok?.norm ?? '') || (prevTok?.norm === 'فيما' && isWord(toks[i + 1]) && !ctx.entType[i + 1] && !L.firstNames.has(toks[i + 1]!.norm) && /^(ال)?دول|(ين|هم|ها|هما|نا)$/.test(toks[i + 1]!.norm)))) continue;
    // (كتب after a quantifier or a preposition is "books": بعض كتب التراث، في كتب السيرة)
    if (cueStart === i && form.kind === 'past' && !form.conj && /^كتب$/.test(toks[i]!.norm) && /^(بعض|كل|جميع|امهات|احدي|من|في|على|علي|عن|اهم|ابرز)$/.test(prevTok?.norm ?? '')) continue;
    // a finite cue right after another is the other's speaker (ويقول نوه ويلكوكس): a name that looks like a verb
    if (cueStart === i && nameAfterCue(ctx, i)) continue;
    // a passive with its agent (اول اجنبي يخطف ويهدد بالقتل من قبل تنظيم …) reports nothing
    if (/^ب/.test(toks[i + 1]?.norm ?? '') && toks[i + 2]?.norm === 'من' && toks[i + 3]?.norm === 'قبل' && isWord(toks[i + 4]) && !L.complementizers.has(toks[i + 4]!.norm)) continue;
    // a conjoined object-suffixed form after a ل + verbal noun is another verbal noun (لتشويه الثوار ووصفهم بالدواعش)
    if (form.conj && form.object) {
      let masdar = false;
      for (let k = cueStart - 1; k >= Math.max(0, cueStart - 4) && isWord(toks[k]); k--) if (/^ل(ت..ي.|ا..ا.|ا.ت.ا.)$/.test(toks[k]!.norm)) masdar = true;
      if (masdar) continue;
    }
    // impersonal "it is expected that" (ويتوقع أن يمثل المتهم …): a masculine present توقع right before its complement
    // (and "it is believed that": كما يعتقد أن منهم …، ويعتقد أن نحو 13 مليون …), wherever it stands (…، ويتوقع أن يكون
    // الكسار أحد صفقات الأهلي; نتائج تحقيق الفيفا يتوقع أن يتم …) unless a tagged name or body is its subject before it
    // or an apposition's comma closes before it (ديفيد مونتجومري، الرئيس التنفيذي …، يتوقّع أن …)
    // (… and "it became clear that", تبيّن أن, where no one is named before it)
    if (form.kind === 'pres' && /^[وف]?(يتوقع|يعتقد|تبين)$/.test(toks[i]!.norm) && L.complementizers.has(toks[i + 1]?.norm ?? '') && !(cueStart > 0 && (ctx.entType[cueStart - 1] === 1 || ctx.entType[cueStart - 1] === 2 || /^و?(البعض|الكثيرون|كثيرون|الكثير)$/.test(prevTok?.norm ?? ''))) && !(!form.conj && cueStart !== ctx.sentStart[cueStart] && (prevTok?.text === '،' || prevTok?.text === ',')) && !amaBefore(ctx, cueStart)) continue;
    // a present of the forms تفعّل، افتعل، استفعل with a damma on its prefix is passive (الذي يُتوقع منه الكثير): their
    // active present takes a fatha there
    if (form.kind === 'pres' && [form.entry.past].flat().some((p) => /^[تا]/.test(p)) && /^(?:[وف]\u064e?)?[يت]\u064f/.test(toks[i]!.text)) continue;
    // a past form with a damma on its first letter is passive (ومنذ اندلاع القضية، وُجهت اتهامات …): no one is named
    if (form.kind === 'past' && /^(?:[وف]\u064e?)?[\u0621-\u064a]\u064f/.test(toks[i]!.text)) continue;
    // (… or on its second letter after an alif, the passive of the eighth form: واتُّهم على الأثر بالفساد)
    if (form.kind === 'past' && /^(?:[وف]\u064e?)?ا[\u0621-\u064a]\u064f/.test(toks[i]!.text)) continue;
    // (an accusation's participle right before its ب is the passive "accused of": مواطنين اثنين متهمين بمساعدة سائح)
    if (accusedOf(ctx, i, form)) continue;
    // (… or after any noun written with ة and no article, in construct with it: استمارة طلب الالتحاق; not a fronted
    // phrase with its preposition, من جانبة كشف …, nor an adjective before a named source and its complement, في أحياء
    // متفرقة طالب عضو لجنة الأمن … بتفعيل …)
    if (form.kind === 'past' && !form.conj && !form.object && form.entry.nounLike && nounSpelling(toks[i]!.norm, form.entry.past) && cueStart === i && isWord(prevTok) && /\u0629$/.test(prevTok!.text.replace(/[\u064b-\u0652\u0640]/g, '')) && !/^(ال|وال)/.test(prevTok!.norm) && !ctx.entType[i - 1] && !(/^و?من$/.test(toks[i - 2]?.norm ?? '') && /^(جانبه|جهته|ناحيته|طرفه)$/.test(prevTok!.norm)) && !(namedAfter(ctx, i) && bComplementAhead(ctx, i))) continue;
    // a past spelling right after a verbal noun of the form تفعيل is its genitive noun (لتقديم طلب انسحاب المرشحين)
    if (form.kind === 'past' && !form.conj && cueStart === i && isWord(prevTok) && /^ل?ت..ي.$/.test(prevTok!.norm) && !ctx.entType[i - 1]) continue;
    // (… nor "said such-and-such", a placeholder: لأنه فعل كذا أو قال كذا)
    if (/^(كذا|وكذا)$/.test(toks[i + 1]?.norm ?? '')) continue;
    // (a wish, "if only X would explain", reports nothing: فليت الهيئة الموقرة توضح لنا موقفها)
    if (form.kind === 'pres' && !form.conj && [1, 2, 3, 4].some((d) => cueStart - d >= ctx.sentStart[i]! && /^[وف]?(ليت|ياليت)$/.test(toks[cueStart - d]?.norm ?? ''))) continue;
    // (طالب "student" with its adjective or place of study: وأكد طالب جامعي أن …)
    if (studentNoun(ctx, i)) continue;
    if (relativePlural(ctx, cueStart)) continue;
    // a verb inside a prayer (سائلين الله أن يقطع دابر هؤلاء) reports nothing
    if (cueStart >= 2 && toks[cueStart - 1]!.norm === 'ان' && L.notSpeechObjects.has(toks[cueStart - 2]!.norm)) continue;
    // a headline in a link line (رابط الخبر بصحيفة الوئام: فلكي متخصص يكشف حقيقة …) reports nothing
    if (linkLine(ctx, cueStart)) continue;
    // a cue inside a quoted title (تقريرا بعنوان "مستشفى السليل يكشف تفاصيل …") reports nothing
    if (insideTitle(ctx, cueStart)) continue;
    // أجمع after a definite noun is "all of it" (للعالم أجمع، الناس أجمع), not "agreed"
    if (form.entry.lemma === 'أجمع' && !form.conj && /^[وف]?(ال|لل|بال)/.test(prevTok?.norm ?? '')) continue;
    // توقّع with a contract or an agreement as its object is "signs" (توقّع إدارة المطار الخميس المقبل عقد إنشاء …)
    if (form.entry.lemma === 'توقع' && form.kind !== 'part' && signsDeal(ctx, i)) continue;
    // a participle right after an indefinite noun, with no comma, is its adjective (تحت رقابة مشددة من الشرطة، إقبالاً
    // لافتاً من المتسوقين، تسجيل 3 إصابات مؤكدة بفيروس …) unless its complement follows at once
    if (form.kind === 'part' && prevTok && isWord(prevTok) && !ctx.entType[cueStart - 1] && !/^ال/.test(prevTok.norm) && (/\u0629$/.test(prevTok.text.replace(/[\u064b-\u0652\u0640]/g, '')) || (/ات$/.test(prevTok.text.replace(/[\u064b-\u0652\u0640]/g, '')) && !/^([وفبكل]?ال|لل)/.test(prevTok.norm)) || /\u064b/.test(prevTok.text) || (/^(لافت|لافته)$/.test(toks[i]!.norm.replace(/^و/, '').replace(/ا$/, '')) && /^[^ا]..+ا$/.test(prevTok.norm) && !/^(ايضا|كذلك|مضيفا|مؤكدا|مشيرا|موضحا|قائلا)$/.test(prevTok.norm))) && !L.cues.has(prevTok.norm) && !L.firstNames.has(prevTok.norm) && !(L.complementizers.has(toks[i + 1]?.norm ?? '') || inPreps(form.entry.preps, toks[i + 1]?.norm ?? '') || toks[i + 1]?.text === ':')) continue;
    // "which indicates" (ما يشير إلى، مما يشير، وهو ما يشير): a thing, not a speaker, points to something
    if (form.kind === 'pres' && /^[وف]?(يشير|تشير)$/.test(toks[i]!.norm) && /^(ما|مما|بما)$/.test(prevTok?.norm ?? '')) continue;
    // (the passive "it is advised", يُنصح بعدم …، ويُنصح لكبار السن بـ …: a masculine present right before its ب or ل)
    if (form.kind === 'pres' && form.entry.lemma === 'نصح' && /^[وف]?ينصح$/.test(toks[i]!.norm) && /^[بل][^ا]/.test(toks[i + 1]?.norm ?? '') && !ctx.entType[i + 1]) continue;
    // ("the logic which says", المنطق القائم على (المصالح)، الذي يقول: …: a figure of speech, no one's words)
    if (form.kind === 'pres' && !form.conj && cueStart === i && /^(الذي|التي)$/.test(prevTok?.norm ?? '') && figureBefore(ctx, cueStart - 1)) continue;
    // ("which led to", ما دعا، مما دعا، الأمر الذي دعا: a cause, not a call)
    if (form.entry.lemma === 'دعا' && !form.conj && form.kind !== 'part' && (/^(ما|مما)$/.test(prevTok?.norm ?? '') || (prevTok?.norm === 'الذي' && /^و?(الامر|الشيء|الشي)$/.test(toks[cueStart - 2]?.norm ?? '')))) continue;
    // (… and "the thing which indicates / confirms", الأمر الذي يشير إلى، وهو الأمر الذي يؤكد: a thing, not a speaker)
    if (form.kind === 'pres' && !form.conj && prevTok?.norm === 'الذي' && /^و?(الامر|الشيء|الشي)$/.test(toks[cueStart - 2]?.norm ?? '')) continue;
    // after "there is" (وهناك طلب على المحاضرين، ثمة تأكيد) the spelling is a noun
    if (form.kind !== 'part' && !form.conj && !!form.entry.nounLike && /^[وف]?(هناك|هنالك|ثمه)$/.test(prevTok?.norm ?? '')) continue;
    // a participle after غير is an adjective (اجتماعات غير معلنة)
    if (form.kind === 'part' && prevTok?.norm === 'غير') continue;
    // إبان with its hamza below is "during" (إبان الأزمة), never the verb أبان "made clear"
    if (form.entry.lemma === 'أبان' && /^[وف]?إ/.test(toks[i]!.text)) continue;
    // رأي with a final ي is the noun "opinion" (رأي الشارع، في رأيي), the verb is written رأى (no annotated claim has it)
    if (form.entry.lemma === 'رأى' && form.kind === 'past' && /[يي]$/.test(toks[i]!.text.replace(/[\u064b-\u0652\u0640]/g, ''))) continue;
    // a cue spelling after a number is a noun (3 قطع بحرية، 24 متهما)
    if (!form.conj && prevTok?.kind === 'number' && (form.kind === 'part' || !!form.entry.nounLike) && !/^\d{4}$/.test(prevTok.text)) continue;
    // after عدم it is a verbal noun (وعدم كشف الجريمة، بعدم طلب تأجيل …), and after "any", a modal or على (أي طلب،
    // ويمكن طلب شاشة …، بناء على طلب من رئيس الوزراء): a finite verb never follows them
    if (!form.conj && form.kind === 'past' && /^([وبل]?عدم|اي|ايه|[وبل]?كل|يمكن|ويمكن|يجب|ويجب|ينبغي|علي|بدون|دون)$/.test(prevTok?.norm ?? '') && !(prevTok?.norm === 'علي' && !prevTok.text.includes('ى'))) continue;
    // a noun-like spelling followed by an indefinite nisba adjective is the noun (يقدم اللاعب طلب رسمي), unless a
    // complement follows that word: then it is the verb's subject, a name (كما ذكر قوطالي أن …)
    if (form.kind === 'past' && !form.conj && form.entry.nounLike && isWord(toks[i + 1]) && /^[^ا].{2,}ي$/.test(toks[i + 1]!.norm) && !ctx.lex.firstNames.has(toks[i + 1]!.norm) && !ctx.lex.honorifics.has(toks[i + 1]!.norm) && !ctx.lex.titles.has(toks[i + 1]!.norm) && !ctx.lex.roleNouns.has(toks[i + 1]!.norm) && !ctx.lex.orgHeads.has(toks[i + 1]!.norm) && !ctx.entType[i + 1] && !(L.complementizers.has(toks[i + 2]?.norm ?? '') || toks[i + 2]?.text === ':')) continue;
    // a noun-like spelling whose verb says its content through ب (طالب، وصف، تعهد) is the noun when its clause has no
    // ب-word, complementizer, colon or quotation (وظل هولمز طالب الدراسات العليا، طالب علم، ووصف الحراك الاجتماعي)
    // (only the spelling the noun shares, and not before a named subject: طالب البوليفي كارلوس تشافيز … تغيير)
    if (form.kind === 'past' && form.entry.nounLike && form.entry.preps?.includes('ب') && nounSpelling(toks[i]!.norm, form.entry.past) && !namedAfter(ctx, i) && !bComplementAhead(ctx, i)) continue;
    // a present cue after a generic من opening its clause (من يتابع مسيرة ناصر الصالح قد يستغرب …، ومن يقول إن …):
    // whoever that is, no one is reported
    if (form.kind === 'pres' && !form.conj && cueStart === i && /^[وف]?من$/.test(prevTok?.norm ?? '') && (cueStart - 1 === ctx.sentStart[i] || toks[cueStart - 2]?.kind === 'punct')) continue;
    // (… and "whoever", كل من ينتقد، لكل من يقول, anywhere: no one in particular speaks)
    if (form.kind === 'pres' && !form.conj && cueStart === i && prevTok?.norm === 'من' && /^[وفبل]?(كل|جميع|كافه)$/.test(toks[cueStart - 2]?.norm ?? '')) continue;
    // (واصل "went on" reports only joined to the telling, وواصل: «…»; alone it is "continues", تواصل قرية السودة
    // برامجها …، يواصل النفط تراجعاته, or the verbal noun مواصلة)
    if (form.entry.lemma === 'واصل' && !form.conj) continue;
    // (قال شعرا، قالوا قصائد، كتبت رواية: composing a poem or a book, not reporting words)
    // (… its object right after it or past a short phrase: قالوا في تلك المرحلة قصائد عدة; not "in a poem", قال في قصيدة له)
    if (!form.conj && cueStart === i && /^(قال|كتب)$/.test(form.entry.lemma) && composedWork(ctx, i)) continue;
    // (a song's or a poem's words, وتقول كلمات الأغنية: …، تقول القصيدة: lyrics, not reported speech)
    {
      const n1 = toks[i + 1]?.norm ?? '';
      const n2 = toks[i + 2]?.norm ?? '';
      if ((/^(كلمات|ابيات|مطلع)$/.test(n1) && /^ال(اغنيه|قصيده|نشيد|انشوده|اغنيات|قصائد|اغاني)$/.test(n2)) || /^ال(اغنيه|قصيده|انشوده)$/.test(n1)) continue;
    }
    // "without revealing" reports nothing (من دون أن يكشف عن …)
    if (cueStart > 1 && /^ان$/.test(prevTok?.norm ?? '') && /^(دون|بدون)$/.test(toks[cueStart - 2]!.norm)) continue;
    // a past form right after a preposition is a verbal noun (بعد أسبوع من كشف مستشفى …، عقب إعلان …)
    if (form.kind === 'past' && !form.conj && cueStart === i && i > 0 && MASDAR_BEFORE.has(toks[i - 1]!.norm) && !(toks[i - 1]!.norm === 'من' && !form.entry.nounLike)) continue;
    // a verb whose past opens with a joining alif (اعتقد، اعتبر، استبعد) written with a hamza (أعتقد، وأعتبر) is the
    // first person present, the writer's own voice (or words inside a quotation): no one is reported
    if (firstPersonForm(toks[i]!.text, form)) continue;
    // (a participle counted is a noun, the people so called: وضبطت الشرطة متهمين اثنين، على متهمين ثلاثة)
    // (… a plural one, not one whose object is counted: متوقعا ثلاثة سيناريوهات)
    if (form.kind === 'part' && ((form.number === 'p' && /^(اثنين|اثنان|ثلاثه|اربعه|خمسه|سته|سبعه|ثمانيه|تسعه|عشره)$/.test(toks[i + 1]?.norm ?? '')) || /^(اخرين|اخرون|اخر|اخري|اخريات|اخرى)$/.test(toks[i + 1]?.norm ?? ''))) continue;
    // (a participle after a copula is its predicate, سيكون مطالبا بدفع تعويض "will be required to pay", لم يكن متوقعا)
    // (agreeing with it: not أينما كان مؤكدة الحاجة …, where the copula closes "wherever it is")
    if (form.kind === 'part' && !form.conj && cueStart === i && copulaAgrees(prevTok?.norm ?? '', form) && !/^(اينما|حيثما|مهما|كيفما|اينما)$/.test(toks[cueStart - 2]?.norm ?? '')) continue;
    // ("as was expected": كما كان متوقعا، كما هو متوقع، مثلما كان متوقعا — no one expects anything here)
    if (form.kind === 'part' && cueStart === i && i >= 2 && /^(كان|كانت|يكون|تكون|هو|هي)$/.test(toks[i - 1]!.norm) && /^[وف]?(كما|مثلما|ما)$/.test(toks[i - 2]!.norm)) continue;
    // (the passive of روى, رُوي عن بعضهم، يُروى عنه: no one is named as telling it)
    if (form.entry.lemma === 'روى' && /^[وف]?(روي|يروى|تروى)$/.test(toks[i]!.text.replace(/[\u064b-\u0652\u0640]/g, ''))) continue;
    // (… nor a narrator's chain, روى X عن Y أنه قال: the one at the chain's end speaks, through قال)
    if (form.entry.lemma === 'روى' && toks.slice(i + 1, i + 12).some((x) => x.norm === 'عن')) continue;
    // (a shadda on its د makes ودّع "bade farewell", not و + دعا: ودّعت الجماهير اللاعب)
    if (form.entry.lemma === 'دعا' && form.conj && /^و[\u064b-\u0650\u0652]*د\u0651/.test(toks[i]!.text)) continue;
    // "which X confirmed" (وهو ما أكده محافظ عدن، وهو ما أشار إليه الرئيس): the words are the writer's, what X said is
    // only pointed at (but "«…»، هذا ما قاله موتا" after a quotation reports it: src/speech/extract.ts)
    // (nor "this is what he told me: …", its words after a colon or a quotation mark)
    if (cueStart >= 2 && toks[cueStart - 1]!.norm === 'ما' && /^و?(هو|هي|هذا|هذه|ذلك)$/.test(toks[cueStart - 2]!.norm) && !(cueStart >= 3 && (isQuote(toks[cueStart - 3]) || isQuote(toks[cueStart - 4]))) && !toks.slice(i + 1, i + 4).some((t, d) => t.text === ':' || (isQuote(t) && !shortQuotedName(ctx, i + 1 + d)))) continue;
    // (the comparative "clearer" after an indefinite noun, before a verb or من: الحاجة إلى موقف هجومي أوضح تكتسب …)
    if (form.entry.lemma === 'أوضح' && form.kind === 'past' && !form.conj && cueStart === i && isWord(prevTok) && !/^(ال|وال)/.test(prevTok!.norm) && !ctx.entType[i - 1] && !L.cues.has(prevTok!.norm) && ((toks[i + 1]?.norm === 'من' && !/^خلال/.test(toks[i + 2]?.norm ?? '')) || (isWord(toks[i + 1]) && /^[يت][^ا].{2,}$/.test(toks[i + 1]!.norm) && !ctx.entType[i + 1] && !L.firstNames.has(toks[i + 1]!.norm)))) continue;
    // the preposition بين ("between"), not the verb بيّن
    if (isBetween(ctx, cueStart, i, form)) continue;
    const r = verbClaim(ctx, cueStart, i, form, history);
    // "history says", "reality says", لسان الحال يقول، يقول المثل: a figure of speech, the writer's own words
    if (r.draft && figureOfSpeech(ctx, r.draft, i)) {
      blocked = Math.max(blocked, r.draft.content[1]);
      continue;
    }
    // (a source that is a noun with a possessive pronoun is an object read as a subject: ونقل تمنياته لأبنائه …)
    if (r.relay) history.push(r.relay);
    // (nor a future verb opening the words after a cue with no complementizer: وقال في تصريح لـ«الرياض» سيتمكن المسافرون …)
    // (… nor such a word when the claim's own speaker is unwritten and resolved: وقال في مؤتمر صحافي عقده مع نظيره …، إن …
    // is Kerry's, and so is the next pro-drop cue, not عقده)
    const junkSource = !!r.source && r.source.at !== undefined && ((junkSpeakerWord(ctx, r.source.at) && /(ه|ها|هم)$/.test((toks[r.source.at]?.text ?? '').replace(/[\u064b-\u0652\u0640]/g, ''))) || futureVerbAt(ctx, r.source.at));
    const unwritten = !!r.draft && !r.draft.speakerSpan;
    if (r.source && !(junkSource && (!r.draft || unwritten))) history.push(r.source);
    if (r.draft) {
      if (!r.draft.direct) r.draft.content = speakerNamedAgain(ctx, r.draft);
      drafts.push(r.draft);
      if ((!r.source || (junkSource && unwritten)) && r.draft.source) history.push({ ...r.draft.source, at: i, gender: form.gender === '?' ? r.draft.source.gender : r.draft.source.gender });
      if (r.draft.content[1] > i) blocked = Math.max(blocked, r.draft.content[1]);
      lastEnd = Math.max(lastEnd, r.draft.content[1]);
    }
    void cueStart;
  }
  const named = drafts.map((d) => !!d.speakerSpan && !!d.source?.named && d.source.type === 'PERS');
  nameLedeRoles(drafts, ctx.lex.firstNames);
  return { claims: drafts.map((d, n) => toClaim(ctx, d, n + 1)), named };
}

/** Token k opens a short quoted name closed within four tokens (“عين اليوم”، «رويترز»), not quoted words. */
function shortQuotedName(ctx: Ctx, k: number): boolean {
  const close = ctx.quotes.closeOf[k]!;
  return close > k + 1 && close - k <= 4;
}
