import { loadConfig } from '../config.js';
import { LocalNeo4j, passwordFile } from '../graph/local-neo4j.js';
import { onShutdown, setShutdownDeadline, untilShutdown } from '../lifecycle.js';

export interface Neo4jOptions {
  dataDir?: string;
  port?: number;
}

/** `papergraph neo4j`: only the local Neo4j, in the foreground, for people who want a server. */
export async function neo4jServer(options: Neo4jOptions): Promise<void> {
  const config = loadConfig();
  setShutdownDeadline(config.PAPERGRAPH_SHUTDOWN_TIMEOUT_MS);
  const server = await LocalNeo4j.start({
    dataDir: options.dataDir ?? config.PAPERGRAPH_DATA_DIR,
    port: options.port ?? config.PAPERGRAPH_NEO4J_PORT,
    password: config.NEO4J_PASSWORD,
    heapMb: config.PAPERGRAPH_NEO4J_HEAP_MB,
    pageCacheMb: config.PAPERGRAPH_NEO4J_PAGECACHE_MB,
    onStatus: (message) => console.log(message),
  });
  onShutdown(() => server.stop());
  console.log(
    `Connect with NEO4J_URI=${server.uri} NEO4J_USER=neo4j and NEO4J_PASSWORD, which is kept ` +
      `in ${passwordFile(options.dataDir ?? config.PAPERGRAPH_DATA_DIR)}.`,
  );
  console.log('Press Ctrl-C to stop.');
  await untilShutdown(server.died);
}
