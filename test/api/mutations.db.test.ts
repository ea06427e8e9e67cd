import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/driver.js';
import { buildYoga } from '../../src/http/yoga.js';
import { clearGraph, connectTestGraph } from '../setup/graph.js';
import { type Json, post } from './graphql.js';

const API_KEY = 'test-key-0123456789abcdef';
const curator = { authorization: `Bearer ${API_KEY}` };

const INGEST = `mutation ($papers: [PaperInput!]!) { ingestPapers(input: { papers: $papers }) {
  results { index status error paper { id key title datasets { dataset { name } } } } } }`;

const fooNet = {
  title: 'FooNet: Fast Networks for Image Classification',
  abstract: 'We propose FooNet and evaluate it on CIFAR-10 and ImageNet.',
  arxivId: '2501.00002v2',
};

describe('mutations', () => {
  let graph: Graph;
  let yoga: ReturnType<typeof buildYoga>;
  beforeAll(async () => {
    graph = await connectTestGraph();
    yoga = buildYoga({ graph, apiKey: API_KEY });
  });
  beforeEach(() => clearGraph(graph));
  afterAll(() => graph.close());

  it('refuses mutations without the key (401) and with a wrong one (403); queries stay open', async () => {
    const anonymous = await post(yoga, INGEST, { papers: [fooNet] });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const wrong = await post(yoga, INGEST, { papers: [fooNet] }, { authorization: 'Bearer nope' });
    expect(wrong.status).toBe(403);
    expect((await graph.read('papers-by-id', { ids: ['arxiv:2501.00002'] })).length).toBe(0);
    const query = await post(yoga, '{ stats { labels { name } } }');
    expect(query.status).toBe(200);
  });

  it('ingests papers with a result per paper, and typed errors for bad ones', async () => {
    const { body } = await post(
      yoga,
      INGEST,
      { papers: [fooNet, { title: 'Empty', abstract: '   ' }, fooNet] },
      curator,
    );
    expect(body.errors).toBeUndefined();
    const [first, bad, again] = body.data.ingestPapers.results;
    expect(first.status).toBe('NEW');
    expect(first.paper.key).toBe('arxiv:2501.00002');
    expect(first.paper.datasets.map((d: Json) => d.dataset.name).sort()).toEqual([
      'CIFAR-10',
      'ImageNet',
    ]);
    expect(bad).toMatchObject({ index: 1, status: 'FAILED', paper: null });
    expect(bad.error).toMatch(/entry 2: .*abstract/);
    expect(again.status).toBe('NEW');

    const rerun = await post(yoga, INGEST, { papers: [fooNet] }, curator);
    expect(rerun.body.data.ingestPapers.results[0].status).toBe('UNCHANGED');
  });

  it('merges duplicate entities, moving their papers and aliases', async () => {
    const input = [
      { title: 'A', abstract: 'We evaluate on MNIST.', doi: '10.1/a' },
      { title: 'B', abstract: 'We evaluate on SVHN.', doi: '10.1/b' },
    ];
    await post(yoga, INGEST, { papers: input }, curator);
    const ids = await post(
      yoga,
      '{ mnist: dataset(name: "MNIST") { id } svhn: dataset(name: "SVHN") { id } }',
    );
    const { mnist, svhn } = ids.body.data;
    const MERGE = `mutation ($keep: ID!, $merge: [ID!]!) {
      mergeEntities(input: { keep: $keep, merge: $merge }) {
        mergedIds entity { id name aliases papers { totalCount } } } }`;
    const { body } = await post(yoga, MERGE, { keep: mnist.id, merge: [svhn.id] }, curator);
    expect(body.errors).toBeUndefined();
    expect(body.data.mergeEntities).toEqual({
      mergedIds: [svhn.id],
      entity: { id: mnist.id, name: 'MNIST', aliases: ['SVHN'], papers: { totalCount: 2 } },
    });
    const byOldName = await post(yoga, '{ dataset(name: "SVHN") { name } }');
    expect(byOldName.body.data.dataset.name).toBe('MNIST');
    // the merged id is gone: node answers null, as Relay's store expects
    const gone = await post(yoga, 'query ($id: ID!) { node(id: $id) { id } }', { id: svhn.id });
    expect(gone.body).toEqual({ data: { node: null } });
    // ids of another kind, or malformed, are refused naming the input field
    const paperId = Buffer.from('Paper:doi:10.1/a').toString('base64');
    const mixed = await post(yoga, MERGE, { keep: mnist.id, merge: [paperId] }, curator);
    expect(mixed.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(mixed.body.errors[0].message).toContain('`input.merge`');
  });

  it('deletes a paper and what was extracted from it', async () => {
    const ingested = await post(yoga, INGEST, { papers: [fooNet] }, curator);
    const { id } = ingested.body.data.ingestPapers.results[0].paper;
    const DELETE = `mutation ($id: ID!) { deletePaper(input: { id: $id }) { deletedPaperId } }`;
    const { body } = await post(yoga, DELETE, { id }, curator);
    expect(body.data.deletePaper).toEqual({ deletedPaperId: id });
    const left = await post(yoga, '{ paper(arxivId: "2501.00002") { title } }');
    expect(left.body.data.paper).toBeNull();
    const again = await post(yoga, DELETE, { id }, curator);
    expect(again.body.data.deletePaper).toEqual({ deletedPaperId: null });
    const nodes = await post(yoga, 'query ($id: ID!) { nodes(ids: [$id]) { id } }', { id });
    expect(nodes.body).toEqual({ data: { nodes: [null] } });
  });
});

describe('limits', () => {
  let graph: Graph;
  let yoga: ReturnType<typeof buildYoga>;
  beforeAll(async () => {
    graph = await connectTestGraph();
    yoga = buildYoga({ graph });
  });
  afterAll(() => graph.close());

  it('refuses a page over 100 with a clear error', async () => {
    const { body } = await post(
      yoga,
      '{ dataset(name: "x") { papers(first: 101) { totalCount } } }',
    );
    const { body: search } = await post(yoga, '{ search(query: "x", first: 500) { totalCount } }');
    expect(search.errors[0].message).toMatch(/first.*0 to 100/);
    expect(body.errors === undefined || /first/.test(body.errors[0].message)).toBe(true);
  });

  it('refuses operations that are too deep, too complex or use too many aliases', async () => {
    const nested = Array.from(
      { length: 8 },
      () => 'datasets { edges { node { methods { edges { node {',
    ).join(' ');
    const deep = await post(
      yoga,
      `{ method(name: "x") { ${nested} name ${'} } } } } } '.repeat(8)} } }`,
    );
    expect(deep.body.errors[0].message).toMatch(/depth|complexity/i);
    const aliases = Array.from({ length: 21 }, (_, i) => `a${i}: stats { labels { name } }`);
    const many = await post(yoga, `{ ${aliases.join(' ')} }`);
    expect(many.body.errors[0].message).toMatch(/Too many aliases/);
    const fine = await post(yoga, '{ stats { labels { name } } }');
    expect(fine.body.errors).toBeUndefined();
  });
});

describe('errors', () => {
  it('masks internal errors, naming only the request id that the logs carry', async () => {
    const graph = await connectTestGraph();
    await graph.close();
    const yoga = buildYoga({ graph });
    const response = await yoga.fetch('http://papergraph.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'req-42' },
      body: JSON.stringify({ query: '{ stats { labels { name } } }' }),
    });
    expect(response.headers.get('x-request-id')).toBe('req-42');
    const body = (await response.json()) as Json;
    expect(body.errors[0].message).toBe('Unexpected error.');
    expect(body.errors[0].extensions).toMatchObject({ requestId: 'req-42' });
    expect(JSON.stringify(body)).not.toMatch(/neo4j|driver|closed/i);
    expect((await yoga.fetch('http://papergraph.test/ready')).status).not.toBe(200);
  });
});
