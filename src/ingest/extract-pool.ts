import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  type ExtractionOutcome,
  type ExtractionRequest,
  extractOutcome,
} from './extract-outcome.js';

/** Below this many papers, shipping them to threads costs more than it saves. */
const IN_THREAD_BELOW = 16;

const fromSources = import.meta.url.endsWith('.ts');
const workerUrl = new URL(
  fromSources ? './extract-worker.ts' : './extract-worker.js',
  import.meta.url,
);
// Run from the TypeScript sources (tests, benchmarks), the worker first registers tsx to load them.
const tsWorker = `import('tsx/esm/api').then(({ register }) => {
  register();
  return import(${JSON.stringify(workerUrl.href)});
});`;

type Pending = { resolve: (outcomes: ExtractionOutcome[]) => void; reject: (e: Error) => void };

/**
 * Extraction on worker threads, one per core by default: a batch is split into one slice per
 * worker, and the outcomes come back in the order of the papers. Close it when done: once
 * started, its threads keep the process alive.
 */
export class ExtractPool {
  /** Started on the first batch big enough to need them: small jobs never pay for threads. */
  private workers: Worker[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextBatch = 0;

  constructor(readonly size = availableParallelism()) {}

  async extract(papers: ExtractionRequest[]): Promise<ExtractionOutcome[]> {
    if (papers.length < IN_THREAD_BELOW) return papers.map(extractOutcome);
    if (this.workers.length === 0) {
      this.workers = Array.from({ length: this.size }, () => this.spawn());
    }
    const sliceSize = Math.ceil(papers.length / this.workers.length);
    const slices = this.workers.map((worker, index) =>
      this.send(worker, papers.slice(index * sliceSize, (index + 1) * sliceSize)),
    );
    return (await Promise.all(slices)).flat();
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private send(worker: Worker, papers: ExtractionRequest[]): Promise<ExtractionOutcome[]> {
    if (papers.length === 0) return Promise.resolve([]);
    const batch = this.nextBatch++;
    return new Promise((resolve, reject) => {
      this.pending.set(batch, { resolve, reject });
      worker.postMessage({ batch, papers });
    });
  }

  private spawn(): Worker {
    const worker = fromSources ? new Worker(tsWorker, { eval: true }) : new Worker(workerUrl);
    worker.on(
      'message',
      ({ batch, outcomes }: { batch: number; outcomes: ExtractionOutcome[] }) => {
        this.pending.get(batch)?.resolve(outcomes);
        this.pending.delete(batch);
      },
    );
    worker.on('error', (error) => {
      for (const { reject } of this.pending.values()) reject(error);
      this.pending.clear();
    });
    return worker;
  }
}
