import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, type Plugin, useReadinessCheck, type YogaServerInstance } from 'graphql-yoga';
import { type Logger, pino } from 'pino';
import { Deadline, type Graph } from '../graph/driver.js';
import { isMigrated, loadMigrations } from '../graph/migrate.js';
import { callerOf } from '../schema/auth.js';
import type { Context } from '../schema/builder.js';
import { schema } from '../schema/index.js';
import { limit } from '../schema/limits.js';
import { EXAMPLE_OPERATIONS } from './graphiql-examples.js';
import { badInputErrors } from './input-errors.js';
import { maxAliases } from './max-aliases.js';
import { operationLimits } from './operation-limits.js';
import { oneReadTransaction } from './read-transaction.js';
import { cancelAtDeadline, REQUEST_TIMEOUT_MS } from './request-budget.js';
import { requestLog } from './request-log.js';
import { responseCache } from './response-cache.js';

export interface YogaOptions {
  graph: Graph;
  /** The key mutations need; without one, mutations are refused. */
  apiKey?: string;
  /** Show internal error messages (development); production masks them. */
  exposeErrors?: boolean;
  cors?: string[];
  /** Structured logs; silent when not given (tests). */
  logger?: Logger;
  /** How long one request may take, Neo4j transactions included. */
  requestTimeoutMs?: number;
  /** How long anonymous query results are cached (src/http/response-cache.ts); 0 or unset: off. */
  cacheTtlMs?: number;
  /**
   * How long a graph version read is trusted (VERSION_MEMO_MS); tests lengthen it, so that only
   * a write of this process can end it.
   */
  cacheVersionMemoMs?: number;
}

/** How long `/ready` waits for Neo4j before it answers 503. */
const READY_TIMEOUT_MS = 1500;

const rejectManyAliases: Plugin = {
  onValidate: ({ addValidationRule }) => addValidationRule(maxAliases(limit('aliases'))),
};

/**
 * Without a list, any origin may call, but never with credentials (yoga's default sends
 * `Access-Control-Allow-Credentials` to every origin). With one, only exact matches get CORS
 * headers at all (yoga's own list answers others with `null`, which sandboxed pages match).
 */
function corsPolicy(origins: string[] | undefined) {
  if (!origins) return { origin: '*', credentials: false };
  return (request: Request) => {
    const origin = request.headers.get('origin');
    return origin !== null && origins.includes(origin) ? { origin: origins } : false;
  };
}

/**
 * The GraphQL server, apart from any HTTP listener, so tests call `yoga.fetch` directly. Each
 * request gets its own context, and with it its own DataLoaders.
 */
export function buildYoga(options: YogaOptions): YogaServerInstance<object, Context> {
  // Read once: the migration files do not change while the server runs.
  const migrations = loadMigrations();
  return createYoga<object, Context>({
    schema,
    context: ({ request }) => {
      const deadline = new Deadline(options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS);
      return {
        graph: options.graph.within(deadline),
        deadline,
        caller: callerOf(request.headers.get('authorization'), options.apiKey),
      };
    },
    graphqlEndpoint: '/graphql',
    graphiql: { title: 'papergraph', defaultQuery: EXAMPLE_OPERATIONS },
    // GraphiQL's page with its scripts, styles, fonts and editor workers inline, so a browser
    // with no access to other hosts loads it (yoga's default takes them from a CDN).
    renderGraphiQL,
    maskedErrors: !options.exposeErrors,
    cors: corsPolicy(options.cors),
    landingPage: false,
    // `/health` (alive) is built in; `/ready` also needs Neo4j and an up-to-date schema.
    plugins: [
      requestLog(options.logger ?? pino({ level: 'silent' }), options.exposeErrors ?? false),
      rejectManyAliases,
      operationLimits,
      cancelAtDeadline,
      oneReadTransaction,
      badInputErrors,
      useReadinessCheck({
        endpoint: '/ready',
        // Bounded, so that a probe learns of an outage before the driver gives up reaching Neo4j.
        check: () =>
          Promise.race([
            isMigrated(options.graph, migrations).catch(() => false),
            new Promise<boolean>((done) => setTimeout(done, READY_TIMEOUT_MS, false).unref()),
          ]),
      }),
      ...(options.cacheTtlMs
        ? [responseCache(options.graph, options.cacheTtlMs, options.cacheVersionMemoMs)]
        : []),
    ],
  });
}
