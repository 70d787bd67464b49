/**
 * A worker thread of `qawl extract --workers N`: loads the extractor (and so the model) once, then extracts
 * and formats the documents it is sent, one at a time, and posts each formatted chunk back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createExtractor } from '../extractor.js';
import type { ExtractOptions } from '../pipeline.js';
import type { FormatOptions } from '../formats/index.js';
import { runJob, type Job } from './job.js';

export interface WorkerData {
  options: ExtractOptions;
  format: FormatOptions;
}

if (parentPort) {
  const port = parentPort;
  const { options, format } = workerData as WorkerData;
  const extractor = createExtractor(options);
  let chain: Promise<void> = Promise.resolve();
  port.on('message', (job: Job) => {
    chain = chain.then(async () => port.postMessage(await runJob(extractor, format, job)));
  });
}
