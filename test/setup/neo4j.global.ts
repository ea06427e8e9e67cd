import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { LocalNeo4j } from '../../src/graph/local-neo4j.js';

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
    project.provide('neo4j', {
      uri: env.NEO4J_URI,
      user: env.NEO4J_USER ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database: env.NEO4J_DATABASE ?? 'neo4j',
    });
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
  project.provide('neo4j', { uri: server.uri, user: 'neo4j', password, database: 'neo4j' });
  return async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
