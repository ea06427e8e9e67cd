import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Where every Cypher statement of the project lives, one per file, named for what it answers. */
export const cypherDirectory = fileURLToPath(new URL('../../cypher/', import.meta.url));

/** The registry: every query the code may run, by file name (without `.cypher`). */
export const QUERY_NAMES = [
  'ping',
  'migrations-applied',
  'migration-record',
  'graph-stats',
  'papers-state',
  'entities-merge',
  'papers-write',
  'entity-keys',
  'papers-by-id',
  'authors-by-key',
  'entities-by-key',
  'entity-by-name',
  'entity-papers',
  'entity-paper-counts',
  'entity-cooccurrence',
  'paper-links',
  'paper-authors',
  'paper-results',
  'repository-by-name',
  'schema-version',
  'leaderboard',
  'search',
  'entity-connections',
  'merge-methods',
  'merge-datasets',
  'merge-tasks',
  'paper-delete',
  'related-methods',
  'top-entities',
  'papers-where',
  'papers-where-count',
  'paper-text-search',
  'papers-exist',
  'graph-has-data',
  'indexes-populating',
] as const;

export type QueryName = (typeof QUERY_NAMES)[number];

let registry: Map<QueryName, string> | undefined;

/** The text of a named query; all files are read once, on first use, and must all exist. */
export function queryText(name: QueryName): string {
  registry ??= loadRegistry();
  return registry.get(name) as string;
}

function loadRegistry(): Map<QueryName, string> {
  const onDisk = new Set(readdirSync(cypherDirectory).filter((file) => file.endsWith('.cypher')));
  const missing = QUERY_NAMES.filter((name) => !onDisk.has(`${name}.cypher`));
  if (missing.length > 0) {
    throw new Error(`missing Cypher files in ${cypherDirectory}: ${missing.join(', ')}`);
  }
  return new Map(
    QUERY_NAMES.map((name) => [name, readFileSync(`${cypherDirectory}${name}.cypher`, 'utf8')]),
  );
}
