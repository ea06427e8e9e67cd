/**
 * The API benchmark (issue 13): papergraph beside `@neo4j/graphql` (the peer) and a hand-written
 * one-statement-per-question server (the floor), over one graph of generated papers. Loads the
 * corpus with `papergraph import` into an empty local Neo4j (or ingests it into the server
 * `NEO4J_URI` names, whose data is cleared first), checks that the three servers give the same
 * answers, counts the statements each sends per request, then measures each question with
 * autocannon at each number of connections, the servers taking turns per question so that they
 * share the machine's conditions; then papergraph with its response cache, asked the same again.
 *   npm run bench:api [-- --count N --duration S --warmup S --connections 1,16 --questions a,b]
 */
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import Table from 'cli-table3';
import { Command, InvalidArgumentError } from 'commander';
import { wholeNumber } from '../src/commands/options.js';
import { checkAnswers, type Post } from './api/check.js';
import {
  type Operation,
  pickEntities,
  QUESTION_IDS,
  type Question,
  type QuestionId,
  questions,
} from './api/questions.js';
import { CACHED, type ListenerName, SERVER_NAMES, type ServerName } from './api/servers.js';
import { type Child, startChild, stopChild } from './shared/child.js';
import { database, withCorpusGraph } from './shared/graph.js';
import { loadAverage } from './shared/load-average.js';

const wholeNumbers = (value: string) => value.split(',').map(wholeNumber(1, 1000));
const questionIds = (value: string) =>
  value.split(',').map((id) => {
    if (!(QUESTION_IDS as readonly string[]).includes(id)) {
      throw new InvalidArgumentError(`questions are ${QUESTION_IDS.join(', ')}`);
    }
    return id as QuestionId;
  });

const options = new Command('bench:api')
  .description('papergraph beside @neo4j/graphql and a hand-written Cypher floor')
  .option('--count <n>', 'papers in the generated corpus', wholeNumber(1, 1_000_000), 20_000)
  .option(
    '--duration <s>',
    'seconds of load per server, question and connections',
    wholeNumber(1),
    10,
  )
  .option(
    '--warmup <s>',
    'seconds of load per server and question before measuring',
    wholeNumber(0),
    3,
  )
  .option('--connections <list>', 'numbers of connections, comma-separated', wholeNumbers, [1, 16])
  .option('--questions <ids>', `which questions (${QUESTION_IDS.join(', ')})`, questionIds, [
    ...QUESTION_IDS,
  ])
  .option('--json', 'print the figures as JSON')
  .parse()
  .opts<{
    count: number;
    duration: number;
    warmup: number;
    connections: number[];
    questions: QuestionId[];
    json?: boolean;
  }>();

const PEER_LABEL: Record<ListenerName, string> = {
  papergraph: 'papergraph',
  peer: '@neo4j/graphql',
  floor: 'floor',
  cached: 'papergraph, cached',
};
const say = (message: string) => console.error(message);

type Ports = Record<ListenerName, number>;

const endpoint = (ports: Ports, server: ListenerName) =>
  `http://127.0.0.1:${ports[server]}/graphql`;

async function statementsSent(ports: Ports, server: ListenerName): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${ports[server]}/statements`);
  return Number(await response.text());
}

interface Measure {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Requests that failed: errors (time-outs among them) and non-2xx answers. */
  failed: number;
}

/** A request that takes longer than the server's own transaction time limit has failed. */
const REQUEST_TIMEOUT_S = 30;

/** One autocannon run. */
async function measure(
  url: string,
  operation: Operation,
  connections: number,
  duration: number,
): Promise<Measure> {
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(operation),
    connections,
    duration,
    timeout: REQUEST_TIMEOUT_S,
  });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failed: result.errors + result.non2xx,
  };
}

/** req/s (p50 / p99 ms), and how many requests failed, if any did. */
function cell({ requestsPerSecond, p50, p99, failed }: Measure): string {
  const rate = requestsPerSecond.toFixed(requestsPerSecond < 100 ? 1 : 0);
  return `${rate} (${p50} / ${p99})${failed > 0 ? `, ${failed} failed` : ''}`;
}

interface Row {
  question: QuestionId;
  title: string;
  connections: number;
  servers: Record<ServerName, Measure>;
  /** papergraph with its response cache, asked the same request over and over. */
  cached: Measure;
}

/** Each question: warm-up, then every number of connections, the servers in turn. */
async function run(ports: Ports, asked: Question[]): Promise<Row[]> {
  const rows: Row[] = [];
  for (const [index, question] of asked.entries()) {
    // Who goes first changes from question to question, so no server always follows another.
    const order = SERVER_NAMES.map((_, i) => SERVER_NAMES[(i + index) % SERVER_NAMES.length]);
    if (options.warmup > 0) {
      for (const server of order as ServerName[]) {
        await measure(endpoint(ports, server), question.ask[server], 1, options.warmup);
      }
    }
    for (const connections of options.connections) {
      const servers = {} as Record<ServerName, Measure>;
      for (const server of order as ServerName[]) {
        servers[server] = await measure(
          endpoint(ports, server),
          question.ask[server],
          connections,
          options.duration,
        );
        // As it goes, so that a run cut short still leaves its figures.
        say(`  ${question.id}, c=${connections}, ${PEER_LABEL[server]}: ${cell(servers[server])}`);
      }
      // After the others, warmed by their turn: the first request fills the cache.
      const cached = await measure(
        endpoint(ports, CACHED),
        question.ask.papergraph,
        connections,
        options.duration,
      );
      say(`  ${question.id}, c=${connections}, ${PEER_LABEL[CACHED]}: ${cell(cached)}`);
      rows.push({ question: question.id, title: question.title, connections, servers, cached });
    }
  }
  return rows;
}

const ratio = (row: Row, other: ServerName) =>
  row.servers.papergraph.requestsPerSecond / row.servers[other].requestsPerSecond;
const cachedRatio = (row: Row) =>
  row.cached.requestsPerSecond / row.servers.papergraph.requestsPerSecond;
/** Two decimals, three below 0.1 (papergraph's task list is a few thousandths of the floor). */
const formatRatio = (value: number) => value.toFixed(value < 0.1 ? 3 : 2);
const geometricMean = (values: number[]) =>
  Math.exp(values.reduce((sum, value) => sum + Math.log(value), 0) / values.length);

function printTable(rows: Row[], statements: Record<QuestionId, Record<ServerName, number>>) {
  const table = new Table({
    // No colours: the table is also read from files and pasted into the README.
    style: { head: [], border: [] },
    head: [
      'question',
      'c',
      ...SERVER_NAMES.map((server) => `${PEER_LABEL[server]}\nreq/s (p50 / p99 ms)`),
      'papergraph ÷\n@neo4j/graphql',
      'papergraph ÷\nfloor',
      'statements per request\npapergraph / peer / floor',
      `${PEER_LABEL[CACHED]}\nreq/s (p50 / p99 ms)`,
      'cached ÷\nuncached',
    ],
  });
  for (const row of rows) {
    const counts = statements[row.question];
    table.push([
      row.title,
      row.connections,
      ...SERVER_NAMES.map((server) => cell(row.servers[server])),
      formatRatio(ratio(row, 'peer')),
      formatRatio(ratio(row, 'floor')),
      SERVER_NAMES.map((server) => counts[server]).join(' / '),
      cell(row.cached),
      formatRatio(cachedRatio(row)),
    ]);
  }
  for (const connections of options.connections) {
    const at = rows.filter((row) => row.connections === connections);
    table.push([
      'geometric mean',
      connections,
      '',
      '',
      '',
      formatRatio(geometricMean(at.map((row) => ratio(row, 'peer')))),
      formatRatio(geometricMean(at.map((row) => ratio(row, 'floor')))),
      '',
      '',
      formatRatio(geometricMean(at.map(cachedRatio))),
    ]);
  }
  console.log(table.toString());
}

const loadAtStart = loadAverage();
await withCorpusGraph(options.count, 'bench-api-neo4j-', say, async (loaded, stats) => {
  let child: Child<Ports> | undefined;
  try {
    const picks = await pickEntities(loaded.graph.driver, database);
    const asked = questions(picks).filter((q) => options.questions.includes(q.id));
    child = await startChild<Ports>(fileURLToPath(new URL('api/serve.ts', import.meta.url)), {
      BENCH_API_CONNECTION: JSON.stringify(loaded.connection),
    });
    const ports = child.ready;
    const post: Post = async (server, operation) => {
      const response = await fetch(endpoint(ports, server), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(operation),
      });
      return response.json();
    };

    // Same answers first, then one request alone per server counts its statements.
    const statements = {} as Record<QuestionId, Record<ServerName, number>>;
    for (const question of asked) {
      await checkAnswers(question, post);
      statements[question.id] = {} as Record<ServerName, number>;
      for (const server of SERVER_NAMES) {
        const before = await statementsSent(ports, server);
        await post(server, question.ask[server]);
        statements[question.id][server] = (await statementsSent(ports, server)) - before;
      }
    }
    say(`all three servers answer ${asked.length} questions alike`);

    const loadBefore = loadAverage();
    const rows = await run(ports, asked);
    const loadAfter = loadAverage();
    if (options.json) {
      console.log(
        JSON.stringify({
          count: options.count,
          stats,
          picks,
          load: { loadAtStart, loadBefore, loadAfter },
          statements,
          rows,
        }),
      );
    } else {
      console.log(`${options.count} generated papers; graph: ${JSON.stringify(stats)}`);
      console.log(
        `entities: dataset ${picks.dataset.name}, method ${picks.method.name}, task ` +
          `${picks.task.name}, paper ${picks.paper.id}, prefix "${picks.prefix}"`,
      );
      console.log(
        `${options.duration} s per run after ${options.warmup} s of warm-up; load average ` +
          `(1, 5, 15 min) at start ${loadAtStart}, before measuring ${loadBefore}, after ${loadAfter}`,
      );
      printTable(rows, statements);
    }
  } finally {
    if (child) await stopChild(child.process);
  }
});
