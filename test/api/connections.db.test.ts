import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Graph } from '../../src/graph/driver.js';
import { buildYoga } from '../../src/http/yoga.js';
import { clearGraph } from '../setup/graph.js';
import { type Json, post } from './graphql.js';

// Two datasets four hops apart across a hub: 1,100 papers on dataset A, each naming the same 30
// methods, and one paper on dataset B naming one of them. Every path of up to 4 hops from A is
// tens of millions of paths, which a search that filters by length afterwards walks in full; the
// shortest ones, 1,100 (one through each paper), are more than connections reads.
const HUB = `
CREATE (a:Dataset {key: 'huba', name: 'Hub A'}), (b:Dataset {key: 'farb', name: 'Far B'}),
       (q:Paper {id: 'test:q', title: 'Q'})-[:HAS_DATASET {role: 'used'}]->(b)
WITH a, q UNWIND range(1, 30) AS j CREATE (:Method {key: 'hubmethod' + j, name: 'Hub Method ' + j})
WITH DISTINCT a, q MATCH (first:Method {key: 'hubmethod1'}) CREATE (q)-[:HAS_METHOD {role: 'used'}]->(first)
WITH a UNWIND range(1, 1100) AS i
CREATE (p:Paper {id: 'test:p' + i, title: 'P' + i})-[:HAS_DATASET {role: 'used'}]->(a)
WITH p MATCH (m:Method) WHERE m.key STARTS WITH 'hubmethod' CREATE (p)-[:HAS_METHOD {role: 'used'}]->(m)`;

describe('connections between two far-apart nodes across a hub', () => {
  let graph: Graph;
  let yoga: ReturnType<typeof buildYoga>;
  const connections = async (
    maxHops: number,
    pages: { page?: number; after?: string; last?: number; before?: string } = {},
  ) => {
    const { body } = await post(
      yoga,
      `query ($a: ID!, $b: ID!, $hops: Int, $page: Int, $after: String, $last: Int, $before: String) {
         connections(from: $a, to: $b, maxHops: $hops, first: $page, after: $after, last: $last, before: $before) {
           totalCount truncated pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
           edges { node { length nodes { ... on Entity { name } ... on Paper { title } } } } } }`,
      {
        a: encodeGlobalID('Dataset', 'huba'),
        b: encodeGlobalID('Dataset', 'farb'),
        hops: maxHops,
        ...pages,
      },
    );
    expect(body.errors).toBeUndefined();
    return body.data.connections as Json;
  };
  beforeAll(async () => {
    // A transaction limit well under the time the unbounded search takes here, so a search
    // past `maxHops` fails instead of passing slowly.
    graph = await Graph.connect({ ...inject('neo4j'), txTimeoutMs: 10_000 });
    await clearGraph(graph);
    await graph.writeTx((tx) => tx.run(HUB));
    yoga = buildYoga({ graph, exposeErrors: true });
  });
  afterAll(async () => {
    await clearGraph(graph);
    await graph.close();
  });

  it('finds the 4-hop paths when maxHops allows them', async () => {
    const { edges } = await connections(4);
    expect(edges).toHaveLength(10);
    for (const { node: path } of edges) {
      expect(path.length).toBe(4);
      expect(path.nodes.map((node: Json) => node.name ?? node.title)).toEqual([
        'Hub A',
        expect.stringMatching(/^P\d+$/),
        'Hub Method 1',
        'Q',
        'Far B',
      ]);
    }
  });

  it('searches no further than maxHops, so a shorter bound answers with no paths', async () => {
    for (const maxHops of [1, 2, 3]) {
      const found = await connections(maxHops);
      expect(found.edges).toEqual([]);
      expect(found.truncated).toBe(false);
    }
  });

  it('reads at most 1,000 of the shortest paths, says so, and pages through them both ways', async () => {
    const first = await connections(4, { page: 100 });
    expect(first.totalCount).toBe(1000);
    expect(first.truncated).toBe(true);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await connections(4, { page: 100, after: first.pageInfo.endCursor });
    expect(second.pageInfo.hasPreviousPage).toBe(true);
    const titles = (page: Json) => page.edges.map((edge: Json) => edge.node.nodes[1].title);
    const seen = [...titles(first), ...titles(second)];
    expect(new Set(seen).size).toBe(200);
    const back = await connections(4, { last: 100, before: second.pageInfo.startCursor });
    expect(titles(back)).toEqual(titles(first));
    expect(back.pageInfo.hasPreviousPage).toBe(false);
  });
});
