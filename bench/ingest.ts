/**
 * End to end into Neo4j: the generated corpus ingested into an empty graph, then again
 * unchanged, with memory sampled as the corpus goes by. Uses the server `NEO4J_URI` names (its
 * data is cleared first), else a local Neo4j on a temporary data directory.
 * `npm run bench:ingest [-- --count N]`
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Graph } from '../src/graph/driver.js';
import { LocalNeo4j } from '../src/graph/local-neo4j.js';
import { migrate } from '../src/graph/migrate.js';
import { graphStats } from '../src/graph/stats.js';
import { Ingester, type IngestProgress } from '../src/ingest/pipeline.js';
import { cachedCorpus, countArgument } from './corpus/cached.js';

const count = countArgument(100_000);
const corpus = await cachedCorpus(count);
const password = process.env.NEO4J_PASSWORD ?? 'papergraph-bench';
const dataDir = mkdtempSync(join(tmpdir(), 'papergraph-bench-neo4j-'));
const server = process.env.NEO4J_URI
  ? undefined
  : await LocalNeo4j.start({
      dataDir,
      port: 0,
      password,
      // The product's defaults unless the same variables say otherwise.
      heapMb: Number(process.env.PAPERGRAPH_NEO4J_HEAP_MB ?? 512),
      pageCacheMb: Number(process.env.PAPERGRAPH_NEO4J_PAGECACHE_MB ?? 256),
    });
const graph = await Graph.connect({
  uri: process.env.NEO4J_URI ?? (server as LocalNeo4j).uri,
  user: process.env.NEO4J_USER ?? 'neo4j',
  password,
  database: process.env.NEO4J_DATABASE ?? 'neo4j',
  txTimeoutMs: 600_000,
});

const megabytes = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;

async function run(label: string): Promise<void> {
  const ingester = await Ingester.open(graph);
  const samples: string[] = [];
  let nextTenth = 1;
  const onProgress = (p: IngestProgress) => {
    if (p.bytesRead < (nextTenth * p.bytesTotal) / 10) return;
    nextTenth++;
    const { heapUsed, rss } = process.memoryUsage();
    samples.push(`${p.papers}: heap ${megabytes(heapUsed)}, rss ${megabytes(rss)}`);
  };
  const report = await ingester.ingestFiles([corpus], { onProgress });
  await ingester.close();
  const papers = report.papers.new + report.papers.updated + report.papers.unchanged;
  console.log(
    `${label}: ${papers} abstracts in ${report.seconds.toFixed(1)} s = ` +
      `${Math.round(papers / report.seconds)} abstracts/s ` +
      `(new ${report.papers.new}, unchanged ${report.papers.unchanged}, failed ${report.papers.failed})`,
  );
  console.log(`  memory as the corpus goes by (papers: heap, rss): ${samples.join('; ')}`);
}

try {
  await graph.writeTx((tx) =>
    tx.run('MATCH (n) WHERE NOT n:SchemaMigration CALL (n) { DETACH DELETE n } IN TRANSACTIONS'),
  );
  await migrate(graph);
  await run('ingest, empty graph');
  console.log(`  graph: ${JSON.stringify(await graphStats(graph))}`);
  await run('re-ingest, unchanged corpus');
} finally {
  await graph.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
