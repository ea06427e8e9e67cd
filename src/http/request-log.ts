import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import { graphErrorForClient } from './graph-errors.js';
import { cacheOutcome } from './response-cache.js';

const REQUEST_ID = 'x-request-id';

/**
 * Gives every request an id (the client's `x-request-id`, or a new one), returns it in the
 * response header, and logs each request (with `cache: "hit"` or `"miss"` when the response
 * cache was asked) and each error with it. Unless errors are exposed,
 * internal errors reach the client as "Unexpected error." with the request id, which finds the
 * real error in the logs.
 */
export function requestLog(logger: Logger, exposeErrors: boolean): Plugin<{ requestId?: string }> {
  const requests = new WeakMap<Request, { id: string; started: number }>();
  const seen = (request: Request) => {
    let entry = requests.get(request);
    if (!entry) {
      entry = { id: request.headers.get(REQUEST_ID) ?? randomUUID(), started: performance.now() };
      requests.set(request, entry);
    }
    return entry;
  };
  return {
    onRequest({ request }) {
      seen(request);
    },
    onContextBuilding({ context, extendContext }) {
      extendContext({ requestId: seen(context.request).id });
    },
    onExecute({ args }) {
      const { requestId } = args.contextValue as { requestId?: string };
      return {
        onExecuteDone({ result, setResult }) {
          if (!('errors' in result) || !result.errors) return;
          for (const error of result.errors) {
            const err = error.originalError ?? error;
            logger.error({ requestId, err, path: error.path }, error.message);
          }
          const answered = Object.values(result.data ?? {}).some((value) => value !== null);
          // Errors meant for clients are GraphQLErrors of our own and the graph's outages and
          // timeouts; anything else is internal.
          const masked = result.errors.map(
            (error) =>
              graphErrorForClient(error, answered) ??
              (exposeErrors || !error.originalError || error.originalError instanceof GraphQLError
                ? error
                : new GraphQLError('Unexpected error.', {
                    path: error.path,
                    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
                  })),
          );
          setResult({ ...result, errors: masked });
        },
      };
    },
    onResponse({ request, response }) {
      const { id, started } = seen(request);
      response.headers.set(REQUEST_ID, id);
      const path = new URL(request.url).pathname;
      const ms = Math.round(performance.now() - started);
      const cache = cacheOutcome(request, response);
      logger.info({
        requestId: id,
        method: request.method,
        path,
        status: response.status,
        ms,
        cache,
      });
    },
  };
}
