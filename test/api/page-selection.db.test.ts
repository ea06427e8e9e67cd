import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/driver.js';
import { buildYoga } from '../../src/http/yoga.js';
import { clearGraph, connectTestGraph } from '../setup/graph.js';
import { type Json, post } from './graphql.js';

const API_KEY = 'test-key-0123456789abcdef';
const INGEST = `mutation ($papers: [PaperInput!]!) { ingestPapers(input: { papers: $papers }) {
  results { status } } }`;
const papers = [
  {
    title: 'FooNet: Fast Networks for Image Classification',
    abstract: 'We propose FooNet and evaluate it on CIFAR-10 and ImageNet.',
    arxivId: '2501.00002',
    published: '2025-01-02',
  },
  {
    title: 'BarNet',
    abstract: 'We evaluate ResNet on CIFAR-10.',
    doi: '10.1/bar',
    published: '2025-01-01',
  },
];

const methodsOf = (edge: Json) => edge.node.methods.map((link: Json) => link.method.name).sort();

describe('a page of papers brings what the operation asks of it', () => {
  let graph: Graph;
  let yoga: ReturnType<typeof buildYoga>;
  /** Each paper's methods and their roles, newest paper first, as the paper alone lists them. */
  let alone: Array<Array<{ role: string; method: { name: string } }>>;
  beforeAll(async () => {
    graph = await connectTestGraph();
    await clearGraph(graph);
    yoga = buildYoga({ graph, apiKey: API_KEY });
    const { body } = await post(yoga, INGEST, { papers }, { authorization: `Bearer ${API_KEY}` });
    expect(body.errors).toBeUndefined();
    alone = [];
    for (const key of ['arxiv:2501.00002', 'doi:10.1/bar']) {
      const { body: one } = await post(
        yoga,
        'query ($key: String!) { paper(id: $key) { methods { role method { name } } } }',
        { key },
      );
      alone.push(one.data.paper.methods);
    }
    expect(alone[0]?.map((link) => link.method.name)).toContain('FooNet');
  });
  afterAll(() => graph.close());

  /** The answer, and how many statements it took. */
  async function ask(query: string) {
    const before = graph.queryCount;
    const { body } = await post(yoga, query);
    expect(body.errors).toBeUndefined();
    return { data: body.data, statements: graph.queryCount - before };
  }

  it("loads the papers' links with the page, with provenance only where it is asked", async () => {
    const brief = await ask(`{ dataset(name: "CIFAR-10") { papers(first: 5) {
      edges { role node { title methods { role method { name } } } } } } }`);
    // The lookup by name, then the page with its papers' methods: no statement per paper.
    expect(brief.statements).toBe(2);
    const edges = brief.data.dataset.papers.edges;
    expect(edges.map((edge: Json) => edge.node.title)).toEqual([
      'FooNet: Fast Networks for Image Classification',
      'BarNet',
    ]);
    expect(edges.map((edge: Json) => edge.node.methods)).toEqual(alone);

    const full = await ask(`{ dataset(name: "CIFAR-10") { papers(first: 5) {
      edges { provenance { evidence rule } node {
        methods { method { name } provenance { evidence start end } } } } } } }`);
    expect(full.statements).toBe(2);
    for (const edge of full.data.dataset.papers.edges) {
      expect(edge.provenance.evidence).toContain('CIFAR-10');
      expect(edge.provenance.rule).toEqual(expect.any(String));
      for (const link of edge.node.methods) {
        expect(link.provenance.evidence).toContain(link.method.name);
        expect(link.provenance.end).toBeGreaterThan(link.provenance.start);
      }
    }
  });

  it('answers one request that asks for the same links with and without provenance', async () => {
    const { data } = await ask(`{ dataset(name: "CIFAR-10") {
      brief: papers(first: 5) { edges { node { methods { method { name } } } } }
      full: papers(first: 5) { edges { node { methods { provenance { evidence } } } } } }
      paper(id: "arxiv:2501.00002") { methods { method { name } provenance { rule } } } }`);
    expect(data.dataset.brief.edges.map(methodsOf)).toEqual(
      alone.map((links) => links.map((link) => link.method.name).sort()),
    );
    for (const edge of data.dataset.full.edges) {
      for (const link of edge.node.methods)
        expect(link.provenance.evidence).toEqual(expect.any(String));
    }
    expect(data.paper.methods[0].provenance.rule).toEqual(expect.any(String));
  });

  it("loads the abstracts of a page's papers only when asked, in one statement", async () => {
    const { data, statements } = await ask(`{ dataset(name: "CIFAR-10") { papers(first: 5) {
      edges { node { abstract } } } } }`);
    expect(data.dataset.papers.edges.map((edge: Json) => edge.node.abstract)).toEqual(
      papers.map((paper) => paper.abstract),
    );
    expect(statements).toBe(3);
  });
});
