import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import {
  Deadline,
  Graph,
  GraphTimeoutError,
  GraphUnavailableError,
} from '../../src/graph/driver.js';
import { connectTestGraph } from '../setup/graph.js';

describe('Graph', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = await connectTestGraph();
  });
  afterAll(() => graph.close());

  it('connects and runs RETURN 1 through the query registry', async () => {
    expect(await graph.read('ping')).toEqual([{ ok: 1 }]);
  });

  it('counts the queries it sends', async () => {
    const before = graph.queryCount;
    await graph.read('ping');
    await graph.readTx(async (tx) => {
      await graph.rows(tx, 'ping');
      await graph.rows(tx, 'ping');
    });
    expect(graph.queryCount - before).toBe(3);
  });

  it('shares one read transaction between reads, running those sent at once one after another', async () => {
    // More rows each than the driver fetches at a time (1,000), so that their results interleave.
    const ids = Array.from({ length: 2500 }, (_, i) => `shared:${i}`);
    await graph.writeTx((tx) => tx.run('UNWIND $ids AS id CREATE (:Paper {id: id})', { ids }));
    try {
      const asked = [ids.slice(0, 1500), ids.slice(500, 2000), ids.slice(1000)];
      const alone = await Promise.all(
        asked.map((some) => graph.read('papers-by-id', { ids: some })),
      );
      const { graph: request, end } = graph.within(new Deadline(10_000)).sharingReads();
      const before = graph.transactionCount;
      const shared = await Promise.all(
        asked.map((some) => request.read('papers-by-id', { ids: some })),
      );
      await end();
      expect(graph.transactionCount - before).toBe(1);
      expect(shared).toEqual(alone);
      await expect(request.read('ping')).rejects.toThrow(/request has ended/);
    } finally {
      await graph.writeTx((tx) =>
        tx.run("MATCH (p:Paper) WHERE p.id STARTS WITH 'shared:' DELETE p"),
      );
    }
  });

  it('fails every read after a failed one of a shared transaction with its error', async () => {
    const { graph: request, end } = graph.within(new Deadline(10_000)).sharingReads();
    try {
      // Not Lucene syntax: the full-text index refuses it on the server.
      const failed = request.read('paper-text-search', { query: '(', limit: neo4j.int(1) });
      await expect(failed).rejects.toThrow();
      const error = await failed.catch((reason: unknown) => reason);
      await expect(request.read('ping')).rejects.toBe(error);
    } finally {
      await end();
    }
  });

  it('opens every session with the bookmarks of the writes before it, across requests', async () => {
    // Two requests' views, as a mutation and the read after it would have.
    const request = () => graph.within(new Deadline(10_000));
    await request().writeTx((tx) => tx.run('CREATE (:BookmarkProbe)'));
    const written = [...(await graph.bookmarkManager.getBookmarks())];
    // One bookmark: the write's, which a cluster member must have applied before it serves on.
    expect(written).toHaveLength(1);
    const asked = vi.spyOn(graph.bookmarkManager, 'getBookmarks');
    try {
      await request().read('ping');
      expect(asked).toHaveBeenCalled();
      expect([...((await asked.mock.results[0]?.value) ?? [])]).toEqual(written);
    } finally {
      asked.mockRestore();
      await graph.writeTx((tx) => tx.run('MATCH (p:BookmarkProbe) DELETE p'));
    }
    expect([...(await graph.bookmarkManager.getBookmarks())]).not.toEqual(written);
  });

  it('names wrong credentials as such', async () => {
    const attempt = Graph.connect({
      ...inject('neo4j'),
      password: 'wrong-password',
      txTimeoutMs: 1000,
    });
    await expect(attempt).rejects.toThrow(GraphUnavailableError);
    await expect(attempt).rejects.toThrow(/NEO4J_PASSWORD/);
  });

  it('names an unreachable server as such', async () => {
    const attempt = Graph.connect({
      ...inject('neo4j'),
      uri: 'bolt://127.0.0.1:1',
      txTimeoutMs: 1000,
    });
    await expect(attempt).rejects.toThrow(/bolt:\/\/127\.0\.0\.1:1 is not reachable/);
  });

  it('stops a transaction that runs past the timeout', async () => {
    const impatient = await Graph.connect({ ...inject('neo4j'), txTimeoutMs: 200 });
    try {
      const slow = impatient.readTx((tx) =>
        tx.run('UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x)'),
      );
      await expect(slow).rejects.toThrow(GraphTimeoutError);
    } finally {
      await impatient.close();
    }
  });
});
