import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Graph } from '../../src/graph/driver.js';
import { buildYoga } from '../../src/http/yoga.js';
import { lockedPaper } from '../setup/graph.js';
import { post } from './graphql.js';

const API_KEY = 'test-key-0123456789abcdef';

/** A TCP relay to the test Neo4j, so a test can cut the API off from it as an outage would. */
async function relay(target: URL): Promise<{ uri: string; cut(): void }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = createConnection(Number(target.port), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => socket.destroy());
      socket.on('close', () => sockets.delete(socket));
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as { port: number };
  return {
    uri: `bolt://127.0.0.1:${port}`,
    cut: () => {
      server.close();
      for (const socket of sockets) socket.destroy();
    },
  };
}

describe('the API when Neo4j is gone or slow', () => {
  let graph: Graph;
  let yoga: ReturnType<typeof buildYoga>;
  let cached: ReturnType<typeof buildYoga>;
  let cut: () => void;
  beforeAll(async () => {
    const server = inject('neo4j');
    const link = await relay(new URL(server.uri.replace(/^bolt/, 'http')));
    cut = link.cut;
    graph = await Graph.connect({
      ...server,
      uri: link.uri,
      txTimeoutMs: 30_000,
      connectTimeoutMs: 4000,
    });
    yoga = buildYoga({ graph });
    cached = buildYoga({ graph, cacheTtlMs: 60_000 });
  });
  afterAll(() => graph.close());

  it('answers GRAPH_UNAVAILABLE with HTTP 503 soon, and /ready says 503 sooner', async () => {
    expect((await yoga.fetch('http://papergraph.test/ready')).status).toBe(200);
    expect((await post(yoga, '{ stats { labels { name } } }')).status).toBe(200);
    expect((await post(cached, '{ stats { labels { name } } }')).status).toBe(200);
    cut();

    let started = performance.now();
    expect((await yoga.fetch('http://papergraph.test/ready')).status).toBe(503);
    // Sooner than the driver's 4 s to give up on Neo4j: readiness has a bound of its own.
    expect(performance.now() - started).toBeLessThan(3500);

    // The same with the response cache, which asks for the graph version first.
    for (const api of [yoga, cached]) {
      started = performance.now();
      const { status, body } = await post(api, '{ stats { labels { name } } }');
      expect(performance.now() - started).toBeLessThan(15_000);
      expect(status).toBe(503);
      expect(body.errors[0].extensions).toEqual({ code: 'GRAPH_UNAVAILABLE' });
      expect(body.errors[0].message).toBe('the graph database is unreachable; try again later');
    }
  });

  it('answers a transaction past its time limit as TIMEOUT, naming the limit', async () => {
    const locked = await lockedPaper('test:locked');
    const impatient = await Graph.connect({ ...inject('neo4j'), txTimeoutMs: 1 });
    try {
      const yoga = buildYoga({ graph: impatient, apiKey: API_KEY });
      const { body } = await post(
        yoga,
        'mutation ($id: ID!) { deletePaper(input: { id: $id }) { deletedPaperId } }',
        { id: encodeGlobalID('Paper', 'test:locked') },
        { authorization: `Bearer ${API_KEY}` },
      );
      expect(body.errors[0].extensions.code).toBe('TIMEOUT');
      expect(body.errors[0].message).toBe('the query ran past its time limit of 1 ms');
    } finally {
      await impatient.close();
      await locked.release();
    }
  });
});
