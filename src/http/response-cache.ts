import {
  type Cache,
  createInMemoryCache,
  hashSHA256,
  useResponseCache,
} from '@graphql-yoga/plugin-response-cache';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Graph } from '../graph/driver.js';
import { graphVersion, writesFinished } from '../graph/graph-version.js';
import { graphErrorForClient } from './graph-errors.js';

/**
 * How long a graph version read is trusted without asking again. Writes through this process's
 * Graph end it at once; another process's writes reach the cache at most this much later.
 */
export const VERSION_MEMO_MS = 200;

export type CacheOutcome = 'hit' | 'miss';

const outcomes = new WeakMap<Request, CacheOutcome>();

/** Whether the response cache answered the request, for its log line; unset when not cached. */
export function cacheOutcome(request: Request, response: Response): CacheOutcome | undefined {
  // A 304 answers If-None-Match from the cache without running the operation.
  return response.status === 304 ? 'hit' : outcomes.get(request);
}

/** Anonymous reads only: a curator (any Authorization header) always sees the graph itself. */
const cacheable = (request: Request) => !request.headers.has('authorization');

/**
 * Caches anonymous query results for `ttlMs` with graphql-yoga's response cache, keyed by the
 * graph version (src/graph/graph-version.ts) as well as the operation and its variables: every
 * write by any process moves the version, so no answer cached before it is served again.
 */
export function responseCache(
  graph: Graph,
  ttlMs: number,
  versionMemoMs = VERSION_MEMO_MS,
): Plugin {
  const version = versionReader(graph, versionMemoMs);
  const entries = createInMemoryCache();
  // The cache is also asked directly for an If-None-Match ETag (which is a key): an entry of an
  // earlier version must not answer 304 until its TTL runs out.
  const cache: Cache = {
    ...entries,
    get: async (key) => {
      const current = await version().catch(() => undefined);
      return current && key.startsWith(`${current}:`) ? entries.get(key) : undefined;
    },
  };
  return {
    onPluginInit({ addPlugin }) {
      addPlugin(
        useResponseCache({
          ttl: ttlMs,
          cache,
          session: () => null,
          enabled: cacheable,
          // No entity tracking: the graph version retires answers, so the plugin need not add an
          // `id` to every selection of the operations it runs.
          idFields: [],
          // A key is built for every request; only cacheable ones need the version.
          buildResponseCacheKey: async (params) => {
            if (!cacheable(params.request)) return NOT_CACHED;
            const current = await version().catch((error) => {
              throw forClient(error);
            });
            const { documentString, operationName, variableValues } = params;
            const operation = JSON.stringify([documentString, operationName, variableValues]);
            return `${current}:${await hashSHA256(operation)}`;
          },
          // Tells hits from misses; taken off the response below.
          includeExtensionMetadata: true,
        }),
      );
    },
    onResultProcess({ request, result, setResult }) {
      if (Array.isArray(result) || Symbol.asyncIterator in result) return;
      const { responseCache: metadata, ...extensions } = result.extensions ?? {};
      if (!metadata) return;
      outcomes.set(request, metadata.hit ? 'hit' : 'miss');
      setResult({ ...result, extensions });
    },
  };
}

/** The key of a request that is not cached (the response cache does not look it up). */
const NOT_CACHED = 'not-cached';

/**
 * A version that cannot be read fails the request as its operation would have (HTTP 503 when
 * Neo4j is unreachable), without waiting for Neo4j a second time.
 */
function forClient(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  return (
    graphErrorForClient(new GraphQLError(error.message, { originalError: error }), false) ?? error
  );
}

/**
 * The graph version, read at most once per `memoMs` and shared by the requests that ask
 * meanwhile, and read again as soon as a write through `graph` finished since.
 */
function versionReader(graph: Graph, memoMs: number): () => Promise<string> {
  let memo: { at: number; writes: number; version: Promise<string> } | undefined;
  return () => {
    const writes = writesFinished(graph);
    const now = performance.now();
    if (!memo || memo.writes !== writes || now - memo.at >= memoMs) {
      memo = { at: now, writes, version: graphVersion(graph) };
    }
    return memo.version;
  };
}
