import neo4j, { type Driver } from 'neo4j-driver';
import { cypherDirectory, readStatements } from '../../src/graph/cypher.js';
import { toPlain } from '../../src/graph/values.js';

/**
 * The statements the benchmarks run besides the servers' own: clearing a graph, picking entities
 * (one for bench:api, many for bench:load's mix), the floor's answers.
 */
export const BENCH_QUERY_NAMES = [
  'graph-clear',
  'pick-entity',
  'pick-paper',
  'load-entities',
  'load-papers',
  'load-leaderboards',
  'floor-dataset-papers-methods',
  'floor-method-datasets',
  'floor-paper',
  'floor-dataset-papers-methods-papers',
  'floor-task-papers',
  'floor-entity-search',
] as const;
export type BenchQueryName = (typeof BENCH_QUERY_NAMES)[number];

let benchStatements: Map<BenchQueryName, string> | undefined;

/** The text of a benchmark statement, read once from cypher/bench/. */
export function benchQuery(name: BenchQueryName): string {
  benchStatements ??= readStatements(`${cypherDirectory}bench/`, BENCH_QUERY_NAMES);
  return benchStatements.get(name) as string;
}

/** Runs a benchmark statement in a read transaction; rows as plain JSON values. */
export async function readBench(
  driver: Driver,
  database: string,
  name: BenchQueryName,
  params: Record<string, unknown>,
): Promise<Record<string, unknown>[]> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.executeRead((tx) => tx.run(benchQuery(name), params));
    return result.records.map((record) => toPlain(record.toObject()) as Record<string, unknown>);
  } finally {
    await session.close();
  }
}

/** Empties the graph but for its migration records, in an auto-commit transaction. */
export async function clearGraph(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.run(benchQuery('graph-clear'));
  } finally {
    await session.close();
  }
}
