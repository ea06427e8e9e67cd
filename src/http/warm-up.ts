import type { YogaServerInstance } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { Graph } from '../graph/driver.js';
import type { Context } from '../schema/builder.js';

/**
 * What a reader's first views ask, asked once as the server starts: Neo4j plans a statement the
 * first time it meets its text with those parameter types (0.1-0.8 s a statement on a 2-core
 * machine), so without this the first home view and the first expansion wait for the planner.
 * Lists are asked without and then with a cursor, since those are two plans. Names are looked
 * up by an alias that exists: the first lookup to find one costs Neo4j about 90 ms more here
 * than the next, however often it has run without finding one.
 */
const HOME = /* GraphQL */ `
  query WarmUpHome($name: String!) {
    papers(first: 8) {
      totalCount
      edges { node { id title published authors { name } repositories { repository { id } } } }
    }
    datasets(first: 6) { totalCount edges { paperCount node { ...Listed } } }
    methods(first: 6) { totalCount edges { paperCount node { ...Listed } } }
    tasks(first: 6) { totalCount edges { paperCount node { ...Listed } } }
    repositories(first: 1) { totalCount edges { node { id } } }
    authors(first: 1) { totalCount edges { node { id } } }
    search(query: $name, first: 8) {
      edges { label node { __typename id ... on Entity { aliases papers(first: 0) { totalCount } } } }
    }
  }
  fragment Listed on Entity { id name aliases paperCounts(period: MONTH) { period count } }
`;

const NAMES = /* GraphQL */ `
  query WarmUpNames($method: String!, $dataset: String!) {
    method(name: $method) { id }
    dataset(name: $dataset) { id }
  }
`;

const SHARED =
  'totalCount pageInfo { endCursor } edges { paperCount node { id name } papers { id } }';
const PAPERS = `totalCount pageInfo { endCursor }
  edges { provenance { confidence } node { id title published repositories { repository { id } } } }`;

const NODE = /* GraphQL */ `
  query WarmUpNode($id: ID!, $methodsAfter: String, $datasetsAfter: String,
                   $tasksAfter: String, $papersAfter: String) {
    node(id: $id) {
      id
      ... on Entity { name aliases paperCounts(period: YEAR) { period count } }
      ... on Dataset {
        papers(first: 40, after: $papersAfter) { ${PAPERS} edges { datasetRole: role } }
        methods(first: 25, after: $methodsAfter) { ${SHARED} }
        tasks(first: 25, after: $tasksAfter) { ${SHARED} }
        evaluations(first: 10) {
          edges { node { metric { name } ranking(first: 20) { edges { rank node { raw method { id } paper { id } } } } } }
        }
      }
      ... on Method {
        papers(first: 40, after: $papersAfter) { ${PAPERS} edges { methodRole: role } }
        datasets(first: 25, after: $datasetsAfter) { ${SHARED} }
        tasks(first: 25, after: $tasksAfter) { ${SHARED} }
      }
      ... on Task {
        papers(first: 40, after: $papersAfter) { totalCount pageInfo { endCursor } edges { node { id } } }
        datasets(first: 25, after: $datasetsAfter) { ${SHARED} }
        methods(first: 25, after: $methodsAfter) { ${SHARED} }
      }
      ... on Paper {
        title abstract authors { name }
        paperMethods: methods { role provenance { evidence } method { id } }
        paperDatasets: datasets { role dataset { id } }
        paperTasks: tasks { task { id } }
        repositories { repository { id fullName } }
        results { raw metric { name } dataset { id } method { id } }
      }
      ... on Repository { fullName papers(first: 40) { totalCount edges { node { id } } } }
      ... on Author { name papers(first: 40) { totalCount edges { node { id } } } }
    }
  }
`;

const CONNECTIONS = /* GraphQL */ `
  query WarmUpConnections($from: ID!, $to: ID!) {
    connections(from: $from, to: $to, first: 5) {
      edges { node { length nodes { id } relationships { type from to } } }
    }
  }
`;

// biome-ignore lint/suspicious/noExplicitAny: the answers are read by path, each step checked
type Json = Record<string, any>;

async function ask(
  yoga: YogaServerInstance<object, Context>,
  query: string,
  variables: Record<string, unknown>,
): Promise<Json> {
  const response = await yoga.fetch('http://warm-up/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const { data, errors } = (await response.json()) as {
    data?: Json;
    errors?: { message: string }[];
  };
  if (errors?.length) throw new Error(errors.map((error) => error.message).join('; '));
  return data ?? {};
}

const firstId = (list: Json | undefined): string | undefined => list?.edges?.[0]?.node?.id;

/** An alias of one of the list's entities, else the first one's name, else any string. */
function someAlias(list: Json | undefined): string {
  const nodes: Json[] = (list?.edges ?? []).map((edge: Json) => edge.node);
  return nodes.find((node) => node.aliases?.length)?.aliases[0] ?? nodes[0]?.name ?? 'a';
}

/** Cursors to each list's second page, from its first, as the explorer's "+N more" asks. */
function nextPages(node: Json | null | undefined): Record<string, string | null> {
  const cursor = (list: Json | undefined) => list?.pageInfo?.endCursor ?? null;
  return {
    methodsAfter: cursor(node?.methods),
    datasetsAfter: cursor(node?.datasets),
    tasksAfter: cursor(node?.tasks),
    papersAfter: cursor(node?.papers),
  };
}

/**
 * Runs the first views' operations through `yoga` (its plugins too) against the top entity of
 * each kind and the newest paper, and logs how many statements were planned and how long it
 * took. A failure is logged, never thrown: the server answers without a warm-up, only slower.
 */
export async function warmUp(
  yoga: YogaServerInstance<object, Context>,
  graph: Graph,
  logger: Logger,
): Promise<void> {
  const started = performance.now();
  const before = graph.statementShapes.size;
  try {
    const home = await ask(yoga, HOME, { name: 'a' });
    await ask(yoga, NAMES, { method: someAlias(home.methods), dataset: someAlias(home.datasets) });
    const ids = [
      firstId(home.datasets),
      firstId(home.methods),
      firstId(home.tasks),
      firstId(home.papers),
      firstId(home.repositories),
      firstId(home.authors),
    ].filter((id): id is string => id !== undefined);
    const empty = nextPages(null);
    for (const id of ids) {
      const { node } = await ask(yoga, NODE, { id, ...empty });
      await ask(yoga, NODE, { id, ...nextPages(node) });
    }
    const [dataset, method] = ids;
    if (dataset && method) await ask(yoga, CONNECTIONS, { from: method, to: dataset });
    logger.info(
      {
        statements: graph.statementShapes.size - before,
        ms: Math.round(performance.now() - started),
      },
      'warmed up: the first views are planned',
    );
  } catch (error) {
    logger.warn({ err: error }, 'warm-up failed; the first requests will be slower');
  }
}
