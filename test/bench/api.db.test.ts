import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkAnswers, type Post } from '../../bench/api/check.js';
import { type Picks, pickEntities, QUESTION_IDS, questions } from '../../bench/api/questions.js';
import { type BenchServers, SERVER_NAMES, startServers } from '../../bench/api/servers.js';
import { cachedCorpus } from '../../bench/corpus/cached.js';
import type { Graph } from '../../src/graph/driver.js';
import { Ingester } from '../../src/ingest/pipeline.js';
import { operationDepth } from '../api/graphql.js';
import { clearGraph, connectTestGraph } from '../setup/graph.js';

// What keeps the benchmark's peer and floor honest: on a small generated corpus, every question
// gets the same answer from all three servers, and the peer and the floor send one statement;
// and what holds papergraph to issue 13's round trips: one read transaction per request, and
// no more statements than the operation's nesting depth.
describe('bench:api servers', () => {
  let graph: Graph;
  let bench: BenchServers;
  let picks: Picks;
  const post: Post = async (server, operation) => {
    const response = await bench.servers[server].yoga.fetch('http://bench.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(operation),
    });
    return response.json();
  };

  beforeAll(async () => {
    graph = await connectTestGraph();
    await clearGraph(graph);
    const ingester = await Ingester.open(graph, { workers: 2 });
    await ingester.ingestFiles([await cachedCorpus(400)]).finally(() => ingester.close());
    bench = await startServers(inject('neo4j'));
    picks = await pickEntities(graph.driver, inject('neo4j').database);
  });
  afterAll(async () => {
    await bench?.close();
    await graph?.close();
  });

  it.each(QUESTION_IDS)('answer "%s" alike', async (id) => {
    const question = questions(picks).find((q) => q.id === id);
    if (!question) throw new Error(`no question ${id}`);
    await checkAnswers(question, post);
    const { statements } = bench.servers.papergraph;
    const before = { ...statements };
    await post('papergraph', question.ask.papergraph);
    expect(statements.transactions - before.transactions, 'papergraph transactions').toBe(1);
    expect(statements.count - before.count, 'papergraph statements').toBeLessThanOrEqual(
      operationDepth(question.ask.papergraph.query),
    );
    for (const server of SERVER_NAMES.filter((name) => name !== 'papergraph')) {
      const before = bench.servers[server].statements.count;
      await post(server, question.ask[server]);
      expect(bench.servers[server].statements.count - before, server).toBe(1);
    }
    // The cached papergraph that the benchmark measures apart answers as papergraph does.
    expect(await post('cached', question.ask.papergraph)).toEqual(
      await post('papergraph', question.ask.papergraph),
    );
  });
});
