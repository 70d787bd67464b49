/**
 * Reported speech from cue verbs and participles: finds the complement, reads the speaker (VSO after the
 * cue, SVO before it, pro-drop resolved from earlier speakers), and bounds the content.
 */
import { addresseeStart, namedAddressee } from './addressee.js';
import { build, possessedVerbalNoun } from './np-names.js';
import { eulogyEnd, praisesGod, praisesProphet } from './eulogy.js';
import { documentAuthor, documentItself, documentRelative } from './documents.js';
import type { Stance } from '../schema/records.js';
import { isQuote, isWord, type Ctx, isEnd } from './context.js';
import { addsNumber, contentEnd, findComplement, fixedObject, immediateThat, JUDGEMENT, parenStatement, quoteIsContent, trim, wordCount, type Complement } from './content.js';
import type { Draft, Pattern } from './build.js';
import { inPreps, type CueEntry, type CueForm, type Gender } from './inflect.js';
import { citedSource, entityAt, implicitSource, mentionStartsAt, roleGender, sourceOf, type Source } from './resolve.js';
import { isPlaceHead } from '../entities/place-heads.js';
import { amaSubject, relativeVerbSubject, amaTopic, clauseSubject, coordinateSubject, entityBefore, honorificHolder, mainVerbSubject, pluralSubject, previousSubject, salientSubject } from './implicit.js';
import { isEventNoun, parseSpeaker, skipLeading, subjectBefore, type NP } from './speaker.js';
import { possessedObject, possessedObjectAt } from './np-bounds.js';
import { ledeBack, locatedEnd } from './located.js';
import { derivedMasdar, innerTitle, isPrep, junkSpeakerWord, neverSpeaker, PARTICLE_START, prepObjectWord, praiseWords } from './np-words.js';
import { afterRelative, relativeAntecedent } from './subject.js';
import { fold1, nounSpelling, titleQuote, viaAt, viaWord } from './cue-words.js';
import { fold } from '../text/normalize.js';
import { actAt, addresseeAct, COMMA, describedSource, fusedObject, GROUP_HEAD, isPrepOf, nominalStart, objectPlural, objectThenPrep, WEEKDAY } from './nominal.js';
import { appositionEnd, ATTITUDE, bareClauseAt, firstPersonAt, strayWord, svoQuote, unmarkedAfterTopic } from './unmarked.js';

export interface VerbResult {
  draft: Draft | null;
  /** explicit speaker seen at this cue (recorded even when the cue reports nothing) */
  source: Source | null;
  /** the outlet that relayed the words (… موقع «باز فيد» الإخباري، نقلا عن مسؤول تنفيذي …), for a later الموقع */
  relay?: Source;
}

/** What one asks God for someone: mercy, forgiveness, healing, success (بالرحمة، بالمغفرة، بالشفاء، بالتوفيق). */
const BLESSING = /^ب(الرحمه|المغفره|الشفاء|التوفيق|السداد|النجاح|الخير|البركه|الثبات|الصبر|العافيه|الصحه|التقدم|الازدهار|طول)$/;
/** Verbs of going on speaking (تابع، أضاف، استطرد، أردف): the one who spoke goes on. */
const GOES_ON = /^(تابع|أضاف|استطرد|أردف|واصل|استدرك)$/;
/** Prophets other than Muhammad, named before a pro-drop قال عليه السلام that is theirs. */
const PROPHETS = /^[وف]?(موسي|عيسي|ابراهيم|نوح|يوسف|يعقوب|سليمان|داود|ايوب|يونس|زكريا|يحيي|هارون|اسماعيل|اسحاق|لوط|هود|شعيب|ادم|المسيح)$/;
/** Plans, wishes and intentions before أن (من المقرر أن، يريد أن، يتعمد أن …), folded. */
const INTENDED = /^[وف]?(المقرر|المتوقع|المنتظر|المرتقب|المفترض|المرجح|المحتمل|يتعمد|تتعمد|يريد|تريد|اراد|ارادت|يحاول|تحاول|يجب|ينبغي|يمكن|عليه|عليها|عليهم|تمنيت|تمنى|يتوقع|ينتظر|يعتزم|تعتزم|يسعى|تسعى|يامل|تامل|ضروره)$/;
/** A body's wish to say, the polite form of a statement (وتود الإدارة أن توضح …، نود أن نؤكد …). */
const WISH_TO_SAY = /^[وف]?(يود|تود|نود|اود|يسر|تسر|يسرها|يسره|يسرنا)$/;
/** The writer's judgement of a fact before أن (الغريب أن يقول …، من الطبيعي أن تشير …): what follows happened. */
const EVALUATED = /^و?(ال)?(غريب|عجيب|طبيعي|لافت|مثير|مؤسف|مستغرب|مدهش|ملاحظ|واضح|معروف|مفارقه|مضحك|مؤلم)$/;
/** punctuation after which a participle continues a clause: "، مؤكدا أن" / "؛ مؤكداً أنه" */
const PART_BEFORE = new Set(['،', ',', '؛', ';']);
const CONJ_PRONOUN = /^[وف]?(لكن|لان|ان|كان)(ه|ها|هم|هما)$/;
/** words that open a question (لماذا، هل، كيف …), folded */
const QUESTION_WORD = /^[وف]?(لماذا|هل|كيف|متي|اين|ماذا|كم|الام)$/;
/** a kin noun alone, a person (والده، شقيقه) */
const KIN_WORD = /^و?(زوج|زوجه|زوجته|والد|والده|والدته|شقيق|شقيقه|نجل|ابن|ابنه|اخ|اخو|اخوه|اخت|ام|اب|ابو|عم|خال)$/;
/** relative pronouns with the object pronoun that refers back to them */
const OBJECT_RELATIVE: Record<string, string> = { التي: 'ها', الذي: 'ه', الذين: 'هم', اللتين: 'هما', اللذين: 'هما', اللتان: 'هما', اللذان: 'هما' };

/** Inner token range of the quote opening at k, without a leading إن/أن. */
function quoteInner(ctx: Ctx, k: number): [number, number] {
  let a = k + 1;
  const b = ctx.quotes.closeOf[k]!;
  const t = ctx.toks[a];
  if (t && isWord(t) && ctx.lex.complementizers.has(t.norm) && !t.norm.startsWith('ب')) a++;
  if (ctx.toks[a]?.text === ':') a++;
  return trim(ctx, a, b);
}

/** a preposition with a second-person pronoun (عنك، إليك، لكم): the one addressed, never a speaker */
const PREP_PRONOUN = /^(عن|مع|من|الي|علي|في|ل|ب)(ك|كم)$/;

/** A stem that names a person with "our" (رسول، نبي، شيخ، قائد، أمير …), or a body (حكومت → حكومة). */
function ourPerson(ctx: Ctx, stem: string): boolean {
  const L = ctx.lex;
  const fem = stem.replace(/ت$/, 'ه');
  return /^(رسول|نبي|شيخ|قائد|امير|ملك|زعيم|امام|مرشد|مفتي|حبيب|سيد|رب)$/.test(stem) || [stem, fem, 'ال' + stem, 'ال' + fem].some((w) => L.roleNouns.has(w) || L.titles.has(w) || L.orgHeads.has(w) || L.anonHeads.has(w)) || KIN_WORD.test(stem);
}

/** what one points with (بيده، بإصبعه، بعلامة), or the relative's own بها: a gesture, folded */
const GESTURE = /^(به|بها|بهما|بيده|بيديه|بيدها|بيديها|باصبع|باصبعه|باصبعها|باصابع|باصابعه|باصابعها|بعلامه|براسه|براسها)$/;

/** A family relation in its construct form (والدة، شقيق، زوجة، نجل، عائلة …): the relative of whoever follows. */
const FAMILY = /^(والد|والده|ام|ابو|اخ|اخو|اخت|شقيق|شقيقه|زوج|زوجه|نجل|نجله|عم|عمه|خال|خاله|ارمله|اسره|عائله|اقارب|ذوي)$/;
/** Someone acting for the person named right after (construct state, no article): ممثل خامنئي، مستشار أوباما. */
const RELATIONAL = /^(ممثل|ممثله|مستشار|مستشاره|مساعد|مساعده|محامي|محاميه|مبعوث|مبعوثه|سكرتير|سكرتيره|مرافق|حارس|متحدث|ناطق)$/;

function speakerSpan(ctx: Ctx, np: NP): { start: number; end: number } {
  const T = ctx.toks;
  let a = np.a;
  let b = np.b;
  // a name quoted whole ("المصراتي") is written without its marks
  if (isQuote(T[a]) && b - 1 > a && ctx.quotes.closeOf[a] === b - 1) {
    a++;
    b--;
  }
  // (a share of those asked keeps its sign: وقال 63 % من الذين شملهم الاستطلاع …، في حين قال 4 % فقط إنهم …)
  if (b - a === 1 && T[a]!.kind === 'number' && /^[%٪]$/.test(T[b]?.text ?? '')) b++;
  return { start: T[a]!.start + (a === np.a ? np.cut ?? 0 : 0), end: T[b - 1]!.end };
}

/** A one- or two-word phrase naming someone already quoted by a fuller name (وبين الحربي ← متعب الحربي). */
function knownSpeaker(ctx: Ctx, np: NP, history: Source[]): boolean {
  if (np.b - np.a > 2) return false;
  const w = ctx.toks[np.b - 1]!.norm.replace(/^(وال|ال)/, '');
  return history.some((h) => h.named && h.words.includes(w));
}

/** the adjective or noun of an impersonal predicate, من الضروري أن، من فضل الله أن (folded) */
const IMPERSONAL = /^(ال(ضروري|مهم|مؤكد|واضح|مفترض|مستحيل|طبيعي|صعب|ممكن|محتمل|مرجح|مقرر|معروف|مبكر|غريب|مؤسف|مفيد|لازم|واجب|افضل|منطقي|متوقع|مستغرب|ملاحظ|معلوم)|فضل|حسن|سوء|حق|واجب)$/;
/** what شدد "tightens" (folded): measures, controls, sanctions, a grip */
const TIGHTENED = /^(ال)?(اجراءات|اجراءاته|اجراءاتها|تدابير|رقابه|رقابتها|رقابته|حراسه|حراسات|قيود|عقوبات|حصار|حصاره|حصارها|قبضه|قبضته|قبضتها|خناق|حملات|حملاتها|حملته|حملتها|امن|اجراءاتها|تفتيش|مراقبه|الاحتياطات|احتياطات|احتياطاتها|الرقابه)$/;
const TIME_ANTECEDENT = /^(الوقت|الحين|اللحظه|المره|الساعه|اليوم|الليله|الفتره|العام|الشهر|الاسبوع)$/;

/**
 * The speaker set off between commas right after the cue (وصرحت، … الأستاذة فريدة فهمي، بالقول: …) or named by an
 * attribution phrase there (ويتوقع، بحسب مختصين في الشأن العسكري، أن …), or null.
 */
function commaAside(ctx: Ctx, a: number, to: number): NP | null {
  const T = ctx.toks;
  let c = a;
  while (c < to && c - a <= 16 && isWord(T[c])) c++;
  if (c >= to || c === a || !COMMA.has(T[c]!.text)) return null;
  const next = T[c + 1];
  if (!next || !(/^(بالقول|قائلا|قائله|قائلين)$/.test(next.norm) || next.text === ':' || ctx.lex.complementizers.has(next.norm))) return null;
  const attrib = /^و?ب?حسب$|^و?(وفقا|طبقا)$/.test(T[a]!.norm);
  if (attrib) {
    // (the source phrase runs to the comma: مختصين في الشأن العسكري)
    const np = parseSpeaker(ctx, a + 1, c, null, false, true);
    return np && np.a === a + 1 && (np.named || np.type) ? { ...np, b: c, nameB: np.named ? np.nameB : c, next: c + 1 } : null;
  }
  // (a person's tagged name, titled or not, closing the aside: the words before it are the role)
  for (let k = a; k < c; k++) {
    const p = isWord(T[k]) && innerTitle(ctx, T[k]!) && ctx.entType[k + 1] === 1 ? k + 1 : ctx.entType[k] === 1 && ctx.entType[k - 1] !== 1 ? k : -1;
    if (p < 0 || ctx.entEnd[p] !== c) continue;
    const np = parseSpeaker(ctx, k, c, null, false, true);
    if (np && np.named && np.b === c) return { ...np, roleA: k > a ? a : np.roleA, roleB: k > a ? k : np.roleB, next: c + 1 };
  }
  return null;
}

/** A news outlet as a phrase: a quoted name, a media noun (الصحيفة), or a tagged organisation. */
function outletPhrase(ctx: Ctx, np: NP): boolean {
  const T = ctx.toks;
  const t = T[np.a]!;
  return isQuote(t) || ctx.lex.mediaNouns.has(t.norm) || (ctx.entType[np.a] === 2 && np.b - np.a <= 3);
}

export function verbClaim(ctx: Ctx, cueStart: number, i: number, form: CueForm, history: Source[]): VerbResult {
  const T = ctx.toks;
  const L = ctx.lex;
  const entry = form.entry;
  const E = ctx.sentEnd[i]!;
  if (form.kind === 'part') {
    // a participle continues a clause: "، مؤكدا أن" or "… مشيرين إلى أن", never a line's first word (سبق- متابعة:)
    const p = T[cueStart - 1];
    // a period written after a closing quote (… الأطراف". مشيرا إلى أن) still continues the quoted speaker
    const quoteDot = p?.text === '.' && isQuote(T[cueStart - 2]) && ctx.quotes.openOf[cueStart - 2]! >= 0;
    const lone = !p || ctx.nl[cueStart] || (p.kind === 'punct' && !PART_BEFORE.has(p.text) && !isQuote(p) && !quoteDot);
    // (a period typed before it, in the same paragraph right after a claim: "… هذه الأعمال. مؤكدا اتخاذ بلاده …")
    // (… or opening the next paragraph, right before its quotation: "… ستبقى.⏎مضيفاً "بالطبع نعلم …"")
    const lastAt = history.length > 0 ? history[history.length - 1]!.at : -1;
    const afterClaim = !!p && lastAt >= 0 && lastAt >= ctx.sentStart[cueStart - 1]! && ((p.text === '.' && !ctx.nl[cueStart]) || (ctx.nl[cueStart] && (p.text === '.' || isQuote(p)) && isQuote(T[i + 1])));
    if (lone && !(p && immediateThat(ctx, i, form)) && !afterClaim) return { draft: null, source: null };
    // a participle after an independent pronoun is a predicate (نحن مطالبون بخلق أفق …: "we are called on to")
    if (p && isWord(p) && /^و?(نحن|انا|هو|هي|هم|انتم)$/.test(p.norm)) return { draft: null, source: null };
  }
  // "…"، هذا ما قاله موتا بعد المباراة: the quotation before "this is what X said" is X's own words
  // (… and "thus says X" after it: «…»، هكذا يؤكد الخبير الأمني الدكتور عبدالغفار الدويك)
  const thus = !form.object && form.kind !== 'part' && cueStart >= 2 && /^و?هكذا$/.test(T[cueStart - 1]!.norm);
  // (… and a bare cue after the comma, its speaker closing the sentence: أعتقد أنهم ذهبوا جميعاً إلى كارثة، يقول مونجر.)
  // (… or after كما: …، كما يقول التقرير.)
  const asSays = cueStart >= 6 && T[cueStart - 1]!.norm === 'كما' && COMMA.has(T[cueStart - 2]!.text);
  // (the speaker phrase is parsed once, below, and only when the words before the comma qualify)
  const postposed = !thus && !form.object && !form.conj && (form.kind === 'pres' || form.kind === 'past') && cueStart >= 5 && (COMMA.has(T[cueStart - 1]!.text) || asSays);
  if ((form.object && cueStart >= 3 && T[cueStart - 1]!.norm === 'ما' && /^و?(هذا|هكذا|ذلك)$/.test(T[cueStart - 2]!.norm)) || thus || postposed) {
    let q = thus ? cueStart - 2 : postposed ? (asSays ? cueStart - 2 : cueStart - 1) : cueStart - 3;
    if (q > 0 && (T[q]!.text === '،' || T[q]!.text === ',')) q--;
    const o = ctx.quotes.openOf[q]!;
    // (… or the sentence's own words before ، هكذا يقول X, unquoted: فالحكومة امتنعت منذ فترة طويلة عن الإفراج عن الأرقام،
    // هكذا يقول خوان كريستوبال)
    const s0 = ctx.sentStart[cueStart]!;
    // (after a postposed cue, only a quotation that is the whole sentence: not «تدبير منع ارتداء النقاب» closing a clause
    // of the writer's, … وأعلن خلاله «…»، كما ذكرت إذاعة الكاميرون.)
    const quoted = o >= 0 && o < q - 1 && (!postposed || o <= s0 + 1);
    const unquoted = (thus || postposed) && o < 0 && q + 1 < cueStart - (postposed && !asSays ? 0 : 1) && q + 1 - s0 <= 60 && (T[q + 1]!.text === '،' || T[q + 1]!.text === ',') && wordCount(ctx, s0, q + 1) >= 4 && !T.slice(s0, q + 1).some((x) => isQuote(x) || L.cues.has(x.norm) || (!postposed && L.complementizers.has(x.norm)));
    if (quoted || unquoted) {
      const np = parseSpeaker(ctx, i + 1, E, entry, true);
      if (np && (!postposed || closesSentence(ctx, np, i, E)) && (np.named || np.type === 'ORG' || ctx.entType[np.a] === 1 || ctx.entType[np.a] === 2)) {
        const source = sourceOf(ctx, np, form.gender, form.number, history);
        const draft: Draft = {
          cue: { start: T[cueStart]!.start, end: T[i]!.end, lemma: entry.lemma },
          stance: entry.stance as Stance,
          speakerSpan: speakerSpan(ctx, np),
          role: np.roleA >= 0 ? { start: T[np.roleA]!.start, end: T[np.roleB - 1]!.end } : null,
          source,
          content: quoted ? quoteInner(ctx, o) : trim(ctx, s0, q + 1),
          direct: quoted,
          pattern: quoted ? 'quote-before' : 'attribution',
        };
        return { draft, source };
      }
    }
  }
  // an object relative clause (الإجراءات التي أعلنتها المنامة، الإصلاحات التي اعلنها العبادي): the pronoun on the
  // cue is the relative's own, the clause describes a noun of the narration; nothing is reported
  if (form.object && cueStart > 0) {
    const suffix = OBJECT_RELATIVE[T[cueStart - 1]!.norm];
    if (suffix && T[i]!.norm.endsWith(suffix)) return { draft: null, source: null };
  }
  // a present form right after أنها/أنه is the verb of a reported clause (… وأنها تعتبر جريمة حرب): nothing new is said
  if (form.kind === 'pres' && cueStart > 0 && /^و?ب?ان(ه|ها|هم)$/.test(T[cueStart - 1]!.norm)) return { draft: null, source: null };
  // (… and one after a bare أن, لن or كي is a subjunctive: على المعارضة السورية أن توضح كيف …)
  // (not "before he went on", which narrates what was said: قبل أن يستدرك: «…», nor a fact the writer judges:
  // والغريب العجيب أن يقول عضو في اتحاد الكرة إن …، كان من الطبيعي أن تشير المصادر الروسية إلى أن …)
  if (form.kind === 'pres' && cueStart > 0 && /^(أن|لن|كي|لكي)$/.test(T[cueStart - 1]!.text.replace(/[\u064b-\u0652\u0640]/g, '')) && !/^و?(قبل|بعد)$/.test(T[cueStart - 2]?.norm ?? '') && !EVALUATED.test(T[cueStart - 2]?.norm ?? '') && !WISH_TO_SAY.test(T[cueStart - 2]?.norm ?? '') && !WISH_TO_SAY.test(T[cueStart - 3]?.norm ?? '') && !namedSayer(ctx, i)) return { draft: null, source: null };
  // a prayer (داعيا الله أن …) and a negated cue (ولم يعلن …) report nothing; "did not rule out" (لم يستبعد أن) asserts
  if (L.notSpeechObjects.has(T[i + 1]?.norm ?? '') || (cueStart > 0 && form.kind !== 'part' && L.negations.has(T[cueStart - 1]!.norm) && entry.lemma !== 'استبعد')) return { draft: null, source: null };
  // (a feminine participle right after an indefinite noun, an adjective before it, is that noun's adjective: حجوزات
  // مؤكدة مدفوعة الثمن، اضواء كاشفة قوية)
  if (form.kind === 'part' && /ه$/.test(T[i]!.norm) && cueStart > 0 && cueStart === i && indefiniteNoun(ctx, cueStart - 1) && indefiniteAdjective(ctx, i + 1)) return { draft: null, source: null };
  // (لافتة is a sign unless it draws attention to something: لافتة "للكبار فقط"، not لافتة إلى أن …)
  if (entry.lemma === 'لفت' && /^لافته$/.test(T[i]!.norm) && cueStart === i && (isQuote(T[i + 1]) || (isWord(T[i - 1]) && !/^(الي|الى|ان|انه|انها|انهم|الانتباه|الانظار|النظر|انتباه|انظار|نظر)$/.test(T[i + 1]?.norm ?? '')))) return { draft: null, source: null };
  // (… nor a blessing asked for someone: داعيا لهم بالرحمة والمغفرة، ودعا له بالشفاء; also "more of" one: داعيا لهم
  // بالمزيد من التوفيق والنجاح، بدوام الصحة)
  if (entry.lemma === 'دعا' && /^ل(ه|ها|هم|هما|هن|كم|نا)$/.test(T[i + 1]?.norm ?? '') && (BLESSING.test(T[i + 2]?.norm ?? '') || (/^ب(المزيد|مزيد|دوام)$/.test(T[i + 2]?.norm ?? '') && [3, 4].some((d) => BLESSING.test('ب' + (T[i + d]?.norm ?? '').replace(/^ب/, '')))))) return { draft: null, source: null };
  // (… or God the subject of what is asked: داعية بأن يحفظ الله بلادنا …، ودعا أن يرحم الله الضحايا)
  if (entry.lemma === 'دعا') {
    let k = i + 1;
    // (… asked of God: داعياً من الله العلي القدير أن يمدك بطول العمر)
    if (T[k]?.norm === 'من' && /^(الله|المولي|المولى)$/.test(T[k + 1]?.norm ?? '')) return { draft: null, source: null };
    if (/^(الله|المولي|المولى)$/.test(T[k]?.norm ?? '')) k++;
    if (L.complementizers.has(T[k]?.norm ?? '') && /^[يت]/.test(T[k + 1]?.norm ?? '') && /^(الله|المولي|المولى)$/.test(T[k + 2]?.norm ?? '')) return { draft: null, source: null };
    // (… or with its subject written first: ودعت القيادة الله أن يتقبلهم مع الشهداء; not حزب الله، عبد الله)
    for (let q = i + 2; q < Math.min(T.length, i + 7) && isWord(T[q]); q++) {
      if (!/^(الله|المولي|المولى)$/.test(T[q]!.norm) || /^[وفبل]?(حزب|انصار|عبد|جند|رسول|بسم|نصر|امر|حمد)$/.test(T[q - 1]!.norm)) continue;
      if (L.complementizers.has(T[q + 1]?.norm ?? '') || BLESSING.test(T[q + 1]?.norm ?? '') || /^(عز|تعالي|تعالى|سبحانه)$/.test(T[q + 1]?.norm ?? '')) return { draft: null, source: null };
    }
    // (… also after the ones prayed for: داعين للشهداء أن يتقبلهم الله)
    if (/^ل.{2,}/.test(T[i + 1]?.norm ?? '')) for (let q = i + 2; q < Math.min(T.length, i + 9) && isWord(T[q]); q++) if (L.complementizers.has(T[q]!.norm) && /^[يت]/.test(T[q + 1]?.norm ?? '') && /^(الله|المولي|المولى)$/.test(T[q + 2]?.norm ?? '')) return { draft: null, source: null };
  }
  // (… with the prayers' subject and the one prayed for named: ودعا مغردو “تويتر” للفتاة سارة بالرحمة والمغفرة)
  if (entry.lemma === 'دعا') {
    for (let k = i + 2; k < Math.min(T.length, i + 10) && (isWord(T[k]) || isQuote(T[k])); k++) if (BLESSING.test(T[k]!.norm) && [1, 2, 3, 4, 5, 6].some((d) => k - d > i && /^ل.{2,}/.test(T[k - d]!.norm))) return { draft: null, source: null };
  }
  // (pointing with something, a hand or a sign, is a gesture: علامة الذبح التي أشار بها، وهو يشير فيها بـ”علامة الذبح”،
  // يشير بيده إلى …)
  if (entry.lemma === 'أشار') {
    const k = /^(فيه|فيها|فيهم)$/.test(T[i + 1]?.norm ?? '') ? i + 2 : i + 1;
    const w = T[k]?.norm ?? '';
    const quoted = w === 'ب' && isQuote(T[k + 1]) ? T[k + 2]?.norm ?? '' : '';
    if (GESTURE.test(w) || /^(علامه|اشاره)$/.test(quoted)) return { draft: null, source: null };
  }
  // ("it is estimated", a masculine present with أن right after it and no subject: ويقدر أن نحو 700 بريطاني …)
  if (entry.lemma === 'قدر' && form.kind === 'pres' && form.gender === 'm' && form.number === 's' && /^(ان|بان)$/.test(T[i + 1]?.norm ?? '')) return { draft: null, source: null };
  // (لفت without إلى, a complement, a colon or a quotation in its sentence "catches" something: والتي لفتت العديد من
  // الدول العالمية، فرجال …)
  if (entry.lemma === 'لفت' && !(form.kind === 'part' && PART_BEFORE.has(T[cueStart - 1]?.text ?? '')) && !T.slice(i + 1, Math.min(E, i + 80)).some((x) => x.text === ':' || isQuote(x) || /^(الي|الى)$/.test(x.norm) || L.complementizers.has(x.norm))) return { draft: null, source: null };
  // ("adding" a number of things, مضيفا 200 مليون نسمة إلى المدن, reports nothing)
  if (addsNumber(ctx, i, form)) return { draft: null, source: null };
  // (… "did not expect": لم يكن يتوقع أن …، لم تكن تتوقع)
  if (cueStart > 1 && form.kind === 'pres' && /^(يكن|تكن|يكونوا|يكونا)$/.test(T[cueStart - 1]!.norm) && L.negations.has(T[cueStart - 2]!.norm)) return { draft: null, source: null };
  // "which was considered" (قانون …، مما اعتبر على نطاق واسع بمثابة تحصين …): a relative clause on an event, no speaker
  if (cueStart > 0 && form.kind === 'past' && !form.conj && T[cueStart - 1]!.norm === 'مما') return { draft: null, source: null };
  // (a hypothetical speaker, "one may say", is the writer's device: وقد يقول القارئ: …، قد يقول قائل إن …)
  if (form.kind === 'pres' && cueStart > 0 && /^[وف]?قد$/.test(T[cueStart - 1]!.norm) && /^(قائل|القارئ|احدهم|البعض)$/.test(T[i + 1]?.norm ?? '')) return { draft: null, source: null };
  // (… and so is "what justifies / confirms" in the present, the writer's reasoning: ما يبرر وجود برنامج …، مما يؤكد أن …;
  // not a source's "as X says": بحسب ما يقول، على حد ما يرى)
  if (cueStart > 1 && form.kind === 'pres' && !form.conj && /^(ما|مما)$/.test(T[cueStart - 1]!.norm) && !/^(حسب|بحسب|وفق|وفقا|كما|علي|على|عن|الي|من|حد|لما|بما|عما)$/.test(T[cueStart - 2]!.norm)) return { draft: null, source: null };
  // a hypothetical (حتى لو أعلنت اليونان عجزها، إذا قال): nothing was said
  if (cueStart > 0 && form.kind !== 'part' && /^[وف]?(لو|اذا|لولا)$/.test(T[cueStart - 1]!.norm)) return { draft: null, source: null };
  // ("calls himself": الذي يدعو نفسه مدافعا عن الشعب names, it reports nothing)
  if (entry.lemma === 'دعا' && /^(نفسه|نفسها|انفسهم)$/.test(T[i + 1]?.norm ?? '')) return { draft: null, source: null };
  // a verb that is a cue only through a word after it (ومضى … بالقول): "went on" alone reports nothing
  if (entry.via && !viaWord(ctx, i, E, entry.via)) return { draft: null, source: null };
  // the anonymity formula (طلب عدم ذكر اسمه، رفض الكشف عن هويته) describes a source; it reports nothing
  // (not a name given: وقال رجل اسمه صالح إن …)
  for (let k = i + 1; k < Math.min(E, i + 5); k++) if (L.anonymityWords.has(T[k]!.norm) && !(/^و?اسم(ه|ها)$/.test(T[k]!.norm) && isWord(T[k + 1]) && (ctx.entType[k + 1] === 1 || L.firstNames.has(T[k + 1]!.norm)))) return { draft: null, source: null };
  let comp: Complement | null = findComplement(ctx, i, E);
  // "as X believes" closing a clause (… ليس ظاهرة صوتية كما يعتقد البعض، وأنه …): no complement past its comma
  // (mid-clause and present only: كما أكد جهاز مكافحة الإرهاب في بيان …، أن … is "also")
  // (… unless an explanation opens there: كما يقول العوضي، إذ إن العراق دمر …)
  if (comp && form.kind === 'pres' && cueStart > 1 && isWord(T[cueStart - 2]) && /^كما$/.test(T[cueStart - 1]!.norm)) {
    const c = T.findIndex((x, k) => k > i && k < comp!.at && (x.text === '،' || x.text === ','));
    if (c > 0 && !/^(اذ|حيث)$/.test(T[comp.at - 1]!.norm)) comp = null;
  }
  // after a fronted topic, a bare clause right after the cue is its content, whatever complement comes later
  const topicClause = !!comp && comp.at - i > 6 && unmarkedAfterTopic(ctx, cueStart, i, form);
  if (topicClause) comp = null;
  // a relative clause on an indefinite document (بيانا أكد …، رسالة … أشار فيها): asked once, used four times
  const docRelative = !form.conj && cueStart === i && documentRelative(ctx, i);
  let np: NP | null = null;
  let svo = false;
  // (the subject after a resumptive فيه / خلاله: see below)
  let resumed = false;
  if (form.kind !== 'part') {
    // (not a relative of time, whose clause has its own subject after the cue: وفي الوقت الذي كشفت مصادر مطلعة …)
    const timeRelative = i >= 2 && /^(الذي|التي)$/.test(T[i - 1]!.norm) && (TIME_ANTECEDENT.test(T[i - 2]!.norm) || L.timeHeads.has(T[i - 2]!.norm));
    const relative = !form.conj && cueStart === i && !timeRelative && afterRelative(ctx, i);
    // (a relative of time or place with its resumptive فيه, then the clause's own subject: في الوقت الذي أعلن فيه رئيس
    // مجلس النواب سليم الجبوري أن …، في وقت أكدت فيه أثينا أنها …)
    // (… and after a document or speech it was said in, the words after the speaker: ثم بكلمة افتتاحية أشار فيها
    // الإعلامي غالب السهلي إلى …; and with a prepositional object rather than أن: في الوقت الذي أشار فيه مصدر مطلع إلى …)
    const inIt = /^(فيه|فيها|خلاله|خلالها)$/.test(T[i + 1]?.norm ?? '');
    const ofTime = relative || timeRelative || /^(وقت|الوقت|حين|يوم)$/.test(T[cueStart - 1]?.norm ?? '');
    // (… and after a relative joined by و: تقرير من المستشفى والذي أكد فيه الطبيب المعالج أن …)
    const andRelative = inIt && !form.conj && cueStart === i && /^و(الذي|التي)$/.test(T[i - 1]?.norm ?? '');
    const resumptive = /^(فيه|فيها|خلاله|خلالها|عنه|عنها|عنهم|عنهما)$/.test(T[i + 1]?.norm ?? '') && ((!!comp && comp.at > i + 2) || (inIt && !comp)) && (ofTime || (inIt && (docRelative || andRelative)));
    // (a thing announced, with its resumptive and no words reported: الموسم الذي أعلنت عنه وزارة الزراعة، مجالات
    // التعاون التي أعلن عنها)
    if ((relative || timeRelative) && !comp && /^(عنه|عنها|عنهم|عنهما)$/.test(T[i + 1]?.norm ?? '')) return { draft: null, source: null };
    const after = resumptive ? parseSpeaker(ctx, i + 2, comp ? comp.at : Math.min(E, i + 20), entry) : null;
    // (the subject there is a name, a body, or people named by a noun: … أكد خلاله الجانبان، شدد فيه المستهلكون على …;
    // what they said is a complement, the cue's preposition, or a nominal object: أعلنت فيه هيئة الاتصالات إنجازها …)
    const afterSpeaks = !!after && (after.named || !!after.type || ctx.entType[after.a] === 1 || ctx.entType[after.a] === 2 || ctx.entType[after.a] === 3 || peopleNoun(ctx, after));
    if (after && afterSpeaks && (after.roleA >= 0 ? Math.min(after.roleA, after.a) : after.a) === i + 2 && (comp || objectPrepNext(ctx, after.next, entry) || objectPrepNext(ctx, pastTimeWords(ctx, after.next, E), entry) || (entry.nominal && !objectCue(entry) && nominalObjectAt(ctx, after.next, E)) || (peopleNoun(ctx, after) && !!T[after.next] && fusedObject(ctx, form, after.next))) && (ofTime || andRelative || ((personAfter(ctx, after) || peopleNoun(ctx, after)) && !objectCue(entry)))) {
      np = after;
      resumed = true;
    } else if (relative && comp && comp.at - i <= 4 && isWord(T[i + 1]) && L.anonHeads.has(T[i + 1]!.norm) && !/^ال/.test(T[i + 1]!.norm)) {
      // (an object relative whose own unnamed source follows the cue: … باريس سان جيرمان الذي ذكرت تقارير أنه يسعى …)
      np = parseSpeaker(ctx, i + 1, comp.at, entry);
    } else if (relative) {
      // a relative clause's cue: its subject is the antecedent before the pronoun, never the words after the cue
      np = relativeAntecedent(ctx, i);
      svo = !!np;
    } else if (form.kind === 'pres' && !form.conj && cueStart === i && i >= 3 && T[i - 1]!.norm === 'ان' && WISH_TO_SAY.test(T[i - 3]!.norm) && isWord(T[i - 2]) && /^ال/.test(T[i - 2]!.norm)) {
      // the body that wishes to say speaks (وتود الإدارة أن توضح …)
      np = parseSpeaker(ctx, i - 2, i - 1, entry);
      svo = !!np;
    } else if (docRelative && !form.object) {
      // a relative clause on an indefinite document (بيانا أكد …، رسالة … أشار فيها): no subject is written
      np = null;
    } else if (!form.conj && cueStart === i && !form.object) {
      np = kanaSubject(ctx, i) ?? subjectBefore(ctx, i);
      // (a clause particle or a word no speaker is written as is no subject: وطبقا للتقرير توقعت الهيئة أن …)
      if (np && (PARTICLE_START.test(T[np.a]!.norm) || (np.b - np.a === 1 && junkSpeakerWord(ctx, np.a)))) np = null;
      // (nor a fronted purpose, ل + a verbal noun: ولبيان حقيقة الهاشتاق أكدت تقارير …، ولتوضيح ذلك قال …)
      if (np && !ctx.entType[np.a] && /^[وف]?ل(بيان|توضيح|معرفه|شرح|ا..ا.|ا.ت.ا.|است..ا.|ت..ي.)$/.test(T[np.a]!.norm)) np = null;
      // (nor a fronted circumstantial: وقبيل الزيارة قال كارتر …، وخلال اللقاء أكد الوزير …)
      if (np && !ctx.entType[np.a] && (/^و?(قبيل|قبل|بعد|خلال|عقب|اثر|اثناء|غداه|عشيه|ابان|لدى)$/.test(T[np.a]!.norm) || L.circumstantial.has(T[np.a]!.norm.replace(/^و/, '')))) np = null;
      // a conjunction with a pronoun (… سيئة لكنه قال، إلا أنه) is no subject phrase: the speaker is implicit
      if (np && CONJ_PRONOUN.test(T[np.b - 1]!.norm)) np = null;
      // an unrecognisable phrase before the cue yields to a name or a body right after it (… التي أبدى تحفظه عليها
      // في الاجتماع السابق قال مغازي إن …)
      if (np && !np.named && !np.type && comp && comp.at > i + 1) {
        const after = parseSpeaker(ctx, i + 1, comp.at, entry);
        if (after && (after.named || after.type === 'ORG' || after.type === 'PERS')) np = null;
      }
      svo = !!np;
    }
    // an object-suffixed cue with its ب-complement at once (فوصفها بصاحبة كاريزما هائلة): no speaker is written
    // (only where a clause opens: يستحق وصفه بالطاغوت، يتم وصفه بدقة are verbal nouns)
    const opensClause = form.conj || cueStart === ctx.sentStart[i] || T[cueStart - 1]?.kind === 'punct';
    const objectFirst = form.object && !!entry.objectAhead && opensClause && !!T[i + 1] && fusedObject(ctx, form, i + 1);
    // (… and after في معرض، في إطار, in the course of: وفي معرض وصفه لنقاش الكونغرس الاتفاق بأنه …)
    if (form.object && !form.conj && /^(معرض|اطار|سياق|صدد)$/.test(T[cueStart - 1]?.norm ?? '')) return { draft: null, source: null };
    // (… يستحق وصفه بالطاغوت، يتم وصفه بدقة: after a verb inside a clause, the object form is a verbal noun)
    if (form.object && !opensClause && !form.conj && isWord(T[cueStart - 1]) && !!T[i + 1] && fusedObject(ctx, form, i + 1)) return { draft: null, source: null };
    if (!np && !relative && !objectFirst && !docRelative) {
      let to = entry.via ? viaAt(ctx, i, E, entry.via) : comp ? comp.at : E;
      // واختتم الوزير حديثه بالقول، وخلص شريف إلى القول: the manner phrase and the speech noun with its pronoun
      // belong to the verb, not to the speaker
      if (!entry.via && to > i + 1 && /^(بالقول|القول|قائلا|قائله)$/.test(T[to - 1]!.norm)) to -= T[to - 2]!.norm === 'الي' || T[to - 2]!.norm === 'الى' ? 2 : 1;
      while (to > i + 2 && /^(حديث|كلمت|تصريحات|تصريح|خطاب|لقاء|رد)(ه|ها|هم)$/.test(T[to - 1]!.norm)) to--;
      // أبلغ "الاقتصادية" مصدر مسؤول …: the outlet told comes first, quoted; the speaker follows it
      let from = i + 1;
      // (a circumstantial clause, و + a pronoun and its verb, between the cue and its words is no speaker: وقالت وهي تحمل
      // باقة من الزهور: "…"، وقال وهو يبتسم إن …)
      if (comp && comp.at > i + 2 && comp.at - i <= 16 && /^و(هو|هي|هم|هما)$/.test(T[i + 1]?.norm ?? '') && /^[يت]/.test(T[i + 2]?.norm ?? '')) from = to;
      // (the resumptive of "as X reported it" is no speaker: …، كما أفاد به ناشطون.)
      if (cueStart > 0 && /^(كما|حسبما|بحسبما)$/.test(T[cueStart - 1]!.norm) && /^(به|بها|عنه|عنها)$/.test(T[i + 1]?.norm ?? '') && isWord(T[i + 2])) from = i + 2;
      const told = /^(أبلغ|ابلغ|أخبر|اخبر)$/.test(entry.lemma) && isQuote(T[i + 1]) ? ctx.quotes.closeOf[i + 1]! : -1;
      if (told > i + 2 && told - i <= 5 && told + 1 < to && isWord(T[told + 1])) from = told + 1;
      // (… or after the speaker, right before the complement: أبلغت مصادر مطلعة «عكاظ» أن …)
      let upTo = to;
      if (/^(أبلغ|ابلغ|أخبر|اخبر)$/.test(entry.lemma)) {
        // (only a short quotation closing the phrase counts: the scan stays near its end)
        for (let k = Math.max(from + 1, to - 6); k < to; k++) {
          const c = isQuote(T[k]) ? ctx.quotes.closeOf[k]! : -1;
          if (c > k + 1 && c - k <= 4 && (c + 1 === to || (c + 2 === to && !isWord(T[c + 1])))) upTo = k;
        }
      }
      // (the verb's fixed object after its subject ends the phrase: وكشفت شركة إيربنب النقاب عن …)
      if (entry.fixedObjects) {
        // (within a speaker phrase's reach: one endless sentence stays linear)
        for (let k = from + 1; k < Math.min(upTo, from + 40); k++) if (fixedObject(form, T[k]!.norm)) {
          upTo = k;
          break;
        }
      }
      // (an accusation's charge, ب + a definite noun, ends the phrase before it: اتهم مواطنون الشركة المتعهدة بالمماطلة …)
      if (entry.stance === 'accuse' && entry.preps?.includes('ب')) {
        for (let k = from + 1; k < Math.min(upTo, from + 40); k++) {
          const n = T[k]!.norm;
          // (not a body the speaker belongs to, with his name after it: اتهم عضو لجنة المقاولين بالغرفة التجارية الصناعية
          // بالشرقية محمد برمان اليامي جهات حكومية بالتسبب …)
          let namedAfter = false;
          for (let m = k + 1; m < Math.min(upTo, k + 8) && isWord(T[m]); m++) if (ctx.entType[m] === 1) namedAfter = true;
          if (/^بال/.test(n) && n.length > 5 && !ctx.entType[k] && !L.orgHeads.has(n.slice(1)) && !isPlaceHead(n.slice(3)) && !namedAfter) {
            upTo = k;
            break;
          }
        }
      }
      np = parseSpeaker(ctx, from, upTo, entry, !comp);
      // (what comes "via" is the medium, not the speaker: وقال عبر قناة (blik) السويسرية: "…")
      const viaTok = (np ? (np.roleA >= 0 ? Math.min(np.roleA, np.a) : np.a) : 0) - 1;
      const viaMedium = !!np && np.a > from && (T[viaTok]?.norm === 'عبر' || (T[viaTok]?.norm === 'خلال' && T[viaTok - 1]?.norm !== 'من'));
      if (viaMedium) np = null;
      // (a place after في, untagged, then an object noun: وأعلنت الجهات الرسمية في هكّاري بدء عملية واسعة …: the
      // phrase ends at the place)
      if (np && !comp && np.roleA >= 0) {
        for (let k = np.roleA + 2; k < np.b; k++) {
          if (T[k - 2]!.norm === 'في' && isWord(T[k - 1]) && !/^ال/.test(T[k - 1]!.norm) && !ctx.entType[k] && L.objectStarters.has(T[k]!.norm)) {
            np = parseSpeaker(ctx, from, k, entry, true);
            break;
          }
        }
      }
      // no speaker phrase: pro-drop only when what stands before the complement is skippable or short
      // (… set off by a comma right after the cue, "وأضاف، رداً على سؤال حول …، أن …", is an aside)
      const aside = T[i + 1]?.kind === 'punct' && (T[i + 1]!.text === '،' || T[i + 1]!.text === ',');
      // (an aside names no speaker unless a name or a body stands in it: وأضاف، في مقال … ردا على الهجمات المتزايدة: …)
      if (np && aside && !np.named && np.roleA < 0 && !(ctx.entType[np.a] === 1 || ctx.entType[np.a] === 2)) np = null;
      // (nor does a first-person word there, which opens the words themselves: وأضاف، نتشرف في محافظة تنومة بأن …)
      if (aside && firstPersonAt(ctx, i + 2) && !ctx.entType[i + 2] && wordCount(ctx, i + 2, E) >= 4) {
        np = null;
        comp = { kind: 'colon', at: i + 1 };
      }
      // (the speaker itself between the commas, before بالقول or قائلا: وصرحت، المدير التجاري لموقع … الأستاذة فريدة فهمي،
      // بالقول: …; or an attribution phrase there: ويتوقع، بحسب مختصين في الشأن العسكري، أن …)
      if (aside) {
        const between = commaAside(ctx, i + 2, to);
        if (between) np = between;
      }
      // (… or circumstantial phrases before the cue's own preposition and أن: وأشار في تصريح له صباح أمس، في مقر
      // رئاسة حزبه بإسطنبول إلى أن …)
      const viaPrep = comp?.kind === 'that' && comp.at > i + 2 && isPrepOf(form, T[comp.at - 1]!.norm) && /^(في|خلال|عبر|امام|لدى|لدي|اثناء)$/.test(T[i + 1]!.norm);
      // (a formula right after the cue names the Prophet, whatever circumstance follows it up to the colon: قال صلى الله
      // عليه وسلم في تأكيد رسالة السلام: "…")
      const f0 = eulogyEnd(ctx, i + 1) > 0 && !praisesGod(ctx, i + 1) ? eulogyEnd(ctx, i + 1) : i + 1;
      const prophet = f0 > i + 1 && !!comp && comp.at - f0 <= 8 && T.slice(f0, comp.at + 1).some((x) => x.text === ':');
      // (… or an attribution phrase right after the cue, closed by a comma before the complement or its preposition:
      // وشددت وفقاً لما نقلته وكالة الأنباء البحرينية، على أن …)
      const attribAside = !!comp && isAttributionWordAt(ctx, i + 1) && (COMMA.has(T[comp.at - 1]?.text ?? '') || (isPrepOf(form, T[comp.at - 1]?.norm ?? '') && COMMA.has(T[comp.at - 2]?.text ?? '')));
      if (!np && comp && comp.at - i > 6 && !aside && !viaPrep && !prophet && !viaMedium && !attribAside && skipLeading(ctx, f0, comp.at) < comp.at && !L.circumstantial.has(T[f0]!.norm)) return { draft: null, source: null };
    }
  }
  // a participle of saying with its own subject right after it, a role or a title (مؤكدا وزير الدفاع الأميركي حرص واشنطن
  // …، مبيناً مدير إدارة الدفاع المدني بسكاكا العقيد كريم النصيري، أن …): not a demand's or a warning's addressee
  if (form.kind === 'part' && entry.stance === 'assert' && isWord(T[i + 1]) && (L.roleNouns.has(T[i + 1]!.norm) || L.titles.has(T[i + 1]!.norm)) && !L.honorifics.has(T[i + 1]!.norm)) {
    const own = parseSpeaker(ctx, i + 1, comp ? comp.at : E, entry, !comp);
    const closes = !!own && (comp ? own.next >= comp.at - 1 : !!T[own.next] && isWord(T[own.next]) && (L.objectStarters.has(T[own.next]!.norm) || derivedMasdar(T[own.next]!.norm)));
    if (own && own.a === i + 1 && (own.named || own.type === 'PERS') && closes) np = own;
  }
  // an accusation's or a demand's object inside the phrase before its ب-complement (واتهم الوزير المعارضة بالتخطيط،
  // ويتهم المتمردون الحكومة بقطع المؤن): a definite feminine word after a masculine or plural subject starts the object
  let splitObject = false;
  if (np && !svo && (!np.named || ctx.entType[np.b - 1] === 1) && (entry.stance === 'accuse' || entry.stance === 'demand') && np.b - np.a >= 2 && T[np.next] && fusedObject(ctx, form, np.next)) {
    for (let m = np.a + 1; m < np.b; m++) {
      const h = T[m - 1]!.norm;
      const w = T[m]!.norm;
      // (or a second name right after the subject's: اتهم كير مشار بالتخطيط …)
      // (not inside one name the tagger split: الشيخ عبد | العزيز آل الشيخ)
      const twoNames = ctx.entType[m - 1] === 1 && ctx.entType[m] === 1 && ctx.entEnd[m]! > m && !/^(عبد|ابو|بن|ابن|بنت)$/.test(T[m - 1]!.norm);
      // (or a body or a role holder after a plural subject: وطالب المواطنون وزارة الصحة …، وطالب مغردون وزير العمل …)
      const pluralBefore = m === np.a + 1 && /^[^ا].{3,}(ون|ين)$|^ال.{3,}(ون|ين)$/.test(h) && !ctx.entType[m - 1];
      const addressee = pluralBefore && ((ctx.entType[m] === 2 && ctx.entEnd[m]! > m) || L.roleNouns.has(w) || L.orgHeads.has(w));
      if (twoNames || addressee || (/^ال/.test(w) && w.endsWith('ه') && !/(ه|ات)$/.test(h) && !/يه$/.test(w))) {
        const sub = parseSpeaker(ctx, np.a, m, entry);
        if (sub && sub.b === m) {
          np = { ...sub, next: m };
          splitObject = true;
        }
        break;
      }
    }
  }
  // (a group of people after a subject that ends in a name, a place or a definite word, before the cue's preposition, is
  // the one warned or called on: وحذر سمو نائب أمير منطقة حائل شباب الوطن من الانسياق …، ودعت الحكومة الأهالي إلى …)
  // (… also when the phrase ran on over a fused ل act: ودعت الحكومة الأهالي للخروج من …)
  if (np && !svo && !splitObject && (entry.stance === 'warn' || entry.stance === 'demand')) {
    const a0 = np.roleA >= 0 ? Math.min(np.roleA, np.a) : np.a;
    const actNext = !!T[np.next] && (inPreps(entry.preps, T[np.next]!.norm) || fusedObject(ctx, form, np.next) || actAt(ctx, form, np.next));
    for (let m = a0 + 1; m < np.b; m++) {
      // (… or after a ل-genitive: ودعا الأمين العام للجائزة الجهات المعنية إلى …)
      const definite = /^ال/.test(T[m]!.norm) && (/^(ال|وال)/.test(T[m - 1]!.norm) || (/^لل/.test(T[m - 1]!.norm) && m >= a0 + 2));
      if (!GROUP_HEAD.test(T[m]!.norm) || ctx.entType[m] || !((ctx.entType[m - 1] && m >= a0 + 2) || definite)) continue;
      if (!actNext && ![m + 1, m + 2, m + 3].some((k) => k <= np!.b + 2 && actAt(ctx, form, k) && T.slice(m + 1, k).every((x) => isWord(x) && /^(ال|بال)/.test(x.norm)))) break;
      const sub = parseSpeaker(ctx, a0, m, entry);
      if (sub && sub.b === m) {
        np = { ...sub, next: m };
        splitObject = true;
      }
      break;
    }
  }
  // (… and so is a named place or body right after a complete subject, before the act: دعت الولايات المتحدة باكستان
  // للتعاون …، دعت الحكومة العراقية مجلس النواب إلى …)
  if (np && !svo && !splitObject) {
    const cut = namedAddressee(ctx, np, form, E);
    if (cut) {
      np = cut;
      splitObject = true;
    }
  }
  // (after the subject, a quotation further on is the words only past circumstantials, or when it is a long one closing
  // the sentence: وكان كيري قال الاحد في مؤتمر صحافي مع نظيره المصري "لا شك على الاطلاق في أن …")
  if (svo && comp && comp.kind === 'quote' && comp.at > i + 1 && !svoQuote(ctx, i, comp.at)) comp = null;
  // the cue's fused preposition opens its object before any complement (وطالب بعض أعضاء أوبك بخفض سقف الإنتاج
  // … رسالة مفادها أن …): the object is the content, the later أن belongs to it
  if (comp && np && !svo && entry.nominal && np.next < comp.at && T[np.next] && fusedObject(ctx, form, np.next)) comp = null;
  // (a possessed verbal noun right before a quotation that goes on from it, مؤكدا رفضه «لتسلم أي موقع …», أعلن تأييده
  // «الكامل لقرارات …»: the noun opens the words, the quoted part is in them)
  if (comp && comp.kind === 'quote' && entry.nominal && comp.at - 1 === (np && !svo ? np.next : i + 1) && possessedNounThenQuote(ctx, comp.at)) comp = null;
  // (praise of God right after a named speaker opens his words, unmarked; a later أن is theirs: وقال يحيى الأحمري الحمد
  // الله الذي بنعمه تتم الصالحات …، ونسأل الله أن …)
  if (comp && np && !svo && entry.bareParticiple && np.next < comp.at && praiseWords(T[np.next], T[np.next + 1])) comp = null;
  // نقلت عنه وكالة …: the original source is the one the pronoun points back to, the outlet only relays it
  const relayRe = entry.source && !svo ? new RegExp('^' + fold1(entry.source) + '(ه|ها|هم|هما)$') : null;
  // (… or after the outlet: ونقل موقع النادي عنه قوله إن …)
  const relayedPronoun = relayRe ? relayRe.exec(T[i + 1]?.norm ?? '') ?? (np && np.b - np.a >= 2 ? relayRe.exec(T[np.b - 1]?.norm ?? '') ?? relayRe.exec(T[np.next]?.norm ?? '') : null) : null;
  const relayedGender: Gender | null = relayedPronoun ? (relayedPronoun[1] === 'ها' ? 'f' : relayedPronoun[1] === 'ه' ? 'm' : '?') : null;
  if (relayedPronoun && np) np = null;
  if (entry.source && np && !svo) {
    // نقلت رويترز عن X: the speaker is X, the original source
    let k = np.next;
    // (past the outlet's quoted name and description: ونقلت خدمة «دي إيه إن» الإخبارية التابعة للانفصاليين عن …)
    while (k < E && k < np.next + 12 && T[k]!.norm !== fold1(entry.source) && !L.complementizers.has(T[k]!.norm) && (k < np.next + 4 || ((isWord(T[k]) || isQuote(T[k])) && !L.cues.has(T[k]!.norm)))) {
      // (a quoted name is passed whole: «دي إيه إن»)
      k = isQuote(T[k]) && ctx.quotes.closeOf[k]! > k && ctx.quotes.closeOf[k]! - k <= 6 ? ctx.quotes.closeOf[k]! + 1 : k + 1;
    }
    if (k < E && T[k]!.norm === fold1(entry.source)) {
      const inner = parseSpeaker(ctx, k + 1, comp ? comp.at : E, null);
      if (inner) np = inner;
      else if (entry.sourceRequired) return { draft: null, source: null };
    } else if (entry.sourceRequired && !(comp && comp.kind === 'that' && outletPhrase(ctx, np))) return { draft: null, source: null };
    // (وعلمت "الوطن" أن …: the newspaper that learned it is the source it names)
  } else if (entry.sourceRequired) return { draft: null, source: null };
  let relay: Source | undefined;
  // a relayed source (وكشف موقع "فيتو" نقلا عن صحيفة "ديلي ميل"، أن …): the original source speaks
  // (… past a day or a time word, and after a subject written before the cue too: قالت وكالة أنباء البحرين، اليوم، نقلاً عن
  // وزارة الداخلية، إن …؛ وكانت صحيفة … قد أكدت الأربعاء الماضي نقلا عن مصادر …)
  if (np && comp && comp.kind === 'that' && !entry.source) {
    const k0 = svo ? i + 1 : np.next;
    let k = k0;
    // (… and past the outlet's adjectives: وذكر موقع «باز فيد» الإخباري الأميركي، نقلا عن مسؤول تنفيذي …)
    while (k < comp.at && k < k0 + 5 && (isQuote(T[k]) || T[k]!.kind === 'punct' || (isWord(T[k]) && (L.timeHeads.has(T[k]!.norm) || L.timeAdjectives.has(T[k]!.norm) || WEEKDAY.test(T[k]!.norm) || /^(اليوم|امس|الليله|صباح|مساء)$/.test(T[k]!.norm) || (/^ال.{3,}(ي|يه)$/.test(T[k]!.norm) && !ctx.entType[k]))))) k++;
    if (T[k]?.norm === 'نقلا' && T[k + 1]?.norm === 'عن' && k + 2 < comp.at) {
      const inner = parseSpeaker(ctx, k + 2, comp.at, null);
      if (inner && (inner.named || inner.type)) {
        const outlet = !svo && (np.type === 'ORG' || np.named) ? sourceOf(ctx, np, form.gender, '?', history) : null;
        if (outlet && outlet.entityId) relay = { ...outlet, aliasOnly: true };
        np = inner;
      }
    }
  }
  // (… or the source whose saying a relaying verb carries: ونقلت وكالة الأنباء التونسية تأكيد المكلف بالإعلام …
  // وليد الوقيني أنه …)
  // (… with its colon or quotation too: ونقلت صحيفة «…» الإيطالية قول سامر: "…")
  if (np && comp && entry.lemma === 'نقل' && !svo && /^(تاكيد|قول|تصريح|اعلان|نفي|تحذير|توضيح)$/.test(T[np.next]?.norm ?? '') && np.next + 1 < comp.at) {
    const inner = parseSpeaker(ctx, np.next + 1, comp.at, null);
    if (inner && (inner.named || inner.type) && (inner.next === comp.at || (inner.next === comp.at - 1 && T[comp.at - 1]!.text === ':'))) np = inner;
  }
  // (a role, its comma, then the holder's name in quotation marks: وأكد مدير مركز التنمية الاجتماعية ببريدة، "خالد
  // المنصور"؛ أن …: the name speaks, the phrase before it is the role)
  if (np && !svo && !np.named && np.roleA < 0 && COMMA.has(T[np.next]?.text ?? '') && isQuote(T[np.next + 1])) {
    const q = np.next + 1;
    const c = ctx.quotes.closeOf[q]!;
    const end = T[c + 1];
    if (c > q + 1 && c - q <= 5 && T.slice(q + 1, c).every((t) => isWord(t)) && (ctx.entType[q + 1] === 1 || L.firstNames.has(T[q + 1]!.norm)) && end && (/^[،,؛;]$/.test(end.text) || L.complementizers.has(end.norm)) && (L.roleNouns.has(T[np.a]!.norm) || L.titles.has(T[np.a]!.norm))) {
      np = build(ctx, q + 1, c, c + 1, [np.a, np.b]);
    }
  }
  // demand verbs: an unnamed phrase after the cue is the addressee when a speaker is already in play
  let proDropObject = false;
  // the verb's fixed object right after it is no speaker (ولفت الانتباه إلى أن …): the speaker is dropped
  // (… also in construct with whose attention it draws: ولفت نظر المسؤولين إلى …)
  if (np && !svo && np.a === i + 1 && (fixedObject(form, T[np.a]!.norm) || (!!entry.fixedObjects && /^(نظر|انتباه|انظار)$/.test(T[np.a]!.norm)))) {
    // (a bare كشف النقاب عن opening its clause is mostly the passive, كُشف النقاب "it was revealed": no one speaks)
    if (entry.lemma === 'كشف' && form.kind === 'past' && !form.conj && !/^و?(كما|قد)$/.test(T[cueStart - 1]?.norm ?? '')) return { draft: null, source: null };
    np = null;
    proDropObject = true;
  }
  const lastAt = history.length ? history[history.length - 1]!.at : -1;
  // (describing "in a manner" is prescribing or describing, no judgement: ووصف ادوية بشكل غير قانوني، وصف الوضع بشكل دقيق)
  if (entry.lemma === 'وصف' && np && !svo && /^(بشكل|بصوره|بطريقه)$/.test(T[np.next]?.norm ?? '')) return { draft: null, source: null };
  // (one phrase between وصف and its بأن is the one described, the subject not written: ورحب البيت الأبيض …، ووصف حزب
  // العمال الكردستاني بأنه منظمة إرهابية)
  if (np && !svo && entry.lemma === 'وصف' && form.kind === 'past' && form.conj && !form.object && comp?.kind === 'that' && (comp.at === np.next || (comp.at === np.a + 2 && thingInConstruct(ctx, np))) && /^ب/.test(T[comp.at]!.norm) && np.type !== 'ANON' && !(np.roleA >= 0 && np.roleB - np.roleA >= 2) && !(np.named && np.nameB < np.b) && !(ctx.entType[np.a] && ctx.entEnd[np.a]! > np.a && ctx.entEnd[np.a]! < np.b) && !/^[^ا].{2,}(ات|ون|ين)$/.test(T[np.a]!.norm) && (np.named || !!ctx.entType[np.a] || !!ctx.entType[np.b - 1] || thingInConstruct(ctx, np))) {
    np = null;
    proDropObject = true;
  }
  // (… and so is one phrase between a joined اتهم and its ب-charge, with a speaker in play: وقال … باسورين إن …. واتهم
  // أوكرانيا بشن قصف مدفعي …: the subject would have its own object before the charge)
  if (np && !svo && entry.lemma === 'اتهم' && form.kind === 'past' && form.conj && !form.object && np.a === i + 1 && np.roleA < 0 && lastAt >= 0 && lastAt > ctx.sentStart[i]! - 120 && (chargeWord(ctx, np.next) || (np.b - np.a >= 2 && chargeWord(ctx, np.b - 1) && !ctx.entType[np.b - 1])) && !L.titles.has(T[np.a]!.norm) && !L.roleNouns.has(T[np.a]!.norm) && !L.orgHeads.has(T[np.a]!.norm) && ctx.entType[np.a] !== 1) {
    np = null;
    proDropObject = true;
  }
  // (not a nominative plural, which is the subject: ونصح الباحثون بعدم …، against ودعا المواطنين إلى …)
  const nominative = !!np && np.b - np.a <= 3 && /^(ال)?...+(ون|ان)$/.test(T[np.a]!.norm) && !np.named;
  // (a group of people, رجال الأعمال، أولياء الأمور، جميع الأطراف, is an addressee like an untyped phrase)
  // (only right before the demand's preposition: in وطالب أهالي تلك القرى أمير المنطقة بالتدخل the residents demand)
  // (a demand's act: its preposition as a word or fused, بالتدخل، إلى الخروج، على الإسهام)
  const prepAt = (k: number) => isWord(T[k]) && (inPreps(entry.preps, T[k]!.norm) || /^(الي|علي|على)$/.test(T[k]!.norm) || /^ب(ال)?.../.test(T[k]!.norm));
  const g0 = np ? np.a : -1;
  const group = g0 >= 0 && GROUP_HEAD.test(T[g0]!.norm) && !ctx.entType[g0] && np!.roleA < 0 && [g0 + 1, g0 + 2, g0 + 3].some((k) => prepAt(k) && T.slice(g0 + 1, k).every((x, d) => isWord(x) && /^ال/.test(x.norm) && !ctx.entType[g0 + 1 + d] && !L.roleNouns.has(x.norm)));
  // (… also before the act's أن: كما دعا الوعاظ إلى أن يربوا الشباب …, the speaker in play goes on)
  const actThat = !!comp && !!np && comp.kind === 'that' && comp.at === np.next + 1 && isPrepOf(form, T[np.next]?.norm ?? '');
  // (… or when the sentence's own verb has a subject before the cue: ألقى عبدالرحمن المعتق كلمةً رحب فيها بالحضور، وحث
  // أسر النزلاء على زيارة أبنائهم)
  let ownSrc: Source | null = null;
  const ownSubject = () => form.conj && cueStart > ctx.sentStart[i]! && prepAt(np!.next) && !ctx.entType[np!.a] && !!(ownSrc = mainVerbSubject(ctx, i, form, history, false));
  // (… but not a group of people when an addressee of its own follows before the act: وطالب الأهالي في الموصل الحكومة
  // المركزية بالإسراع …)
  const addresseeAfter = () => {
    const s = locatedEnd(ctx, np!.next, E);
    const t = T[s];
    // (never after a plural in its object case, itself the addressee: وفيما دعا الصحافيين الروس إلى …)
    // (a body, an office or a group there, not an adjective of the phrase: يدعو الدول الأعضاء في الأمم المتحدة إلى …)
    return isWord(t) && (ctx.entType[s] === 2 || ctx.entType[s] === 3 || L.orgHeads.has(t!.norm) || L.roleNouns.has(t!.norm) || GROUP_HEAD.test(t!.norm)) && !objectPlural(ctx, np!.a) && !objectPlural(ctx, np!.b - 1) && !isPrepOf(form, t!.norm) && !fusedObject(ctx, form, s) && !!addresseeAct(ctx, form, s, E);
  };
  const peopleHead = !!np && (GROUP_HEAD.test(T[np.a]!.norm) || L.plural.has(T[np.a]!.norm) || L.anonHeads.has(T[np.a]!.norm));
  // (a country or a city right after a feminine verb is its subject: وتطالب الصين بالسيطرة على …)
  const placeSubject = !!np && form.gender === 'f' && ctx.entType[np.a] === 3 && ctx.entEnd[np.a]! >= np.b;
  if ((!comp || actThat) && np && !svo && !nominative && !placeSubject && entry.stance === 'demand' && !(!np.named && !np.type && peopleHead && addresseeAfter()) && ((((!np.named && !np.type) || group) && lastAt >= 0 && (lastAt > ctx.sentStart[i]! - 80 || (form.conj && cueStart === ctx.sentStart[i]))) || (form.conj && !np.named && lastAt >= ctx.sentStart[i]!) || (!ctx.entType[np.nameA] && !L.firstNames.has(T[np.a]!.norm) && !L.titles.has(T[np.a]!.norm) && np.roleA < 0 && np.type !== 'ORG' && np.type !== 'ANON' && !L.orgHeads.has(T[np.a]!.norm) && ownSubject()))) {
    np = null;
    proDropObject = true;
  }
  // (a verb marked plural has its subject dropped, a group in play: the phrase after it is its object, دعوا الجهات
  // الأمنية إلى …)
  if (!proDropObject && np && !svo && form.number === 'p' && form.kind === 'past' && np.a === i + 1 && lastAt >= 0 && (history[history.length - 1]!.number === 'p' || history[history.length - 1]!.type === 'ANON') && !np.named && !ctx.entType[np.a] && /^ال/.test(T[np.a]!.norm)) {
    np = null;
    proDropObject = true;
  }
  // a verb of telling takes its addressee after the subject (وأخبر الوزير الصحفيين أن …): a definite -ين plural
  // ending the phrase after a definite word is that addressee
  // (so does a demand or a warning before its preposition: وحذرت وزارة العمل المواطنين من التعامل …)
  const addressed = /^(أخبر|أبلغ)$/.test(entry.lemma) || ((entry.stance === 'demand' || entry.stance === 'warn') && !!np && !!T[np.b] && (inPreps(entry.preps, T[np.b]!.norm) || (/^ب/.test(T[np.b]!.norm) && !!entry.preps?.includes('ب'))));
  if (np && !svo && addressed && np.b - np.a >= 2 && objectPlural(ctx, np.b - 1) && /^ال/.test(T[np.b - 2]!.norm)) {
    const sub = parseSpeaker(ctx, np.a, np.b - 1, entry);
    if (sub && sub.b === np.b - 1) np = { ...sub, next: np.b };
  }
  // (… and an outlet, a body or a counterpart told: أبلغ مسؤول حكومي آخر وكالة أنباء "رويترز" بأن …، أبلغ كيري نظيره …)
  if (np && !svo && /^(أخبر|أبلغ)$/.test(entry.lemma)) {
    for (let m = np.a + 1; m < np.b; m++) {
      const w = T[m]!;
      const prev = T[m - 1]!.norm;
      if (!isWord(w) || !(L.mediaNouns.has(w.norm) || /^نظير(ه|ها|يه|يها)$/.test(w.norm) || (ctx.entType[m] === 2 && mentionStartsAt(ctx.entities, w.start))) || L.roleNouns.has(prev) || L.titles.has(prev) || L.orgHeads.has(prev) || L.anonHeads.has(prev) || L.mediaNouns.has(prev)) continue;
      const sub = parseSpeaker(ctx, np.roleA >= 0 ? Math.min(np.roleA, np.a) : np.a, m, entry);
      if (sub && sub.b === m) np = { ...sub, next: np.b };
      break;
    }
  }
  // a definite sound plural in its object case (-ين) right after a conjoined cue taking a nominal object is that
  // object, never the subject (…، واتهمت العسكريين الاوكرانيين; the subject would be العسكريون): pro-drop
  // (also before the object's ب-clause: ويتهم المعارضين بأنهم يفتقدون …)
  // (… and before any complement when the speaker in play is close: ودعت الجمهوريين إلى «الاستماع …»)
  // (only verbs that take an addressee: وأفاد الجزارين أن … is the butchers speaking, in loose grammar)
  const closeSpeaker = (entry.stance === 'demand' || entry.stance === 'warn') && lastAt >= 0 && lastAt > ctx.sentStart[i]! - 80;
  if (!proDropObject && (!comp || entry.objectAhead || closeSpeaker) && np && !svo && form.conj && (entry.nominal || entry.objectAhead || closeSpeaker) && np.a === i + 1 && !np.named && !np.type && lastAt >= 0 && objectPlural(ctx, np.a)) {
    np = null;
    proDropObject = true;
  }
  // a phrase whose first word is marked accusative (ودعا الشبابَ السعودي إلى …: a final fatha) is the object, never
  // the subject: pro-drop, with a speaker in play
  if (!proDropObject && np && !svo && np.a === i + 1 && lastAt >= 0 && /[\u064b\u064e][\u0640]*$/.test(T[np.a]!.text) && !ctx.entType[np.a]) {
    np = null;
    proDropObject = true;
  }
  // a masculine cue before a body named by a feminine head (وطالب بلدية المحافظة بدراسة …; a body as subject takes
  // the feminine: طالبت البلدية): the body is the addressee, the speaker is the one in play
  if (!proDropObject && np && !svo && form.gender === 'm' && form.kind === 'past' && (entry.stance === 'demand' || entry.objectAhead) && (np.type === 'ORG' || ctx.entType[np.a] === 2) && np.a === i + 1 && ctx.entType[np.a] !== 1 && /\u0629$/.test(T[np.a]!.text.replace(/[\u064b-\u0652\u0640]/g, '')) && ((lastAt >= 0 && lastAt > ctx.sentStart[i]! - 80) || (form.conj && cueStart === ctx.sentStart[i] && cueStart > 0 && !!previousSubject(ctx, cueStart, form.number, history)))) {
    // (… or, with no one in play, the subject of the sentence before: إذ أصدر مجلس علماء باكستان بيانًا …. وطالب
    // الحكومة الباكستانية بالتدخل …)
    np = null;
    proDropObject = true;
  }
  // (a conjoined verb of describing with one phrase and then its ب-predicate describes that phrase: وأبدى نتنياهو رفضه
  // للاتفاق ووصف إيران بتاجر المخدرات — the object, not a person named as the speaker; the speaker is the one in play)
  if (!proDropObject && np && !svo && form.conj && form.kind === 'past' && !form.object && entry.objectAhead && entry.objectPrep && np.a === i + 1 && np.next === np.b && /^ب./.test(T[np.next]?.norm ?? '') && T[np.next]!.norm.length > 3 && !(ctx.entType[np.nameA] === 1) && np.b - np.a <= 3 && (/^ال/.test(T[np.a]!.norm) || !!ctx.entType[np.a]) && ((lastAt >= 0 && lastAt > ctx.sentStart[i]! - 80) || !!coordinateSubject(ctx, i, form.gender, history))) {
    np = null;
    proDropObject = true;
  }
  // after كما ("also"), a verb taking an object before its ب-clause goes on with the speaker in play: the phrase
  // before the ب-clause is the accused (كما اتهم حزب العمال الكردستاني وتنظيم "داعش" بان "مصلحتهما واحدة")
  if (!proDropObject && comp && np && !svo && !form.conj && entry.objectAhead && T[cueStart - 1]?.norm === 'كما' && lastAt >= 0 && cueStart - lastAt < 80 && /^ب/.test(T[comp.at]!.norm) && T.slice(np.b, comp.at).every((t) => !isWord(t))) {
    np = null;
    proDropObject = true;
  }
  // وعن الفوائض النفطية قال التخمة موجودة …: after a fronted topic, a phrase right after a pro-drop cue that names
  // no one (no name, body, role, title or entity) opens the speaker's own unmarked words
  if (np && !svo && !comp && (np.a === i + 1 || (np.a === i + 2 && ATTITUDE.test(T[i + 1]!.norm))) && !np.named && !np.type && !ctx.entType[np.a] && !L.titles.has(T[np.a]!.norm) && !L.roleNouns.has(T[np.a]!.norm) && !L.honorificPronouns.has(T[np.a]!.norm) && unmarkedAfterTopic(ctx, cueStart, i, form)) np = null;
  // (a verb that repeats reports through its noun right after it or after its subject: وجدد الوزير التأكيد على …)
  // (… and never as a participle joined by و: ومجددة التأكيد agrees with a noun of the reported clause)
  if (entry.viaOnly && entry.lemma !== 'أعرب' && ((form.kind === 'part' && form.conj) || (!entry.via!.includes(T[i + 1]?.norm ?? '') && !(np && !svo && entry.via!.includes(T[np.next]?.norm ?? ''))))) return { draft: null, source: null };
  // a bare honorific pronoun (وأفاد معاليه) is written but resolved like a pro-drop
  // ("these" as the speaker, وأفاد هؤلاء بأن …, points back to a group: resolved like a plural pro-drop)
  const demonstrativeGroup = !!np && !svo && np.b - np.a === 1 && /^(هؤلاء|اولئك|هولاء)$/.test(T[np.a]!.norm);
  if (demonstrativeGroup) np = null;
  const pronounOnly = !!np && np.b - np.a === 1 && L.honorificPronouns.has(T[np.a]!.norm);
  let source = np && !pronounOnly ? sourceOf(ctx, np, form.gender, svo ? form.number : '?', history) : null;
  // a relative named by a person (أكدت والدة راكب الأمواج الأسترالي ميك فانينج أنها …): the relative speaks, not the
  // person named
  // (… and so does someone acting for a person named in the genitive: اتهم ممثل خامنئي في مدينة مشهد …، قال مستشار
  // أوباما: the representative or adviser, not خامنئي or أوباما)
  // (the relational word opens the phrase: in المدير التنفيذي مساعد العتيبي, مساعد is a first name)
  // (… or with its adjective and the person's title behind ل: وأكد السكرتير الخاص للرئيس هادي أن …)
  const agent = !!np && np.roleA >= 0 && ctx.entType[np.a] === 1 && ((np.a - 1 === np.roleA && RELATIONAL.test(T[np.roleA]!.norm)) || aideOfTitled(ctx, np.roleA, np.a));
  if (np && source && np.roleA >= 0 && np.roleA < np.a && (FAMILY.test(T[np.roleA]!.norm) || agent)) {
    np = { ...np, a: np.roleA, roleA: -1, roleB: -1, named: false };
    source = { ...source, name: ctx.text.slice(T[np.a]!.start, T[np.b - 1]!.end), entityId: null, type: 'PERS', named: false, words: [] };
  }
  // (a cue with its resumptive, خلاله or فيه, in a sentence telling of an interview with someone: وأجرت صحيفة الوطن مع
  // الوزير خالد الفالح حوارا مطولا أكد خلاله أن …; وفي لقاء مع الوزير … أكد خلاله أن …): the one interviewed speaks
  if (comp && form.kind !== 'part' && /^(خلاله|خلالها|فيه|فيها)$/.test(T[i + 1]?.norm ?? '') && (!np || svo || np.a === i + 1)) {
    const iv = interviewee(ctx, cueStart);
    if (iv) {
      np = iv;
      svo = true;
      source = sourceOf(ctx, iv, form.gender, '?', history);
    }
  }
  // (a verb of going on with a definite role as subject, right after a named person's claim, is that person under an
  // epithet: وقال نيرسباخ: «…». وتابع عضو اللجنة التنفيذية في الاتحادين الدولي والأوروبي: «…»)
  if (np && source && !np.named && !svo && source.type === 'PERS' && !source.entityId && GOES_ON.test(entry.lemma) && L.roleNouns.has(T[np.a]!.norm) && (/^ال/.test(T[np.a]!.norm) || (np.b > np.a + 1 && /^ال/.test(T[np.a + 1]!.norm)))) {
    const last = history[history.length - 1];
    // (the last speaker in the sentence before, whose quotation may hold sentences of its own)
    if (last && last.type === 'PERS' && last.named && !!last.entityId && last.number !== 'p' && last.at < cueStart && cueStart - last.at <= 150 && endsOutsideQuotes(ctx, last.at, cueStart) <= 1) source = { ...last, at: np.a };
  }
  // an ambiguous spelling that is not used as a cue here (بين الدول "between", طالب "student") records no speaker
  // (a document or a body as subject carries the ambiguous verb further: وبين التقرير الصادر عن البنك الوطني الكويتي، أمس، أن …)
  // (… or a role opening its clause's phrase: وبين مساعد مدير الأمن العام للشؤون الأمنية، أن …)
  const roleOpens = !!np && np.type === 'PERS' && L.roleNouns.has(T[np.a]!.norm) && (form.conj || cueStart === ctx.sentStart[i]);
  // (a long role phrase ending in a tagged person's name right before the complement is known too: وبيّن مدير العلاقات
  // العامة بإحدى الشركات العاملة في مجال صناعة الأغذية عبدالله ناصر العتيبي، أن …)
  const namedLast = !!np && np.named && ctx.entType[np.nameB - 1] === 1 && comp !== null && comp.at - np.b <= 1 && comp.at - i <= 24;
  const knownSubject = !!np && !svo && (np.type === 'ORG' || np.type === 'ANON' || np.named || roleOpens || L.documentHeads.has(T[np.a]!.norm.replace(/^و/, ''))) && comp !== null && (comp.at - i <= 14 || namedLast);
  // (… or, with no subject written, only circumstances skipped before it: وبينوا خلال حديثهم ل "الرياض" أن …)
  const onlyCircumstances = !np && !!comp && comp.kind === 'that' && form.conj && comp.at - i <= 12 && skipLeading(ctx, i + 1, comp.at) === comp.at;
  if (entry.strict && comp && ((comp.at - i > 6 && !knownSubject && !onlyCircumstances) || (entry.quoteOnly && comp.kind === 'that'))) return { draft: null, source: null };
  // (an ambiguous verb with no complement reports nothing, but a recognisable subject is still in play: علق أحد
  // المغردين على ذلك وقال …)
  if (entry.strict && !comp) return { draft: null, source: source && np && !svo && np.a === i + 1 && /^(احد|احدي)$/.test(T[np.a]!.norm) ? source : null };
  // (قد before the spelling makes it a verb: وقد طالب المسافرون بضرورة …)
  // (… and so does إذ: إذ طالب المستثمر السعودي الحكومة المصرية برد …)
  const afterQad = cueStart > 0 && /^[وف]?(قد|لقد|اذ)$/.test(T[cueStart - 1]!.norm);
  // (a relative with his or her pronoun is a person: في الوقت الذي شيع … جثمان المعلمة …، كشف زوجها أن …)
  const kinOwn = !!np && /^(زوج|زوجت|والد|والدت|شقيق|شقيقت|نجل|ابن|ابنت|اخ|اخو|اخت|ام|اب|ابو|عم|خال)(ه|ها|هم|هما)$/.test(T[np.a]!.norm);
  if (entry.nounLike && !form.conj && !afterQad && form.kind === 'past' && form.gender === 'm' && !svo && np && !np.type && !source?.entityId && !kinOwn && !resumed) return { draft: null, source: null };
  // (… and so when the phrase before it, taken for its subject, is nothing recognisable: وجاء طلب الجهازين …، رفض اليويفا
  // طلب الاستئناف: the spelling is a verbal noun after a verb; a lone untagged word without the article, taken for a
  // name, is nothing recognisable either, وجاء طلب; but "the other", "one of them" alone are someone, والآخر توقع أن …,
  // and so is a short definite phrase, وكان الادعاء طالب بإعدام …، الرجل طالب بتعويض)
  const loneWord = !!np && np.b - np.a === 1 && !ctx.entType[np.a] && !/^(ال|وال|فال)/.test(T[np.a]!.norm) && !/^[وف]?(احد|احدي|بعض|كل)/.test(T[np.a]!.norm) && !L.firstNames.has(T[np.a]!.norm) && !L.roleNouns.has(T[np.a]!.norm) && !L.orgHeads.has(T[np.a]!.norm) && !L.anonHeads.has(T[np.a]!.norm) && !L.plural.has(T[np.a]!.norm) && !KIN_WORD.test(T[np.a]!.norm) && !ctx.entType[i + 1] && !L.titles.has(T[i + 1]?.norm ?? '') && !L.roleNouns.has(T[i + 1]?.norm ?? '') && !L.orgHeads.has(T[i + 1]?.norm ?? '');
  const someone = !!np && np.b - np.a === 1 && /^[وف]?(ال)?(اخر|اخري|اول|ثاني|ثالث|رابع|احد|احدهم|احدهما|بعضهم)$/.test(T[np.a]!.norm);
  if (entry.nounLike && !form.conj && !afterQad && form.kind === 'past' && svo && np && !someone && ((!np.type && !np.named && !(np.b - np.a <= 2 && /^[وف]?ال/.test(T[np.a]!.norm))) || loneWord) && !source?.entityId && !kinOwn && nounSpelling(T[i]!.norm, entry.past)) return { draft: null, source: null };
  // ambiguous spellings (بين between, تابع follow) need a recognisable speaker or an immediate complement
  // (an honorific pronoun, وبين معاليه أن …, is a person already in play)
  // (… but one definite word right before أن is the verb's subject, a family name the tagger missed: وبين المليحان أن …;
  // the preposition takes a pair or a plural, بين الطرفين، بين الدول)
  const definiteName = form.conj && comp?.kind === 'that' && !!np && np.b === np.a + 1 && comp.at === np.b && /^[وف]?ال/.test(T[np.a]!.norm) && !/(ين|ات|يه)$/.test(T[np.a]!.norm) && !L.timeHeads.has(T[np.a]!.norm);
  if (entry.strict && !afterQad && comp && comp.at > i + 1 && np && !svo && !np.type && !np.named && !source?.entityId && !pronounOnly && !definiteName && !knownSpeaker(ctx, np, history)) return { draft: null, source: null };

  let content: [number, number] | null = null;
  let contentCut = 0;
  let direct = false;
  let pattern: Pattern = 'verb-that';
  // "أوضح ذلك مدير عام …": ذلك points back to the sentence before, which is what the source said
  const lede = !!np && !svo && form.kind === 'past' && ledeBack(ctx, cueStart, i);
  if (lede) {
    content = trim(ctx, ctx.sentStart[cueStart - 1]!, cueStart);
    pattern = 'attribution';
  } else if (comp) {
    if (comp.kind === 'quote' && comp.unclosed) {
      content = trim(ctx, comp.at + 1, contentEnd(ctx, comp.at + 1));
      direct = true;
      pattern = 'verb-quote';
    } else if (comp.kind === 'quote') {
      content = quoteInner(ctx, comp.at);
      direct = true;
      pattern = 'verb-quote';
    } else {
      let s = comp.at + 1;
      if (T[s]?.text === ':') s++;
      if (comp.kind === 'colon' && T[s] && L.complementizers.has(T[s]!.norm) && !T[s]!.norm.startsWith('ب')) s++;
      const paren = comp.kind === 'colon' ? parenStatement(ctx, s) : -1;
      // (not a short quoted term opening an indirect clause that goes on after a comma: وأضاف أن «قاعدة عدم التدخل
      // التجاري»، حسبما تناولتها الإدارة، يمكنها تمهيد الطريق …)
      const termOpens = comp.kind === 'that' && isQuote(T[s]) && ctx.quotes.closeOf[s]! > s && ctx.quotes.closeOf[s]! - s <= 5 && COMMA.has(T[ctx.quotes.closeOf[s]! + 1]?.text ?? '') && wordCount(ctx, ctx.quotes.closeOf[s]! + 2, E) >= 4;
      // (nor a quotation after the complementizer that the clause goes on past: إن «الطائرات الأميركية بدأت الوصول» إلى
      // تركيا — the clause is what was said, the quotation a part of it)
      const runsOn = comp.kind === 'that' && isQuote(T[s]) && ctx.quotes.closeOf[s]! > s && isWord(T[ctx.quotes.closeOf[s]! + 1]) && !L.cues.has(T[ctx.quotes.closeOf[s]! + 1]!.norm) && (/^(الي|الى|في|من|عن|مع|بعد|قبل|خلال|منذ|لدى|لدي|امام|ضد)$/.test(T[ctx.quotes.closeOf[s]! + 1]!.norm) || boundNoun(ctx, ctx.quotes.closeOf[s]! + 1)) && !L.demonstratives.has(T[ctx.quotes.closeOf[s]! + 2]?.norm ?? '');
      // (… up to the clause's end, with no cue of another claim in between: وفي معرض وصفه …بأنه «…» خلال عقد، قال أوباما …)
      const runsOnClean = runsOn && !T.slice(ctx.quotes.closeOf[s]! + 1, contentEnd(ctx, s, false, form)).some((x) => isWord(x) && L.cues.has(x.norm));
      if (!termOpens && !runsOnClean && isQuote(T[s]) && ctx.quotes.closeOf[s]! > s && (quoteIsContent(ctx, s) || quoteBeforeCue(ctx, s))) {
        content = quoteInner(ctx, s);
        direct = true;
        pattern = comp.kind === 'colon' ? 'verb-colon' : 'verb-quote';
      } else if (comp.kind === 'colon' && isQuote(T[s]) && ctx.quotes.closeOf[s]! < 0 && ctx.quotes.openOf[s]! < 0 && T[s + 1]?.start === T[s]!.end) {
        // a colon then a quotation whose closing mark is missing (قال: "توفي شقيقي …): direct to the sentence end,
        // and on over the paragraph's next sentences while no other quotation mark or cue intervenes
        content = trim(ctx, s + 1, unclosedRun(ctx, s + 1, contentEnd(ctx, s + 1)));
        direct = true;
        pattern = 'verb-colon';
      } else if (paren > 0) {
        // (a statement in brackets after the colon: وأكد : (يأتي ذلك استجابة لتوجيهات …))
        // (… without the complementizer that opens it: وأضاف ائتلاف (إن اللجنة قد باشرت …))
        content = trim(ctx, s + 1 + (L.complementizers.has(T[s + 1]?.norm ?? '') && !/^ب/.test(T[s + 1]!.norm) && isWord(T[s + 2]) ? 1 : 0), paren);
        pattern = 'verb-colon';
      } else if (s < T.length) {
        content = trim(ctx, s, contentEnd(ctx, s, false, form));
        pattern = comp.kind === 'that' ? (form.kind === 'part' ? 'participle' : 'verb-that') : 'verb-colon';
      }
    }
    if (form.kind === 'part' && pattern !== 'verb-that') pattern = 'participle';
  } else if (!svo && entry.bareParticiple && form.kind !== 'part' && ((np && isWord(T[np.next]) && /^(نحن|انا|اننا|انني)$/.test(T[np.next]!.norm)) || conditionAt(ctx, np ? np.next : i + 1))) {
    // "قال وزير الخارجية القطري نحن مطالبون …": unmarked direct speech opening with a first-person pronoun; with
    // no quotation marks, the writer's participle (… ما يأمل مشيراً إلى …) ends it
    // (… or with a condition: وقال الوزير إن لم تتوقف الهجمات فإن الحكومة سترد، وقال إن لم تتب …)
    const s = np ? np.next : i + 1;
    let end = contentEnd(ctx, s);
    for (let k = s + 2; k < end; k++) if (L.cues.get(T[k]!.norm)?.kind === 'part') end = k;
    content = trim(ctx, s, end);
    pattern = 'verb-colon';
  } else if (np && !svo && !form.conj && form.kind === 'past' && asSaid(ctx, cueStart, np.next)) {
    // "… جنوب كابول، كما أعلنت السلطات المحلية.": the clause before is what the source said
    const s0 = ctx.sentStart[i]!;
    content = trim(ctx, Math.max(s0, cueStart - 122), cueStart - 2);
    pattern = 'attribution';
  } else if (form.object && np && !svo && !entry.objectAhead) {
    // topicalised object: "دلائل تعاون نظام الأسد مع داعش أكدها الثوار"
    let a = i;
    const floor = Math.max(ctx.sentStart[i]!, i - 30);
    while (a > floor && T[a - 1]!.kind !== 'punct') a--;
    content = trim(ctx, a, cueStart);
    pattern = 'topicalised';
  } else {
    const before = cueStart - 1 - (T[cueStart - 1]?.kind === 'punct' && COMMA.has(T[cueStart - 1]!.text) ? 1 : 0);
    const o = before >= 0 ? ctx.quotes.openOf[before]! : -1;
    // a verb whose object then preposition follow it (وأرجع ذلك إلى "الخوف") reports that, not the quotation before
    const objectAfter = entry.objectPrep && !np ? objectThenPrep(ctx, form, i + 1, E) : null;
    // (not the subject's own quoted name: وكانت «الشرق الأوسط» أشارت …)
    const subjectQuote = !!np && svo && o >= np.a - 1 && o < np.b;
    // (nor when the speaker written after the cue has a nominal object of its own: «…» وأكد النصر أيضا موافقته على …)
    let ob = np && !svo ? np.next : -1;
    while (ob >= 0 && isWord(T[ob]) && /^(ايضا|كذلك|بدوره|بدورها)$/.test(T[ob]!.norm)) ob++;
    const ownObject = ob >= 0 && entry.nominal && !!np && (np.type === 'ORG' || np.roleA >= 0 || !!ctx.entType[np.a] || !!ctx.entType[np.nameA]) && isWord(T[ob]) && !isPrep(T[ob]!) && !L.circumstantial.has(T[ob]!.norm) && !L.leadingSkip.has(T[ob]!.norm) && !isEventNoun(ctx, T[ob]!.norm) && wordCount(ctx, ob, E) >= 2;
    // (only a quotation that opens its clause: not one governed by a word before it, لعرقلة «الاتفاق النووي الإيراني»،
    // طلب …; قالت عنه ميركل إنه "ليس حياة طبيعية"، وتعهدت …)
    const opensClause = o >= 0 && (o === ctx.sentStart[o] || ctx.nl[o] || T[o - 1]?.kind === 'punct');
    if (o >= 0 && opensClause && !form.object && form.kind !== 'part' && !titleQuote(ctx, o) && !objectAfter && !subjectQuote && !ownObject) {
      content = quoteInner(ctx, o);
      direct = true;
      pattern = 'quote-before';
    } else if (entry.bareParticiple && form.conj && form.kind === 'past' && !form.object && /^(لم|لن|لا)$/.test(T[i + 1]?.norm ?? '')) {
      // وقال لم نتلق اي خطاب رسمي: a negated clause right after the cue is the speaker's, unmarked
      content = trim(ctx, i + 1, contentEnd(ctx, i + 1));
      pattern = 'verb-that';
    } else if (np && !svo && !comp && entry.bareParticiple && form.kind === 'past' && !form.object && (np.named || np.type || !!ctx.entType[np.a]) && COMMA.has(T[np.next]?.text ?? '') && firstPersonAt(ctx, np.next + 1) && wordCount(ctx, np.next + 1, E) >= 4) {
      // وأضاف الزياني، ناقشنا خلال اللقاء …: after the speaker and a comma, the speaker's own words in the first person
      content = trim(ctx, np.next + 1, contentEnd(ctx, np.next + 1, false, form));
      pattern = 'verb-colon';
    } else if (np && !svo && !comp && entry.bareParticiple && (form.kind === 'past' || form.kind === 'pres') && !form.object && (ctx.entType[np.nameA] === 1 || ctx.entType[np.nameA] === 2 || L.firstNames.has(T[np.nameA]!.norm)) && (/^(لم|لن|لا|اذا|لو)$/.test(T[np.next]?.norm ?? '') || (T[np.next]?.norm === 'من' && JUDGEMENT.test(T[np.next + 1]?.norm ?? '')) || praiseWords(T[np.next], T[np.next + 1])) && wordCount(ctx, np.next, E) >= 4) {
      // وأضاف النجيفي لا بد من دعم …، وقال الشهري من الصعب ضمان …: a negated clause, a judgement or a condition right
      // after a named speaker is his words, unmarked (يقول العمير إذا أخذنا بعين الاعتبار … فإن …)
      content = trim(ctx, np.next, contentEnd(ctx, np.next, false, form));
      pattern = 'verb-colon';
    } else if ((!np || strayWord(ctx, np)) && !comp && entry.bareParticiple && form.kind === 'past' && !form.object && (form.conj || cueStart === ctx.sentStart[i]) && bareClauseAt(ctx, i, E) >= 0) {
      // وقال لـ«الاقتصادية»، للأسف هناك عمولات …; وقال بهذه المناسبة أشد على أيدي …: no speaker and no complement
      // written, the rest of the sentence is what was said, unmarked
      const s0 = bareClauseAt(ctx, i, E);
      content = trim(ctx, s0, contentEnd(ctx, s0, false, form));
      pattern = 'verb-colon';
      // (a word read as a one-word name is the clause's verb: وقال أبدت كتل نيابية …)
      np = null;
    } else if (!np && unmarkedAfterTopic(ctx, cueStart, i, form)) {
      // وعن حجم هذه الكمية … قال من الصعب التوقع بذلك: after a fronted topic, the words after the cue are the
      // speaker's own, unmarked (a preposition opens them only as من + a definite word: من الصعب، من المتوقع)
      content = trim(ctx, i + 1, contentEnd(ctx, i + 1));
      pattern = 'verb-that';
    } else if (entry.bareParticiple && form.kind === 'part' && isWord(T[i + 1]) && !isPrepOf(form, T[i + 1]!.norm) && !/^ل/.test(T[i + 1]!.norm) && T[cueStart - 1]?.kind === 'punct' && COMMA.has(T[cueStart - 1]!.text)) {
      // ، مضيفا كلنا فخر باستشهاده …: the words after the participle are the speaker's own, unmarked
      content = trim(ctx, i + 1, contentEnd(ctx, i + 1));
      pattern = 'participle';
    } else if (entry.stance === 'question' && !comp && !form.object && QUESTION_WORD.test(T[np && !svo ? np.next : i + 1]?.norm ?? '')) {
      // وتساءل محمد العتيبي لماذا لا تتدخل الحكومة …؟: the question itself, unmarked
      const q = np && !svo ? np.next : i + 1;
      // (a speech participle after it, with or without a comma, is the asker's next act: … البطالة داعية إلى …)
      let end = contentEnd(ctx, q, false, form);
      for (let k = q + 2; k < end; k++) if (L.cues.get(T[k]!.norm)?.kind === 'part') end = k;
      content = trim(ctx, q, end);
      pattern = 'verb-that';
    } else if (entry.nominal && !(entry.stance === 'question' && form.kind === 'pres' && (!np || svo || !(np.named || np.type) || (/^و?ب/.test(T[np.a]!.norm) && !ctx.entType[np.a])))) {
      // (in the present, one wonders about a thing only with the subject after the verb: قد تتساءل عن النشاطات … is the
      // writer's "you", كثيرون يتساءلون عن … anyone; ويتساءل المحلل العسكري عادل عبد الكافي عن … is one man)
      const free = svo || form.kind === 'part' || proDropObject || !np;
      // (a source located by a body or place before the cue's preposition: ودعا الباحثون في جامعة لندن إلى استخدام …)
      const located = !!np && !svo && locatedThenPrep(ctx, form, np.next, E);
      let from = np && !svo ? (located ? locatedEnd(ctx, np.next, E) : np.next) : i + 1;
      // (a participle's honorific subject is no part of its object: مشيرا سموه إلى دور …)
      if (from === i + 1 && form.kind === 'part' && L.honorificPronouns.has(T[from]?.norm ?? '')) from++;
      // (an apposition or a relative clause between commas after a recognised speaker: وأشارت الدكتورة ناهد مصطفى،
      // نائبة رئيس الجامعة …، إلى الدعم …; دعت قيادة قوات التحالف، الذي تقوده المملكة، المواطنين … إلى إخلائها)
      if (np && !svo && !located && (np.named || np.type) && from === np.next) {
        // (a chain of them: الأمير خالد الفيصل، مستشار خادم الحرمين الشريفين، أمير منطقة مكة المكرمة، …)
        let q = from;
        for (let g = 0, c = appositionEnd(ctx, q, E); g < 4 && c > q; g++, c = appositionEnd(ctx, q, E)) q = c;
        if (q > from && isWord(T[q + 1])) from = q + 1;
      }
      // (a role in apposition right after the named speaker, with no comma before it, up to the comma before the object:
      // أكد الدكتور سامي بن عبدالله الصالح سفير خادم الحرمين الشريفين لدى الأردن، متانة العلاقات …)
      if (np && !svo && (np.named || ctx.entType[np.b - 1] === 1) && from === np.next && !COMMA.has(T[from]?.text ?? '') && (L.roleNouns.has(T[np.b]?.norm ?? '') || L.roleNouns.has(T[np.b - 1]!.norm))) {
        let c = from;
        // (none of its words an object's first word: a verbal noun, a listed object noun, a bare ب/ل prefix)
        while (c < E && c - from <= 10 && isWord(T[c]) && !L.cues.has(T[c]!.norm) && !L.complementizers.has(T[c]!.norm) && !isPrepOf(form, T[c]!.norm) && !L.objectStarters.has(T[c]!.norm) && !L.objectStarters.has(T[c]!.norm.replace(/^ال/, '')) && !derivedMasdar(T[c]!.norm.replace(/^ال/, '')) && !/^ت..ي.$/.test(T[c]!.norm.replace(/^ال/, '')) && !/^[وف]/.test(T[c]!.norm)) c++;
        // (… that ends with a tagged body or place: سفير … لدى الأردن، رئيس الاتحاد الأوروبي لكرة القدم، …)
        if (c > from && (T[c]?.text === '،' || T[c]?.text === ',') && isWord(T[c + 1]) && (ctx.entType[c - 1] === 2 || ctx.entType[c - 1] === 3)) from = c;
        // (… or, with no comma, right at a listed object noun after a role that opens with a role noun and names a
        // place or body: أكد الأمير فيصل بن خالد أمير منطقة عسير رئيس مجلس التنمية السياحية بالمنطقة أهمية تقديم …)
        else if (L.roleNouns.has(T[from]!.norm)) {
          // (its words may hold verbal nouns, مجلس التنمية; the object noun comes after a definite word, not in construct)
          let d = from + 1;
          while (d < E && d - from <= 12 && isWord(T[d]) && !L.cues.has(T[d]!.norm) && !L.complementizers.has(T[d]!.norm) && !isPrepOf(form, T[d]!.norm) && !/^[وف]/.test(T[d]!.norm) && !(L.objectStarters.has(T[d]!.norm) && /^(ال|بال|لل|وال)/.test(T[d - 1]!.norm))) d++;
          if (d - from >= 2 && isWord(T[d]) && L.objectStarters.has(T[d]!.norm) && T.slice(from + 1, d).some((_, k) => ctx.entType[from + 1 + k] === 2 || ctx.entType[from + 1 + k] === 3) && wordCount(ctx, d, E) >= 3) from = d;
        }
      }
      // a nominal object is reported speech only from a recognisable source (a name, title, body, role or entity)
      // … or any phrase followed at once by the cue's own preposition (وشدد المتظاهرون على ضرورة …), also fused to
      // an object noun (وطالب الباحثون بعدم …، ونصح الخبراء بضرورة …)
      // (… or, for an accusation or a demand, a phrase set off by a comma before the named accused and the charge:
      // ومن جهته اتهم الزوج، جامعة تبوك بتغيير رغبات قبول ابنته)
      const commaObject = !!np && (entry.stance === 'accuse' || entry.stance === 'demand') && COMMA.has(T[np.next]?.text ?? '') && (ctx.entType[np.next + 1] === 1 || ctx.entType[np.next + 1] === 2) && ctx.entEnd[np.next + 1]! > np.next + 1 && !!T[ctx.entEnd[np.next + 1]!] && fusedObject(ctx, form, ctx.entEnd[np.next + 1]!);
      // (a family name alone that names a person quoted before: وقال وهب القريني … وتوقع القريني زيادة الكميات …)
      const knownAlias = !!np && !!source && source.type === 'PERS' && np.b - np.a === 1 && fold(source.name) !== fold(T[np.a]!.text) && fold(source.name).endsWith(fold(T[np.a]!.text));
      // (… or a listed object noun carrying the subject's pronoun: نفى المصمم الياباني قيامه بالاقتباس …)
      // (past the descriptor's ل-complement too: لشعار أولمبياد طوكيو 2020)
      let o = np ? np.next : -1;
      if (np && isWord(T[o]) && /^ل[^ل]./.test(T[o]!.norm) && ctx.entType[o] !== 1) {
        const o0 = ++o;
        while (o < E && o - o0 < 5 && (T[o]!.kind === 'number' || (isWord(T[o]) && !possessedObject(ctx, T[o]!) && !L.timeHeads.has(T[o]!.norm) && !L.circumstantial.has(T[o]!.norm) && !L.complementizers.has(T[o]!.norm) && !isPrepOf(form, T[o]!.norm)))) o++;
      }
      let ownAt = np ? skipLeading(ctx, o, E) : -1;
      // (… or past an age in brackets and an apposition up to its comma: نفى فريد (22 عاما) المحترف في نادي شاختار
      // دونتسك الأوكراني، تناوله مادة منشطة)
      if (np && (np.named || np.type) && !possessedObject(ctx, T[ownAt] ?? T[0]!)) {
        let q = np.next;
        if (T[q]?.text === '(') {
          let c = q + 1;
          while (c < E && c - q <= 5 && T[c]!.text !== ')') c++;
          if (T[c]?.text === ')') q = c + 1;
        }
        let c = q;
        while (c < E && c - q <= 12 && isWord(T[c])) c++;
        if (c > q && T[c] && (T[c]!.text === '،' || T[c]!.text === ',') && isWord(T[c + 1]) && possessedObject(ctx, T[c + 1]!)) {
          ownAt = c + 1;
          o = c + 1;
        }
      }
      const ownObject = !!np && isWord(T[ownAt]) && possessedObjectAt(ctx, ownAt);
      // (past an adverb: ودعا الوزراء مجددا إلى وقف …)
      let pn = np ? np.next : -1;
      while (np && pn < E && pn - np.next < 2 && isWord(T[pn]) && (/ا$/.test(T[pn]!.norm) || T[pn]!.norm === 'كذلك') && L.circumstantial.has(T[pn]!.norm)) pn++;
      // (… or a group of people called on or warned after it: هذا وطالب العرفج رجال الأعمال بدعم …)
      const groupNext = !!np && (entry.stance === 'demand' || entry.stance === 'warn') && isWord(T[pn]) && GROUP_HEAD.test(T[pn]!.norm) && !ctx.entType[pn];
      // (… or a group of people: أكد الثوار وجود خبراء …، نفى المسلحون مقتل …)
      const people = !!np && form.kind !== 'part' && groupSubject(ctx, np, E);
      // (… or a definite phrase, then the addressee and the act demanded of it: طالب المستثمر السعودي الحكومة المصرية بإعادة …)
      const addressed = !!np && entry.stance === 'demand' && form.kind !== 'part' && /^ال/.test(T[np.a]!.norm) && isWord(T[pn]) && !!addresseeAct(ctx, form, pn, E);
      // (a group is an anonymous source: وأرجع المسافرون السبب …)
      if (people && source && !source.type) source = { ...source, type: 'ANON', number: 'p' };
      const plausible = !np || svo || pronounOnly || people || resumed || addressed || splitObject || commaObject || knownAlias || ownObject || located || groupNext || (!!np && sourceHead(ctx, np.a) && !!describedSource(ctx, form, pn, E)) || !!np.type || np.named || !!source?.entityId || (!!np && isWord(T[pn]) && (isPrepOf(form, T[pn]!.norm) || (((entry.prepOnly === true && /^بال/.test(T[pn]!.norm)) || L.objectStarters.has(T[pn]!.norm.slice(1))) && fusedObject(ctx, form, pn))) && !entry.objectPrep);
      // (the possessed object found past the descriptor's complement opens the content)
      const ns = plausible ? (ownObject && !located && ownAt > from && o > np!.next ? [ownAt, 0] as [number, number] : nominalStart(ctx, form, from, E, free, !!np && !svo)) : null;
      if (ns) {
        content = trim(ctx, ns[0], contentEnd(ctx, ns[0], true));
        if (content[0] === ns[0]) contentCut = ns[1];
        pattern = form.kind === 'part' ? 'participle' : 'nominal';
      }
    }
  }
  // a phrase after a cue that reports nothing is remembered as a speaker only when it looks like one, or when a
  // demonstrative or a possessed object follows it (نفى الحزيم ذلك، مبينا …; وأكد الأزهر رفضه …، ويشدد),
  // not an object noun (وأوضح الفارق … قائلا)
  // (كما أوضح الوزير، فإن القدرة …: the main clause's فإن opens what was said, no part of it)
  if (content && content[1] - content[0] > 2 && /^فان(ه|ها|هم|هما)?$/.test(T[content[0]]!.norm) && COMMA.has(T[content[0] - 1]?.text ?? '') && !ctx.entType[content[0]] && !ctx.entType[content[0] + 1] && !direct) content = [content[0] + 1, content[1]];
  // a verb that is a cue only with a given object (وجه اتهامات) records no speaker without it
  if (entry.needs && (!content || content[1] <= content[0] || !ctx.text.slice(T[content[0]]!.start, T[content[1] - 1]!.end).includes(entry.needs))) return { draft: null, source: null };
  // (… or the cue's preposition with a demonstrative: علق أحد المغردين على ذلك وقال …)
  const pointsBack = !!np && (L.demonstratives.has(T[np.next]?.norm ?? '') || (isPrepOf(form, T[np.next]?.norm ?? '') && L.demonstratives.has(T[np.next + 1]?.norm ?? '')));
  // (never a one-word phrase that is no speaker: أتدري ماذا قال عنك؟!)
  // (… nor, past skipped words, a noun with a possessive pronoun, the object: أوضح في السنوات الماضية رفضه التخلي عن …)
  const pronounObject = !!np && !svo && np.b - np.a > 1 && np.a > i + 1 && np.roleA < 0 && /(ه|ها|هم|هما)$/.test(T[np.a]!.text.replace(/[\u064b-\u0652\u0640]/g, ''));
  // (… nor, right after the cue, a verbal noun with its pronoun and its complement: أكد تصميمه القوي على انتزاع …)
  const ownResolve = !!np && !svo && np.b - np.a > 1 && np.a === i + 1 && np.roleA < 0 && !ctx.entType[np.a] && possessedVerbalNoun(ctx, T[np.a]!.norm) && /(ه|ها|هم|هما)$/.test(T[np.a]!.text.replace(/[\u064b-\u0652\u0640]/g, ''));
  // (… nor, right after the cue, a noun with "our", the start of words quoted without marks: وقال هدفنا هو …)
  // (not a person so called, رسولنا الكريم، شيخنا، قائدنا)
  const ourNoun = !!np && !svo && np.a === i + 1 && np.roleA < 0 && /نا$/.test(T[np.a]!.norm) && !ourPerson(ctx, T[np.a]!.norm.replace(/^و/, '').slice(0, -2));
  const junkWord = !!np && (np.b - np.a === 1 || pronounObject || ownResolve || ourNoun) && junkSpeakerWord(ctx, np.a);
  const kept = source && !junkWord && (source.type || source.named || source.entityId || svo || (np && (pointsBack || /(ه|ها|هم)$/.test(T[np.next]?.text ?? '') || (/^(عن|ب)$/.test(T[np.next]?.norm ?? '') && /(ه|ها|هم)$/.test(T[np.next + 1]?.text ?? ''))))) ? source : null;
  // (a description may be one word: ووصف الوزير الاتفاق بأنه تاريخي، ووصفتها بالظالمة)
  // (two words from a named source: أكد الرئيس المصري عبد الفتاح السيسي على حرية الإعلام، أعلن الحزب وفاة دربالة)
  const namedSource = form.kind === 'past' && entry.lemma !== 'أشار' && !!np && !svo && (np.named || np.type === 'ORG') && !!source && (!!source.entityId || np.type === 'ORG');
  // (… or a demand's act after its preposition, from a known source: وطالب المحتجون الحكومة بإجراء إصلاحات; or with
  // no subject written when the cue opens its clause: وحث المواطنين على الالتزام بالتعليمات, not لزيادة الموارد وحث
  // المشجعين على حضور المباريات)
  const opensOwnClause = cueStart === ctx.sentStart[i] || T[cueStart - 1]?.kind === 'punct' || form.kind === 'part';
  const demandAct = entry.stance === 'demand' && ((!!source && (!!source.type || source.named)) || (!np && (opensOwnClause || !!ownSrc))) && !!content && (contentCut > 0 || (isPrepOf(form, T[content[0] - 1]?.norm ?? '') && T[content[0] - 1]!.norm !== 'من'));
  const minWords = entry.lemma === 'وصف' && form.kind !== 'part' ? 1 : pattern === 'nominal' && !(svo && np?.named) && !namedSource && !demandAct ? 3 : 2;
  // (a denial's "any" + noun is a whole object: نفت موسكو اي تورط)
  // (… or one after a manner adverbial: نفيا بشدة اختلاس أموال)
  const c0 = content ? content[0] : 0;
  const afterManner = c0 > 0 && (T[c0 - 2]?.norm === 'بشكل' || (/^ب/.test(T[c0 - 1]?.norm ?? '') && L.mannerNouns.has(T[c0 - 1]!.norm.slice(1))));
  // (… or one in a document's relative clause: وأصدرت البورصة بيانا أكد صحة الأرقام)
  const anyObject = !!content && (afterManner || docRelative || (entry.stance === 'deny' && /^(اي|ايه)$/.test(T[content[0]]!.norm))) && wordCount(ctx, content[0], content[1]) === 2;
  if (!content || content[1] <= content[0] || (wordCount(ctx, content[0], content[1]) < minWords && !anyObject)) return { draft: null, source: kept };
  // (شدد with a nominal object of control tightens it, it stresses nothing: شددت الهند إجراءات الأمن، شدد الجيش قبضته)
  // (… also when the speaker phrase swallowed the object: وشددت الوزارة الرقابة على الأسواق)
  // (not after the cue's own على, which makes it stress: مشددا على مراقبة المساجد; nor a body's name, قوة أمن الطرق)
  if (entry.lemma === 'شدد' && !direct && (((pattern === 'nominal' || pattern === 'participle') && contentCut === 0 && TIGHTENED.test(T[content[0]]!.norm) && (content[0] - 1 === i || COMMA.has(T[content[0] - 1]!.text) || (!!np && !svo && content[0] === np.b))) || (!!np && !svo && np.a > i && T.slice(np.a + 1, np.b).some((x) => TIGHTENED.test(x.norm) && !/^(ال)?امن$/.test(x.norm))))) return { draft: null, source: kept };
  // (words that open with the next speaker's own و-verb are no object: يكشف عنها متخصصون …، وأوضح الدكتور سالم الزهراني قائلا …)
  if (!direct && (pattern === 'nominal' || pattern === 'participle') && /^و/.test(T[content[0]]!.norm) && L.cues.get(T[content[0]]!.norm)?.kind === 'past' && COMMA.has(T[content[0] - 1]?.text ?? '')) return { draft: null, source: kept };

  if (entry.stance === 'question' && !direct) content = questionRun(ctx, content);
  let src = source;
  // (after أما and its topic, a ف-cue's subject is that topic and the phrase after it the object: أما عادل الغامدي …،
  // فوصف قرار نقل المباراة بالفاشل)
  if (np && !svo && /^ف/.test(T[cueStart]!.text) && !ctx.entType[np.a] && !ctx.entType[np.nameA] && !L.firstNames.has(T[np.nameA]!.norm) && !L.titles.has(T[np.a]!.norm) && amaTopic(ctx, cueStart, form, history)) {
    np = null;
    source = null;
  }
  // a one-word phrase no speaker is written as (في مؤتمر صحافي عقده، فقال ببساطة، السابق) is resolved like a
  // pro-drop; it stays the speaker only when no one else is in play (the claim and its content are unchanged)
  const junk = !!np && (junkWord || PARTICLE_START.test(T[np.a]!.norm));
  // (written after the verb: a subject before it is often the noun a relative clause describes, مهاجم انتحاري يشتبه أنه …)
  if (entry.subjectRequired && (!np || svo || pronounOnly || junk)) return { draft: null, source: kept };
  if (!np || pronounOnly || junk) {
    // "ويوضح هول هذه النقطة بقوله:": the subject of the clause's own verb (a cue or not) says the words
    src = /^و?بقول(ه|ها|هم)$/.test(T[i]!.norm) ? ownWordsSubject(ctx, i, history) : null;
    // (… the person the sentence before is about, when the relaying verb opens its sentence: وشعر إيتالو زانزي … . ونقل
    // موقع النادي عنه قوله …)
    // (… or the subject of its own sentence's first verb: وشعر إيتالو زانزي … بإحباط …، ونقل موقع النادي عنه قوله …)
    if (!src && relayedGender && relayedGender !== '?' && (cueStart > ctx.sentStart[i]! || cueStart > 0)) {
      const prev = cueStart > ctx.sentStart[i]! ? mainVerbSubject(ctx, i, form, history, false) : previousSubject(ctx, cueStart, 's', history);
      if (prev && prev.type === 'PERS' && prev.named && (prev.entityId || prev.name.trim().split(/\s+/).length >= 2)) src = prev;
    }
    if (!src && relayedGender) src = implicitSource(history, relayedGender, relayedPronoun![1] === 'هم' ? 'p' : '?', i);
    if (!src && demonstrativeGroup) src = pluralSubject(ctx, i, history) ?? implicitSource(history, '?', 'p', i);
    if (!src) src = amaTopic(ctx, cueStart, form, history);
    // (the one interviewed in a conversation told before the cue in its sentence: وفي حديث لي مع فاليري لينسي، المديرة
    // التنفيذية …، قالت إن …)
    if (!src && !form.conj && form.kind !== 'part') {
      const iv = interviewee(ctx, cueStart);
      // (a full name, not a nisba the tagger took for one: في مقابلة مع مسؤول عسكري ليبي)
      if (iv && iv.named && ctx.entType[iv.nameA] === 1 && ctx.entEnd[iv.nameA]! - iv.nameA >= 2) src = sourceOf(ctx, iv, form.gender, form.number, history);
    }
    // (a narrator's chain, عن + a person, then قال: وروي أيضاً عن محمد بن عبيدالله الغلابي قال: (…)، عن معاذ بن معاذ أنه
    // قال: that person)
    const e0 = cueStart >= 2 && /^ان(ه|ها)$/.test(T[cueStart - 1]!.norm) ? cueStart - 1 : cueStart;
    if (!src && e0 >= 2 && ctx.entType[e0 - 1] === 1) {
      let s = e0 - 1;
      while (s > 0 && ctx.entType[s - 1] === 1 && e0 - s < 6) s--;
      // (after a verb of narrating, روى، روي، نقل: وعن أسعد الزهراني قال is "about him")
      const narrated = T.slice(Math.max(0, s - 6), s - 1).some((x) => /^[وف]?(روي|روى|يروي|يروى|حدث|نقل|ورد|اخرج|وروي)$/.test(x.norm));
      if (T[s - 1]?.norm === 'عن' && narrated && ctx.entEnd[s] === e0) src = sourceOf(ctx, build(ctx, s, e0, e0, null), form.gender, form.number, history);
    }
    // (a plural participle after a contrast whose own subject and plural verb come first: غير أن أقرباءها نفوا تلك
    // الروايات، مطالبين …)
    if (!src && form.kind === 'part' && form.number === 'p') src = contrastGroup(ctx, i, history);
    // (a person right before the participle, the subject of a relative clause's verb: التي علّق عليها طه حسين قائلا)
    if (!src && form.kind === 'part') src = relativeVerbSubject(ctx, i);
    if (!src) src = form.kind === 'part' ? clauseSubject(ctx, i, history) : null;
    // (a participle after a sentence whose verb reports nothing names its subject: من جانبه، أشاد الشيخ محمد بن عيسى
    // آل خليفة … بإنجازات …، مشيراً إلى أن …)
    if (!src && form.kind === 'part') src = mainVerbSubject(ctx, i, form, history, true);
    // (… ولم يوفد الاتحاد الأوروبي والاتحاد الافريقي مراقبين لأنهما قالا إن …: "because they" is the clause's subject)
    const because = cueStart > 0 && /^و?لان(ه|ها|هما|هم)$/.test(T[cueStart - 1]!.norm);
    if (!src && (form.conj || form.kind === 'part' || because)) src = coordinateSubject(ctx, i, form.gender, history, false, form.number === 'p');
    // (كما "also" after a comma joins a past cue to its clause like و: زار المدير المرضى، كما أكد لهم أن …)
    if (!src && !form.conj && form.kind === 'past' && cueStart > 1 && T[cueStart - 1]!.norm === 'كما' && COMMA.has(T[cueStart - 2]!.text)) {
      const co = coordinateSubject(ctx, i, form.gender, history, false, form.number === 'p');
      // (a named person or body only: كما أني أرى …، كما قال: is no one's "أرى")
      if (co && (co.type === 'PERS' || co.type === 'ORG' || co.type === 'GPE') && (!!co.entityId || (co.named && co.name.trim().split(/\s+/).length >= 2))) src = co;
    }
    // (an honorific pronoun after the participle, مؤكدا سموه, is a named person: not the words after a verb of doing,
    // وبعد أن أدى ركعتي تحية المسجد، اطلع على …، مؤكدا سموه أن …)
    if (src && form.kind === 'part' && L.honorificPronouns.has(T[i + 1]?.norm ?? '') && !(src.type === 'PERS' && !!src.entityId)) src = implicitSource(history.filter((h) => h.type === 'PERS'), form.gender, form.number, i) ?? entityBefore(ctx, i, form.gender, true);
    // (a relative clause on an indefinite document, its cue with a resumptive فيها: وبعث الرئيس الروسي فلاديمير
    // بوتين رسالة تحية إلى المشاركين، أشار فيها إلى أن …: the subject of the sentence's verb wrote it)
    // (a person named with the document is its author: محاضرة دينية للشيخ يحيى صوفان حث فيها …)
    // (… or the subject of the clause that delivered it: بعد ذلك، بدأ الحفل …، ثم ألقى مدير إدارة المهرجان … كلمة … أوضح فيها)
    if (!src && docRelative) src = documentAuthor(ctx, i, form, history) ?? (verbAfterParticle(ctx, i) ? coordinateSubject(ctx, i, form.gender, history) : null) ?? mainVerbSubject(ctx, i, form, history, false);
    // (a bare honorific pronoun, سموه، معاليه, stands for a person, never a body)
    if (!src && pronounOnly) src = implicitSource(history.filter((h) => h.type === 'PERS'), form.gender, form.number, i);
    // ("but it": the subject of its own sentence's verb when the sentence has one, ولم تحدد الحكومة جدولا زمنيا، لكنها
    // قالت سابقا إنها …; ولم يتعاقد آرسنال مع أي لاعب لكنه أعلن أن …)
    // (… and بيد أنه، إلا أنه، غير أنه: ولم يقطع الوزير المصري بأن …، بيد أنه قال إن …)
    const butIt = cueStart > 1 && /^ان(ه|ها|هما|هم)$/.test(T[cueStart - 1]!.norm) && /^(بيد|الا|غير)$/.test(T[cueStart - 2]!.norm);
    if (!src && cueStart > 0 && (/^و?لكن(ه|ها|هما|هم)$/.test(T[cueStart - 1]!.norm) || butIt)) {
      src = coordinateSubject(ctx, i, form.gender, history, true);
      const s0 = ctx.sentStart[i]!;
      if (!src && butIt && /^و?اما$/.test(T[s0]!.norm)) src = amaSubject(ctx, s0, cueStart, form.gender, history);
      // (an unnamed role there is a named person quoted just before when there is one: وأكد فلاح مصطفى أن …. من جهة
      // اخرى رحب المسؤول الكردي …، ولكنه أوضح أن …)
      const named = src && src.type === 'PERS' && !src.named && !src.entityId ? implicitSource(history.filter((h) => h.type === 'PERS' && h.named), form.gender, form.number, i) : null;
      if (named && i - named.at <= 80) src = named;
    }
    // (an answer after "he was asked" in its sentence: the one asked, the subject of the sentence before — ففي مقابلة …،
    // سئل عن الخيار العسكري، فأجاب: …)
    if (!src && askedBefore(ctx, cueStart) && ctx.sentStart[cueStart]! > 0) src = previousSubject(ctx, ctx.sentStart[cueStart]!, form.number, history);
    // (a pro-drop verb in a clause of time is said by the subject of the sentence's own verb: وأثار الرئيس الجدل عندما
    // قال إن …، وفاجأ اللاعب الجميع حين أعلن أنه …)
    if (!src && timeClause(ctx, cueStart, i, form)) {
      // (a person or body the text names, or a role: not a phrase read off a verb, ما قاله، جهود)
      const sub = mainVerbSubject(ctx, i, form, history, false);
      const head = sub && sub.at !== undefined ? T[sub.at]?.norm ?? '' : '';
      if (sub && (sub.type === 'PERS' || sub.type === 'ORG') && (!!sub.entityId || L.roleNouns.has(head) || L.titles.has(head) || L.orgHeads.has(head))) src = sub;
    }
    if (!src) {
      src = implicitSource(history, form.gender, form.number, i, true);
      // (a feminine pro-drop verb opening its sentence after a man's words: the subject of the sentence before, when
      // it is a person or body — أرسلت كلينتون أكثر من 30 ألف وثيقة …. وقالت إنها …)
      if (!src && form.conj && cueStart === ctx.sentStart[i] && cueStart > 0) {
        const prev = previousSubject(ctx, cueStart, form.number, history);
        if (prev && prev.entityId && (prev.type === 'PERS' || prev.type === 'ORG') && !(prev.type === 'PERS' && (prev.gender === 'm' || roleGender(prev) === 'm'))) src = prev;
      }
      if (!src) src = implicitSource(history, form.gender, form.number, i);
    }
    // (a later subject of a verb that reports nothing outranks the last speaker)
    // (also after a clause particle: … كتبت موجيريني افتتاحية في صحيفة الجارديان حيث قالت إن …)
    const afterParticle = cueStart > ctx.sentStart[i]! && /^(حيث|اذ)$/.test(T[cueStart - 1]!.norm);
    // (with no earlier speaker at all: the subject of the sentence's verb, ظهر ديفي في مقابلة … حيث قال “…”)
    if (!src && afterParticle) src = mainVerbSubject(ctx, i, form, history, false);
    // (… or a pro-drop verb joined after a comma to a sentence whose own verb named its subject: وفي الجلسة الأولى تحدث
    // رئيس القسم الدكتور عيد العتيبي عن …، وأشار إلى أن …)
    const midSentence = form.conj && form.kind === 'past' && cueStart !== ctx.sentStart[i] && COMMA.has(T[cueStart - 1]?.text ?? '');
    if (src && (form.kind === 'part' || afterParticle || (form.conj && cueStart === ctx.sentStart[i]) || midSentence)) {
      const sal = salientSubject(ctx, i, cueStart, form, src.at, history);
      // (mid-sentence, only a subject tagged as a name, or a short role phrase: not a verb's object read into it)
      const sure = !!sal && (!midSentence || ((sal.type === 'PERS' || sal.type === 'ORG') && (!!sal.entityId || (!sal.named && sal.words.length <= 4 && (L.roleNouns.has(sal.words[0] ?? '') || L.titles.has(sal.words[0] ?? ''))))));
      if (sal && sure && fold(sal.name) !== fold(src.name)) src = sal;
    }
    // (a plural cue whose nearest earlier speaker is one person: the plural subject of its sentence, or the one before)
    // (… or one body, which takes the feminine singular: ودعت لجنة المهجرين … وخرج مئات المتظاهرين … مطالبين بمحاكمة …)
    // (not a speaker named by a plural word: حيث أكد كثيرون على أن …، مشيرين)
    if (src && !np && form.number === 'p' && src.number !== 'p' && (src.type === 'PERS' || src.type === 'ORG') && !/^[^\s]+(ون|ين)$/.test(fold(src.name))) src = pluralSubject(ctx, i, history) ?? src;
    if (!src && form.kind === 'part') src = mainVerbSubject(ctx, i, form, history, false);
    // (a participle opening its sentence, the full stop typed too early, goes on with the last sentence's subject: وعبَّر
    // المهندس خالد بن صالح المديفر عن فخر الشركة …. مشيراً إلى أن …)
    if (!src && form.kind === 'part' && cueStart === ctx.sentStart[i] && cueStart > 0) {
      const prev = previousSubject(ctx, cueStart, form.number, history);
      if (prev && prev.type === 'PERS' && (!!prev.entityId || prev.named)) src = prev;
    }
    if (!src && form.kind === 'part') src = entityBefore(ctx, i, form.gender);
    // no earlier speaker for a pro-drop verb opening its sentence: the subject of the previous sentence's first
    // verb (قدّر عدد من الخبراء النفطيين حجم الفوائض … ونفوا …، وأوضحوا أن …)
    if (!src && form.conj && cueStart === ctx.sentStart[i] && cueStart > 0) src = previousSubject(ctx, cueStart, form.number, history);
    // (… and so for one after كما opening its sentence: وتطرق … المهندس زيدان بن محمد … إلى المزايا …. كما أشار إلى أن …)
    if (!src && !form.conj && form.kind === 'past' && cueStart > 1 && cueStart - 1 === ctx.sentStart[i] && /^و?كما$/.test(T[cueStart - 1]!.norm)) {
      const prev = previousSubject(ctx, cueStart - 1, form.number, history);
      if (prev && (prev.type === 'PERS' || prev.type === 'ORG') && (!!prev.entityId || prev.named)) src = prev;
    }
    // (else, with its complement right after it, the nearest person or body named before: التقى … الوزير …، وأكد أن …)
    if (!src && form.conj && comp && comp.at <= i + 3) src = entityBefore(ctx, i, form.gender);
    // (… and so, after a formula praising the one meant: وكان يرى طيب الله ثراه أن …)
    if (!src && eulogyEnd(ctx, i + 1) > 0 && !praisesGod(ctx, i + 1)) src = entityBefore(ctx, i, form.gender);
    // (an honorific pronoun is a person, never a body or a site's share buttons: شارك من خلال تويتر … رفع صاحب السمو
    // الملكي الأمير سعود بن نايف …. وقال سموه …)
    if (pronounOnly && src && src.type !== 'PERS') src = entityBefore(ctx, i, form.gender, true) ?? src;
    // (… the one the text named after its honorific's noun, when the one found never carries it: وأشار معاليه ← معالي
    // رئيس البرلمان …, not the king who received him)
    if (pronounOnly && np) src = honorificHolder(ctx, np.a, form.gender, src) ?? src;
    // (a participle after a verse or a saying cited goes on with the one who cited it: وقد قال رسول الله صلى الله عليه وسلم:
    // «…»، متأسفاً أن …، مبيناً أن … is the preacher)
    // (… and so does a verb of explaining joined to it, the writer's word for the preacher: وبين أن …، ولفت النظر إلى أن …)
    if (src && (form.kind === 'part' || (form.conj && entry.lemma !== 'قال')) && citedSource(src)) src = implicitSource(history.slice(-200).filter((h) => !citedSource(h)), form.gender, form.number, i) ?? src;
  }
  if (junk) {
    if (src) np = null;
    // (a preposition with "you", عنك، إليك، منكم, is never the fallback)
    // (nor an adverb, خصوصا، أيضا، مؤخرا: وكانت تدعو خصوصا إلى رفع الحظر …)
    else if (!PREP_PRONOUN.test(T[np!.a]!.norm) && !pronounObject && !neverSpeaker(T[np!.a]!.norm)) src = source;
  }
  // (the subject of the sentence's verb that made the phrase after a demand its addressee)
  if (!src && !np && ownSrc) src = ownSrc;
  // (the formula said of the Prophet alone, right after the cue, names him: قال صلى الله عليه وسلم: …)
  // (… and عليه السلام there too, unless another prophet was just named: وقال عليه السلام "…")
  const peace = !np && T[i + 1]?.norm === 'عليه' && T[i + 2]?.norm === 'السلام' && !T.slice(Math.max(0, i - 15), i).some((x) => PROPHETS.test(x.norm));
  if (!np && (praisesProphet(ctx, i + 1) || peace)) src = { name: 'رسول الله', entityId: null, type: 'PERS', gender: 'm', number: 's', words: ['رسول'], descriptor: 'رسول الله', named: false, at: i + 1 };
  // (a document with no author named in its clause is the source itself: اطلعت على تقرير عدلي أكد أن …)
  if (!src && !np && docRelative && !form.object) {
    const doc = documentItself(ctx, i);
    if (doc) {
      np = { ...build(ctx, doc[0], doc[1], i, null), type: 'ORG' };
      src = sourceOf(ctx, np, form.gender, form.number, history);
    }
  }
  if (!src) return { draft: null, source };
  // (a feminine singular verb with no subject written is never a man known by his role alone, whichever way he was
  // reached: وقال رئيس بلدية روما … وقالت: «…» is someone the text has not named as a source; no guess)
  if (!np && form.gender === 'f' && form.number !== 'p' && src.type === 'PERS' && src.number !== 'p' && roleGender(src) === 'm') return { draft: null, source };
  // (… or a role in a body named after someone, مدير مركز الملك عبد الله)
  const ledBody = !!np && np.roleA >= 0 && np.roleA < np.a && (src.type === 'ORG' || !src.named) && src.at === np.roleA;
  // (an impersonal predicate before the complementizer is part of the words: وقال الوزير من الضروري أن …، وقال حجار من
  // فضل الله سبحانه وتعالى أن قيض …)
  if (!direct && pattern === 'verb-that' && content[0] > 1) {
    const s = np && !svo && np.a > i ? np.next : i + 1;
    const k = content[0] - 1;
    if (T[s]?.norm === 'من' && k - s >= 2 && k - s <= 5 && /^[بل]?ان$/.test(T[k]!.norm) && IMPERSONAL.test(T[s + 1]!.norm) && T.slice(s + 1, k).every((x) => isWord(x) && !L.cues.has(x.norm) && !L.complementizers.has(x.norm))) {
      content = [s, content[1]];
      contentCut = 0;
    }
  }
  // (a demand's words start at its addressee, the verb's direct object: ودعا الحكومة إلى …، مطالبا الأهالي بالتعاون …)
  if (!direct && entry.stance === 'demand') {
    const first = np && !svo && np.a > i ? Math.max(np.b, np.next, np.roleA > np.a ? np.roleB : 0) : i + 1;
    // (not the rest of the speaker's own name, cut short: وطالبت بلدية المحافظة بدراسة …)
    // (… and the words of the source's name read as a pro-drop's object: طالب الشورى الوزارة بـ … with مجلس الشورى in play)
    // (… the rest of it is skipped when the written phrase ends inside it: ودعت بلدية محافظة العارضة المواطنين إلى …)
    let from = first;
    const srcWords = src ? new Set(fold(src.name).split(' ')) : null;
    const inside = !np || svo || np.a <= i || srcWords?.has(T[first - 1]?.norm ?? '\u0000');
    while (!!srcWords && inside && from < content[0] && srcWords.has(T[from]!.norm)) from++;
    while (from < content[0] && !!ctx.entType[from] && ctx.entEnd[from]! < 0 && !!ctx.entType[from - 1]) from++;
    const ownName = !!np && !svo && !!ctx.entType[np.a] && ctx.entEnd[np.a]! > from;
    const s = ownName ? content[0] : addresseeStart(ctx, entry.lemma, from, content[0], contentCut);
    if (s < content[0]) {
      content = [s, content[1]];
      contentCut = 0;
    }
  }
  // (a relative clause set off by dashes ends at its closing dash: بلاتر (79 عاما) - الذي أشار أمس إلى أن … - في الانتخابات …)
  if (!direct && cueStart >= 2 && /^(الذي|التي|الذين)$/.test(T[cueStart - 1]!.norm) && /^[-–—]$/.test(T[cueStart - 2]!.text)) {
    const d = T.slice(content[0], content[1]).findIndex((x) => /^[-–—]$/.test(x.text));
    if (d > 0) content = trim(ctx, content[0], content[0] + d);
    // (… and words found past that dash are the main clause's, not the relative's: ديباي - الذي طلب ارتداء هذا القميص - أنه …)
    else if (T.slice(i + 1, content[0]).some((x) => /^[-–—]$/.test(x.text))) return { draft: null, source };
  }
  // (… and so does its name)
  if (np && src && np.b - np.a === 1 && T[np.a]!.kind === 'number' && /^[%٪]$/.test(T[np.b]?.text ?? '') && src.name === T[np.a]!.text) src = { ...src, name: `${T[np.a]!.text} ${T[np.b]!.text}`, type: src.type ?? 'ANON', number: 'p' };
  const draft: Draft = {
    cue: { start: T[cueStart]!.start, end: T[i]!.end, lemma: entry.lemma },
    stance: entry.stance as Stance,
    // (a body named by its head before a person, فريق حملة دونالد ترامب, is written whole, with no role)
    speakerSpan: np ? (ledBody ? { start: T[np.roleA]!.start, end: speakerSpan(ctx, np).end } : speakerSpan(ctx, np)) : null,
    role: np && np.roleA >= 0 && !ledBody ? { start: T[np.roleA]!.start, end: T[np.roleB - 1]!.end } : null,
    source: src,
    content,
    ...(contentCut ? { contentCut } : {}),
    direct,
    pattern,
  };
  return { draft, source, ...(relay ? { relay } : {}) };
}

/** The word before the quotation at q is a verbal noun with a pronoun (رفضه «لتسلم …»، تأييده «الكامل …»، رفضه «أي
 * تدخل …»): the quoted words are its complement. */
/** An untagged indefinite noun at k (no article, no tanwin ending, no particle or preposition): حجوزات، اضواء. */
function indefiniteNoun(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  if (!t || !isWord(t) || ctx.entType[k] || /^(ال|وال|بال|لل|فال)/.test(t.norm) || /[ا\u064b]$/.test(t.text) || t.norm.length < 3) return false;
  const L = ctx.lex;
  return !(isPrep(t) || L.cues.has(t.norm) || L.complementizers.has(t.norm) || L.circumstantial.has(t.norm) || L.notSpeakerHeads.has(t.norm) || L.honorificPronouns.has(t.norm) || /^[يت]/.test(t.norm));
}

/** An indefinite adjective at k, no verb's object or complement (مدفوعة، قوية): not أهمية, not أن, not a preposition. */
function indefiniteAdjective(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  if (!t || !isWord(t) || ctx.entType[k] || /^(ال|وال|بال|لل)/.test(t.norm) || !/(ه|يه|ين|ون)$/.test(t.norm) || /^[وفبل]/.test(t.norm)) return false;
  const L = ctx.lex;
  return !(isPrep(t) || L.complementizers.has(t.norm) || L.objectStarters.has(t.norm) || derivedMasdar(t.norm) || isEventNoun(ctx, t.norm) || L.cues.has(t.norm) || L.honorificPronouns.has(t.norm));
}

function possessedNounThenQuote(ctx: Ctx, q: number): boolean {
  const T = ctx.toks;
  const w = T[q - 1];
  const f = T[q + 1];
  if (!w || !isWord(w) || !f || !isWord(f) || ctx.quotes.closeOf[q]! < 0) return false;
  const m = /^(.{3,}?)(ه|ها|هم|هما)$/.exec(w.norm);
  if (!m) return false;
  const stem = m[1]!.replace(/ت$/, 'ه');
  return ctx.lex.objectStarters.has(stem) || ctx.lex.objectStarters.has(m[1]!) || derivedMasdar(stem) || /^ت..ي.$/.test(stem);
}

/**
 * "وكان هيمنت كوتالوار؛ القائم بأعمال السفارة …، قد كشف أن …": the subject of a pluperfect كان … قد + cue is
 * the phrase right after كان (its apposition after a comma or semicolon left out).
 */
function kanaSubject(ctx: Ctx, i: number): NP | null {
  const T = ctx.toks;
  // (also without قد when كان opens the sentence and the phrase runs up to the cue: وكان عدد من المراجعين شكوا من …)
  if (i >= 3 && !/^(قد|لقد)$/.test(T[i - 1]!.norm)) {
    const q = ctx.sentStart[i]!;
    if (!/^[وف]?كان(ت|وا)?$/.test(T[q]!.norm) || i - q > 16 || ctx.lex.cues.get(T[i]!.norm)?.kind !== 'past') return null;
    // (كان's own verb came first, after قد, and the cue sits in a later clause: وكانت الوزارة قد أثارت الجدل حين أعلنت …)
    for (let k = q + 2; k < i; k++) if (/^(قد|لقد)$/.test(T[k]!.norm)) return null;
    // (with its apposition set off by commas: وكانت النائبة في الكنيست الإسرائيلي، تمار زندبيرج، صرحت …؛ وكانت منظمة
    // "هيومن رايتس ووتش" لحقوق الإنسان، اتهمت …)
    let end = i;
    if (T[i - 1]!.text === '،' || T[i - 1]!.text === ',') {
      let c = q + 2;
      while (c < i - 1 && T[c]!.text !== '،' && T[c]!.text !== ',') c++;
      end = c;
      const appo = end < i - 1 ? parseSpeaker(ctx, end + 1, i - 1, null) : null;
      if (appo && appo.named && ctx.entType[appo.nameA] === 1 && appo.next === i - 1) {
        const role = parseSpeaker(ctx, q + 1, end, null);
        if (role && role.a === q + 1) return { ...appo, roleA: q + 1, roleB: end };
      }
    }
    const np = parseSpeaker(ctx, q + 1, end, null);
    return np && (np.type || np.named || isQuote(T[q + 1])) && (np.a === q + 1 || (np.a === q + 2 && isQuote(T[q + 1]))) && np.next >= end - 1 ? np : null;
  }
  if (i < 3) return null;
  const s0 = ctx.sentStart[i]!;
  for (let q = i - 2; q >= Math.max(s0, i - 24); q--) {
    if (!/^[وف]?كان(ت|وا)?$/.test(T[q]!.norm)) continue;
    let e = q + 1;
    // (a quoted name too: وكانت "الاقتصادية" قد كشفت …)
    while (e < i - 1 && (isWord(T[e]) || isQuote(T[e])) && e - q <= 8) e++;
    // (a role, then its holder's name between commas before قد: وكان رئيس هيئة الأركان العامة في اليمن، اللواء محمد
    // المقدشي، قد أعلن …)
    if (T[e] && (T[e]!.text === '،' || T[e]!.text === ',')) {
      let c = e + 1;
      while (c < i - 1 && isWord(T[c]) && c - e <= 6) c++;
      if ((T[c]!.text === '،' || T[c]!.text === ',') && /^(قد|لقد)$/.test(T[c + 1]?.norm ?? '') && c + 2 === i) {
        const appo = parseSpeaker(ctx, e + 1, c, null);
        const role = parseSpeaker(ctx, q + 1, e, null);
        if (appo && appo.named && appo.a === e + 1 && appo.b === c && ctx.entType[appo.nameA] === 1 && role && role.a === q + 1 && !role.named) return { ...appo, roleA: q + 1, roleB: e };
      }
    }
    const np = parseSpeaker(ctx, q + 1, e, null);
    return np && (np.type || np.named || isQuote(T[q + 1])) && (np.a === q + 1 || (np.a === q + 2 && isQuote(T[q + 1]))) ? np : null;
  }
  return null;
}

/** A quote of two words or more right after the complementizer, closed before a conjoined cue (بأنه “…” وحذر). */
/**
 * The speaker phrase np after a postposed cue at i opens right after it and runs to the end of its sentence E (only
 * punctuation after it), and names a source: a name, a body, an anonymous source or a document (…، كما يقول التقرير.).
 */
function closesSentence(ctx: Ctx, np: NP, i: number, E: number): boolean {
  const T = ctx.toks;
  if (Math.min(np.a, np.roleA >= 0 ? np.roleA : np.a) !== i + 1) return false;
  for (let m = np.b; m < E; m++) if (isWord(T[m])) return false;
  const doc = ctx.lex.documentHeads.has(T[np.a]!.norm) || ctx.lex.attributionSources.has(T[np.a]!.norm.replace(/^ال/, ''));
  return np.named || np.type === 'ORG' || np.type === 'ANON' || doc || ctx.entType[np.a] === 1 || ctx.entType[np.a] === 2;
}

function quoteBeforeCue(ctx: Ctx, s: number): boolean {
  const c = ctx.quotes.closeOf[s]!;
  const f = ctx.lex.cues.get(ctx.toks[c + 1]?.norm ?? '');
  return c - s > 2 && !!f && f.conj && f.kind !== 'part';
}

/** a question, or a question particle opening the next one (… ؟ وأين …؟ وهل …؟ فإن كانت …) */
const QUESTION_OPEN = /^[وف]?(هل|اين|كيف|لماذا|لما|ماذا|متي|من|ما|ام|اليس|فان)$/;

/**
 * An unquoted question (وتساءل: أين المهندسون المشرفون.. أم أن …؟، وأين وسائل السلامة؟، وهل …؟) runs on over
 * the questions that follow it in the same paragraph (at most six).
 */
function questionRun(ctx: Ctx, c: [number, number]): [number, number] {
  const T = ctx.toks;
  let b = c[1];
  for (let guard = 0; guard < 6; guard++) {
    let k = b;
    let asked = false;
    while (k < T.length && k - b < 4 && T[k]!.kind === 'punct' && !isQuote(T[k])) {
      if (T[k]!.text === '؟' || T[k]!.text === '?' || (T[k]!.text === '.' && T[k + 1]?.text === '.')) asked = true;
      k++;
    }
    if (!asked || k >= T.length || ctx.nl[k] || !isWord(T[k]) || !QUESTION_OPEN.test(T[k]!.norm)) break;
    // (a speech participle ends the asking: … هل سينضمون إلى طوابير البطالة داعية إلى …)
    let e = contentEnd(ctx, k);
    for (let m = k + 2; m < e; m++) if (ctx.lex.cues.get(T[m]!.norm)?.kind === 'part') e = m;
    const next = trim(ctx, k, e);
    if (next[1] <= k) break;
    b = next[1];
  }
  // the last question keeps its mark
  if (b > c[1] && (T[b]?.text === '؟' || T[b]?.text === '?')) b++;
  return [c[0], b];
}

/**
 * The end of an unclosed quotation opened after a colon (قال المواطن: "لا نعلم ماذا يريد المقاول؟ هل يريد
 * عزلهم …؟، الأمر خطير …): the quoted words run over the following sentences of the same paragraph, up to a
 * quotation mark, a cue or a line break (at most five sentences, 250 tokens).
 */
function unclosedRun(ctx: Ctx, a: number, b: number): number {
  const T = ctx.toks;
  const L = ctx.lex;
  let end = b;
  for (let n = 0; n < 5; n++) {
    let k = end;
    while (k < T.length && k - end < 4 && T[k]!.kind === 'punct' && !isQuote(T[k])) k++;
    if (k >= T.length || k - a > 250 || ctx.nl[k] || !isWord(T[k]) || k === end) break;
    const e = ctx.sentEnd[k]!;
    let stop = false;
    for (let j = k; j < e && !stop; j++) stop = isQuote(T[j]) || (L.cues.has(T[j]!.norm) && j > k) || isAttributionWordAt(ctx, j);
    if (stop) break;
    end = e;
  }
  return end;
}

/** A noun behind a fused ب (بمشاركة), no attribution word, cue, name or word with its pronoun: the clause goes on. */
function boundNoun(ctx: Ctx, j: number): boolean {
  const t = ctx.toks[j];
  return !!t && isWord(t) && /^ب[^ل]/.test(t.norm) && t.norm.length > 4 && !/(ه|ها|هم|هما)$/.test(t.text.replace(/[\u064b-\u0652\u0640]/g, '')) && !ctx.entType[j] && !isAttributionWordAt(ctx, j) && !ctx.lex.cues.has(t.norm) && !ctx.lex.firstNames.has(t.norm.slice(1));
}

function isAttributionWordAt(ctx: Ctx, j: number): boolean {
  return /^و?(ب?حسب|وفقا|طبقا)$/.test(ctx.toks[j]!.norm);
}

/** في/من + a body or place mention at k, then one of the cue's prepositions (… الباحثون في جامعة لندن إلى …). */
function locatedThenPrep(ctx: Ctx, form: CueForm, k: number, limit: number): boolean {
  const e = locatedEnd(ctx, k, limit);
  if (e <= k || !isWord(ctx.toks[e])) return false;
  // (… or its fused ب, or an addressee and then its act: وطالب الأهالي في الموصل الحكومة المركزية بالإسراع …)
  return isPrepOf(form, ctx.toks[e]!.norm) || fusedObject(ctx, form, e) || !!addresseeAct(ctx, form, e, limit);
}

/** Sentence ends in [a, b) outside quotations. */
function endsOutsideQuotes(ctx: Ctx, a: number, b: number): number {
  const T = ctx.toks;
  let n = 0;
  for (let k = a; k < b; k++) {
    const c = isQuote(T[k]) ? ctx.quotes.closeOf[k]! : -1;
    if (c > k && c < b) k = c;
    else if (isEnd(T[k]!)) n++;
  }
  return n;
}

/**
 * The subject written after غير أن / إلا أن / بيد أن before a plural past verb, in the participle's sentence and within
 * twenty-five tokens of it (غير أن أقرباءها نفوا تلك الروايات، مطالبين المشاركين بالترحم).
 */
function contrastGroup(ctx: Ctx, i: number, history: Source[]): Source | null {
  const T = ctx.toks;
  const s0 = ctx.sentStart[i]!;
  for (let a = i - 2; a > s0 && a >= i - 25; a--) {
    if (T[a]!.norm !== 'ان' || !/^[وف]?(غير|الا|بيد)$/.test(T[a - 1]?.norm ?? '')) continue;
    let v = a + 1;
    while (v < i && v - a <= 5 && isWord(T[v]) && !/^[وف]?.{2,}وا$/.test(T[v]!.norm)) v++;
    if (v >= i || v === a + 1 || !/وا$/.test(T[v]!.norm)) return null;
    const np = parseSpeaker(ctx, a + 1, v, null, true);
    if (!np || np.b !== v) return null;
    return { ...sourceOf(ctx, np, '?', 'p', history), number: 'p' };
  }
  return null;
}

/** a noun of talking with someone (حوار، لقاء، مقابلة), with a preposition or article, folded */
const INTERVIEW = /^[وف]?(في|ب|ل|خلال)?(ال)?(حوار|حوارا|لقاء|لقاءا|مقابله|حديث|حديثا|اتصال|اتصالا|دردشه)$/;

/**
 * The one interviewed in the sentence before a cue: "مع" + a named or recognisable phrase, with a noun of talking in the
 * same sentence before the cue (وأجرت صحيفة الوطن مع الوزير خالد الفالح حوارا …؛ وفي لقاء مع الوزير …).
 */
/**
 * An aide's role before the person's title and name: with its adjectives and ل (السكرتير الخاص للرئيس | هادي), or in
 * construct with the title (مستشار الرئيس | باراك أوباما). (A nisba after the title closes it, and the name after is
 * the aide's own: مستشار الرئيس الفلسطيني محمود الهباش.)
 */
function aideOfTitled(ctx: Ctx, r: number, a: number): boolean {
  const T = ctx.toks;
  if (a - r < 2 || a - r > 4 || !RELATIONAL.test(T[r]!.norm.replace(/^ال/, ''))) return false;
  const titled = (n: string) => ctx.lex.titles.has(n) || ctx.lex.roleNouns.has(n);
  let t = -1;
  for (let k = r + 1; k < a; k++) {
    const n = T[k]!.norm;
    if (!isWord(T[k]) || ctx.entType[k] || ctx.lex.orgHeads.has(n)) return false;
    if (t < 0 && k === a - 1 && ((/^ال/.test(T[r]!.norm) && /^لل./.test(n) && titled('ال' + n.slice(2))) || (!/^ال/.test(T[r]!.norm) && k === r + 1 && /^ال/.test(n) && titled(n)))) t = k;
    // (the aide's adjectives before the title: الخاص، الرسمي)
    else if (!/^ال/.test(n) || titled(n)) return false;
  }
  return t >= 0;
}

function interviewee(ctx: Ctx, cueStart: number): NP | null {
  const T = ctx.toks;
  const s0 = ctx.sentStart[cueStart]!;
  let talk = false;
  for (let k = Math.max(s0, cueStart - 30); k < cueStart && !talk; k++) talk = INTERVIEW.test(T[k]!.norm) || (T[k]!.norm.length <= 9 && /^(حوار|لقاء|مقابله|حديث)/.test(T[k]!.norm.replace(/^[وف]?(في|ب|ل)?(ال)?/, '')));
  if (!talk) return null;
  for (let k = cueStart - 1; k >= Math.max(s0, cueStart - 30); k--) {
    if (T[k]!.norm !== 'مع') continue;
    let lim = k + 1;
    while (lim < cueStart && isWord(T[lim]) && !INTERVIEW.test(T[lim]!.norm)) lim++;
    const np = parseSpeaker(ctx, k + 1, lim, null);
    if (np && (np.named || np.type === 'PERS' || np.type === 'ORG')) return np;
    return null;
  }
  return null;
}

/**
 * "، كما قالت وسائل الإعلام اليابانية." closing its sentence: the cue (after a comma and كما) and its source, at
 * most a few circumstantial words after it (أمس، في بيان), then the sentence ends.
 */
function asSaid(ctx: Ctx, cueStart: number, next: number): boolean {
  const T = ctx.toks;
  if (cueStart < 5 || T[cueStart - 1]!.norm !== 'كما' || !(T[cueStart - 2]!.kind === 'punct' && COMMA.has(T[cueStart - 2]!.text))) return false;
  const s0 = ctx.sentStart[cueStart]!;
  if (wordCount(ctx, s0, cueStart - 2) < 4) return false;
  const E = ctx.sentEnd[cueStart]!;
  // what follows the source is circumstantial only (أمس، في بيان، لوكالة …), never an object (كما أعلن الوزير عن خطة …)
  const f = T[next];
  if (next < E && f && isWord(f) && !(ctx.lex.circumstantial.has(f.norm) || ctx.lex.leadingSkip.has(f.norm) || (f.norm === 'في' && isEventNoun(ctx, T[next + 1]?.norm ?? '')))) return false;
  let words = 0;
  for (let k = next; k < E; k++) {
    const t = T[k]!;
    // (the outlet it spoke to, quoted: كما قال مصدر معارض لـ«الشرق الأوسط».)
    if (isQuote(t) && k > next && T[k - 1]!.norm === 'ل' && ctx.quotes.closeOf[k]! > k && ctx.quotes.closeOf[k]! < E) {
      k = ctx.quotes.closeOf[k]!;
      continue;
    }
    if (isQuote(t) || ctx.lex.complementizers.has(t.norm) || t.text === ':' || ctx.lex.cues.has(t.norm)) return false;
    if (isWord(t) && ++words > 4) return false;
  }
  return true;
}

/**
 * The speaker of "بقوله:" — the subject right after the verb opening its clause (ويوضح هول هذه النقطة بقوله،
 * واتفقت معها شبكة "بي بي سي" البريطانية بقولها), when it is a recognisable source.
 */
function ownWordsSubject(ctx: Ctx, i: number, history: Source[]): Source | null {
  const T = ctx.toks;
  const s0 = ctx.sentStart[i]!;
  let v = s0;
  for (let j = i - 1; j > s0 && j > i - 30; j--) {
    if (T[j]!.kind === 'punct' && (T[j]!.text === '،' || T[j]!.text === ',' || T[j]!.text === '؛')) {
      v = j + 1;
      break;
    }
  }
  v = skipLeading(ctx, v, i);
  if (v + 1 >= i || !isWord(T[v])) return null;
  let a = v + 1;
  // a preposition with a pronoun after the verb (واتفقت معها شبكة …)
  if (/^(مع|عن|علي|الي|ل|في|من)(ه|ها|هم)$/.test(T[a]!.norm) || /^(معه|معها|معهم|له|لها|لهم)$/.test(T[a]!.norm)) a++;
  // (a prepositional object right after the verb names no one: وأشاد بقيادة الرئيس السيسي بقوله …)
  if (prepObjectWord(ctx, a)) return null;
  const np = parseSpeaker(ctx, a, i, null, true);
  if (!np || np.a !== a || !(np.named || np.type === 'ORG' || np.type === 'ANON' || ctx.entType[np.a] === 1 || ctx.entType[np.a] === 2)) return null;
  return sourceOf(ctx, np, '?', np.plural ? 'p' : '?', history);
}

/** "He was asked" (سئل، وسئل، فسئل) earlier in the cue's sentence, within 20 tokens. */
function askedBefore(ctx: Ctx, k: number): boolean {
  const T = ctx.toks;
  for (let m = k - 1; m >= Math.max(ctx.sentStart[k]!, k - 20); m--) if (/^[وف]?سئل(ت)?$/.test(T[m]!.norm)) return true;
  return false;
}

/**
 * A named person or body right after the cue, then its complement or quotation (أن يقول علي خامنئي إن …، إنها مكابرة أن
 * يصف علي خامنئي هذا الاتفاق … بأنه …): what follows أن is a statement the writer goes on to judge, not a wish.
 */
function namedSayer(ctx: Ctx, i: number): boolean {
  const T = ctx.toks;
  // (not a plan, a wish or an intention before أن: ومن المقرر أن يكشف بلاتر …، يتعمد أن ينبه الكونغرس بأن …)
  for (let k = Math.max(0, i - 4); k < i - 1; k++) if (INTENDED.test(T[k]!.norm)) return false;
  let m = i + 1;
  while (m < T.length && m <= i + 2 && isWord(T[m]) && !ctx.entType[m] && (ctx.lex.titles.has(T[m]!.norm) || ctx.lex.roleNouns.has(T[m]!.norm))) m++;
  if (ctx.entType[m] !== 1 && ctx.entType[m] !== 2) return false;
  for (let k = m + 1; k < Math.min(T.length, m + 12); k++) {
    if (isEnd(T[k]!)) return false;
    if (ctx.lex.complementizers.has(T[k]!.norm) || isQuote(T[k]) || T[k]!.text === ':') return true;
  }
  return false;
}

/** The conditional إن "if" before لم at k (its own norm, src/speech/context.ts). */
function conditionAt(ctx: Ctx, k: number): boolean {
  return ctx.toks[k]?.norm === 'ان\u0640' && ctx.toks[k + 1]?.norm === 'لم';
}

/**
 * A group of people in one word, or two with its adjective or participle, as the subject of a verb with a nominal object
 * (أكد الثوار وجود خبراء …، اتهم الانفصاليون القوات …، وكشفت الأسر المتضررة عن …): in the nominative (a plural in -ين
 * after the verb is its object, بعدما حملت المتطرفين مسؤولية …), not a verbal noun after it (أعلن المشايخ المساهمة في …),
 * an object after it and not a pronoun's phrase (بالرغم من نفي القيادات الندائية لذلك، …), and no trailing attribution
 * making the report another source's (وأعلن الانقلابيون حالة الطوارئ …، وفق مصادر محلية).
 */
function groupSubject(ctx: Ctx, np: NP, e: number): boolean {
  const T = ctx.toks;
  const L = ctx.lex;
  const head = T[np.a]!.norm;
  const second = np.b - np.a === 1 || /^ال.{2,}(ي|يه|يون|يين|ون)$|^ال(مت|مست|من).{3,}$/.test(T[np.a + 1]?.norm ?? '');
  const plural = L.plural.has(head) || /^ال(م|مت|مست|من)..+ون$/.test(head) || /^ال.{3,}يون$/.test(head);
  return second && np.b - np.a <= 2 && isWord(T[np.next]) && !/^[لب](ذلك|هذا|هذه|ذاك)$/.test(T[np.next]!.norm) && !ctx.entType[np.a] && plural && !trailingAttribution(ctx, np.b, e);
}

/** A comma, then بحسب / وفق / حسب … between k and the end e: the clause closes with its own source. */
function trailingAttribution(ctx: Ctx, k: number, e: number): boolean {
  const T = ctx.toks;
  // (within a reported clause's bound, 250 tokens, as contentEnd: one pathological sentence stays linear)
  for (let j = k; j + 1 < Math.min(e, k + 250); j++) if (COMMA.has(T[j]!.text) && /^و?(بحسب|حسب|وفق|وفقا|طبقا|حسبما|بحسبما|وفقما)$/.test(T[j + 1]!.norm)) return true;
  return false;
}

/** A clause particle (ثم، كما، فيما، بينما) before token i in its sentence, with a verb-shaped word after it (ثم ألقى, not ثم بكلمة). */
function verbAfterParticle(ctx: Ctx, i: number): boolean {
  const T = ctx.toks;
  for (let k = i - 2; k >= Math.max(ctx.sentStart[i]!, i - 40); k--) {
    if (!/^[وف]?(ثم|كما|فيما|بينما)$/.test(T[k]!.norm)) continue;
    const v = T[k + 1];
    // (the article as written: ألقى folds to القي)
    return !!v && isWord(v) && !/^[بل]/.test(v.norm) && !/^و?ال/.test(v.text) && !isPrep(v) && !ctx.entType[k + 1];
  }
  return false;
}

/**
 * With no أن, the phrase after a resumptive فيه ends right at the cue's own preposition (or an outlet told before it):
 * في الوقت الذي أشار فيه مصدر مطلع لـ«الشرق الأوسط» إلى …; not رجحت فيه المصادر بقاء زوكالا …
 */
function objectPrepNext(ctx: Ctx, k: number, entry: CueEntry): boolean {
  const T = ctx.toks;
  const prep = (x: number) => !!T[x] && isWord(T[x]) && inPreps(entry.preps, T[x]!.norm);
  if (prep(k)) return true;
  // (ل + the outlet, in quotation marks or not, then the preposition)
  if (!T[k] || !/^ل/.test(T[k]!.norm)) return false;
  for (let x = k + 1; x < k + 6; x++) if (prep(x)) return true;
  return false;
}

/** In a document's relative clause (بكلمة أشار فيها …، بيانا اتهم فيه …), a person or an anonymous source after فيه speaks; a body there is the object. */
function personAfter(ctx: Ctx, np: NP): boolean {
  const L = ctx.lex;
  const w = ctx.toks[np.roleA >= 0 ? Math.min(np.roleA, np.a) : np.a]!.norm;
  return np.type === 'ANON' || (np.type === 'PERS' && (ctx.entType[np.nameA] === 1 || L.titles.has(w) || L.roleNouns.has(w) || L.honorifics.has(w)));
}

/** A thing's noun in construct with a definite word, no person's or body's head: ووصف مشروع القناة بأنه …. */
function thingInConstruct(ctx: Ctx, np: NP): boolean {
  const L = ctx.lex;
  const w = ctx.toks[np.a]!.norm;
  return !/^(ال|وال)/.test(w) && /^ال/.test(ctx.toks[np.a + 1]?.norm ?? '') && !ctx.entType[np.a] && !L.roleNouns.has(w) && !L.titles.has(w) && !L.orgHeads.has(w) && !L.anonHeads.has(w) && !L.plural.has(w) && !L.firstNames.has(w);
}

/** People named by a definite noun: a role, an anonymous head, a plural of people, or a dual party (الجانبان). */
function peopleNoun(ctx: Ctx, np: NP): boolean {
  const L = ctx.lex;
  const w = ctx.toks[np.a]!.norm;
  if (!/^ال/.test(w) || np.b - np.a > 3) return false;
  const bare = w.slice(2);
  return L.roleNouns.has(w) || L.anonHeads.has(w) || L.anonHeads.has(bare) || L.plural.has(w) || L.plural.has(bare) || /^(جانب|طرف|وزير|زعيم|رئيس|بلد|مسؤول|قائد|حزب|فريق)(ان|ين)$/.test(bare) || (np.plural && np.b - np.a === 1 && /^.{3,}ون$/.test(bare));
}

/** Past a time word or two after a subject (اليوم، أمس، الأسبوع الماضي). */
function pastTimeWords(ctx: Ctx, k: number, E: number): number {
  const T = ctx.toks;
  let x = k;
  while (x < E && x - k < 3 && isWord(T[x]) && /^(اليوم|امس|الاسبوع|الشهر|العام|الماضي|الماضيه|الجاري|الحالي|مساء|صباح|ايضا)$/.test(T[x]!.norm)) x++;
  return x;
}

/** A nominal object right after a subject (past a time word or two): أعلنت فيه الهيئة إنجازها …، أكد خلاله الجانبان الحرص على …. */
function nominalObjectAt(ctx: Ctx, k: number, E: number): boolean {
  const T = ctx.toks;
  const L = ctx.lex;
  const x = pastTimeWords(ctx, k, E);
  const t = T[x];
  if (!t || !isWord(t) || L.cues.has(t.norm) || L.complementizers.has(t.norm) || isPrep(t) || ctx.entType[x] === 1) return false;
  const bare = t.norm.replace(/^ال/, '');
  return possessedObject(ctx, t) || L.objectStarters.has(t.norm) || L.objectStarters.has(bare) || derivedMasdar(bare) || derivedMasdar(bare.replace(/(ه|ها|هم|هما)$/, '')) || (/^ال/.test(t.norm) && wordCount(ctx, x, E) >= 3);
}

/** A cue whose object comes first after it (اتهم، وصف، طالب، دعا): the phrase after its فيه is the one accused or called on. */
function objectCue(entry: CueEntry): boolean {
  return entry.stance === 'accuse' || entry.stance === 'demand' || !!entry.objectAhead;
}

/** A source's head at k: a tagged person or body, or a role, title, body, anonymous source or partitive head word. */
function sourceHead(ctx: Ctx, k: number): boolean {
  const L = ctx.lex;
  const n = ctx.toks[k]!.norm;
  return ctx.entType[k] === 1 || ctx.entType[k] === 2 || L.anonHeads.has(n) || L.orgHeads.has(n) || L.roleNouns.has(n) || L.titles.has(n) || L.quantifiers.has(n);
}

/** The cue opens a clause of time inside its sentence (… عندما قال، حين أعلنت، بعدما أكد), not "while" (في حين). */
function timeClause(ctx: Ctx, cueStart: number, i: number, form: CueForm): boolean {
  const T = ctx.toks;
  // (a past verb only: حين يقول is often "as X puts it", a saying; and not لما, as often ل + ما, لما طالب به المواطنون)
  if (form.conj || form.kind !== 'past' || cueStart !== i || cueStart - 2 < ctx.sentStart[i]!) return false;
  return /^و?(عندما|حين|حينما|بعدما)$/.test(T[cueStart - 1]!.norm) && T[cueStart - 2]!.norm !== 'في';
}

/** Token k is a charge with its fused ب (بشن، بارتكاب، بالتورط), not بين، بعد، بعض. */
function chargeWord(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  return !!t && isWord(t) && /^ب/.test(t.norm) && t.norm.length >= 3 && !/^(بدور|بين|بعد|بعض|بان|بانه|بانها)/.test(t.norm) && !ctx.entType[k];
}
