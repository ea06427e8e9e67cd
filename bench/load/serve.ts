/**
 * papergraph's server for the load benchmark, in a process of its own: `serve` from src/http/
 * as `papergraph serve` runs it, with the request budget and transaction timeout of the
 * environment's configuration, over the graph given as JSON in BENCH_LOAD_CONNECTION. Prints its
 * port as one JSON line, answers each IPC message with its own memory, and stops when its
 * standard input closes.
 */
import { pino } from 'pino';
import { loadConfig } from '../../src/config.js';
import { Graph } from '../../src/graph/driver.js';
import { serve } from '../../src/http/server.js';
import type { Connection } from '../shared/graph.js';

/** What the process uses now, and again after a full collection (so garbage is not growth). */
export interface MemoryReport {
  now: NodeJS.MemoryUsage;
  afterGc?: NodeJS.MemoryUsage;
}

const config = loadConfig();
const connection: Connection = JSON.parse(process.env.BENCH_LOAD_CONNECTION ?? '');
const graph = await Graph.connect({
  ...connection,
  txTimeoutMs: config.NEO4J_TX_TIMEOUT_MS,
  connectTimeoutMs: config.NEO4J_CONNECT_TIMEOUT_MS,
});
const server = await serve({
  graph,
  port: 0,
  // Standard output carries the port; warnings and errors go to the benchmark's terminal.
  logger: pino({ level: process.env.LOG_LEVEL ?? 'warn' }, pino.destination(2)),
  exposeErrors: config.NODE_ENV !== 'production',
  requestTimeoutMs: config.PAPERGRAPH_REQUEST_TIMEOUT_MS,
});
console.log(
  JSON.stringify({ url: server.url, requestTimeoutMs: config.PAPERGRAPH_REQUEST_TIMEOUT_MS }),
);

process.on('message', (message: { gc?: boolean }) => {
  const now = process.memoryUsage();
  // `gc` is there when the benchmark starts this process with --expose-gc.
  if (message.gc && globalThis.gc) globalThis.gc();
  const report: MemoryReport = message.gc ? { now, afterGc: process.memoryUsage() } : { now };
  process.send?.(report);
});

process.stdin.resume();
process.stdin.on('end', async () => {
  await server.close();
  await graph.close();
  process.exit(0);
});
