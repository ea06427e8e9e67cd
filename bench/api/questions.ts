/**
 * The questions the API benchmark asks, each as the three servers are asked it (papergraph by
 * name, the peer and the floor by key, as their users would), with a normaliser per server that
 * turns its answer into one shape, so that the answers can be compared.
 */
import type { Driver } from 'neo4j-driver';
import { metricOf } from '../../src/domain/metrics.js';
import { luceneQuery } from '../../src/schema/search.js';
import { readBench } from '../shared/cypher.js';
import type { ServerName } from './servers.js';

// biome-ignore lint/suspicious/noExplicitAny: normalisers walk whatever the operation selected
export type Json = any;

export interface Operation {
  query: string;
  variables: Record<string, unknown>;
}

/** The questions, in the order the benchmark asks them. */
export const QUESTION_IDS = [
  'dataset-papers-methods',
  'method-datasets',
  'paper',
  'dataset-papers-methods-papers',
  'task-papers',
  'search-prefix',
] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

export interface Question {
  id: QuestionId;
  title: string;
  ask: Record<ServerName, Operation>;
  /** Each server's `data` as the one shape all three must give. */
  normalise: Record<ServerName, (data: Json) => unknown>;
}

/** The entities the questions are about, picked from the loaded graph. */
export interface Picks {
  dataset: { key: string; name: string };
  method: { key: string; name: string };
  task: { key: string; name: string };
  paper: { id: string };
  /** What a user has typed so far into a search box. */
  prefix: string;
}

/** Mid-frequency entities (about √papers papers each), a fully linked paper, a name's start. */
export async function pickEntities(driver: Driver, database: string): Promise<Picks> {
  const entity = async (label: string) => {
    const [row] = await readBench(driver, database, 'pick-entity', { label });
    if (!row) throw new Error(`the graph has no ${label}`);
    return { key: row.key as string, name: row.name as string };
  };
  const [paper] = await readBench(driver, database, 'pick-paper', {});
  if (!paper) throw new Error('the graph has no paper with every kind of link');
  const dataset = await entity('Dataset');
  const firstWord = dataset.name.toLowerCase().match(/[\p{L}\p{N}]+/u)?.[0] ?? dataset.name;
  return {
    dataset,
    method: await entity('Method'),
    task: await entity('Task'),
    paper: { id: paper.id as string },
    prefix: firstWord.slice(0, 3),
  };
}

/**
 * How papergraph's results name their metric, the one selection that follows its schema: the
 * selection asked for and how the answer reads it.
 */
// papergraph names a result's metric as the metric lexicon folds it (`PPL` is perplexity); the
// peer and the floor read the stored spelling, which the same fold makes comparable.
const RESULT_METRIC = {
  selection: 'metric { name }',
  read: (result: Json): string => result.metric.name,
};
const storedMetric = (written: string) => metricOf(written).name;

/** JSON with every object's keys sorted, so that equal answers give equal text. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}

/** A list whose order the question leaves open (a paper's links), in one order for comparing. */
function unordered<T>(items: T[]): T[] {
  return items
    .map((item) => [canonical(item), item] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, item]) => item);
}

const role = (value: string | null | undefined) => value?.toUpperCase() ?? null;
const edgesOf = (connection: Json): Json[] => connection.edges;
const nodesOf = (connection: Json): Json[] => connection.edges.map((edge: Json) => edge.node);
/** papergraph calls a paper's key `key`. */
const paperOf = (p: Json) => ({ id: p.key, title: p.title });
/** papergraph's dataset with its papers, each shaped by `paper`. */
const datasetOf = (dataset: Json, paper: (p: Json) => Json) => ({
  name: dataset.name,
  papers: nodesOf(dataset.papers).map(paper),
});
/** The peer answers a lookup by key with a list of at most one. */
const only = (list: Json[]): Json => list[0] ?? null;
/** The peer's dataset with its papers, each shaped by `paper`. */
const peerDatasetOf = (datasets: Json[], paper: (p: Json) => Json) => {
  const dataset = only(datasets);
  return {
    name: dataset.name,
    papers: nodesOf(dataset.papersConnection).map((p) => ({
      id: p.id,
      title: p.title,
      ...paper(p),
    })),
  };
};

/** Newest papers first: the peer sorts by the same keys papergraph's cursors use. */
const NEWEST = '[{node: {published: DESC}}, {node: {id: DESC}}]';

const PAPERS = 10;
const DATASETS = 10;
const NESTED_PAPERS = 5;
const TASK_PAPERS = 20;
const HITS = 10;
const SEARCH_TYPES = ['Method', 'Dataset', 'Task'];

export function questions(picks: Picks): Question[] {
  const byName = (entity: { name: string }) => ({ name: entity.name });
  const byKey = (entity: { key: string }) => ({ key: entity.key });
  const lucene = luceneQuery(picks.prefix, 'prefix');
  return [
    {
      id: 'dataset-papers-methods',
      title: `dataset → ${PAPERS} newest papers → their methods`,
      ask: {
        papergraph: {
          query: `query ($name: String!) { dataset(name: $name) { name papers(first: ${PAPERS}) {
            edges { node { key title published methods { role method { name } } } } } } }`,
          variables: byName(picks.dataset),
        },
        peer: {
          query: `query ($key: String!) { datasets(where: {key: {eq: $key}}) { name
            papersConnection(first: ${PAPERS}, sort: ${NEWEST}) { edges { node { id title published
              methodsConnection { edges { properties { role } node { name } } } } } } } }`,
          variables: byKey(picks.dataset),
        },
        floor: {
          query: `query ($key: String!) { datasetPapers(key: $key, first: ${PAPERS}) { name
            papers { id title published methods { name role } } } }`,
          variables: byKey(picks.dataset),
        },
      },
      normalise: {
        papergraph: ({ dataset }) =>
          datasetOf(dataset, (p) => ({
            ...paperOf(p),
            published: p.published,
            methods: unordered(p.methods.map((m: Json) => ({ name: m.method.name, role: m.role }))),
          })),
        peer: ({ datasets }) =>
          peerDatasetOf(datasets, (p) => ({
            published: p.published,
            methods: unordered(
              edgesOf(p.methodsConnection).map((e) => ({
                name: e.node.name,
                role: role(e.properties.role),
              })),
            ),
          })),
        floor: ({ datasetPapers }) => ({
          name: datasetPapers.name,
          papers: datasetPapers.papers.map((p: Json) => ({
            id: p.id,
            title: p.title,
            published: p.published,
            methods: unordered(p.methods.map((m: Json) => ({ name: m.name, role: role(m.role) }))),
          })),
        }),
      },
    },
    {
      id: 'method-datasets',
      title: `method → datasets of its papers with counts (${DATASETS})`,
      ask: {
        papergraph: {
          query: `query ($name: String!) { method(name: $name) {
            datasets(first: ${DATASETS}) { edges { paperCount node { name } } } } }`,
          variables: byName(picks.method),
        },
        peer: {
          query: `query ($key: String!) { methods(where: {key: {eq: $key}}) {
            datasetCounts(first: ${DATASETS}) { name paperCount } } }`,
          variables: byKey(picks.method),
        },
        floor: {
          query: `query ($key: String!) { methodDatasets(key: $key, first: ${DATASETS}) {
            name paperCount } }`,
          variables: byKey(picks.method),
        },
      },
      normalise: {
        papergraph: ({ method }) =>
          edgesOf(method.datasets).map((e) => ({ name: e.node.name, paperCount: e.paperCount })),
        peer: ({ methods }) => only(methods).datasetCounts,
        floor: ({ methodDatasets }) => methodDatasets,
      },
    },
    paperQuestion(picks.paper.id),
    {
      id: 'dataset-papers-methods-papers',
      title: `dataset → ${NESTED_PAPERS} papers → methods → their ${NESTED_PAPERS} newest papers`,
      ask: {
        papergraph: {
          query: `query ($name: String!) { dataset(name: $name) { name
            papers(first: ${NESTED_PAPERS}) { edges { node { key title methods { method { name
              papers(first: ${NESTED_PAPERS}) { edges { node { key title } } } } } } } } } }`,
          variables: byName(picks.dataset),
        },
        peer: {
          query: `query ($key: String!) { datasets(where: {key: {eq: $key}}) { name
            papersConnection(first: ${NESTED_PAPERS}, sort: ${NEWEST}) { edges { node { id title
              methodsConnection { edges { node { name
                papersConnection(first: ${NESTED_PAPERS}, sort: ${NEWEST}) {
                  edges { node { id title } } } } } } } } } } }`,
          variables: byKey(picks.dataset),
        },
        floor: {
          query: `query ($key: String!) { datasetPapersMethodsPapers(key: $key,
            first: ${NESTED_PAPERS}, methodPapers: ${NESTED_PAPERS}) { name
              papers { id title methods { name papers { id title } } } } }`,
          variables: byKey(picks.dataset),
        },
      },
      normalise: {
        papergraph: ({ dataset }) =>
          datasetOf(dataset, (p) => ({
            ...paperOf(p),
            methods: unordered(
              p.methods.map(({ method }: Json) => ({
                name: method.name,
                papers: nodesOf(method.papers).map(paperOf),
              })),
            ),
          })),
        peer: ({ datasets }) =>
          peerDatasetOf(datasets, (p) => ({
            methods: unordered(
              nodesOf(p.methodsConnection).map((m) => ({
                name: m.name,
                papers: nodesOf(m.papersConnection),
              })),
            ),
          })),
        floor: ({ datasetPapersMethodsPapers: dataset }) => ({
          name: dataset.name,
          papers: dataset.papers.map((p: Json) => ({
            id: p.id,
            title: p.title,
            methods: unordered(p.methods),
          })),
        }),
      },
    },
    {
      id: 'task-papers',
      title: `${TASK_PAPERS} newest papers of a task, with totalCount`,
      ask: {
        papergraph: {
          query: `query ($name: String!) { papers(first: ${TASK_PAPERS}, where: {task: $name}) {
            totalCount edges { node { key title published } } } }`,
          variables: byName(picks.task),
        },
        peer: {
          query: `query ($key: String!) { papersConnection(first: ${TASK_PAPERS},
            where: {tasks: {some: {key: {eq: $key}}}}, sort: [{published: DESC}, {id: DESC}]) {
              totalCount edges { node { id title published } } } }`,
          variables: byKey(picks.task),
        },
        floor: {
          query: `query ($key: String!) { taskPapers(key: $key, first: ${TASK_PAPERS}) {
            totalCount papers { id title published } } }`,
          variables: byKey(picks.task),
        },
      },
      normalise: {
        papergraph: ({ papers }) => ({
          totalCount: papers.totalCount,
          papers: nodesOf(papers).map((p) => ({ ...paperOf(p), published: p.published })),
        }),
        peer: ({ papersConnection }) => ({
          totalCount: papersConnection.totalCount,
          papers: nodesOf(papersConnection),
        }),
        floor: ({ taskPapers }) => taskPapers,
      },
    },
    {
      id: 'search-prefix',
      title: `search as you type: "${picks.prefix}" over entity names (${HITS})`,
      ask: {
        papergraph: {
          query: `query ($prefix: String!) { search(query: $prefix, types: [METHOD, DATASET, TASK],
            first: ${HITS}) { edges { type label } } }`,
          variables: { prefix: picks.prefix },
        },
        peer: {
          query: `query ($query: String!, $types: [String!]!) {
            searchEntities(query: $query, types: $types, first: ${HITS}) { type name } }`,
          variables: { query: lucene, types: SEARCH_TYPES },
        },
        floor: {
          query: `query ($query: String!, $types: [String!]!) {
            searchEntities(query: $query, types: $types, first: ${HITS}) { type name } }`,
          variables: { query: lucene, types: SEARCH_TYPES },
        },
      },
      normalise: {
        papergraph: ({ search }) => edgesOf(search).map((e) => ({ type: e.type, name: e.label })),
        peer: ({ searchEntities }) =>
          searchEntities.map((hit: Json) => ({ type: hit.type.toUpperCase(), name: hit.name })),
        floor: ({ searchEntities }) =>
          searchEntities.map((hit: Json) => ({ type: hit.type.toUpperCase(), name: hit.name })),
      },
    },
  ];
}

/** Everything about one paper: its text, authors in order, links with provenance, code, results. */
function paperQuestion(id: string): Question {
  const provenance = 'rule confidence evidence';
  const link = (name: string, r: Json, p: Json) => ({
    name,
    role: role(r.role),
    rule: p.rule,
    confidence: p.confidence,
    evidence: p.evidence,
  });
  const text = (paper: Json, idField: string) => ({
    id: paper[idField],
    title: paper.title,
    abstract: paper.abstract,
    url: paper.url,
    arxivId: paper.arxivId,
    published: paper.published,
  });
  const result = (metric: string, r: Json, dataset: string, method: string | null) => ({
    metric,
    value: r.value,
    raw: r.raw,
    dataset,
    method,
  });
  return {
    id: 'paper',
    title: 'paper → everything about it',
    ask: {
      papergraph: {
        query: `query ($id: String!) { paper(id: $id) { key title abstract url arxivId published
          authors { name }
          methods { role method { name } provenance { ${provenance} } }
          datasets { role dataset { name } provenance { ${provenance} } }
          tasks { task { name } provenance { rule } }
          repositories { repository { fullName url } }
          results { ${RESULT_METRIC.selection} value raw dataset { name } method { name } } } }`,
        variables: { id },
      },
      peer: {
        query: `query ($id: ID!) { papers(where: {id: {eq: $id}}) { id title abstract url arxivId
          published
          authorsConnection(sort: [{edge: {position: ASC}}]) { edges { node { name } } }
          methodsConnection { edges { properties { role ${provenance} } node { name } } }
          datasetsConnection { edges { properties { role ${provenance} } node { name } } }
          tasksConnection { edges { properties { rule } node { name } } }
          repositories { fullName url }
          results { metric value raw dataset { name } method { name } } } }`,
        variables: { id },
      },
      floor: {
        query: `query ($id: String!) { paper(id: $id) { id title abstract url arxivId published
          authors
          methods { name role ${provenance} }
          datasets { name role ${provenance} }
          tasks { name rule }
          repositories { fullName url }
          results { metric value raw dataset method } } }`,
        variables: { id },
      },
    },
    normalise: {
      papergraph: ({ paper }) => ({
        ...text(paper, 'key'),
        authors: paper.authors.map((a: Json) => a.name),
        methods: unordered(paper.methods.map((m: Json) => link(m.method.name, m, m.provenance))),
        datasets: unordered(paper.datasets.map((d: Json) => link(d.dataset.name, d, d.provenance))),
        tasks: unordered(
          paper.tasks.map((t: Json) => ({ name: t.task.name, rule: t.provenance.rule })),
        ),
        repositories: unordered(paper.repositories.map((r: Json) => r.repository)),
        results: unordered(
          paper.results.map((r: Json) =>
            result(RESULT_METRIC.read(r), r, r.dataset.name, r.method?.name ?? null),
          ),
        ),
      }),
      peer: ({ papers }) => {
        const paper = only(papers);
        const links = (connection: Json) =>
          unordered(edgesOf(connection).map((e) => link(e.node.name, e.properties, e.properties)));
        return {
          ...text(paper, 'id'),
          authors: nodesOf(paper.authorsConnection).map((a) => a.name),
          methods: links(paper.methodsConnection),
          datasets: links(paper.datasetsConnection),
          tasks: unordered(
            edgesOf(paper.tasksConnection).map((e) => ({
              name: e.node.name,
              rule: e.properties.rule,
            })),
          ),
          repositories: unordered(paper.repositories),
          results: unordered(
            paper.results.map((r: Json) =>
              result(storedMetric(r.metric), r, only(r.dataset).name, only(r.method)?.name ?? null),
            ),
          ),
        };
      },
      floor: ({ paper }) => ({
        ...text(paper, 'id'),
        authors: paper.authors,
        methods: unordered(paper.methods.map((m: Json) => link(m.name, m, m))),
        datasets: unordered(paper.datasets.map((d: Json) => link(d.name, d, d))),
        tasks: unordered(paper.tasks),
        repositories: unordered(paper.repositories),
        results: unordered(
          paper.results.map((r: Json) => result(storedMetric(r.metric), r, r.dataset, r.method)),
        ),
      }),
    },
  };
}
