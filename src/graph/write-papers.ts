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
    await runRows(run, 'paper-methods-merge', papers, (p) =>
      p.methods.map((m) => ({ ...entityRow(p, m), edge: { ...edge(m, p), role: m.role } })),
    );
    await runRows(run, 'paper-datasets-merge', papers, (p) =>
      p.datasets.map((d) => ({ ...entityRow(p, d), edge: { ...edge(d, p), role: d.role } })),
    );
    await runRows(run, 'paper-tasks-merge', papers, (p) =>
      p.tasks.map((t) => ({ ...entityRow(p, t), edge: edge(t, p) })),
    );
    await runRows(run, 'paper-repositories-merge', papers, (p) =>
      p.repositories.map((r) => ({
        paperId: p.id,
        key: r.key,
        fullName: r.fullName,
        host: r.host,
        kind: r.kind,
        url: r.url,
        edge: edge(r, p),
      })),
    );
    await runRows(run, 'paper-authors-merge', papers, (p) =>
      p.authors.map((a, position) => ({ paperId: p.id, ...a, position: neo4j.int(position) })),
    );
    await runRows(run, 'paper-results-merge', papers, (p) =>
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
    );
    return counts;
  }, 'write-papers');
}

async function runRows(
  run: (name: QueryName, params: Params) => Promise<void>,
  name: QueryName,
  papers: PaperWrite[],
  rowsOf: (paper: PaperWrite) => Params[],
): Promise<void> {
  const rows = papers.flatMap(rowsOf);
  if (rows.length > 0) await run(name, { rows });
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

function entityRow(p: PaperWrite, mention: Resolved<MethodMention | DatasetMention | TaskMention>) {
  return {
    paperId: p.id,
    key: mention.key,
    keys: mention.keys,
    name: mention.name,
    aliases: mention.aliases,
  };
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
