import { brandWithType } from '@pothos/core';
import { GraphQLError } from 'graphql';
import neo4j from 'neo4j-driver';
import { ENTITY_LABELS } from '../domain/entity-kinds.js';
import type { Context } from './builder.js';
import { builder } from './builder.js';
import { Dataset } from './dataset.js';
import { pageSize } from './entity.js';
import { Method } from './method.js';
import { Paper } from './paper.js';
import { Repository } from './repository.js';
import { Task } from './task.js';

const SEARCH_TYPES = ['Paper', ...ENTITY_LABELS] as const;
type SearchType = (typeof SEARCH_TYPES)[number];

/** The GraphQL type of each searchable label. */
const NODE_TYPES = { Paper, Method, Dataset, Task, Repository } satisfies Record<
  SearchType,
  unknown
>;

const SearchTypeEnum = builder.enumType('SearchType', {
  description: 'What search looks through.',
  values: SEARCH_TYPES,
});

/** Loads a node of any searchable type through its request's DataLoader, typed for `Node`. */
export async function loadNode(context: Context, type: SearchType, key: string) {
  const ref = NODE_TYPES[type];
  const node = await (ref.getDataloader(context) as { load(key: string): Promise<object> }).load(
    key,
  );
  brandWithType(node, ref);
  return node;
}

/** The longest search text taken, in characters. */
export const MAX_SEARCH_LENGTH = 1000;
/** The most words: each is three Lucene clauses (itself, its prefix, their OR), and Lucene refuses a query of over 1,024. */
export const MAX_SEARCH_WORDS = 200;

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

const SearchHit = builder
  .objectRef<{ type: SearchType; key: string; score: number }>('SearchHit')
  .implement({
    description: 'A search result with its relevance score.',
    fields: (t) => ({
      score: t.exposeFloat('score'),
      type: t.field({ type: SearchTypeEnum, resolve: (hit) => hit.type }),
      node: t.field({
        type: builder.nodeInterfaceRef(),
        resolve: (hit, _args, context) => loadNode(context, hit.type, hit.key),
      }),
    }),
  });

builder.queryField('search', (t) =>
  t.field({
    type: [SearchHit],
    description: 'Full-text search over papers (title, abstract) and entities (names, aliases).',
    args: {
      query: t.arg.string({ required: true }),
      types: t.arg({ type: [SearchTypeEnum], description: 'Default: all types.' }),
      first: t.arg.int({ defaultValue: 10 }),
    },
    resolve: async (_root, args, { graph }) => {
      const query = luceneQuery(args.query, 'query');
      if (!query) throw badSearch('`query` needs at least one letter or digit');
      return graph.read<{ type: SearchType; key: string; score: number }>('search', {
        query,
        types: args.types ?? [...SEARCH_TYPES],
        limit: neo4j.int(pageSize(args.first, 10)),
      });
    },
  }),
);
