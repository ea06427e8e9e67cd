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
           role provenance { evidence rule confidence } node { title key } } } } }`,
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
      `{ dataset(name: "OpenWebText") { papers(first: 20) { edges { node { key title } } } } }`,
    );
    const id = found.body.data.dataset.papers.edges.find(
      (edge: Json) => edge.node.title === PARTIAL_MASKING,
    ).node.key;
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
      `query ($id: String) { paper(id: $id) { id methods(role: PROPOSED) { role method { id name } } } }`,
      { id },
    );
    const onlyProposed = proposed.body.data.paper.methods;
    expect(onlyProposed.every((link: Json) => link.role === 'PROPOSED')).toBe(true);
    expect(onlyProposed.length).toBe(
      body.data.paper.methods.filter((link: Json) => link.role === 'PROPOSED').length,
    );
    expect(roles.has('PROPOSED')).toBe(true);
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
           totalCount pageInfo { hasNextPage endCursor } edges { node { key } } } } }`,
        { after },
      );
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 20; i++) {
      const { body } = await page(after);
      const papers = body.data.dataset.papers;
      total = papers.totalCount;
      seen.push(...papers.edges.map((edge: Json) => edge.node.key));
      if (!papers.pageInfo.hasNextPage) break;
      after = papers.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThan(1);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);

    // and back again from the end, one at a time with `last`/`before`
    const back = (before: string | null) =>
      post(
        yoga,
        `query ($before: String) { dataset(name: "CIFAR-10") { papers(last: 1, before: $before) {
           pageInfo { hasPreviousPage hasNextPage startCursor } edges { node { key } } } } }`,
        { before },
      );
    const seenBack: string[] = [];
    let before: string | null = null;
    for (let i = 0; i < 20; i++) {
      const { body } = await back(before);
      const papers = body.data.dataset.papers;
      seenBack.unshift(...papers.edges.map((edge: Json) => edge.node.key));
      expect(papers.pageInfo.hasNextPage).toBe(before !== null);
      if (!papers.pageInfo.hasPreviousPage) break;
      before = papers.pageInfo.startCursor;
    }
    expect(seenBack).toEqual(seen);
  });

  it('refuses a cursor of another connection, a forged one, and first with last', async () => {
    const { body } = await post(
      yoga,
      '{ papers(first: 1) { pageInfo { endCursor } } dataset(name: "CIFAR-10") { papers(first: 1) { pageInfo { endCursor } } } }',
    );
    const cursor = body.data.papers.pageInfo.endCursor;
    const refused = async (operation: string, argument: string) => {
      const answer = await post(yoga, operation, { cursor });
      expect(answer.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(answer.body.errors?.[0]?.message).toContain(`\`${argument}\``);
    };
    await refused(
      'query ($cursor: String) { dataset(name: "CIFAR-10") { papers(after: $cursor) { totalCount } } }',
      'after',
    );
    await refused('query { papers(before: "Zm9yZ2Vk") { totalCount } }', 'before');
    await refused('query { papers(first: 1, last: 1) { totalCount } }', 'first');
    const same = await post(
      yoga,
      'query ($cursor: String) { papers(first: 1, after: $cursor) { edges { cursor } } }',
      { cursor },
    );
    expect(same.body.errors).toBeUndefined();
  });

  it('types roles, hosts and dates, and selects any entity through the Entity interface', async () => {
    const { body } = await post(
      yoga,
      `{ dataset(name: "CIFAR-10") { papers(first: 3, role: USED) { edges { role
           provenance { field } node { published } } } }
         search(query: "cifar", first: 3) { edges { node { ... on Entity { name key aliases
           papers(first: 1) { totalCount edges { node { id } } } } } } }
         repository(fullName: "zhengkid/PartialFormer") { host kind } }`,
    );
    expect(body.errors).toBeUndefined();
    const edges = body.data.dataset.papers.edges;
    expect(edges.every((edge: Json) => edge.role === 'USED')).toBe(true);
    expect(['TITLE', 'ABSTRACT']).toContain(edges[0].provenance.field);
    for (const { node } of edges)
      expect(node.published ?? '2000-01-01').toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(body.data.search.edges[0].node.name).toMatch(/CIFAR/i);
    expect(body.data.search.edges[0].node.papers.totalCount).toBeGreaterThan(0);
    expect(body.data.repository).toEqual({ host: 'GITHUB', kind: 'CODE' });

    // a literal of the wrong value is BAD_USER_INPUT naming the argument, as a malformed id is
    const refused = async (operation: string, argument: string) => {
      const answer = await post(yoga, operation);
      expect(answer.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(answer.body.errors?.[0]?.message).toContain(`\`${argument}\``);
    };
    await refused('{ dataset(name: "CIFAR-10") { papers(role: BOGUS) { totalCount } } }', 'role');
    await refused(
      '{ papers(where: {publishedAfter: "2025-13-01"}) { totalCount } }',
      'where.publishedAfter',
    );
    await refused('{ node(id: "not-an-id") { id } }', 'id');
  });

  it('bounds Neo4j round trips by nesting depth, not by the number of results', async () => {
    const before = { statements: graph.queryCount, transactions: graph.transactionCount };
    const { body } = await post(
      yoga,
      `{ dataset(name: "CIFAR-10") { papers(first: 50) { totalCount edges { node {
           title methods { method { name papers(first: 3) { edges { node { title } } } } }
           datasets { dataset { name } } repositories { repository { fullName } } } } } } }`,
    );
    expect(body.errors).toBeUndefined();
    const edges = body.data.dataset.papers.edges;
    expect(edges.length).toBeGreaterThan(1);
    // one statement per relation per level: the lookup (with the dataset), its page (with the
    // papers), its count, the papers' links of the 3 kinds asked (with the entities), and one
    // page of papers for all methods at once; all in one transaction
    expect(graph.queryCount - before.statements).toBeLessThanOrEqual(5);
    expect(graph.transactionCount - before.transactions).toBe(1);
  });
});
