import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { Graph } from '../../src/graph/driver.js';
import { LocalNeo4j } from '../../src/graph/local-neo4j.js';
import { migrate } from '../../src/graph/migrate.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; user: string; password: string; database: string };
  }
}

/**
 * Starts ONE local Neo4j for the whole run on a free port with a throw-away data directory, or
 * uses the server that `NEO4J_URI` names.
 */
export default async function setup(project: TestProject) {
  const env = process.env;
  if (env.NEO4J_URI) {
    const server = {
      uri: env.NEO4J_URI,
      user: env.NEO4J_USER ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database: env.NEO4J_DATABASE ?? 'neo4j',
    };
    await migrateSchema(server);
    project.provide('neo4j', server);
    return;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'papergraph-test-neo4j-'));
  const password = 'papergraph-test';
  const server = await LocalNeo4j.start({
    dataDir,
    port: 0,
    password,
    heapMb: 512,
    pageCacheMb: 128,
  });
  const connection = { uri: server.uri, user: 'neo4j', password, database: 'neo4j' };
  await migrateSchema(connection);
  project.provide('neo4j', connection);
  return async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}

/** The schema every test expects, as the product applies it at start. */
async function migrateSchema(server: {
  uri: string;
  user: string;
  password: string;
  database: string;
}) {
  const graph = await Graph.connect({ ...server, txTimeoutMs: 60_000 });
  try {
    await migrate(graph);
  } finally {
    await graph.close();
  }
}
