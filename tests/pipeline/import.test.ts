import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const hasDist = existsSync(`${root}dist/index.js`);

describe.runIf(hasDist)('the built package', () => {
  it('imports (ESM and CJS) without printing anything or loading a model', () => {
    const script = `
      const before = new Set(Object.keys(require.cache));
      const cjs = require('./dist/index.cjs');
      import('./dist/index.js').then((esm) => {
        if (typeof esm.extract !== 'function' || typeof cjs.extract !== 'function') process.exit(3);
        const loaded = Object.keys(require.cache).filter((k) => /onnxruntime|@huggingface|compromise/.test(k));
        if (loaded.length) { console.error(loaded.join(',')); process.exit(4); }
      });`;
    const out = execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' });
    expect(out).toBe('');
  });

  it('runs extract end to end from the CommonJS build', () => {
    const script = `require('./dist/index.cjs').extract('قال الوزير إن الوفد وصل إلى جنيف.').then((d) => process.stdout.write(JSON.stringify(d.claims.map((c) => c.content.text))))`;
    const out = execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' });
    expect(JSON.parse(out)[0]).toContain('الوفد وصل');
  });

  it('prints the JSON Schema with `qawl schema`', () => {
    const out = execFileSync(process.execPath, ['dist/cli.js', 'schema'], { cwd: root, encoding: 'utf8' });
    expect(JSON.parse(out).Document.type).toBe('object');
  });
});
