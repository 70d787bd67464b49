/**
 * A body's mention that runs on into the circumstance of its statement (وزارة الداخلية التركية في بيان، سلطة الطاقة في
 * تصريح، الاتحاد السعودي للكرة الطائرة في البيان): the tagger learnt "X في Y" names (منظمة الصحة العالمية في جنيف)
 * and sometimes takes the document too. The mention ends before في when a document or speech noun follows it.
 */
import type { NerMention } from '../ner/index.js';
import { fold } from '../text/normalize.js';

const DOC = /^(ال)?(بيان|بيانه|بيانها|بيانات|تصريح|تصريحه|تصريحها|تصريحات|مؤتمر|كلمه|كلمته|كلمتها|حديث|حديثه|حديثها|رساله|تقرير|تقريرها|تقريره|تغريده|مقابله|لقاء|ندوه|اجتماع|خطاب|بلاغ|منشور)$/;

export function orgTails(text: string, mentions: readonly NerMention[]): NerMention[] {
  return mentions.map((m) => {
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
