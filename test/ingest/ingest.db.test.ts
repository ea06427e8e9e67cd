import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import type { PaperInput } from '../../src/domain/model.js';
import type { Graph } from '../../src/graph/driver.js';
import { graphStats, hasPapers } from '../../src/graph/stats.js';
import { Ingester } from '../../src/ingest/pipeline.js';
import { type ReadItem, readPapers } from '../../src/ingest/read/index.js';
import { clearGraph, connectTestGraph } from '../setup/graph.js';

const sample = 'data/sample/hf-trending-sample.txt';

/** Every extracted edge as a sorted list of strings: two equal snapshots mean equal graphs. */
async function snapshot(graph: Graph): Promise<string[]> {
  const rows = await graph.readTx(async (tx) => {
    const result = await tx.run(
      `MATCH (a)-[r]->(b)
       RETURN coalesce(a.id, a.key) + ' -' + type(r) + '{' + coalesce(r.role, '') + ',' +
              coalesce(r.rule, '') + '}-> ' + coalesce(b.id, b.key) AS edge`,
    );
    return result.records.map((record) => record.get('edge') as string);
  });
  return rows.sort();
}

async function ingest(graph: Graph, items: AsyncIterable<ReadItem> | ReadItem[], batchSize = 25) {
  const ingester = await Ingester.open(graph, { batchSize, workers: 2 });
  try {
    return await ingester.ingest(items);
  } finally {
    await ingester.close();
  }
}

function paperItem(paper: PaperInput, line: number): ReadItem {
  return { ok: true, paper, at: { file: 'test', line } };
}

describe('ingest into Neo4j', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = await connectTestGraph();
  });
  beforeEach(() => clearGraph(graph));
  afterAll(() => graph.close());

  it('ingests the sample corpus; a second run changes nothing and skips every paper', async () => {
    expect(await hasPapers(graph)).toBe(false);
    const first = await ingest(graph, readPapers(sample));
    expect(first.papers).toEqual({ new: 94, updated: 0, unchanged: 0, failed: 0 });
    expect(await hasPapers(graph)).toBe(true);
    const afterFirst = await graphStats(graph);
    const edgesFirst = await snapshot(graph);
    expect(afterFirst.labels.Paper).toBe(94);
    expect(afterFirst.relationships.HAS_CODE).toBeGreaterThan(10);

    const second = await ingest(graph, readPapers(sample));
    expect(second.papers).toEqual({ new: 0, updated: 0, unchanged: 94, failed: 0 });
    expect(second.nodesCreated + second.relationshipsCreated).toBe(0);
    expect(await graphStats(graph)).toEqual(afterFirst);
    expect(await snapshot(graph)).toEqual(edgesFirst);
  });

  it('links a paper to its code, datasets and results with provenance', async () => {
    await ingest(graph, readPapers(sample));
    const [partial] = await graph.readTx(async (tx) => {
      const result = await tx.run(
        `MATCH (p:Paper)-[c:HAS_CODE]->(r:Repository {key: 'github:zhengkid/partialformer'})
         RETURN p.title AS title, r.fullName AS fullName, c.evidence AS evidence, c.rule AS rule,
                c.confidence AS confidence, c.extractorVersion AS version`,
      );
      return result.records.map((record) => record.toObject());
    });
    expect(partial?.title).toBe('PartialFormer: Modeling Part Instead of Whole');
    expect(partial?.fullName).toBe('zhengkid/PartialFormer');
    expect(partial?.evidence).toContain('https://github.com/zhengkid/PartialFormer');
    expect(partial?.rule).toEqual(expect.any(String));
    expect(partial?.confidence).toBeGreaterThan(0);
    expect(partial?.version).toEqual(expect.any(String));
  });

  it('finishes an interrupted ingest with the same graph as an uninterrupted one', async () => {
    await ingest(graph, readPapers(sample));
    const uninterrupted = await snapshot(graph);

    await clearGraph(graph);
    const all: ReadItem[] = [];
    for await (const item of readPapers(sample)) all.push(item);
    await ingest(graph, all.slice(0, 40));
    const rerun = await ingest(graph, all);
    expect(rerun.papers).toMatchObject({ new: 54, unchanged: 40, failed: 0 });
    expect(await snapshot(graph)).toEqual(uninterrupted);
  });

  it('updates a changed paper in place, replacing what was extracted from it', async () => {
    const paper = {
      title: 'FooNet: Fast Networks',
      abstract: 'We propose FooNet, evaluated on CIFAR-10. Code: https://github.com/foo/foonet.',
      arxivId: '2501.00001v1',
    };
    await ingest(graph, [paperItem(paper, 1)]);
    const changed = { ...paper, abstract: 'We propose FooNet and evaluate it on ImageNet.' };
    const report = await ingest(graph, [paperItem(changed, 1)]);
    expect(report.papers).toEqual({ new: 0, updated: 1, unchanged: 0, failed: 0 });
    const rows = await graph.readTx(async (tx) => {
      const result = await tx.run(
        `MATCH (p:Paper {id: 'arxiv:2501.00001'})-[r]->(x)
         RETURN type(r) AS type, coalesce(x.name, x.fullName) AS name ORDER BY type, name`,
      );
      return result.records.map((record) => `${record.get('type')} ${record.get('name')}`);
    });
    expect(rows).toContain('HAS_DATASET ImageNet');
    expect(rows.join('\n')).not.toMatch(/CIFAR-10|HAS_CODE/);
    const stats = await graphStats(graph);
    expect(stats.labels.Paper).toBe(1);
  });

  it("gathers an entity's aliases and keys across papers and runs, and resolves by them", async () => {
    const paper = (id: string, abstract: string) => ({ id, title: `Paper ${id}`, abstract });
    // The long form alone first; its acronym arrives in a later run, then the acronym alone.
    await ingest(graph, [
      paperItem(
        paper('a1', 'Our approach builds on Multi-Head Latent Attention and halves memory.'),
        1,
      ),
    ]);
    await ingest(graph, [
      paperItem(
        paper('a2', 'We build on Multi-Head Latent Attention (MLA) and cut the cache by 40%.'),
        1,
      ),
      paperItem(paper('a3', 'Our system is based on MLA and serves long requests faster.'), 2),
    ]);
    await ingest(graph, [paperItem(paper('a4', 'This work is based on MLA as well.'), 1)]);

    const methods = await graph.readTx(async (tx) => {
      const result = await tx.run(
        `MATCH (m:Method)<-[:HAS_METHOD]-(p:Paper)
         WITH m, p ORDER BY p.id
         RETURN m.name AS name, m.aliases AS aliases, collect(p.id) AS papers,
                COLLECT { MATCH (alias:Alias)-[:ALIAS_OF]->(m) RETURN alias.key } AS aliasKeys`,
      );
      return result.records.map((record) => record.toObject());
    });
    expect(methods).toHaveLength(1);
    expect(methods[0]).toMatchObject({
      name: 'Multi-Head Latent Attention',
      aliases: ['MLA'],
      papers: ['id:a1', 'id:a2', 'id:a3', 'id:a4'],
    });
    expect(methods[0]?.aliasKeys).toEqual(['mla']);
  });

  it('warns of a paper read twice and of a file with no papers, and exits 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'papergraph-ingest-'));
    const twice = join(dir, 'twice.jsonl');
    const empty = join(dir, 'empty.jsonl');
    const paper = (id: string, title: string) =>
      JSON.stringify({ id, title, abstract: 'We evaluate on MNIST.' });
    writeFileSync(
      twice,
      [paper('x', 'First'), paper('y', 'Other'), paper('x', 'Second')].join('\n'),
    );
    writeFileSync(empty, '');
    const { uri, user, password } = inject('neo4j');
    const { stderr } = await promisify(execFile)(
      process.execPath,
      // Rejects unless the exit code is 0.
      ['--import', 'tsx', 'src/index.ts', 'ingest', twice, empty],
      { env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password } },
    );
    expect(stderr.split('\n').filter((line) => line.startsWith('warning:'))).toEqual([
      `warning: ${twice}:3: paper id:x again (first at ${twice}:1); the later record is kept`,
      `warning: ${empty}: no papers in this file`,
    ]);
    const titles = await graph.readTx(async (tx) => {
      const result = await tx.run("MATCH (p:Paper {id: 'id:x'}) RETURN p.title AS title");
      return result.records.map((record) => record.get('title'));
    });
    expect(titles).toEqual(['Second']);
  });

  it('reports bad records with file and line, and ingests the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'papergraph-ingest-'));
    const file = join(dir, 'mixed.jsonl');
    const good = (n: number) =>
      JSON.stringify({ title: `Paper ${n}`, abstract: `We evaluate on MNIST ${n}.` });
    writeFileSync(
      file,
      [good(1), '{"title": "broken"', good(2), '{"title": "no abstract"}'].join('\n'),
    );

    const ingester = await Ingester.open(graph, { batchSize: 10, workers: 1 });
    const report = await ingester
      .ingestFiles([file, join(dir, 'missing.jsonl')])
      .finally(() => ingester.close());
    expect(report.papers).toEqual({ new: 2, updated: 0, unchanged: 0, failed: 3 });
    expect(report.failures[0]).toMatch(/mixed\.jsonl:2: malformed JSON/);
    expect(report.failures[1]).toMatch(/mixed\.jsonl:4: .*abstract/);
    expect(report.failures[2]).toMatch(/missing\.jsonl: .*ENOENT/);
    expect((await graphStats(graph)).labels.Paper).toBe(2);
  });
});
