import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/driver.js';
import { buildYoga } from '../../src/http/yoga.js';
import { connectSampleGraph } from '../setup/graph.js';
import { type Json, post } from './graphql.js';

const PARTIAL_MASKING = 'Beyond Masked and Unmasked: Discrete Diffusion Models via Partial Masking';

describe('the API over the sample corpus', () => {
  let graph: Graph;
  let yoga: ReturnType<typeof buildYoga>;
  beforeAll(async () => {
    graph = await connectSampleGraph();
    yoga = buildYoga({ graph, exposeErrors: true });
  });
  afterAll(() => graph.close());

  it('is alive and ready once Neo4j answers with the current schema', async () => {
    expect((await yoga.fetch('http://papergraph.test/health')).status).toBe(200);
    expect((await yoga.fetch('http://papergraph.test/ready')).status).toBe(200);
  });

  it('finds a dataset by any spelling and lists its papers with evidence', async () => {
    const { body } = await post(
      yoga,
      `{ dataset(name: "openwebtext") { name papers(first: 10) { totalCount edges {
           role provenance { evidence rule confidence } node { title paperId } } } } }`,
    );
    expect(body.errors).toBeUndefined();
    const papers = body.data.dataset.papers;
    expect(body.data.dataset.name).toBe('OpenWebText');
    expect(papers.totalCount).toBe(papers.edges.length);
    const partial = papers.edges.find((edge: Json) => edge.node.title === PARTIAL_MASKING);
    expect(partial.provenance.evidence).toMatch(/OpenWebText/);
    expect(partial.provenance.confidence).toBeGreaterThan(0);
  });

  it('gives a paper its datasets, methods by role and code', async () => {
    const found = await post(
      yoga,
      `{ dataset(name: "OpenWebText") { papers(first: 20) { edges { node { paperId title } } } } }`,
    );
    const id = found.body.data.dataset.papers.edges.find(
      (edge: Json) => edge.node.title === PARTIAL_MASKING,
    ).node.paperId;
    const { body } = await post(
      yoga,
      `query ($id: String) { paper(id: $id) { title datasets { dataset { name } role }
         methods { method { name } role } } }`,
      { id },
    );
    const names = body.data.paper.datasets.map((link: Json) => link.dataset.name).sort();
    expect(names).toEqual(['CIFAR-10', 'ImageNet-32', 'OpenWebText']);
    const roles = new Set(body.data.paper.methods.map((link: Json) => link.role));
    const proposed = await post(
      yoga,
      `query ($id: String) { paper(id: $id) { id methods(role: "proposed") { role method { id name } } } }`,
      { id },
    );
    const onlyProposed = proposed.body.data.paper.methods;
    expect(onlyProposed.every((link: Json) => link.role === 'proposed')).toBe(true);
    expect(onlyProposed.length).toBe(
      body.data.paper.methods.filter((link: Json) => link.role === 'proposed').length,
    );
    expect(roles.has('proposed')).toBe(true);
    // A global id fetches the same object again through node(id:).
    const [method] = onlyProposed;
    const again = await post(
      yoga,
      'query ($id: ID!) { node(id: $id) { ... on Method { name } } }',
      {
        id: method.method.id,
      },
    );
    expect(again.body.data.node.name).toBe(method.method.name);
    const paperAgain = await post(
      yoga,
      'query ($id: ID!) { node(id: $id) { ... on Paper { title } } }',
      {
        id: proposed.body.data.paper.id,
      },
    );
    expect(paperAgain.body.data.node.title).toBe(PARTIAL_MASKING);
  });

  it('tells which paper a repository belongs to', async () => {
    const { body } = await post(
      yoga,
      `{ repository(fullName: "ZHENGKID/partialformer") { fullName url
           papers(first: 5) { edges { node { title } } } } }`,
    );
    expect(body.data.repository.fullName).toBe('zhengkid/PartialFormer');
    expect(body.data.repository.papers.edges.map((edge: Json) => edge.node.title)).toEqual([
      'PartialFormer: Modeling Part Instead of Whole',
    ]);
  });

  it('pages through a connection with keyset cursors, without repeats', async () => {
    const page = (after: string | null) =>
      post(
        yoga,
        `query ($after: String) { dataset(name: "CIFAR-10") { papers(first: 1, after: $after) {
           totalCount pageInfo { hasNextPage endCursor } edges { node { paperId } } } } }`,
        { after },
      );
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 20; i++) {
      const { body } = await page(after);
      const papers = body.data.dataset.papers;
      total = papers.totalCount;
      seen.push(...papers.edges.map((edge: Json) => edge.node.paperId));
      if (!papers.pageInfo.hasNextPage) break;
      after = papers.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThan(1);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('bounds Neo4j round trips by nesting depth, not by the number of results', async () => {
    const before = graph.queryCount;
    const { body } = await post(
      yoga,
      `{ dataset(name: "CIFAR-10") { papers(first: 50) { totalCount edges { node {
           title methods { method { name papers(first: 3) { edges { node { title } } } } }
           datasets { dataset { name } } repositories { repository { fullName } } } } } } }`,
    );
    expect(body.errors).toBeUndefined();
    const edges = body.data.dataset.papers.edges;
    expect(edges.length).toBeGreaterThan(1);
    // one query per loader per level: lookup, page, count, papers, 3 link kinds, entities of
    // each kind, and one page of papers for all methods at once
    expect(graph.queryCount - before).toBeLessThanOrEqual(12);
  });
});
