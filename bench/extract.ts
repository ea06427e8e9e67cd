/**
 * Extraction alone, on the generated corpus: abstracts per second on one thread and on the
 * worker pool (one thread per core). `npm run bench:extract [-- --count N]`
 */
import { availableParallelism } from 'node:os';
import type { ExtractionRequest } from '../src/ingest/extract-outcome.js';
import { extractOutcome } from '../src/ingest/extract-outcome.js';
import { ExtractPool } from '../src/ingest/extract-pool.js';
import { readPapers } from '../src/ingest/read/index.js';
import { cachedCorpus, countArgument } from './corpus/cached.js';

const count = countArgument(100_000);
const papers: ExtractionRequest[] = [];
for await (const item of readPapers(await cachedCorpus(count))) {
  if (item.ok) papers.push({ id: String(papers.length), ...item.paper });
}

function report(label: string, n: number, started: number): void {
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${label}: ${n} abstracts in ${seconds.toFixed(1)} s = ${Math.round(n / seconds)} abstracts/s`,
  );
}

const single = papers.slice(0, Math.min(papers.length, 10_000));
let started = performance.now();
for (const paper of single) extractOutcome(paper);
report('extract, 1 thread', single.length, started);

const workers = availableParallelism();
const pool = new ExtractPool(workers);
const CHUNK = 2000;
started = performance.now();
for (let i = 0; i < papers.length; i += CHUNK) await pool.extract(papers.slice(i, i + CHUNK));
report(`extract, pool of ${workers} threads`, papers.length, started);
await pool.close();
