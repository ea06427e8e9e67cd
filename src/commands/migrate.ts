import { loadConfig } from '../config.js';
import { connectGraph } from './graph-connection.js';

/** `papergraph migrate`: applies the schema migrations the graph has not seen. */
export async function migrateCommand(options: { json?: boolean }): Promise<void> {
  const { migrations } = await connectGraph(loadConfig(), (message) => {
    if (!options.json) console.log(message);
  });
  if (options.json) console.log(JSON.stringify(migrations));
  else if (migrations.applied.length === 0) {
    console.log(`Schema is up to date (version ${migrations.current}).`);
  }
}
