import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleCorpora } from '../../src/commands/start.js';
import type { Graph } from '../../src/graph/driver.js';
import { type RunningServer, serve } from '../../src/http/server.js';
import {
  HomeDocument,
  LeaderboardDocument,
  NeighboursDocument,
  NodeDetailsDocument,
  PaperCountsDocument,
} from '../../web/src/gql/graphql.js';
import { BATCH_SIZE } from '../../web/src/graph-limits.js';
import { connectSampleGraph } from '../setup/graph.js';
import { type Json, queryHttp } from './graphql.js';

describe('the warm-up as the server starts', () => {
  let graph: Graph;
  let server: RunningServer;
  const logs: Json[] = [];

  beforeAll(async () => {
    graph = await connectSampleGraph(sampleCorpora);
    const logger = pino(
      { level: 'info' },
      { write: (line: string) => logs.push(JSON.parse(line)) },
    );
    server = await serve({ graph, port: 0, logger, warmUp: true });
  }, 300_000);

  afterAll(async () => {
    await server?.close();
    await graph?.close();
  });

  const explorer = (document: { toString(): string }, variables: Record<string, unknown>) =>
    queryHttp(`${server.url}/graphql`, String(document), variables);

  it('has asked every statement the explorer sends for its home view and first expansions', async () => {
    const line = logs.find((entry) => entry.msg?.startsWith('warmed up'));
    expect(line?.statements).toBeGreaterThan(10);
    expect(logs.filter((entry) => entry.level >= 40)).toEqual([]);
    const warmed = new Set(graph.statementShapes);

    // What a reader's first minute sends: the home view, then the top entity of each kind and
    // the newest paper opened, with their neighbours' first and second batches.
    const home = await explorer(HomeDocument, { top: 6, newest: 8 });
    const opened = [home.datasets, home.methods, home.tasks, home.papers].map(
      (list: Json) => list.edges[0].node.id,
    );
    for (const id of opened) {
      const { node } = await explorer(NodeDetailsDocument, { id, papers: 40 });
      if (node.__typename === 'Paper') continue;
      const kinds = { methods: true, datasets: true, tasks: true };
      const first = await explorer(NeighboursDocument, { id, first: BATCH_SIZE, ...kinds });
      const cursor = (list?: Json) => list?.pageInfo.endCursor ?? null;
      await explorer(NeighboursDocument, {
        id,
        first: BATCH_SIZE,
        ...kinds,
        methodsAfter: cursor(first.node.methods),
        datasetsAfter: cursor(first.node.datasets),
        tasksAfter: cursor(first.node.tasks),
      });
      await explorer(PaperCountsDocument, { id, period: 'YEAR' });
      if (node.__typename === 'Dataset')
        await explorer(LeaderboardDocument, { dataset: node.name });
    }
    expect([...graph.statementShapes].filter((shape) => !warmed.has(shape))).toEqual([]);
  });
});
