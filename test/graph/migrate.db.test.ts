import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Graph } from '../../src/graph/driver.js';
import { loadMigrations, MigrationError, migrate } from '../../src/graph/migrate.js';
import { connectTestGraph } from '../setup/graph.js';

async function names(graph: Graph, statement: string): Promise<Map<string, string>> {
  const rows = await graph.readTx(async (tx) => (await tx.run(statement)).records);
  return new Map(rows.map((row) => [row.get('name') as string, row.get('type') as string]));
}

/** Returns the graph to a schema no migration has touched. */
async function dropSchema(graph: Graph): Promise<void> {
  for (const name of (await names(graph, 'SHOW CONSTRAINTS YIELD name, type')).keys()) {
    await graph.runSchemaStatement(`DROP CONSTRAINT \`${name}\``);
  }
  const indexes = await names(graph, 'SHOW INDEXES YIELD name, type');
  for (const [name, type] of indexes) {
    if (type !== 'LOOKUP') await graph.runSchemaStatement(`DROP INDEX \`${name}\``);
  }
  await graph.writeTx((tx) => tx.run('MATCH (m:SchemaMigration) DELETE m'));
}

describe('migrate', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = await connectTestGraph();
    await dropSchema(graph);
  });
  afterAll(async () => {
    await migrate(graph);
    await graph.close();
  });

  it('applies every migration once, records the version, and is idempotent', async () => {
    const versions = loadMigrations().map((migration) => migration.version);
    expect(await migrate(graph)).toEqual({ applied: versions, current: versions.at(-1) });
    expect(await migrate(graph)).toEqual({ applied: [], current: versions.at(-1) });
    const recorded = await graph.read('migrations-applied');
    expect(recorded.map((row) => row.version)).toEqual(versions);
  });

  it('creates a key constraint per label and the full-text indexes', async () => {
    const constraints = await names(graph, 'SHOW CONSTRAINTS YIELD name, type');
    const keys = [
      'paper_id',
      'method_key',
      'dataset_key',
      'task_key',
      'repository_key',
      'author_key',
    ];
    for (const name of [...keys, 'result_id']) {
      expect(constraints.get(name)).toBe('UNIQUENESS');
    }
    const indexes = await names(graph, 'SHOW INDEXES YIELD name, type');
    expect(indexes.get('paper_text')).toBe('FULLTEXT');
    expect(indexes.get('entity_names')).toBe('FULLTEXT');
    expect(indexes.get('paper_published')).toBe('RANGE');
  });

  it('finds entities by alias through the full-text index', async () => {
    await graph.writeTx((tx) =>
      tx.run(
        "MERGE (m:Method {key: 'zetaprobeattention'}) " +
          "SET m.name = 'Zeta Probe Attention', m.aliases = ['ZPRA']",
      ),
    );
    const hits = await graph.readTx(
      async (tx) =>
        (
          await tx.run(
            "CALL db.index.fulltext.queryNodes('entity_names', 'ZPRA') YIELD node RETURN node.name AS name",
          )
        ).records,
    );
    expect(hits.map((hit) => hit.get('name'))).toContain('Zeta Probe Attention');
    await graph.writeTx((tx) =>
      tx.run("MATCH (m:Method {key: 'zetaprobeattention'}) DETACH DELETE m"),
    );
  });

  it('upgrades a graph written before alias keys: each further key becomes an Alias', async () => {
    await dropSchema(graph);
    const before = loadMigrations().filter((migration) => migration.version < 2);
    await migrate(graph, before);
    // Entities as ingest wrote them then: every key they go by in a `keys` list.
    await graph.writeTx((tx) =>
      tx.run(
        "CREATE (:Method {key: 'zetaprobe', name: 'Zeta Probe', keys: ['zetaprobe', 'zp']}), " +
          "(:Task {key: 'zetatask', name: 'Zeta Task', keys: ['zetatask']}), " +
          "(:Dataset {key: 'zetaset', name: 'Zeta Set', keys: ['zp']})",
      ),
    );
    expect((await migrate(graph)).applied).toContain(2);
    const rows = await graph.readTx(async (tx) =>
      (
        await tx.run(
          `MATCH (e:Method|Task|Dataset) WHERE e.key STARTS WITH 'zeta'
           RETURN e.key AS key, e.keys AS keys,
                  COLLECT { MATCH (a:Alias)-[:ALIAS_OF]->(e) RETURN a.key } AS aliases
           ORDER BY key`,
        )
      ).records.map((record) => record.toObject()),
    );
    expect(rows).toEqual([
      { key: 'zetaprobe', keys: null, aliases: ['zp'] },
      { key: 'zetaset', keys: null, aliases: ['zp'] },
      { key: 'zetatask', keys: null, aliases: [] },
    ]);
    const [found] = await graph.read('entity-by-name', { label: 'Method', key: 'zp' });
    expect(found).toMatchObject({ key: 'zetaprobe' });
    await graph.writeTx((tx) =>
      tx.run(
        "MATCH (n) WHERE n.key STARTS WITH 'zeta' OR n:Alias AND n.key = 'zp' DETACH DELETE n",
      ),
    );
  });

  it('lets five processes migrate an empty graph at once', async () => {
    await dropSchema(graph);
    // One driver each, as five processes starting on a first deploy would have.
    const graphs = await Promise.all(
      Array.from({ length: 5 }, () => Graph.connect({ ...inject('neo4j'), txTimeoutMs: 30_000 })),
    );
    try {
      const versions = loadMigrations().map((migration) => migration.version);
      const reports = await Promise.all(graphs.map((each) => migrate(each)));
      for (const report of reports) expect(report.current).toBe(versions.at(-1));
      // Each migration ran, whoever ran it, and is recorded once.
      expect(new Set(reports.flatMap((report) => report.applied))).toEqual(new Set(versions));
      const recorded = await graph.read('migrations-applied');
      expect(recorded.map((row) => row.version)).toEqual(versions);
      expect(await migrate(graph)).toEqual({ applied: [], current: versions.at(-1) });
    } finally {
      await Promise.all(graphs.map((each) => each.close()));
    }
  });

  it('refuses a migration that changed after it was applied', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'papergraph-migrations-'));
    const [first] = loadMigrations();
    if (!first) throw new Error('no migrations');
    writeFileSync(
      join(directory, `${String(first.version).padStart(3, '0')}-${first.name}.cypher`),
      `${first.statements.join(';\n')};\n// edited\n`,
    );
    await expect(migrate(graph, loadMigrations(directory))).rejects.toThrow(MigrationError);
  });
});
