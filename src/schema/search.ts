import { GraphQLError } from 'graphql';
import neo4j from 'neo4j-driver';
import { ENTITY_LABELS } from '../domain/entity-kinds.js';
import { builder } from './builder.js';
import { closedSet } from './closed-set.js';
import { keysetPage, pageWindow, totalCountOf, windowParams } from './keyset.js';
import { limit } from './limits.js';
import { loadNode, primeNode } from './node.js';

const SEARCH_TYPES = ['Paper', ...ENTITY_LABELS] as const;
type SearchType = (typeof SEARCH_TYPES)[number];

const SearchTypeEnum = closedSet(
  'SearchType',
  'What search looks through.',
  SEARCH_TYPES,
  (type) => `A ${type.toLowerCase()}.`,
);

interface SearchHitRow {
  type: SearchType;
  key: string;
  label: string;
  score: number;
  sortKey: string;
  node: object;
}

/** The longest search text taken, in characters. */
export const MAX_SEARCH_LENGTH = limit('searchLength');
/** The most words: each is three Lucene clauses (itself, its prefix, their OR), and Lucene refuses a query of over 1,024. */
export const MAX_SEARCH_WORDS = limit('searchWords');

function badSearch(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/**
 * The user's words as a Lucene query: only letters and digits are kept, in lower case (so `AND`,
 * `OR` and `NOT` are words, not operators: no query syntax from input), every word must match,
 * as itself or as a prefix (suggestions while typing). Text past the limits is refused, naming
 * `argument`.
 */
export function luceneQuery(text: string, argument: string): string | null {
  if (text.length > MAX_SEARCH_LENGTH) {
    throw badSearch(`\`${argument}\` is longer than ${MAX_SEARCH_LENGTH} characters`);
  }
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length > MAX_SEARCH_WORDS) {
    throw badSearch(`\`${argument}\` has more than ${MAX_SEARCH_WORDS} words`);
  }
  if (words.length === 0) return null;
  return words.map((word) => `(${word} OR ${word}*)`).join(' AND ');
}

/** Full-text hits looked at per index; pages go through these, best first. */
const SEARCH_SCAN = 200;

builder.queryField('search', (t) =>
  t.connection(
    {
      type: builder.nodeInterfaceRef(),
      description:
        'Full-text search over papers (title, abstract) and entities (names, aliases), best ' +
        `first; pages go through the best ${SEARCH_SCAN} hits of each index.`,
      args: {
        query: t.arg.string({
          required: true,
          description: 'Words; each also matches as a prefix.',
        }),
        types: t.arg({
          type: [SearchTypeEnum],
          description: 'What to look through, each at most once; default all.',
        }),
      },
      resolve: async (_root, args, context) => {
        const query = luceneQuery(args.query, 'query');
        if (!query) throw badSearch('`query` needs at least one letter or digit');
        if (args.types && new Set(args.types).size < args.types.length) {
          throw badSearch('`types` names a type more than once');
        }

        const window = pageWindow(args, 'search', 10);
        const [result] = await context.graph.read<{ totalCount: number; page: SearchHitRow[] }>(
          'search',
          {
            query,
            types: args.types ?? [...SEARCH_TYPES],
            scan: neo4j.int(SEARCH_SCAN),
            ...windowParams(window),
          },
        );
        const page = keysetPage(result?.page ?? [], window, 'search', (hit) => hit);
        for (const hit of page.edges) primeNode(context, hit.type, hit.key, hit.node);
        const edges = await Promise.all(
          page.edges.map(async (edge) => ({
            ...edge,
            node: await loadNode(context, edge.type, edge.key),
          })),
        );
        return { ...page, edges, totalCount: result?.totalCount ?? 0 };
      },
    },
    {
      name: 'SearchConnection',
      description: 'Search hits, best first.',
      fields: (t) => ({
        totalCount: t.int({
          description: `How many hits in all (at most ${SEARCH_SCAN} per index).`,
          resolve: totalCountOf,
        }),
      }),
    },
    {
      name: 'SearchEdge',
      description: 'A hit: the node found, with its relevance score.',
      fields: (t) => ({
        score: t.float({
          description: 'Lucene relevance: higher is better.',
          resolve: (edge) => (edge as unknown as SearchHitRow).score,
        }),
        type: t.field({
          type: SearchTypeEnum,
          description: 'What kind of node was found.',
          resolve: (edge) => (edge as unknown as SearchHitRow).type,
        }),
        label: t.string({
          description: 'What to show for it: a paper’s title, an entity’s name.',
          resolve: (edge) => (edge as unknown as SearchHitRow).label,
        }),
      }),
    },
  ),
);
