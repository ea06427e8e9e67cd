import { loadConfig } from '../config.js';
import { untilShutdown } from '../lifecycle.js';
import { connectGraph } from './graph-connection.js';

/** `papergraph start`: the whole product on this machine. */
export async function start(): Promise<void> {
  const config = loadConfig();
  const { local, migrations } = await connectGraph(config, (message) => console.log(message));
  console.log(
    `Neo4j: ${local ? local.uri : config.NEO4J_URI} (schema version ${migrations.current})`,
  );
  console.log('papergraph is running; press Ctrl-C to stop.');
  await untilShutdown();
}
