/**
 * Importing qawl must not load ONNX Runtime: the transformers backend (and its native binding) is loaded only
 * when chosen. Checked on the loaded shared objects of this process (a fresh fork per test file) and, when a
 * build exists, on dist/ in child processes (ESM and CJS).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MODEL = fileURLToPath(new URL('../fixtures/tiny-token-classifier', import.meta.url));

function onnxLoaded(): string[] {
  const report = process.report.getReport() as unknown as { sharedObjects: string[] };
  const cjs = Object.keys(createRequire(import.meta.url).cache);
  return [...report.sharedObjects, ...cjs].filter((p) => /onnxruntime/.test(p));
}

describe('onnxruntime is loaded only for the transformers backend', () => {
  it('is not loaded by importing qawl and running the default backend', async () => {
    const qawl = await import('../../src/index.js');
    await qawl.extract('قال وزير الخارجية إن الوفد وصل إلى جنيف.');
    expect(onnxLoaded()).toEqual([]);
  });

  it('is loaded once ner: transformers is chosen (the check above can fail)', async () => {
    const qawl = await import('../../src/index.js');
    const doc = await qawl.extract('قال فاتح حسون في جنيف إن الوفد وصل.', { ner: 'transformers', model: MODEL });
    expect(doc.meta.ner).toBe('transformers');
    expect(onnxLoaded().length).toBeGreaterThan(0);
  });

  const DIST = `${ROOT}/dist/index.js`;
  const probe = (cache: string) =>
    `const so = process.report.getReport().sharedObjects;
     console.log(JSON.stringify([...so, ...Object.keys(${cache})].filter((p) => /onnxruntime|@huggingface/.test(p))));`;
  it.skipIf(!existsSync(DIST))('is not loaded by importing the built dist (ESM and CJS)', () => {
    const esm = execFileSync(
      process.execPath,
      ['--input-type=module', '-e', `import ${JSON.stringify(DIST)}; import { createRequire } from 'node:module';
        ${probe(`createRequire(${JSON.stringify(DIST)}).cache`)}`],
      { encoding: 'utf8' },
    );
    expect(JSON.parse(esm)).toEqual([]);
    const cjs = execFileSync(
      process.execPath,
      ['-e', `require(${JSON.stringify(`${ROOT}/dist/index.cjs`)}); ${probe('require.cache')}`],
      { encoding: 'utf8' },
    );
    expect(JSON.parse(cjs)).toEqual([]);
  });
});
