/**
 * Extraction alone, on the generated corpus: abstracts per second on one thread and on the
 * worker pool (one thread per core), and the heap of one worker thread with the full lexicons.
 *   npm run bench:extract [-- --count N] [-- --baseline DIR] [-- --rounds N]
 * `--baseline DIR`: another checkout of papergraph (an earlier commit, say); its extractor and
 * this one take turns on the same abstracts in this one run, and the ratio of their speeds is
 * printed, since only figures from one run compare on a machine whose speed varies.
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import type { ExtractionRequest } from '../src/ingest/extract-outcome.js';
import { extractOutcome } from '../src/ingest/extract-outcome.js';
import { ExtractPool } from '../src/ingest/extract-pool.js';
import { readPapers } from '../src/ingest/read/index.js';
import { cachedCorpus } from './corpus/cached.js';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '100000' },
    baseline: { type: 'string' },
    rounds: { type: 'string', default: '9' },
  },
});
const count = Number(values.count);
if (!Number.isInteger(count) || count < 1) throw new Error('--count takes a whole number');
const rounds = Number(values.rounds);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds takes a whole number');
const papers: ExtractionRequest[] = [];
for await (const item of readPapers(await cachedCorpus(count))) {
  if (item.ok) papers.push({ id: String(papers.length), ...item.paper });
}

type Extract = (paper: ExtractionRequest) => unknown;

function rate(extract: Extract, batch: ExtractionRequest[]): number {
  return rates(extract, batch).wall;
}

/** Abstracts per second of wall time, and per second of this process's CPU time. */
function rates(extract: Extract, batch: ExtractionRequest[]): { wall: number; cpu: number } {
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  for (const paper of batch) extract(paper);
  const { user, system } = process.cpuUsage(cpuBefore);
  return {
    wall: batch.length / ((performance.now() - started) / 1000),
    cpu: batch.length / ((user + system) / 1e6),
  };
}

function report(label: string, n: number, perSecond: number): void {
  console.log(`${label}: ${n} abstracts, ${Math.round(perSecond)} abstracts/s`);
}

const single = papers.slice(0, Math.min(papers.length, 10_000));
report('extract, 1 thread', single.length, rate(extractOutcome, single));

if (values.baseline) {
  const url = pathToFileURL(resolve(values.baseline, 'src/ingest/extract/index.ts')).href;
  const { extractPaper } = (await import(url)) as { extractPaper: Extract };
  rate(extractPaper, single.slice(0, 500)); // warm-up of the baseline's code
  const baselineFirst = (batch: ExtractionRequest[]) => {
    const base = rates(extractPaper, batch);
    return { base, mine: rates(extractOutcome, batch) };
  };
  const checkoutFirst = (batch: ExtractionRequest[]) => {
    const mine = rates(extractOutcome, batch);
    return { base: rates(extractPaper, batch), mine };
  };
  // Many short rounds, each side first in every other one, and their median: the machine's speed
  // drifts within a run, and a drift then falls on both sides alike. The ratio of CPU time is
  // printed beside the ratio of wall time: on a machine shared with other work, the wall clock
  // also counts the time the process waited for a core.
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let round = 1; round <= rounds; round++) {
    const slice = single.slice(((round - 1) * 1000) % single.length).slice(0, 1000);
    const { base, mine } = round % 2 === 1 ? baselineFirst(slice) : checkoutFirst(slice);
    wall.push(mine.wall / base.wall);
    cpu.push(mine.cpu / base.cpu);
    console.log(
      `round ${round}: baseline ${Math.round(base.wall)}/s, this checkout ${Math.round(mine.wall)}/s, ratio ${wall.at(-1)?.toFixed(2)} (CPU time ${cpu.at(-1)?.toFixed(2)})`,
    );
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  console.log(
    `this checkout ÷ baseline, median of ${rounds} rounds: ${median(wall).toFixed(2)} (CPU time ${median(cpu).toFixed(2)})`,
  );
}

const workers = availableParallelism();
const pool = new ExtractPool(workers);
const CHUNK = 2000;
const started = performance.now();
for (let i = 0; i < papers.length; i += CHUNK) await pool.extract(papers.slice(i, i + CHUNK));
report(
  `extract, pool of ${workers} threads`,
  papers.length,
  papers.length / ((performance.now() - started) / 1000),
);
await pool.close();

// One worker thread as the pool starts it: lexicons loaded, 2,000 abstracts extracted.
const heap = await new Promise<{ used: number; total: number }>((done, fail) => {
  const extractor = new URL('../src/ingest/extract-outcome.ts', import.meta.url).href;
  const worker = new Worker(
    `import('tsx/esm/api').then(async ({ register }) => {
      register();
      const { extractOutcome } = await import(${JSON.stringify(extractor)});
      const { getHeapStatistics } = await import('node:v8');
      const { parentPort, workerData } = await import('node:worker_threads');
      for (const paper of workerData) extractOutcome(paper);
      const s = getHeapStatistics();
      parentPort.postMessage({ used: s.used_heap_size, total: s.total_heap_size });
    });`,
    { eval: true, workerData: papers.slice(0, 2000) },
  );
  worker.once('message', done);
  worker.once('error', fail);
});
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0);
console.log(
  `worker thread heap with the lexicons: ${mb(heap.used)} MB used, ${mb(heap.total)} MB reserved`,
);
