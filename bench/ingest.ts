/**
 * End to end into Neo4j: the generated corpus ingested into an empty graph, then again
 * unchanged, with memory sampled as the corpus goes by; then, unless `NEO4J_URI` names a server,
 * the same corpus loaded offline (`papergraph import`) into another empty local Neo4j, which
 * must come out with the same counts. Uses the server `NEO4J_URI` names (its data is cleared
 * first), else a local Neo4j on a temporary data directory.
 * `npm run bench:ingest [-- --count N] [-- --offline-only]`
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Graph } from '../src/graph/driver.js';
import { LocalNeo4j } from '../src/graph/local-neo4j.js';
import { migrate } from '../src/graph/migrate.js';
import { type GraphStats, graphStats } from '../src/graph/stats.js';
import { loadOffline } from '../src/ingest/offline-load.js';
import { Ingester, type IngestProgress, type IngestReport } from '../src/ingest/pipeline.js';
import { cachedCorpus, countArgument } from './corpus/cached.js';
import { cpuTime, describeCpu } from './cpu.js';

const count = countArgument(100_000);
const offlineOnly = process.argv.includes('--offline-only');
const corpus = await cachedCorpus(count);
const password = process.env.NEO4J_PASSWORD ?? 'papergraph-bench';
// The product's defaults unless the same variables say otherwise.
const serverOptions = (dataDir: string) => ({
  dataDir,
  port: 0,
  password,
  heapMb: Number(process.env.PAPERGRAPH_NEO4J_HEAP_MB ?? 512),
  pageCacheMb: Number(process.env.PAPERGRAPH_NEO4J_PAGECACHE_MB ?? 256),
});
const txTimeoutMs = 600_000;

const megabytes = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;

/** Samples this process's memory at every tenth of the input read. */
function memorySampler() {
  const samples: string[] = [];
  let nextTenth = 1;
  return {
    onProgress: (p: IngestProgress) => {
      if (p.bytesRead < (nextTenth * p.bytesTotal) / 10) return;
      nextTenth++;
      const { heapUsed, rss } = process.memoryUsage();
      samples.push(`${p.papers}: heap ${megabytes(heapUsed)}, rss ${megabytes(rss)}`);
    },
    print: () =>
      console.log(`  memory as the corpus goes by (papers: heap, rss): ${samples.join('; ')}`),
  };
}

function printRate(label: string, report: IngestReport): void {
  const papers = report.papers.new + report.papers.updated + report.papers.unchanged;
  console.log(
    `${label}: ${papers} abstracts in ${report.seconds.toFixed(1)} s = ` +
      `${Math.round(papers / report.seconds)} abstracts/s ` +
      `(new ${report.papers.new}, unchanged ${report.papers.unchanged}, failed ${report.papers.failed})`,
  );
}

/** Ingests the corpus; `serverPid`, when the server is local, adds its CPU time to the report. */
async function ingest(graph: Graph, label: string, serverPid?: number): Promise<void> {
  const ingester = await Ingester.open(graph);
  const memory = memorySampler();
  const cpuBefore = cpuTime(serverPid);
  const report = await ingester.ingestFiles([corpus], { onProgress: memory.onProgress });
  const cpuAfter = cpuTime(serverPid);
  await ingester.close();
  printRate(label, report);
  memory.print();
  console.log(`  ${describeCpu(cpuBefore, cpuAfter, serverPid !== undefined)}`);
}

/** Transactional ingest, then re-ingest; the graph's counts, for the offline load to match. */
async function online(): Promise<GraphStats> {
  const dataDir = mkdtempSync(join(tmpdir(), 'papergraph-bench-neo4j-'));
  const server = process.env.NEO4J_URI ? undefined : await LocalNeo4j.start(serverOptions(dataDir));
  const graph = await Graph.connect({
    uri: process.env.NEO4J_URI ?? (server as LocalNeo4j).uri,
    user: process.env.NEO4J_USER ?? 'neo4j',
    password,
    database: process.env.NEO4J_DATABASE ?? 'neo4j',
    txTimeoutMs,
  });
  try {
    await graph.writeTx((tx) =>
      tx.run('MATCH (n) WHERE NOT n:SchemaMigration CALL (n) { DETACH DELETE n } IN TRANSACTIONS'),
    );
    await migrate(graph);
    await ingest(graph, 'ingest, empty graph', server?.pid);
    const stats = await graphStats(graph);
    console.log(`  graph: ${JSON.stringify(stats)}`);
    await ingest(graph, 're-ingest, unchanged corpus', server?.pid);
    return stats;
  } finally {
    await graph.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** `papergraph import` into an empty local Neo4j, timed to the moment every index is online. */
async function offline(expected: GraphStats | undefined): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'papergraph-bench-import-'));
  const started = performance.now();
  const onStatus = (message: string) =>
    console.log(`  ${((performance.now() - started) / 1000).toFixed(1)} s: ${message}`);
  const memory = memorySampler();
  const cpuBefore = cpuTime();
  const { report, server, graph } = await loadOffline([corpus], {
    server: { ...serverOptions(dataDir), onStatus },
    database: 'neo4j',
    txTimeoutMs,
    onProgress: memory.onProgress,
  });
  const cpuAfter = cpuTime(server.pid);
  try {
    printRate('offline load (papergraph import), empty graph', report);
    memory.print();
    console.log(`  ${describeCpu(cpuBefore, cpuAfter, true)}`);
    const stats = await graphStats(graph);
    console.log(`  graph: ${JSON.stringify(stats)}`);
    if (expected) {
      const same = JSON.stringify(stats) === JSON.stringify(expected);
      console.log(`  same counts as ingest: ${same ? 'yes' : 'NO'}`);
    }
  } finally {
    await graph.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const expected = offlineOnly ? undefined : await online();
if (!process.env.NEO4J_URI) await offline(expected);
