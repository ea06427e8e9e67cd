import type { QueryName } from './cypher.js';
import type { Graph } from './driver.js';

export interface GraphStats {
  labels: Record<string, number>;
  relationships: Record<string, number>;
}

/** Counts per label and per relationship type. */
export async function graphStats(graph: Graph): Promise<GraphStats> {
  const rows = await graph.read<{ kind: 'label' | 'relationship'; name: string; count: number }>(
    'graph-stats',
  );
  const stats: GraphStats = { labels: {}, relationships: {} };
  for (const { kind, name, count } of rows) {
    stats[kind === 'label' ? 'labels' : 'relationships'][name] = count;
  }
  return stats;
}

/** Whether there is any paper yet: cheap, unlike `graphStats`, which counts everything. */
export const hasPapers = (graph: Graph) => exists(graph, 'papers-exist');

/** Whether the graph holds anything beyond its bookkeeping (schema records, the graph version). */
export const hasData = (graph: Graph) => exists(graph, 'graph-has-data');

/** The `any` flag of a query that asks whether something exists. */
async function exists(graph: Graph, query: QueryName): Promise<boolean> {
  const [row] = await graph.read<{ any: boolean }>(query);
  return row?.any === true;
}
