/**
 * The subject written before its cue (SVO: المعارضة السورية أعلنت أن …), with the checks that the words
 * before the cue form a source and not a fronted topic, an adverbial or an object.
 */
import { isMonthWord } from '../entities/months.js';
import { articleBeforeQuote, isQuote, isWord, type Ctx } from './context.js';
import { anonHead, isPrep, nameLike, partitiveAt, PREPS } from './np-words.js';
import { firstNameAt } from './person-name.js';
import { build, trailingName, type NP } from './np-names.js';
import { eulogyEnd } from './eulogy.js';

/** The subject phrase written before the cue (SVO): tokens [a, b) from the clause start, or null. */
export function subjectBefore(ctx: Ctx, cue: number): NP | null {
  const T = ctx.toks;
  const L = ctx.lex;
  if (topicFronted(ctx, cue)) return null;
  // (a quotation opening right before the cue holds the whole clause, verb first: وجاء فيه "أكد متعاملون …")
  // (not a quoted verb alone, the subject before it: إلا أن بعثة الاتحاد الإفريقي في الصومال «نفت بشدة» مزاعم …)
  if (cue > 0 && isQuote(T[cue - 1]) && ctx.quotes.closeOf[cue - 1]! > cue + 3) return null;
  let e = cue;
  if (e > 0 && (T[e - 1]!.norm === 'قد' || T[e - 1]!.norm === 'لقد')) e--;
  // ("soon": لكن الجانب الكردي سرعان ما نفى هذه الاتهامات)
  else if (e > 1 && T[e - 1]!.norm === 'ما' && T[e - 2]!.norm === 'سرعان') e -= 2;
  // ("in turn": «الجزيرة» بدورها تساءلت عن …)
  else if (e > 1 && /^بدور(ه|ها|هم|هما)$/.test(T[e - 1]!.norm) && (isWord(T[e - 2]) || isQuote(T[e - 2]))) e--;
  const s0 = ctx.sentStart[cue]!;
  // a body or person opening the sentence, then إذ and the cue (ووزارة الداخلية إذ تعلن ذلك لتؤكد …): the topic is the
  // subject
  if (e - 1 > s0 && /^(اذ|وهي|وهو)$/.test(T[e - 1]!.norm) && e - 1 - s0 <= 6 && (ctx.entType[s0] === 1 || ctx.entType[s0] === 2) && ctx.entEnd[s0] === e - 1) {
    const np = plausibleSubject(ctx, s0, e - 1, cue);
    if (np && (np.type || np.named)) return np;
  }
  // a religious formula between the subject and its verb (سمعت رسول الله صلى الله عليه وسلم يقول، أبو هريرة رضي الله
  // عنه قال): the subject ends before it
  for (let k = Math.max(s0 + 1, e - 6); k < e; k++) {
    const f = eulogyEnd(ctx, k);
    let g = f;
    while (g > 0 && g < e && /^[-ـ–—،,]+$/.test(T[g]!.text)) g++;
    if (f > 0 && g === e) {
      e = k;
      while (e > s0 + 1 && /^[-ـ–—]+$/.test(T[e - 1]!.text)) e--;
      break;
    }
  }
  // "وسبق لوسائل إعلام اسبانية أن ذكرت": the subject is the ل-phrase after سبق
  if (e > 1 && T[e - 1]!.norm === 'ان') {
    for (let q = e - 2; q >= Math.max(s0, e - 8); q--) {
      if (/^و?سبق$/.test(T[q]!.norm) && /^ل./.test(T[q + 1]?.norm ?? '') && q + 1 < e - 1) {
        const np = plausibleSubject(ctx, q + 1, e - 1, cue);
        if (np) np.cut = T[q + 1]!.text.startsWith('لـ') ? 2 : 1;
        return np;
      }
    }
    return null;
  }
  // a parenthetical anonymity formula between the subject and its cue: مسؤولاً محلياً، طلب عدم ذكر اسمه، قال
  if (e > 2 && (T[e - 1]!.text === '،' || T[e - 1]!.text === ',')) {
    for (let k = e - 2; k > Math.max(s0, e - 8); k--) {
      const t = T[k]!;
      if (t.text === '،' || t.text === ',') {
        let anon = false;
        for (let m = k + 1; m < e - 1; m++) anon = anon || L.anonymityWords.has(T[m]!.norm);
        if (anon) e = k;
        break;
      }
    }
  }
  // a parenthesis between dashes before the cue: "شقيق المتوفى- تحتفظ "سبق" بالمعلومات- قال"
  if (e > 3 && (T[e - 1]!.text === '-' || T[e - 1]!.text === '–')) {
    for (let k = e - 3; k > Math.max(s0, e - 14); k--) {
      if (T[k]!.text === T[e - 1]!.text) {
        e = k;
        break;
      }
    }
  }
  // (كان + subject + comma + قد + cue: وكانت إدارة مطار الملك فهد الدولي في الدمام، قد أعلنت …)
  if (e > 2 && e < cue && (T[e - 1]!.text === '،' || T[e - 1]!.text === ',')) {
    for (let p = e - 2; p >= Math.max(s0, e - 14); p--) {
      if (!isWord(T[p])) break;
      if (/^و?كان(ت)?$/.test(T[p]!.norm)) {
        if (p + 1 < e - 1) {
          const np = plausibleSubject(ctx, p + 1, e - 1, cue);
          if (np && (np.type || np.named)) return np;
        }
        break;
      }
    }
  }
  // a comma between a named subject and its verb (يذكر أن تنظيم الإخوان، زعم أن …): the tagged body or person
  // right before the comma, opening its clause
  if (e > 1 && e === cue && (T[e - 1]!.text === '،' || T[e - 1]!.text === ',')) {
    let k = e - 2;
    while (k > Math.max(s0, e - 10) && (ctx.entType[k - 1] === 1 || ctx.entType[k - 1] === 2) && !(ctx.entEnd[k - 1]! > k - 1 && ctx.entEnd[k - 1]! < e - 1)) k--;
    const ty = ctx.entType[k];
    const p = T[k - 1];
    if ((ty === 1 || ty === 2) && ctx.entEnd[k] === e - 1 && (k === s0 || !p || L.complementizers.has(p.norm) || /^و?كان(ت)?$/.test(p.norm))) {
      const np = plausibleSubject(ctx, k, e - 1, cue);
      if (np && (np.type || np.named)) return np;
    }
    // (… or a tagged person after his role, the role opening the clause: فإن الخبير الأمني الرئيسي في فريق كاسبرسكي لاب
    // الكسندر جوستيف، أشار إلى أن …)
    // (… or a contrast's new source, tagged or not: …، لكن وزير الدولة في وزارة الداخلية رفيق الشلي، قال إن …)
    let pk = -1;
    for (let m = Math.max(s0 + 1, e - 7); m < e - 1 && pk < 0; m++) if (ctx.entType[m] === 1 && ctx.entEnd[m] === e - 1) pk = m;
    if (pk < 0) {
      for (let m = Math.max(s0 + 1, e - 4); m < e - 2 && pk < 0; m++) {
        if (ctx.entType[m] || !firstNameAt(ctx, m)) continue;
        let ok = true;
        for (let q = m + 1; q < e - 1 && ok; q++) ok = isWord(T[q]) && !ctx.entType[q] && (nameLike(ctx, T[q]) || (q === e - 2 && /^ال/.test(T[q]!.norm)));
        if (ok) pk = m;
      }
    }
    if (pk > s0) {
      const k = pk;
      let c = k - 1;
      while (c > s0 && c > k - 16 && isWord(T[c - 1]) && !L.complementizers.has(T[c - 1]!.norm)) c--;
      if (c < k - 1 && /^و?(لكن|بينما|فيما)$/.test(T[c]!.norm) && (c === s0 || T[c - 1]?.text === '،' || T[c - 1]?.text === ',')) c++;
      const opens = c === s0 || L.complementizers.has(T[c - 1]?.norm ?? '') || /^و?(لكن|بينما|فيما)$/.test(T[c - 1]?.norm ?? '');
      // (… with و or ف on the role: فالكاتب والشاعر محمد الرطيان، قال)
      if (opens && c < k && isWord(T[c]) && (L.roleNouns.has(T[c]!.norm) || L.roleNouns.has(T[c]!.norm.replace(/^[وف](?=ال)/, '')))) {
        const np = build(ctx, k, e - 1, e - 1, [c, k]);
        if (np.named) return np;
      }
    }
  }
  // (… or opening its sentence, with an apposition before the comma: أبو عبدالله أحد المسافرين، أوضح قائلا: …)
  // (… after a contrast opening it too: ولكن كيسلي دافنبورت، رئيسة قسم …، تقول إن …)
  const s1 = /^[وف]?(لكن|بينما|فيما)$/.test(T[s0]?.norm ?? '') && isWord(T[s0 + 1]) ? s0 + 1 : s0;
  if (e > 1 && e === cue && (T[e - 1]!.text === '،' || T[e - 1]!.text === ',') && (ctx.entType[s1] === 1 || ctx.entType[s1] === 2)) {
    let m0 = ctx.entEnd[s1]!;
    // (a family name the tagger left out, right before the role: عيسي الجوكم رئيس القسم الرياضي …، يقول)
    if (ctx.entType[s1] === 1 && m0 < e - 2 && isWord(T[m0]) && !ctx.entType[m0] && !L.roleNouns.has(T[m0]!.norm) && !L.titles.has(T[m0]!.norm) && !L.orgHeads.has(T[m0]!.norm) && (nameLike(ctx, T[m0]!) || /^ال/.test(T[m0]!.norm)) && L.roleNouns.has(T[m0 + 1]!.norm)) m0++;
    // (or in brackets: محمد عبدالله (أحد أولياء الأمور)، يقول: «…»)
    const bracketed = T[m0]?.text === '(' && T[e - 2]?.text === ')';
    // (or between commas: عمار حداد، أحد أعضاء المجموعة …، أشار)
    const commaed = T[m0]?.text === '،' || T[m0]?.text === ',';
    const m = bracketed || commaed ? m0 + 1 : m0;
    // (the length is checked before the slice: a sentence may be very long, the apposition never is)
    const len = (bracketed ? e - 2 : e - 1) - m;
    // (up to four words, or up to twelve with a relative clause and a quoted name in an apposition opened by أحد or a
    // role: عمار حداد، أحد أعضاء المجموعة التي أطلقت على نفسها «رسالة خير»، أشار إلى أن …)
    const between = len >= 1 && len <= 12 ? T.slice(m, m + len) : [];
    // (a role between commas may run longer: يوسف القرضاوي، رئيس الاتحاد العالمي للعلماء المسلمين، كشف أن …)
    // (… with a quoted name in it: ريتشارد جونزاليس، الرئيس التنفيذي لـ "آبي فاي"، وصف …)
    const plain = (between.length <= 4 || (between.length <= (commaed ? 10 : 8) && L.roleNouns.has(T[m]!.norm))) && between.every((t) => isWord(t) || (commaed && isQuote(t)));
    const long = between.length > 4 && commaed && between.every((t) => isWord(t) || isQuote(t)) && between.some((t) => /^(الذي|التي|الذين)$/.test(t.norm));
    if (m0 > s1 && m < e - 1 && between.length && (plain || long) && (/^(احد|احدي)$/.test(T[m]!.norm) || L.roleNouns.has(T[m]!.norm))) {
      const np = plausibleSubject(ctx, s1, m0, cue);
      if (np && (np.type || np.named)) return np;
    }
  }
  // (a subject opening its sentence, then an aside between commas — a relative clause or an adverbial — and the cue:
  // والمحللون في شركة …، على سبيل المثال، يعتقدون أن …؛ بين نيوتون، الذي يترأس قسم …، يتوقع أن …)
  if (e > 2 && e === cue && /^[،,]$/.test(T[e - 1]!.text)) {
    let k = e - 2;
    while (k > s0 && e - k <= 14 && isWord(T[k])) k--;
    const first = T[k + 1];
    const aside = !!first && (/^(الذي|التي|الذين)$/.test(first.norm) || (/^(علي|على)$/.test(first.norm) && T[k + 2]?.norm === 'سبيل') || /^(مثلا|بدوره|بدورها|بدورهم|كذلك|ايضا)$/.test(first.norm));
    if (k > s0 + 1 && /^[،,]$/.test(T[k]!.text) && aside && k - s0 <= 10 && T.slice(s0, k).every((t) => isWord(t))) {
      const np = plausibleSubject(ctx, s0, k, cue);
      if (np && (np.type || np.named || np.plural)) return np;
      // (a definite plural of people, with or without و, is an unnamed group: والمحللون في شركة …)
      const head = T[s0]!.norm.replace(/^و(?=ال)/, '');
      if (np && (L.plural.has(head) || /^ال.{3,}(ون)$/.test(head)) && !L.timeHeads.has(head)) return { ...np, type: 'ANON', plural: true, ...(/^و/.test(T[s0]!.text) ? { cut: 1 } : {}) };
    }
  }
  const floor = Math.max(s0, cue - 14);
  let s = e;
  while (s > floor) {
    const t = T[s - 1]!;
    if (!isWord(t) && !isQuote(t)) break;
    if (L.clauseStarts.has(t.norm) || L.complementizers.has(t.norm) || /^(فان|وان|لان)$/.test(t.norm)) break;
    if (/^و?كان(ت)?$/.test(t.norm)) break;
    s--;
  }
  // an attribution phrase between the subject and the cue (رئيس الأركان وفقا للمسؤول العراقي أكد)
  for (let k = s + 1; k < e; k++) {
    if (/^(وفقا|بحسب|حسب|طبقا|نقلا)$/.test(T[k]!.norm)) {
      e = k;
      break;
    }
  }
  // a relative clause after the subject (المسؤول العراقي الذي رفض ذكر اسمه قال)
  if (s > 0 && /^(الذي|التي|الذين)$/.test(T[s - 1]!.norm) && e - s <= 6) {
    const r = s - 1;
    let s2 = r;
    while (s2 > Math.max(s0, r - 6) && isWord(T[s2 - 1]) && !L.clauseStarts.has(T[s2 - 1]!.norm) && !L.complementizers.has(T[s2 - 1]!.norm) && !/^و?كان(ت)?$/.test(T[s2 - 1]!.norm)) s2--;
    if (r - s2 >= 1 && r - s2 <= 6 && (s2 === s0 || !isWord(T[s2 - 1]) || L.clauseStarts.has(T[s2 - 1]!.norm) || /^و?كان(ت)?$/.test(T[s2 - 1]!.norm))) {
      const np = plausibleSubject(ctx, s2, r, cue);
      if (np && (np.type || np.named)) return np;
    }
  }
  // the words right after a relative pronoun are its clause (… التي أبدى تحفظه عليها … قال مغازي), never the subject
  if (s > 0 && /^(الذي|التي|الذين)$/.test(T[s - 1]!.norm)) return null;
  // (a long role after كان, up to fourteen words, when a tagged person's name closes it: وكان نائب رئيس مجلس الوزراء
  // ووزير الداخلية الكويتي الشيخ محمد خالد الحمد الصباح أكد …)
  let kanaNamed = false;
  if (s > 0 && /^و?كان(ت)?$/.test(T[s - 1]!.norm) && e - s > 9 && e - s <= 14) for (let m = s + 1; m < e && !kanaNamed; m++) kanaNamed = ctx.entType[m] === 1 && ctx.entEnd[m] === e;
  if (e - s < 1 || (e - s > 9 && !kanaNamed)) return null;
  // the word before the subject must close a clause: sentence start, punctuation, كان, or a clause particle
  if (s > 0 && s !== s0) {
    const p = T[s - 1]!;
    if (isWord(p) && !(L.clauseStarts.has(p.norm) || L.complementizers.has(p.norm) || /^(فان|وان|لان)$/.test(p.norm) || /^و?كان(ت)?$/.test(p.norm))) return null;
  }
  // (after قبل أن، بعد أن، دون أن, a verb comes, never a subject: وقبل أن تشرك جسمك بحزام ناسف تذكر أن …)
  if (s >= 2 && T[s - 1]!.norm === 'ان' && /^[وف]?(قبل|بعد|دون|بدون|منذ|لكي|يجب|يمكن|ينبغي|عليك|عليه)$/.test(T[s - 2]!.norm)) return null;
  // (a first-person verb of hearing or seeing opens the clause: سمعت رسول الله يقول: the one heard speaks)
  if (e - s > 1 && /^(سمعت|سمعنا|رايت|راينا|شاهدت|شاهدنا)$/.test(T[s]!.norm)) s++;
  const np = plausibleSubject(ctx, s, e, cue);
  if (np && e - s > 5 && !np.type && !np.named) return null;
  return np;
}

/**
 * The clause holding the cue opens with a fronted topic phrase (وحول الأحداث … أوضح، وفيما يخص رأيه … قال،
 * وعن اختياره … قال): a subject never starts with a preposition or topic particle, so the cue is pro-drop.
 */
export function topicFronted(ctx: Ctx, cue: number): boolean {
  const T = ctx.toks;
  const P = ctx.lex.topicParticles;
  const s0 = ctx.sentStart[cue]!;
  let k = cue;
  while (k > s0 && cue - k < 30) {
    const p = T[k - 1]!;
    // (a parenthetical between dashes, -حال الإقرار-, is inside the clause)
    if (p.kind === 'punct' && !isQuote(p) && p.text !== '(' && p.text !== ')' && p.text !== '-' && p.text !== '–') break;
    k--;
  }
  if (k >= cue - 1 || !isWord(T[k])) return false;
  const w = T[k]!.norm;
  const bare = /^[وف]/.test(w) && !P.has(w) ? w.slice(1) : w;
  const next = T[k + 1]?.norm ?? '';
  return P.has(w) || P.has(bare) || P.has(w + ' ' + next) || P.has(bare + ' ' + next);
}

/** "close to" before من (مصادر قريبة من طهران، أوساط مقربة من الرئاسة), folded */
const CLOSE_TO = /^(ال)?(قريب|مقرب|مقربه|قريبه|مقربون|مقربين|قريبون|قريبين)$/;

/** [s, e) as a subject before a cue, or null when it cannot be a source (a preposition, an adverbial, a pronoun particle). */
/** past verbs of holding an event (a call, a meeting, a speech), folded */
const EVENT_VERB = /^(اجري|اجرت|عقد|عقدت|القي|القت|ترأس|ترأست|تراس|تراست|استقبل|استقبلت|التقي|التقت|زار|زارت|افتتح|افتتحت|دشن|دشنت|نظم|نظمت|وجه|وجهت|بعث|بعثت|حضر|حضرت|شارك|شاركت)$/;

function plausibleSubject(ctx: Ctx, s: number, e: number, cue: number): NP | null {
  const T = ctx.toks;
  const L = ctx.lex;
  // a publishing verb before its subject (كما نشرت تقارير … أشارت إلى …): the subject is what was published
  if (s + 1 < e && /^[وف]?(نشرت|نشر|بثت|بث|اوردت|اورد)$/.test(T[s]!.norm) && isWord(T[s + 1])) {
    s++;
    // (its circumstantial ends the phrase: تقارير بعد الكشف عن هوية بالمر أمس)
    for (let k = s + 1; k < e; k++) if (L.circumstantial.has(T[k]!.norm)) {
      e = k;
      break;
    }
  }
  // (an existential before its subject: إلا إن هناك تقارير أكدت …، وثمة مصادر تقول …)
  // (… when the phrase names people or bodies, not things: كانت هناك الكثير من القطع … تؤكد)
  if (s + 1 < e && /^[وف]?(هناك|هنالك|ثمه)$/.test(T[s]!.norm) && isWord(T[s + 1])) {
    s++;
    const head = partitiveAt(ctx, s) && s + 2 < e ? s + 2 : s;
    const hn = T[head]!.norm.replace(/^ال/, '');
    if (!(ctx.entType[head] || anonHead(ctx, T[head]!.norm) || anonHead(ctx, hn) || L.plural.has(T[head]!.norm) || L.roleNouns.has(T[head]!.norm) || L.orgHeads.has(T[head]!.norm))) return null;
  }
  // (an article written before a quoted name belongs to it: وكانت الـ«الشرق الأوسط» أشارت)
  if (s + 2 < e && articleBeforeQuote(T, s) && ctx.quotes.closeOf[s + 1] === e - 1 && e - s <= 8) {
    s += 2;
    e--;
  }
  const h = T[s]!;
  const hb = h.norm.replace(/^[وف]/, '');
  if (!isWord(h) || isPrep(h) || PREPS.has(hb) || L.circumstantial.has(h.norm) || L.leadingSkip.has(hb) || L.cues.has(h.norm)) return null;
  // (an attribution word opens its own phrase, never a subject: وحسب موقع “فيتو” اعتقد البعض أن …; its source is the
  // subject when the cue's complement follows at once: حسب مصدر عسكري مالي أوضح أن …)
  if (/^(ب?حسب|حسبما|وفق|وفقا|وفقما|طبقا|نقلا)$/.test(hb)) {
    const next = T[cue + 1];
    return s + 1 < e && next && (L.complementizers.has(next.norm) || next.text === ':') ? plausibleSubject(ctx, s + 1, e, cue) : null;
  }
  if (L.notSpeakerHeads.has(h.norm) || (hb.length >= 2 && L.notSpeakerHeads.has(hb)) || L.complementizers.has(hb)) return null;
  // (a verb holding the event the words were said in opens the clause, its subject after it: وأجرى الوزير اتصالا أكد
  // خلاله …، وعقد المجلس اجتماعا أوضح فيه …)
  if (s + 1 < e && h.norm !== hb && EVENT_VERB.test(hb) && !ctx.entType[s] && /^(خلاله|خلالها|فيه|فيها)$/.test(T[cue + 1]?.norm ?? '')) return null;
  // (a month, a weekday or a time noun is a date, never a source: وفي يونيو/ حزيران قالت بنجلادش …)
  if (isMonthWord(hb) || L.timeHeads.has(hb)) return null;
  // a clause link opens no subject (وفيما بين أن …، بينما أكد …)
  if (hb.length >= 2 && L.clauseStarts.has(hb)) return null;
  // وبلغة أكثر حسماً، بحزن: a preposition-prefixed word or an indefinite accusative heads no subject
  if (/^[وف]?[بك]/.test(h.norm) && !nameLikeKnown(ctx, s) && !L.firstNames.has(hb) && !L.orgHeads.has(hb)) return null;
  const accusativeAnon = /\u064b/.test(h.text) && anonHead(ctx, h.norm);
  // (the partitive من of a quantity is no such word: عدد من المغردين أوضحوا …)
  for (let k = s; k < e; k++) if (isWord(T[k]) && ((/\u064b/.test(T[k]!.text) && !accusativeAnon) || L.cues.has(T[k]!.norm) || (L.notSpeakerHeads.has(T[k]!.norm) && !(k > s && (partitiveAt(ctx, k - 1) || CLOSE_TO.test(T[k - 1]!.norm)))))) return null;
  const np = build(ctx, s, e, cue, null);
  // (its conjunction is no part of an unnamed phrase: وعدد من المغردين)
  if (!np.named && /^و/.test(h.text) && (partitiveAt(ctx, s) || anonHead(ctx, hb) || L.plural.has(hb))) np.cut = 1;
  return np;
}

function nameLikeKnown(ctx: Ctx, k: number): boolean {
  return ctx.entType[k] === 1 || ctx.entType[k] === 2;
}

const RELATIVE = /^(الذي|التي|الذين|اللذين|اللذان|اللتان|اللتين)$/;

/** The cue follows a relative pronoun (… مرزرق العتيبي الذي أكد حدوث التبديل). */
export function afterRelative(ctx: Ctx, cue: number): boolean {
  return cue > 0 && RELATIVE.test(ctx.toks[cue - 1]!.norm);
}

/**
 * The subject of a cue in a relative clause is the antecedent: a name or a person/organisation mention ending
 * at the pronoun (اتصالا هاتفيا بنائب مدير المستشفى مرزرق العتيبي الذي أكد …). Null when none is found.
 */
export function relativeAntecedent(ctx: Ctx, cue: number): NP | null {
  const T = ctx.toks;
  const r = cue - 1;
  if (!afterRelative(ctx, cue)) return null;
  // (set off by a comma: أقوال وزير الخارجية الأميركي جون كيري، التي انتقد فيها …; or a quoted name: وتقول «رويترز» التي)
  const comma = (k: number) => T[k]?.text === '،' || T[k]?.text === ',';
  // (set off by a dash, past a bracket after the name: وقد فاز بلاتر (79 عاما) - الذي أشار أمس إلى أن … -)
  if (r > 1 && /^[-–—]$/.test(T[r - 1]!.text)) {
    let e = r - 1;
    if (T[e - 1]?.text === ')') for (let k = e - 2; k >= Math.max(0, e - 8); k--) if (T[k]!.text === '(') {
      e = k;
      break;
    }
    for (let k = Math.max(ctx.sentStart[cue]!, e - 6); k < e; k++) if (ctx.entEnd[k] === e && ctx.entType[k] === 1) return build(ctx, k, e, cue, null);
  }
  let end = r > 1 && comma(r - 1) && ctx.entType[r - 2] === 1 ? r - 1 : r;
  if (end === r && r > 2 && isQuote(T[r - 1]) && ctx.entType[r - 2] && ctx.entType[r - 2]! <= 2) end = r - 1;
  const floor = Math.max(ctx.sentStart[cue]!, end - 8);
  let s = end;
  while (s > floor && isWord(T[s - 1])) s--;
  for (let k = s; k < end; k++) {
    if (ctx.entEnd[k] === end && (ctx.entType[k] === 1 || (ctx.entType[k] === 2 && end === r))) return build(ctx, k, end, cue, null);
  }
  if (end < r) return null;
  // (an untagged name set off by the comma, after its title or with a known first name: والتقينا بالطالب مقبول
  // العلياني، الذي اعتبر أن …)
  if (r > 2 && comma(r - 1) && isWord(T[r - 2]) && !ctx.entType[r - 2]) {
    let s2 = r - 1;
    while (s2 > Math.max(ctx.sentStart[cue]!, r - 9) && isWord(T[s2 - 1])) s2--;
    const tn = trailingName(ctx, s2, r - 1);
    const fem = /^(التي|اللتان|اللتين)$/.test(T[r]!.norm);
    const cueFem = /ت$/.test(T[cue]!.norm) || /^[وف]?ت/.test(T[cue]!.norm);
    const before = (T[tn ? tn[0] - 1 : -1]?.norm ?? '').replace(/^لل/, 'ال').replace(/^[وفبل](?=ال)/, '');
    const introduced = !!tn && (tn[1] < tn[0] || ctx.lex.roleNouns.has(before) || ctx.lex.roleNouns.has(before.replace(/^ال/, '')) || ctx.lex.titles.has(before) || /^ال(طالب|طالبه|مبتعث|مبتعثه|لاعب|لاعبه|شاب|شابه)$/.test(before));
    if (tn && r - 1 - tn[0] >= 2 && (ctx.lex.firstNames.has(T[tn[0]]!.norm) || (introduced && /^ال/.test(T[r - 2]!.norm))) && introduced && cueFem === fem) return build(ctx, tn[1], r - 1, cue, null);
  }
  // (or the person before an appositive role set off by the comma: الدكتورة سهيلة زين العابدين عضو الجمعية الوطنية
  // لحقوق الإنسان، التي أكدت …; also between two commas: مسعود هونارماندي، رجل أعمال، الذي قال …)
  if (r > 1 && comma(r - 1)) {
    const fem = /^(التي|اللتان|اللتين)$/.test(T[r]!.norm);
    for (let k = r - 2; k >= Math.max(ctx.sentStart[cue]!, r - 12); k--) {
      const inner = comma(k) && k > 0 && ctx.entType[k - 1] === 1 && k < r - 2;
      if (!isWord(T[k]) && !inner) return null;
      if (inner || (ctx.entType[k] === 1 && ctx.entEnd[k]! > k)) {
        // (the mention ending at the inner comma: its first token holds its end)
        let a = -1;
        if (inner) for (let j = k - 1; j >= Math.max(0, k - 6) && a < 0; j--) if (ctx.entEnd[j] === k && ctx.entType[j] === 1) a = j;
        if (inner && a < 0) return null;
        const e = inner ? k : ctx.entEnd[k]!;
        const head = T[inner ? k + 1 : e];
        if (!head || !isWord(head)) return null;
        // the words between the name and the comma are its role: a role noun opens them (or, between two commas,
        // any description agreeing with the relative: منسقة … التي، رجل أعمال … الذي)
        const headFem = /\u0629$/.test(head.text.replace(/[\u064b-\u0652\u0640]/g, ''));
        const role = ctx.lex.roleNouns.has(head.norm.replace(/^و/, ''));
        // (a cue of the other gender has its own subject: اتفاق …، الذي قالت إنه … is the agreement she spoke of)
        const cueFem = /ت$/.test(T[cue]!.norm) || /^[وف]?ت/.test(T[cue]!.norm);
        const description = (inner || !/^ال/.test(head.norm)) && headFem === fem && !isPrep(head) && !/^[بل]/.test(head.norm);
        if ((inner || e < r - 1) && (role || description) && cueFem === fem) return build(ctx, inner ? a : k, e, cue, null);
        return null;
      }
    }
  }
  const tn = trailingName(ctx, s, r);
  if (tn && r - tn[0] >= 2) return build(ctx, tn[1], r, cue, null);
  // (an unnamed role in construct before الذي/التي, agreeing with it: عبر عنه مستشار وزير الري الذي وصف المفاوضات …)
  if (/^(الذي|التي)$/.test(T[r]!.norm) && ctx.lex.cues.get(T[cue]!.norm)?.number !== 'p') {
    let k = -1;
    for (let q = r - 1; q >= Math.max(s, r - 6); q--) {
      const n = T[q]!.norm;
      if (ctx.lex.roleNouns.has(n) && !/^ال/.test(n)) k = q;
      else if (k >= 0 || isPrep(T[q]!) || ctx.lex.cues.has(n)) break;
    }
    const fem = T[r]!.norm === 'التي';
    const headFem = k >= 0 && /\u0629$/.test(T[k]!.text.replace(/[\u064b-\u0652\u0640]/g, ''));
    if (k >= 0 && k < r - 1 && headFem === fem && !isPrep(T[k - 1] ?? T[k]!) && !ctx.entType[k]) {
      const np = build(ctx, k, r, cue, null);
      return { ...np, type: np.type ?? 'PERS' };
    }
  }
  // (a definite group of people before الذين, with its partitive: عدد من المواطنين الذين يرون أن …)
  const h = T[r - 1];
  if (T[r]!.norm === 'الذين' && h && isWord(h) && /^ال/.test(h.norm) && (ctx.lex.plural.has(h.norm) || anonHead(ctx, h.norm) || anonHead(ctx, h.norm.slice(2)) || /^ال(م.{3,}|.{3,}ي)(ين|ون)$/.test(h.norm))) {
    const a = r >= 3 && partitiveAt(ctx, r - 3) ? r - 3 : r - 1;
    const np = build(ctx, a, r, cue, null);
    return { ...np, type: 'ANON', plural: true };
  }
  return null;
}
