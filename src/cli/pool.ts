/**
 * Runs jobs either in the main thread or on a pool of worker threads. Results come back through `onDone` in
 * completion order; the caller restores input order. Workers start lazily (only when every running one is
 * busy), so one document never pays for N model loads. A worker that dies fails the document it was working
 * on and its other queued documents go to the remaining (or a fresh) worker.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { createExtractor } from '../extractor.js';
import type { ExtractOptions } from '../pipeline.js';
import type { FormatOptions } from '../formats/index.js';
import { failedJob, runJob, type Done, type Job } from './job.js';
import { shareModelFiles } from '../model-files.js';
import { defaultResourceFiles } from '../ner/resources.js';
import { defaultModelPath } from '../ner/tagger.js';
import type { WorkerData } from './worker.js';

export interface Runner {
  /** threads that extract (0 = the main thread) */
  readonly threads: number;
  submit(job: Job): void;
  close(): Promise<void>;
}

/** The built worker script next to this module (dist/worker.js), or null when running from sources. */
export function workerScript(): URL | null {
  try {
    const url = new URL('./worker.js', import.meta.url);
    return existsSync(fileURLToPath(url)) ? url : null;
  } catch {
    return null;
  }
}

/** The embedded tagger's files in shared memory, for the workers of a pool (none for the transformers backend). */
export function sharedFiles(ner: string): Record<string, SharedArrayBuffer> | undefined {
  if (ner === 'transformers') return undefined;
  const f = defaultResourceFiles();
  return shareModelFiles([f.gazetteer, f.clusters, defaultModelPath()].filter((p): p is string => !!p));
}

export function inlineRunner(options: ExtractOptions, fmt: FormatOptions, onDone: (d: Done) => void): Runner {
  const extractor = createExtractor(options);
  let chain: Promise<void> = Promise.resolve();
  return {
    threads: 0,
    submit(job) {
      chain = chain.then(async () => onDone(await runJob(extractor, fmt, job)));
    },
    async close() {
      await chain;
      await extractor.dispose();
    },
  };
}

interface Slot {
  worker: Worker;
  pending: Job[];
  failure?: Error;
}

/**
 * Each worker's V8 heap is capped, so garbage is collected before the process grows (the live heap of a
 * worker is about 30 MB; a 2,000,000-character document fits). A document that still runs out of memory is
 * retried once in a worker of its own without the cap. (For the embedded model; other backends hold their
 * weights outside the JavaScript heap and run without the cap.)
 */
/* Young generation 12 MB. 8 MB doubled the scavenges of the tagger's per-sentence garbage (trace-gc on 2,000
 * SaudiNewsNet articles, one worker: 873 scavenges / 810 ms and 22 mark-compacts / 141 ms at 8 MB; 467 / 453 ms
 * and 6 / 35 ms at 16 MB); 16 MB put two workers at 284–306 MB peak RSS, on the 300 MB budget's edge (32 MB
 * crossed it). 12 MB, alternating runs on 2,000 articles with 2 workers: 281–295 MB against 294–308 MB at 16, for
 * ~5 % more CPU (12.1–12.5 s against 11.3–12.0 s); 6,000 articles: 212–214 MB against 233–246 MB. */
export const HEAP_LIMITS = { maxYoungGenerationSizeMb: 12, maxOldGenerationSizeMb: 128 } as const;

/**
 * With a worker on every core no core is idle for V8's background compiler: it only takes turns with the workers
 * (and, at the start, each worker compiles the same rules again). Compiling on each worker's own thread instead
 * measured less time and memory on 10,000 news articles with 2 workers on 2 cores: 20.8–21.0 s wall, 40.1–40.4 s
 * CPU, 291–303 MB peak RSS, against 22.1–22.3 s, 43.1 s and 314–315 MB (one worker, with a core to spare, loses:
 * 29.5 s against 28.0 s). A --[no-]concurrent-recompilation given to node wins.
 */
function compileInPlace(): void {
  if (process.execArgv.some((a) => a.includes('concurrent-recompilation'))) return;
  setFlagsFromString('--no-concurrent-recompilation');
}

const outOfMemory = (e: Error | undefined) => (e as { code?: string } | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY';

/** Runs one job in a fresh worker with V8's default heap limits, then stops that worker. */
function retryUncapped(script: URL, data: WorkerData, job: Job, onDone: (d: Done) => void): void {
  const worker = new Worker(script, { workerData: data });
  let failure: Error | undefined;
  let done = false;
  worker.on('message', (d: Done) => {
    done = true;
    onDone(d);
    void worker.terminate();
  });
  worker.on('error', (e) => (failure = e));
  worker.on('exit', (code) => {
    if (!done) onDone(failedJob(data.format, job, `out of memory extracting this document (${failure?.message ?? `exit code ${code}`})`));
  });
  worker.postMessage(job);
}

export function workerPool(
  size: number,
  script: URL,
  data: WorkerData,
  onDone: (d: Done) => void,
  limits: ResourceLimits = HEAP_LIMITS,
): Runner {
  const slots: Slot[] = [];
  let closing = false;
  if (size >= availableParallelism()) compileInPlace();

  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(script, { workerData: data, resourceLimits: limits }), pending: [] };
    slot.worker.on('message', (d: Done) => {
      const i = slot.pending.findIndex((j) => j.seq === d.seq);
      if (i >= 0) slot.pending.splice(i, 1);
      onDone(d);
    });
    slot.worker.on('error', (e) => (slot.failure = e));
    slot.worker.on('exit', (code) => {
      slots.splice(slots.indexOf(slot), 1);
      if (closing) return; // stopped on purpose: whatever it still held is no longer wanted
      const [current, ...rest] = slot.pending;
      if (current && outOfMemory(slot.failure)) retryUncapped(script, data, current, onDone);
      else if (current) {
        const why = slot.failure?.message ?? `exit code ${code}`;
        onDone(failedJob(data.format, current, `worker thread stopped while extracting this document: ${why}`));
      }
      for (const j of rest) submit(j);
    });
    slots.push(slot);
    return slot;
  };

  const submit = (job: Job) => {
    let best: Slot | undefined;
    for (const s of slots) if (!best || s.pending.length < best.pending.length) best = s;
    if (!best || (best.pending.length > 0 && slots.length < size)) best = spawn();
    best.pending.push(job);
    best.worker.postMessage(job);
  };

  return {
    get threads() {
      return size;
    },
    submit,
    async close() {
      closing = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
