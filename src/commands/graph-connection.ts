import type { Config } from '../config.js';
import { Graph } from '../graph/driver.js';
import { LocalNeo4j } from '../graph/local-neo4j.js';
import { type MigrationReport, migrate } from '../graph/migrate.js';
import { onShutdown } from '../lifecycle.js';

export interface GraphConnection {
  graph: Graph;
  /** The local server this process started, when `NEO4J_URI` is not set. */
  local?: LocalNeo4j;
  migrations: MigrationReport;
}

/**
 * The graph every command works on: the server `NEO4J_URI` names, or else the local Neo4j,
 * started here (and stopped at shutdown); migrations applied before anything else runs.
 */
export async function connectGraph(
  config: Config,
  onStatus: (message: string) => void,
): Promise<GraphConnection> {
  let local: LocalNeo4j | undefined;
  if (!config.NEO4J_URI) {
    local = await LocalNeo4j.start({
      dataDir: config.PAPERGRAPH_DATA_DIR,
      port: config.PAPERGRAPH_NEO4J_PORT,
      password: config.NEO4J_PASSWORD,
      heapMb: config.PAPERGRAPH_NEO4J_HEAP_MB,
      pageCacheMb: config.PAPERGRAPH_NEO4J_PAGECACHE_MB,
      onStatus,
    });
    const server = local;
    onShutdown(() => server.stop());
  }
  // Without a local server, loadConfig has made sure NEO4J_URI comes with NEO4J_PASSWORD.
  const graph = await Graph.connect({
    uri: local?.uri ?? (config.NEO4J_URI as string),
    user: config.NEO4J_USER,
    password: local?.password ?? (config.NEO4J_PASSWORD as string),
    database: config.NEO4J_DATABASE,
    txTimeoutMs: config.NEO4J_TX_TIMEOUT_MS,
    connectTimeoutMs: config.NEO4J_CONNECT_TIMEOUT_MS,
  });
  onShutdown(() => graph.close());
  const migrations = await migrate(graph);
  if (migrations.applied.length > 0) {
    onStatus(`Applied schema migrations ${migrations.applied.join(', ')}`);
  }
  return local ? { graph, local, migrations } : { graph, migrations };
}
