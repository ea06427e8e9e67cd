import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import neo4j, { Neo4jError } from 'neo4j-driver';
import { cypherDirectory } from './cypher.js';
import type { Graph } from './driver.js';

const schemaDirectory = join(cypherDirectory, 'schema');
const MIGRATION_FILE = /^(\d+)-([\w-]+)\.cypher$/;

export interface Migration {
  version: number;
  name: string;
  checksum: string;
  statements: string[];
}

export class MigrationError extends Error {
  override name = 'MigrationError';
}

/** The migrations in `cypher/schema`, in version order. */
export function loadMigrations(directory = schemaDirectory): Migration[] {
  return readdirSync(directory)
    .filter((file) => file.endsWith('.cypher'))
    .map((file) => {
      const match = MIGRATION_FILE.exec(file);
      if (!match?.[1] || !match[2]) {
        throw new MigrationError(`${join(directory, file)}: name must be NNN-description.cypher`);
      }
      const text = readFileSync(join(directory, file), 'utf8');
      return {
        version: Number(match[1]),
        name: match[2],
        checksum: createHash('sha256').update(text).digest('hex'),
        statements: splitStatements(text),
      };
    })
    .sort((a, b) => a.version - b.version);
}

/** Statements end with `;` at the end of a line; `//` comment lines are dropped. */
export function splitStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .split(/;\s*$/m)
    .map((statement) => statement.trim())
    .filter(Boolean);
}

export interface MigrationReport {
  applied: number[];
  current: number;
}

/**
 * Applies the migrations the graph has not seen, in order, recording each one. An applied
 * migration whose file changed since is an error: edit the schema with a new migration instead.
 */
export async function migrate(
  graph: Graph,
  migrations = loadMigrations(),
): Promise<MigrationReport> {
  const done = new Map(
    (await graph.read<{ version: number; checksum: string }>('migrations-applied')).map((row) => [
      row.version,
      row.checksum,
    ]),
  );
  const applied: number[] = [];
  for (const migration of migrations) {
    const checksum = done.get(migration.version);
    if (checksum !== undefined) {
      if (checksum !== migration.checksum) {
        throw new MigrationError(
          `migration ${migration.version}-${migration.name} changed after it was applied; ` +
            'add a new migration instead of editing an applied one',
        );
      }
      continue;
    }
    for (const statement of migration.statements) {
      await graph.runSchemaStatement(statement).catch(ignoreCreatedMeanwhile);
    }
    await graph.write('migration-record', {
      version: neo4j.int(migration.version),
      name: migration.name,
      checksum: migration.checksum,
    });
    applied.push(migration.version);
  }
  return { applied, current: migrations.at(-1)?.version ?? 0 };
}

/**
 * Every schema statement says IF NOT EXISTS, but a process migrating at the same time can create
 * the same index between that check and the commit: then it exists, as the statement wanted.
 */
function ignoreCreatedMeanwhile(error: unknown): void {
  const code = error instanceof Neo4jError ? error.code : '';
  if (code !== 'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists') throw error;
}

/** Whether the graph has every migration of this version of papergraph. */
export async function isMigrated(graph: Graph, migrations = loadMigrations()): Promise<boolean> {
  const [row] = await graph.read<{ version: number | null }>('schema-version');
  return (row?.version ?? 0) >= (migrations.at(-1)?.version ?? 0);
}

/**
 * Waits until every index is online: after a bulk load the indexes are built from the whole
 * graph, and search would miss papers until then. Polls rather than holding one long
 * transaction open. A failed index is an error.
 */
export async function awaitIndexes(graph: Graph, pollMs = 500): Promise<void> {
  for (;;) {
    const pending = await graph.read<{ name: string; state: string }>('indexes-populating');
    const failed = pending.filter(({ state }) => state === 'FAILED');
    if (failed.length > 0) {
      throw new MigrationError(`index(es) failed: ${failed.map(({ name }) => name).join(', ')}`);
    }
    if (pending.length === 0) return;
    await new Promise((wake) => setTimeout(wake, pollMs));
  }
}
