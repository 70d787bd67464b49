/** Locates the package's `models/` directory from src/ (tests) or dist/ (built ESM or CJS). */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | null = null;

function here(): string {
  // tsup's shims give CJS builds import.meta.url; ESM has it natively.
  try {
    return dirname(fileURLToPath(import.meta.url));
  } catch {
    return typeof __dirname === 'string' ? __dirname : process.cwd();
  }
}

/** Absolute path of qawl's models/ directory (override with the QAWL_MODELS environment variable). */
export function modelsDir(): string {
  if (cached) return cached;
  if (process.env.QAWL_MODELS) return (cached = resolve(process.env.QAWL_MODELS));
  let dir = here();
  for (let i = 0; i < 8; i++) {
    const pkg = join(dir, 'package.json');
    if (existsSync(join(dir, 'models')) && existsSync(pkg)) {
      try {
        if (JSON.parse(readFileSync(pkg, 'utf8')).name === 'qawl') return (cached = join(dir, 'models'));
      } catch {
        /* keep walking */
      }
    }
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  throw new Error(`qawl: cannot find the models/ directory above ${here()}; set QAWL_MODELS to its path`);
}
