import neo4j, { type Integer } from 'neo4j-driver';
import { NAMED_KINDS } from '../domain/entity-kinds.js';
import type {
  DatasetMention,
  EntityMention,
  MethodMention,
  Provenance,
  RepositoryMention,
  ResultMention,
  TaskMention,
} from '../domain/model.js';
import type { QueryName } from './cypher.js';
import type { Graph, Params } from './driver.js';
import { writeChange } from './graph-version.js';

/** An entity mention after resolution: `key` is the entity it was resolved to. */
export type Resolved<T> = T & { key: string; keys: string[] };

/** One paper and everything extracted from it, ready to be written. */
export interface PaperWrite {
  id: string;
  title: string;
  abstract: string;
  url?: string;
  arxivId?: string;
  doi?: string;
  published?: string;
  authors: Array<{ key: string; name: string }>;
  contentHash: string;
  extractorVersion: string;
  methods: Resolved<MethodMention>[];
  datasets: Resolved<DatasetMention>[];
  tasks: Resolved<TaskMention>[];
  repositories: Array<RepositoryMention & { key: string }>;
  results: Array<ResultMention & { dataset: string; datasetKey: string; methodKey: string | null }>;
}

export type StoredPaperState = {
  contentHash: string | null;
  extractorVersion: string | null;
};

export interface WriteCounts {
  nodesCreated: number;
  relationshipsCreated: number;
}

/**
 * Where ingest puts prepared papers: the graph, in transactions (`graphSink`), or files for
 * Neo4j's offline importer (`ImportFiles`).
 */
export interface PaperSink {
  /** What the sink already holds of the given papers, by id; absent ids are new papers. */
  storedStates(ids: string[]): Promise<Map<string, StoredPaperState>>;
  write(papers: PaperWrite[]): Promise<WriteCounts>;
}

export function graphSink(graph: Graph): PaperSink {
  return {
    storedStates: (ids) => storedPaperStates(graph, ids),
    write: (papers) => writePapers(graph, papers),
  };
}

/** What the graph holds of the given papers, by id; absent ids are new papers. */
export async function storedPaperStates(
  graph: Graph,
  ids: string[],
): Promise<Map<string, StoredPaperState>> {
  const rows = await graph.read<StoredPaperState & { id: string }>('papers-state', { ids });
  return new Map(rows.map(({ id, ...state }) => [id, state]));
}

/**
 * Writes papers with all their edges in ONE transaction, which also moves the graph version:
 * each paper's earlier extraction is replaced, never half-written. Rerunning it with the same
 * input leaves the same graph.
 */
export function writePapers(graph: Graph, papers: PaperWrite[]): Promise<WriteCounts> {
  return writeChange(
    graph,
    async (tx) => {
      const counts: WriteCounts = { nodesCreated: 0, relationshipsCreated: 0 };
      const run = async (name: QueryName, params: Params) => {
        const updates = await graph.exec(tx, name, params);
        counts.nodesCreated += updates.nodesCreated;
        counts.relationshipsCreated += updates.relationshipsCreated;
      };
      await run(
        'entities-merge',
        Object.fromEntries(
          NAMED_KINDS.map(({ field }) => [
            field,
            entitiesWithAliases(papers.flatMap((p) => p[field] as Resolved<EntityMention>[])),
          ]),
        ),
      );
      await run('papers-write', { papers: papers.map(paperWriteRow) });
      return counts;
    },
    'write-papers',
  );
}

/**
 * One row per entity that its mentions give aliases or keys beyond its own key, with all of
 * them and the first mention's name. The rest need no row: linking merges them by key.
 */
export function entitiesWithAliases(
  mentions: Resolved<EntityMention>[],
): Array<{ key: string; name: string; aliases: string[]; keys: string[] }> {
  const entities = new Map<string, { name: string; aliases: Set<string>; keys: Set<string> }>();
  for (const { key, name, aliases, keys } of mentions) {
    const entity = entities.get(key) ?? { name, aliases: new Set(), keys: new Set() };
    entities.set(key, entity);
    for (const alias of aliases) entity.aliases.add(alias);
    for (const other of keys) entity.keys.add(other);
  }
  return [...entities]
    .filter(([key, { aliases, keys }]) => aliases.size > 0 || [...keys].some((k) => k !== key))
    .map(([key, { name, aliases, keys }]) => ({
      key,
      name,
      aliases: [...aliases],
      keys: [...keys],
    }));
}

/** The provenance every extracted edge carries, as stored. */
export interface EdgeRow {
  evidence: string;
  field: string;
  start: Integer;
  end: Integer;
  rule: string;
  confidence: number;
  extractorVersion: string;
  role?: string;
}

type LinkWriteRow<Fields> = Fields & { key: string; edge: EdgeRow };

/** A paper as papers-write takes it; the offline import files are written from the same rows. */
export interface PaperWriteRow {
  id: string;
  published: string | null;
  properties: {
    title: string;
    abstract: string;
    url: string | null;
    arxivId: string | null;
    doi: string | null;
    contentHash: string;
    extractorVersion: string;
  };
  methods: LinkWriteRow<{ name: string }>[];
  datasets: LinkWriteRow<{ name: string }>[];
  tasks: LinkWriteRow<{ name: string }>[];
  repositories: LinkWriteRow<Pick<RepositoryMention, 'fullName' | 'host' | 'kind' | 'url'>>[];
  authors: Array<{ key: string; name: string; position: Integer }>;
  results: Array<{
    id: string;
    dataset: string;
    datasetKey: string;
    method: string | null;
    methodKey: string | null;
    metric: string;
    value: number;
    raw: string;
    edge: EdgeRow;
  }>;
}

/** A paper's links to one kind of entity: one per entity, from its first mention. */
function links<T extends Provenance & { key: string }, Fields>(
  p: PaperWrite,
  mentions: T[],
  fields: (mention: T) => Fields,
  edgeProperties: (mention: T) => Partial<EdgeRow> = () => ({}),
): LinkWriteRow<Fields>[] {
  return uniqueBy(mentions).map((mention) => ({
    key: mention.key,
    ...fields(mention),
    edge: { ...edge(mention, p), ...edgeProperties(mention) },
  }));
}

/** The rows with distinct keys, the first of each kept. */
function uniqueBy<T extends { key: string }>(rows: T[]): T[] {
  const unique = new Map<string, T>();
  for (const row of rows) if (!unique.has(row.key)) unique.set(row.key, row);
  return [...unique.values()];
}

export function paperWriteRow(p: PaperWrite): PaperWriteRow {
  const named = (mention: { name: string }) => ({ name: mention.name });
  return {
    id: p.id,
    published: p.published ?? null,
    properties: {
      title: p.title,
      abstract: p.abstract,
      url: p.url ?? null,
      arxivId: p.arxivId ?? null,
      doi: p.doi ?? null,
      contentHash: p.contentHash,
      extractorVersion: p.extractorVersion,
    },
    methods: links(p, p.methods, named, (m) => ({ role: m.role })),
    datasets: links(p, p.datasets, named, (d) => ({ role: d.role })),
    tasks: links(p, p.tasks, named),
    repositories: links(p, p.repositories, ({ fullName, host, kind, url }) => ({
      fullName,
      host,
      kind,
      url,
    })),
    authors: uniqueBy(
      p.authors.map((author, position) => ({ ...author, position: neo4j.int(position) })),
    ),
    results: p.results.map((r, index) => ({
      id: `${p.id}#result-${index}`,
      dataset: r.dataset,
      datasetKey: r.datasetKey,
      method: r.method,
      methodKey: r.methodKey,
      metric: r.metric,
      value: r.value,
      raw: r.raw,
      edge: edge(r, p),
    })),
  };
}

/** The provenance every extracted edge carries. */
function edge(source: Provenance, p: PaperWrite): EdgeRow {
  return {
    evidence: source.evidence,
    field: source.field,
    start: neo4j.int(source.start),
    end: neo4j.int(source.end),
    rule: source.rule,
    confidence: source.confidence,
    extractorVersion: p.extractorVersion,
  };
}
