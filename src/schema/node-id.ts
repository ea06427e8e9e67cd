import { decodeGlobalID } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';

/**
 * The type names inside global ids (a node's label in Neo4j, but for the metrics and evaluations
 * the API derives). Apart from the types themselves (node.ts), so that any type's fields can read
 * ids without importing every type.
 */
export const NODE_TYPE_NAMES = [
  'Paper',
  'Method',
  'Dataset',
  'Task',
  'Repository',
  'Author',
  'Result',
  'Metric',
  'Evaluation',
] as const;
export type NodeTypeName = (typeof NODE_TYPE_NAMES)[number];

/** The type and key inside a global id, or a BAD_USER_INPUT error naming the argument. */
export function decodeNodeId(
  globalId: string,
  argument: string,
  types: readonly NodeTypeName[] = NODE_TYPE_NAMES,
): { type: NodeTypeName; key: string } {
  try {
    const { typename, id } = decodeGlobalID(globalId);
    if ((types as readonly string[]).includes(typename) && id) {
      return { type: typename as NodeTypeName, key: id };
    }
  } catch {
    // reported below
  }
  const kinds = types.map((type) => type.toLowerCase()).join(', ');
  throw new GraphQLError(`\`${argument}\` must be the global id of a ${kinds}: "${globalId}"`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}
