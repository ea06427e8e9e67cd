import neo4j from 'neo4j-driver';
import type { QueryName } from './cypher.js';
import type { Graph, Params } from './driver.js';
import type {
  DatasetMention,
  MethodMention,
  Provenance,
  RepositoryMention,
  ResultMention,
  TaskMention,
} from './model.js';

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
  results: Array<ResultMention & { datasetKey: string; methodKey: string | null }>;
}

export type StoredPaperState = {
  contentHash: string | null;
  extractorVersion: string | null;
};

export interface WriteCounts {
  nodesCreated: number;
  relationshipsCreated: number;
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
 * Writes papers with all their edges in ONE transaction: each paper's earlier extraction is
 * replaced, never half-written. Rerunning it with the same input leaves the same graph.
 */
export function writePapers(graph: Graph, papers: PaperWrite[]): Promise<WriteCounts> {
  return graph.writeTx(async (tx) => {
    const counts: WriteCounts = { nodesCreated: 0, relationshipsCreated: 0 };
    const run = async (name: QueryName, params: Params) => {
      const updates = await graph.exec(tx, name, params);
      counts.nodesCreated += updates.nodesCreated;
      counts.relationshipsCreated += updates.relationshipsCreated;
    };
    await run('papers-upsert', { papers: papers.map(paperRow) });
    await run(
      'paper-methods-merge',
      linkRows(
        papers,
        (p) => p.methods,
        entityRow,
        (m) => ({ role: m.role }),
      ),
    );
    await run(
      'paper-datasets-merge',
      linkRows(
        papers,
        (p) => p.datasets,
        entityRow,
        (d) => ({ role: d.role }),
      ),
    );
    await run(
      'paper-tasks-merge',
      linkRows(papers, (p) => p.tasks, entityRow),
    );
    await run(
      'paper-repositories-merge',
      linkRows(
        papers,
        (p) => p.repositories,
        ({ key, fullName, host, kind, url }) => ({
          key,
          fullName,
          host,
          kind,
          url,
        }),
      ),
    );
    const authors = papers.flatMap((p) => p.authors.map((a, position) => ({ p, a, position })));
    await run('paper-authors-merge', {
      entities: uniqueBy(authors.map(({ a }) => a)),
      edges: uniqueBy(
        authors.map(({ p, a, position }) => ({
          paperId: p.id,
          key: a.key,
          position: neo4j.int(position),
        })),
        (edge) => `${edge.paperId} ${edge.key}`,
      ),
    });
    await run('paper-results-merge', {
      rows: papers.flatMap((p) =>
        p.results.map((r, index) => ({
          paperId: p.id,
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
      ),
    });
    return counts;
  }, 'write-papers');
}

/**
 * The rows of a paper→entity statement: each entity once per batch (with every alias and key
 * its mentions brought), and one edge per paper and entity, from the entity's first mention.
 */
function linkRows<T extends Provenance & { key: string }>(
  papers: PaperWrite[],
  mentionsOf: (paper: PaperWrite) => T[],
  entity: (mention: T) => Params & { key: string },
  edgeProperties: (mention: T) => Params = () => ({}),
): { entities: Params[]; edges: Params[] } {
  const entities = new Map<string, Params & { key: string }>();
  const edges = new Map<string, Params>();
  for (const paper of papers) {
    for (const mention of mentionsOf(paper)) {
      const row = entity(mention);
      const known = entities.get(row.key);
      if (!known) entities.set(row.key, row);
      else if (Array.isArray(known.aliases) && Array.isArray(row.aliases)) {
        known.aliases = [...new Set([...known.aliases, ...row.aliases])];
        known.keys = [...new Set([...(known.keys as string[]), ...(row.keys as string[])])];
      }
      const edgeKey = `${paper.id} ${row.key}`;
      if (!edges.has(edgeKey)) {
        edges.set(edgeKey, {
          paperId: paper.id,
          key: row.key,
          edge: { ...edge(mention, paper), ...edgeProperties(mention) },
        });
      }
    }
  }
  return { entities: [...entities.values()], edges: [...edges.values()] };
}

/** The rows with distinct keys, the first of each kept. */
function uniqueBy<T extends { key: string }>(
  rows: T[],
  keyOf: (row: T) => string = (row) => row.key,
): T[] {
  const unique = new Map<string, T>();
  for (const row of rows) if (!unique.has(keyOf(row))) unique.set(keyOf(row), row);
  return [...unique.values()];
}

function paperRow(p: PaperWrite): Params {
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
  };
}

function entityRow(mention: Resolved<MethodMention | DatasetMention | TaskMention>) {
  return { key: mention.key, keys: mention.keys, name: mention.name, aliases: mention.aliases };
}

/** The provenance every extracted edge carries. */
function edge(source: Provenance, p: PaperWrite): Params {
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
