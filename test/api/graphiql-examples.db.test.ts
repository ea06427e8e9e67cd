import { Kind, type OperationDefinitionNode, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/driver.js';
import { EXAMPLE_OPERATIONS } from '../../src/http/graphiql-examples.js';
import { buildYoga } from '../../src/http/yoga.js';
import { connectSampleGraph } from '../setup/graph.js';
import { type Json, post } from './graphql.js';

const API_KEY = 'test-key-0123456789abcdef';

const operations = parse(EXAMPLE_OPERATIONS).definitions.filter(
  (definition): definition is OperationDefinitionNode =>
    definition.kind === Kind.OPERATION_DEFINITION,
);
const named = (kind: 'query' | 'mutation') =>
  operations.filter((operation) => operation.operation === kind).map(({ name }) => name?.value);

/** Whether a root field answered with something to look at, not null or an empty list or page. */
function holdsData(value: Json): boolean {
  if (value === null) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (Array.isArray(value.edges)) return value.edges.length > 0;
  return true;
}

describe("GraphiQL's example operations, over the sample corpus", () => {
  let graph: Graph;
  let yoga: ReturnType<typeof buildYoga>;
  beforeAll(async () => {
    graph = await connectSampleGraph();
    yoga = buildYoga({ graph, apiKey: API_KEY, exposeErrors: true });
  });
  afterAll(() => graph.close());

  /** Runs one operation of the example document, as GraphiQL sends it. */
  const run = (operationName: string | undefined, headers: Record<string, string> = {}) =>
    post(yoga, EXAMPLE_OPERATIONS, {}, headers, operationName);

  it('numbers its operations 1, 2, 3, ... in order, each with a name', () => {
    const numbers = [...EXAMPLE_OPERATIONS.matchAll(/^# (\d+)\./gm)].map((match) =>
      Number(match[1]),
    );
    expect(numbers).toEqual(operations.map((_operation, index) => index + 1));
    expect(operations.every((operation) => operation.name)).toBe(true);
  });

  it('uses the ids and the cursor its comments say', async () => {
    const { body } = await post(
      yoga,
      `{ openWebText: dataset(name: "OpenWebText") { id } cifar10: dataset(name: "CIFAR-10") { id }
         papers(first: 3) { pageInfo { endCursor } } }`,
    );
    const { openWebText, cifar10, papers } = body.data;
    expect(EXAMPLE_OPERATIONS).toContain(`from: "${openWebText.id}"`);
    expect(EXAMPLE_OPERATIONS).toContain(`to: "${cifar10.id}"`);
    expect(EXAMPLE_OPERATIONS).toContain(`node(id: "${openWebText.id}")`);
    expect(EXAMPLE_OPERATIONS).toContain(`after: "${papers.pageInfo.endCursor}"`);
  });

  // In document order, so the queries see the sample graph before the mutation adds to it.
  it.each(named('query'))(
    'runs the query %s, and every field it asks for has data',
    async (name) => {
      const { status, body } = await run(name);
      expect(body.errors).toBeUndefined();
      expect(status).toBe(200);
      for (const [field, value] of Object.entries(body.data)) {
        expect(holdsData(value), `${name}: ${field} is ${JSON.stringify(value)}`).toBe(true);
      }
    },
  );

  it.each(named('mutation'))('runs the mutation %s with the API key', async (name) => {
    const { body } = await run(name, { authorization: `Bearer ${API_KEY}` });
    expect(body.errors).toBeUndefined();
    const [ingested] = body.data.ingestPapers.results;
    expect(ingested.status).toBe('NEW');
    expect(ingested.paper.methods.map((link: Json) => link.method.name)).toContain('ResNet');
    expect(ingested.paper.datasets.map((link: Json) => link.dataset.name)).toContain('CIFAR-10');
  });
});
