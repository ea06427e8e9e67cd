import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ENTITY_KINDS, type EntityKind, NAMED_KINDS } from '../domain/entity-kinds.js';

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
  'entity-paper-periods',
  'entity-cooccurrence',
  'paper-links',
  'paper-authors',
  'paper-results',
  'results-by-id',
  'repository-by-name',
  'schema-version',
  'evaluation-metrics',
  'evaluation-ranking',
  'search',
  'entity-connections',
  'entities-fold',
  'paper-delete',
  'related-methods',
  'entity-list',
  'author-papers',
  'papers-where',
  'paper-text-search',
  'papers-exist',
  'graph-has-data',
  'indexes-populating',
  'graph-version',
  'graph-version-bump',
] as const;

export type QueryName = (typeof QUERY_NAMES)[number];

let registry: Map<QueryName, string> | undefined;

/** The text of a named query; all files are read once, on first use, and must all exist. */
export function queryText(name: QueryName): string {
  registry ??= loadRegistry();
  return registry.get(name) as string;
}

function loadRegistry(): Map<QueryName, string> {
  return readStatements(cypherDirectory, QUERY_NAMES);
}

/**
 * The statements `names` of a directory of `.cypher` files (one statement per file, named for
 * what it answers), their entity-kind blocks expanded; every one must exist.
 */
export function readStatements<Name extends string>(
  directory: string,
  names: readonly Name[],
): Map<Name, string> {
  const onDisk = new Set(readdirSync(directory).filter((file) => file.endsWith('.cypher')));
  const missing = names.filter((name) => !onDisk.has(`${name}.cypher`));
  if (missing.length > 0) {
    throw new Error(`missing Cypher files in ${directory}: ${missing.join(', ')}`);
  }
  return new Map(
    names.map((name) => [name, expandKinds(readFileSync(`${directory}${name}.cypher`, 'utf8'))]),
  );
}

const KIND_SETS: Record<string, readonly EntityKind[]> = {
  'entity kind': ENTITY_KINDS,
  'named kind': NAMED_KINDS,
};

const BLOCK =
  /^([ \t]*)\/\/ each (entity kind|named kind)(?:, joined by ([A-Z ]+))?\n([\s\S]*?)^[ \t]*\/\/ end each\n/gm;

/**
 * Labels and relationship types cannot be parameters without losing their indexes (Neo4j 5.26
 * plans dynamic labels as a scan of all nodes), so a statement that serves every kind holds one
 * branch per kind: the lines between `// each entity kind` (or `named kind`, optionally
 * `, joined by UNION`) and `// end each` are repeated for each row of ENTITY_KINDS, with
 * `{{label}}`, `{{relationship}}` and `{{field}}` filled in from the row. The text comes from
 * that table, never from input.
 */
export function expandKinds(text: string): string {
  return text.replace(BLOCK, (_block, indent: string, set: string, joiner: string, body: string) =>
    (KIND_SETS[set] ?? [])
      .map((kind) =>
        body
          .replaceAll('{{label}}', kind.label)
          .replaceAll('{{relationship}}', kind.relationship)
          .replaceAll('{{field}}', kind.field),
      )
      .join(joiner ? `${indent}${joiner}\n` : ''),
  );
}
