#!/usr/bin/env node
// Compares the NER backends: words/s of the NER stage (meta.timings.ner) and exact-span F1 on the ANERcorp
// test split (corpus/anercorp/test.txt; with the tiny fixture model the F1 only shows that the path works).
//
//   npm run build && node bench/backends.mjs [--model DIR] [--sentences 400] [--runs 3] [--backends embedded,transformers,ensemble]
//
// --model defaults to tests/fixtures/tiny-token-classifier; pass an exported Arabic NER model (docs/transformers.md).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    model: { type: 'string', default: `${root}tests/fixtures/tiny-token-classifier` },
    dtype: { type: 'string' },
    sentences: { type: 'string', default: '400' },
    runs: { type: 'string', default: '3' },
    backends: { type: 'string', default: 'embedded,transformers,ensemble' },
  },
});
const { extract } = await import(`${root}dist/index.js`);

/** ANERcorp CoNLL → documents of 20 sentences with gold spans. */
function conllDocs(path, limit) {
  const sentences = [];
  let cur = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) {
      if (cur.length) sentences.push(cur);
      cur = [];
      if (sentences.length >= limit) break;
      continue;
    }
    const cut = line.lastIndexOf(' ');
    cur.push([line.slice(0, cut), line.slice(cut + 1)]);
  }
  if (cur.length && sentences.length < limit) sentences.push(cur);
  const docs = [];
  for (let i = 0; i < sentences.length; i += 20) {
    let text = '';
    const gold = [];
    let open = null;
    const flush = () => {
      if (open) gold.push(`${open.start}:${open.end}:${open.type}`);
      open = null;
    };
    for (const s of sentences.slice(i, i + 20)) {
      for (const [word, tag] of s) {
        if (text && !text.endsWith('\n')) text += ' ';
        const start = text.length;
        text += word;
        const type = tag.slice(2);
        if (tag.startsWith('B-') || (tag.startsWith('I-') && (!open || open.type !== type))) {
          flush();
          open = { start, end: text.length, type };
        } else if (tag.startsWith('I-')) open.end = text.length;
        else flush();
      }
      flush();
      text += '\n';
    }
    docs.push({ text, gold, words: sentences.slice(i, i + 20).reduce((a, s) => a + s.length, 0) });
  }
  return docs;
}

const docs = conllDocs(`${root}corpus/anercorp/test.txt`, Number(values.sentences));
const words = docs.reduce((a, d) => a + d.words, 0);
const rows = [];
for (const ner of values.backends.split(',')) {
  const options = { ner, model: values.model, dtype: values.dtype, includeText: false };
  await extract(docs[0].text, options); // load the model (not timed)
  let best = Infinity;
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  for (let run = 0; run < Number(values.runs); run++) {
    let ms = 0;
    tp = predicted = gold = 0;
    for (const d of docs) {
      const doc = await extract(d.text, options);
      ms += doc.meta.timings.ner ?? 0;
      const got = new Set(doc.entities.flatMap((e) => e.mentions.map((m) => `${m.start}:${m.end}:${m.type ?? e.type}`)));
      predicted += got.size;
      gold += d.gold.length;
      for (const g of d.gold) if (got.has(g)) tp++;
    }
    best = Math.min(best, ms);
  }
  const p = tp / Math.max(1, predicted);
  const r = tp / Math.max(1, gold);
  rows.push({
    backend: ner,
    words,
    'ner ms': Math.round(best),
    'words/s': Math.round(words / (best / 1000)),
    P: +(100 * p).toFixed(1),
    R: +(100 * r).toFixed(1),
    F1: +((200 * p * r) / Math.max(1e-9, p + r)).toFixed(1),
  });
}
console.log(`model: ${values.model}; ${docs.length} documents, ${words} words (ANERcorp test), best of ${values.runs} runs`);
console.table(rows);
