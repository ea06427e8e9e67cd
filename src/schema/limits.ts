import type { ComplexityResult } from '@pothos/plugin-complexity';
import { GraphQLError, type GraphQLField, getNullableType, isListType } from 'graphql';
import { MAX_ABSTRACT_CHARS } from '../ingest/read/validate.js';
import type { Context } from './builder.js';

/**
 * Every limit the API sets on one operation, in one table: the schema and the HTTP layer read
 * their numbers from here, and the README's table of limits is printed from it
 * (`npm run readme:limits`; a test fails when the two differ).
 */
export const API_LIMITS = {
  complexity: {
    value: 20_000,
    what:
      'the estimated cost of an operation: each field selected counts 1 (a paper’s `abstract` ' +
      'counts `abstractCost`), and what is selected under a field that returns several counts as many ' +
      'times as it may return: a connection’s `first` or `last` (else `defaultPage`), the ids ' +
      'of `nodes(ids:)`, the papers of `ingestPapers`, `listMultiplier` for any other list',
  },
  depth: { value: 12, what: 'nesting of fields' },
  breadth: { value: 200, what: 'fields selected in all' },
  aliases: { value: 20, what: 'aliased fields per operation' },
  pageSize: { value: 100, what: '`first` or `last` of a connection, and `connections(first:)`' },
  defaultPage: {
    value: 20,
    what:
      'the page size the estimate takes when neither `first` nor `last` is given (most ' +
      'connections’ default; `search` and `relatedMethods` give 10)',
  },
  listMultiplier: {
    value: 10,
    what: 'how many times what is under a list without a page size counts',
  },
  abstractCost: {
    value: 20,
    what: `what a paper’s \`abstract\` counts (up to ${MAX_ABSTRACT_CHARS.toLocaleString('en')} characters)`,
  },
  periods: {
    value: 120,
    what: 'periods `paperCounts` returns (the latest, when an entity’s papers span more)',
  },
  nodeIds: { value: 100, what: 'ids in `nodes(ids:)`' },
  mergeIds: { value: 100, what: 'ids in `mergeEntities(input: {merge:})`' },
  ingestPapers: { value: 500, what: 'papers in `ingestPapers(input: {papers:})`' },
  paperAuthors: { value: 1000, what: 'authors of one paper in `ingestPapers`' },
  searchLength: {
    value: 1000,
    what: 'characters of search text (`search(query:)`, `papers(where: {text:})`)',
  },
  searchWords: { value: 200, what: 'words of search text' },
  bodyBytes: {
    value: 16 * 1024 * 1024,
    what:
      'bytes of a request body, declared by its `Content-Length` before it is read (an ' +
      '`ingestPapers` of 500 papers with the longest abstracts takes about 10 MB)',
  },
} as const satisfies Record<string, { value: number; what: string }>;

export type ApiLimit = keyof typeof API_LIMITS;

/** A limit's number. */
export function limit(name: ApiLimit): number {
  return API_LIMITS[name].value;
}

/** The refusal of a list argument longer than its limit, naming the argument. */
export function checkListLength(list: readonly unknown[], argument: string, name: ApiLimit) {
  const max = limit(name);
  if (list.length > max) {
    throw new GraphQLError(`\`${argument}\` takes at most ${max} items, got ${list.length}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
}

/**
 * The complexity plugin's default cost of a field: 1, and what is selected under it counts as
 * many times as the field can return items. A field that takes `first` (a connection, or
 * `connections`) returns at most that many, so its `edges` count once each (see builder.ts); a
 * list that takes a list argument (`nodes(ids:)`) returns one item per element.
 */
export function fieldComplexity(
  args: Record<string, unknown>,
  _context: Context,
  field: GraphQLField<unknown, Context>,
): { field: number; multiplier: number } {
  if (field.args.some((arg) => arg.name === 'first')) {
    const page = (args.first ?? args.last ?? limit('defaultPage')) as number;
    return { field: 1, multiplier: Math.max(page, 0) };
  }
  if (!isListType(getNullableType(field.type))) return { field: 1, multiplier: 1 };
  const lists = Object.values(args).filter((value): value is unknown[] => Array.isArray(value));
  const longest = lists.length > 0 ? Math.max(...lists.map((list) => list.length)) : null;
  return { field: 1, multiplier: longest ?? limit('listMultiplier') };
}

/** The limits an operation's estimate is held to, in the order they are checked. */
const REFUSALS = [
  { code: 'TOO_DEEP', what: 'depth', name: 'depth' },
  { code: 'TOO_BROAD', what: 'breadth', name: 'breadth' },
  { code: 'TOO_COMPLEX', what: 'estimated cost', name: 'complexity' },
] as const;

/**
 * The refusal of an operation past the depth, breadth or complexity limit, naming the limit
 * and the figures, or null when it is within them all.
 */
export function operationOverLimit(estimate: ComplexityResult): GraphQLError | null {
  const refusal = REFUSALS.find(({ name }) => estimate[name] > limit(name));
  if (!refusal) return null;
  const { code, what, name } = refusal;
  const found = estimate[name];
  const max = limit(name);
  return new GraphQLError(
    `The operation's ${what} is ${found.toLocaleString('en')}, over the limit of ` +
      `${max.toLocaleString('en')} (${name}): ask for smaller pages, fewer ids or fewer fields.`,
    { extensions: { code, limit: name, max, found } },
  );
}
