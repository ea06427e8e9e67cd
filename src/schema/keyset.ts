/**
 * Keyset pagination: a cursor is the sort key of the last row seen (`published|id`), so pages
 * stay stable when papers are added, unlike SKIP offsets. Queries fetch one row more than the
 * page to learn whether another page follows.
 */
export function decodeCursor(cursor: string | null | undefined): string | null {
  return cursor ? Buffer.from(cursor, 'base64url').toString('utf8') : null;
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

/** A connection page from up to `first + 1` rows fetched after the cursor `after`. */
export function keysetPage<Row extends { sortKey: string }, Edge>(
  rows: Row[],
  first: number,
  after: string | null,
  toEdge: (row: Row) => Edge,
): Page<Edge> {
  const edges = rows.slice(0, first).map((row) => ({
    ...toEdge(row),
    cursor: Buffer.from(row.sortKey).toString('base64url'),
  }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
