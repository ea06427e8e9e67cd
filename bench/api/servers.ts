/**
 * The three GraphQL servers the API benchmark compares, over one graph, each with its own driver
 * (so each counts its own statements): papergraph's own Yoga app, an `@neo4j/graphql` server on
 * the type definitions in peer.graphql, and the floor, a thin server that answers each question
 * with one hand-written Cypher statement from cypher/bench/. Beside them, papergraph with its
 * response cache (`CACHED`).
 */
import { readFileSync } from 'node:fs';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createSchema, createYoga, type YogaServerInstance } from 'graphql-yoga';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadConfig } from '../../src/config.js';
import { Graph } from '../../src/graph/driver.js';
import { buildYoga } from '../../src/http/yoga.js';
import { type BenchQueryName, readBench } from '../shared/cypher.js';
import type { Connection } from '../shared/graph.js';
import { countStatements, type StatementCounter } from './statements.js';

export const SERVER_NAMES = ['papergraph', 'peer', 'floor'] as const;
export type ServerName = (typeof SERVER_NAMES)[number];
/**
 * papergraph once more, with its response cache on (the default TTL of `serve`): asked
 * papergraph's questions, and measured apart from the three, since only repeats reach its cache.
 */
export const CACHED = 'cached';
export type ListenerName = ServerName | typeof CACHED;
export const LISTENER_NAMES: readonly ListenerName[] = [...SERVER_NAMES, CACHED];

export interface BenchServer {
  // biome-ignore lint/suspicious/noExplicitAny: three servers with three context types
  yoga: YogaServerInstance<any, any>;
  statements: StatementCounter;
}

export interface BenchServers {
  servers: Record<ListenerName, BenchServer>;
  close(): Promise<void>;
}

export async function startServers(connection: Connection): Promise<BenchServers> {
  const auth = neo4j.auth.basic(connection.user, connection.password);
  const graph = await Graph.connect({ ...connection, txTimeoutMs: 60_000 });
  const cachedGraph = await Graph.connect({ ...connection, txTimeoutMs: 60_000 });
  const peerDriver = neo4j.driver(connection.uri, auth);
  const floorDriver = neo4j.driver(connection.uri, auth);
  const servers = {
    papergraph: { yoga: buildYoga({ graph }), statements: countStatements(graph.driver) },
    peer: {
      yoga: await peerServer(peerDriver, connection.database),
      statements: countStatements(peerDriver),
    },
    floor: {
      yoga: floorServer(floorDriver, connection.database),
      statements: countStatements(floorDriver),
    },
    cached: {
      yoga: buildYoga({ graph: cachedGraph, cacheTtlMs: loadConfig().PAPERGRAPH_CACHE_TTL_MS }),
      statements: countStatements(cachedGraph.driver),
    },
  };
  return {
    servers,
    close: async () => {
      await Promise.all([
        graph.close(),
        cachedGraph.close(),
        peerDriver.close(),
        floorDriver.close(),
      ]);
    },
  };
}

async function peerServer(driver: Driver, database: string) {
  const typeDefs = readFileSync(new URL('peer.graphql', import.meta.url), 'utf8');
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  return createYoga({
    schema,
    context: { sessionConfig: { database } },
    graphiql: false,
    logging: false,
  });
}

/** The floor's schema: one root field per question, each resolved by one statement. */
const FLOOR_TYPE_DEFS = /* GraphQL */ `
  type Query {
    datasetPapers(key: String!, first: Int!): DatasetPapers
    methodDatasets(key: String!, first: Int!): [DatasetCount!]!
    paper(id: String!): Paper
    datasetPapersMethodsPapers(key: String!, first: Int!, methodPapers: Int!): DatasetPapers
    taskPapers(key: String!, first: Int!): TaskPapers
    searchEntities(query: String!, types: [String!]!, first: Int!): [EntityHit!]!
  }
  type DatasetPapers {
    name: String!
    papers: [Paper!]!
  }
  type TaskPapers {
    totalCount: Int!
    papers: [Paper!]!
  }
  type DatasetCount {
    name: String!
    paperCount: Int!
  }
  type EntityHit {
    type: String!
    name: String!
  }
  type Paper {
    id: String!
    title: String!
    abstract: String
    url: String
    arxivId: String
    published: String
    authors: [String!]
    methods: [Link!]
    datasets: [Link!]
    tasks: [Link!]
    repositories: [Repository!]
    results: [Result!]
  }
  "A paper's link to a method, dataset or task, with what the question asks of it."
  type Link {
    name: String!
    role: String
    rule: String
    confidence: Float
    evidence: String
    papers: [Paper!]
  }
  type Repository {
    fullName: String!
    url: String!
  }
  type Result {
    metric: String!
    value: Float!
    raw: String!
    dataset: String!
    method: String
  }
`;

function floorServer(driver: Driver, database: string) {
  const answer =
    (name: BenchQueryName, many = false) =>
    async (_root: unknown, args: Record<string, unknown>) => {
      // Integer arguments travel as Neo4j integers: a plain number is a float, which LIMIT refuses.
      const params = Object.fromEntries(
        Object.entries(args).map(([key, value]) => [
          key,
          Number.isInteger(value) ? neo4j.int(value as number) : value,
        ]),
      );
      const rows = (await readBench(driver, database, name, params)).map((row) => row.answer);
      return many ? rows : (rows[0] ?? null);
    };
  return createYoga({
    schema: createSchema({
      typeDefs: FLOOR_TYPE_DEFS,
      resolvers: {
        Query: {
          datasetPapers: answer('floor-dataset-papers-methods'),
          methodDatasets: answer('floor-method-datasets', true),
          paper: answer('floor-paper'),
          datasetPapersMethodsPapers: answer('floor-dataset-papers-methods-papers'),
          taskPapers: answer('floor-task-papers'),
          searchEntities: answer('floor-entity-search', true),
        },
      },
    }),
    graphiql: false,
    logging: false,
  });
}
