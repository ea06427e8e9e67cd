import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Graph } from '../../src/graph/driver.js';
import { buildYoga } from '../../src/http/yoga.js';
import { clearGraph, connectTestGraph, lockedPaper, openTransactions } from '../setup/graph.js';
import { post } from './graphql.js';

const API_KEY = 'test-key-0123456789abcdef';

/** The request of issue 14 that ran the server out of heap, with `count` ids and a page size. */
const paperMethodsPapers = (first: number) => `query ($ids: [ID!]!) {
  nodes(ids: $ids) { ... on Paper { title methods { method { name
    papers(first: ${first}) { edges { node { title abstract } } } } } } } }`;
const paperIds = (count: number) =>
  Array.from({ length: count }, (_, i) => encodeGlobalID('Paper', `arxiv:2501.${i}`));

describe('bounded work per request', () => {
  let graph: Graph;
  let yoga: ReturnType<typeof buildYoga>;
  beforeAll(async () => {
    graph = await connectTestGraph();
    await clearGraph(graph);
    yoga = buildYoga({ graph, apiKey: API_KEY });
    await post(yoga, '{ __typename }');
  });
  afterAll(() => graph.close());

  // Cost per id: title 1 + methods (1 + 10 x (method 1 + name 1 + papers (1 + 100 x (edges 1 +
  // node 1 + title 1 + abstract 20)))) = 23,032; nodes: 1 + ids x 23,032.
  it.each([
    [5000, 115_160_001],
    [100, 2_303_201],
  ])(
    'refuses the issue’s request with %i ids before any Cypher runs, naming the limit',
    async (count, cost) => {
      const before = graph.queryCount;
      const started = performance.now();
      const { body } = await post(yoga, paperMethodsPapers(100), { ids: paperIds(count) });
      expect(performance.now() - started).toBeLessThan(1000);
      expect(graph.queryCount).toBe(before);
      expect(body.data).toBeNull();
      expect(body.errors).toHaveLength(1);
      expect(body.errors[0].message).toBe(
        `The operation's estimated cost is ${cost.toLocaleString('en')}, over the limit of 20,000 ` +
          '(complexity): ask for smaller pages, fewer ids or fewer fields.',
      );
      expect(body.errors[0].extensions).toEqual({
        code: 'TOO_COMPLEX',
        limit: 'complexity',
        max: 20_000,
        found: cost,
      });
    },
  );

  // The response cache adds `__typename` and `id` to every selection set of what it executes:
  // the limits must hold the client's operation, whichever way the server runs.
  it.each([0, 60_000])(
    'estimates the operation as sent, with the response cache TTL at %i ms',
    async (cacheTtlMs) => {
      const served = buildYoga({ graph, cacheTtlMs });
      const { body } = await post(served, paperMethodsPapers(100), { ids: paperIds(100) });
      expect(body.errors[0].extensions).toMatchObject({ limit: 'complexity', found: 2_303_201 });
      // papers, edges, node and 30 times the fragment's 7 fields: a breadth of 213.
      const wide = `fragment F on Paper { id key title abstract published url arxivId }
        { papers(first: 1) { edges { node { ${'...F '.repeat(30)} } } } }`;
      const refused = await post(served, wide);
      expect(refused.body.errors[0].extensions).toEqual({
        code: 'TOO_BROAD',
        limit: 'breadth',
        max: 200,
        found: 213,
      });
    },
  );

  it('runs the same request for one id with pages of 10', async () => {
    const { body } = await post(yoga, paperMethodsPapers(10), { ids: paperIds(1) });
    expect(body.errors).toBeUndefined();
    expect(body.data.nodes).toEqual([null]);
  });

  it('refuses list arguments past their limits, naming the argument', async () => {
    const tooMany = await post(yoga, 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
      ids: paperIds(101),
    });
    expect(tooMany.body.errors[0].message).toBe('`ids` takes at most 100 items, got 101');
    expect(tooMany.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');

    const twice = await post(yoga, '{ search(query: "x", types: [PAPER, PAPER]) { totalCount } }');
    expect(twice.body.errors[0].message).toBe('`types` names a type more than once');

    const merge = Array.from({ length: 101 }, (_, i) => encodeGlobalID('Method', `m${i}`));
    const merged = await post(
      yoga,
      'mutation ($keep: ID!, $merge: [ID!]!) { mergeEntities(input: { keep: $keep, merge: $merge }) { mergedIds } }',
      { keep: encodeGlobalID('Method', 'kept'), merge },
      { authorization: `Bearer ${API_KEY}` },
    );
    expect(merged.body.errors[0].message).toBe('`input.merge` takes at most 100 items, got 101');

    const papers = Array.from({ length: 501 }, (_, i) => ({ title: `T${i}`, abstract: 'A.' }));
    const ingest = await post(
      yoga,
      'mutation ($papers: [PaperInput!]!) { ingestPapers(input: { papers: $papers }) { results { status } } }',
      { papers },
      { authorization: `Bearer ${API_KEY}` },
    );
    expect(ingest.body.errors[0].message).toBe('`input.papers` takes at most 500 items, got 501');
  });
});

describe('the time budget of a request', () => {
  it('ends a request at its deadline with TIMEOUT naming the limit, and its transaction', async () => {
    const locked = await lockedPaper('test:held');
    const graph = await Graph.connect({ ...inject('neo4j'), txTimeoutMs: 30_000 });
    try {
      const yoga = buildYoga({ graph, apiKey: API_KEY, requestTimeoutMs: 1000 });
      const started = performance.now();
      const { status, body } = await post(
        yoga,
        'mutation ($id: ID!) { deletePaper(input: { id: $id }) { deletedPaperId } }',
        { id: encodeGlobalID('Paper', 'test:held') },
        { authorization: `Bearer ${API_KEY}` },
      );
      const took = performance.now() - started;
      expect(took).toBeGreaterThanOrEqual(900);
      // Without the deadline it would wait on the lock for the 30 s transaction timeout; the
      // bound leaves room for a busy machine (2.5 s was missed by 25 ms on a clean-clone CI).
      expect(took).toBeLessThan(10_000);
      // Execution stopped at the deadline: no data at all, HTTP 200 as for other field errors.
      expect(status).toBe(200);
      expect(body.data).toBeUndefined();
      expect(body.errors[0].extensions.code).toBe('TIMEOUT');
      expect(body.errors[0].message).toBe('the request ran past its time limit of 1000 ms');
      // Neo4j ends the waiting transaction too: the time left of the request was its timeout.
      const deleting = () => openTransactions(graph, 'paper-delete');
      await expect.poll(deleting, { timeout: 5000, interval: 200 }).toBe(0);
    } finally {
      await graph.close();
      await locked.release();
    }
  });
});
