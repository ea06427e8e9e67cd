import { createYoga, type Plugin, useReadinessCheck, type YogaServerInstance } from 'graphql-yoga';
import type { Graph } from './graph/driver.js';
import { isMigrated } from './graph/migrate.js';
import { maxAliases } from './max-aliases.js';
import { callerOf } from './schema/auth.js';
import type { Context } from './schema/builder.js';
import { schema } from './schema/index.js';

export interface YogaOptions {
  graph: Graph;
  /** The key mutations need; without one, mutations are refused. */
  apiKey?: string;
  /** Show internal error messages (development); production masks them. */
  exposeErrors?: boolean;
  cors?: string[];
}

export const MAX_ALIASES = 20;

const EXAMPLE_QUERY = `# Which papers use CIFAR-10, newest first, and what do they say about it?
query DatasetPapers {
  dataset(name: "cifar10") {
    name
    aliases
    papers(first: 5) {
      totalCount
      edges {
        role
        provenance { evidence rule confidence }
        node { title published repositories { repository { fullName url } } }
      }
    }
  }
}
`;

const rejectManyAliases: Plugin = {
  onValidate: ({ addValidationRule }) => addValidationRule(maxAliases(MAX_ALIASES)),
};

/**
 * The GraphQL server, apart from any HTTP listener, so tests call `yoga.fetch` directly. Each
 * request gets its own context, and with it its own DataLoaders.
 */
export function buildYoga(options: YogaOptions): YogaServerInstance<object, Context> {
  return createYoga<object, Context>({
    schema,
    context: ({ request }) => ({
      graph: options.graph,
      caller: callerOf(request.headers.get('authorization'), options.apiKey),
    }),
    graphqlEndpoint: '/graphql',
    graphiql: { title: 'papergraph', defaultQuery: EXAMPLE_QUERY },
    maskedErrors: !options.exposeErrors,
    cors: options.cors ? { origin: options.cors } : undefined,
    landingPage: false,
    // `/health` (alive) is built in; `/ready` also needs Neo4j and an up-to-date schema.
    plugins: [
      rejectManyAliases,
      useReadinessCheck({
        endpoint: '/ready',
        check: () => isMigrated(options.graph).catch(() => false),
      }),
    ],
  });
}
