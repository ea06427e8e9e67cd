import { encodeGlobalID } from '@pothos/plugin-relay';
import { pino } from 'pino';
import {
  afterAll,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  type MockInstance,
  vi,
} from 'vitest';
import { Graph } from '../../src/graph/driver.js';
import { graphVersion } from '../../src/graph/graph-version.js';
import { VERSION_MEMO_MS } from '../../src/http/response-cache.js';
import { buildYoga } from '../../src/http/yoga.js';
import { Ingester } from '../../src/ingest/pipeline.js';
import { toReadItem } from '../../src/ingest/read/validate.js';
import { clearGraph, connectTestGraph } from '../setup/graph.js';
import { type Json, post } from './graphql.js';

const API_KEY = 'test-key-0123456789abcdef';
const curator = { authorization: `Bearer ${API_KEY}` };

const PAPERS = '{ papers(first: 20) { totalCount edges { node { title } } } }';
const DATASETS = '{ datasets(first: 50) { totalCount edges { node { id name } } } }';
const INGEST = `mutation ($papers: [PaperInput!]!) {
  ingestPapers(input: { papers: $papers }) { results { status } } }`;

const paper = (n: number) => ({
  id: `cache-${n}`,
  title: `Cached Paper ${n}`,
  abstract: `We propose CacheNet-${n} and evaluate it on CIFAR-10 and ImageNet.`,
});

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('the response cache', () => {
  let graph: Graph;
  let yoga: ReturnType<typeof buildYoga>;
  const logs: Json[] = [];
  let rows: MockInstance<Graph['rows']>;
  /** The names of the statements run since the last call. */
  let statements: () => string[];

  /** Posts an operation and returns its data with the `cache` field of its log line. */
  async function ask(query: string, headers: Record<string, string> = {}) {
    const { status, body } = await post(yoga, query, {}, headers);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const line = logs.findLast((entry) => entry.path === '/graphql');
    return { data: body.data, extensions: body.extensions, cache: line?.cache };
  }

  beforeAll(async () => {
    graph = await connectTestGraph();
    const logger = pino(
      { level: 'info' },
      { write: (line: string) => logs.push(JSON.parse(line)) },
    );
    // The version memo outlasts every test, so only this process's own writes end it here.
    yoga = buildYoga({
      graph,
      apiKey: API_KEY,
      cacheTtlMs: 60_000,
      cacheVersionMemoMs: 600_000,
      logger,
    });
    // On the prototype: each request runs on its own view of the graph (Graph.within).
    rows = vi.spyOn(Graph.prototype, 'rows');
    statements = () => {
      const names = rows.mock.calls.map((call) => String(call[1]));
      rows.mockClear();
      return names;
    };
  });
  beforeEach(async () => {
    await clearGraph(graph);
    const { status } = await post(yoga, INGEST, { papers: [paper(1), paper(2)] }, curator);
    expect(status).toBe(200);
  });
  afterAll(async () => {
    rows.mockRestore();
    await graph.close();
  });

  it('serves a repeated anonymous query from the cache, running no statement of its own', async () => {
    statements();
    const first = await ask(PAPERS);
    expect(first.cache).toBe('miss');
    expect(first.data.papers.totalCount).toBe(2);
    expect(statements()).toEqual(expect.arrayContaining(['graph-version', 'papers-where']));

    const again = await ask(PAPERS);
    expect(again.cache).toBe('hit');
    expect(again.data).toEqual(first.data);
    expect(statements()).toEqual([]);
    // The plugin's own bookkeeping stays off the response.
    expect(again.extensions).toBeUndefined();
  });

  it('answers the read after each mutation with its change', async () => {
    const titles = async () => {
      await ask(PAPERS);
      const { data, cache } = await ask(PAPERS);
      expect(cache).toBe('hit');
      return data.papers.edges.map((edge: Json) => edge.node.title).sort();
    };
    expect(await titles()).toEqual(['Cached Paper 1', 'Cached Paper 2']);

    await post(yoga, INGEST, { papers: [paper(3)] }, curator);
    expect(await titles()).toEqual(['Cached Paper 1', 'Cached Paper 2', 'Cached Paper 3']);

    const deleted = await post(
      yoga,
      'mutation ($id: ID!) { deletePaper(input: { id: $id }) { deletedPaperId } }',
      { id: encodeGlobalID('Paper', 'id:cache-1') },
      curator,
    );
    expect(deleted.body.data.deletePaper.deletedPaperId).not.toBeNull();
    expect(await titles()).toEqual(['Cached Paper 2', 'Cached Paper 3']);

    await ask(DATASETS);
    const before = await ask(DATASETS);
    expect(before.cache).toBe('hit');
    const [keep, gone] = before.data.datasets.edges.map((edge: Json) => edge.node.id);
    const merged = await post(
      yoga,
      'mutation ($keep: ID!, $merge: [ID!]!) { mergeEntities(input: { keep: $keep, merge: $merge }) { mergedIds } }',
      { keep, merge: [gone] },
      curator,
    );
    expect(merged.body.data.mergeEntities.mergedIds).toEqual([gone]);
    const after = await ask(DATASETS);
    expect(after.cache).toBe('miss');
    expect(after.data.datasets.totalCount).toBe(before.data.datasets.totalCount - 1);
  });

  it('answers the read after an ingest batch of another process with it, ETags included', async () => {
    // The version memo as the server has it: another process's write is learnt from the graph.
    const served = buildYoga({ graph, cacheTtlMs: 60_000 });
    const fetchPapers = (headers: Record<string, string> = {}) =>
      served.fetch(`http://papergraph.test/graphql?query=${encodeURIComponent(PAPERS)}`, {
        headers: { accept: 'application/json', ...headers },
      });
    await fetchPapers();
    const etag = (await fetchPapers()).headers.get('etag');
    expect(etag).toBeTruthy();
    expect((await fetchPapers({ 'if-none-match': String(etag) })).status).toBe(304);

    // Its own connection, so this process's Graph learns of the write only from the graph.
    const other = await connectTestGraph();
    try {
      const ingester = await Ingester.open(other, { workers: 1 });
      const at = { file: 'test', entry: 1 };
      const report = await ingester
        .ingest([toReadItem(paper(3), at)])
        .finally(() => ingester.close());
      expect(report.papers.new).toBe(1);
    } finally {
      await other.close();
    }
    await sleep(2 * VERSION_MEMO_MS);

    const stale = await fetchPapers({ 'if-none-match': String(etag) });
    expect(stale.status).toBe(200);
    expect(((await stale.json()) as Json).data.papers.totalCount).toBe(3);
  });

  it('never caches a request with the API key', async () => {
    for (let i = 0; i < 2; i++) {
      statements();
      const { data, cache } = await ask(PAPERS, curator);
      expect(data.papers.totalCount).toBe(2);
      expect(cache).toBeUndefined();
      expect(statements()).toContain('papers-where');
    }
  });

  it('moves the graph version once per transaction, the paper-by-paper retry included', async () => {
    const count = async () => {
      const counter = /\.(\d+)$/.exec(await graphVersion(graph))?.[1];
      expect(counter).toBeDefined();
      return Number(counter);
    };
    const before = await count();
    // A key too long for the Paper id index fails the batch; each paper is then written alone.
    const tooLong = { ...paper(9), id: 'x'.repeat(40_000) };
    const ingester = await Ingester.open(graph, { workers: 1 });
    const items = [paper(3), tooLong, paper(4)].map((p, i) =>
      toReadItem(p, { file: 'test', entry: i + 1 }),
    );
    const report = await ingester.ingest(items).finally(() => ingester.close());
    expect(report.papers).toMatchObject({ new: 2, failed: 1 });
    expect(await count()).toBe(before + 2);
  });
});
