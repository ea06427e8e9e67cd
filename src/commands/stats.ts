import Table from 'cli-table3';
import { loadConfig } from '../config.js';
import { graphStats } from '../graph/stats.js';
import { connectGraph } from './graph-connection.js';

/** `papergraph stats`: how many nodes per label and relationships per type. */
export async function statsCommand(options: { json?: boolean }): Promise<void> {
  const { graph } = await connectGraph(loadConfig(), (message) => {
    if (!options.json) console.error(message);
  });
  const stats = await graphStats(graph);
  if (options.json) {
    console.log(JSON.stringify(stats));
    return;
  }
  const style = process.stdout.isTTY ? {} : { head: [], border: [] };
  const table = new Table({ head: ['kind', 'name', 'count'], style });
  for (const [name, count] of Object.entries(stats.labels)) table.push(['label', name, count]);
  for (const [name, count] of Object.entries(stats.relationships)) {
    table.push(['relationship', name, count]);
  }
  console.log(table.toString());
}
