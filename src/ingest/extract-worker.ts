/** A worker thread of the extraction pool: extracts the papers it is sent, in order. */
import { parentPort } from 'node:worker_threads';
import { type ExtractionRequest, extractOutcome } from './extract-outcome.js';

parentPort?.on('message', ({ batch, papers }: { batch: number; papers: ExtractionRequest[] }) => {
  parentPort?.postMessage({ batch, outcomes: papers.map(extractOutcome) });
});
