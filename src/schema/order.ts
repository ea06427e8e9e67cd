/**
 * DataLoader wants one result per key, in key order; UNWIND promises no order. These put rows
 * back in the order of the keys asked for.
 */
export function oneByKey<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string) {
  const byKey = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => byKey.get(key) ?? new NotFoundError(key));
}

/** A key a loader found nothing for: `node(id:)` answers null for it. */
export class NotFoundError extends Error {
  override name = 'NotFoundError';
  constructor(key: string) {
    super(`not found: ${key}`);
  }
}

export function manyByKey<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string) {
  const byKey = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) byKey.get(keyOf(row))?.push(row);
  return keys.map((key) => byKey.get(key) ?? []);
}
