import neo4j from 'neo4j-driver';

/**
 * Turns Neo4j values into plain JSON ones at the boundary, so nothing above the graph layer sees
 * driver types: integers become numbers (strings beyond 2^53), temporal values ISO strings,
 * nodes and relationships their properties plus identity.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Strings, numbers and booleans are most of what a row holds, and are plain already.
  if (typeof value !== 'object') return value;
  if (neo4j.isInt(value))
    return neo4j.integer.inSafeRange(value) ? value.toNumber() : value.toString();
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  if (neo4j.isNode(value)) {
    return { elementId: value.elementId, labels: value.labels, ...plainObject(value.properties) };
  }
  if (neo4j.isRelationship(value)) {
    return {
      elementId: value.elementId,
      type: value.type,
      startElementId: value.startNodeElementId,
      endElementId: value.endNodeElementId,
      ...plainObject(value.properties),
    };
  }
  if (Array.isArray(value)) return value.map(toPlain);
  return plainObject(value as Record<string, unknown>);
}

function plainObject(object: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).map(([key, item]) => [key, toPlain(item)]));
}
