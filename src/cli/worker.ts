/**
 * A worker thread of `qawl extract --workers N`: loads the extractor (and so the model) once, then extracts
 * and formats the documents it is sent, one at a time, and posts each formatted chunk back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createExtractor } from '../extractor.js';
import { useSharedModelFiles } from '../model-files.js';
import type { ExtractOptions } from '../pipeline.js';
import type { FormatOptions } from '../formats/index.js';
import { runJob, type Job } from './job.js';

export interface WorkerData {
  options: ExtractOptions;
  format: FormatOptions;
  /** model files in memory shared by the pool (src/model-files.ts) */
  files?: Record<string, SharedArrayBuffer>;
}

if (parentPort) {
  const port = parentPort;
  const { options, format, files } = workerData as WorkerData;
  useSharedModelFiles(files);
  const extractor = createExtractor(options);
  const utf8 = new TextEncoder();
  let chain: Promise<void> = Promise.resolve();
  port.on('message', (job: Job) => {
    chain = chain.then(async () => {
      const done = await runJob(extractor, format, job);
      // the chunk goes as UTF-8 bytes, moved to the main thread: it never becomes a string on its heap (less
      // memory and garbage there, and no copy in between)
      const bytes = utf8.encode(done.out as string);
      port.postMessage({ ...done, out: bytes }, [bytes.buffer]);
    });
  });
}
