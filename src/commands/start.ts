import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { loadConfig } from '../config.js';
import { hasPapers } from '../graph/stats.js';
import { serve } from '../http/server.js';
import { Ingester } from '../ingest/pipeline.js';
import { onShutdown, setShutdownDeadline, untilShutdown } from '../lifecycle.js';
import { connectGraph } from './graph-connection.js';

/**
 * The corpora a new graph starts with, so there is something to explore at once: the trending
 * page's abstracts, and daily papers with arXiv ids, dates and authors, so links, authors and
 * trends over time show too.
 */
export const sampleCorpora = ['hf-trending-sample.txt', 'hf-daily-papers.jsonl'].map((file) =>
  fileURLToPath(new URL(`../../data/sample/${file}`, import.meta.url)),
);

/**
 * `papergraph start` (with the sample corpora loaded into an empty graph) and `papergraph serve`
 * (without): Neo4j, migrations, then the API until Ctrl-C.
 */
export async function start(options: { sample: boolean }): Promise<void> {
  const config = loadConfig();
  setShutdownDeadline(config.PAPERGRAPH_SHUTDOWN_TIMEOUT_MS);
  const { graph, local, migrations } = await connectGraph(config, (message) =>
    console.log(message),
  );
  console.log(
    `Neo4j: ${local ? local.uri : config.NEO4J_URI} (schema version ${migrations.current})`,
  );
  if (options.sample && !(await hasPapers(graph))) {
    const ingester = await Ingester.open(graph);
    const report = await ingester.ingestFiles(sampleCorpora).finally(() => ingester.close());
    console.log(`Loaded the sample corpora: ${report.papers.new} papers.`);
  }
  const server = await serve({
    graph,
    port: config.PORT,
    cors: config.PAPERGRAPH_CORS_ORIGINS,
    apiKey: config.PAPERGRAPH_API_KEY,
    logger: pino({ level: config.LOG_LEVEL }),
    cacheTtlMs: config.PAPERGRAPH_CACHE_TTL_MS,
    exposeErrors: config.NODE_ENV !== 'production',
    requestTimeoutMs: config.PAPERGRAPH_REQUEST_TIMEOUT_MS,
    warmUp: true,
  });
  onShutdown(() => server.close());
  console.log(`Explorer: ${server.url}/`);
  console.log(`GraphQL API and GraphiQL: ${server.url}/graphql`);
  console.log(`Health: ${server.url}/health, readiness: ${server.url}/ready`);
  console.log('papergraph is running; press Ctrl-C to stop.');
  await untilShutdown(local?.died);
}
