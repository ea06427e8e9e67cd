import { builder } from './builder.js';

/** The GraphQL name of a stored value: `huggingface` → `HUGGINGFACE`, `Method` → `METHOD`. */
export function constantName(value: string): string {
  return value.replace(/[^A-Za-z0-9]+/g, '_').toUpperCase();
}

/**
 * A closed set of stored values as a GraphQL enum with UPPER_CASE names; resolvers and arguments
 * see the stored values (`proposed`, `Method`), so Cypher and the registry keep their spelling.
 */
export function closedSet<const V extends string>(
  name: string,
  description: string,
  values: readonly V[],
  describe: (value: V) => string,
) {
  return builder.enumType(name, {
    description,
    values: Object.fromEntries(
      values.map((value) => [constantName(value), { value, description: describe(value) }]),
    ) as Record<string, { value: V; description: string }>,
  });
}
