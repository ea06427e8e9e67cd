import { inject } from 'vitest';
import { Graph } from '../../src/graph/driver.js';
import { Ingester } from '../../src/ingest/pipeline.js';

/** A Graph on the run's test server (see neo4j.global.ts). */
export function connectTestGraph(): Promise<Graph> {
  return Graph.connect({ ...inject('neo4j'), txTimeoutMs: 30_000 });
}

/** Empties the graph but keeps the schema and its migration records. */
export async function clearGraph(graph: Graph): Promise<void> {
  const session = graph.driver.session({ database: inject('neo4j').database });
  try {
    await session.run(
      'MATCH (n) WHERE NOT n:SchemaMigration CALL (n) { DETACH DELETE n } IN TRANSACTIONS',
    );
  } finally {
    await session.close();
  }
}

/**
 * A paper whose write lock an open transaction holds, so that writing it waits until the
 * writer's transaction runs out of time, however fast the machine (a slow query alone may finish
 * before Neo4j's timeout monitor looks). `release` ends the lock and empties the graph.
 */
export async function lockedPaper(id: string): Promise<{ release(): Promise<void> }> {
  const direct = await connectTestGraph();
  await direct.writeTx((tx) => tx.run("CREATE (:Paper {id: $id, title: 'Held'})", { id }));
  const holder = direct.driver.session();
  const locking = holder.beginTransaction();
  await locking.run("MATCH (p:Paper {id: $id}) SET p.title = 'Locked'", { id });
  return {
    release: async () => {
      await locking.rollback();
      await holder.close();
      await clearGraph(direct);
      await direct.close();
    },
  };
}

/**
 * An empty graph with the trending sample ingested; with `sampleCorpora` (from start.ts), the
 * graph `npm start` serves.
 */
export async function connectSampleGraph(
  files: string[] = ['data/sample/hf-trending-sample.txt'],
): Promise<Graph> {
  const graph = await connectTestGraph();
  await clearGraph(graph);
  const ingester = await Ingester.open(graph, { workers: 2 });
  await ingester.ingestFiles(files).finally(() => ingester.close());
  return graph;
}

/** How many transactions are open on the server whose metadata names `query`. */
export async function openTransactions(graph: Graph, query: string): Promise<number> {
  const session = graph.driver.session();
  try {
    const { records } = await session.run(
      'SHOW TRANSACTIONS YIELD metaData WHERE metaData.query = $query RETURN count(*) AS n',
      { query },
    );
    return records[0]?.get('n').toNumber() ?? 0;
  } finally {
    await session.close();
  }
}
