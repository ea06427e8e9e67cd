import { randomUUID } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';

const REQUEST_ID = 'x-request-id';

/**
 * Gives every request an id (the client's `x-request-id`, or a new one), returns it in the
 * response header, and logs each request and each error with it, so a masked error a user reports
 * can be found in the logs.
 */
export function requestLog(logger: Logger): Plugin {
  const ids = new WeakMap<Request, { id: string; started: number }>();
  return {
    onRequest({ request }) {
      ids.set(request, {
        id: request.headers.get(REQUEST_ID) ?? randomUUID(),
        started: performance.now(),
      });
    },
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request }).request;
      return {
        onExecuteDone({ result }) {
          const errors = 'errors' in result ? (result.errors ?? []) : [];
          const id = request ? ids.get(request)?.id : undefined;
          for (const error of errors) {
            logger.error(
              { requestId: id, err: error.originalError ?? error, path: error.path },
              error.message,
            );
          }
        },
      };
    },
    onResponse({ request, response }) {
      const seen = ids.get(request);
      if (!seen) return;
      response.headers.set(REQUEST_ID, seen.id);
      logger.info(
        {
          requestId: seen.id,
          method: request.method,
          url: new URL(request.url).pathname,
          status: response.status,
          ms: Math.round(performance.now() - seen.started),
        },
        'request',
      );
    },
  };
}
