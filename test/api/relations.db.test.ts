import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/driver.js';
import { graphStats } from '../../src/graph/stats.js';
import { buildYoga } from '../../src/http/yoga.js';
import { Ingester } from '../../src/ingest/pipeline.js';
import { clearGraph, connectTestGraph } from '../setup/graph.js';
import { type Json, post, querying } from './graphql.js';

const PARTIALFORMER = 'PartialFormer: Modeling Part Instead of Whole';
const PARTIAL_MASKING = 'Beyond Masked and Unmasked: Discrete Diffusion Models via Partial Masking';

describe('relationship queries over the sample corpus', () => {
  let graph: Graph;
  let yoga: ReturnType<typeof buildYoga>;
  const query = querying(() => yoga);
  beforeAll(async () => {
    graph = await connectTestGraph();
    await clearGraph(graph);
    const ingester = await Ingester.open(graph, { workers: 2 });
    await ingester.ingestFiles(['data/sample/hf-trending-sample.txt']);
    // The sample has no dates; two dated papers give the date filters something to select.
    const dated = [
      {
        title: 'Dated A',
        abstract: 'We evaluate on MNIST.',
        published: '2024-05-01',
        authors: ['Ada Lovelace'],
      },
      {
        title: 'Dated B',
        abstract: 'We evaluate on MNIST and SVHN.',
        published: '2025-02-01',
        authors: ['Ada Lovelace', 'Alan Turing'],
      },
    ];
    await ingester
      .ingest(dated.map((paper, line) => ({ ok: true, paper, at: { file: 'dated', line } })))
      .finally(() => ingester.close());
    yoga = buildYoga({ graph, exposeErrors: true });
  });
  afterAll(() => graph.close());

  it('counts, per method on a dataset, the papers that name both', async () => {
    const data =
      await query(`{ dataset(name: "CIFAR-10") { name methods { totalCount edges { paperCount
      node { name } papers { title datasets { dataset { name } } methods { method { name } } } } } } }`);
    const methods = data.dataset.methods.edges.map((edge: Json) => ({
      ...edge,
      method: edge.node,
    }));
    expect(data.dataset.methods.totalCount).toBeGreaterThanOrEqual(methods.length);
    expect(methods.length).toBeGreaterThan(0);
    for (const related of methods) {
      expect(related.papers.length).toBe(Math.min(related.paperCount, 5));
      for (const paper of related.papers) {
        expect(paper.datasets.map((d: Json) => d.dataset.name)).toContain('CIFAR-10');
        expect(paper.methods.map((m: Json) => m.method.name)).toContain(related.method.name);
      }
    }
  });

  it('pages the datasets a task shares papers with, forward and back', async () => {
    const all = await query(
      '{ task(name: "machine translation") { datasets(first: 100) { totalCount edges { node { key } } } } }',
    );
    const keys = all.task.datasets.edges.map((edge: Json) => edge.node.key);
    expect(keys).toHaveLength(all.task.datasets.totalCount);
    const first = await query(
      '{ task(name: "machine translation") { datasets(first: 1) { pageInfo { endCursor hasNextPage } } } }',
    );
    const rest = await query(
      'query ($after: String) { task(name: "machine translation") { datasets(first: 100, after: $after) { edges { node { key } } } } }',
      { after: first.task.datasets.pageInfo.endCursor },
    );
    expect(rest.task.datasets.edges.map((edge: Json) => edge.node.key)).toEqual(keys.slice(1));
    const back = await query(
      '{ task(name: "machine translation") { datasets(last: 1) { pageInfo { hasPreviousPage } edges { node { key } } } } }',
    );
    expect(back.task.datasets.edges.map((edge: Json) => edge.node.key)).toEqual(keys.slice(-1));
    expect(back.task.datasets.pageInfo.hasPreviousPage).toBe(keys.length > 1);
  });

  it('goes from a task to its papers, datasets and methods', async () => {
    const found = await query(
      `{ repository(fullName: "zhengkid/PartialFormer") { papers { edges { node { tasks { task { name } } } } } } }`,
    );
    const [first] = found.repository.papers.edges[0].node.tasks;
    const data = await query(
      `query ($name: String!) { task(name: $name) { name papers { totalCount edges { node { title } } }
         methods { edges { node { name } paperCount } } datasets { edges { node { name } } } } }`,
      { name: first.task.name },
    );
    expect(data.task.papers.edges.map((edge: Json) => edge.node.title)).toContain(PARTIALFORMER);
    expect(data.task.methods.edges.map((m: Json) => m.node.name)).toContain('PartialFormer');
  });

  it('searches papers and entities, ranked, as a user types', async () => {
    const found =
      await query(`{ datasets: search(query: "cifar", types: [DATASET]) { edges { score type label
        node { ... on Dataset { name } } } }
      papers: search(query: "partial masking diffusion", types: [PAPER], first: 3) { edges { score
        node { ... on Paper { title } } label } } }`);
    const data = { datasets: found.datasets.edges, papers: found.papers.edges };
    expect(data.datasets[0].node.name).toMatch(/^CIFAR/);
    expect(data.datasets.every((hit: Json) => hit.type === 'DATASET')).toBe(true);
    expect(data.datasets.map((hit: Json) => hit.label)).toEqual(
      data.datasets.map((hit: Json) => hit.node.name),
    );
    expect(data.papers[0].node.title).toMatch(/Partial Masking/);
    expect(data.papers[0].label).toBe(data.papers[0].node.title);
    const scores = data.papers.map((hit: Json) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));

    // pages of hits join up, forward and back
    const page = (args: string, cursor: string | null) =>
      query(
        `query ($cursor: String) { search(query: "model", ${args}) { totalCount
           pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { type label } } }`,
        { cursor },
      );
    const whole = await page('first: 100, after: $cursor', null);
    const all = whole.search.edges.map((hit: Json) => `${hit.type}:${hit.label}`);
    expect(all.length).toBe(Math.min(whole.search.totalCount, 100));
    const one = await page('first: 5, after: $cursor', null);
    const next = await page('first: 5, after: $cursor', one.search.pageInfo.endCursor);
    expect(next.search.edges.map((hit: Json) => `${hit.type}:${hit.label}`)).toEqual(
      all.slice(5, 10),
    );
    const back = await page('last: 5, before: $cursor', next.search.pageInfo.startCursor);
    expect(back.search.edges.map((hit: Json) => `${hit.type}:${hit.label}`)).toEqual(
      all.slice(0, 5),
    );
    expect(back.search.pageInfo.hasPreviousPage).toBe(false);
  });

  it('finds how two methods are connected', async () => {
    const ids = await query(
      `{ a: method(name: "PartialFormer") { id } b: method(name: "Transformer") { id } }`,
    );
    const data = await query(
      `query ($a: ID!, $b: ID!) { connections(from: $a, to: $b, maxHops: 2, first: 100) {
         totalCount edges { node { length
         nodes { __typename id ... on Entity { name } ... on Paper { title } }
         relationships { type role from to } } } } }`,
      { a: ids.a.id, b: ids.b.id },
    );
    const paths = data.connections.edges.map((edge: Json) => edge.node);
    expect(paths.length).toBeGreaterThan(0);
    expect(data.connections.totalCount).toBe(paths.length);
    const path = paths.find((p: Json) => p.nodes[1].title === PARTIALFORMER);
    expect(path.length).toBe(2);
    // the path's nodes are the nodes themselves, ids and all
    expect(path.nodes.map((n: Json) => n.__typename)).toEqual(['Method', 'Paper', 'Method']);
    expect(path.nodes[0].id).toBe(ids.a.id);
    expect(path.nodes.at(-1).id).toBe(ids.b.id);
    expect(path.relationships.map((r: Json) => r.type)).toEqual(['HAS_METHOD', 'HAS_METHOD']);
    // relationships point from the paper to each method, by global id
    expect(path.relationships.map((r: Json) => [r.from, r.to])).toEqual([
      [path.nodes[1].id, ids.a.id],
      [path.nodes[1].id, ids.b.id],
    ]);
    expect(['PROPOSED', 'USED']).toContain(path.relationships[0].role);
    const tooFar = await post(
      yoga,
      `query ($a: ID!, $b: ID!) { connections(from: $a, to: $b, maxHops: 5) { totalCount } }`,
      { a: ids.a.id, b: ids.b.id },
    );
    expect(tooFar.body.errors[0].message).toMatch(/maxHops/);
  });

  it('ranks the evaluations of a dataset by value, in the direction its metric wants', async () => {
    const data = await query(`{ dataset(name: "OpenWebText") { evaluations { edges { node {
      dataset { name } metric { name lowerIsBetter } ranking { edges { rank node { value raw
      method { name } paper { title } provenance { evidence } } } } } } } } }`);
    const evaluations = data.dataset.evaluations.edges.map((edge: Json) => edge.node);
    const perplexity = evaluations.find((e: Json) => e.metric.name === 'perplexity');
    expect(perplexity.metric.lowerIsBetter).toBe(true);
    const values = perplexity.ranking.edges.map((edge: Json) => edge.node.value);
    expect(values).toContain(15.36);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    for (const evaluation of evaluations) expect(evaluation.dataset.name).toBe('OpenWebText');
  });

  it('reports the counts of the graph', async () => {
    const data = await query('{ stats { labels { name count } relationships { name count } } }');
    const stats = await graphStats(graph);
    expect(Object.fromEntries(data.stats.labels.map((c: Json) => [c.name, c.count]))).toEqual(
      stats.labels,
    );
    expect(data.stats.labels.find((c: Json) => c.name === 'Paper').count).toBe(96);
  });

  it('ranks methods related to a method by the datasets and tasks their papers share', async () => {
    const onCifar = await query(
      '{ dataset(name: "CIFAR-10") { methods { edges { node { name } } } } }',
    );
    const name = onCifar.dataset.methods.edges[0].node.name;
    const data = await query(
      `query ($name: String!) { relatedMethods(method: $name) { totalCount pageInfo { hasNextPage }
        edges { sharedDatasets sharedTasks node { id name } } } method(name: $name) { id } }`,
      { name },
    );
    // The datasets and tasks of a method's papers, each method apart: all of them at once would
    // be past the complexity limit.
    const keysOf = async (id: string) => {
      const { node } = await query(
        `query ($id: ID!) { node(id: $id) { ... on Method { papers(first: 100) { edges { node {
          datasets { dataset { key } } tasks { task { key } } } } } } } }`,
        { id },
      );
      const keys = new Set<string>();
      for (const edge of node.papers.edges) {
        for (const d of edge.node.datasets) keys.add(d.dataset.key);
        for (const t of edge.node.tasks) keys.add(`task:${t.task.key}`);
      }
      return keys;
    };
    const own = await keysOf(data.method.id);
    const related = data.relatedMethods.edges;
    expect(related.length).toBeGreaterThan(0);
    expect(data.relatedMethods.pageInfo.hasNextPage).toBe(data.relatedMethods.totalCount > 10);
    const sizes = related.map((r: Json) => r.sharedDatasets + r.sharedTasks);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    for (const r of related) {
      expect(r.node.name).not.toBe(name);
      const theirs = await keysOf(r.node.id);
      const shared = [...own].filter((key) => theirs.has(key));
      expect(shared.length).toBe(r.sharedDatasets + r.sharedTasks);
    }
  });

  it('ranks the most named datasets, in a date range', async () => {
    const all = await query(
      '{ top(type: DATASET, first: 5) { totalCount edges { paperCount node { name papers { totalCount } } } } }',
    );
    for (const row of all.top.edges) expect(row.paperCount).toBe(row.node.papers.totalCount);
    expect(all.top.totalCount).toBeGreaterThan(5);
    const recent = await query(
      '{ top(type: DATASET, from: "2025-01-01") { edges { paperCount node { name } } } }',
    );
    expect(recent.top.edges.map((r: Json) => [r.node.name, r.paperCount])).toEqual([
      ['MNIST', 1],
      ['SVHN', 1],
    ]);
    const since2024 = await query(
      '{ top(type: DATASET, from: "2024-01-01", first: 1) { pageInfo { hasNextPage } edges { paperCount node { ... on Dataset { name } } } } }',
    );
    expect(since2024.top.edges).toEqual([{ paperCount: 2, node: { name: 'MNIST' } }]);
    expect(since2024.top.pageInfo.hasNextPage).toBe(true);
  });

  it('filters papers by entities, text and date, combined', async () => {
    const both = await query(`{ papers(where: {dataset: "CIFAR-10", text: "masking"}) { totalCount
      edges { node { title datasets { dataset { name } } } } } }`);
    expect(both.papers.edges.map((e: Json) => e.node.title)).toEqual([PARTIAL_MASKING]);
    expect(both.papers.totalCount).toBe(1);
    const recent = await query(
      '{ papers(where: {publishedAfter: "2025-01-01", dataset: "mnist"}) { totalCount edges { node { title published } } } }',
    );
    expect(recent.papers.edges.map((e: Json) => e.node)).toEqual([
      { title: 'Dated B', published: '2025-02-01' },
    ]);
    const none = await query(
      '{ papers(where: {method: "no-such-method-anywhere"}) { totalCount } }',
    );
    expect(none.papers.totalCount).toBe(0);
    const page = await query(
      '{ papers(first: 3) { totalCount pageInfo { hasNextPage } edges { node { title } } } }',
    );
    expect(page.papers.totalCount).toBe(96);
    expect(page.papers.edges[0].node.title).toBe('Dated B');
  });

  it('browses every dataset, most papers first, with a total that matches the graph', async () => {
    const data = await query(`{ datasets(first: 10) { totalCount
      edges { paperCount node { name papers { totalCount } } } } stats { labels { name count } } }`);
    const datasets = data.stats.labels.find((c: Json) => c.name === 'Dataset').count;
    expect(data.datasets.totalCount).toBe(datasets);
    const counts = data.datasets.edges.map((edge: Json) => edge.paperCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    for (const edge of data.datasets.edges)
      expect(edge.node.papers.totalCount).toBe(edge.paperCount);
  });

  it('pages methods by name forward and backward, and refuses a cursor of another order', async () => {
    const page = (args: string, variables: Record<string, unknown>) =>
      query(
        `query ($cursor: String) { methods(orderBy: NAME, ${args}) { totalCount
           pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { name key } } } }`,
        variables,
      );
    const forward: string[] = [];
    let cursor: string | null = null;
    let total = 0;
    for (let i = 0; i < 100; i++) {
      const { methods } = await page('first: 40, after: $cursor', { cursor });
      total = methods.totalCount;
      forward.push(...methods.edges.map((edge: Json) => edge.node.key));
      if (!methods.pageInfo.hasNextPage) break;
      cursor = methods.pageInfo.endCursor;
    }
    expect(forward).toHaveLength(total);
    expect(new Set(forward).size).toBe(total);
    const backward: string[] = [];
    cursor = null;
    for (let i = 0; i < 100; i++) {
      const { methods } = await page('last: 40, before: $cursor', { cursor });
      backward.unshift(...methods.edges.map((edge: Json) => edge.node.key));
      if (!methods.pageInfo.hasPreviousPage) break;
      cursor = methods.pageInfo.startCursor;
    }
    expect(backward).toEqual(forward);
    const { methods } = await page('first: 1, after: $cursor', { cursor: null });
    const other = await post(
      yoga,
      'query ($after: String) { methods(after: $after) { totalCount } }',
      { after: methods.pageInfo.endCursor },
    );
    expect(other.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(other.body.errors[0].message).toContain('`after`');
  });

  it('filters entities by name, by a linked entity and by publication date', async () => {
    const cifar = await query(
      '{ datasets(filter: {namePrefix: "cifar"}) { edges { node { name } } } }',
    );
    expect(cifar.datasets.edges.length).toBeGreaterThan(0);
    for (const edge of cifar.datasets.edges) expect(edge.node.name.toLowerCase()).toMatch(/^cifar/);

    const { task } = await query(
      '{ task(name: "machine translation") { id datasets(first: 100) { edges { node { key } } } } }',
    );
    const withTask = await query(
      'query ($id: ID!) { datasets(first: 100, filter: {linkedTo: $id}) { edges { paperCount node { key } } } }',
      { id: task.id },
    );
    expect(withTask.datasets.edges.map((edge: Json) => edge.node.key).sort()).toEqual(
      task.datasets.edges.map((related: Json) => related.node.key).sort(),
    );

    const recent = await query(
      '{ datasets(filter: {publishedFrom: "2025-01-01"}) { totalCount edges { paperCount node { name } } } }',
    );
    expect(recent.datasets.edges.map((edge: Json) => [edge.node.name, edge.paperCount])).toEqual([
      ['MNIST', 1],
      ['SVHN', 1],
    ]);
  });

  it('gives an author their papers, and finds an author by id', async () => {
    const { papers } = await query(
      '{ papers(where: {dataset: "SVHN"}) { edges { node { authors { id name papers { totalCount edges { node { title } } } } } } } }',
    );
    const [ada, alan] = papers.edges[0].node.authors;
    expect(ada.name).toBe('Ada Lovelace');
    expect(ada.papers.totalCount).toBe(2);
    expect(ada.papers.edges.map((edge: Json) => edge.node.title)).toEqual(['Dated B', 'Dated A']);
    expect(alan.papers.totalCount).toBe(1);
    const found = await query('query ($id: ID!) { author(id: $id) { name } }', { id: ada.id });
    expect(found.author.name).toBe('Ada Lovelace');
  });

  it('lists authors by papers written, with their co-authors and a date filter', async () => {
    const { authors } = await query(
      '{ authors(first: 5) { totalCount edges { paperCount node { id name papers { totalCount } } } } }',
    );
    expect(authors.totalCount).toBe(2);
    expect(authors.edges.map((edge: Json) => [edge.node.name, edge.paperCount])).toEqual([
      ['Ada Lovelace', 2],
      ['Alan Turing', 1],
    ]);
    for (const edge of authors.edges) expect(edge.node.papers.totalCount).toBe(edge.paperCount);
    const alan = authors.edges[1].node;
    const coAuthors = await query(
      'query ($id: ID!) { authors(filter: {linkedTo: $id}, orderBy: NAME) { edges { paperCount node { name } } } }',
      { id: alan.id },
    );
    expect(coAuthors.authors.edges.map((edge: Json) => [edge.node.name, edge.paperCount])).toEqual([
      ['Ada Lovelace', 1],
      ['Alan Turing', 1],
    ]);
    const before2025 = await query(
      '{ authors(filter: {publishedTo: "2024-12-31"}) { edges { node { name } } } }',
    );
    expect(before2025.authors.edges.map((edge: Json) => edge.node.name)).toEqual(['Ada Lovelace']);
  });

  it('shows only the links extracted with the confidence asked for, everywhere links are listed', async () => {
    // the first method whose links were read with different confidences
    const { methods } = await query(`{ methods(first: 20) { edges { node { name papers(first: 30) {
      edges { provenance { confidence } } } } } } }`);
    const varied = methods.edges.find(
      (edge: Json) =>
        new Set(edge.node.papers.edges.map((link: Json) => link.provenance.confidence)).size > 1,
    );
    const name = varied.node.name;
    const all = await query(
      `query ($name: String!) { method(name: $name) { id papers(first: 30) { totalCount
        edges { provenance { confidence } node { key } } } } }`,
      { name },
    );
    const confidences = all.method.papers.edges.map((edge: Json) => edge.provenance.confidence);
    const threshold = [...new Set<number>(confidences)].sort().at(-1) as number;
    const sure = all.method.papers.edges.filter(
      (edge: Json) => edge.provenance.confidence >= threshold,
    );
    // a threshold that keeps some links and drops others
    expect(sure.length).toBeGreaterThan(0);
    expect(sure.length).toBeLessThan(all.method.papers.totalCount);
    const data = await query(
      `query ($c: Float!, $id: ID!, $name: String!) {
        method(name: $name) { papers(first: 30, minConfidence: $c) { totalCount
          edges { node { key methods(minConfidence: $c) { method { name } provenance { confidence } } } } }
          tasks(minConfidence: $c) { edges { paperCount } } }
        methods(first: 50, filter: {minConfidence: $c, linkedTo: $id}) { edges { paperCount node { name } } } }`,
      { c: threshold, id: all.method.id, name },
    );
    const { papers, tasks } = data.method;
    expect(papers.totalCount).toBe(sure.length);
    expect(papers.edges.map((edge: Json) => edge.node.key)).toEqual(
      sure.map((edge: Json) => edge.node.key),
    );
    for (const edge of papers.edges) {
      expect(edge.node.methods.map((link: Json) => link.method.name)).toContain(name);
      for (const link of edge.node.methods)
        expect(link.provenance.confidence).toBeGreaterThanOrEqual(threshold);
    }
    for (const edge of tasks.edges) expect(edge.paperCount).toBeLessThanOrEqual(sure.length);
    const listed = data.methods.edges.find((edge: Json) => edge.node.name === name);
    expect(listed.paperCount).toBe(sure.length);
    const filtered = await query(
      `query ($c: Float!, $name: String!) { papers(first: 30, where: {method: $name, minConfidence: $c}) {
        totalCount edges { node { key } } } }`,
      { c: threshold, name },
    );
    expect(filtered.papers.totalCount).toBe(sure.length);
    expect(filtered.papers.edges.map((edge: Json) => edge.node.key).sort()).toEqual(
      sure.map((edge: Json) => edge.node.key).sort(),
    );
  });
});
