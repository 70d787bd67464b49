// Scaling check on adversarial inputs (runs of quotes, cue words, titles): time for n and 4n repeats.
// Linear code shows a ratio near 4. Run after `npm run build`: node bench/adversarial.mjs
import { extract } from '../dist/index.js';
const pats = ['"قال ', 'قال: ', '«قال ', 'قال إن ', 'وأضاف أن "', 'مؤكدا أن ', 'بحسب ', '" ', '« ', 'قال "x" ', '“قال ', 'قال الوزير ', 'وقال مصدر أمني في وزارة ', 'أحمد علي ', 'الرئيس ', 'وفقا ل ', '(', 'ـ بحسب ', 'لم يعلن ', 'قال. ', 'د. ', 'علمت من مصادر ', 'ومضى بالقول ', 'محافظة ديالى ', 'في المنطقة الشرقية ', '" إحدى ', 'حسبما أفادت ', 'أما الوزير فقال ', 'أحمد، قال ', 'وقال للجنة ', '(إف. ', 'اب.', 'جيه.إل.إل قال ', 'على حسابه في موقع "تويتر" ', 'أوضح ذلك ', 'وقال المسؤول - الذي رفض - إن ', 'في 13 مايو (أيار) الماضي ', 'في الوقت الذي أعلن فيه ', '، ولكن العفو الدولية تقول ', 'نفى فريد (22 عاما) ', '، دون أن يذكر ', 'هكذا يؤكد ', '60% من ', 'في تعميم للجان ', 'للجان ', '، رجل أعمال، الذي قال ', 'وتشير التحليلات واستقصاءات ', 'بحسب دراسة (نشرت) '];
for (const p of pats) {
  const r = [];
  for (const n of [5000, 20000]) {
    const text = p.repeat(n);
    const t = performance.now();
    await extract(text);
    r.push(performance.now() - t);
  }
  const ratio = r[1] / r[0];
  console.log(JSON.stringify(p), r.map(Math.round).join(' → '), 'x' + ratio.toFixed(1), ratio > 6 ? 'SUPERLINEAR?' : '');
}
