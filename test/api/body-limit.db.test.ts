import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/driver.js';
import { type RunningServer, serve } from '../../src/http/server.js';
import { limit } from '../../src/schema/limits.js';
import { connectTestGraph } from '../setup/graph.js';

interface Answer {
  status: number;
  connection: string | undefined;
  body: { errors?: Array<{ message: string; extensions: Record<string, unknown> }> };
}

/** POSTs to /graphql with `headers`, writing `body` (perhaps less than it declares). */
function postRaw(url: string, headers: Record<string, string | number>, body: string) {
  return new Promise<Answer>((resolve, reject) => {
    const req = request(`${url}/graphql`, { method: 'POST', headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
      });
      res.on('end', () => {
        resolve({
          status: res.statusCode ?? 0,
          connection: res.headers.connection,
          body: JSON.parse(text),
        });
        req.destroy();
      });
    });
    req.on('error', reject);
    req.write(body);
  });
}

const json = { 'content-type': 'application/json' };

describe('the size of a request body', () => {
  let graph: Graph;
  let server: RunningServer;
  beforeAll(async () => {
    graph = await connectTestGraph();
    server = await serve({ graph, port: 0 });
  });
  afterAll(async () => {
    await server?.close();
    await graph?.close();
  });

  it('refuses a body declared over the limit before reading it, naming the limit', async () => {
    const max = limit('bodyBytes');
    const before = graph.queryCount;
    // Only the opening of the body is sent: the answer must not wait for the rest.
    const answer = await postRaw(server.url, { ...json, 'content-length': max + 1 }, '{"query":');
    expect(answer.status).toBe(413);
    expect(answer.connection).toBe('close');
    expect(answer.body.errors).toEqual([
      {
        message:
          `The request body is ${(max + 1).toLocaleString('en')} bytes, over the limit of ` +
          `${max.toLocaleString('en')} (bodyBytes): send fewer papers per ingestPapers.`,
        extensions: { code: 'TOO_LARGE', limit: 'bodyBytes', max, found: max + 1 },
      },
    ]);
    expect(graph.queryCount).toBe(before);
  });

  it('refuses a chunked body, whose size is known only once it is read', async () => {
    const answer = await postRaw(server.url, { ...json, 'transfer-encoding': 'chunked' }, '{');
    expect(answer.status).toBe(411);
    expect(answer.body.errors?.[0]?.extensions).toEqual({ code: 'LENGTH_REQUIRED' });
  });

  it('answers a large body within the limit, and carries on after a refusal', async () => {
    const body = JSON.stringify({ query: `{ __typename }${' '.repeat(1_000_000)}` });
    const answer = await postRaw(server.url, { ...json, 'content-length': body.length }, body);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ data: { __typename: 'Query' } });
  });
});
