import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PaperInput } from '../../src/domain/model.js';
import type { Graph } from '../../src/graph/driver.js';
import { toPlain } from '../../src/graph/values.js';
import { paperId } from '../../src/ingest/identity.js';
import {
  GraphNotEmptyError,
  loadOffline,
  type OfflineLoad,
  type OfflineLoadOptions,
  openLoadedGraph,
} from '../../src/ingest/offline-load.js';
import { Ingester, type IngestReport } from '../../src/ingest/pipeline.js';
import { clearGraph, connectTestGraph } from '../setup/graph.js';

/**
 * Every node and relationship with every property and its type (ingestedAt aside, a clock
 * reading), as sorted lines: equal dumps mean equal graphs.
 */
async function dump(graph: Graph): Promise<string[]> {
  const lines = await graph.readTx(async (tx) => {
    const nodes = await tx.run(
      `MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:GraphVersion
       RETURN labels(n) AS labels,
              [k IN keys(n) WHERE k <> 'ingestedAt' | [k, valueType(n[k]), n[k]]] AS props`,
    );
    const relationships = await tx.run(
      `MATCH (a)-[r]->(b)
       RETURN coalesce(a.id, a.key) AS from, type(r) AS type, coalesce(b.id, b.key) AS to,
              [k IN keys(r) | [k, valueType(r[k]), r[k]]] AS props`,
    );
    return [
      ...nodes.records.map((r) =>
        JSON.stringify(toPlain([r.get('labels'), sorted(r.get('props'))])),
      ),
      ...relationships.records.map((r) =>
        JSON.stringify(
          toPlain([r.get('from'), r.get('type'), r.get('to'), sorted(r.get('props'))]),
        ),
      ),
    ];
  });
  return lines.sort();
}

const sorted = (props: unknown[][]) =>
  [...props].sort((a, b) => String(a[0]).localeCompare(String(b[0])));

describe('offline load into an empty local Neo4j', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'papergraph-offline-'));
  const extra = join(dataDir, 'extra.jsonl');
  const sample = 'data/sample/hf-trending-sample.txt';
  const files = [sample, extra];
  // Small batches, so the repeated paper below falls in a later batch than its first version.
  const batchSize = 7;
  const options: OfflineLoadOptions = {
    server: { dataDir, port: 0, password: 'papergraph-test', heapMb: 256, pageCacheMb: 64 },
    database: 'neo4j',
    txTimeoutMs: 30_000,
    batchSize,
    workers: 2,
  };
  let load: OfflineLoad;
  let ingested: Graph;
  let ingestReport: IngestReport;
  const repeated: PaperInput = {
    id: 'test:repeated',
    title: 'Sparse Mixture Routing',
    abstract: 'We propose SMR, evaluated on CIFAR-10.',
  };

  beforeAll(async () => {
    const filler = Array.from({ length: 2 * batchSize }, (_, i) => ({
      title: `Filler paper ${i}`,
      abstract: `We evaluate ResNet-50 on ImageNet with setting ${i}.`,
    }));
    const changed = {
      ...repeated,
      abstract: 'We propose SMR (Sparse Mixture Routing) and test it on SVHN.',
    };
    writeFileSync(
      extra,
      [
        JSON.stringify(repeated),
        '{"title": "broken',
        ...filler.map((p) => JSON.stringify(p)),
        JSON.stringify(changed),
      ].join('\n'),
    );
    load = await loadOffline(files, options);

    ingested = await connectTestGraph();
    await clearGraph(ingested);
    const ingester = await Ingester.open(ingested, { batchSize, workers: 2 });
    ingestReport = await ingester.ingestFiles(files).finally(() => ingester.close());
  }, 300_000);

  afterAll(async () => {
    await ingested?.close();
    await load?.graph.close();
    await load?.server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('builds the very graph that ingest builds from the same files', async () => {
    const offline = await dump(load.graph);
    expect(offline.length).toBeGreaterThan(1000);
    expect(offline).toEqual(await dump(ingested));
  });

  it('reports papers and failures as ingest does, naming the bad line', () => {
    const { seconds: _a, ...offline } = load.report;
    const { seconds: _b, ...online } = ingestReport;
    expect(offline).toEqual(online);
    expect(offline.papers).toEqual({
      new: 94 + 1 + 2 * batchSize,
      updated: 1,
      unchanged: 0,
      failed: 1,
    });
    expect(offline.failures).toEqual([expect.stringContaining(`${extra}:2`)]);
  });

  it('leaves a graph that ingest carries on from: the sample again is all unchanged', async () => {
    const ingester = await Ingester.open(load.graph, { batchSize, workers: 2 });
    const again = await ingester.ingestFiles([sample]).finally(() => ingester.close());
    expect(again.papers).toEqual({ new: 0, updated: 0, unchanged: 94, failed: 0 });
    expect(again.nodesCreated + again.relationshipsCreated).toBe(0);
  });

  it('search finds imported papers at once: the full-text indexes are built before it returns', async () => {
    const rows = await load.graph.read<{ id: string }>('paper-text-search', {
      query: '"Sparse Mixture Routing"',
      limit: neo4j.int(5),
    });
    expect(rows.map((row) => row.id)).toContain(paperId(repeated));
  });

  // Stops and starts Neo4j twice: minutes on a loaded machine, so more than the default limit.
  it('refuses a graph that holds data and leaves it as it was', async () => {
    const before = await dump(load.graph);
    await load.graph.close();
    await load.server.stop();
    await expect(loadOffline(files, options)).rejects.toThrow(GraphNotEmptyError);

    const { server, graph } = await openLoadedGraph(options);
    load = { ...load, server, graph };
    expect(await dump(graph)).toEqual(before);
  }, 240_000);
});
