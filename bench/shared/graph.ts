/**
 * The graph a benchmark runs against: the generated corpus loaded into an empty graph, offline
 * (`papergraph import`) into a new local Neo4j, or ingested into the server `NEO4J_URI` names
 * after its data is cleared. Shared by the benchmarks that serve the API over it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Graph } from '../../src/graph/driver.js';
import type { LocalNeo4j } from '../../src/graph/local-neo4j.js';
import { migrate } from '../../src/graph/migrate.js';
import { type GraphStats, graphStats } from '../../src/graph/stats.js';
import { loadOffline } from '../../src/ingest/offline-load.js';
import { Ingester } from '../../src/ingest/pipeline.js';
import { cachedCorpus } from '../corpus/cached.js';
import { clearGraph } from './cypher.js';

/** How a server process reaches the graph. */
export interface Connection {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export interface LoadedGraph {
  graph: Graph;
  connection: Connection;
  server?: LocalNeo4j;
  dataDir?: string;
}

export const database = process.env.NEO4J_DATABASE ?? 'neo4j';
const password = process.env.NEO4J_PASSWORD ?? 'papergraph-bench';
/** Loading a large corpus runs long transactions; the benchmarks' own servers have their own. */
const txTimeoutMs = 600_000;

/**
 * The corpus in an empty graph. `dataDirPrefix` names the local Neo4j's directory under the
 * system's temporary one, so that each benchmark's can be told apart.
 */
async function loadCorpus(
  corpus: string,
  dataDirPrefix: string,
  say: (message: string) => void,
): Promise<LoadedGraph> {
  const started = performance.now();
  let loaded: LoadedGraph;
  if (process.env.NEO4J_URI) {
    const connection = {
      uri: process.env.NEO4J_URI,
      user: process.env.NEO4J_USER ?? 'neo4j',
      password,
      database,
    };
    const graph = await Graph.connect({ ...connection, txTimeoutMs });
    await clearGraph(graph.driver, database);
    await migrate(graph);
    const ingester = await Ingester.open(graph);
    await ingester.ingestFiles([corpus]).finally(() => ingester.close());
    loaded = { graph, connection };
  } else {
    const dataDir = mkdtempSync(join(tmpdir(), dataDirPrefix));
    const { server, graph } = await loadOffline([corpus], {
      server: {
        dataDir,
        port: 0,
        password,
        heapMb: Number(process.env.PAPERGRAPH_NEO4J_HEAP_MB ?? 512),
        pageCacheMb: Number(process.env.PAPERGRAPH_NEO4J_PAGECACHE_MB ?? 256),
        onStatus: (message) => say(`  ${message}`),
      },
      database,
      txTimeoutMs,
    });
    loaded = {
      graph,
      server,
      dataDir,
      connection: { uri: server.uri, user: 'neo4j', password: server.password, database },
    };
  }
  say(`loaded in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return loaded;
}

/**
 * Runs `work` over the generated corpus of `count` papers (the cached file when there is one) in
 * an empty graph, then closes the driver, stops the local Neo4j and removes its directory.
 */
export async function withCorpusGraph<T>(
  count: number,
  dataDirPrefix: string,
  say: (message: string) => void,
  work: (loaded: LoadedGraph, stats: GraphStats) => Promise<T>,
): Promise<T> {
  const corpus = await cachedCorpus(count);
  say(`loading ${count} papers...`);
  const loaded = await loadCorpus(corpus, dataDirPrefix, say);
  try {
    return await work(loaded, await graphStats(loaded.graph));
  } finally {
    await loaded.graph.close();
    await loaded.server?.stop();
    if (loaded.dataDir) rmSync(loaded.dataDir, { recursive: true, force: true });
  }
}
