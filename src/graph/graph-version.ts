import type { ManagedTransaction } from 'neo4j-driver';
import type { QueryName } from './cypher.js';
import type { Graph, Params } from './driver.js';

/** The one GraphVersion node's id (see migration 003). */
const VERSION_ID = 'graph';

/**
 * Write transactions finished through each driver, committed or not: by driver, so that the
 * per-request views of one Graph (`within`) count together.
 */
const finishedWrites = new WeakMap<Graph['driver'], number>();

/**
 * A write transaction that also counts itself in the graph version, so that every process
 * reading the version learns the graph changed. All of papergraph's data writes go through here.
 */
export async function writeChange<T>(
  graph: Graph,
  work: (tx: ManagedTransaction) => Promise<T>,
  tag: string,
): Promise<T> {
  try {
    return await graph.writeTx(async (tx) => {
      const result = await work(tx);
      // Last, so that concurrent writers wait for the version node only until this one commits.
      await graph.exec(tx, 'graph-version-bump', { id: VERSION_ID });
      return result;
    }, tag);
  } finally {
    // Also after a failure: a commit whose answer was lost may still have landed.
    finishedWrites.set(graph.driver, writesFinished(graph) + 1);
  }
}

/** One named write query in a transaction that counts itself in the graph version. */
export function writeChangeQuery<T>(graph: Graph, name: QueryName, params: Params): Promise<T[]> {
  return writeChange(graph, (tx) => graph.rows<T>(tx, name, params), name);
}

/**
 * How many write transactions through `graph` (or another view of its driver) have finished in
 * this process: when it moved, a version read before is out of date without asking the graph.
 */
export function writesFinished(graph: Graph): number {
  return finishedWrites.get(graph.driver) ?? 0;
}

/**
 * The graph version as one string, different after every change written by any process (and
 * after the graph was emptied and written again); `none` before the first write.
 */
export async function graphVersion(graph: Graph): Promise<string> {
  const [row] = await graph.read<{ epoch: string; version: number }>('graph-version', {
    id: VERSION_ID,
  });
  return row ? `${row.epoch}.${row.version}` : 'none';
}
