import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/driver.js';
import { buildYoga } from '../../src/http/yoga.js';
import { clearGraph, connectTestGraph, openTransactions } from '../setup/graph.js';
import { type Json, post } from './graphql.js';

const API_KEY = 'test-key-0123456789abcdef';
const curator = { authorization: `Bearer ${API_KEY}` };

const INGEST = `mutation ($papers: [PaperInput!]!) { ingestPapers(input: { papers: $papers }) {
  results { status paper { key title datasets { dataset { name } } } } } }`;

const papers = [
  {
    title: 'FooNet: Fast Networks for Image Classification',
    abstract:
      'We propose FooNet and evaluate it on CIFAR-10 and ImageNet. FooNet reaches 93.1% accuracy on CIFAR-10.',
    arxivId: '2501.00002',
    authors: ['Ada Lovelace', 'Alan Turing'],
  },
  {
    title: 'BarNet',
    abstract: 'We evaluate ResNet on CIFAR-10.',
    doi: '10.1/bar',
    authors: ['Alan Turing'],
  },
];

/** Everything about a paper, its dataset's papers and a search: many statements, at once. */
const WIDE = `{
  paper(id: "arxiv:2501.00002") { title authors { name papers { totalCount } }
    methods { method { name papers { edges { node { title } } } } }
    datasets { dataset { name papers { totalCount edges { node { title } } } } }
    tasks { task { name } } repositories { repository { fullName } }
    results { value dataset { name } method { name } } }
  dataset(name: "CIFAR-10") { papers(first: 5) { edges { node { title methods { method { name } } } } } }
  search(query: "net", first: 5) { edges { label } }
}`;

describe('one read transaction per query request', () => {
  let graph: Graph;
  let yoga: ReturnType<typeof buildYoga>;
  beforeAll(async () => {
    graph = await connectTestGraph();
    await clearGraph(graph);
    yoga = buildYoga({ graph, apiKey: API_KEY });
  });
  afterAll(() => graph.close());

  /** The read transactions the requests left open on the server. */
  const openRequestTransactions = () => openTransactions(graph, 'request');

  it('writes a mutation in transactions of its own, and its reads after the write see it', async () => {
    const { body } = await post(yoga, INGEST, { papers }, curator);
    expect(body.errors).toBeUndefined();
    const [foo] = body.data.ingestPapers.results;
    expect(foo.status).toBe('NEW');
    // Read in the same request, after the write.
    expect(foo.paper.datasets.map((link: Json) => link.dataset.name).sort()).toEqual([
      'CIFAR-10',
      'ImageNet',
    ]);
  });

  it('reads everything a query asks in one transaction, and ends it with the request', async () => {
    const transactions = graph.transactionCount;
    const statements = graph.queryCount;
    const { body } = await post(yoga, WIDE);
    expect(body.errors).toBeUndefined();
    expect(body.data.paper.authors.map((author: Json) => author.name)).toEqual([
      'Ada Lovelace',
      'Alan Turing',
    ]);
    expect(body.data.paper.datasets.length).toBe(2);
    expect(body.data.dataset.papers.edges.length).toBe(2);
    expect(graph.queryCount - statements).toBeGreaterThan(3);
    expect(graph.transactionCount - transactions).toBe(1);
    expect(await openRequestTransactions()).toBe(0);
  });

  it('reads after a mutation in a later request see it', async () => {
    const deleted = await post(
      yoga,
      'mutation ($id: ID!) { deletePaper(input: { id: $id }) { deletedPaperId } }',
      { id: (await post(yoga, '{ paper(id: "doi:10.1/bar") { id } }')).body.data.paper.id },
      curator,
    );
    expect(deleted.body.data.deletePaper.deletedPaperId).not.toBeNull();
    const { body } = await post(yoga, '{ dataset(name: "CIFAR-10") { papers { totalCount } } }');
    expect(body.data.dataset.papers.totalCount).toBe(1);
  });

  it('ends the transaction of a request with a failed field, and fails no other request', async () => {
    let transactions = graph.transactionCount;
    const failed = await post(
      yoga,
      '{ paper(id: "arxiv:2501.00002") { title } node(id: "not-an-id") { id } }',
    );
    expect(failed.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(failed.body.data.paper).toEqual({ title: papers[0]?.title });
    expect(graph.transactionCount - transactions).toBe(1);
    expect(await openRequestTransactions()).toBe(0);

    // A failed non-null root field ends the operation before the paper's loader reads: that read
    // is refused, and begins no transaction that nothing would end.
    transactions = graph.transactionCount;
    const ended = await post(
      yoga,
      '{ paper(id: "arxiv:2501.00002") { title } search(query: "net", after: "forged") { totalCount } }',
    );
    expect(ended.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(graph.transactionCount - transactions).toBe(0);
    expect(await openRequestTransactions()).toBe(0);

    const { body } = await post(yoga, '{ paper(id: "arxiv:2501.00002") { title } }');
    expect(body.data.paper).toEqual({ title: papers[0]?.title });
  });
});
