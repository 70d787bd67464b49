/**
 * A body's mention that runs on into the circumstance of its statement (وزارة الداخلية التركية في بيان، سلطة الطاقة في
 * تصريح، الاتحاد السعودي للكرة الطائرة في البيان): the tagger learnt "X في Y" names (منظمة الصحة العالمية في جنيف)
 * and sometimes takes the document too. The mention ends before في when a document or speech noun follows it. A body's
 * mention that runs on into a person (بلدية مدركة المهندس عمر حامد العصيمي، كتلة المواطن محمد اللكاش) is split in two.
 */
import type { NerMention } from '../ner/index.js';
import { fold } from '../text/normalize.js';
import { lexicon } from '../speech/lexicon.js';

const DOC = /^(ال)?(بيان|بيانه|بيانها|بيانات|تصريح|تصريحه|تصريحها|تصريحات|مؤتمر|كلمه|كلمته|كلمتها|حديث|حديثه|حديثها|رساله|تقرير|تقريرها|تقريره|تغريده|مقابله|لقاء|ندوه|اجتماع|خطاب|بلاغ|منشور)$/;

/** titles of office and profession that open a person's name, folded */
const WORK_TITLE = /^(المهندس|المهندسه|الدكتور|الدكتوره|اللواء|العقيد|المقدم|الاستاذ|الاستاذه)$/;
/** heads of places named after a person (مستشفى الدكتور …، مركز الأستاذ …), folded */
const FACILITY = /^(مستشفي|مستشفى|مستشفيات|مجمع|مركز|عياده|عيادات|مستوصف|جامع|مسجد|مدرسه|مدارس|قاعه|كرسي|جائزه|مؤسسه|صندوق|مكتبه|شارع|طريق|حي|ملعب|استاد)$/;

/** a parliamentary bloc's head (كتلة المواطن، ائتلاف دولة القانون), folded */
const BLOC = /^(ال)?(كتله|ائتلاف|قائمه|تحالف)$/;

type Words = RegExpMatchArray[];

/**
 * A body's mention that runs on into a person: split into the body, up to the word before `cut`, and the person from
 * word `from` (the title between them, if any, belongs to neither).
 */
function splitAt(text: string, m: NerMention, words: Words, cut: number, from: number): NerMention[] {
  const at = m.start + words[from]!.index!;
  const end = m.start + words[cut - 1]!.index! + words[cut - 1]![0].length;
  return [{ ...m, end, text: text.slice(m.start, end) }, { start: at, end: m.end, text: text.slice(at, m.end), type: 'PERS', score: m.score }];
}

/**
 * The word index of a working title followed by a name inside a body's mention (بلدية مدركة المهندس عمر حامد العصيمي),
 * or -1: not a royal or religious title that names places (جامعة الملك سعود، جامع الشيخ زايد), nor in a facility named
 * after its doctor (مستشفى الدكتور سليمان الحبيب); a name after it is two words or more, or a known first name (not
 * قيادة الأستاذ الزميل).
 */
function workTitleAt(words: Words): number {
  if (FACILITY.test(fold(words[0]![0]))) return -1;
  for (let w = 1; w < words.length - 1; w++) {
    if (WORK_TITLE.test(fold(words[w]![0])) && (words.length - w - 1 >= 2 || lexicon().firstNames.has(fold(words[w + 1]![0])))) return w;
  }
  return -1;
}

/**
 * The word index where a bloc's mention runs on into its member's name (كتلة المواطن محمد اللكاش, after النائب عن): a
 * known first name with a word after it; or -1.
 */
function blocMemberAt(words: Words): number {
  if (words.length < 4 || !BLOC.test(fold(words[0]![0]))) return -1;
  const first = lexicon().firstNames;
  for (let w = 2; w < words.length - 1; w++) if (first.has(fold(words[w]![0]))) return w;
  return -1;
}

/** A body's mention that runs on into a title and a name, or a bloc's into its member's name: the body, then the person. */
function personInside(text: string, m: NerMention): NerMention[] {
  const words = [...m.text.matchAll(/\S+/g)];
  const t = workTitleAt(words);
  if (t > 0) return splitAt(text, m, words, t, t + 1);
  const b = blocMemberAt(words);
  return b > 0 ? splitAt(text, m, words, b, b) : [m];
}

export function orgTails(text: string, mentions: readonly NerMention[]): NerMention[] {
  return mentions.flatMap((m) => (m.type === 'ORG' ? personInside(text, m) : [m])).map((m) => {
    if (m.type !== 'ORG') return m;
    // (words are bounded by the mention: a short scan, no backtracking)
    const re = /\s+(?:في|فى)\s+(\S+)/g;
    for (let hit = re.exec(m.text); hit; hit = re.exec(m.text)) {
      if (hit.index > 0 && DOC.test(fold(hit[1]!))) {
        const end = m.start + hit.index;
        return { ...m, end, text: text.slice(m.start, end) };
      }
    }
    return m;
  });
}
