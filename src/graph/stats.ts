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
export async function hasPapers(graph: Graph): Promise<boolean> {
  const [row] = await graph.read<{ any: boolean }>('papers-exist');
  return row?.any === true;
}

/** Whether the graph holds anything beyond its schema records. */
export async function hasData(graph: Graph): Promise<boolean> {
  const [row] = await graph.read<{ any: boolean }>('graph-has-data');
  return row?.any === true;
}
