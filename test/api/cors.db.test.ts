import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/driver.js';
import { buildYoga } from '../../src/http/yoga.js';
import { connectTestGraph } from '../setup/graph.js';

describe('CORS', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = await connectTestGraph();
  });
  afterAll(() => graph.close());

  /** The CORS headers of a preflight and of a POST from `origin`. */
  const corsFrom = async (cors: string[] | undefined, origin: string) => {
    const yoga = buildYoga({ graph, ...(cors ? { cors } : {}) });
    const headers = async (init: RequestInit) => {
      const response = await yoga.fetch('http://papergraph.test/graphql', init);
      return {
        origin: response.headers.get('access-control-allow-origin'),
        credentials: response.headers.get('access-control-allow-credentials'),
      };
    };
    const preflight = await headers({
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    const post = await headers({
      method: 'POST',
      headers: { origin, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(post).toEqual(preflight);
    return post;
  };

  it('lets any origin call without credentials when no origins are configured', async () => {
    const { origin, credentials } = await corsFrom(undefined, 'https://elsewhere.example');
    expect(['*', 'https://elsewhere.example']).toContain(origin);
    expect(credentials).toBeNull();
  });

  it('answers only the configured origins, matched exactly', async () => {
    const allowed = ['https://a.example', 'https://b.example'];
    expect(await corsFrom(allowed, 'https://b.example')).toEqual({
      origin: 'https://b.example',
      credentials: 'true',
    });
    for (const other of ['https://b.example.evil', 'http://b.example', 'null']) {
      expect(await corsFrom(allowed, other)).toEqual({ origin: null, credentials: null });
      expect(await corsFrom(['https://a.example'], other)).toEqual({
        origin: null,
        credentials: null,
      });
    }
  });
});
