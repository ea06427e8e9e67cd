/**
 * The load benchmark (issue 14): many clients at once against one papergraph server over a
 * generated graph, with a mix of what an explorer's users ask (bench/load/mix.ts). Loads the
 * corpus as bench:api does, serves papergraph in a child process (bench/load/serve.ts) with the
 * configured request budget, warms it up, then runs autocannon with the mix for the duration and
 * prints requests, errors, timeouts, latency and req/s, per kind and in all, and the server's
 * memory (which it reports itself) before, during and after.
 *   npm run bench:load [-- --count N --clients C --duration S --warmup S --json]
 */
import type { ChildProcess } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import Table from 'cli-table3';
import { Command } from 'commander';
import { wholeNumber } from '../src/commands/options.js';
import { pickEntities } from './api/questions.js';
import { drawSamples, KIND_TITLES, KINDS, mix, type Request, SHARES } from './load/mix.js';
import type { MemoryReport } from './load/serve.js';
import { Tally } from './load/tally.js';
import { type Child, startChild, stopChild } from './shared/child.js';
import { database, withCorpusGraph } from './shared/graph.js';
import { loadAverage } from './shared/load-average.js';

const options = new Command('bench:load')
  .description('many clients with a realistic mix of requests against one papergraph server')
  .option('--count <n>', 'papers in the generated corpus', wholeNumber(1, 1_000_000), 20_000)
  .option('--clients <n>', 'connections sending requests at once', wholeNumber(1, 10_000), 50)
  .option('--duration <s>', 'seconds of load', wholeNumber(1), 60)
  .option('--warmup <s>', 'seconds of the same load before measuring', wholeNumber(0), 10)
  .option('--json', 'print the figures as JSON')
  .parse()
  .opts<{ count: number; clients: number; duration: number; warmup: number; json?: boolean }>();

/** Entities drawn per kind, and the length of the request sequence (asked round and round). */
const SAMPLE = 200;
const SEQUENCE = 10_000;
/** The client waits this long past the server's own request budget before it gives up. */
const CLIENT_GRACE_MS = 5000;
/** How often the server's memory is read during the run. */
const MEMORY_EVERY_MS = 5000;

const say = (message: string) => console.error(message);

interface Ready {
  url: string;
  requestTimeoutMs: number;
}

let lastAsked: Promise<unknown> = Promise.resolve();

/** The server's memory, read by the server itself; after a full collection when `gc`. */
function memory(child: ChildProcess, gc: boolean): Promise<MemoryReport> {
  // One question at a time, so that each answer on the channel goes to the one who asked.
  const answer = lastAsked.then(
    () =>
      new Promise<MemoryReport>((resolve) => {
        child.once('message', (report) => resolve(report as MemoryReport));
        child.send({ gc });
      }),
  );
  lastAsked = answer;
  return answer;
}

/** Checks that each kind is answered without errors, so a broken operation stops the run. */
async function checkKinds(url: string, sequence: Request[]): Promise<void> {
  for (const kind of KINDS) {
    const request = sequence.find((r) => r.kind === kind);
    if (!request) throw new Error(`the mix has no ${kind} request`);
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: request.body,
    });
    const answer = (await response.json()) as { errors?: unknown };
    if (!response.ok || answer.errors) {
      throw new Error(`${kind} (${request.body}) failed: ${JSON.stringify(answer.errors)}`);
    }
  }
}

/** autocannon over the sequence from its start; each client posts the next request in turn. */
async function load(url: string, sequence: Request[], duration: number, timeoutMs: number) {
  const tally = new Tally();
  let next = 0;
  const result = await autocannon({
    url: `${url}/graphql`,
    connections: options.clients,
    duration,
    timeout: timeoutMs / 1000,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        // autocannon gives each request a fresh context, which carries its token to its answer.
        setupRequest: (request, context: { token?: number }) => {
          const { kind, body } = sequence[next++ % sequence.length] as Request;
          context.token = tally.sent(kind);
          return { ...request, body };
        },
        onResponse: (status, body, context: { token?: number }) =>
          tally.answered(context.token ?? 0, status, body),
      },
    ],
  });
  return { result, kinds: tally.figures(timeoutMs) };
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

const loadAtStart = loadAverage();
await withCorpusGraph(options.count, 'load-neo4j-', say, async (loaded, stats) => {
  let child: Child<Ready> | undefined;
  try {
    const picks = await pickEntities(loaded.graph.driver, database);
    const samples = await drawSamples(loaded.graph.driver, database, SAMPLE);
    const sequence = mix(picks, samples, SEQUENCE);
    // --expose-gc: the server's memory is compared after full collections, not with its garbage.
    child = await startChild<Ready>(
      fileURLToPath(new URL('load/serve.ts', import.meta.url)),
      { BENCH_LOAD_CONNECTION: JSON.stringify(loaded.connection) },
      ['--expose-gc'],
    );
    const { url, requestTimeoutMs } = child.ready;
    const timeoutMs = requestTimeoutMs + CLIENT_GRACE_MS;
    await checkKinds(url, sequence);
    const server = child.process;

    const memoryAtStart = await memory(server, true);
    if (options.warmup > 0) {
      say(`warming up for ${options.warmup} s...`);
      await load(url, sequence, options.warmup, timeoutMs);
    }
    const memoryBefore = await memory(server, true);
    const loadBefore = loadAverage();
    say(`${options.clients} clients for ${options.duration} s...`);
    const during: MemoryReport[] = [];
    const loadDuring: number[] = [];
    const sample = () => {
      loadDuring.push(loadavg()[0] as number);
      memory(server, false).then((m) => during.push(m));
    };
    sample();
    const sampler = setInterval(sample, MEMORY_EVERY_MS);
    const { result, kinds } = await load(url, sequence, options.duration, timeoutMs);
    clearInterval(sampler);
    const loadAfter = loadAverage();
    const memoryAfter = await memory(server, true);

    const figures = {
      count: options.count,
      stats,
      clients: options.clients,
      duration: options.duration,
      warmup: options.warmup,
      requestTimeoutMs,
      clientTimeoutMs: timeoutMs,
      load: {
        loadAtStart,
        loadBefore,
        loadAfter,
        during: { min: Math.min(...loadDuring), max: Math.max(...loadDuring) },
      },
      total: {
        requests: result.requests.total,
        requestsPerSecond: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        non2xx: result.non2xx,
        graphqlErrors: KINDS.reduce((sum, kind) => sum + kinds[kind].graphqlErrors, 0),
        errors: result.errors,
        timeouts: result.timeouts,
      },
      kinds,
      memory: {
        atStart: memoryAtStart.afterGc,
        beforeRun: memoryBefore.afterGc,
        afterRun: memoryAfter.afterGc,
        peakRss: Math.max(...during.map((m) => m.now.rss)),
        peakHeapUsed: Math.max(...during.map((m) => m.now.heapUsed)),
      },
    };
    if (options.json) {
      console.log(JSON.stringify(figures));
    } else {
      const { total } = figures;
      console.log(`${options.count} generated papers; graph: ${JSON.stringify(stats)}`);
      console.log(
        `${options.clients} clients for ${options.duration} s after ${options.warmup} s of warm-up; ` +
          `request budget ${requestTimeoutMs} ms, client timeout ${timeoutMs} ms; load average ` +
          `(1, 5, 15 min) at start ${loadAtStart}, before the run ${loadBefore}, after ${loadAfter}; ` +
          `1-min average during the run ${figures.load.during.min.toFixed(1)} to ${figures.load.during.max.toFixed(1)}`,
      );
      console.log(
        `requests ${total.requests} (${total.requestsPerSecond.toFixed(1)} req/s), p50 ` +
          `${total.p50} ms, p99 ${total.p99} ms; non-2xx ${total.non2xx}, with GraphQL errors ` +
          `${total.graphqlErrors}, timeouts ${total.timeouts}, other errors ` +
          `${total.errors - total.timeouts}`,
      );
      const table = new Table({
        style: { head: [], border: [] },
        head: [
          'kind',
          'share',
          'requests',
          'p50 / p99 ms',
          'non-2xx',
          'GraphQL errors',
          'timeouts',
        ],
      });
      for (const kind of KINDS) {
        const k = kinds[kind];
        const codes = Object.entries(k.codes)
          .map(([code, { count, message }]) => `${count} ${code}: ${message.slice(0, 60)}`)
          .join('\n');
        table.push([
          KIND_TITLES[kind],
          `${SHARES[kind]}%`,
          k.requests,
          `${k.p50} / ${k.p99}`,
          k.non2xx,
          codes || k.graphqlErrors,
          k.timeouts,
        ]);
      }
      console.log(table.toString());
      const memoryTable = new Table({
        style: { head: [], border: [] },
        head: ['server memory, after a full GC', 'RSS', 'heap used', 'heap total'],
      });
      for (const [when, usage] of [
        ['at start', figures.memory.atStart],
        ['after the warm-up', figures.memory.beforeRun],
        ['after the run', figures.memory.afterRun],
      ] as const) {
        if (usage) {
          memoryTable.push([
            when,
            megabytes(usage.rss),
            megabytes(usage.heapUsed),
            megabytes(usage.heapTotal),
          ]);
        }
      }
      memoryTable.push([
        `peak during the run (every ${MEMORY_EVERY_MS / 1000} s, no GC)`,
        megabytes(figures.memory.peakRss),
        megabytes(figures.memory.peakHeapUsed),
        '',
      ]);
      console.log(memoryTable.toString());
    }
  } finally {
    if (child) await stopChild(child.process);
  }
});
