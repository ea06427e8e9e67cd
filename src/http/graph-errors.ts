import { GraphQLError } from 'graphql';
import { GraphTimeoutError, GraphUnavailableError } from '../graph/driver.js';

/**
 * What a client is told, in development and production alike, when Neo4j is unreachable or a
 * query ran past its time limit: a code it can act on (retry later, ask for less), and HTTP 503
 * when nothing could be answered. The driver's own message stays in the logs.
 */
export function graphErrorForClient(
  error: GraphQLError,
  answered: boolean,
): GraphQLError | undefined {
  const cause = error.originalError;
  if (cause instanceof GraphUnavailableError) {
    return new GraphQLError('the graph database is unreachable; try again later', {
      path: error.path,
      extensions: { code: 'GRAPH_UNAVAILABLE', ...(answered ? {} : { http: { status: 503 } }) },
    });
  }
  if (cause instanceof GraphTimeoutError) return timeoutForClient(cause, error.path);
  return undefined;
}

/** A query or a whole request past its time limit, as the client is told: the limit named. */
export function timeoutForClient(
  timeout: GraphTimeoutError,
  path?: GraphQLError['path'],
): GraphQLError {
  return new GraphQLError(timeout.message, { path, extensions: { code: 'TIMEOUT' } });
}
