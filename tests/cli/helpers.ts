/** Runs the BUILT command line (node dist/cli.js), building it first when dist/ lacks it. */
import { execSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI = join(ROOT, 'dist', 'cli.js');

/** Builds dist/ once (test files run in parallel: a lock directory keeps it to one build). */
export async function ensureBuilt(): Promise<void> {
  const ready = () => existsSync(CLI) && existsSync(join(ROOT, 'dist', 'worker.js'));
  if (ready()) return;
  const lock = join(ROOT, 'node_modules', '.qawl-build-lock');
  for (let waited = 0; ; waited += 500) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (waited > 240_000) throw new Error('waited 4 minutes for another test file to build dist/');
      // a lock left by a killed run is stale after 3 minutes
      try {
        if (Date.now() - statSync(lock).mtimeMs > 180_000) rmSync(lock, { recursive: true, force: true });
      } catch {
        /* gone meanwhile */
      }
      await new Promise((r) => setTimeout(r, 500));
      if (ready()) return;
    }
  }
  try {
    if (!ready()) execSync('npm run build', { cwd: ROOT, stdio: 'ignore' });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node dist/cli.js …args`, feeding `input` on stdin. */
export function qawl(args: string[], input?: string | Buffer, timeoutMs = 120_000): Promise<CliResult> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolveRun({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
    child.stdin.on('error', () => {}); // the CLI may exit before reading all of stdin
    child.stdin.end(input ?? '');
  });
}

export function tempDir(prefix = 'qawl-cli-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function jsonl(s: string): Array<Record<string, unknown>> {
  return s
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

import { expect } from 'vitest';
import { DocumentSchema, type QawlDocument } from '../../src/schema/records.js';

/** Validates a record against DocumentSchema and checks every span against the text. */
export function expectValidDocument(rec: unknown): QawlDocument {
  const doc = DocumentSchema.parse(rec);
  const text = doc.text ?? '';
  const spans: Array<{ start: number | null; end: number | null; text: string | null }> = [];
  for (const e of doc.entities) spans.push(...e.mentions);
  for (const c of doc.claims) {
    spans.push(c.cue, c.content);
    if (c.speaker && c.speaker.start !== null) spans.push(c.speaker);
  }
  if (doc.text === undefined) return doc; // --no-text: nothing to check the spans against
  for (const s of spans) {
    expect(0 <= s.start! && s.start! <= s.end! && s.end! <= text.length).toBe(true);
    expect(text.slice(s.start!, s.end!)).toBe(s.text);
  }
  for (const s of doc.sentences) expect(0 <= s.start && s.start <= s.end && s.end <= text.length).toBe(true);
  return doc;
}
