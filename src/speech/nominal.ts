/**
 * Nominal objects of cue verbs: where the object starts after the speaker (أعلنت الوزارة القبض على …), an
 * addressee before a demanded act, an object before the cue's own preposition, and the word shapes they rely on.
 */
import { isEnd, isQuote, isWord, type Ctx } from './context.js';
import { fixedObject } from './content.js';
import { inPreps, type CueForm } from './inflect.js';
import { mentionStartsAt } from './resolve.js';
import { skipLeading } from './speaker.js';
import { derivedMasdar, OBJECT_PRONOUN, ownEventNoun } from './np-words.js';
import { isPlaceHead } from '../entities/place-heads.js';
import { personNameAt } from './person-name.js';

/** Punctuation that sets off an aside before a nominal object (commas and dashes). */
export const COMMA = new Set(['،', ',', '؛', '-', '–', 'ـ']);

export function isPrepOf(form: CueForm, norm: string): boolean {
  return inPreps(form.entry.preps, norm);
}

/** "attending it" (حضوره، حضورها): what an invitation asks, no act (ودعا لحضوره جميع مديري الفروع). */
const ATTEND_IT = /^حضور(ه|ها|هم)$/;
/**
 * The speaker's own feeling as the object (أعلن أسفه، مؤكدا اعتزازه، أكد سعادته بالمشاركة): an expressive act, no
 * proposition (the guideline's أعرب عن ارتياحه). Only with the possessive pronoun: تقديرات is an estimate.
 */
const OWN_FEELING = /^(سعادت|اعتزاز|فخر|سرور|ارتياح|اسف|حزن|قلق|انزعاج|استياء|امتنان|شكر|تقدير|ترحيب|اعجاب|تعاطف|غضب|ابتهاج|فرح|تفاؤل|تعازي)(ه|ها|هم|هما|هن|نا)$/;

/**
 * Where a nominal object starts after the speaker (أعلنت الوزارة القبض على …) and how many code units of
 * its first token a fused preposition takes, or null. `strong`: the speaker phrase is a recognisable source
 * that ended at a phrase boundary, so any bare noun after it is the object.
 */
/** Token c can belong to an event phrase before the cue's preposition (see nominalStart); `first`: right after its noun. */
function eventWord(ctx: Ctx, c: number, first: boolean): boolean {
  const x = ctx.toks[c]!;
  const L = ctx.lex;
  if (x.kind === 'punct') return x.text === '،' || x.text === ',';
  if (x.kind === 'number') return true;
  if (!isWord(x) || L.complementizers.has(x.norm) || L.cues.has(x.norm)) return false;
  if (ctx.entType[c] || L.roleNouns.has(x.norm) || L.titles.has(x.norm) || L.orgHeads.has(x.norm) || L.timeHeads.has(x.norm) || L.timeAdjectives.has(x.norm)) return true;
  const n = x.norm;
  // (a verbal noun is the object, and so is a definite word after the event's time: في بيان أمس المسؤولية عن …)
  const bare = n.replace(/^[وف]?ال/, '');
  if (/^ال/.test(n) && (L.objectStarters.has(bare) || derivedMasdar(bare))) return false;
  const p = ctx.toks[c - 1];
  if (p && isWord(p) && /^(امس|اليوم|غدا)$/.test(p.norm) && /^ال/.test(n) && !L.timeAdjectives.has(n) && !/^ال(اول|ماضي|جاري|حالي)$/.test(n)) return false;
  if (/^[وف]?(ال|لل|بال)/.test(n) || (/^[لب][^ال]../.test(n) && !/(ه|ها|هم)$/.test(n)) || /^(في|مع|الي|عن|من|لدي|بين|حول|عبر|علي|امس|اليوم|غدا|مساء|صباح|ظهر|عصر|ليل|اول|امس|له|لها|لهم)$/.test(n)) return true;
  // (an indefinite event's adjective: في بيان صحفي، في بيان ثانٍ)
  return first && (/(ي|يه|ين)$/.test(n) || /\u064d/.test(x.text)) && !/(ه|ها|هم)$/.test(x.text.replace(/[\u064b-\u0652\u0640]/g, ''));
}

/**
 * The source's description in a في-phrase, up to a comma and the cue's own preposition (كشفت إحدى المؤسسات المتخصصة في
 * مكافحة الهجمات الإلكترونية المتقدمة، عن تحسينات …): where the object starts after it, or null.
 */
export function describedSource(ctx: Ctx, form: CueForm, s: number, limit: number): [number, number] | null {
  const T = ctx.toks;
  const L = ctx.lex;
  if (!form.entry.preps?.length || T[s]?.norm !== 'في' || !isWord(T[s + 1])) return null;
  for (let c = s + 1; c < limit && c - s <= 16; c++) {
    const x = T[c]!;
    if (x.kind === 'punct' && COMMA.has(x.text)) {
      const p = T[c + 1];
      return !!p && isWord(p) && isPrepOf(form, p.norm) && !/^(من|ب|في|ل)$/.test(p.norm) && isWord(T[c + 2]) ? [c + 2, 0] : null;
    }
    if (!isWord(x) || L.cues.has(x.norm) || L.complementizers.has(x.norm)) return null;
  }
  return null;
}

/**
 * The channel the words went out through, then a comma and the cue's own preposition (وأشارت المصلحة عبر موقعها على
 * تويتر، إلى ارتفاع …، وكشفت الوزارة من خلال حسابها الرسمي، عن …): the object starts after the preposition.
 */
function throughChannel(ctx: Ctx, form: CueForm, s: number, limit: number): [number, number] | null {
  const T = ctx.toks;
  const L = ctx.lex;
  if (!form.entry.preps?.length) return null;
  let k = s;
  if (/^و?عبر$/.test(T[k]?.norm ?? '')) k++;
  else if (T[k]?.norm === 'من' && T[k + 1]?.norm === 'خلال') k += 2;
  else return null;
  for (let c = k; c < limit && c - k <= 10; c++) {
    const x = T[c]!;
    if (x.kind === 'punct' && COMMA.has(x.text)) {
      const p = T[c + 1];
      return c > k && !!p && isWord(p) && isPrepOf(form, p.norm) && !/^(من|ب|في|ل)$/.test(p.norm) && isWord(T[c + 2]) ? [c + 2, 0] : null;
    }
    if (!(isWord(x) || isQuote(x)) || L.cues.has(x.norm) || L.complementizers.has(x.norm)) return null;
  }
  return null;
}

export function nominalStart(ctx: Ctx, form: CueForm, from: number, limit: number, free: boolean, strong = false): [number, number] | null {
  const T = ctx.toks;
  const L = ctx.lex;
  let passedComma = false;
  let s = from;
  // (the cue's own noun: وجدد الوزير التأكيد على أهمية …)
  if (form.entry.viaOnly && T[s] && form.entry.via?.includes(T[s]!.norm)) s++;
  // (the event the speaker spoke at, with its complements and commas, before the cue's own preposition: وشدد آل الشيخ
  // خلال جولته التفقدية لمشاريع الوزارة بالعاصمة المقدسة، والمشاعر أمس، على ضرورة …; not a place the event was at:
  // خلال زيارته إلى الرياض إلى أن …)
  if (form.entry.preps?.length && /^و?(خلال|اثناء|في|لدي|عقب|اثر)$/.test(T[s]?.norm ?? '') && isWord(T[s + 1]) && ownEventNoun(ctx, T[s + 1]!.norm)) {
    for (let c = s + 2; c < limit && c - s <= 18; c++) {
      const x = T[c]!;
      if (isWord(x) && isPrepOf(form, x.norm) && !/^(من|ب|في|ل)$/.test(x.norm) && isWord(T[c + 1]) && !ctx.entType[c + 1] && !L.complementizers.has(T[c + 1]!.norm)) return [c + 1, 0];
      // (only the event's own words on the way: its adjectives, genitives and prepositional phrases, places, times and
      // commas; a bare noun is the object itself: أعلن في بيان مسؤوليته عن …، أكد مع الجهات حرص الملك على …)
      if (!eventWord(ctx, c, c === s + 2)) break;
    }
  }
  // (the source's description before a comma and the cue's own preposition)
  const described = describedSource(ctx, form, s, limit) ?? throughChannel(ctx, form, s, limit);
  if (described) return described;
  // (the closing mark of a quoted name: وأشار "بن معمر" إلى مشاركة …)
  while (s < limit && isQuote(T[s]) && ctx.quotes.openOf[s]! >= 0 && ctx.quotes.openOf[s]! < s) s++;
  // (an adverb with ب before the object: وهدد المجلس بالفعل بعواقب …)
  if (s + 1 < limit && B_ADVERB.test(T[s]?.norm ?? '') && isWord(T[s + 1])) s++;
  // (the source's short name in brackets: أعلن الاتحاد الدولي لكرة القدم (فيفا) تحديد …)
  if (T[s]?.text === '(') {
    let c = s + 1;
    while (c < limit && c - s <= 6 && T[c]!.text !== ')' && (isWord(T[c]) || T[c]!.text === '.')) c++;
    if (T[c]?.text === ')' && c > s + 1) s = c + 1;
  }
  while (s < limit && T[s]!.kind === 'punct' && COMMA.has(T[s]!.text)) {
    passedComma = true;
    const d = T[s]!.text;
    s++;
    if (d === '-' || d === '–') {
      // a parenthesis between dashes: "التسريب - وهو عبارة عن … - توجيهات"
      let k = s;
      while (k < limit && k - s < 45 && T[k]!.text !== d) k++;
      if (k < limit && T[k]!.text === d) s = k + 1;
    }
  }
  // (a relative clause on the source between commas: نادي إنبي، الذي ينافس في الدوري المصري، عن ضم …)
  if (passedComma && /^(الذي|التي|الذين)$/.test(T[s]?.norm ?? '')) {
    let c = s + 1;
    while (c < limit && c - s <= 20 && !(T[c]!.kind === 'punct' && COMMA.has(T[c]!.text)) && !isEnd(T[c]!)) c++;
    if (c < limit && c - s <= 20 && T[c]!.kind === 'punct' && COMMA.has(T[c]!.text) && isWord(T[c + 1]) && (isPrepOf(form, T[c + 1]!.norm) || fusedObject(ctx, form, c + 1) || L.objectStarters.has(T[c + 1]!.norm.replace(/^ال/, '')))) s = c + 1;
  }
  // (… or without commas, up to the cue's own preposition: وأشار المحلل الذي لا يرغب في الإفصاح عن اسمه إلى تحقيق …)
  if (!passedComma && /^(الذي|التي|الذين)$/.test(T[s]?.norm ?? '') && form.entry.preps?.length) {
    // (the last one there: the relative clause may hold the preposition too, التي تصدرها المؤسسة عن شهر مايو عن بلوغ …)
    let at = -1;
    for (let c = s + 2; c < limit && c - s <= 12 && isWord(T[c]); c++) {
      if (isPrepOf(form, T[c]!.norm) && T[c]!.norm !== 'من' && T[c]!.norm !== 'ب' && isWord(T[c + 1])) at = c;
    }
    if (at > 0) return [at + 1, 0];
  }
  // (a negated clause after a phrase is no nominal object: وأعلنت حالة طوارىء لا تتوقف …، جهات تمويل تؤكد مدى فعاليته
  // لأنه لا يوفر …)
  if (!free && T[s] && L.negations.has(T[s]!.norm)) return null;
  const s0 = s;
  const s2 = T[s] && (L.objectStarters.has(T[s]!.norm) || L.objectStarters.has(T[s]!.norm.replace(/^ال/, ''))) ? s : skipLeading(ctx, s, limit);
  if (s2 > s) passedComma = passedComma || T[s2 - 1]!.kind === 'punct';
  s = s2;
  // (an issuer's phrase ends at its comma: في بيان صادر عن وزارة الخارجية بثته وكالة الأنباء، وقوف …)
  while (s > from && s < limit && T[s]!.kind === 'punct' && COMMA.has(T[s]!.text) && isWord(T[s + 1])) {
    s++;
    passedComma = true;
  }
  // the verb's fixed object (لافتا الانتباه إلى خطورة …)
  // (… and the day after it: وكشف النقاب أمس عن …)
  if (T[s] && fixedObject(form, T[s]!.norm)) {
    s++;
    while (s < limit - 1 && T[s]!.kind === 'word' && /^(امس|اليوم|مؤخرا|اخيرا|حديثا)$/.test(T[s]!.norm)) s++;
  }
  // (… in construct with the one whose attention is drawn: لفت نظر المسؤولين إلى ضرورة …; with no إلى after it, it only
  // "catches the eye": سوف يلفت نظر المراقبين)
  else if (T[s] && form.entry.fixedObjects && /^(نظر|انتباه|انظار)$/.test(T[s]!.norm)) {
    let c = s + 1;
    while (c < limit && c - s <= 6 && isWord(T[c]) && T[c]!.norm !== 'الي') c++;
    if (T[c]?.norm !== 'الي' || !isWord(T[c + 1])) return null;
    s = c + 1;
  }
  // (a resumptive pronoun of a relative clause: التي انتقد فيها إسرائيل; the event's خلاله: أجرى اتصالا أكد خلاله …)
  if (/^(فيها|فيه|خلاله|خلالها)$/.test(T[s]?.norm ?? '') && s + 1 < limit && isWord(T[s + 1])) s++;
  // a manner adverbial before the object (ونفت موسكو بشكل قاطع اي تورط، نفى بشدة وجود …)
  if (T[s]?.norm === 'بشكل' && isWord(T[s + 1]) && !/^ال/.test(T[s + 1]!.norm) && s + 2 < limit) s += 2;
  else if (T[s] && /^ب/.test(T[s]!.norm) && L.mannerNouns.has(T[s]!.norm.slice(1)) && s + 1 < limit && isWord(T[s + 1])) s++;
  // (the one who chairs the body, a phrase of its own: وأقر اتحاد القدم السعودي برئاسة أحمد عيد عددا من …)
  if (T[s] && /^برئاس(ه|ته)$/.test(T[s]!.norm)) {
    let e = s + 1;
    while (e < limit && isWord(T[e]) && L.titles.has(T[e]!.norm)) e++;
    const named = ctx.entType[e] === 1 && ctx.entEnd[e]! > e ? ctx.entEnd[e]! : (personNameAt(ctx, e, Math.min(limit, e + 5))?.[2] ?? -1);
    if (named > e && named < limit) {
      s = named;
      // (… up to its comma: مجلس إدارة النادي الإسماعيلي برئاسة العميد محمد أبو السعود، وجود أي نية …)
      if (T[s]!.kind === 'punct' && COMMA.has(T[s]!.text) && s + 1 < limit && isWord(T[s + 1])) {
        s++;
        passedComma = true;
      }
    }
  }
  // (the speaker's adjective in the nominative plural, which no preposition governs: وطالب صحافيون بارزون بوضع …)
  if (T[s] && s === s0 && nominativeAfter(ctx, s) && isWord(T[s + 1])) s++;
  // an object pronoun before the complement: واصفا إياه بـ"التضليل"
  if (T[s] && OBJECT_PRONOUN.has(T[s]!.norm)) {
    s++;
    passedComma = true;
  }
  const t = T[s];
  // (another verb's participle opens a claim of its own: ونفت الوزارة ذلك عبر حسابها، مؤكدة أن …; the same verb's
  // goes on with it: وأكد على ذلك …، مؤكدا أن …)
  const part = t && passedComma && form.kind !== 'part' ? L.cues.get(t.norm) : undefined;
  if (part && part.kind === 'part' && part.entry.lemma !== form.entry.lemma) {
    // (… unless an event noun before it, read as a circumstance, was the object: وانتقدت صحف تونسية زيارة ساركوزي،
    // مشيرة إلى …)
    const w = T[s0]!;
    return s0 < s && isWord(w) && !isPrepLike(w.norm) && !L.leadingSkip.has(w.norm) && !L.circumstantial.has(w.norm) && !L.demonstratives.has(w.norm) && !L.eventNouns.has(w.norm) ? [s0, 0] : null;
  }
  // (a reflexive object names no content: أعلنوا عن أنفسهم)
  if (t && /^(عن|ب)$/.test(t.norm) && /^(نفس|انفس)(ه|ها|هم|هما)$/.test(T[s + 1]?.norm ?? '')) return null;
  if (t && (OWN_FEELING.test(t.norm) || (/^(عن|ب)$/.test(t.norm) && OWN_FEELING.test(T[s + 1]?.norm ?? '')))) return null;
  // (a short quoted word opening a longer object, scare quotes: نفت الحركة “الشائعات” حول وفاة …)
  const scare = form.entry.stance === 'deny' && isQuote(t) && ctx.quotes.closeOf[s]! > s && ctx.quotes.closeOf[s]! - s <= 4 && isWord(T[ctx.quotes.closeOf[s]! + 1]) && !L.complementizers.has(T[ctx.quotes.closeOf[s]! + 1]!.norm);
  if (isQuote(t) && ctx.quotes.closeOf[s]! > s) return free || passedComma || form.entry.stance === 'accuse' || scare ? [s, 0] : null;
  if (!t || !isWord(t)) return null;
  // (players left out of a squad are no words ruled out: استبعد مدرب الفريق …، حارس المرمى فواز الخيبري والمهاجم …)
  if (form.entry.lemma === 'استبعد' && playerObject(ctx, s, limit)) return null;
  // a verb whose nominal object is speech only through some of its prepositions (نوه إلى نقل … "pointed out",
  // not نوه بجهود … "praised")
  const only = form.entry.nominalPreps;
  // (a listed ل fused to the object counts: ونوّه لوجود الجمهور …)
  const fusedL = t.norm.length > 3 && t.norm[0] === 'ل' && t.norm[1] !== 'ل' && !!only?.includes('ل');
  // (… and a fused ب before a listed object noun: منوهاً بضرورة تعاون الجميع، نوه بأهمية …)
  const fusedB = t.norm.length > 4 && t.norm[0] === 'ب' && !!form.entry.preps?.includes('ب') && L.objectStarters.has(t.norm.slice(1));
  if (only && !inPreps(only, t.norm) && !fusedL && !fusedB) return null;
  if (isPrepOf(form, t.norm)) {
    const n = T[s + 1];
    // (a number, also in brackets, opens a counted object: أعلنت الوزارة عن (13970) وظيفة)
    if (!n || !(n.kind === 'number' || (n.text === '(' && T[s + 2]?.kind === 'number') || isWord(n) || isQuote(n)) || L.demonstratives.has(n.norm)) return null;
    // (a demand's من names whom it asks; the act follows: طلبت الحكومة من خبراء دوليين تقييم الأمن …)
    if (t.norm === 'من' && form.entry.stance === 'demand') {
      const act = actAfterAddressee(ctx, s + 1, limit);
      if (act > 0) return [act, 0];
    }
    return [s + 1, 0];
  }
  // a preposition fused to the object (قطع بعدم …، هدد بقتل …): the content starts after it
  const p1 = t.norm[0]!;
  // (not a bare pronoun: دراستين أوصى بهما التقرير, the object stands before the subject)
  if (t.norm.length > 3 && (p1 === 'ب' || p1 === 'ل') && form.entry.preps?.includes(p1) && /^(ه|ها|هم|هما|هن)$/.test(t.norm.slice(1))) return null;
  // (not a name that starts with the letter: وطالب بلدية المحافظة بدراسة …, the body is the addressee)
  const named = ctx.entType[s] === 2 && mentionStartsAt(ctx.entities, t.start);
  // (not an adverb with ب: وقطعت القوات بالمقابل خطوط الإمداد)
  // (nor an adjective in the nominative plural, which no preposition governs: وطالب صحافيون بارزون بوضع …)
  const nominative = nominativeAfter(ctx, s);
  // (a clause of time before the cue's own بأن: أقرت جودي ماغي بعدما استجوبتها الشرطة بأنها نشرت الصورة)
  if (/^(بعدما|عندما|حينما)$/.test(t.norm) && form.entry.preps?.includes('ب')) {
    for (let k = s + 1; k < limit && k - s <= 12 && isWord(T[k]); k++) if (/^بان(ه|ها|هم|هما)?$/.test(T[k]!.norm) && isWord(T[k + 1])) return [k + 1, 0];
  }
  // (nor a conjunction or a preposition spelled with the letter: أقرت … بعدما استجوبتها الشرطة بأنها …، بسبب …، بين …)
  if (!named && !nominative && t.norm.length > 3 && (p1 === 'ب' || p1 === 'ل') && form.entry.preps?.includes(p1) && !L.demonstratives.has(t.norm.slice(1)) && !B_ADVERB.test(t.norm) && !B_WORD.test(t.norm)) return [s, p1 === 'ل' ? lamCut(t.text) : t.text.startsWith(p1 + 'ـ') ? 2 : 1];
  // (a fused ل on a verbal noun, for a verb that takes it: داعيا لتمكين الأصوات …)
  if (p1 === 'ل' && form.entry.fusedL && actAt(ctx, form, s)) return [s, lamCut(t.text)];
  const afterObject = form.entry.objectPrep ? objectThenPrep(ctx, form, s, limit) : null;
  if (afterObject) return afterObject;
  // (a demand through its preposition only may still name its addressee first: ونصح العلي المزارعين بغسيل أوراق …)
  if (form.entry.prepOnly) return form.entry.stance === 'demand' && objectPlural(ctx, s) ? addresseeEnd(ctx, form, s, limit) : null;
  if (L.demonstratives.has(t.norm) || L.complementizers.has(t.norm)) return null;
  const act = addresseeAct(ctx, form, s, limit);
  if (act) return act;
  // (an invitation to attend asks for no act: ودعا لحضوره جميع مديري الفروع)
  if (form.entry.fusedL && /^ل/.test(t.norm) && ATTEND_IT.test(t.norm.slice(1))) return null;
  if (free || passedComma || form.entry.stance === 'demand' || form.entry.stance === 'accuse') return [s, 0];
  const bare = t.norm.replace(/^ال/, '');
  // (a definite noun after the day the speaker spoke opens the object: أعلن مصدر أمني عراقي اليوم الاربعاء العثور على …)
  if (strong && s > s0 && /^ال/.test(t.norm) && !ctx.entType[s] && !L.roleNouns.has(t.norm) && !L.orgHeads.has(t.norm) && !L.titles.has(t.norm) && T.slice(s0, s).every((w) => isWord(w) && (L.timeHeads.has(w.norm) || L.timeAdjectives.has(w.norm) || /^(اليوم|امس|الليله|صباح|مساء|اول|اخيرا|مؤخرا|مجددا|حاليا|ايضا)$/.test(w.norm) || WEEKDAY.test(w.norm)))) return [s, 0];
  // (… and after a role in apposition to the named speaker, up to the cue's own preposition: أعلن اليوناني جورجيوس دونيس
  // المدير الفني للهلال عن موافقته على …)
  if (strong && s === from && L.roleNouns.has(t.norm) && ctx.entType[s - 1] === 1) {
    for (let j = s + 1; j < Math.min(limit, s + 8) && isWord(T[j]); j++) {
      if (isPrepOf(form, T[j]!.norm) && T[j]!.norm !== 'من' && isWord(T[j + 1]) && !L.demonstratives.has(T[j + 1]!.norm)) return [j + 1, 0];
      if (L.cues.has(T[j]!.norm) || L.complementizers.has(T[j]!.norm)) break;
    }
  }
  // a possessed verbal noun (نفى … قيامه بالاقتباس، أعلن مسؤوليته عن): the stem is an object starter
  const own = t.norm.replace(/(ت)?(ه|ها|هم|هما)$/, (_m, ta: string | undefined) => (ta ? 'ه' : ''));
  if (L.objectStarters.has(t.norm) || L.objectStarters.has(bare) || (own !== t.norm && L.objectStarters.has(own))) return [s, 0];
  // (a definite verbal noun of the forms انفعال، افتعال، استفعال after the speaker: أعلنت الشركة الاستغناء عن 7800
  // وظيفة; not تفعيل, which names things as often: التنظيم، التقرير)
  if (/^ال/.test(t.norm) && derivedMasdar(bare)) return [s, 0];
  const ownPrep = (k: number): boolean => isWord(T[k]) && isPrepOf(form, T[k]!.norm) && T[k]!.norm !== 'من' && isWord(T[k + 1]) && !L.demonstratives.has(T[k + 1]!.norm);
  const bodyCity = /^ب[^ا]./.test(t.norm) && (ownPrep(s + 1) || (COMMA.has(T[s + 1]?.text ?? '') && ownPrep(s + 2)));
  if (strong && !hasArticleWord(t.norm) && !L.circumstantial.has(t.norm) && !isPrepLike(t.norm) && !bodyCity) return [s, 0];
  // a circumstantial phrase or the rest of the descriptor before a verbal-noun object (نفى بادغيش في نهاية التصريح
  // وجود مفاوضات …، نفى المصمم الياباني لشعار أولمبياد طوكيو 2020 اليوم الأربعاء قيامه بالاقتباس …)
  // (… or a located body's place before the cue's own preposition: كشفت مديرية الشؤون الصحية بالمنطقة الشرقية عن …)
  // (… or the body's city behind ب: أعلنت جامعة الملك عبدالعزيز بجدة، عن قبول …)
  if (isPrepLike(t.norm) || L.circumstantial.has(t.norm) || /^ل../.test(t.norm) || /^بال../.test(t.norm) || bodyCity) {
    for (let j = s + 1; j < Math.min(limit, s + 13); j++) {
      const w = T[j]!;
      if (isQuote(w)) {
        const c = ctx.quotes.closeOf[j]!;
        if (c > j && c < s + 13) {
          j = c;
          continue;
        }
        return null;
      }
      // (a comma before the cue's own preposition: أعلنت عمادة القبول والتسجيل في الجامعة الإسلامية بالمدينة المنورة، عن …)
      if (COMMA.has(w.text) && isWord(T[j + 1]) && isPrepOf(form, T[j + 1]!.norm) && T[j + 1]!.norm !== 'من' && isWord(T[j + 2]) && !L.demonstratives.has(T[j + 2]!.norm)) return [j + 2, 0];
      if (!isWord(w)) return null;
      if (L.complementizers.has(w.norm) || L.cues.has(w.norm)) return null;
      if (j <= s + 4 && isPrepOf(form, w.norm) && isWord(T[j + 1]) && !L.demonstratives.has(T[j + 1]!.norm)) return [j + 1, 0];
      const wo = w.norm.replace(/(ت)?(ه|ها|هم|هما)$/, (_m, ta: string | undefined) => (ta ? 'ه' : ''));
      // (or a derived-form verbal noun: إبحار، استمرار، انسحاب)
      if (!isPrepLike(T[j - 1]!.norm) && (L.objectStarters.has(w.norm) || (wo !== w.norm && L.objectStarters.has(wo)) || derivedMasdar(w.norm))) return [j, 0];
    }
  }
  return null;
}

/** a player's position or role before a name (حارس المرمى، المهاجم، اللاعب), folded */
const PLAYER = /^(ال)?(لاعب|لاعبي|لاعبين|حارس|مهاجم|مدافع|ظهير|محور|جناح|صانع|نجم|ثنائي|ثلاثي)$/;

/** The object at s names players: a position within its first words, then a tagged person within three words. */
function playerObject(ctx: Ctx, s: number, limit: number): boolean {
  const T = ctx.toks;
  if (ctx.lex.objectStarters.has(T[s]!.norm) || ctx.lex.objectStarters.has(T[s]!.norm.replace(/^ال/, ''))) return false;
  for (let k = s; k < Math.min(limit, s + 14); k++) {
    if (!isWord(T[k]) && !isQuote(T[k]) && !COMMA.has(T[k]!.text)) return false;
    if (!PLAYER.test(T[k]!.norm.replace(/^و/, ''))) continue;
    for (let m = k + 1; m <= k + 3 && m < limit; m++) if (ctx.entType[m] === 1) return true;
  }
  return false;
}

/**
 * After an addressee of at most four words at s (خبراء دوليين، إدارة النادي، اللاعبين), the verbal noun of the act
 * asked of it (تقييم، الانتظار، مراجعة، مزيدا من …): its token, or -1.
 */
function actAfterAddressee(ctx: Ctx, s: number, limit: number): number {
  const T = ctx.toks;
  if (!isWord(T[s]) || isPrepLike(T[s]!.norm) || ctx.lex.demonstratives.has(T[s]!.norm)) return -1;
  for (let j = s + 1; j < Math.min(limit, s + 5); j++) {
    const w = T[j]!;
    if (!isWord(w) || ctx.lex.complementizers.has(w.norm) || ctx.lex.cues.has(w.norm) || isPrepLike(w.norm)) return -1;
    const bare = w.norm.replace(/^ال/, '');
    if (ctx.entType[j]) continue;
    // (a bare noun after a definite one starts the act: طلب من البنك حصر جميع كلف التأمين)
    // (a short noun, no verb, pronoun, preposition or adverb: not تمر، لمدة، أسماؤهم، حال; not after a relative, الذي أقام)
    if (!/^ال/.test(w.norm) && (/^(ال|وال)/.test(T[j - 1]!.norm) || ctx.entType[j - 1]) && !/^(الذي|التي|الذين|اللذين|اللتين|اللواتي)$/.test(T[j - 1]!.norm) && /^[^ايتنلبوف].{2,4}$/.test(w.norm) && !/(ها|هم|هما|كم|ين|ون)$/.test(w.norm) && !(w.norm.length === 4 && /ه$/.test(w.norm)) && !/^(حال|حين|عند|لدى|لدي|مثل|غير|بعض|كل|جميع|نحو|قرب|بين|منذ|حول|ضمن|عبر|دون|فوق|تحت|خلف|امام|وسط|ثلاث|اربع|خمس|ست|سبع|ثمان|تسع|عشر|مره|مرات)$/.test(w.norm) && w.kind !== 'number' && isWord(T[j + 1])) return j;
    if (ctx.lex.objectStarters.has(bare) || derivedMasdar(bare) || /^ت..ي.$/.test(bare) || /^ت.ا..$/.test(bare) || /^م.ا..ه$/.test(bare) || /^مزيد/.test(bare) || /^(ضروره|سرعه)$/.test(bare)) return isWord(T[j + 1]) || /^مزيد/.test(bare) ? j : -1;
  }
  return -1;
}

/** adverbs written with ب (بالمقابل، بالتالي، بالفعل), never a fused object */
/** Words that only look like ب or ل + a noun (بعدما، بعد، بسبب، بين، لكن، لدى), folded. */
const B_WORD = /^(بعدما|بعد|بسبب|بين|بينما|بينهم|بدون|بدلا|بحيث|بشان|بخصوص|لكن|لكنه|لكنها|لدي|لدى|لذلك|لاجل|لان|لانه|لانها|لعل|لقد|لما|لهذا)$/;
const B_ADVERB = /^بال(مقابل|تالي|فعل|ضبط|تزامن|اضافه|اساس|اجمال|اخص|ذات|اصاله|نيابه)$/;

/** After the verb's own object (at most 6 words, one comma) at s, the preposition that opens the content. */
export function objectThenPrep(ctx: Ctx, form: CueForm, s: number, limit: number): [number, number] | null {
  const T = ctx.toks;
  const end = Math.min(limit, s + 24);
  let commas = 0;
  for (let j = s + 1; j < end; j++) {
    const t = T[j]!;
    if (t.kind === 'punct' && COMMA.has(t.text) && commas++ === 0) continue;
    if (!isWord(t) || ctx.lex.complementizers.has(t.norm) || ctx.lex.cues.has(t.norm)) return null;
    if (isPrepOf(form, t.norm)) {
      const n = T[j + 1];
      if (isQuote(n) && ctx.quotes.closeOf[j + 1]! > j + 1) return [j + 1, 0]; // أرجع ذلك إلى "الخوف"
      return isWord(n) && !ctx.lex.demonstratives.has(n!.norm) ? [j + 1, 0] : null;
    }
    if (fusedObject(ctx, form, j) && !isPrepLike(t.norm.slice(1)) && !/^ب(شكل|صفته|صفتها|عد|ين|ذلك|هذا|هذه)$/.test(t.norm)) return [j, t.text.startsWith('بـ') ? 2 : 1];
  }
  return null;
}

/**
 * An addressee at s before the demanded act (or the warned people before the danger: حذرت الوزارة المواطنين من …، وحذر
 * العلي الشباب من …; طالبت الإدارة المتهم بمغادرة …، دعت الحكومة الأهالي إلى الخروج): where the act starts, or null.
 */
export function addresseeAct(ctx: Ctx, form: CueForm, s: number, limit: number): [number, number] | null {
  const t = ctx.toks[s]!;
  const stance = form.entry.stance;
  if (stance !== 'demand' && !(stance === 'warn' && (objectPlural(ctx, s) || (GROUP_HEAD.test(t.norm) && !ctx.entType[s]) || ((ctx.entType[s] === 2 || ctx.entType[s] === 3) && mentionStartsAt(ctx.entities, t.start))))) return null;
  return addresseeEnd(ctx, form, s, limit);
}

/** After an addressee of at most 4 words at s, the demanded act through one of the cue's prepositions. */
export function addresseeEnd(ctx: Ctx, form: CueForm, s: number, limit: number): [number, number] | null {
  const T = ctx.toks;
  const end = Math.min(limit, s + 5);
  for (let j = s + 1; j < end; j++) {
    const t = T[j]!;
    if (!isWord(t) || ctx.lex.complementizers.has(t.norm)) return null;
    if (isPrepOf(form, t.norm)) return isWord(T[j + 1]) ? [j + 1, 0] : null;
    if (fusedObject(ctx, form, j) && !isPrepLike(t.norm.slice(1)) && !/^ب(شكل|صفته|صفتها|عد|ين)$/.test(t.norm)) return [j, t.text.startsWith('بـ') ? 2 : 1];
  }
  // (else a fused ل of a verb that takes it, the first one: دعت الولايات المتحدة باكستان للتعاون …, not the genitive of
  // a title, المفوض السامي لحقوق الإنسان)
  if (!form.entry.fusedL) return null;
  for (let j = s + 1; j < end; j++) {
    const t = T[j]!;
    // (an act through ب before it is the act: دعا الحكومة بالعمل الجاد للبدء بتقديم الخدمات)
    if (isWord(t) && /^ب/.test(t.norm) && t.norm.length > 3) return null;
    if (!isWord(t) || t.norm[0] !== 'ل' || t.norm.length <= 3) continue;
    if (/^ل(حقوق|شوون|شئون|علوم|دول)$/.test(t.norm) || !actAt(ctx, form, j, true)) return null;
    return [j, lamCut(t.text)];
  }
  return null;
}

/** Heads of a group of people or bodies (رجال الأعمال، أولياء الأمور، جميع الأطراف): addressees of a demand, not speakers. */
export const GROUP_HEAD = /^(رجال|اولياء|اهالي|الاهالي|ابناء|جميع|كافه|الجميع|شباب|الشباب|طلاب|الطلاب|سكان|الشعب|المجتمع|الجهات|الدول|التجار|النساء|الشركات|المؤسسات|الاسر|الناس|الاطراف)$/;

/** A definite sound masculine plural or dual in the object case (العسكريين، الطرفين), not a name or place. */
export function objectPlural(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k]!;
  return /^ال.{3,}ين$/.test(t.norm) && !ctx.entType[k] && !ctx.lex.firstNames.has(t.norm);
}

/** Nouns whose own first letter is ب, never a fused preposition (برنامج، بيان، بلد، بنك، بطولة، بيئة، بعض) */
const B_NOUN = /^(برنامج|برامج|بيان|بيانات|بلد|بلاد|بلدان|بحث|بحوث|بنك|بنوك|بطوله|بيئه|بيت|بند|بنود|بعض|بديل|بورصه|بوابه|برلمان|بطاقه|بطاقات|بضائع)$/;

/**
 * A word in ب or ل that is an adjective in the nominative plural after a plural in -ون (صحافيون بارزون، جمهوريون
 * بارزون): no preposition governs it, which would take the genitive.
 */
function nominativeAfter(ctx: Ctx, k: number): boolean {
  return /^[بل](?!ال).{3,}ون$/.test(ctx.toks[k]?.norm ?? '') && /ون$/.test(ctx.toks[k - 1]?.norm ?? '');
}

export function fusedObject(ctx: Ctx, form: CueForm, k: number): boolean {
  const n = ctx.toks[k]!.norm;
  if (B_NOUN.test(n)) return false;
  // (a word in the nominative plural is no ب + noun, which would take the genitive: وطالب صحافيون بارزون بوضع …)
  if (nominativeAfter(ctx, k)) return false;
  // (a name whose own first letter is ب, باكستان، بغداد, is tagged from that letter on: no preposition there)
  // (nor one fused to a place that begins there: عدد من المسافرين بمطار الأمير محمد بن عبدالعزيز بسرعة …)
  return n.length > 3 && n[0] === 'ب' && !!form.entry.preps?.includes('ب') && !ctx.lex.demonstratives.has(n.slice(1)) && n !== 'باسم' && !isPlaceHead(n.slice(1).replace(/^ال/, '')) && !(ctx.entType[k] && (mentionStartsAt(ctx.entities, ctx.toks[k]!.start) || mentionStartsAt(ctx.entities, ctx.toks[k]!.start + 1)));
}

export function hasArticleWord(n: string): boolean {
  return /^(ال|وال|بال|لل)/.test(n);
}

export function isPrepLike(n: string): boolean {
  return /^(في|الي|على|علي|عن|من|مع|منذ|خلال|قبل|بعد|عند|لدى|حول|ضد|امام)$/.test(n);
}

/** days of the week, folded */
export const WEEKDAY = /^(ال)?(سبت|احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه)$/;

/** Blessings a prayer asks for (دعا له بالشفاء، تدعو للفقيد بالرحمة): دعا with them prays, it demands nothing. */
const BLESSING = /^(رحمه|مغفره|شفاء|توفيق|هدايه|نجاح|صبر|سداد|عافيه|خير|بركه|فلاح|ثبات)$/;

/**
 * Whether the token at k opens the verb's act: its preposition, as a word or fused (إلى، على، بالتدخل), or for a verb
 * that takes it a fused ل on a verbal noun (للتعاون، لوقف، لتغليب), never a pronoun, a name or a prayer's object.
 */
export function actAt(ctx: Ctx, form: CueForm, k: number, loose = false): boolean {
  const T = ctx.toks;
  const t = T[k];
  if (!t || !isWord(t)) return false;
  const preps = form.entry.preps;
  if (inPreps(preps, t.norm)) return true;
  const p = t.norm[0]!;
  const rest = t.norm.slice(1);
  if (t.norm.length <= 3 || (p !== 'ب' && p !== 'ل')) return false;
  if (ctx.entType[k] && mentionStartsAt(ctx.entities, t.start)) return false;
  if (p === 'ب') return !!preps?.includes('ب') && !/^(ه|ها|هم|هما|هن|ذلك|هذا|هذه|ين|عد|شكل)$/.test(rest);
  if (!form.entry.fusedL && !preps?.includes('ل')) return false;
  // (loose: right after an addressee any noun will do, لحضور الحفل; elsewhere a verbal noun's shape is needed)
  if (/^(ه|ها|هم|هما|هن|ك|كم|ي|نا|ذلك|هذا|هذه)$/.test(rest) || /^(دي|دى|دي[هك]|دى[هك]|كن|ان|ذا)/.test(rest)) return false;
  // (an invitation to attend, ودعا لحضوره جميع مديري الفروع, asks for no act)
  if (ATTEND_IT.test(rest)) return false;
  if (!loose && !(rest.startsWith('ل') || ctx.lex.objectStarters.has(rest) || derivedMasdar(rest) || /^ت..ي.$/.test(rest))) return false;
  // (a prayer: يدعو لأفرادها بـ«الهداية»، دعت للفقيد بالرحمة)
  for (let j = k + 1; j < Math.min(T.length, k + 5); j++) {
    const w = T[j]!.norm.replace(/^ب/, '').replace(/^ال/, '');
    if (BLESSING.test(w)) return false;
  }
  return true;
}

/**
 * Code units of a fused ل to leave out of the content: the preposition, with the article's ل it absorbs (للتعاون →
 * تعاون, as the annotation guideline cuts it), its marks and a tatweel (لـ«…»).
 */
export function lamCut(text: string): number {
  let k = 1;
  while (k < text.length && /[\u064b-\u0652\u0640]/.test(text[k]!)) k++;
  if (text[k] === 'ل') {
    k++;
    while (k < text.length && /[\u064b-\u0652\u0640]/.test(text[k]!)) k++;
  }
  return k < text.length ? k : 1;
}
