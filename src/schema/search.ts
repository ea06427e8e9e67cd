import { GraphQLError } from 'graphql';
import neo4j from 'neo4j-driver';
import { ENTITY_LABELS } from '../domain/entity-kinds.js';
import { builder } from './builder.js';
import { closedSet } from './closed-set.js';
import { pageSize } from './keyset.js';
import { loadNode } from './node.js';

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
}

/**
 * The user's words as a Lucene query: only letters and digits are kept (no query syntax from
 * input), every word must match, as itself or as a prefix (suggestions while typing).
 */
export function luceneQuery(text: string): string | null {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return null;
  return words.map((word) => `(${word} OR ${word}*)`).join(' AND ');
}

const SearchHit = builder.objectRef<SearchHitRow>('SearchHit').implement({
  description: 'A search result with its relevance score.',
  fields: (t) => ({
    score: t.exposeFloat('score', { description: 'Lucene relevance: higher is better.' }),
    type: t.field({
      type: SearchTypeEnum,
      description: 'What kind of node was found.',
      resolve: (hit) => hit.type,
    }),
    label: t.exposeString('label', {
      description: 'What to show for it: a paper’s title, an entity’s name.',
    }),
    node: t.field({
      type: builder.nodeInterfaceRef(),
      description: 'The paper, or an Entity (`... on Entity { name aliases }` for any kind).',
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
      const query = luceneQuery(args.query);
      if (!query) {
        throw new GraphQLError('`query` needs at least one letter or digit', {
          extensions: { code: 'BAD_USER_INPUT' },
        });
      }
      return graph.read<SearchHitRow>('search', {
        query,
        types: args.types ?? [...SEARCH_TYPES],
        limit: neo4j.int(pageSize(args.first, 10)),
      });
    },
  }),
);
