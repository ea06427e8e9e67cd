import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Graph } from '../graph/driver.js';
import { writeChange } from '../graph/graph-version.js';
import { ImportFiles } from '../graph/import-files.js';
import { importIntoLocalNeo4j } from '../graph/local-import.js';
import { LocalNeo4j, type LocalNeo4jOptions } from '../graph/local-neo4j.js';
import { awaitIndexes, migrate } from '../graph/migrate.js';
import { hasData } from '../graph/stats.js';
import { writePapers } from '../graph/write-papers.js';
import {
  DEFAULT_BATCH_SIZE,
  Ingester,
  type IngesterOptions,
  type IngestProgress,
  type IngestReport,
} from './pipeline.js';
import type { InputFormat } from './read/index.js';

export interface OfflineLoadOptions extends IngesterOptions {
  /** The local Neo4j to load; it must not be running. */
  server: LocalNeo4jOptions;
  database: string;
  txTimeoutMs: number;
  format?: InputFormat;
  onProgress?: (progress: IngestProgress) => void;
}

/** The loaded graph, served by the local Neo4j started on it: the caller closes both. */
export interface OfflineLoad {
  report: IngestReport;
  server: LocalNeo4j;
  graph: Graph;
}

/** The local graph already holds data: an offline load would replace it. */
export class GraphNotEmptyError extends Error {
  override name = 'GraphNotEmptyError';
}

/**
 * The first load of an empty local graph, faster than ingest (about 1.5x on two cores): papers
 * are read, extracted and resolved as ingest does, written to CSV files, and loaded by Neo4j's
 * offline importer; then the server starts, the schema is applied and every index is waited
 * for. The graph equals the one ingest would build from the same files.
 */
export async function loadOffline(
  files: string[],
  options: OfflineLoadOptions,
): Promise<OfflineLoad> {
  const started = performance.now();
  const { server: serverOptions, database } = options;
  const onStatus = serverOptions.onStatus ?? (() => {});
  const dataDir = resolve(serverOptions.dataDir);
  await refuseUnlessEmpty(options);

  const importFiles = new ImportFiles(join(dataDir, 'import'));
  const ingester = Ingester.forImport(importFiles, options);
  const report = await ingester
    .ingestFiles(files, { format: options.format, onProgress: options.onProgress })
    .finally(() => ingester.close());
  const source = await importFiles.finish();
  onStatus(`Loading ${report.papers.new} papers with neo4j-admin database import...`);
  await importIntoLocalNeo4j(dataDir, source, database);
  rmSync(source.directory, { recursive: true, force: true });

  const { server, graph } = await openLoadedGraph(options);
  try {
    onStatus('Applying the schema...');
    await migrate(graph);
    const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    for (let i = 0; i < importFiles.updates.length; i += batchSize) {
      const counts = await writePapers(graph, importFiles.updates.slice(i, i + batchSize));
      report.nodesCreated += counts.nodesCreated;
      report.relationshipsCreated += counts.relationshipsCreated;
    }
    // A new graph version even without updates: the imported graph has none, like the empty one
    // it replaced, whose cached answers would otherwise look current.
    await writeChange(graph, async () => undefined, 'offline-load');
    onStatus('Building the indexes...');
    await awaitIndexes(graph);
  } catch (error) {
    await graph.close();
    await server.stop();
    throw error;
  }
  report.seconds = (performance.now() - started) / 1000;
  return { report, server, graph };
}

async function refuseUnlessEmpty(options: OfflineLoadOptions): Promise<void> {
  const store = join(resolve(options.server.dataDir), 'data', 'databases', options.database);
  if (!existsSync(store)) return;
  const { server, graph } = await openLoadedGraph(options);
  try {
    if (await hasData(graph)) {
      throw new GraphNotEmptyError(
        `the local graph in ${options.server.dataDir} already holds data; an offline load ` +
          'only fills an empty graph (papergraph ingest adds to this one)',
      );
    }
  } finally {
    await graph.close();
    await server.stop();
  }
}

/** The local Neo4j started on the load's data directory, and a Graph on it. */
export async function openLoadedGraph(
  options: Pick<OfflineLoadOptions, 'server' | 'database' | 'txTimeoutMs'>,
): Promise<{ server: LocalNeo4j; graph: Graph }> {
  const server = await LocalNeo4j.start(options.server);
  try {
    const graph = await Graph.connect({
      uri: server.uri,
      user: 'neo4j',
      password: server.password,
      database: options.database,
      txTimeoutMs: options.txTimeoutMs,
    });
    return { server, graph };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
