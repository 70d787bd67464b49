/**
 * Progress of a batch on stderr: documents, words/s and (for files, whose size is known) a bar with ETA by
 * bytes read. Drawn only when stderr is a terminal and --quiet is off; otherwise silent, and messages go to
 * stderr as plain lines.
 */
import { warn } from './args.js';

export interface Progress {
  /** a document was written (or skipped by --resume) */
  tick(docs: number, words: number, bytes: number, failed: number): void;
  /** prints a message line without breaking the bar */
  log(msg: string): void;
  stop(): void;
}

const quiet: Progress = { tick() {}, log: warn, stop() {} };

export async function createProgress(enabled: boolean, totalBytes: number | null): Promise<Progress> {
  if (!enabled) return quiet;
  const { default: cli } = await import('cli-progress');
  const started = Date.now();
  const withBar = totalBytes !== null && totalBytes > 0;
  const multi = new cli.MultiBar(
    {
      stream: process.stderr,
      format: withBar
        ? ' {bar} {percentage}% | {docs} docs | {wps} words/s | ETA {eta_formatted} | {failed} failed'
        : ' {docs} docs | {wps} words/s | {failed} failed',
      fps: 5,
      barsize: 20,
      hideCursor: true,
      clearOnComplete: false,
      etaBuffer: 200,
    },
    cli.Presets.shades_classic,
  );
  const bar = multi.create(withBar ? totalBytes : 1, 0, { docs: 0, wps: 0, failed: 0 });
  let doneBytes = 0;
  return {
    tick(docs, words, bytes, failed) {
      doneBytes += bytes;
      const secs = Math.max((Date.now() - started) / 1000, 0.001);
      const wps = Math.round(words / secs).toLocaleString('en-US');
      bar.update(withBar ? Math.min(doneBytes, totalBytes!) : 0, { docs, wps, failed });
    },
    log(msg) {
      multi.log(`qawl: ${msg}\n`);
    },
    stop() {
      multi.stop();
    },
  };
}
