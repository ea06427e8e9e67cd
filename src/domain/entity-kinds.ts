import { repositoryKey } from './keys.js';
import { REPOSITORY_HOSTS, REPOSITORY_KINDS, type RepositoryMention } from './model.js';

/**
 * The kinds of entity extracted from papers, one row each. The GraphQL types, the Cypher label
 * branches (`// each entity kind` blocks in cypher/), ingest's resolver and import files, and the
 * explorer's legend all derive from this table, so a new kind is a row here plus what is truly
 * its own (its extractor, its Pothos file, its lexicon). Pure data: the browser imports it too.
 */
export const ENTITY_KINDS = [
  {
    /** The node label in Neo4j. */
    label: 'Method',
    /** The GraphQL object type, and the type name inside its global ids. */
    typeName: 'Method',
    /** The field listing them on an extraction record, a paper row and a GraphQL Paper. */
    field: 'methods',
    /** The field naming one on a paper's link to it. */
    linkField: 'method',
    /** The relationship from a paper to it. */
    relationship: 'HAS_METHOD',
    /** Its lexicon in data/lexicons (`null`: none). */
    lexicon: 'method',
    /** Roles a paper's link gives it (empty: links carry no role). */
    roles: ['proposed', 'used'],
    /** The key rule: `true`, the entity key of a name or alias (`entityKey`), resolved across
     *  papers; `false`, the repository key of host and full name (`repositoryKeyOf`). */
    named: true,
    /** The explorer's colour and node shape (the shape tells kinds apart without colour). */
    colour: '#f28e2b',
    shape: 'ellipse',
  },
  {
    label: 'Dataset',
    typeName: 'Dataset',
    field: 'datasets',
    linkField: 'dataset',
    relationship: 'HAS_DATASET',
    lexicon: 'dataset',
    roles: ['used', 'introduced'],
    named: true,
    colour: '#59a14f',
    shape: 'barrel',
  },
  {
    label: 'Task',
    typeName: 'Task',
    field: 'tasks',
    linkField: 'task',
    relationship: 'HAS_TASK',
    lexicon: 'task',
    roles: [],
    named: true,
    colour: '#b07aa1',
    shape: 'diamond',
  },
  {
    label: 'Repository',
    typeName: 'Repository',
    field: 'repositories',
    linkField: 'repository',
    relationship: 'HAS_CODE',
    lexicon: null,
    roles: [],
    named: false,
    colour: '#3b3b3b',
    shape: 'hexagon',
  },
] as const;

export type EntityKind = (typeof ENTITY_KINDS)[number];
/** Every entity label. */
export type EntityLabel = EntityKind['label'];
/** The labels of the kinds found by name or alias (methods, datasets, tasks). */
export type NamedLabel = Extract<EntityKind, { named: true }>['label'];

export const ENTITY_LABELS = ENTITY_KINDS.map((kind) => kind.label);
export const NAMED_KINDS = ENTITY_KINDS.filter(
  (kind): kind is Extract<EntityKind, { named: true }> => kind.named,
);
export const NAMED_LABELS = NAMED_KINDS.map((kind) => kind.label);

/**
 * Every relationship type between the things of the graph: a paper's links to each kind, then the
 * rest (alias keys' ALIAS_OF aside: they are an index, see migration 002).
 */
export const RELATIONSHIP_TYPES = [
  ...ENTITY_KINDS.map((kind) => kind.relationship),
  'AUTHORED',
  'REPORTS',
  'ON_DATASET',
  'OF_METHOD',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** Every role a paper's link can have, over all kinds. */
export const LINK_ROLES = [...new Set(ENTITY_KINDS.flatMap((kind) => kind.roles))];

const BY_LABEL = new Map<string, EntityKind>(ENTITY_KINDS.map((kind) => [kind.label, kind]));

/** The row of a label. */
export function entityKind<L extends EntityLabel>(label: L): Extract<EntityKind, { label: L }> {
  return BY_LABEL.get(label) as Extract<EntityKind, { label: L }>;
}

/** The key rule of repositories: host (Hugging Face's per kind of repository) and name. */
export function repositoryKeyOf(mention: Pick<RepositoryMention, 'host' | 'kind' | 'fullName'>) {
  const host = mention.host === 'huggingface' ? `huggingface-${mention.kind}` : mention.host;
  return repositoryKey(host, mention.fullName);
}

/** Every key a repository named `owner/name` may have: one per host (and Hugging Face kind). */
export function repositoryKeysOf(fullName: string): string[] {
  const keys = REPOSITORY_HOSTS.flatMap((host) =>
    REPOSITORY_KINDS.map((kind) => repositoryKeyOf({ host, kind, fullName })),
  );
  return [...new Set(keys)];
}
