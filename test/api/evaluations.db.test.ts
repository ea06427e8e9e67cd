import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/driver.js';
import { buildYoga } from '../../src/http/yoga.js';
import { Ingester } from '../../src/ingest/pipeline.js';
import { clearGraph, connectTestGraph } from '../setup/graph.js';
import { type Json, post, querying } from './graphql.js';

// Invented papers: two spellings of one metric (perplexity, PPL), a method with two results on
// one dataset, a result that names no method, and a metric where higher is better.
const PAPERS = [
  {
    id: 'glimmer',
    title: 'Glimmer: sparse attention for long documents',
    abstract:
      'We introduce Glimmer, a sparse attention model for language modeling. Glimmer achieves a ' +
      'perplexity of 18.2 on WikiText-103 and a top-1 accuracy of 81.5% on ImageNet.',
    published: '2024-01-10',
  },
  {
    id: 'lantern',
    title: 'Lantern: recurrent memory for language models',
    abstract:
      'We propose Lantern, a recurrent memory model for language modeling. Lantern reaches 16.4 ' +
      'PPL on WikiText-103, and 18.3 PPL on WikiText-103 without its memory.',
    published: '2024-03-05',
  },
  {
    id: 'revisit',
    title: 'Revisiting recurrent memory for language modeling',
    abstract: 'We find that a smaller memory achieves a perplexity of 17.0 on WikiText-103.',
    published: '2024-06-01',
  },
];

const EVALUATIONS = `query ($dataset: String!, $minConfidence: Float) {
  dataset(name: $dataset) { evaluations { totalCount edges { node { id resultCount
    metric { id name aliases lowerIsBetter }
    ranking(minConfidence: $minConfidence) { totalCount edges { rank node { value raw
      method { name } paper { title } provenance { confidence } } } } } } } } }`;

describe('evaluations: leaderboards per dataset and metric', () => {
  let graph: Graph;
  let yoga: ReturnType<typeof buildYoga>;
  let results: Json[];
  const query = querying(() => yoga);
  beforeAll(async () => {
    graph = await connectTestGraph();
    await clearGraph(graph);
    const ingester = await Ingester.open(graph, { workers: 1 });
    await ingester
      .ingest(PAPERS.map((paper, line) => ({ ok: true, paper, at: { file: 'invented', line } })))
      .finally(() => ingester.close());
    yoga = buildYoga({ graph, exposeErrors: true });
    const data = await query(`{ papers(first: 10) { edges { node { title results {
      value raw metric { name } dataset { name } method { name } provenance { confidence } } } } } }`);
    results = data.papers.edges.flatMap((edge: Json) =>
      edge.node.results.map((result: Json) => ({ ...result, paper: edge.node.title })),
    );
  });
  afterAll(() => graph.close());

  it('folds the spellings of a metric into one, from the metric lexicon', async () => {
    const { dataset } = await query(EVALUATIONS, { dataset: 'WikiText-103' });
    const onWikiText = results.filter((result) => result.dataset.name === 'WikiText-103');
    expect(onWikiText.length).toBe(4);
    expect(new Set(onWikiText.map((result) => result.metric.name))).toEqual(
      new Set(['perplexity']),
    );
    expect(dataset.evaluations.totalCount).toBe(1);
    const [{ node }] = dataset.evaluations.edges;
    expect(node.metric).toMatchObject({ name: 'perplexity', lowerIsBetter: true });
    expect(node.metric.aliases).toContain('PPL');
    expect(node.resultCount).toBe(4);
  });

  it('ranks the best result of each method, lower first for perplexity, one row per method', async () => {
    const { dataset } = await query(EVALUATIONS, { dataset: 'WikiText-103' });
    const ranking = dataset.evaluations.edges[0].node.ranking;
    // what the ranking should be, from the papers' own results
    const best = new Map<string, Json>();
    for (const result of results.filter((r) => r.dataset.name === 'WikiText-103')) {
      const entrant = result.method?.name ?? result.paper;
      if (!best.has(entrant) || result.value < best.get(entrant).value) best.set(entrant, result);
    }
    const expected = [...best.values()].sort((a, b) => a.value - b.value);
    expect(best.size).toBeLessThan(4);
    expect(ranking.totalCount).toBe(expected.length);
    expect(ranking.edges.map((edge: Json) => edge.node.value)).toEqual(
      expected.map((result) => result.value),
    );
    expect(ranking.edges.map((edge: Json) => edge.rank)).toEqual(expected.map((_, i) => i + 1));
    const names = ranking.edges.map(
      (edge: Json) => edge.node.method?.name ?? edge.node.paper.title,
    );
    expect(new Set(names).size).toBe(names.length);
  });

  it('ranks higher first where higher is better', async () => {
    const { dataset } = await query(EVALUATIONS, { dataset: 'ImageNet' });
    const [{ node }] = dataset.evaluations.edges;
    expect(node.metric).toMatchObject({ name: 'top-1 accuracy', lowerIsBetter: false });
    expect(node.ranking.edges[0].node.value).toBe(81.5);
  });

  it('keeps only results extracted with the confidence asked for', async () => {
    const confidences = results.map((result) => result.provenance.confidence);
    const threshold = Math.max(...confidences);
    const sure = results.filter(
      (r) => r.dataset.name === 'WikiText-103' && r.provenance.confidence >= threshold,
    );
    const { dataset } = await query(EVALUATIONS, {
      dataset: 'WikiText-103',
      minConfidence: threshold + 0.001,
    });
    expect(dataset.evaluations.edges[0].node.ranking.totalCount).toBe(0);
    const atThreshold = await query(EVALUATIONS, {
      dataset: 'WikiText-103',
      minConfidence: threshold,
    });
    const ranked = atThreshold.dataset.evaluations.edges[0].node.ranking.edges;
    expect(ranked.length).toBeGreaterThan(0);
    expect(ranked.length).toBeLessThanOrEqual(sure.length);
    for (const edge of ranked)
      expect(edge.node.provenance.confidence).toBeGreaterThanOrEqual(threshold);
    const wrong = await post(yoga, EVALUATIONS, { dataset: 'WikiText-103', minConfidence: 2 });
    expect(wrong.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(wrong.body.errors[0].message).toContain('minConfidence');
  });

  it('pages a ranking forward and back', async () => {
    const id = (await query(EVALUATIONS, { dataset: 'WikiText-103' })).dataset.evaluations.edges[0]
      .node.id;
    const page = (args: string, cursor: string | null) =>
      query(
        `query ($id: ID!, $cursor: String) { node(id: $id) { ... on Evaluation { ranking(${args}) {
           pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { rank } } } } }`,
        { id, cursor },
      );
    const forward: number[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 10; i++) {
      const { ranking }: Json = (await page('first: 1, after: $cursor', cursor)).node;
      forward.push(...ranking.edges.map((edge: Json) => edge.rank));
      if (!ranking.pageInfo.hasNextPage) break;
      cursor = ranking.pageInfo.endCursor;
    }
    expect(forward.length).toBeGreaterThan(1);
    const backward: number[] = [];
    cursor = null;
    for (let i = 0; i < 10; i++) {
      const { ranking }: Json = (await page('last: 1, before: $cursor', cursor)).node;
      backward.unshift(...ranking.edges.map((edge: Json) => edge.rank));
      if (!ranking.pageInfo.hasPreviousPage) break;
      cursor = ranking.pageInfo.startCursor;
    }
    expect(backward).toEqual(forward);
  });

  it('gives a task its evaluations, and lists the metrics with their result counts', async () => {
    const { task } = await query(`{ task(name: "language modeling") { id evaluations {
      edges { node { dataset { name } metric { name } task { name } resultCount } } } } }`);
    const { papers } = await query(`{ papers(where: {task: "language modeling"}) { edges { node {
      results { metric { name } dataset { name } } } } } }`);
    const expected = new Map<string, number>();
    for (const edge of papers.edges)
      for (const result of edge.node.results) {
        const group = `${result.dataset.name} ${result.metric.name}`;
        expected.set(group, (expected.get(group) ?? 0) + 1);
      }
    expect(expected.size).toBeGreaterThan(0);
    const found = task.evaluations.edges.map((edge: Json) => edge.node);
    expect(
      new Map(found.map((e: Json) => [`${e.dataset.name} ${e.metric.name}`, e.resultCount])),
    ).toEqual(expected);
    for (const evaluation of found) expect(evaluation.task.name).toMatch(/language model/i);
    const { metrics } = await query(
      '{ metrics { totalCount edges { resultCount node { name } } } }',
    );
    expect(metrics.edges.map((edge: Json) => [edge.node.name, edge.resultCount])).toEqual([
      ['perplexity', 4],
      ['top-1 accuracy', 1],
    ]);
    const forTask = await query(
      'query ($id: ID!) { metrics(filter: {linkedTo: $id}) { edges { node { name } } } }',
      { id: task.id },
    );
    expect(forTask.metrics.edges.map((edge: Json) => edge.node.name).sort()).toEqual(
      [...new Set(found.map((e: Json) => e.metric.name))].sort(),
    );
  });

  it('refetches a metric and an evaluation by id, and answers null for one that is gone', async () => {
    const { dataset } = await query(EVALUATIONS, { dataset: 'WikiText-103' });
    const { node } = dataset.evaluations.edges[0];
    const refetched = await query(
      'query ($a: ID!, $b: ID!) { nodes(ids: [$a, $b]) { id ... on Metric { name } ... on Evaluation { resultCount } } }',
      { a: node.metric.id, b: node.id },
    );
    expect(refetched.nodes).toEqual([
      { id: node.metric.id, name: 'perplexity' },
      { id: node.id, resultCount: 4 },
    ]);
    const gone = Buffer.from('Evaluation:["nowhere","perplexity",null]').toString('base64');
    expect((await query('query ($id: ID!) { node(id: $id) { id } }', { id: gone })).node).toBe(
      null,
    );
  });
});
