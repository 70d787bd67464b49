/**
 * Word classes for speaker phrases: prepositions, titles, name words, event nouns and the tests that tell a
 * name from a role, a body or a particle. Arabic has no capitals, so these decide where a name is.
 */
import { isWebAddress, LATIN_INITIAL, type Token } from '../text/tokenize.js';
import { isQuote, type Ctx } from './context.js';
import { mentionStartsAt } from './resolve.js';
import type { Lexicon } from './lexicon.js';

export const PREPS = new Set(['في', 'الي', 'على', 'علي', 'عن', 'من', 'مع', 'ب', 'منذ']);

/** A preposition; folded على equals the name علي, so the written ى decides. */
export function isPrep(t: Token): boolean {
  if (t.norm === 'علي') return t.text.includes('ى');
  return PREPS.has(t.norm);
}
/**
 * A word that opens a sentence but is no verb: a preposition or adverb (وبدون شك هذا قد انعكس …، ومع ذلك), a
 * demonstrative or a particle. The phrase after it is no verb's subject. (Words a verb shares once folded stay out:
 * هنأ folds to هنا, and بين، حول، عبر، ضمن، خلف، دون، غير are verbs too.)
 */
export function notVerbWord(t: Token): boolean {
  return t.kind === 'word' && (/^[وف]?(بدون|مع|في|من|الي|منذ|خلال|عند|لدي|بحسب|رغم|برغم|وسط|امام|نحو|تحت|فوق|ازاء|حتي|هذا|هذه|ذلك|تلك|هناك|اذا|لو|لولا|عن|بل|او|لعل|ربما)$/.test(t.norm) || (t.norm.replace(/^[وف]/, '') === 'علي' && t.text.includes('ى')));
}
/** Participles of charge and concern, whose ب-complement belongs to the phrase (المكلفة بشؤون المرأة، المعني بمراقبة …). */
export const ASSIGNED = /^(ال)?(مكلف|مكلفه|معني|معنيه|معنيين|مختص|مختصه|مختصين|متخصص|متخصصه|متخصصين|مهتم|مهتمه|مهتمين)$/;
/** A document's relative verb: the report "it issued", the survey "it conducted" (أصدرته، نشرتها، أعدته، أجرتها). */
export const MADE_IT = /^(اصدرته|اصدرتها|نشرته|نشرتها|اعدته|اعدتها|اجرته|اجرتها)$/;
export const QUANT = new Set(['كافه', 'جميع', 'كل', 'بعض', 'مختلف']);
export const NAME_JOIN = new Set(['عبد', 'ابو', 'ابن', 'بن', 'ال', 'ام', 'بنت', 'ابي']);
/** Words after which a cue spelling is part of a name (علي بن أبي طالب، صالح آل طالب، موفق أبو طالب). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['بن', 'ابن', 'بنت', 'ابي', 'ابو', 'ابا', 'ال', 'ام', 'عبد']);

/** The written word is إمام "imam" (hamza below), a role, never أمام "in front of". */
export function isImam(t: Token): boolean {
  return /^و?إمام$/.test(t.text.replace(/[\u064b-\u0652\u0640]/g, ''));
}

export function hasArticle(norm: string): boolean {
  return norm.startsWith('ال') && norm.length > 3;
}

/** Definite by the article, also behind a proclitic (للجنة، بالوزارة، والشؤون). */
export function definite(norm: string): boolean {
  return hasArticle(norm) || (/^(لل|بال|وال|فال|كال)/.test(norm) && norm.length > 4);
}

/** و + a body or role noun continues a coordinated speaker (كتلتا دولة القانون وائتلاف الوطنية). */
export function coordinated(ctx: Ctx, t: Token): boolean {
  if (!t.norm.startsWith('و') || t.norm.length < 4) return false;
  const b = t.norm.slice(1);
  return ctx.lex.orgHeads.has(b) || ctx.lex.roleNouns.has(b) || (ctx.lex.titles.has('ال' + b) && !ctx.lex.honorifics.has(b));
}

export function isTitle(ctx: Ctx, t: Token): boolean {
  return ctx.lex.titles.has(t.norm) || ctx.lex.honorifics.has(t.norm);
}

/** A military/academic title that may stand inside a phrase before a name (not a role noun such as الرئيس). */
export function innerTitle(ctx: Ctx, t: Token): boolean {
  return ctx.lex.titles.has(t.norm) && !ctx.lex.honorifics.has(t.norm) && !ctx.lex.roleNouns.has(t.norm) && t.norm !== 'دوله';
}

/** Token k lies in a person mention of the document's entities. */
export function inPerson(ctx: Ctx, k: number): boolean {
  return ctx.entType[k] === 1;
}

/** Token k continues the person mention of the token before it, no mention of its own starting there (إبراهيم قالن). */
export function insidePerson(ctx: Ctx, k: number): boolean {
  return k > 0 && ctx.entType[k] === 1 && ctx.entType[k - 1] === 1 && ctx.entEnd[k]! < 0;
}

/** An event noun, with or without the article and a dual/plural or pronoun ending (بيانين، الاجتماع، تصريحاته). */
export function isEventNoun(ctx: Ctx, norm: string): boolean {
  const E = ctx.lex.eventNouns;
  if (E.has(norm)) return true;
  const bare = norm.replace(/^(ال|وال)/, '');
  if (E.has(bare)) return true;
  const stem = bare.replace(/(ين|ان|ات|ها|هم|ه)$/, '');
  return stem.length >= 3 && (E.has(stem) || E.has(stem + 'ه'));
}

/** An event noun, also a feminine one with its pronoun, which writes ة as ت (جولته، زيارتها). */
export function ownEventNoun(ctx: Ctx, norm: string): boolean {
  if (isEventNoun(ctx, norm)) return true;
  const m = /^(?:ال|وال)?(.{3,}ت)(ها|هم|هما|ه)$/.exec(norm);
  return !!m && ctx.lex.eventNouns.has(m[1]!.slice(0, -1) + 'ه');
}

/**
 * A word that begins with ب and is not part of a name: the verb's complement or a manner adverbial after
 * the speaker (اتهم … الحكومة بخرق، قال بحزن). Known first names (بشار، باراك، بنيامين) and باسم after
 * a spokesman noun stay in the phrase.
 */
export function bPhrase(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k]!;
  const n = t.norm;
  if (!/^ب/.test(n) || n.length < 4 || inPerson(ctx, k)) return false;
  if (ctx.lex.firstNames.has(n) || NAME_JOIN.has(n) || n.startsWith('بن')) return false;
  if (n === 'باسم') return false;
  // (a surname that starts with ب, written after a first name earlier: غاي بنسون … وقد اعترف بنسون أنه …)
  if (seenAsName(ctx, k)) return false;
  // (a place or body whose own name starts with ب: قيادة عمليات بغداد، بلدية بريدة)
  if ((ctx.entType[k] === 2 || ctx.entType[k] === 3) && mentionStartsAt(ctx.entities, t.start)) return false;
  return true;
}

/** The word at a was written earlier in the document after a name or title (خالد محفوظ بحاح … وأكد بحاح). */
export function seenAsName(ctx: Ctx, a: number): boolean {
  const T = ctx.toks;
  const n = T[a]!.norm;
  for (let k = a - 1; k > 0 && k > a - 3000; k--) if (T[k]!.norm === n && (nameLike(ctx, T[k - 1]) || isTitle(ctx, T[k - 1]!))) return true;
  return false;
}

/**
 * A particle of a foreign name (لو دريان، دي ميستورا، فان رومبوي) written before as part of a name, after a first name
 * and before the same word: وزير الدفاع جان إيف لو دريان … وقال لو دريان إن … ("if" and "of" elsewhere).
 */
export function seenNameParticle(ctx: Ctx, a: number): boolean {
  const T = ctx.toks;
  const n = T[a]!.norm;
  const next = T[a + 1];
  if (!/^(لو|دي|دو|فان|فون|لا)$/.test(n) || next?.kind !== 'word') return false;
  for (let k = a - 1; k > 0 && k > a - 3000; k--) if (T[k]!.norm === n && T[k + 1]?.norm === next.norm && nameLike(ctx, T[k - 1]) && (ctx.entType[k] === 1 || ctx.entType[k - 1] === 1)) return true;
  return false;
}

/** A word that can be part of a personal name: no article, not a role, organisation, particle or cue. */
export function nameLike(ctx: Ctx, t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' && t.kind !== 'latin') return false;
  // (memoised per token and lexicon: the phrase rules ask about the same words many times)
  let memo = NAME_LIKE.get(ctx.lex);
  if (!memo) NAME_LIKE.set(ctx.lex, (memo = new WeakMap()));
  const hit = memo.get(t);
  if (hit !== undefined) return hit;
  const r = nameLikeWord(ctx, t);
  memo.set(t, r);
  return r;
}
const NAME_LIKE = new WeakMap<object, WeakMap<Token, boolean>>();

function nameLikeWord(ctx: Ctx, t: Token): boolean {
  // (a web or e-mail address is no name: www.sfda.gov.sa)
  if (t.kind === 'latin' && isWebAddress(t.text)) return false;
  const n = t.norm;
  if (n === 'علي') return !isPrep(t);
  // an indefinite accusative (حسماً، جداً) is an adverbial, never a name
  if (/\u064b/.test(t.text)) return false;
  if (/(هم|هن|هما|كم)$/.test(n) && n.length > 4) return false;
  if (/ها$/.test(n) && n.length >= 5) return false;
  const L = ctx.lex;
  // a known first name that happens to begin with ال (الكسندر، اليستير)
  if (L.firstNames.has(n)) return true;
  if (hasArticle(n) || n.length < 2) return false;
  if (L.roleNouns.has(n) || L.orgHeads.has(n) || L.anonHeads.has(n) || L.titles.has(n) || L.honorifics.has(n)) return false;
  if (L.circumstantial.has(n) || L.leadingSkip.has(n) || L.complementizers.has(n) || L.cues.has(n) || L.objectStarters.has(n)) return false;
  if (L.demonstratives.has(n) || L.clauseStarts.has(n) || L.adjectives.has(n)) return false;
  // (a negation opens the words said: وأضاف النجيفي لا بد من …)
  if (L.negations.has(n)) return false;
  if (/^(لل|بال|وال|فال|كال)/.test(n)) return false;
  // (nor "what", "which", "whoever": ما ينفع المسلمين، بما يخدم …)
  if (/^[وفب]?(ما|مما|بما|عما|كما|فيما|ممن|لما|كلما)$/.test(n)) return false;
  return true;
}

export function headOf(ctx: Ctx, a: number, b: number): Token | undefined {
  let i = a;
  while (i < b && (ctx.lex.honorifics.has(ctx.toks[i]!.norm) || isQuote(ctx.toks[i]) || (i + 1 < b && ctx.lex.quantifiers.has(ctx.toks[i]!.norm)))) i++;
  // (the partitive من of a quantity: عدد من الخبراء)
  if (i + 1 < b && partitiveAt(ctx, i - 1)) i++;
  return ctx.toks[i];
}

/** Quantity nouns that take a partitive من (عدد من الخبراء، مجموعة من المنظمات، بعض من …). */
const PARTITIVE = new Set(['عدد', 'مجموعه', 'العديد', 'الكثير', 'كثير', 'بعض', 'عشرات', 'مئات', 'الاف', 'جمله', 'عده', 'احد', 'احدي', 'فريق']);

/** Token k is a quantity noun followed by its partitive من. */
export function partitiveAt(ctx: Ctx, k: number): boolean {
  const n = ctx.toks[k]?.norm ?? '';
  // (with its و, or the ل fused after وفقا: وعدد من المغردين، وفقا لعدد من مسؤولي المصارف)
  return k >= 0 && (PARTITIVE.has(n) || (/^[ول]/.test(n) && PARTITIVE.has(n.slice(1)))) && ctx.toks[k + 1]?.norm === 'من';
}

/** An anonymous head, also in the accusative after إن/أن (مسؤولاً → مسؤولا). */
export function anonHead(ctx: Ctx, norm: string): boolean {
  const A = ctx.lex.anonHeads;
  // (an accusative ا, or a plural in construct without its ن: مختصو الأرصاد، مسؤولو الوزارة)
  // (… or in the genitive: مسؤولي المصارف)
  return A.has(norm) || (norm.length > 4 && norm.endsWith('ا') && A.has(norm.slice(0, -1))) || (norm.length > 4 && /[وي]$/.test(norm) && A.has(norm + 'ن'));
}

/** The period of an abbreviated title (د. ناصر الموسى، م. البنيان): token k is "." right after د/أ/م and before a word. */
export function titleDot(ctx: Ctx, k: number): boolean {
  const T = ctx.toks;
  const t = T[k];
  const p = T[k - 1];
  // (… or a Latin initial spelled out: كيه. شانموجام، جورج دبليو. بوش)
  return !!t && !!p && t.text === '.' && (p.norm === 'د' || p.norm === 'ا' || p.norm === 'م' || LATIN_INITIAL.test(p.norm)) && p.end === t.start && isWordTok(T[k + 1]);
}

function isWordTok(t: Token | undefined): boolean {
  return !!t && (t.kind === 'word' || t.kind === 'latin');
}

/** A verbal noun of the derived forms (إبحار، احترام، استمرار، انسحاب), folded: it opens an object, never a speaker. */
export function derivedMasdar(norm: string): boolean {
  return /^(ا..ا.|ا.ت.ا.|است..ا.|ان..ا.)$/.test(norm) && !PLURAL_AF3AL.test(norm);
}

/** Broken plurals and nouns of people or bodies shaped like a form-IV verbal noun (أعضاء، أصحاب، أبناء، أستاذ، اتحاد): they can speak. */
const PLURAL_AF3AL = /^(اتحاد|استاذ|اعضاء|اشخاص|اطباء|انباء|اوساط|انصار|اطفال|اعيان|اشقاء|ابناء|اصحاب|احفاد|اعداء|اطراف|اقطاب|ائمه|اخوان|اسياد|ابطال|اعلام)$/;

/** Token k is باسم right after a spokesman (المتحدث باسم …): "in the name of", never the first name باسم. */
export function spokesmanBasim(ctx: Ctx, k: number): boolean {
  return ctx.toks[k]?.norm === 'باسم' && k > 0 && /^(ال)?(متحدث|ناطق|موقع|صادر)(ه|ون|ين)?$/.test(ctx.toks[k - 1]!.norm);
}

/**
 * A word shaped like a finite verb that no noun shares: an imperfect plural (ويستغربون، يصرون; not the nisba plurals
 * in -يون). Such a word heads no speaker phrase. (A dual past, أصدرتا، is left alone: صحيفتا، وزارتا are nouns.)
 */
export function verbShaped(norm: string): boolean {
  return /^[وف]?[يت].{3,}ون$/.test(norm) && !/يون$/.test(norm);
}

const KIN = /^(احد|احدي|بعض|كل|جميع|معظم|اغلب|غالبيت|كثير|عدد|صاحب|صاحبت|والد|والدت|ام|اب|ابو|اخ|اخو|اخت|شقيق|شقيقت|زوج|زوجت|ابن|ابنت|نجل|نجلت|عم|عمت|خال|خالت|جد|جدت|صديق|صديقت|زميل|زميلت|جار|جارت|اقارب|اهل|ذوي|اسرت|عائلت|محامي|وكيل|مدرب|مدير|رئيس|نائب|مستشار|قائد|مساعد|طبيب|معلم|معلمت)$/;

/** particles that open a clause, never a speaker phrase (لكني عدت …، لكي يوفق، لطالما، بأنني أريد، وطبقا) */
export const PARTICLE_START = /^[وف]?(لذا|لذلك|لهذا|سوف|ربما|لقد|لكني|لكنني|لكي|كي|لطالما|بانني|باننا|وطبقا|طبقا|وفقا|اتدري|اتعلم|ماذا|لماذا|هل|كيف|متي|ليت|لعل|كذا|او)$/;

/** adjectives and adverbs that stand alone after a cue but never name a speaker (قال آخر الأمر، السابق، ذاته، مبتسما) */
const NEVER_SPEAKER = /^(العكس|بالعكس|النقيض|السابق|الاسبق|الحالي|ذاته|نفسه|ايضا|كذلك|بدوره|بدورها|مبتسما|مبتسمه|ضاحكا|ضاحكه|ساخرا|ساخره|متهكما|خصوصا|خاصه|تحديدا|عموما|علنا|صراحه|مجددا|دائما|غالبا|احيانا|اساسا|اصلا|فعلا|حاليا|سابقا|لاحقا|مؤخرا|اخيرا|رسميا|شخصيا|مازال|مازالت|مايزال|ماتزال|لازال|لازالت|لايزال|لاتزال|ظل|ظلت|بات|باتت|اصبح|اصبحت|فورا|حالا|سريعا|بسرعه|فجاه|مباشره)$/;
/** An adverb or a word of "same, also, former" (خصوصا، أيضا، نفسه، السابق), folded: never a speaker, not even a fallback. */
export function neverSpeaker(norm: string): boolean {
  return NEVER_SPEAKER.test(norm);
}
/** a preposition with an attached pronoun (عنك، إليه، لهم): names nobody */
export const PREP_WITH_PRONOUN = /^(عن|مع|من|الي|علي|في|خلال|اثناء|ضمن|عبر|حول|عند|لدي|امام|اثر|وسط)(ك|كم|ه|ها|هم|هما|نا|ي)$|^(ل|ب)(ك|كم|ه|ها|هم|هما|نا)$/;

/**
 * A one-word speaker phrase that no speaker is written as, and that would otherwise be carried on to every later
 * claim of the article: a noun with a possessive pronoun (في مؤتمر صحافي عقده، وكيل أعماله), a manner adverbial
 * (فقال ببساطة، قال وبذات الزهو …) or an adjective (السابق، الحالي). (A four-letter imperfect, أخفف، يتسم، was tried and
 * dropped: as many names share the shape, أمجد، تشاك.)
 * (آخر stays: وقال آخر "another one said".) On 2,000 SaudiNewsNet articles such
 * words were the speaker of 60 claims, most of them inherited. Names, roles, titles and entities are never one.
 */
/** Token k is a future verb (سوف، سيتمكن، ستعمل), never a speaker's first word; not a known or tagged name (ستيفن). */
export function futureVerbAt(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  if (!t || t.kind !== 'word' || ctx.entType[k]) return false;
  const n = t.norm;
  if (n === 'سوف') return true;
  return /^س[يتن].{3,}$/.test(n) && !ctx.lex.firstNames.has(n) && !seenAsName(ctx, k);
}

/** An occasion's noun alone, folded (الافتتاح، الحفل، الزيارة): the occasion of the words, never their speaker. */
/** A holy site's adjective alone, folded (الحرام of المسجد الحرام، النبوي، الشريف): left from a place's name, never a speaker. */
export const SITE_ALONE = /^ال(حرام|نبوي|شريف|اقصي|مقدسه)$/;
export const OCCASION_ALONE = /^ال(افتتاح|حفل|احتفال|احتفاليه|ختام|زياره|جوله|مناسبه)$/;

export function junkSpeakerWord(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  if (!t || t.kind !== 'word' || ctx.entType[k]) return false;
  const L = ctx.lex;
  const n = t.norm;
  if (L.firstNames.has(n) || L.titles.has(n) || L.roleNouns.has(n) || L.anonHeads.has(n) || L.orgHeads.has(n) || L.honorificPronouns.has(n)) return false;
  if (NEVER_SPEAKER.test(n) || PREP_WITH_PRONOUN.test(n) || PARTICLE_START.test(n)) return true;
  // (an occasion's noun alone, the tail of an event phrase: وأشار في كلمة في حفل الافتتاح أمس …)
  if (OCCASION_ALONE.test(n) || SITE_ALONE.test(n)) return true;
  if (seenAsName(ctx, k)) return false;
  const bare = t.text.replace(/[\u064b-\u0652\u0640]/g, '');
  // (a written ه, not ة: عقده، أعماله، حرصه)
  // (not a relative or a holder of a role: والدهما، شقيقه، زوجته، محاميه، مدربه)
  const stem = /[^\u0629](ه|ها|هم|هما)$/.test(bare) && bare.length >= 4 && !/^ال/.test(n) ? n.replace(/(ه|ها|هم|هما)$/, '') : '';
  // (nor a sound plural, its subject case before the pronoun: مطوروها، أعضاؤها; nor a body: حكومتها، قيادتها)
  const head = stem.replace(/^و(?=...)/, '');
  const fem = /ت$/.test(head) ? head.slice(0, -1) + 'ه' : '';
  const person = (w: string) => !!w && (KIN.test(w) || L.roleNouns.has(w) || L.anonHeads.has(w) || L.titles.has(w) || L.orgHeads.has(w));
  // (nor a participle or an agent noun: مقدمه، منظموه، كاتبه، سائقه)
  const agent = /^م...+$/.test(head) || /^.ا..$/.test(head);
  if (stem && !/[وؤا]$/.test(stem) && !agent && !person(stem) && !person(head) && !person(fem)) return true;
  if (/^و?ب/.test(n) && (L.mannerNouns.has(n.replace(/^و?ب/, '')) || /^و?بذات$/.test(n))) return true;
  // (a noun with "my", a quoted first person's: سعادتي، رغبتي، كلمتي)
  if (/^[^ا].{2,}تي$/.test(bare) && !/^ال/.test(n) && !KIN.test(n.slice(0, -2) + 'ه')) return true;
  // (… or with "our": وقال هدفنا هو تنفيذ الاتفاقية … is a quotation without its marks)
  if (/^[^ا].+[^اوي]نا$/.test(bare) && !/^[وف]?ال/.test(n)) return true;
  return false;
}

/** A ب/ل-prefixed word right after a verb that is its prepositional object (بقيادة، لجهود), not the subject (بعض، باسل). */
export function prepObjectWord(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  if (!t || t.kind !== 'word' || ctx.entType[k] || !/^[بل][^ل]../.test(t.norm)) return false;
  const L = ctx.lex;
  const n = t.norm;
  return !L.firstNames.has(n) && !L.orgHeads.has(n) && !L.roleNouns.has(n) && !L.titles.has(n) && !L.anonHeads.has(n) && !L.quantifiers.has(n) && !L.honorificPronouns.has(n) && !seenAsName(ctx, k);
}

/** Words for "others" or "some" that are a whole speaker phrase (واتهم آخرون صالح بدعم …، ويرى البعض أن …), folded. */
export const WHOLE_GROUP = /^[وف]?(اخرون|اخرين|البعض|كثيرون|عديدون|غيرهم)$/;

/** "Praise be to God" at t, next (الحمد لله، الحمد الله): a speaker's words opening, never a family name (محمد خالد الحمد الصباح). */
export function praiseWords(t: Token | undefined, next: Token | undefined): boolean {
  return t?.norm === 'الحمد' && /^(لله|الله)$/.test(next?.norm ?? '');
}

/**
 * A folded definite word that may end a person's name as the family name (المبارك، الرويلي، الثقفي): no role, title,
 * adjective, body's head, time word, group noun, cue or feminine / plural ending.
 */
/** a compass point, the end of a place's name (ظهران الجنوب، جازان الشمالية is an adjective), folded */
const DIRECTION = /^ال(جنوب|شمال|شرق|غرب|وسط)$/;

export function familyNameWord(L: Lexicon, f: string): boolean {
  if (!/^ال.{3,}/.test(f) || DIRECTION.test(f)) return false;
  return !(L.roleNouns.has(f) || L.titles.has(f) || L.adjectives.has(f) || L.orgHeads.has(f) || L.timeHeads.has(f) || L.timeAdjectives.has(f) || L.plural.has(f) || L.anonHeads.has(f) || L.cues.has(f) || /(يه|يون|يين|ات)$/.test(f));
}

/** An object pronoun before the complement: واصفا إياه بـ"التضليل"، عادًّا إياه … (folded). */
export const OBJECT_PRONOUN = new Set(['اياه', 'اياها', 'اياهم', 'اياهما']);
