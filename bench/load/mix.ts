/**
 * What the load benchmark asks: a mix of the requests an explorer's users send, each about an
 * entity drawn from the loaded graph, in one sequence that a seed fixes, so that runs over the
 * same graph ask the same things in the same order. Four of the kinds are bench:api's questions
 * as papergraph is asked them, with other entities; leaderboards and connections are the load
 * benchmark's own.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import neo4j, { type Driver } from 'neo4j-driver';
import {
  type Operation,
  type Picks,
  type Question,
  type QuestionId,
  questions,
} from '../api/questions.js';
import { Random } from '../corpus/random.js';
import { readBench } from '../shared/cypher.js';

export const KINDS = [
  'dataset-papers',
  'method-datasets',
  'paper',
  'search',
  'connections',
  'leaderboard',
] as const;
export type Kind = (typeof KINDS)[number];

/**
 * How often each kind is asked, in percent: search as you type sends a request per keystroke,
 * paper pages are the most visited, paths between two things are asked now and then.
 */
export const SHARES: Record<Kind, number> = {
  search: 30,
  paper: 20,
  'dataset-papers': 15,
  'method-datasets': 15,
  leaderboard: 15,
  connections: 5,
};

/** What each kind asks, for the printed table. */
export const KIND_TITLES: Record<Kind, string> = {
  'dataset-papers': "a dataset's 10 newest papers and their methods",
  'method-datasets': "the 10 datasets a method's papers name most",
  paper: 'a paper and everything about it',
  search: 'search as you type (a name, 2 to 8 letters)',
  connections: 'paths between a method and a dataset, maxHops 2-4',
  leaderboard: "a dataset's leaderboards, top 10 of each metric",
};

/** bench:api's question behind each of the kinds it shares. */
const QUESTION_OF: Partial<Record<Kind, QuestionId>> = {
  'dataset-papers': 'dataset-papers-methods',
  'method-datasets': 'method-datasets',
  paper: 'paper',
  search: 'search-prefix',
};

const LEADERBOARD = `query ($name: String!) { dataset(name: $name) { evaluations {
  edges { node { metric { name } ranking(first: 10) { edges { rank node { raw
    method { name } } } } } } } } }`;

const CONNECTIONS = `query ($from: ID!, $to: ID!, $maxHops: Int!) {
  connections(from: $from, to: $to, maxHops: $maxHops, first: 10) { totalCount truncated
    edges { node { length nodes { id } relationships { type role } } } } }`;

interface Named {
  key: string;
  name: string;
}

/** The entities the mix draws from, each kind spread over the graph's busiest to rarest. */
export interface Samples {
  datasets: Named[];
  methods: Named[];
  tasks: Named[];
  papers: string[];
  /** Datasets with results. */
  leaderboards: Named[];
}

const toNamed = (row: Record<string, unknown>): Named => ({
  key: row.key as string,
  name: row.name as string,
});

/** Up to `count` of each kind, from cypher/bench/load-*.cypher. */
export async function drawSamples(
  driver: Driver,
  database: string,
  count: number,
): Promise<Samples> {
  const params = { count: neo4j.int(count) };
  const named = async (label: string) =>
    (await readBench(driver, database, 'load-entities', { ...params, label })).map(toNamed);
  const papers = await readBench(driver, database, 'load-papers', params);
  return {
    datasets: await named('Dataset'),
    methods: await named('Method'),
    tasks: await named('Task'),
    papers: papers.map((row) => row.id as string),
    leaderboards: (await readBench(driver, database, 'load-leaderboards', params)).map(toNamed),
  };
}

export interface Request {
  kind: Kind;
  /** The JSON body to post. */
  body: string;
}

/** The shortest and longest prefix a user types before picking a hit. */
const TYPED = { from: 2, to: 8 };

/**
 * `length` requests, the kinds in their shares and the entities drawn from `samples`, the same
 * for the same arguments. `picks` are bench:api's entities, whose questions give the operations.
 */
export function mix(picks: Picks, samples: Samples, length: number, seed = 42): Request[] {
  const asked = new Map(questions(picks).map((question) => [question.id, question]));
  const operation = (kind: Kind, variables: Record<string, unknown>): Operation => {
    const question = asked.get(QUESTION_OF[kind] as QuestionId) as Question;
    return { query: question.ask.papergraph.query, variables };
  };
  const names = [...samples.methods, ...samples.datasets, ...samples.tasks];
  const random = new Random(seed);
  // The keystrokes still to send of the name being typed; other requests come between them, as
  // from other users.
  let typing: string[] = [];
  const ask: Record<Kind, () => Operation> = {
    'dataset-papers': () =>
      operation('dataset-papers', { name: random.pick(samples.datasets).name }),
    'method-datasets': () =>
      operation('method-datasets', { name: random.pick(samples.methods).name }),
    paper: () => operation('paper', { id: random.pick(samples.papers) }),
    search: () => {
      if (typing.length === 0) {
        const { name } = random.pick(names);
        const last = Math.max(TYPED.from, Math.min(TYPED.to, name.length));
        typing = Array.from({ length: last - TYPED.from + 1 }, (_, i) =>
          name.slice(0, TYPED.from + i),
        );
      }
      return operation('search', { prefix: typing.shift() });
    },
    connections: () => ({
      query: CONNECTIONS,
      variables: {
        from: encodeGlobalID('Method', random.pick(samples.methods).key),
        to: encodeGlobalID('Dataset', random.pick(samples.datasets).key),
        maxHops: random.int(2, 4),
      },
    }),
    leaderboard: () => ({
      query: LEADERBOARD,
      variables: { name: random.pick(samples.leaderboards).name },
    }),
  };
  const weights = KINDS.map((kind) => SHARES[kind]);
  return Array.from({ length }, () => {
    const kind = random.weighted(KINDS, weights);
    return { kind, body: JSON.stringify(ask[kind]()) };
  });
}
