/**
 * Content boundaries: where the complement of a cue is (إن/أن and their pronoun forms, a colon, an opening
 * quotation mark) and where the reported clause ends (the end of the sentence, before a participle
 * continuation such as "، مؤكدا أن", before "، وأضاف أن …", and before a trailing attribution phrase).
 */
import { isEnd, isQuote, isWord, type Ctx } from './context.js';
import { firstPersonForm, inPreps, type CueForm } from './inflect.js';
import { mentionStartsAt } from './resolve.js';
import { definite, derivedMasdar, hasArticle, insidePerson, isPrep, NAME_PARTICLES, OBJECT_PRONOUN, WHOLE_GROUP } from './np-words.js';
import { nameAfterCue } from './np-bounds.js';
import { fold } from '../text/normalize.js';
import { accusedOf, headquarters, studentNoun } from './cue-words.js';
import { eulogyIn } from './eulogy.js';

export type CompKind = 'that' | 'colon' | 'quote';

export interface Complement {
  kind: CompKind;
  /** token index of the complementizer, the colon or the opening quote */
  at: number;
  /** an opening quote without its closing mark: the content runs to the end of the sentence */
  unclosed?: boolean;
}

const CLAUSE_LINK = new Set(['حيث', 'بينما', 'فيما', 'اذ']);
/** the writer's frame after ، وذلك في / على: the occasion of the speech or the writer's gloss on it (في حديث له، خلال لقائه،
 * في إشارة إلى، في مسعى، في محاولة، على خلفية، في رده), folded, without the article */
const FRAMING = /^(حديث|لقا|تصريح|مؤتمر|كلم|مقابل|اتصال|اجتماع|جلس|زيار|حفل|رد|اشار|مسعي|محاول|خطو|تطور|خلفي|اعقاب)/;
/** the speaker's own words, after بحسب / على حد (بحسب وصفه، على حد قوله، بحسب تعبيرها) */
const OWN_WORDS = /^(وصف|قول|تعبير|زعم|ادعا[ءئو])(ه|ها|هم)$/;
const ATTRIB = new Set(['بحسب', 'حسب', 'وفقا', 'طبقا', 'نقلا', 'وبحسب', 'وحسب', 'ووفقا', 'وطبقا']);
const COMMA = new Set(['،', ',', '؛', ';']);
/** participles that carry the speaker's next claim, whatever the punctuation before them */
const SPEECH_PARTICIPLES = new Set(['أكد', 'أشار', 'أوضح', 'أضاف', 'لفت', 'بين', 'شدد', 'اعتبر', 'حذر', 'دعا', 'طالب']);

export function isAttributionWord(norm: string): boolean {
  return ATTRIB.has(norm);
}

/** The quote opening at k is direct speech (long enough, or closing a clause), not a quoted name. */
export function quoteIsContent(ctx: Ctx, k: number): boolean {
  const c = ctx.quotes.closeOf[k]!;
  if (c < 0) return false;
  const after = ctx.toks[c + 1];
  // (a quoted person's name of up to five words, then its apposition and a colon or the complement: وقال "عبد الله
  // سالم القرني"، أحد أهالي بلقرن: إنه …)
  const T = ctx.toks;
  const nameWords = c - k - 1 <= 5 && T.slice(k + 1, c).every((t) => isWord(t)) && (ctx.entType[k + 1] === 1 || ctx.lex.firstNames.has(T[k + 1]!.norm) || /^(عبد|ابو)$/.test(T[k + 1]!.norm));
  if (nameWords && after && COMMA.has(after.text)) {
    for (let q = c + 2; q < Math.min(T.length, c + 16); q++) {
      const t = T[q]!;
      if (t.text === ':' || (ctx.lex.complementizers.has(t.norm) && COMMA.has(T[q - 1]!.text))) return false;
      if (!COMMA.has(t.text) && !isWord(t)) break;
    }
  }
  if (c - k - 1 >= 4) return true;
  // (a tagged name in quotes, then its apposition and the complement: ويرى «مانويل غروبر»، نائب الرئيس …، أن …)
  if ((ctx.entType[k + 1] === 1 || ctx.entType[k + 1] === 2) && ctx.entEnd[k + 1] === c && after && COMMA.has(after.text)) {
    for (let q = c + 2; q < Math.min(ctx.toks.length, c + 16); q++) {
      const t = ctx.toks[q]!;
      if (ctx.lex.complementizers.has(t.norm) && COMMA.has(ctx.toks[q - 1]!.text)) return false;
      if (!COMMA.has(t.text) && !isWord(ctx.toks[q])) break;
    }
  }
  return !after || !isWord(after);
}

/** First complement after the cue at i, searched up to the sentence end (at most 45 tokens). */
export const JUDGEMENT = /^ال(مؤسف|مهم|ضروري|واضح|مؤكد|مرجح|مستغرب|غريب|معيب|مخجل|مؤلم|محزن|مطلوب|مفترض|واجب|لافت|طبيعي|مستحيل|صعب|سهل)$/;

export function findComplement(ctx: Ctx, i: number, limit: number): Complement | null {
  const T = ctx.toks;
  const L = ctx.lex;
  const end = Math.min(limit, i + 45);
  let attribAt = -1;
  // the cue's own preposition written as a word, then a relative pronoun (أشار إلى التقارب … الذي من شأنه أن …):
  // a later أن belongs to the relative clause inside the object
  const preps = L.cues.get(T[i]!.norm)?.entry.preps;
  let prepAt = -1;
  let relative = false;
  // (a relay's عن names its source: ونقلت الوكالة عن ظريف قوله «…»)
  const relay = /^(نقل|روى|روي)$/.test(L.cues.get(T[i]!.norm)?.entry.lemma ?? '');
  // ("as X said, then …": وكما قال الوزير للصحفيين فإن الحكومة …: the words follow the فإن)
  if (/^و?كما$/.test(T[i - 1]?.norm ?? '') || (/^و?كما$/.test(T[i - 2]?.norm ?? '') && T[i - 1]?.norm === 'و')) {
    for (let k = i + 2; k < Math.min(end, i + 12) && (isWord(T[k]) || COMMA.has(T[k]!.text)); k++) {
      // (not when a claim of its own opens right after it: وكما تشير الصورة فإن جين فوندا تؤكد أنها …)
      if (/^فان(ه|ها|هم)?$/.test(T[k]!.norm)) return isWord(T[k + 1]) && !T.slice(k + 1, k + 6).some((x, d) => L.cues.has(x.norm) && L.complementizers.has(T[k + 2 + d]?.norm ?? '')) ? { kind: 'that', at: k } : null;
      if (L.complementizers.has(T[k]!.norm) || L.cues.has(T[k]!.norm)) break;
    }
  }
  for (let k = i + 1; k < end; k++) {
    const t = T[k]!;
    // (a relative clause between commas keeps its own complement: وقال القيادي في الحلقة، التي يرجح أن تسجيلها تم
    // قبل تحرير عدن، بأن …)
    if (COMMA.has(t.text) && /^(الذي|التي|الذين|اللذين|اللتين)$/.test(T[k + 1]?.norm ?? '')) {
      let c = k + 2;
      while (c < end && c - k <= 20 && !COMMA.has(T[c]!.text) && !isEnd(T[c]!) && !isQuote(T[c])) c++;
      if (c < end && COMMA.has(T[c]!.text) && isWord(T[c + 1]) && L.complementizers.has(T[c + 1]!.norm)) {
        k = c;
        continue;
      }
    }
    // (a participle of expression after a comma opens its own clause: حذر الاتحاد الجماهير … من التدخين، معربا عن أن …)
    if (k > i + 2 && COMMA.has(t.text) && EXPRESSIVE_PARTICIPLE.test(T[k + 1]?.norm ?? '')) return null;
    if (isWord(t) && prepAt < 0 && t.norm === 'الي' && preps && inPreps(preps, t.norm) && !L.complementizers.has(T[k + 1]?.norm ?? '')) prepAt = k;
    if (prepAt >= 0 && isWord(t) && /^(الذي|التي|الذين)$/.test(t.norm)) relative = true;
    if (isQuote(t)) {
      const c = ctx.quotes.closeOf[k]!;
      if (c > k) {
        // a quotation is the complement only right after the speaker phrase; short ones must close the clause;
        // a quoted name (لإذاعة "إيه بي سي نيوز"، على هامش "المؤتمر …") is followed by the real complement
        const long = wordCount(ctx, k + 1, c) >= 4;
        const after = T[c + 1];
        const closesClause = !after || !isWord(after);
        // (a short quotation closing the sentence right after the speaker: وقال المعهد “نحن محايدون”.)
        // (never the end of a nominal object: مؤكدا استمرار بلاده في "دعم أصدقاء إيران")
        const objectBefore = L.objectStarters.has(T[i + 1]?.norm ?? '') || /^(في|عن|علي|على|من|الي|مع|ب.*|ل.*)$/.test(T[k - 1]!.norm);
        const shortClose = !long && k - i <= 8 && !!after && isEnd(after) && !objectBefore && wordCount(ctx, k + 1, c) >= 2 && !(ctx.entType[k + 1] && ctx.entEnd[k + 1]! >= c);
        const near = k === i + 1 || shortClose || (long && (k - i <= 16 || (k - i <= 32 && closesClause)));
        // a short quoted name right before a colon is the speaker (وقال "الشقيق": أخي …), not the content
        // (or before a comma and the complementizer: وأضاف "آل صالح"، أنه …)
        const commaThat = (T[c + 1]?.text === '،' || T[c + 1]?.text === ',') && !!T[c + 2] && L.complementizers.has(T[c + 2]!.norm);
        // (or before the outlet it spoke to and a colon: … "عبدالسلام بن حمد العنزي" لـ"سبق": إنه …)
        if (wordCount(ctx, k + 1, c) <= 5 && outletThenColon(ctx, c + 1)) {
          k = c;
          continue;
        }
        // a person's name quoted after the speaker's role (كشف المبعوث الدولي إلى اليمن "إسماعيل ولد الشيخ أحمد"؛ عن …)
        if (k > i + 1 && wordCount(ctx, k + 1, c) <= 5 && c - k > 2 && ctx.entType[k + 1] === 1 && ctx.entEnd[k + 1]! >= c && !(after && isEnd(after))) {
          k = c;
          continue;
        }
        // (or before the cue's own preposition: وأشار "بن معمر" إلى مشاركة …)
        const prepAfter = !!preps && !!T[c + 1] && isWord(T[c + 1]) && inPreps(preps, T[c + 1]!.norm) && wordCount(ctx, k + 1, c) <= 3 && (ctx.entType[k + 1] === 1 || firstWordIsName(ctx, k + 1));
        // (a body's quoted name right before the complementizer, or a tagged one before its apposition and the complementizer:
        // وقال «إي إس بي إن» إن …، وقالت «هوندا»، ثالث أكبر شركة …، في بيان إنها …)
        const nameThat = k === i + 1 && !!after && wordCount(ctx, k + 1, c) <= 5 && (L.complementizers.has(after.norm) || (COMMA.has(after.text) && wordCount(ctx, k + 1, c) <= 3 && (ctx.entType[k + 1] === 1 || ctx.entType[k + 1] === 2) && complementAhead(ctx, c + 1, limit)));
        if (nameThat) {
          k = c;
          continue;
        }
        // (a body's quoted name, a time word or a comma, then the cue's preposition: وأفاد «المرصد السوري لحقوق الإنسان» أمس،
        // بمقتل …)
        if (k === i + 1 && !!preps && wordCount(ctx, k + 1, c) <= 6 && (ctx.entType[k + 1] === 2 || L.orgHeads.has(T[k + 1]?.norm ?? ''))) {
          let m = c + 1;
          while (m < end && m - c <= 3 && (COMMA.has(T[m]!.text) || /^(امس|اليوم|الليله|مساء|صباح|اخيرا|مؤخرا)$/.test(T[m]!.norm))) m++;
          const p = T[m];
          if (m > c + 1 && p && isWord(p) && (inPreps(preps, p.norm) || (preps.includes('ب') && /^ب../.test(p.norm)))) {
            k = c;
            continue;
          }
        }
        if (!long && k === i + 1 && (T[c + 1]?.text === ':' || commaThat || prepAfter)) {
          k = c;
          continue;
        }
        // (a quoted title after a preposition, then the quotation itself: وقال المعلم في كلمة ألقاها خلال “المؤتمر
        // الإعلامي الدولي …” الذي عقد في دمشق اليوم “هناك حديث كثير …”)
        if (k > i + 1 && /^(خلال|في|بعنوان|حول|عن|هامش|ضمن|امام|لدي|لدى)$/.test(T[k - 1]!.norm) && quoteAfter(ctx, c + 1, Math.min(end, c + 15))) {
          k = c;
          continue;
        }
        // (a quotation opening with its complementizer is what was said, whatever comes after it: وقال مصدر عسكري
        // الاربعاء "إن الحوطة باتت تحت السيطرة"، فيما من المتوقع ان …)
        // (not an outlet's name that opens with إن: شبكة تلفزيون «إن دي تي في»)
        const thatInside = long && L.complementizers.has(T[k + 1]?.norm ?? '') && /^[إا]ن/.test(T[k + 1]!.text) && !L.mediaNouns.has(T[k - 1]?.norm ?? '') && !L.mediaNouns.has((T[k - 1]?.norm ?? '').replace(/^ال/, '')) && !ctx.entType[k + 1];
        // (not a quotation inside the nominal object that the cue's own preposition opened before it: كشف مصدر … عن اتجاه
        // لإجراء تغيير … التي سوف تتطلب «دورا أكثر فعالية …»)
        // (not a relay's عن (above); nor the preposition right before the
        // quotation, which makes it the object: وأشار … إلى «أن …»; nor one far behind a long speaker phrase, ودعت حركة حماس
        // على لسان المتحدث باسمها سامي أبو زهري الأطراف الدولية إلى التدخل «…»)
        const inObject = !thatInside && k > i + 3 && isWord(T[k - 1]) && !!preps && !inPreps(preps, T[k - 1]!.norm) && !inPreps(preps, T[k - 1]!.norm.replace(/ـ$/, '')) && !relay && T.slice(i + 2, k - 1).some((x, d) => isWord(x) && inPreps(preps, x.norm) && x.norm.length <= 3 && wordCount(ctx, i + 1, i + 2 + d, 10) <= 8) && !T.slice(i + 1, k).some((x) => x.text === ':' || (isWord(x) && L.complementizers.has(x.norm)));
        if (inObject) {
          k = c;
          continue;
        }
        if (quoteIsContent(ctx, k) && (near || (thatInside && k - i <= 32)) && (thatInside || !(k > i + 1 && (namedBefore(ctx, k) || complementAhead(ctx, c + 1, limit))))) return { kind: 'quote', at: k };
        k = c;
      } else if (c < 0 && ctx.quotes.openOf[k]! < 0 && k - i <= 16 && opensUnclosed(ctx, k)) {
        // a quotation whose closing mark is missing runs to the end of the sentence
        return { kind: 'quote', at: k, unclosed: true };
      }
      continue;
    }
    if (t.kind === 'punct') {
      // (a saying in brackets right after the speaker, closing its sentence, is the words: ويقول المصطفى صلى الله عليه
      // وسلم (إذا جمع الله الأولين والآخرين …، فيقال: هذه غدرة فلان بن فلان).)
      // (a speaker there: a name, a body or the one praised, not a preposition's object: تكفل كل فرد بزرع خمس شجرات (…))
      const sayer = isWord(T[i + 1]) && !/^(ب|ل|في$|من$|عن$|علي$|على$|الي$)/.test(T[i + 1]!.norm) && (!!ctx.entType[i + 1] || /^ال/.test(T[i + 1]!.norm) || eulogyIn(ctx, i, k) > 0);
      if (t.text === '(' && sayer && k > i + 1 && k - i <= 10 && T.slice(i + 1, k).every((x) => isWord(x)) && parenStatement(ctx, k) > 0) return { kind: 'colon', at: k - 1 };
      // a short parenthesis (قناة (سي.إن.إن ترك)، (د. ب. أ)) holds no complement
      if (t.text === '(') {
        let c = k + 1;
        while (c < end && c - k <= 8 && T[c]!.text !== ')' && T[c]!.text !== '(') c++;
        if (c < end && T[c]!.text === ')') k = c;
        continue;
      }
      // (not the colon of an address or a list: على الرابط: http://…، الرقم: 920…)
      // (… an e-mail address often hidden by the site: البريد الإلكتروني: [email protected])
      const addressAfter = T[k + 1]?.kind === 'latin' || T[k + 1]?.kind === 'number' || (T[k + 1]?.kind === 'punct' && (T[k + 2]?.kind === 'latin' || T[k + 2]?.kind === 'number'));
      if (t.text === ':' && k > i + 1 && isWord(T[k - 1]) && /(رابط|روابط|رقم|ارقام|هاتف|ايميل|بريد|عنوان|التالي|التاليه|الالكتروني)$/.test(T[k - 1]!.norm) && addressAfter) continue;
      // (nor the colon of a news site's link line: رابط الخبر بصحيفة الوئام: …)
      if (t.text === ':' && T.slice(Math.max(i + 1, k - 5), k).some((x, d, a) => x.norm === 'رابط' && /^ال?خبر$/.test(a[d + 1]?.norm ?? ''))) return null;
      if (t.text === ':') return { kind: 'colon', at: k };
      if (isEnd(t) && ctx.sentEnd[k] === k) return null;
      continue;
    }
    const n = t.norm;
    // a manner phrase (دون أن يذكر تفاصيل، بدون الإشارة إلى): its أن and its verb are not the cue's
    if ((n === 'دون' || n === 'بدون') && k > i) {
      k += T[k + 1]?.norm === 'ان' ? 2 : 1;
      continue;
    }
    // (آن "time", في آن واحد, folds like أن)
    if (L.complementizers.has(n) && !/^[وف]?آ/.test(t.text)) {
      const p = T[k - 1]!;
      // (… with its و too: …، وبعد أن كشف الإرهاب عن وجهه …)
      if (k > i + 1 && isWord(p) && (L.nonComplementBefore.has(p.norm) || (/^و../.test(p.norm) && /^(بعد|قبل|دون|بدون|منذ|رغم|برغم|حتي|حتى)$/.test(p.norm.slice(1))))) continue;
      // (إن شاء الله, "God willing", is no complement)
      if (n === 'ان' && T[k + 1]?.norm === 'شاء') continue;
      // (بان كي مون: a name, not بأن)
      if (n === 'بان' && T[k + 1]?.norm === 'كي') continue;
      // (nor the letters of an acronym spelled out: سي. إن. إن)
      if (n === 'ان' && T[k - 1]?.text === '.' && isWord(T[k - 2]) && T[k - 2]!.norm.length <= 2 && T[k - 2]!.end === T[k - 1]!.start) continue;
      if (relative) return null;
      // (an explanation's إن after a comma is inside the words, never their start: وأضاف النجيفي لا بد من …، حيث إن …;
      // but it is the words of "as X says": كما يقول العوضي، إذ إن …)
      if (k > i + 4 && /^(حيث|اذ)$/.test(p.norm) && COMMA.has(T[k - 2]?.text ?? '') && T[i - 1]?.norm !== 'كما') return null;
      // (the أن of a judgement after a comma, "it is regrettable that", is inside what was said: وأضاف البيان، من
      // المؤسف للغاية أن تنتهك القوات …: the words run from the judgement on)
      const m = T[k - 1]?.norm === 'للغايه' || T[k - 1]?.norm === 'جدا' ? k - 3 : k - 2;
      if (n === 'ان' && m > i + 1 && T[m]?.norm === 'من' && JUDGEMENT.test(T[m + 1]?.norm ?? '') && COMMA.has(T[m - 1]!.text)) return { kind: 'colon', at: m - 1 };
      // (its source may have the anonymity formula after it: نقلا عن مصادر أمنية، رفضت الكشف عن هويتها، أن …)
      // (… or it is set off by commas: وقال جاويش أوغلو، بحسب ما نقلت عنه وكالة الأناضول التركية الرسمية، إن …)
      const setOff = COMMA.has(T[attribAt - 1]?.text ?? '') && COMMA.has(T[k - 1]?.text ?? '') && k - attribAt <= 16;
      if (attribAt >= 0 && k - attribAt > 8 && !setOff && !(k - attribAt <= 14 && T.slice(attribAt, k).some((x) => L.anonymityWords.has(x.norm)))) return null;
      return { kind: 'that', at: k };
    }
    // an attribution phrase between the speaker and the complement (وقال مرسي وفقا لما نقلته عنه الوكالة إنه …)
    if (k > i + 1 && isAttributionWord(n) && attribAt < 0) {
      attribAt = k;
      continue;
    }
    // a naming verb in the speaker phrase (شاهد عيان يدعى أحمد، إن …) is no new cue (يدعى "is called", not يدّعي)
    if (L.namingVerbs.has(n) && (/ى[\u064b-\u0652]*$/.test(t.text) || !L.cues.has(n))) continue;
    // (an ambiguous spelling not used as a cue, منظمة غربية تتابع الحوادث الأمنية بأن …, does not stop the search)
    const other = L.cues.get(n);
    // (… its complement may come after the one told, ل with a pronoun: مبينا لهم أن …)
    const toldThat = /^ل(ه|ها|هم|هما|نا|كم)$/.test(T[k + 1]?.norm ?? '') && L.complementizers.has(T[k + 2]?.norm ?? '');
    if (k > i + 1 && other?.entry.strict && !(T[k + 1] && (T[k + 1]!.text === ':' || L.complementizers.has(T[k + 1]!.norm) || isQuote(T[k + 1]) || toldThat))) continue;
    // (… nor one that is a cue only with a given object, without it: بالمر الذي وجهت إليه انتقادات كبيرة إنه …)
    if (k > i + 1 && k - i <= 6 && /^(الذي|التي|الذين)$/.test(T[k - 1]!.norm) && other?.entry.needs && !T.slice(k + 1, k + 5).some((x) => x.text.includes(other.entry.needs!))) continue;
    // (… nor a verb of the speaker's relative clause with a nominal object and no complement of its own: وقال المسؤول
    // الذي أعلن استقالته الأسبوع الماضي في بيان إن …)
    if (k > i + 1 && k - i <= 10 && /^(الذي|التي|الذين)$/.test(T[k - 1]!.norm) && other && !other.conj && (other.kind === 'past' || other.kind === 'pres') && isWord(T[k + 1]) && !L.cues.has(T[k + 1]!.norm) && !/^(في|على|علي|ل|الى|إلى|عن|من|امام|خلال)$/.test(T[k + 1]!.norm) && !ownComplement(ctx, k)) continue;
    // (… nor one that takes only a quotation, with none after it: مجالات عدة: «…» is "several")
    if (k > i + 1 && other?.entry.quoteOnly && !isQuote(T[k + 1])) continue;
    // (a cue spelling after a name particle is part of the name: الدكتور موفق أبو طالب أن …; and so is one inside a
    // tagged person's mention: قال إبراهيم قالن إن …)
    if (k > i + 1 && L.cues.has(n) && (NAME_PARTICLES.has(T[k - 1]!.norm) || insidePerson(ctx, k) || nameAfterCue(ctx, k))) continue;
    // (a verb in a clause of time with no complement of its own is no new cue: وقالت دولي بارتون بعد أن علمت بوفاة
    // أندرسون "…"; but أعلن استقالته بعدما كشفت الشركة أنها …، عندما قالت: «…» report through it)
    if (k > i + 2 && L.cues.has(n) && (/^(بعدما|عندما|حينما|لما|كلما)$/.test(T[k - 1]!.norm) || (L.complementizers.has(T[k - 1]!.norm) && /^(بعد|قبل|منذ)$/.test(T[k - 2]!.norm))) && !ownComplement(ctx, k)) continue;
    // (nor one describing an indefinite feminine noun before it: … وهو يقوم بحركة اعتبرت غير مقبولة جماهيريا : …)
    if (k > i + 2 && L.cues.has(n) && /ت$/.test(n) && isWord(T[k - 1]) && !/^(ال|وال|بال|لل)/.test(T[k - 1]!.norm) && /\u0629$/.test(T[k - 1]!.text.replace(/[\u064b-\u0652\u0640]/g, '')) && !ctx.entType[k - 1]) continue;
    // (a plural verb describing the speaker, the plural noun right after the cue: وقال فلسطينيون رأوا أبو لطيفة إنه …)
    if (k === i + 2 && relativePlural(ctx, k)) continue;
    // (nor طالب "student" in the speaker's apposition: وقال حبيب عبدالله طالب جامعي في إحدى الجامعات إن …)
    if (k > i + 1 && studentNoun(ctx, k)) continue;
    if (k > i + 1 && L.cues.has(n) && !(attribAt >= 0 && k - attribAt <= 2) && !anonymityFormula(ctx, k) && !headquarters(ctx, k)) return null;
    // (nor past thanks or a prayer after a comma: مؤكدًا استنكار الجمعية …، سائلين الله أن يقطع دابر هؤلاء)
    if (k > i + 1 && EXPRESSIVE_PARTICIPLE.test(n) && T[k - 1]!.kind === 'punct' && COMMA.has(T[k - 1]!.text)) return null;
  }
  return null;
}

/**
 * The cue spelling at k is a plural past verb right after an indefinite plural noun that follows a cue: a relative
 * clause describing that noun, the speaker (قال فلسطينيون رأوا أبو لطيفة إنه …), not a cue of its own.
 */
export function relativePlural(ctx: Ctx, k: number): boolean {
  const T = ctx.toks;
  const f = ctx.lex.cues.get(T[k]?.norm ?? '');
  const p = T[k - 1];
  return !!f && f.kind === 'past' && f.number === 'p' && !f.conj && isWord(p) && /^[^ا].{3,}(ون|ين)$/.test(p!.norm) && !ctx.lex.cues.has(p!.norm) && ctx.lex.cues.has(T[k - 2]?.norm ?? '');
}

/** A colon, a quotation or a complementizer right after the cue at k, or a complementizer within its next few words. */
function ownComplement(ctx: Ctx, k: number): boolean {
  const T = ctx.toks;
  const n = T[k + 1];
  if (!n || n.text === ':' || isQuote(n) || ctx.lex.complementizers.has(n.norm)) return true;
  for (let j = k + 2; j < Math.min(T.length, k + 6) && isWord(T[j]); j++) if (ctx.lex.complementizers.has(T[j]!.norm)) return true;
  return false;
}

/** From j: "لـ" + an outlet (a word or a short quotation), then a colon. */
function outletThenColon(ctx: Ctx, j: number): boolean {
  const T = ctx.toks;
  const t = T[j];
  if (!t || !isWord(t) || !/^ل/.test(t.norm)) return false;
  let k = j + 1;
  if (t.norm === 'ل' && isQuote(T[k]) && ctx.quotes.closeOf[k]! > k && ctx.quotes.closeOf[k]! - k <= 4) k = ctx.quotes.closeOf[k]! + 1;
  return T[k]?.text === ':';
}

/** The cue word at k opens the anonymity formula (طلب عدم نشر اسمه): part of the source, not a new cue. */
function anonymityFormula(ctx: Ctx, k: number): boolean {
  for (let j = k + 1; j < Math.min(ctx.toks.length, k + 5); j++) if (ctx.lex.anonymityWords.has(ctx.toks[j]!.norm)) return true;
  return false;
}

/** The quote at k follows a noun that names it (لإذاعة، قناة، صحيفة، هامش …): a word, not a cue or speaker end. */
function namedBefore(ctx: Ctx, k: number): boolean {
  const p = ctx.toks[k - 1];
  if (!p || !isWord(p)) return false;
  const n = p.norm;
  // a long quotation is speech, not the name of what the noun before it names (في بيان “أفكار وصلوات …”)
  if (wordCount(ctx, k + 1, ctx.quotes.closeOf[k]!) >= 6) return false;
  // (a definite body's head before words that close the sentence is their speaker, not a name: وقال المعهد “نحن
  // محايدون”.)
  const after = ctx.toks[ctx.quotes.closeOf[k]! + 1];
  const closing = /^ال/.test(n) && !ctx.lex.mediaNouns.has(n) && (!after || isEnd(after));
  return (/^ل./.test(n) && ctx.lex.orgHeads.has(n.slice(1))) || (ctx.lex.orgHeads.has(n) && !closing) || /^(هامش|عنوان|شعار|اسم|مؤتمر|حملة|عملية|برنامج|كتاب|مبادرة|مشروع|صفقة)$/.test(n.replace(/^ال/, ''));
}

/** A colon or a complementizer follows within a few tokens of k in the same sentence. */
function complementAhead(ctx: Ctx, k: number, limit: number): boolean {
  const T = ctx.toks;
  for (let j = k; j < Math.min(limit, k + 14); j++) {
    const t = T[j]!;
    // the complement of a later cue (وقال كرافت "…" مضيفا أن …) is not this cue's
    if (ctx.lex.cues.has(t.norm)) return false;
    // (… “يمكننا استيعاب …” الا ان معارضي الاتفاق …: إلا أن opens the writer's contrast, no complement)
    if (ctx.lex.complementizers.has(t.norm) && j > k && ctx.toks[j - 1]!.norm === 'الا') return false;
    if (t.text === ':' || ctx.lex.complementizers.has(t.norm)) return true;
    if ((isEnd(t) && ctx.sentEnd[j] === j) || isQuote(t)) return false;
  }
  return false;
}

/**
 * The bracket opening at k holds a statement of six words or more and closes its sentence (a full stop or the text's
 * end right after it): the index of its closing bracket, else -1. After a cue's colon it is the statement itself, set in
 * brackets (وأكد : (يأتي ذلك استجابة لتوجيهات …)).
 */
export function parenStatement(ctx: Ctx, k: number): number {
  const T = ctx.toks;
  if (T[k]?.text !== '(') return -1;
  const e = ctx.sentEnd[k]!;
  let c = k + 1;
  while (c <= e && c < T.length && T[c]!.text !== ')' && T[c]!.text !== '(') c++;
  if (T[c]?.text !== ')' || wordCount(ctx, k + 1, c) < 6) return -1;
  const after = T[c + 1];
  return !after || isEnd(after) || ctx.nl[c + 1] ? c : -1;
}

/** A quotation of four words or more opens in [k, to), with only words between. */
function quoteAfter(ctx: Ctx, k: number, to: number): boolean {
  for (let j = k; j < to; j++) {
    const t = ctx.toks[j]!;
    if (isQuote(t)) return ctx.quotes.closeOf[j]! > j && wordCount(ctx, j + 1, ctx.quotes.closeOf[j]!) >= 4;
    if (t.kind !== 'number' && !isWord(t)) return false;
  }
  return false;
}

/** An unpaired mark at k that opens a quotation (attached to the next word, after a space or a cue). */
function opensUnclosed(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k]!;
  const n = ctx.toks[k + 1];
  if (!n || !isWord(n) || n.start !== t.end) return false;
  if (!(t.text === '"' || t.text === '“' || t.text === '«')) return false;
  return wordCount(ctx, k + 1, ctx.sentEnd[k]!) >= 4;
}

/** A cue at k that opens a new claim soon (a complement within a few tokens). */
function opensClaim(ctx: Ctx, k: number, form: CueForm, limit: number): boolean {
  const T = ctx.toks;
  const L = ctx.lex;
  // (a cue set off by commas, "، وأضاف، رداً على سؤال حول … أن …", looks further for its complement)
  const aside = form.kind !== 'part' && !!T[k + 1] && T[k + 1]!.kind === 'punct' && (T[k + 1]!.text === '،' || T[k + 1]!.text === ',');
  const end = Math.min(limit, k + (form.kind === 'part' ? (form.entry.lemma === 'قال' ? 12 : 6) : aside ? 40 : 14));
  // (a conjoined past cue right before a clause-opening verb or particle: …، وأشار جرى توديع القضية …)
  if (form.conj && form.kind === 'past' && !form.object && /^(تم|جري|جرى|سيتم|يتم|هناك)$/.test(T[k + 1]?.norm ?? '')) return true;
  for (let j = k + 1; j < end; j++) {
    const t = T[j]!;
    // (a quotation mark right after it opens its words even when the closing one is missing: …، مبينا "عرض الخليج كان …)
    if (L.complementizers.has(t.norm) || t.text === ':' || (isQuote(t) && (ctx.quotes.closeOf[j]! > j || (j === k + 1 && ctx.quotes.closeOf[j]! < 0 && ctx.quotes.openOf[j]! < 0)))) return true;
    // (for a verb that speaks only through some of its prepositions, a later one belongs to its object unless a
    // complementizer follows: منوهًا بحرص مصر على تلبية …)
    if (inPreps(form.entry.preps, t.norm) && !(form.entry.nominalPreps && j > k + 1 && !L.complementizers.has(T[j + 1]?.norm ?? ''))) return true;
    // (… or a participle's, before a listed object noun: …، منوهاً بضرورة تعاون الجميع)
    if (j === k + 1 && form.kind === 'part' && t.norm.length > 4 && (t.norm[0] === 'ب' || t.norm[0] === 'ل') && form.entry.preps?.includes(t.norm[0]!) && L.objectStarters.has(t.norm.slice(1))) return true;
    // a preposition fused to the word right after the cue (واتهمهم بالتخطيط …)
    if (j === k + 1 && form.object && t.norm.length > 3 && form.entry.preps?.includes(t.norm[0]!) && !form.entry.preps.includes(t.norm)) return true;
    // a demand's act behind its addressee (، وطالب شركة الكهرباء بتلافي الأعطال)
    // (and a pledge's: … فيما تعهد مدير المطار المهندس محمد الفاضل بإصلاح الخلل)
    if ((form.entry.stance === 'demand' || form.entry.lemma === 'تعهد') && form.kind !== 'part' && (t.norm.length > 4 || L.objectStarters.has(t.norm.slice(1))) && t.norm[0] === 'ب' && form.entry.preps?.includes('ب') && !/^ب(شكل|صفته|صفتها|عد$|عده|عدها|ين|اسم|ال)/.test(t.norm) && !(ctx.entType[j] && mentionStartsAt(ctx.entities, t.start + 1))) return true;
    if (isEnd(t) && ctx.sentEnd[j] === j) return false;
  }
  const only = form.entry.nominalPreps;
  const n = T[k + 1]?.norm ?? '';
  if (form.kind === 'part' && form.entry.bareParticiple && T[k - 1]?.kind === 'punct' && COMMA.has(T[k - 1]!.text) && isWord(T[k + 1]) && !/^ل/.test(n) && wordCount(ctx, k + 1, end) >= 3) return true;
  return form.kind === 'part' && !!form.entry.nominal && (!only || inPreps(only, n));
}

/** The verb's fixed object (لفت النظر / الانتباه إلى أن): part of the cue, not of the content. */
export function fixedObject(form: CueForm, norm: string | undefined): boolean {
  return !!norm && !!form.entry.fixedObjects?.some((w) => w === norm || fold(w) === norm);
}

/**
 * A participle at k followed at once by its complementizer (مشيرا إلى أن، مؤكداً أن، مصرحا بأنه): a participle
 * continuation however it is punctuated (after a word, a period or at a line start).
 */
export function immediateThat(ctx: Ctx, k: number, form: CueForm): boolean {
  if (form.kind !== 'part') return false;
  const T = ctx.toks;
  const L = ctx.lex;
  let j = k + 1;
  if (fixedObject(form, T[j]?.norm)) j++;
  const n = T[j]?.norm ?? '';
  if (inPreps(form.entry.preps, n)) j++;
  const t = T[j];
  return !!t && isWord(t) && L.complementizers.has(t.norm);
}

/** A trailing attribution phrase at k whose source looks like a source (not "وفقا للقانون"). */
function trailingAttribution(ctx: Ctx, k: number, limit = ctx.sentEnd[k]!): boolean {
  const T = ctx.toks;
  const prev = T[k - 1];
  if (!prev || !(prev.kind === 'punct' && COMMA.has(prev.text))) return false;
  return isAttributionWord(T[k]!.norm) && !parenthetical(ctx, k, limit);
}

/**
 * An attribution set off inside the clause, a comma or a dash before it and another after it, with the clause going on
 * (وسقوطها، بحسب العميد الصبيحي، يزيد من دعم …؛ إن المهرجان - حسب تعبيرهم - أفضل من …): an aside, not the clause's end.
 */
function parenthetical(ctx: Ctx, k: number, limit: number): boolean {
  const T = ctx.toks;
  const open = T[k - 1]?.text ?? '';
  const dash = /^[-–—]$/.test(open);
  // (not one joined by و, which opens the next clause as its source: …، وطبقا للإحصاءات الرسمية، تبلغ …)
  if ((!dash && !COMMA.has(open)) || /^و/.test(T[k]!.norm)) return false;
  for (let m = k + 1; m < Math.min(limit, k + 10); m++) {
    if (isWord(T[m])) continue;
    const mark = T[m]!.text;
    if (dash ? !/^[-–—]$/.test(mark) : !COMMA.has(mark)) return false;
    // (the clause goes on: two words or more before the sentence's end, its predicate right after the aside — not a
    // clause joined by و or ف, nor another speaker's cue or complement: …، حسب حجم السمك، والثلاجة تصل …)
    const next = T[m + 1];
    // (… but a second complement joined by و goes on with the words: مقبرة للغزاة - حسب تعبيرهم - وأن تحرير عدن …)
    const andThat = /^و(ان|انه|انها|انهم)$/.test(next?.norm ?? '');
    return !!next && isWord(next) && (!/^[وف]/.test(next.norm) || andThat) && wordCount(ctx, m + 1, limit) >= 2 && (andThat || !ctx.lex.complementizers.has(next.norm)) && !ctx.lex.cues.has(next.norm);
  }
  return false;
}

/** The word at k opens a personal name: a name particle (بن، أبو، آل، عبد) or a known first name. */
function firstWordIsName(ctx: Ctx, k: number): boolean {
  const n = ctx.toks[k]?.norm ?? '';
  return /^(بن|ابن|ابو|ال|عبد)$/.test(n) || ctx.lex.firstNames.has(n);
}

/** Exclusive end token of the reported clause that starts at token c. */
/** From j: a short subject phrase (no verb, 1–7 words) then a finite cue opening its own complement. */
function contrastSubjectCue(ctx: Ctx, j: number, limit: number): boolean {
  const T = ctx.toks;
  // (a definite phrase, a named one, or an anonymous source: الا ان مصدرا امنيا اعلن …)
  // (… or a role: لكن نائب محافظ البنك المركزي، أكبر كميجاني، فنّد ذلك)
  if (!isWord(T[j]) || !/^(ال|و?ال)/.test(T[j]!.norm) && !ctx.entType[j] && !ctx.lex.anonHeads.has(T[j]!.norm.replace(/ا$/, '')) && !ctx.lex.roleNouns.has(T[j]!.norm)) return false;
  // (reality, truth or history "says" is the speaker's own figure of speech: ولكن الواقع يقول إن …)
  if (/^(الواقع|الحقيقه|التاريخ|المنطق|العقل|التجربه|الارقام)$/.test(T[j]!.norm)) return false;
  let commas = 0;
  for (let k = j + 1; k < Math.min(limit, j + 12); k++) {
    const t = T[k]!;
    const punct = t.text;
    // (the subject's name in apposition between two commas)
    if (!isWord(t)) {
      if (!COMMA.has(punct) || ++commas > 2) return false;
      continue;
    }
    if (k - j >= 8 && commas === 0) return false;
    const form = ctx.lex.cues.get(t.norm);
    // (… or denies, confirms "that": …، لكن اللاعب نفى ذلك)
    // (… or announces a nominal object: …، لكنَّ الحوثيين أعلنوا السيطرة على …)
    if (form) return !form.conj && form.kind !== 'part' && (opensClaim(ctx, k, form, limit) || ctx.lex.demonstratives.has(T[k + 1]?.norm ?? '') || (!!form.entry.nominal && form.kind === 'past' && isWord(T[k + 1]) && (ctx.lex.objectStarters.has(T[k + 1]!.norm) || ctx.lex.objectStarters.has(T[k + 1]!.norm.replace(/^ال/, '')) || derivedMasdar(T[k + 1]!.norm))));
    // (… or any verb that disputes "that" after the subject's apposition: …، أكبر كميجاني، فنّد ذلك)
    if (commas === 2 && COMMA.has(T[k - 1]!.text) && !/^(ال|و?ال)/.test(t.norm) && !isPrep(t) && T[k + 1]?.norm === 'ذلك' && !/^(ال|و?ال)/.test(T[k + 2]?.norm ?? '')) return true;
    if (ctx.lex.complementizers.has(t.norm)) return false;
  }
  return false;
}

/** "As for X, he said" (أما الثالث فقال: …): أما at j opens a topic whose own ف-cue follows within a few words. */
function amaThenCue(ctx: Ctx, j: number, limit: number): boolean {
  const T = ctx.toks;
  for (let k = j + 1; k < Math.min(limit, j + 8); k++) {
    const t = T[k]!;
    if (!isWord(t)) return false;
    const form = ctx.lex.cues.get(t.norm);
    if (form && /^ف/.test(t.norm) && form.kind !== 'part' && !form.entry.needs && !form.entry.via) return true;
  }
  return false;
}

/** The sentence holding token c opens with a clause of contrast or time (فيما، بينما، في حين، وفيما). */
function frontedWhile(ctx: Ctx, c: number): boolean {
  const T = ctx.toks;
  const s0 = ctx.sentStart[c]!;
  const n = T[s0]?.norm ?? '';
  return /^و?(فيما|بينما)$/.test(n) || (/^و?في$/.test(n) && T[s0 + 1]?.norm === 'حين');
}

/** The cue c is the verb of a clause of contrast, time or condition opening its sentence (وفيما حذر، وإذا كان … قد أكد). */
function frontedClause(ctx: Ctx, c: number): boolean {
  const T = ctx.toks;
  const s0 = ctx.sentStart[c]!;
  if (c - s0 > 5) return false;
  for (let k = s0; k < c; k++) if (!isWord(T[k])) return false;
  return frontedWhile(ctx, c) || /^و?(اذا|لئن|ولئن|بعدما|عندما|حينما|لما)$/.test(T[s0]?.norm ?? '');
}

/** Nouns of what was said, pointed back to by the writer (هذا الكلام، تلك التصريحات), folded */
const SPEECH_NOUN = /^(الكلام|التصريح|التصريحات|الحديث|الاعلان|الموقف|الكلمه|البيان|الخطاب|الاتهام|الاتهامات|التحذير|التهديد|النفي)$/;

/** Participles of thanking, praising, congratulating and wishing after the reported clause. */
const EXPRESSIVE_PARTICIPLE = /^(معربا|معربه|معربين|معبرا|معبره|معبرين|متطلعا|متطلعه|متطلعين|املا|امله|املين|راجيا|راجيه|راجين|مؤملا|مقدما|مقدمه|مقدمين|مثمنا|مثمنه|مثمنين|شاكرا|شاكره|شاكرين|مشيدا|مشيده|مشيدين|مهنئا|مهنئه|مهنئين|رافعا|رافعه|رافعين|متمنيا|متمنيه|متمنين|مبتهلا|مبتهلين|سائلا|سائله|سائلين)$/;
/** Participles of praise and thanks that nothing else shares (مثمنا، مشيدا، شاكرا، مهنئا). */
const PRAISE_PARTICIPLE = /^(مثمنا|مثمنه|مثمنين|مشيدا|مشيده|مشيدين|شاكرا|شاكره|شاكرين|مهنئا|مهنئه|مهنئين)$/;
/** What is offered when thanking or condoling (قدم شكره، وقدمت أحر التعازي). */
const THANKS = /^(شكر|الشكر|شكره|شكرها|شكرهم|التعازي|تعازيه|تعازيها|احر|التهنئه|تهنئته|تهانيه|خالص)$/;

/** Present forms of saying, naming and disclosing: "without saying / naming / revealing" is the writer's remark. */
const WITHHELD = /^[يت](ذكر|قول|كشف|وضح|حدد|فصح|شير|سمي|عطي|قدم|فصل|وضحوا|ذكروا|كشفوا|حددوا|قولوا)(وا)?$/;

/** what a newspaper's reporter does in the story (التقت "الوطن"، علمت «عكاظ»، رصدت «المدينة»), folded */
const REPORTER_VERB = /^[وف]?(التقت|علمت|سالت|رصدت|زارت|حاورت|تواصلت|اتصلت|تابعت|حصلت|اطلعت|استطلعت|جالت|وقفت|تلقت)$/;

/** A report's relative clause at k inside the words from c (ورد بلاغ إلى مركز العمليات ظهر أمس، يفيد بوقوع حريق …). */
const REPORT_NOUN = /^(بلاغ|بلاغا|البلاغ|بلاغات|اتصال|اتصالا|برقيه|رساله|اشعار|اشعارا)$/;
function reportRelative(ctx: Ctx, k: number, c: number): boolean {
  const T = ctx.toks;
  if (!/^(يفيد|تفيد)$/.test(T[k]!.norm)) return false;
  for (let j = k - 1; j >= Math.max(c, k - 20); j--) {
    if (isEnd(T[j]!) || ctx.lex.cues.has(T[j]!.norm)) return false;
    if (REPORT_NOUN.test(T[j]!.norm)) return true;
  }
  return false;
}

/** Indefinite nouns naming a kind of words (وهي اتهامات …، وهو طلب …). */
const SPEECH_KIND = /^(طلب|اتهام|اتهامات|تصريح|تصريحات|ادعاء|ادعاءات|مزاعم|رواي[هة]|دعو[هة]|نداء|تهديد|تهديدات|تحذير|تحذيرات|اعتراف|وعد|وعود|شكوى|شكاوى|شكاوي|انتقادات|تكهنات|انباء|اقوال|اراء)$/;
/** A verb of speech, confirming or denying, with the pronoun of what was said (أكدته، نفاه، فنده). */
function echoVerb(ctx: Ctx, j: number): boolean {
  const w = ctx.toks[j];
  if (!isWord(w)) return false;
  const m = /^(.{2,}?)(ته|تها|ه|ها)$/.exec(w.norm);
  if (!m) return false;
  const base = m[1]!;
  const verb = (b: string) => ctx.lex.cues.get(b);
  const f = verb(base) ?? verb(base + 'ت') ?? verb(base.replace(/ا$/, 'ي')) ?? verb(base.replace(/ا$/, 'ى'));
  return (!!f && f.kind === 'past') || /^(فند|فندت|دحض|دحضت|كذب|كذبت|ايد|ايدت|نفا|نفت|رفض|رفضت|تبنا|تبنت|ردد|رددت)$/.test(base);
}

/** Past verbs of speech whose conjoined form after a comma always opens the next claim. */
const CONJ_SPEECH = /^(قال|أكد|أضاف|أوضح|أشار|لفت|نوه|أفاد|صرح|شدد|اعتبر|توقع|بين|كشف|أعلن|نفى|أنكر|حذر|هدد|طالب|دعا|حث|ناشد|انتقد|اتهم|وصف|أعرب|استبعد|اعترف|أقر|أفصح|أوصى|نصح|اقترح|تساءل)$/;

/**
 * Whether token k lies inside a quotation opened at or after the words' start c (or just before it), asked for
 * growing k: each token is looked at once.
 */
function quoteTracker(ctx: Ctx, c: number): (k: number) => boolean {
  let q = Math.max(0, c - 1);
  let reach = -1;
  return (k: number) => {
    for (; q < k; q++) if (isQuote(ctx.toks[q]) && ctx.quotes.closeOf[q]! > reach) reach = ctx.quotes.closeOf[q]!;
    return reach > k;
  };
}

/** past verbs of reacting to an event (condemned, welcomed, deplored), folded */
const REACTION = /^(ادان|ادانت|استنكر|استنكرت|ندد|نددت|رحب|رحبت|شجب|شجبت|اعرب|اعربت|ثمن|ثمنت)$/;

export function contentEnd(ctx: Ctx, c: number, nominal = false, speakerForm?: CueForm): number {
  const T = ctx.toks;
  const L = ctx.lex;
  // a reported clause is bounded (250 tokens) so that one pathological sentence stays linear
  let limit = Math.min(ctx.sentEnd[c]!, c + 250);
  const inQuote = quoteTracker(ctx, c);
  // (words in brackets after a colon end at their bracket: قال عليه السلام: (حتى لو دخلوا جحر ضب لدخلتموه)، فالكثير …)
  if (T[c]?.text === '(' && T[c - 1]?.text === ':') {
    let q = c + 1;
    while (q < limit && q - c < 80 && T[q]!.text !== ')' && T[q]!.text !== '(') q++;
    // (a saying, not an epithet: فيقول: (كذّاب الصحفيين)؛ لأنه … goes on)
    if (q < limit && T[q]!.text === ')' && wordCount(ctx, c + 1, q) >= 3 && (/^[،,.]$/.test(T[q + 1]?.text ?? ''))) return q + 1;
  }
  // (… and so do words in brackets right after the complementizer, when the writer's own clause follows them: أن
  // (التنافس الرياضي يجب أن تحكمه قيمنا …) وهذا التوجيه الأبوي يجب أن …)
  if (T[c]?.text === '(' && isWord(T[c - 1]) && L.complementizers.has(T[c - 1]!.norm)) {
    let q = c + 1;
    while (q < limit && q - c < 80 && T[q]!.text !== ')' && T[q]!.text !== '(') q++;
    if (q < limit && T[q]!.text === ')' && wordCount(ctx, c + 1, q) >= 5 && /^[وف](هذا|هذه|ذلك|تلك|هو|هي|هم|هنا)$/.test(T[q + 1]?.norm ?? '')) return q + 1;
  }
  for (let k = c + 1; k < limit; k++) {
    const t = T[k]!;
    // (…، كما أدانت منظمة التعاون الإسلامي هذا الاقتحام: "also" with a verb of reacting and a named body or person after it
    // is the writer's next event, not more of the words; not كما اعتمدت اللجنة …, which goes on with them)
    if (t.norm === 'كما' && k > c + 2 && COMMA.has(T[k - 1]!.text) && isWord(T[k + 1]) && REACTION.test(T[k + 1]!.norm) && (ctx.entType[k + 2] === 1 || ctx.entType[k + 2] === 2) && !inQuote(k)) return k;
    // (a quotation opened in it runs on past a full stop inside it, in its paragraph: إن بوتين "لم يعد يشاطر … حتى
    // النهاية. اعتقد انه يتجه الى التخلي عن الاسد")
    // (a closing mark left alone after a word, then a comma, ends words after a colon whose opening mark was never
    // typed: واضافت: امل الا تصل الامور الى القضاء … فالامر مؤلم"، ومنذ بدء …)
    if (isQuote(t) && !nominal && T[c - 1]?.text === ':' && ctx.quotes.openOf[k]! < 0 && ctx.quotes.closeOf[k]! < 0 && isWord(T[k - 1]) && COMMA.has(T[k + 1]?.text ?? '') && k - c >= 3) return k;
    if (isQuote(t) && !nominal) {
      const close = ctx.quotes.closeOf[k]!;
      if (close >= limit && close < c + 250) {
        // (not over a paragraph break, another quotation mark, a colon or a cue with a
        // named source: those open someone's next words)
        let m = k + 1;
        while (m <= close && !ctx.nl[m] && (m === close || m < limit || (!isQuote(T[m]) && T[m]!.text !== ':' && !(ctx.lex.cues.has(T[m]!.norm) && (ctx.entType[m + 1] === 1 || ctx.entType[m + 1] === 2))))) m++;
        if (m > close) limit = close + 1;
      }
    }
    if (!isWord(t)) continue;
    // (a news site's link line, رابط الخبر بصحيفة الوئام: …, and another speaker's turn right after an address with no
    // full stop: … http://riyahdedu.org/moe من جهته أكد …)
    if (t.norm === 'رابط' && /^ال?خبر$/.test(T[k + 1]?.norm ?? '')) return k;
    if (t.norm === 'من' && /^(جانب|جهت|ناحيت)(ه|ها|هم)$/.test(T[k + 1]?.norm ?? '')) {
      if (T[k - 1]!.kind === 'latin') return k;
      // (… and anywhere before a cue: … الزيارات الشبابية من جانبه قال عبد الرحمن المطيري أن …)
      const v = T[k + 2] && T[k + 2]!.kind === 'punct' && COMMA.has(T[k + 2]!.text) ? k + 3 : k + 2;
      if (isWord(T[v]) && ctx.lex.cues.has(T[v]!.norm)) return k;
    }
    // a nominal object is one phrase: a new clause (فيما هاجمت …، بينما …) ends it
    // (after punctuation, or before a verb with its own subject: "المسؤولية فيما حدث، …" is "for what happened")
    // (not فيما بينهم "among themselves", فيما يخص "as for")
    // (not "in terms of", من حيث, a phrase of the object itself: بواجبهم من حيث الرقابة الذاتية)
    if (nominal && CLAUSE_LINK.has(t.norm) && T[k - 1]?.norm !== 'من' && !/^(بين|بينهم|بينها|بينهما|بيننا|يخص|يتعلق|يتصل)$/.test(T[k + 1]?.norm ?? '') && (T[k - 1]!.kind === 'punct' || (isWord(T[k + 1]) && isWord(T[k + 2]) && /^(ال|وال)/.test(T[k + 2]!.norm)))) return k;
    // (… بالتصدي لحركة طالبان بعدما حصد تفجير …: a clause of time after a nominal object is the writer's)
    if (nominal && (t.norm === 'بعدما' || ((t.norm === 'بعد' || t.norm === 'قبل') && /^ان$/.test(T[k + 1]?.norm ?? '')))) return k;
    // the writer's gloss after a comma (…، الأمر الذي يفسر حرص …)
    // (not "، وهو ما …": over the annotated sets it goes on the speaker's words 21 times for once the writer's)
    if (T[k - 1]!.kind === 'punct' && COMMA.has(T[k - 1]!.text) && t.norm === 'الامر' && T[k + 1]?.norm === 'الذي') return k;
    // (…، وهو ما أكدته واتس آب لاحقًا …، وهو ما فنده المتحدث الرسمي …: another party's word on what was said, the
    // writer's; not وهو ما يعني …, which the speaker may go on with)
    if (k > c + 2 && /^و(هو|هي|هذا)$/.test(t.norm) && T[k + 1]?.norm === 'ما' && echoVerb(ctx, k + 2)) return k;
    // (… علاقاتها مع الأقليات الشيعية وهي اتهامات تنفيها إيران؛ …، وهو طلب لقي استجابة …: the writer names the kind of
    // words just reported)
    if (k > c + 2 && /^و(هو|هي)$/.test(t.norm) && SPEECH_KIND.test(T[k + 1]?.norm ?? '') && isWord(T[k + 2]) && !/^(ان|بان|الي|الى|ب|ل|من|عن|علي|على|في)$/.test(T[k + 2]!.norm)) return k;
    // (… ومحاسبة المسؤولين وكان رئيس مجلس الوزراء حيدر العبادي قد أكَّد …: a pluperfect clause with a source of its own)
    if (/^و(كان|كانت)$/.test(t.norm) && k > c + 2) {
      for (let m = k + 2; m < Math.min(limit, k + 12) && isWord(T[m]); m++) {
        // (a source: a tagged name or body, or a role; not a kin of the story's people, وكانت والدته قد طلبت …)
        if (T[m]!.norm === 'قد' && ctx.lex.cues.has(T[m + 1]?.norm ?? '') && T.slice(k + 1, m).some((x, d) => ctx.entType[k + 1 + d] === 1 || ctx.entType[k + 1 + d] === 2 || ctx.lex.roleNouns.has(x.norm))) return k;
      }
    }
    // (the writer's gloss right after the words' closing quotation mark: … بعد ذلك» في إشارة إلى الهجمات …)
    if (isQuote(T[k - 1]) && ctx.quotes.openOf[k - 1]! < c && t.norm === 'في' && T[k + 1]?.norm === 'اشاره' && /^(الي|الى)$/.test(T[k + 2]?.norm ?? '')) return k;
    // the writer's remarks on what the speaker left out or meant, after a comma (…، دون أن يذكر عددهم; …، بدون أن
    // تقول ذلك صراحة; …، في إشارة إلى العمليات العسكرية …)
    if (T[k - 1]!.kind === 'punct' && COMMA.has(T[k - 1]!.text)) {
      let d = k;
      if (t.norm === 'من' && T[k + 1]?.norm === 'دون') d = k + 1;
      if (/^(دون|بدون)$/.test(T[d]!.norm) && T[d + 1]?.norm === 'ان' && WITHHELD.test(T[d + 2]?.norm ?? '')) return k;
      // (…، لكنه رفض التعليق على …، لكنه لم يذكر تفاصيل: the writer tells what the speaker would not say)
      if (/^[وف]?لكن(ه|ها|هم)$/.test(t.norm) && (/^(رفض|رفضت|رفضوا|امتنع|امتنعت|امتنعوا|احجم|احجمت|تحفظ|تحفظت)$/.test(T[k + 1]?.norm ?? '') || (/^(لم|ولم)$/.test(T[k + 1]?.norm ?? '') && WITHHELD.test(T[k + 2]?.norm ?? '')))) return k;
      if (t.norm === 'في' && T[k + 1]?.norm === 'اشاره' && /^(الي|الى)$/.test(T[k + 2]?.norm ?? '')) return k;
      // (…، مقدما التهنئة لمصر …، شاكراً الحماس …، رافعاً خالص الشكر: thanks and wishes close what was said)
      if (EXPRESSIVE_PARTICIPLE.test(t.norm)) return k;
      // (…، منددين بسوء تقديرها …، مستشهدًا ببحث …، رافضا في الوقت نفسه تحديد …: a denunciation, a citation or a
      // refusal the writer tells)
      if (/^(منددا|مندده|منددين|مستشهدا|مستشهده|مستشهدين|رافضا|رافضه|رافضين)$/.test(t.norm) && isWord(T[k + 1]) && !L.complementizers.has(T[k + 1]!.norm)) return k;
      // (…، عادا هذا الدعم بداية تعاون …، عادّة إياه …: the speaker's judgement of it, a claim of its own)
      // (عادة alone is also "usually": only before a demonstrative or إياه)
      if (/^(عادا|عاده|عادين)$/.test(t.norm) && isWord(T[k + 1]) && (L.demonstratives.has(T[k + 1]!.norm) || OBJECT_PRONOUN.has(T[k + 1]!.norm) || (t.norm !== 'عاده' && /^ال/.test(T[k + 1]!.norm)))) return k;
      // (…، منوها بالنجاح الذي تحقق: praise, not منوها إلى أن / بأن, which say something)
      // (… not when a verb of speech inside the words is the one it goes with: أن الرئيس السيسي أكد …، منوهًا بحرص مصر …)
      if (/^(منوها|منوهه|منوهين)$/.test(t.norm) && /^ب/.test(T[k + 1]?.norm ?? '') && !/^بان/.test(T[k + 1]!.norm) && !T.slice(Math.max(c, k - 40), k).some((x) => L.cues.has(x.norm))) return k;
      // (…، وشكر وزارة الشؤون الاجتماعية على الدعم …، وثمن جهود …: thanks the writer narrates; not praise, وأشاد بصمود
      // الأهالي, which may be said of the one spoken about)
      if (/^و(شكر|شكرت|شكروا|ثمن|ثمنت|ثمنوا)$/.test(t.norm) && isWord(T[k + 1]) && !ctx.lex.complementizers.has(T[k + 1]!.norm)) return k;
      // (…، وقد أجريت هذه الدراسة على 33 ألف شخص …، ويجدر بالذكر أن …: the writer on the study, or an aside)
      const v = /^و?قد$/.test(t.norm) ? k + 1 : k;
      const conducted = v > k ? /^(و?(اجريت|اجري|شملت)|اجرت|اجرى)$/ : /^و(اجريت|اجري|شملت)$/;
      if (conducted.test(T[v]?.norm ?? '') && T.slice(v + 1, v + 3).some((x) => /^ال(دراسه|بحث|استطلاع|مسح|تجربه|تجارب)$/.test(x.norm))) return k;
      if (/^و?(يجدر|الجدير)$/.test(t.norm) && /^بال(ذكر|اشاره)$/.test(T[k + 1]?.norm ?? '')) return k;
      // (…، وخص بالشكر كل من تحمل عناء …: thanks singled out, told by the writer)
      if (/^و(خص|خصت|خصوا)$/.test(t.norm) && /^بال(شكر|تحيه|ذكر|تقدير)$/.test(T[k + 1]?.norm ?? '')) return k;
      // (…، وأعاب على العمالة …، وتمنى في نهاية حديثه أن …، واعدا بالعمل على …: the speaker's next act, a reproach, a wish
      // or a promise, told by the writer)
      // (… when it agrees with the speaker: not the child's wish the mother tells, قالت إن ابنها …، وتمنى أن تتم دعوته)
      const actGender = /^و(تمنت)$/.test(t.norm) ? 'f' : /^و(تمنوا|تمنيا)$/.test(t.norm) ? '?' : 'm';
      if (/^و(اعاب|عاب|تمني|تمنت|تمنوا|تمنيا)$/.test(t.norm) && isWord(T[k + 1]) && !(speakerForm && speakerForm.gender !== '?' && actGender !== '?' && speakerForm.gender !== actGender)) return k;
      if (/^(واعدا|واعده|واعدين)$/.test(t.norm) && /^(ب|ان$|بان)/.test(T[k + 1]?.norm ?? '')) return k;
      // (…، متطرقا إلى التنظيمات …، متناولا …: the writer lists the topics the speaker went on to)
      if (/^(متطرقا|متطرقه|متطرقين|متناولا|متناوله|متناولين|مستعرضا|مستعرضه|مستعرضين)$/.test(t.norm)) return k;
      // (…، وقدم د. الرميح شكره لمدير الجامعة …، وقدمت أحر التعازي: the writer narrates the thanks)
      if (/^و(قدم|قدمت|تقدم|تقدمت|قدموا)$/.test(t.norm)) {
        for (let m = k + 1; m < Math.min(limit, k + 5); m++) if (THANKS.test(T[m]!.norm)) return k;
      }
      // (…، من جانبه، أشاد علي الناصر …: another speaker's turn)
      if (t.norm === 'من' && /^(جانب|جهت|ناحيت)(ه|ها|هم)$/.test(T[k + 1]?.norm ?? '')) return k;
      // (…، حسبما نقلت "رويترز".: where the words were reported, closing the sentence)
      // (… or وفق ما نقله موقع "سايت"، بحسب ما ذكرت الوكالة)
      // (with a verb of reporting: وفق ما تقتضيه لوائح (فيفا) is "as the rules require", part of what was said)
      const reported = (n: string) => /^(نقل|ذكر|اورد|افاد|قال|اعلن|نشر|جاء|اكد|اوضح|بين|كشف|صرح|اشار)/.test(n);
      const verbalTail = (/^و?(حسبما|بحسبما)$/.test(t.norm) && reported(T[k + 1]?.norm ?? '')) || (/^و?(وفق|وفقا|طبقا|بحسب|حسب)$/.test(t.norm) && /^(ما|لما)$/.test(T[k + 1]?.norm ?? '') && reported(T[k + 2]?.norm ?? ''));
      if (verbalTail && limit - k <= 10 && limit === ctx.sentEnd[c]) return k;
    }
    // (… الهيئات الدولية وعبر عن شكره وامتنانه لخادم الحرمين …: thanks the writer narrates, with no comma too)
    if (k > c + 2 && /^و(عبر|عبرت|عبروا|اعرب|اعربت|اعربوا)$/.test(t.norm) && T[k + 1]?.norm === 'عن' && THANKS.test(T[k + 2]?.norm ?? '')) return k;
    // (… ينتظر لهم مستقبل مشرق مقدماً شكره وتقديره …: thanks close what was said, with no comma too)
    if (k > c + 2 && /^(مقدما|مقدمه|مقدمين|رافعا|رافعه|رافعين|شاكرا|شاكره|شاكرين)$/.test(t.norm) && THANKS.test(T[k + 1]?.norm ?? '')) return k;
    // (… سائلًا الله أن يكون شفيعًا …: a prayer closes what was said, with or without a comma)
    if (k > c + 2 && /^(سائلا|سائله|سائلين|داعيا|داعيه|داعين|راجيا|راجيه|راجين|متضرعا)$/.test(t.norm) && ctx.lex.notSpeechObjects.has(T[k + 1]?.norm ?? '')) return k;
    // (… مجرد مبنى فقط ولا يوجد لها أي دور متمنيا أن تغير من نهجها …: a wish closes what was said, with no comma too)
    if (k > c + 2 && /^(متمنيا|متمنيه|متمنين)$/.test(t.norm) && /^(ان|ل|بان)/.test(T[k + 1]?.norm ?? '')) return k;
    // (… تقلل من إهدار الوقت مهنئا الجميع بقدوم عيد الفطر: congratulations close what was said, with no comma too)
    if (k > c + 2 && /^(مهنئا|مهنئه|مهنئين)$/.test(t.norm) && isWord(T[k + 1]) && !L.complementizers.has(T[k + 1]!.norm)) return k;
    // (… ساعيا لتبديد تحفظات دول حليفة …: the speaker's aim, told by the writer, with or without a comma)
    if (k > c + 2 && /^(ساعيا|ساعيه|ساعين|ساعيتين|محاولا|محاولين)$/.test(t.norm) && /^(ل|الي$|الى$|في$)/.test(T[k + 1]?.norm ?? '')) return k;
    // (… الإعلان عن خطة شاملة للإصلاح يأتي ذلك فيما …: the writer's bridge back to the news, with or without a comma)
    // (… or "this": …، يأتي هذا كرد فعل على …; and "this talk coincided with": …، وقد تزامن هذا الكلام مع …)
    if (/^و?(ياتي|جاء)$/.test(t.norm) && (T[k + 1]?.norm === 'ذلك' || (T[k + 1]?.norm === 'هذا' && T[k - 1]!.kind === 'punct'))) return k;
    if (k > c + 2 && /^و?(تزامن|ترافق|تزامنت|ترافقت|جاء|جاءت|ياتي|تاتي)$/.test(t.norm) && L.demonstratives.has(T[k + 1]?.norm ?? '') && SPEECH_NOUN.test(T[k + 2]?.norm ?? '')) return k;
    if (k > c + 2 && /^و?قد$/.test(t.norm) && /^(تزامن|ترافق|تزامنت|ترافقت|جاء|جاءت)$/.test(T[k + 1]?.norm ?? '') && L.demonstratives.has(T[k + 2]?.norm ?? '') && SPEECH_NOUN.test(T[k + 3]?.norm ?? '')) return k;
    // (… another party's stance after a comma, its name right after the verb: …، ونددت واشنطن بأشد العبارات بالهجوم)
    if (k > c + 2 && T[k - 1]!.kind === 'punct' && COMMA.has(T[k - 1]!.text) && /^و(ندد|نددت|ادان|ادانت|دان|دانت|استنكر|استنكرت|شجب|شجبت|رحب|رحبت)$/.test(t.norm) && ctx.entType[k + 1]! >= 1 && ctx.entType[k + 1]! <= 3) return k;
    // (… the reporter's "no reports came in": …، ولم ترد تقارير فورية عن وقوع اضرار مادية)
    if (T[k - 1]!.kind === 'punct' && COMMA.has(T[k - 1]!.text) && /^و?لم$/.test(t.norm) && /^(ترد|يرد|تتوفر|تتوافر|يتسن|يتسني|يتضح)$/.test(T[k + 1]?.norm ?? '')) return k;
    // (… and without the comma when the details are what is withheld: … في النظام المصرفي دون أن يقدم أي تفاصيل)
    if (k > c + 2 && /^(دون|بدون)$/.test(t.norm) && T[k + 1]?.norm === 'ان' && WITHHELD.test(T[k + 2]?.norm ?? '') && /^(اي|ايه|تفاصيل|ايضاحات|توضيحات|مزيدا)$/.test(T[k + 3]?.norm ?? '')) return k;
    // (…، في الوقت الذي عدلت فيه …; …، كما شكروا …; …، وفي 1998 أعلنت …: a new clause after a nominal object's comma)
    if (nominal && T[k - 1]!.kind === 'punct' && COMMA.has(T[k - 1]!.text) && newClauseAfterComma(ctx, k)) return k;
    // (كشف عن مشروع فيلم …، وذلك بعد أن أبدى …: the writer's circumstance after a nominal object)
    // (… or after any reported clause when a time or place follows: …، وذلك في حديث له لإحدى القنوات)
    // (not the means by which, ب + a verbal noun, which is part of what was said: زيادة هامش الربح، وذلك بتقليل التكاليف)
    // (after indirect words, only the occasion of the speech ends them, وذلك في حديث له؛ a purpose or a frame goes on with
    // them: …، وذلك على مدى قرابة 5 عقود، وذلك ضمن مخطط …)
    if (t.norm === 'وذلك' && T[k - 1]!.kind === 'punct' && COMMA.has(T[k - 1]!.text) && !/^ب(ت..ي.|ا..ا.|ا.ت.ا.|است..ا.)$/.test(T[k + 1]?.norm ?? '') && (nominal || (/^(في|خلال|عقب|اثر|اثناء|لدى|لدي|امام|على|علي)$/.test(T[k + 1]?.norm ?? '') && isWord(T[k + 2]) && (ctx.lex.eventNouns.has(T[k + 2]!.norm) || ctx.lex.eventNouns.has(T[k + 2]!.norm.replace(/^ال/, '')) || FRAMING.test(T[k + 2]!.norm.replace(/^ال/, '')))))) return k;
    // (… عدم رغبتهم باتهامه وقد جرى التعميم …: وقد + a verb opens the writer's next clause after a nominal object)
    if (nominal && t.norm === 'وقد' && isWord(T[k + 1]) && !/^ال/.test(T[k + 1]!.norm) && !ctx.lex.cues.has(T[k + 1]!.norm)) return k;
    // (اتهم … بالتخطيط للانقلاب عليه، وتبعت ذلك دوامة …: a new clause pointing back)
    if (nominal && /^و/.test(t.norm) && T[k - 1]!.kind === 'punct' && COMMA.has(T[k - 1]!.text) && L.demonstratives.has(T[k + 1]?.norm ?? '')) return k;
    // (ومع أن معظم المحللين يعتقدون أن …، إلا أن الخوف …: the main clause of a concessive frame around the cue)
    if (t.norm === 'الا' && T[k - 1]!.kind === 'punct' && COMMA.has(T[k - 1]!.text) && /^ان(ه|ها|هم)?$/.test(T[k + 1]?.norm ?? '') && concessiveBefore(ctx, c)) return k;
    // (وفيما حذر المالكي من …، فإن علاوي عدها …: the main clause after a fronted clause of contrast or condition holding
    // the cue is the writer's)
    if (/^فان(ه|ها|هم|هما)?$/.test(t.norm) && T[k - 1]!.kind === 'punct' && COMMA.has(T[k - 1]!.text) && frontedClause(ctx, c)) return k;
    // (… خطورة على مرتادي الطريق، إلا أن عدسة "الوطن" وثقت …: the writer's contrast)
    if (nominal && t.norm === 'الا' && T[k - 1]!.kind === 'punct' && /^ان(ه|ها|هم)?$/.test(T[k + 1]?.norm ?? '')) return k;
    // (a verb that reports only through its noun, after a comma, opens the speaker's next act whatever the noun:
    // …، وأعرب عن أمله في أن …؛ …، يعرب عبد الرحمن عن استغرابه …؛ …، وأعرب: «…»)
    // (… the others only with their noun at once: …، مجددا تأكيده أن …, not …، مجدّدا فقط …)
    // (… or without the comma, agreeing with the speaker's verb and then its thanks: … بنجاح العملية الجراحية معبرا عن
    // شكره …)
    if (speakerForm && speakerForm.kind !== 'part' && k - c >= 5 && isWord(T[k - 1]) && EXPRESSIVE_PARTICIPLE.test(t.norm) && (T[k + 1]?.norm === 'عن' || THANKS.test(T[k + 1]?.norm ?? '')) && participleGender(t.norm) === speakerForm.gender && (speakerForm.number === 'p') === /ين$/.test(t.norm)) return k;
    // (… and praise with its object, without the comma: … سيكتمل قريبا مثمنا الجهود التي بذلت …)
    if (speakerForm && speakerForm.kind !== 'part' && k - c >= 5 && isWord(T[k - 1]) && PRAISE_PARTICIPLE.test(t.norm) && isWord(T[k + 1]) && !ctx.lex.complementizers.has(T[k + 1]!.norm) && participleGender(t.norm) === speakerForm.gender && (speakerForm.number === 'p') === /ين$/.test(t.norm) && !T.slice(Math.max(c, k - 40), k).some((x) => L.cues.has(x.norm))) return k;
    const via = L.viaOnly.get(t.norm);
    if (via && T[k - 1]!.kind === 'punct' && COMMA.has(T[k - 1]!.text) && (via.entry.lemma === 'أعرب' || (via.entry.via!.includes(T[k + 1]?.norm ?? '') && !(via.kind === 'part' && via.conj) && !(speakerForm && via.gender !== '?' && speakerForm.gender !== '?' && via.gender !== speakerForm.gender)))) return k;
    const form = L.cues.get(t.norm);
    // ("adding" a number, مضيفا 200 مليون نسمة, goes on with what was said)
    if (form && !addsNumber(ctx, k, form) && !firstPersonForm(t.text, form) && !accusedOf(ctx, k, form) && !reportRelative(ctx, k, c)) {
      const prev = T[k - 1]!;
      const afterComma = prev.kind === 'punct' && COMMA.has(prev.text);
      // (…، وقال دان ويرثايمر أحد مستشاري المشروع …، إن …؛ …، وناشد الخاطفين السماح …: after a comma, a conjoined past
      // verb of speech opens the next claim, whoever its subject; over the annotated sets it ends the words 140 times
      // and goes on inside them 5 times; not inside a quotation, nor a verb told to the speaker, وقال لي الموظف)
      if (afterComma && form.conj && form.kind === 'past' && k > c + 2 && CONJ_SPEECH.test(form.entry.lemma) && (form.entry.lemma !== 'بين' || L.complementizers.has(T[k + 1]?.norm ?? '') || T[k + 1]?.text === ':') && !/^(لي|لنا)$/.test(T[k + 1]?.norm ?? '') && !inQuote(k)) return k;
      // (a counted participle is a noun: بجانب الحكم على خمسة متهمين آخرين بالسجن)
      if (form.kind === 'part' && form.number !== 's' && (prev.kind === 'number' || L.quantifiers.has(prev.norm))) continue;
      // (so is a counted or governed "accused" = suspect: القبض على 43 متهما، القبض على متهمين اثنين)
      if (form.kind === 'part' && form.entry.lemma === 'اتهم' && (prev.kind === 'number' || isPrep(prev))) continue;
      // a participle continues the speaker only after punctuation; without it, it belongs to the reported
      // clause (… طالب رئيس الوزراء بالحفاظ على التزامه … مهددا بإجراءات)
      // (قائلا / قائلة "saying" always continues the speaker: … تنفيذ الهجوم قائلة في بيان على موقعها إن …)
      // (not an adjective after an indefinite noun, with no comma and no complement: تسجيل 4 حالات إصابة مؤكدة بفيروس …)
      const adjectiveOfNoun = !afterComma && isWord(prev) && !hasArticle(prev.norm) && !/^([وفبكل]?ال|لل)/.test(prev.norm) && !ctx.entType[k - 1] && /(\u0629|ات)$/.test(prev.text.replace(/[\u064b-\u0652\u0640]/g, '')) && !L.cues.has(prev.norm) && !L.firstNames.has(prev.norm) && !L.complementizers.has(T[k + 1]?.norm ?? '') && T[k + 1]?.text !== ':' && !isQuote(T[k + 1]) && !inPreps(form.entry.preps, T[k + 1]?.norm ?? '');
      if (form.kind === 'part' && !adjectiveOfNoun && (afterComma || isQuote(prev) || nominal || form.entry.lemma === 'قال') && opensClaim(ctx, k, form, limit)) return k;
      // (… without punctuation too, for the common speech participles agreeing with the speaker's verb: … وسبل التعاون
      // بينهما مؤكداً استعداد بلاده …، … قادر على الانتصار في حربه مشيرا الى "نقص" …)
      // (not لافتا as the adjective "remarkable" after an indefinite accusative: اهتماما لافتا)
      // (nor a feminine participle agreeing with the indefinite noun before it, with no complementizer after it: ثلاثة
      // حالات إصابة مؤكدة بالفيروس)
      const adjective = (form.entry.lemma === 'لفت' && isWord(prev) && !/^ال/.test(prev.norm) && /ا$/.test(prev.norm)) ||
        (form.gender === 'f' && form.number === 's' && isWord(prev) && !definite(prev.norm) && !/^و/.test(prev.norm) && /(ة|ات)$/.test(prev.text.replace(/[\u064B-\u0652]/g, '')) && !L.complementizers.has(T[k + 1]?.norm ?? '') && T[k + 1]?.text !== ':' && !isQuote(T[k + 1]) && !hasArticle(T[k + 1]?.norm ?? '') && !ctx.entType[k + 1]);
      // (after a participle's own words, not right after a preposition or a present verb, where a participle is a noun or an
      // adverb: في مطالبة آبائهم، سيؤثر مؤكدا على …)
      const afterParticiple = speakerForm?.kind === 'part' && (isPrep(prev) || /^[وف]?[سل]?[يت]/.test(prev.norm));
      if (form.kind === 'part' && speakerForm && SPEECH_PARTICIPLES.has(form.entry.lemma) && !adjective && !afterParticiple && form.gender === speakerForm.gender && form.number === speakerForm.number && opensClaim(ctx, k, form, limit)) return k;
      // (… and after a comma, the speaker's next words even with no complementizer: …، مبينا دعم الموظف … ساهم في …)
      if (form.kind === 'part' && speakerForm && afterComma && SPEECH_PARTICIPLES.has(form.entry.lemma) && !adjective && form.gender === speakerForm.gender && form.number === speakerForm.number && isWord(T[k + 1]) && !isPrep(T[k + 1]!) && wordCount(ctx, k + 1, limit) >= 3) return k;
      // (… and with no comma, before a nominal object: … ويشهد سوقها توزيعاً للمنتج وبشكل فعال مبيناً أهمية إيجاد …)
      if (form.kind === 'part' && speakerForm && !afterComma && SPEECH_PARTICIPLES.has(form.entry.lemma) && !adjective && form.gender === speakerForm.gender && form.number === speakerForm.number && isWord(T[k + 1]) && (L.objectStarters.has(T[k + 1]!.norm) || derivedMasdar(T[k + 1]!.norm)) && wordCount(ctx, k + 1, limit) >= 3) return k;
      // (a conjoined cue of the speaker's gender after a comma, with a nominal object: …، وتوقعت فقدان 29 شخصًا آخرين)
      if (form.conj && form.kind === 'past' && !form.object && afterComma && speakerForm && form.gender === speakerForm.gender && form.number === speakerForm.number && !!form.entry.nominal && isWord(T[k + 1]) && (L.objectStarters.has(T[k + 1]!.norm) || L.objectStarters.has(T[k + 1]!.norm.replace(/^ال/, '')) || derivedMasdar(T[k + 1]!.norm))) return k;
      if (immediateThat(ctx, k, form)) return k;
      // (…، ثم أعلن تحرير 59 رهينة …، … مستقر ثم أضاف أن …: "then" and a cue open the speaker's next claim; not a
      // gesture, ثم أشار إلى حزام ناسف)
      if (!form.conj && form.kind === 'past' && prev.norm === 'ثم' && k > c + 2 && ((opensClaim(ctx, k, form, limit) && (!!T[k + 1] && (T[k + 1]!.text === ':' || L.complementizers.has(T[k + 1]!.norm) || L.complementizers.has(T[k + 2]?.norm ?? '')))) || (!!form.entry.nominal && form.entry.stance === 'announce' && isWord(T[k + 1]) && !isPrep(T[k + 1]!)))) return k - 1;
      // (not the impersonal تبيّن أن "it became clear that" inside the words: …، وعند وصول الفرق الإسعافية، تبين أنه حادث …)
      // (not a present cue whose subject is all the words so far: قال … إن المبعوث الأممي لليمن إسماعيل ولد الشيخ أحمد،
      // يعتقد أن … — the envoy's belief is what was said)
      // (nor a present cue between commas right after the complementizer's subject, "believed to be": وأن جثة، يعتقد أنها
      // لـ…، وجدت …)
      if ((form.conj || form.kind === 'pres') && afterComma && opensClaim(ctx, k, form, limit) && !(/^[وف]?تبين$/.test(t.norm) && L.complementizers.has(T[k + 1]?.norm ?? '')) && !(form.kind === 'pres' && !form.conj && subjectSoFar(ctx, c, k - 1)) && !(form.kind === 'pres' && !form.conj && isWord(T[k - 2]) && /^[وف]?(ان|بان)$/.test(T[k - 3]?.norm ?? ''))) return k;
      // (… or "others" after a comma: …، واتهم آخرون صالح بدعم الانقلاب)
      if (form.conj && form.kind !== 'part' && afterComma && WHOLE_GROUP.test(T[k + 1]?.norm ?? '')) return k;
      // a conjoined cue with a new written source and its own complement (… خطيرة وقالت الشرطة أيضا إنه …)
      if (form.conj && form.kind !== 'part' && newSource(ctx, k + 1, limit)) return k;
      // (… and a nominal object at any past cue with one: … يحق لنادي الوحدة التسجيل قال البرقان «إن …; not one of an
      // attribution or a relative clause, حسبما أفادت صحيفة …، وهو الأمر الذي أكدت سامسونغ أنها …)
      if (nominal && form.kind === 'past' && !/^(ما|حسبما|بحسبما|كما|وفقما|الذي|التي|الذين)$/.test(prev.norm) && newSource(ctx, k + 1, limit)) {
        let e = k;
        while (e > c + 1 && /^[وف]?(قد|لقد)$/.test(T[e - 1]!.norm)) e--;
        return e;
      }
      // (… أشعلت التطرف العنيف، ونددت واشنطن بأشد العبارات …: after a comma, a conjoined cue with a named source)
      if (form.conj && form.kind !== 'part' && afterComma && ctx.entEnd[k + 1]! > k + 1 && ctx.entType[k + 1]! >= 1 && ctx.entType[k + 1]! <= 3) return k;
      // (… or a definite body or document, then the cue's own preposition: …، وأوصى التقرير بالتركيز على …)
      if (form.conj && form.kind === 'past' && afterComma && bodyThenPrep(ctx, k + 1, form)) return k;
      // a conjoined past cue opening its complement at once, in a run-on sentence without punctuation
      // (… كان ناجحا بجميع المقاييس وقال: إن …، … وليس ادارة النادي وزاد ان عقد اللاعبين …)
      // (… or its quotation: … ديدن القيادة الرشيدة وقالوا ” إن أرواح ذويهم …)
      if (form.conj && form.kind === 'past' && !form.object && T[k + 1] && (T[k + 1]!.text === ':' || L.complementizers.has(T[k + 1]!.norm) || (isQuote(T[k + 1]) && ((ctx.quotes.closeOf[k + 1] ?? -1) > k + 1 || L.complementizers.has(T[k + 2]?.norm ?? ''))))) return k;
      // (… a present one with its colon: … من النساء الشابات بالإضافة للشباب ويضيف : " نحظى بزبائن …)
      if (form.conj && form.kind === 'pres' && !form.object && T[k + 1]?.text === ':' && k > c + 2) return k;
      // (… or past a circumstantial phrase, up to its colon and quotation: … عن النادي وقال من معسكر الإعداد في مونتريال: «…»)
      if (form.conj && form.kind === 'past' && !form.object && T[k + 1] && /^(من|في|خلال|عبر|امام|لدى|لدي)$/.test(T[k + 1]!.norm) && colonQuoteAhead(ctx, k + 2, limit)) return k;
      // (…، وقال سيستمر البرنامج لمدة شهر: a future verb never opens a speaker phrase either)
      // (… also with no comma, when it agrees with the speaker: … مهم للمنطقة وقال سيتم العمل على آليات حديثة)
      if (form.conj && form.kind === 'past' && !form.object && form.entry.lemma === 'قال' && (afterComma || (!!speakerForm && speakerForm.kind === 'past' && form.gender === speakerForm.gender && form.number === speakerForm.number)) && /^س[يتن]..+/.test(T[k + 1]?.norm ?? '') && !L.cues.has(T[k + 1]!.norm) && wordCount(ctx, k + 2, limit) >= 2) return k;
      // (… لبعض لاعبي فريقه وقال لم نتلق اي خطاب رسمي: a negation never opens a speaker phrase)
      if (form.conj && form.kind === 'past' && !form.object && form.entry.bareParticiple && /^(لم|لن|لا)$/.test(T[k + 1]?.norm ?? '') && wordCount(ctx, k + 2, limit) >= 2) return k;
      // (… and at any conjoined cue after a comma: ونفت موسكو اي تورط، واتهمت العسكريين الاوكرانيين; or a participle:
      // نفت الأمانة وجود أي كاميرات …، مبينة حقيقة ما تردد …)
      if (nominal && form.conj && form.kind !== 'part' && afterComma) return k;
      // (… or after كما: وأكد الجانبان أهمية وحدة العراق …، كما أكد الجانبان رفضهما …: the next claim)
      if (nominal && !form.conj && form.kind === 'past' && T[k - 1]?.norm === 'كما' && T[k - 2]?.kind === 'punct' && COMMA.has(T[k - 2]!.text)) return k - 1;
      if (nominal && form.kind === 'part' && afterComma) return k;
      // a nominal object ends at a conjoined cue with its own complement (أكد حدوث التبديل وقال إنه …)
      if (nominal && form.conj && form.kind === 'past' && opensClaim(ctx, k, form, limit)) return k;
      // (قال مورينيو إن خلافاته مع مالك النادي قد انتهت وأكد على استعداده …: a conjoined past cue of the speaker's
      // own gender and number, its complement right after it, is the speaker's next claim)
      // (… and a conjoined demand with its addressee and act: … كما جاء في لائحة 2011 وطالب الجميع بعدم الاطلاع …)
      // (… and a conjoined present after a present cue: ويشير القحطاني إلى أن … في كل موقع ويؤكد على أن …)
      if (speakerForm && form.conj && (form.kind === 'past' || (form.kind === 'pres' && speakerForm.kind === 'pres')) && !form.object && form.gender === speakerForm.gender && form.number === speakerForm.number && (ownComplementAt(ctx, k, form) || (/^(طالب|دعا|حث|ناشد)$/.test(form.entry.lemma) && /^(الجميع|ايضا|كذلك|ب..+)$/.test(T[k + 1]?.norm ?? '') && opensClaim(ctx, k, form, limit)))) return k;
      // (… or, after a nominal object, one of the speaker's gender carrying its object: كشف الموقع … خطورة التدخين …
      // واعتبرها من أسوأ العادات …)
      if (nominal && form.conj && form.object && form.kind === 'past' && !!speakerForm && form.gender === speakerForm.gender && form.number === speakerForm.number && isWord(T[k + 1])) return k;
      // a conjoined cue carrying its object, then its complement (… ووصفها بأنها …، واتهمهم بالتخطيط …)
      if (form.conj && form.object && form.entry.objectAhead && opensClaim(ctx, k, form, limit)) return k;
      // "… لكنه أكد أن …": a contrastive particle with a pronoun opens a new claim of the same speaker
      // (… وقعت في الأسر، ولم يستبعد أن يكون …: a negated conjoined cue with its complement opens a claim)
      if (form.kind !== 'part' && isWord(prev) && /^و(لم|لا|لن)$/.test(prev.norm) && T[k - 2]?.kind === 'punct' && COMMA.has(T[k - 2]!.text) && opensClaim(ctx, k, form, limit)) return k - 1;
      // (… الانتخابات لأنهما قالا إن …: "because they said" opens the reason's own claim)
      // (… or its own possessed object after a comma: …، لكنه نفى تورطه في أي فساد)
      const ownObject = () => !!form.entry.nominal && T[k - 2]?.kind === 'punct' && COMMA.has(T[k - 2]!.text) && /^لكن/.test(prev.norm) && isWord(T[k + 1]) && /^.{4,}(ه|ها|هم|هما)$/.test(T[k + 1]!.norm) && L.objectStarters.has(T[k + 1]!.norm.replace(/(ه|ها|هم|هما)$/, ''));
      if (form.kind !== 'part' && isWord(prev) && /^و?(لكن|لان)(ه|ها|هم|هما)$/.test(prev.norm) && (opensClaim(ctx, k, form, limit) || ownObject())) return k - 1;
      // "… 10% في حين قالت مصادر أخرى إن …" / "… بينما أكد X أن …": a contrastive clause link opens a claim of its own
      const pp = T[k - 2];
      // (… or a source of its own with a nominal object: …، بينما أكدت مصادر تقدم المعارضة في بلدة داريا)
      if (!form.conj && form.kind !== 'part' && isWord(prev) && (/^(بينما|فيما)$/.test(prev.norm) || (prev.norm === 'حين' && pp?.norm === 'في')) && (opensClaim(ctx, k, form, limit) || listedObjectAt(ctx, k, form) || (!!form.entry.nominal && sourceHeadAt(ctx, k + 1)))) return prev.norm === 'حين' ? k - 2 : k - 1;
      // (… للحاق بالبعثة في الوقت الذي تشير المصادر إلى أن …: "while" in three words)
      if (!form.conj && form.kind !== 'part' && prev.norm === 'الذي' && pp?.norm === 'الوقت' && /^و?في$/.test(T[k - 3]?.norm ?? '') && opensClaim(ctx, k, form, limit)) return k - 3;
      // (فيما أكدت الهيئة أنها كثفت جولاتها …، اشتكى عدد من المواطنين من …: after a fronted فيما/بينما clause, a bare
      // past cue after a comma opens the main clause)
      if (!form.conj && form.kind === 'past' && afterComma && frontedWhile(ctx, c) && opensClaim(ctx, k, form, limit)) return k;
      // (…، كما أعلنت الحكومة اليمنية في وقت سابق، تحويل …: "as X announced", a named source of its own after a comma, not
      // the speaker's own body named earlier in the sentence, within 60 tokens: وأوضح رئيس المجلس البلدي … أن …، كما اقترح المجلس …)
      if (!form.conj && form.kind === 'past' && prev.norm === 'كما' && pp && pp.kind === 'punct' && COMMA.has(pp.text) && (ctx.entType[k + 1] === 1 || ctx.entType[k + 1] === 2) && ctx.entEnd[k + 1]! - (k + 1) >= 2 && !T.slice(Math.max(ctx.sentStart[k]!, k - 60), k).some((x) => x.norm === T[k + 1]!.norm)) return k - 1;
      // "، حيث يقول X: …" / "، فيما أكد X أن …"
      // (not a relative clause set off by commas inside the words, its cue with no complement of its own: أن هذا الصندوق،
      // الذي أعلنت مؤسسة النقد عن إنشائه لحماية الودائع، هدفه …)
      if (!form.conj && isWord(prev) && L.clauseStarts.has(prev.norm) && pp && pp.kind === 'punct' && COMMA.has(pp.text) && opensClaim(ctx, k, form, limit) && !relativeAside(ctx, k - 1, limit)) return k - 1;
      continue;
    }
    // (…، وجرى بحث تطورات الأوضاع …، كما تم استعراض …: the writer's account of the meeting, after a comma)
    if (/^(وجري|وجرى|وتم)$/.test(t.norm) || (/^(جري|جرى|تم)$/.test(t.norm) && T[k - 1]?.norm === 'كما')) {
      const at = T[k - 1]?.norm === 'كما' ? k - 1 : k;
      if (COMMA.has(T[at - 1]?.text ?? '') && MEETING_ACT.test(T[k + 1]?.norm ?? '')) return at;
    }
    // (… المسجد الحرام ولم يتطرق بيان الحركة إلى …: the writer's remark on what the statement left out)
    if (/^و(لم|لا)$/.test(t.norm) && /^[يت]/.test(T[k + 1]?.norm ?? '') && isWord(T[k + 2]) && (L.documentHeads.has(T[k + 2]!.norm) || L.documentHeads.has('ال' + T[k + 2]!.norm))) return k;
    // (not one set between commas right after a complementizer, inside the clause it opens: وأنه، حسب القانون، فأي …)
    if (trailingAttribution(ctx, k, limit) && !(T[k - 1]?.kind === 'punct' && COMMA.has(T[k - 1]!.text) && /^[وف]?(ان|انه|انها|انهم|بان|بانه|بانها)$/.test(T[k - 2]?.norm ?? ''))) return k;
    // (…، ثم التقت "الوطن" عددا من الشباب: the newspaper's own reporting, the writer's narration)
    if (REPORTER_VERB.test(t.norm) && isQuote(T[k + 1]) && ctx.quotes.closeOf[k + 1]! > k + 1 && ctx.quotes.closeOf[k + 1]! - k <= 4) return T[k - 1]?.norm === 'ثم' ? k - 1 : k;
    // (…، بيد أن المتحدث الرسمي للجامعة أكد للصحيفة أنه …: a contrast particle, a subject and its own cue open a claim)
    if (/^(بيد|غير|الا)$/.test(t.norm) && T[k + 1]?.norm === 'ان' && T[k - 1]!.kind === 'punct' && contrastSubjectCue(ctx, k + 2, limit)) return k;
    // (… أي شيء إلا أنه قال إن …، غير أنه أكد أنه …: the contrast with the speaker's pronoun opens the speaker's next claim)
    if (/^(بيد|غير|الا)$/.test(t.norm) && /^ان(ه|ها|هم|هما)$/.test(T[k + 1]?.norm ?? '') && isWord(T[k - 1]) || (/^(بيد|غير|الا)$/.test(t.norm) && /^ان(ه|ها|هم|هما)$/.test(T[k + 1]?.norm ?? '') && T[k - 1]!.kind === 'punct')) {
      const f2 = L.cues.get(T[k + 2]?.norm ?? '');
      const c3 = T[k + 3];
      // (… or the cue's preposition and a verbal noun, its nominal object: …، إلا أنه أفصح عن تعرض جماعته لهزائم …)
      const thatNext = !!c3 && (c3.text === ':' || isQuote(c3) || L.complementizers.has(c3.norm) || (inPreps(f2?.entry.preps, c3.norm) && L.complementizers.has(T[k + 4]?.norm ?? '')) || (!!f2?.entry.nominal && f2.kind === 'past' && inPreps(f2.entry.preps, c3.norm) && isWord(T[k + 4]) && (L.objectStarters.has(T[k + 4]!.norm) || derivedMasdar(T[k + 4]!.norm) || /^(ت.ا..|ت...)$/.test(T[k + 4]!.norm))));
      // (not the main clause of a concession the words opened: على الرغم من أن … غير مستقر، إلا أنه استبعد أن …)
      let concession = false;
      for (let q = c; q < k && !concession; q++) concession = /^(رغم|الرغم|برغم|بالرغم|ورغم)$/.test(T[q]!.norm) || (T[q]!.norm === 'مع' && /^ان/.test(T[q + 1]?.norm ?? ''));
      if (f2 && (f2.kind === 'past' || (f2.kind === 'pres' && (SPEECH_PARTICIPLES.has(f2.entry.lemma) || f2.entry.lemma === 'قال'))) && !f2.conj && thatNext && !concession) return k;
    }
    // (… الهدف مالي، أما الثالث فقال: …: "as for" a new topic with its own ف-cue)
    if (/^و?اما$/.test(t.norm) && T[k - 1]!.kind === 'punct' && amaThenCue(ctx, k, limit)) return k;
    // (…، ولكن العفو الدولية تقول إن العدد بلغ 743: "but" with a new subject and its own cue)
    if (/^و?لكن$/.test(t.norm) && T[k - 1]!.kind === 'punct' && COMMA.has(T[k - 1]!.text) && contrastSubjectCue(ctx, k + 1, limit)) return k;
    // (… ولا ينقصهم الا التوفيق وعن الازمة المالية قال …: a fronted topic with its own pro-drop cue opens the next claim)
    if (/^و(عن|حول|بشان|بخصوص)$/.test(t.norm) && topicThenCue(ctx, k + 1, limit)) return k;
    // (… وصلت الى عدن وبحسب المصادر فان …: a conjoined attribution with its own فإن opens the next claim)
    // (not a norm one acts by, which opens no source: …، وحسب الأعراف الطبية فإن هذه الحالات تحتاج …)
    if (/^و(بحسب|حسب|وفقا|طبقا)$/.test(t.norm) && faInnaAhead(ctx, k + 1, limit) && !L.normNouns.has((T[k + 1]?.norm ?? '').replace(/^ل(?=ل)/, 'ا').replace(/^ل(?!ل)/, ''))) return k;
    // the speaker's own "بحسب وصفه / على حد قوله" closes the content, with or without a comma
    if (/^و?ب?حسب$/.test(t.norm) && OWN_WORDS.test(T[k + 1]?.norm ?? '') && !parenthetical(ctx, k, limit)) return k;
    if ((t.norm === 'علي' || t.norm === 'على') && T[k + 1]?.norm === 'حد' && OWN_WORDS.test(T[k + 2]?.norm ?? '')) return k;
    // the reporter's own "، يذكر أن …" ends the reported clause
    if (L.notClaimCues.has(t.norm) && T[k - 1]!.kind === 'punct') return k;
  }
  return limit;
}

/** what a meeting's account says was done (بحث، استعراض، مناقشة …), folded */
const MEETING_ACT = /^(بحث|استعراض|مناقشه|تبادل|التطرق|تناول)$/;

/** The participle of أضاف at k "adds" a number (مضيفا 200 مليون نسمة إلى المدن): no speech. */
export function addsNumber(ctx: Ctx, k: number, form: CueForm): boolean {
  return form.kind === 'part' && form.entry.lemma === 'أضاف' && ctx.toks[k + 1]?.kind === 'number';
}

/** The sentence holding c opens with a concession (مع أن، رغم أن، بالرغم من أن، على الرغم من أن) before c. */
function concessiveBefore(ctx: Ctx, c: number): boolean {
  const T = ctx.toks;
  const s0 = ctx.sentStart[c]!;
  for (let k = s0; k < Math.min(c, s0 + 3); k++) {
    const n = T[k]!.norm;
    if (/^[وف]?(مع|رغم|برغم)$/.test(n) && T[k + 1]?.norm === 'ان') return true;
    if (/^[وف]?(بالرغم|على|علي)$/.test(n) && /^(من|الرغم)$/.test(T[k + 1]?.norm ?? '') && T.slice(k + 1, k + 4).some((x) => x.norm === 'ان')) return true;
  }
  return false;
}

/** A nominal cue followed at once by a listed object noun (فيما أكدت استمرار جهودها …). */
function listedObjectAt(ctx: Ctx, k: number, form: CueForm): boolean {
  const n = ctx.toks[k + 1];
  return !!form.entry.nominal && isWord(n) && (ctx.lex.objectStarters.has(n.norm) || ctx.lex.objectStarters.has(n.norm.replace(/^ال/, '')));
}

/** The cue at k is followed at once by its complement: أن/إن, a colon, or one of its prepositions (وأكد على، وأشار إلى أن). */
function ownComplementAt(ctx: Ctx, k: number, form: CueForm): boolean {
  const T = ctx.toks;
  const n = T[k + 1];
  if (!n) return false;
  if (n.text === ':' || ctx.lex.complementizers.has(n.norm)) return true;
  // (not عن or من: وأعلن عن …، وطلب من شقيقه … narrate the reported clause's own subject as often)
  // (إلى after أشار and لفت always opens what they point to: ولفت إلى ما يجده حرس الحدود …)
  return isWord(n) && /^(علي|على|الي)$/.test(n.norm) && inPreps(form.entry.preps, n.norm) && (n.norm !== 'الي' || ctx.lex.complementizers.has(T[k + 2]?.norm ?? '') || /^(أشار|لفت)$/.test(form.entry.lemma));
}

/**
 * The words [c, comma) are one noun phrase ending in a tagged person's or body's name (المبعوث الأممي لليمن إسماعيل ولد
 * الشيخ أحمد): the subject of a verb after the comma, not words of their own.
 */
function subjectSoFar(ctx: Ctx, c: number, comma: number): boolean {
  const T = ctx.toks;
  const last = comma - 1;
  if (comma - c > 10 || last < c || !(ctx.entType[last] === 1 || ctx.entType[last] === 2)) return false;
  // (the name's mention ends at the comma: its first token holds its end)
  let s0 = last;
  while (s0 > c && ctx.entType[s0 - 1] === ctx.entType[last] && !(ctx.entEnd[s0]! > s0)) s0--;
  if (ctx.entEnd[s0] !== comma) return false;
  for (let k = c; k < comma; k++) if (!isWord(T[k]) || ctx.lex.cues.has(T[k]!.norm) || ctx.lex.complementizers.has(T[k]!.norm) || isPrep(T[k]!)) return false;
  return ctx.entType[c] === 1 || ctx.entType[c] === 2 || ctx.lex.roleNouns.has(T[c]!.norm) || ctx.lex.titles.has(T[c]!.norm) || ctx.lex.orgHeads.has(T[c]!.norm);
}

/** At k, after a comma: a clause of time (في الوقت الذي), كما + a verb, or a dated new sentence (وفي 1998 …). */
function newClauseAfterComma(ctx: Ctx, k: number): boolean {
  const T = ctx.toks;
  const n = T[k]!.norm;
  if (/^و?في$/.test(n) && T[k + 1]?.norm === 'الوقت' && T[k + 2]?.norm === 'الذي') return true;
  if (n === 'وفي' && T[k + 1]?.kind === 'number') return true;
  // (كما + a past verb, not a comparison: كما شكروا المرجعية …، وكما طالب ممثل المرجعية …)
  return /^و?كما$/.test(n) && isWord(T[k + 1]) && /^[^ا].{1,4}(وا|ت)?$/.test(T[k + 1]!.norm) && !/^ال/.test(T[k + 1]!.norm) && !isPrep(T[k + 1]!) && !ctx.lex.demonstratives.has(T[k + 1]!.norm) && T[k + 1]!.norm !== 'هو' && T[k + 1]!.norm !== 'هي';
}

/** A past cue within the next few words, with no punctuation before it (the topic's own verb: وعن الأزمة قال …). */
function topicThenCue(ctx: Ctx, j: number, limit: number): boolean {
  const T = ctx.toks;
  for (let q = j; q < Math.min(limit, j + 10); q++) {
    const t = T[q]!;
    if (!isWord(t)) return false;
    const f = ctx.lex.cues.get(t.norm);
    if (f && f.kind === 'past' && !f.conj && q > j) return true;
  }
  return false;
}

/** فإن within the next few words (the source phrase of an attribution before its main clause). */
function faInnaAhead(ctx: Ctx, j: number, limit: number): boolean {
  const T = ctx.toks;
  for (let q = j + 1; q < Math.min(limit, j + 7); q++) {
    if (/^فان(ه|ها|هم)?$/.test(T[q]!.norm)) return true;
    if (!isWord(T[q])) return false;
  }
  return false;
}

/** A source phrase (body, title, role, anonymous head or entity) at j followed within 5 tokens by إن/أن. */
/** Within 8 words from j, with no other punctuation, a colon and a quotation (or a quotation) open direct speech. */
function colonQuoteAhead(ctx: Ctx, j: number, limit: number): boolean {
  const T = ctx.toks;
  for (let q = j; q < Math.min(limit, j + 9); q++) {
    const t = T[q]!;
    if (t.kind === 'word' || t.kind === 'latin' || t.kind === 'number') {
      if (ctx.lex.cues.has(t.norm) || ctx.lex.complementizers.has(t.norm)) return false;
      continue;
    }
    // (a medium's name in brackets on the way: عبر حسابه الشخصي في (تويتر): "…")
    if ((t.text === '(' || t.text === ')') && (isWord(T[q + 1]) || T[q + 1]?.kind === 'latin' || T[q + 1]?.text === ':')) continue;
    if (t.text === ':') return isQuote(T[q + 1]) && ctx.quotes.closeOf[q + 1]! > q + 1;
    return false;
  }
  return false;
}

/** A source phrase opens at j: a body's head, an anonymous source, a role, a title or a tagged name (مصادر، الوزارة). */
function sourceHeadAt(ctx: Ctx, j: number): boolean {
  const t = ctx.toks[j];
  if (!t || !isWord(t)) return false;
  const L = ctx.lex;
  return L.orgHeads.has(t.norm) || L.anonHeads.has(t.norm) || L.roleNouns.has(t.norm) || L.titles.has(t.norm) || (ctx.entEnd[j]! > j && ctx.entType[j]! >= 1 && ctx.entType[j]! <= 3);
}

/** A definite body, document or role at j (التقرير، الوزارة، المتحدث), one or two words, then the cue's preposition. */
function bodyThenPrep(ctx: Ctx, j: number, form: CueForm): boolean {
  const T = ctx.toks;
  const L = ctx.lex;
  const n = T[j]?.norm ?? '';
  if (!isWord(T[j]) || !/^ال/.test(n) || !(L.orgHeads.has(n) || L.documentHeads.has(n) || L.roleNouns.has(n) || L.anonHeads.has(n))) return false;
  for (let q = j + 1; q <= j + 2 && isWord(T[q]); q++) {
    const m = T[q]!.norm;
    if (inPreps(form.entry.preps, m) || (m.length > 3 && /^[بل]/.test(m) && !!form.entry.preps?.includes(m[0]!))) return true;
    if (!/^ال/.test(m)) return false;
  }
  return false;
}

function newSource(ctx: Ctx, j: number, limit: number): boolean {
  const T = ctx.toks;
  const L = ctx.lex;
  // (the outlet told comes first: وأكد لـ "الاقتصادية" الصراف رائد عبدالسلام أن …)
  if (T[j] && /^ل/.test(T[j]!.norm) && T[j]!.norm.length <= 2 && isQuote(T[j + 1]) && ctx.quotes.closeOf[j + 1]! > j + 1 && ctx.quotes.closeOf[j + 1]! - j <= 5) j = ctx.quotes.closeOf[j + 1]! + 1;
  else if (T[j] && ctx.lName[j] && ctx.entEnd[j]! > j) j = ctx.entEnd[j]!;
  const t = T[j];
  if (!t || !isWord(t)) return false;
  const n = t.norm;
  // (… or a descriptor and a tagged name right before the complement: الصراف رائد عبدالسلام أن)
  const named = !!T[j + 1] && ctx.entType[j + 1] === 1 && ctx.entEnd[j + 1]! > j + 1 && L.complementizers.has(T[ctx.entEnd[j + 1]!]?.norm ?? '') && hasArticle(n);
  if (!(L.orgHeads.has(n) || L.anonHeads.has(n) || L.roleNouns.has(n) || L.titles.has(n) || ctx.entEnd[j]! >= 0 || named)) return false;
  // (… or its colon, past an apposition with وهو: … رائعاً.. وتابع نابوت وهو نائب رئيس فيفا راهناً: …)
  let end = Math.min(limit, j + 8);
  let thatEnd = j + 6;
  for (let q = j + 1; q < end; q++) {
    if (L.complementizers.has(T[q]!.norm) && q < thatEnd) return true;
    // (… or a quotation that opens its words: قال البرقان «إن …»)
    if (isQuote(T[q]) && ctx.quotes.closeOf[q]! > q + 3 && q === j + 1 && wordCount(ctx, q + 1, ctx.quotes.closeOf[q]!) >= 3) return true;
    // (a colon only after a sentence's end mark, or with a quotation after it: not a poet introduced inside a quotation,
    // شعر: وقال معروف الدبيري …: إذا ما …)
    // (… or after a closed quotation or bracket: قال تعالى: {…} ويقول الله تعالى: {…})
    if (T[q]!.text === ':' && ((T[j - 2]?.kind === 'punct' && /^(\.+|[!؟?]+|[}\])]|»|”)$/.test(T[j - 2]!.text)) || (isQuote(T[q + 1]) && ctx.quotes.closeOf[q + 1]! > q + 1))) return true;
    if (isWord(T[q])) continue;
    // (وقال المسؤول الأمريكي - الذي رفض نشر اسمه - إن …; وقال حسين، إن …: a dashed aside, or a comma before إن)
    const p = T[q]!.text;
    if (COMMA.has(p) && L.complementizers.has(T[q + 1]?.norm ?? '')) return true;
    if (!DASHES.has(p)) return false;
    const close = closingDash(ctx, q + 1, Math.min(limit, q + 14), p);
    if (close < 0) return false;
    end = Math.min(limit, close + 3);
    thatEnd = end;
    q = close;
  }
  return false;
}

const DASHES = new Set(['-', '–', '—']);

/** The index of the dash that closes an aside opened by `open`, within [a, b), or -1. */
function closingDash(ctx: Ctx, a: number, b: number, open: string): number {
  for (let q = a; q < b; q++) {
    if (isWord(ctx.toks[q])) continue;
    return ctx.toks[q]!.text === open ? q : -1;
  }
  return -1;
}

/** Trims punctuation (and unpaired quotes) from both ends of the token range [a, b). */
/** a token of bidirectional control characters only */
const BIDI = /^[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]+$/;

export function trim(ctx: Ctx, a: number, b: number): [number, number] {
  const T = ctx.toks;
  // (bidirectional controls pasted around words, ‭ ‬, are no part of what was said)
  while (a < b && ((T[a]!.kind === 'punct' && !(isQuote(T[a]) && ctx.quotes.closeOf[a]! >= 0 && ctx.quotes.closeOf[a]! < b) && T[a]!.text !== '(') || BIDI.test(T[a]!.text))) a++;
  while (b > a && BIDI.test(T[b - 1]!.text)) b--;
  // (a complementizer right after a colon is no part of the words: صرح …: بأن الجهات الأمنية …)
  if (a > 0 && a + 1 < b && T[a - 1]!.text === ':' && /^ب?ان(ه|ها|هم|هما)?$/.test(T[a]!.norm) && isWord(T[a + 1])) a++;
  // (a percent sign stays with its number, written apart too: … بلغت 10%، وصلت إلى 100 %)
  while (b > a && T[b - 1]!.kind === 'punct' && !(isQuote(T[b - 1]) && ctx.quotes.openOf[b - 1]! >= a) && T[b - 1]!.text !== ')' && !(/^[%٪]$/.test(T[b - 1]!.text) && b - 2 >= a && (T[b - 2]!.end === T[b - 1]!.start || T[b - 2]!.kind === 'number'))) b--;
  return [a, b];
}

/**
 * Words in tokens [a, b), counted up to `cap`: callers only compare the count with small thresholds, and the
 * cap keeps every call O(cap) however far b is (a quotation that never closes, a sentence of 60k tokens).
 */
export function wordCount(ctx: Ctx, a: number, b: number, cap = 8): number {
  let n = 0;
  for (let k = a; k < b && n < cap; k++) if (isWord(ctx.toks[k])) n++;
  return n;
}

/** The gender of a folded participle: -ه (ة) feminine, else masculine. */
function participleGender(norm: string): 'm' | 'f' {
  return /ه$/.test(norm) ? 'f' : 'm';
}

/** A relative clause at r (الذي …) set off by commas, with no complementizer, quotation or colon before its closing
 * comma and words after it: a description inside the words, not a claim of its own. */
function relativeAside(ctx: Ctx, r: number, limit: number): boolean {
  const T = ctx.toks;
  if (!/^(الذي|التي|الذين)$/.test(T[r]?.norm ?? '')) return false;
  for (let c = r + 2; c < limit && c - r <= 20; c++) {
    const t = T[c]!;
    if (ctx.lex.complementizers.has(t.norm) || isQuote(t) || t.text === ':' || isEnd(t)) return false;
    // (… and none after its closing comma either: السيسي، الذي أكد في خطاب الافتتاح، أمس، أن … has one)
    // (and what follows that comma goes on with the words, not a cue of its own: …، التي تزعم سقوط ملائكة …، مؤكدة أن …)
    if (COMMA.has(t.text)) return isWord(T[c + 1]) && !ctx.lex.cues.has(T[c + 1]!.norm) && wordCount(ctx, c + 1, limit) >= 2 && !findComplement(ctx, r + 1, limit);
  }
  return false;
}
