#!/usr/bin/env node
// Generates tests/fixtures/tiny-token-classifier/: a tiny BERT-architecture ONNX token classifier, its
// WordPiece tokenizer.json and config.json, loadable offline by @huggingface/transformers.
// Usage: node scripts/make-tiny-model.mjs [outDir]
//        node scripts/make-tiny-model.mjs /tmp/bert-base --layers 12 --words corpus/anercorp/train.txt
//   (the second form writes a BERT-base-shaped encoder with random weights: for measuring speed, bench/backends.mjs)

// A minimal ONNX (protobuf) writer: just the messages a small feed-forward graph needs.
// Field numbers follow onnx/onnx.proto (ModelProto, GraphProto, NodeProto, TensorProto, ValueInfoProto).

const FLOAT = 1;
const INT64 = 7;

class Writer {
  constructor() {
    this.parts = [];
  }
  varint(n) {
    let v = BigInt.asUintN(64, BigInt(n));
    const bytes = [];
    do {
      let b = Number(v & 0x7fn);
      v >>= 7n;
      if (v) b |= 0x80;
      bytes.push(b);
    } while (v);
    this.parts.push(Uint8Array.from(bytes));
    return this;
  }
  key(field, wire) {
    return this.varint((field << 3) | wire);
  }
  int(field, n) {
    return this.key(field, 0).varint(n);
  }
  bytes(field, data) {
    this.key(field, 2).varint(data.length);
    this.parts.push(data);
    return this;
  }
  string(field, s) {
    return this.bytes(field, new TextEncoder().encode(s));
  }
  message(field, w) {
    return this.bytes(field, w.finish());
  }
  float(field, x) {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setFloat32(0, x, true);
    this.key(field, 5);
    this.parts.push(b);
    return this;
  }
  finish() {
    const len = this.parts.reduce((a, p) => a + p.length, 0);
    const out = new Uint8Array(len);
    let o = 0;
    for (const p of this.parts) {
      out.set(p, o);
      o += p.length;
    }
    return out;
  }
}

/** TensorProto with raw little-endian data. `values` is a Float32Array or BigInt64Array. */
function tensor(name, dims, values) {
  const w = new Writer();
  for (const d of dims) w.int(1, d);
  w.int(2, values instanceof Float32Array ? FLOAT : INT64);
  w.string(8, name);
  w.bytes(9, new Uint8Array(values.buffer, values.byteOffset, values.byteLength));
  return w;
}

/** ValueInfoProto for a tensor; dims are numbers or symbolic names. */
function valueInfo(name, elemType, dims) {
  const shape = new Writer();
  for (const d of dims) {
    const dim = new Writer();
    if (typeof d === 'number') dim.int(1, d);
    else dim.string(2, d);
    shape.message(1, dim);
  }
  const tt = new Writer().int(1, elemType).message(2, shape);
  const type = new Writer().message(1, tt);
  return new Writer().string(1, name).message(2, type);
}

/** NodeProto; attrs: {name: number (int) | number[] (ints) | {float: x}}. */
function node(opType, inputs, outputs, name, attrs = {}) {
  const w = new Writer();
  for (const i of inputs) w.string(1, i);
  for (const o of outputs) w.string(2, o);
  w.string(3, name);
  w.string(4, opType);
  for (const [key, value] of Object.entries(attrs)) {
    const a = new Writer().string(1, key);
    if (Array.isArray(value)) {
      for (const v of value) a.int(8, v);
      a.int(20, 7);
    } else if (typeof value === 'object') {
      a.float(2, value.float).int(20, 1);
    } else {
      a.int(3, value).int(20, 2);
    }
    w.message(5, a);
  }
  return w;
}

/** Serialises a ModelProto (IR 8, default-domain opset `opset`). */
function model({ nodes, initializers, inputs, outputs, name, opset = 14, producer = 'qawl' }) {
  const g = new Writer();
  for (const n of nodes) g.message(1, n);
  g.string(2, name);
  for (const t of initializers) g.message(5, t);
  for (const i of inputs) g.message(11, i);
  for (const o of outputs) g.message(12, o);
  const m = new Writer();
  m.int(1, 8);
  m.string(2, producer);
  m.string(3, '1');
  m.message(7, g);
  m.message(8, new Writer().string(1, '').int(2, opset));
  return m.finish();
}

// ---------------------------------------------------------------------------------------------------------
// The tiny BERT-architecture token classifier.
//   input_ids, attention_mask, token_type_ids [batch, sequence] int64 → logits [batch, sequence, labels]
//   hidden = tanh((word_emb[ids] + position_emb[0..n) + type_emb[types]) · mask · W1 + b1);  logits = hidden · W2 + b2
// The embeddings are set by hand so that the word pieces listed in ENTITY_PIECES carry their label and every
// other piece says O. It knows nothing about context: it exists to exercise load → tokenize → infer → align.

const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-GPE', 'I-GPE', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'];

// Pieces as the BERT normaliser leaves them (lowercase, accents stripped: أ → ا, ّ removed).
const ENTITY_PIECES = {
  خليفة: 'B-PER',
  حف: 'I-PER', // حفتر = حف ##تر; alone it is I-PER, repaired to B-PER
  '##تر': 'I-PER',
  '##حفتر': 'B-PER', // وحفتر = و ##حفتر: the entity starts inside the word
  فاتح: 'B-PER',
  حسون: 'I-PER',
  الاسد: 'B-PER',
  جنيف: 'B-GPE',
  طرابلس: 'B-GPE',
  '##طرابلس': 'B-GPE',
  ليبيا: 'B-GPE',
  سوريا: 'B-GPE',
  سرت: 'B-LOC',
  داعش: 'B-ORG',
  '##داعش': 'B-ORG',
  الامم: 'B-ORG',
  للامم: 'B-ORG',
  المتحدة: 'I-ORG',
};

const SPECIALS = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'];
const MAX_POSITIONS = 64; // small on purpose: long inputs must be split into windows
const HIDDEN = 16;

function buildVocab() {
  const vocab = [...SPECIALS];
  const chars = [];
  for (let c = 0x0621; c <= 0x064a; c++) if (c < 0x063b || c > 0x0640) chars.push(String.fromCharCode(c));
  for (const c of 'پچژکگیـ0123456789abcdefghijklmnopqrstuvwxyz') chars.push(c);
  for (const c of chars) vocab.push(c, `##${c}`);
  for (const c of '.,،؛؟!?:;"\'«»()[]-/…%') vocab.push(c);
  for (const piece of Object.keys(ENTITY_PIECES)) vocab.push(piece);
  return [...new Set(vocab)];
}

function weights(vocab) {
  const L = LABELS.length;
  const word = new Float32Array(vocab.length * HIDDEN);
  vocab.forEach((piece, i) => {
    const label = ENTITY_PIECES[piece];
    if (label) {
      word[i * HIDDEN + LABELS.indexOf(label)] = 2;
      word[i * HIDDEN] = -2;
    } else {
      word[i * HIDDEN] = 2;
    }
  });
  // Positions and token types live in the dimensions the classifier ignores (they still flow through the graph).
  const position = new Float32Array(MAX_POSITIONS * HIDDEN);
  for (let p = 0; p < MAX_POSITIONS; p++)
    for (let d = L; d < HIDDEN; d++) position[p * HIDDEN + d] = 0.01 * Math.sin((p + 1) * (d - L + 1));
  const type = new Float32Array(2 * HIDDEN);
  type[HIDDEN + L] = 0.01;
  const dense = new Float32Array(HIDDEN * HIDDEN);
  for (let d = 0; d < HIDDEN; d++) dense[d * HIDDEN + d] = 1;
  const classifier = new Float32Array(HIDDEN * L);
  for (let d = 0; d < L; d++) classifier[d * L + d] = 8;
  return { word, position, type, dense, classifier, L };
}

function onnxModel(vocab) {
  const w = weights(vocab);
  const i64 = (values) => BigInt64Array.from(values.map(BigInt));
  const initializers = [
    tensor('word_embeddings', [vocab.length, HIDDEN], w.word),
    tensor('position_embeddings', [MAX_POSITIONS, HIDDEN], w.position),
    tensor('token_type_embeddings', [2, HIDDEN], w.type),
    tensor('dense_weight', [HIDDEN, HIDDEN], w.dense),
    tensor('dense_bias', [HIDDEN], new Float32Array(HIDDEN)),
    tensor('classifier_weight', [HIDDEN, w.L], w.classifier),
    tensor('classifier_bias', [w.L], new Float32Array(w.L)),
    tensor('zero', [], i64([0])),
    tensor('one', [], i64([1])),
    tensor('last_axis', [1], i64([-1])),
  ];
  const nodes = [
    node('Gather', ['word_embeddings', 'input_ids'], ['words'], 'word_lookup'),
    node('Gather', ['token_type_embeddings', 'token_type_ids'], ['types'], 'type_lookup'),
    node('Shape', ['input_ids'], ['shape'], 'shape'),
    node('Gather', ['shape', 'one'], ['length'], 'length', { axis: 0 }),
    node('Range', ['zero', 'length', 'one'], ['position_ids'], 'positions'),
    node('Gather', ['position_embeddings', 'position_ids'], ['positions'], 'position_lookup'),
    node('Add', ['words', 'types'], ['sum1'], 'add1'),
    node('Add', ['sum1', 'positions'], ['embeddings'], 'add2'),
    node('Cast', ['attention_mask'], ['mask_float'], 'mask_cast', { to: FLOAT }),
    node('Unsqueeze', ['mask_float', 'last_axis'], ['mask'], 'mask_unsqueeze'),
    node('Mul', ['embeddings', 'mask'], ['masked'], 'mask_apply'),
    node('MatMul', ['masked', 'dense_weight'], ['dense_out'], 'dense'),
    node('Add', ['dense_out', 'dense_bias'], ['dense_biased'], 'dense_add'),
    node('Tanh', ['dense_biased'], ['hidden'], 'activation'),
    node('MatMul', ['hidden', 'classifier_weight'], ['scores'], 'classifier'),
    node('Add', ['scores', 'classifier_bias'], ['logits'], 'classifier_add'),
  ];
  const io = (name) => valueInfo(name, INT64, ['batch_size', 'sequence_length']);
  return model({
    name: 'tiny-token-classifier',
    nodes,
    initializers,
    inputs: [io('input_ids'), io('attention_mask'), io('token_type_ids')],
    outputs: [valueInfo('logits', FLOAT, ['batch_size', 'sequence_length', LABELS.length])],
  });
}

function tokenizerJson(vocab) {
  const ids = Object.fromEntries(vocab.map((piece, i) => [piece, i]));
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: SPECIALS.map((content, id) => ({
      id,
      content,
      single_word: false,
      lstrip: false,
      rstrip: false,
      normalized: false,
      special: true,
    })),
    normalizer: {
      type: 'BertNormalizer',
      clean_text: true,
      handle_chinese_chars: true,
      strip_accents: true,
      lowercase: true,
    },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [
        { SpecialToken: { id: '[CLS]', type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: '[SEP]', type_id: 0 } },
      ],
      pair: [
        { SpecialToken: { id: '[CLS]', type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: '[SEP]', type_id: 0 } },
        { Sequence: { id: 'B', type_id: 1 } },
        { SpecialToken: { id: '[SEP]', type_id: 1 } },
      ],
      special_tokens: {
        '[CLS]': { id: '[CLS]', ids: [ids['[CLS]']], tokens: ['[CLS]'] },
        '[SEP]': { id: '[SEP]', ids: [ids['[SEP]']], tokens: ['[SEP]'] },
      },
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: {
      type: 'WordPiece',
      unk_token: '[UNK]',
      continuing_subword_prefix: '##',
      max_input_chars_per_word: 100,
      vocab: ids,
    },
  };
}

function configJson(vocab) {
  return {
    _comment: 'Tiny test model generated by scripts/make-tiny-model.mjs; not a trained model.',
    model_type: 'bert',
    architectures: ['BertForTokenClassification'],
    vocab_size: vocab.length,
    hidden_size: HIDDEN,
    num_hidden_layers: 1,
    num_attention_heads: 1,
    intermediate_size: HIDDEN,
    max_position_embeddings: MAX_POSITIONS,
    type_vocab_size: 2,
    pad_token_id: 0,
    id2label: Object.fromEntries(LABELS.map((l, i) => [String(i), l])),
    label2id: Object.fromEntries(LABELS.map((l, i) => [l, i])),
  };
}

const tokenizerConfig = {
  tokenizer_class: 'BertTokenizer',
  do_lower_case: true,
  strip_accents: true,
  model_max_length: MAX_POSITIONS,
  cls_token: '[CLS]',
  sep_token: '[SEP]',
  pad_token: '[PAD]',
  unk_token: '[UNK]',
  mask_token: '[MASK]',
};

/** A BERT-shaped encoder with random weights, for speed measurements only (labels are noise). */
function encoderModel(vocab, { layers, hidden: H, heads, intermediate: I, positions }) {
  let seed = 12345;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = (n) => Float32Array.from({ length: n }, () => 0.02 * Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random()));
  const filled = (n, v) => new Float32Array(n).fill(v);
  const i64 = (values) => BigInt64Array.from(values.map(BigInt));
  const L = LABELS.length;
  const hd = H / heads;
  const init = [
    tensor('word_embeddings', [vocab.length, H], normal(vocab.length * H)),
    tensor('position_embeddings', [positions, H], normal(positions * H)),
    tensor('token_type_embeddings', [2, H], normal(2 * H)),
    tensor('emb_ln_g', [H], filled(H, 1)),
    tensor('emb_ln_b', [H], filled(H, 0)),
    tensor('classifier_weight', [H, L], normal(H * L)),
    tensor('classifier_bias', [L], filled(L, 0)),
    tensor('zero', [], i64([0])),
    tensor('one', [], i64([1])),
    tensor('mask_axes', [2], i64([1, 2])),
    tensor('heads_shape', [4], i64([0, 0, heads, hd])),
    tensor('hidden_shape', [3], i64([0, 0, H])),
    tensor('one_f', [], Float32Array.of(1)),
    tensor('neg_f', [], Float32Array.of(-10000)),
    tensor('scale_f', [], Float32Array.of(1 / Math.sqrt(hd))),
    tensor('sqrt2_f', [], Float32Array.of(Math.SQRT2)),
    tensor('half_f', [], Float32Array.of(0.5)),
  ];
  const nodes = [
    node('Gather', ['word_embeddings', 'input_ids'], ['words'], 'word_lookup'),
    node('Gather', ['token_type_embeddings', 'token_type_ids'], ['types'], 'type_lookup'),
    node('Shape', ['input_ids'], ['shape'], 'shape'),
    node('Gather', ['shape', 'one'], ['length'], 'length', { axis: 0 }),
    node('Range', ['zero', 'length', 'one'], ['position_ids'], 'positions'),
    node('Gather', ['position_embeddings', 'position_ids'], ['positions'], 'position_lookup'),
    node('Add', ['words', 'types'], ['sum1'], 'add1'),
    node('Add', ['sum1', 'positions'], ['sum2'], 'add2'),
    node('LayerNormalization', ['sum2', 'emb_ln_g', 'emb_ln_b'], ['h0'], 'emb_ln', { axis: -1, epsilon: { float: 1e-12 } }),
    node('Cast', ['attention_mask'], ['mask_float'], 'mask_cast', { to: FLOAT }),
    node('Unsqueeze', ['mask_float', 'mask_axes'], ['mask4'], 'mask_unsqueeze'),
    node('Sub', ['one_f', 'mask4'], ['mask_inv'], 'mask_inv'),
    node('Mul', ['mask_inv', 'neg_f'], ['mask_bias'], 'mask_bias'),
  ];
  let x = 'h0';
  for (let l = 0; l < layers; l++) {
    const n = (s) => `l${l}_${s}`;
    const dense = (input, name, rows, cols) => {
      init.push(tensor(n(`${name}_w`), [rows, cols], normal(rows * cols)), tensor(n(`${name}_b`), [cols], filled(cols, 0)));
      nodes.push(
        node('MatMul', [input, n(`${name}_w`)], [n(`${name}_mm`)], n(`${name}_mm`)),
        node('Add', [n(`${name}_mm`), n(`${name}_b`)], [n(name)], n(`${name}_add`)),
      );
      return n(name);
    };
    const split = (input, name, perm) => {
      nodes.push(
        node('Reshape', [input, 'heads_shape'], [n(`${name}_r`)], n(`${name}_r`)),
        node('Transpose', [n(`${name}_r`)], [n(`${name}_t`)], n(`${name}_t`), { perm }),
      );
      return n(`${name}_t`);
    };
    const layerNorm = (a, b, name) => {
      init.push(tensor(n(`${name}_g`), [H], filled(H, 1)), tensor(n(`${name}_beta`), [H], filled(H, 0)));
      nodes.push(
        node('Add', [a, b], [n(`${name}_res`)], n(`${name}_res`)),
        node('LayerNormalization', [n(`${name}_res`), n(`${name}_g`), n(`${name}_beta`)], [n(name)], n(name), { axis: -1, epsilon: { float: 1e-12 } }),
      );
      return n(name);
    };
    const q = split(dense(x, 'q', H, H), 'q', [0, 2, 1, 3]);
    const k = split(dense(x, 'k', H, H), 'k', [0, 2, 3, 1]);
    const v = split(dense(x, 'v', H, H), 'v', [0, 2, 1, 3]);
    nodes.push(
      node('MatMul', [q, k], [n('scores')], n('scores')),
      node('Mul', [n('scores'), 'scale_f'], [n('scaled')], n('scaled')),
      node('Add', [n('scaled'), 'mask_bias'], [n('masked')], n('masked')),
      node('Softmax', [n('masked')], [n('probs')], n('probs'), { axis: -1 }),
      node('MatMul', [n('probs'), v], [n('ctx')], n('ctx')),
      node('Transpose', [n('ctx')], [n('ctx_t')], n('ctx_t'), { perm: [0, 2, 1, 3] }),
      node('Reshape', [n('ctx_t'), 'hidden_shape'], [n('ctx_r')], n('ctx_r')),
    );
    const x1 = layerNorm(dense(n('ctx_r'), 'o', H, H), x, 'ln1');
    const up = dense(x1, 'up', H, I);
    nodes.push(
      node('Div', [up, 'sqrt2_f'], [n('gelu_d')], n('gelu_d')),
      node('Erf', [n('gelu_d')], [n('gelu_e')], n('gelu_e')),
      node('Add', [n('gelu_e'), 'one_f'], [n('gelu_a')], n('gelu_a')),
      node('Mul', [up, n('gelu_a')], [n('gelu_m')], n('gelu_m')),
      node('Mul', [n('gelu_m'), 'half_f'], [n('gelu')], n('gelu')),
    );
    x = layerNorm(dense(n('gelu'), 'down', I, H), x1, 'ln2');
  }
  nodes.push(
    node('MatMul', [x, 'classifier_weight'], ['scores'], 'classifier'),
    node('Add', ['scores', 'classifier_bias'], ['logits'], 'classifier_add'),
  );
  const io = (name) => valueInfo(name, INT64, ['batch_size', 'sequence_length']);
  return model({
    name: 'synthetic-bert-encoder',
    opset: 17,
    nodes,
    initializers: init,
    inputs: [io('input_ids'), io('attention_mask'), io('token_type_ids')],
    outputs: [valueInfo('logits', FLOAT, ['batch_size', 'sequence_length', L])],
  });
}

/** Most frequent words of a CoNLL or plain-text file, as the BERT normaliser leaves them. */
function frequentWords(path, size, readFileSync) {
  const counts = new Map();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    for (const raw of line.split(/\s+/).slice(0, /\s[BIO]/.test(line) ? 1 : undefined)) {
      const w = raw.normalize('NFD').replace(/\p{Mn}/gu, '').toLowerCase();
      if (w.length > 1 && !/[\p{P}\p{S}]/u.test(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, size).map(([w]) => w);
}

async function main() {
  const { mkdir, writeFile } = await import('node:fs/promises');
  const { readFileSync } = await import('node:fs');
  const { join, resolve } = await import('node:path');
  const { parseArgs } = await import('node:util');
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      layers: { type: 'string', default: '0' },
      hidden: { type: 'string', default: '768' },
      heads: { type: 'string', default: '12' },
      intermediate: { type: 'string', default: '3072' },
      positions: { type: 'string', default: '512' },
      words: { type: 'string' },
      'vocab-size': { type: 'string', default: '30000' },
    },
  });
  const out = resolve(positionals[0] ?? 'tests/fixtures/tiny-token-classifier');
  const layers = Number(values.layers);
  let vocab = buildVocab();
  if (values.words) vocab = [...new Set([...vocab, ...frequentWords(values.words, Number(values['vocab-size']), readFileSync)])];
  const shape = {
    layers,
    hidden: Number(values.hidden),
    heads: Number(values.heads),
    intermediate: Number(values.intermediate),
    positions: Number(values.positions),
  };
  await mkdir(join(out, 'onnx'), { recursive: true });
  const json = (x) => JSON.stringify(x, null, 1) + '\n';
  const config = configJson(vocab);
  const tokConfig = { ...tokenizerConfig };
  if (layers > 0) {
    Object.assign(config, {
      _comment: 'Synthetic BERT-shaped encoder with random weights (scripts/make-tiny-model.mjs): for speed only.',
      hidden_size: shape.hidden,
      num_hidden_layers: layers,
      num_attention_heads: shape.heads,
      intermediate_size: shape.intermediate,
      max_position_embeddings: shape.positions,
    });
    tokConfig.model_max_length = shape.positions;
  }
  await writeFile(join(out, 'config.json'), json(config));
  await writeFile(join(out, 'tokenizer.json'), json(tokenizerJson(vocab)));
  await writeFile(join(out, 'tokenizer_config.json'), json(tokConfig));
  await writeFile(join(out, 'onnx', 'model.onnx'), layers > 0 ? encoderModel(vocab, shape) : onnxModel(vocab));
  process.stderr.write(`wrote ${out} (${vocab.length} pieces, ${LABELS.length} labels, ${layers} encoder layers)\n`);
}

await main();
