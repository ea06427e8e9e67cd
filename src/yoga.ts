import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, type Plugin, useReadinessCheck, type YogaServerInstance } from 'graphql-yoga';
import { type Logger, pino } from 'pino';
import type { Graph } from './graph/driver.js';
import { isMigrated, loadMigrations } from './graph/migrate.js';
import { maxAliases } from './max-aliases.js';
import { requestLog } from './request-log.js';
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
  /** Structured logs; silent when not given (tests). */
  logger?: Logger;
}

export const MAX_ALIASES = 20;

/** What GraphiQL opens with: one operation per user story; pick one with the run button. */
const EXAMPLE_QUERY = `# papergraph: relationship queries over research papers. Run any operation below.

# 1. A dataset's papers, newest first, with the evidence for each link
query DatasetPapers {
  dataset(name: "cifar10") {
    name aliases
    papers(first: 5) { totalCount edges { role provenance { evidence rule confidence } node { title } } }
  }
}

# 2. Methods evaluated on a dataset, with how many papers show it
query DatasetMethods {
  dataset(name: "CIFAR-10") { methods { method { name } paperCount papers { title } } }
}

# 3. A paper with everything extracted from it
query PaperDetails {
  papers(where: { text: "partial masking" }, first: 1) {
    edges { node {
      title authors { name }
      methods { method { name } role } datasets { dataset { name } role } tasks { task { name } }
      repositories { repository { fullName url } } results { metric value dataset { name } }
    } }
  }
}

# 4. The paper behind a repository
query RepositoryPapers {
  repository(fullName: "zhengkid/PartialFormer") { url papers { edges { node { title } } } }
}

# 5. Search as you type
query Search {
  search(query: "diffus", first: 5) { score type node { id ... on Paper { title } ... on Method { name } ... on Dataset { name } } }
}

# 7. A leaderboard
query Leaderboard {
  leaderboard(dataset: "OpenWebText") { metric value raw method { name } paper { title } }
}

# 8. Related methods, and the most named datasets
query Trends {
  relatedMethods(method: "Transformer") { method { name } sharedDatasets sharedTasks }
  top(type: Dataset, first: 5) { paperCount entity { ... on Dataset { name } } }
}

# 10. How big the graph is
query Stats {
  stats { labels { name count } relationships { name count } }
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
  // Read once: the migration files do not change while the server runs.
  const migrations = loadMigrations();
  return createYoga<object, Context>({
    schema,
    context: ({ request }) => ({
      graph: options.graph,
      caller: callerOf(request.headers.get('authorization'), options.apiKey),
    }),
    graphqlEndpoint: '/graphql',
    graphiql: { title: 'papergraph', defaultQuery: EXAMPLE_QUERY },
    // GraphiQL's page with its scripts, styles, fonts and editor workers inline, so a browser
    // with no access to other hosts loads it (yoga's default takes them from a CDN).
    renderGraphiQL,
    maskedErrors: !options.exposeErrors,
    cors: options.cors ? { origin: options.cors } : undefined,
    landingPage: false,
    // `/health` (alive) is built in; `/ready` also needs Neo4j and an up-to-date schema.
    plugins: [
      requestLog(options.logger ?? pino({ level: 'silent' }), options.exposeErrors ?? false),
      rejectManyAliases,
      useReadinessCheck({
        endpoint: '/ready',
        check: () => isMigrated(options.graph, migrations).catch(() => false),
      }),
    ],
  });
}
