import { GraphQLError } from 'graphql';
import neo4j, { type Integer } from 'neo4j-driver';
import { limit } from './limits.js';

/**
 * Keyset pagination: a cursor is the sort key of a row (`published|id`) tagged with the
 * connection it belongs to, so pages stay stable when papers are added, unlike SKIP offsets, and
 * a cursor of another connection is refused. Queries fetch one row more than the page to learn
 * whether another page follows; backward pages (`last`/`before`) are fetched nearest first and
 * turned round here.
 */

export const MAX_PAGE = limit('pageSize');

/** The pagination arguments every connection takes. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** What a paginated Cypher statement takes: `$after`, `$before`, `$backward`, `$limit`. */
export interface PageWindow {
  after: string | null;
  before: string | null;
  backward: boolean;
  size: number;
}

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** A page size: 0 to MAX_PAGE, else a clear error naming the argument. */
export function pageSize(
  value: number | null | undefined,
  fallback = limit('defaultPage'),
  argument = 'first',
) {
  const size = value ?? fallback;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE) {
    throw badInput(`\`${argument}\` must be from 0 to ${MAX_PAGE}, got ${size}`);
  }
  return size;
}

/** A sort key: an ordering value, then `|` and the row's own key. */
const SORT_KEY = /\|./s;

function encodeCursor(connection: string, sortKey: string): string {
  return Buffer.from(`${connection}:${sortKey}`).toString('base64url');
}

function decodeCursor(cursor: string | null | undefined, connection: string, argument: string) {
  if (cursor === null || cursor === undefined) return null;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const prefix = `${connection}:`;
  const sortKey = text.startsWith(prefix) ? text.slice(prefix.length) : '';
  if (!SORT_KEY.test(sortKey)) {
    throw badInput(`\`${argument}\` is not a cursor of ${connection}`);
  }
  return sortKey;
}

/** The window a connection's arguments ask for; `connection` names it in its cursors. */
export function pageWindow(
  args: PageArgs,
  connection: string,
  fallback = limit('defaultPage'),
): PageWindow {
  if (args.first != null && args.last != null) {
    throw badInput('give `first` or `last`, not both');
  }
  const backward = args.last != null || (args.before != null && args.first == null);
  return {
    after: decodeCursor(args.after, connection, 'after'),
    before: decodeCursor(args.before, connection, 'before'),
    backward,
    size: backward ? pageSize(args.last, fallback, 'last') : pageSize(args.first, fallback),
  };
}

/** The window as Cypher parameters: one row more than the page. */
export function windowParams(
  window: PageWindow,
): Record<string, string | boolean | null | Integer> {
  const { after, before, backward, size } = window;
  return { after, before, backward, limit: neo4j.int(size + 1) };
}

export interface Page<Edge> {
  edges: Array<Edge & { cursor: string }>;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

/** A connection page from the rows a window's statement returned (up to `size + 1`). */
export function keysetPage<Row extends { sortKey: string }, Edge>(
  rows: Row[],
  window: PageWindow,
  connection: string,
  toEdge: (row: Row) => Edge,
): Page<Edge> {
  const more = rows.length > window.size;
  const kept = rows.slice(0, window.size);
  if (window.backward) kept.reverse();
  const edges = kept.map((row) => ({
    ...toEdge(row),
    cursor: encodeCursor(connection, row.sortKey),
  }));
  return {
    edges,
    pageInfo: {
      hasNextPage: window.backward ? window.before !== null : more,
      hasPreviousPage: window.backward ? more : window.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** The `totalCount` of a connection whose page carries it (counted in the page's statement). */
export function totalCountOf(page: unknown): number {
  return (page as { totalCount: number }).totalCount;
}

/** Orders rows by ascending sort key, as `windowRows` takes them. */
export function bySortKey(a: { sortKey: string }, b: { sortKey: string }): number {
  return a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0;
}

/**
 * The rows a window admits, from rows sorted by ascending sort key, as a paginated statement
 * returns them (up to `size + 1`, nearest the cursor first): for lists short enough to be ranked
 * whole in memory, such as an evaluation's entrants.
 */
export function windowRows<Row extends { sortKey: string }>(rows: Row[], window: PageWindow) {
  const admitted = rows.filter(
    (row) =>
      (window.after === null || row.sortKey > window.after) &&
      (window.before === null || row.sortKey < window.before),
  );
  if (window.backward) admitted.reverse();
  return admitted.slice(0, window.size + 1);
}

/** A number as a string that sorts as the number does (its float64 bits, order-preserving). */
export function sortableNumber(value: number): string {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  const bits = view.getBigUint64(0);
  const ordered = bits >> 63n ? ~bits & 0xffff_ffff_ffff_ffffn : bits | (1n << 63n);
  return ordered.toString(16).padStart(16, '0');
}
