import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { importIntoLocalNeo4j } from '../../src/graph/local-import.js';
import { LocalNeo4j } from '../../src/graph/local-neo4j.js';

const password = 'papergraph-test';
const dataDir = mkdtempSync(join(tmpdir(), 'papergraph-local-import-'));
const options = { dataDir, port: 0, password, heapMb: 256, pageCacheMb: 64 };

describe('importIntoLocalNeo4j', { timeout: 300_000 }, () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('removes the half-written database of a failed import, so the server starts empty', async () => {
    const first = await LocalNeo4j.start(options);
    await first.stop();
    writeFileSync(join(dataDir, 'papers.csv'), 'id:ID(Paper)\n"p1"\n');
    // A relationship to a node that is not in the input fails the import after the nodes landed.
    writeFileSync(join(dataDir, 'cites.csv'), ':START_ID(Paper),:END_ID(Paper)\n"p1","missing"\n');

    await expect(
      importIntoLocalNeo4j(dataDir, {
        directory: dataDir,
        nodes: [{ label: 'Paper', file: join(dataDir, 'papers.csv') }],
        relationships: [{ type: 'CITES', file: join(dataDir, 'cites.csv') }],
      }),
    ).rejects.toThrow(
      new RegExp(`import failed .*half-written database was removed.*stay in ${dataDir} `),
    );
    expect(existsSync(join(dataDir, 'data', 'databases', 'neo4j'))).toBe(false);

    const server = await LocalNeo4j.start(options);
    const driver = neo4j.driver(server.uri, neo4j.auth.basic('neo4j', password));
    try {
      const { records } = await driver.executeQuery('MATCH (n) RETURN count(n) AS nodes');
      expect(records[0]?.get('nodes').toNumber()).toBe(0);
    } finally {
      await driver.close();
      await server.stop();
    }
  });
});
