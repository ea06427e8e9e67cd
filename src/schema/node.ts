import { brandWithType } from '@pothos/core';
import { decodeGlobalID } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import { Author } from './author.js';
import { builder, type Context } from './builder.js';
import { Dataset } from './dataset.js';
import { checkListLength, limit } from './limits.js';
import { Method } from './method.js';
import { NotFoundError } from './order.js';
import { Paper } from './paper.js';
import { Repository } from './repository.js';
import { Result } from './result.js';
import { Task } from './task.js';

/** Every type with a global id, by the type name inside its ids (a node's label in Neo4j). */
const NODE_TYPES = { Paper, Method, Dataset, Task, Repository, Author, Result };
export type NodeTypeName = keyof typeof NODE_TYPES;

/** Loads a node of any type through its request's DataLoader, typed for `Node`. */
export async function loadNode(context: Context, type: NodeTypeName, key: string) {
  const ref = NODE_TYPES[type];
  const node = await (ref.getDataloader(context) as { load(key: string): Promise<object> }).load(
    key,
  );
  brandWithType(node, ref);
  return node;
}

/** The type and key inside a global id, or a BAD_USER_INPUT error naming the argument. */
export function decodeNodeId(
  globalId: string,
  argument: string,
  types: readonly NodeTypeName[] = Object.keys(NODE_TYPES) as NodeTypeName[],
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

/** The node a well-formed global id names, or null when it is gone (deleted, merged). */
export async function nodeOrNull(context: Context, globalId: string, argument: string) {
  const { type, key } = decodeNodeId(globalId, argument);
  return loadNode(context, type, key).catch((error: unknown) => {
    if (error instanceof NotFoundError) return null;
    throw error;
  });
}

builder.queryField('node', (t) =>
  t.field({
    type: builder.nodeInterfaceRef(),
    nullable: true,
    description: 'The node with this global id; null when it is gone (deleted or merged away).',
    args: { id: t.arg.id({ required: true, description: 'A global id, from any `id` field.' }) },
    resolve: (_root, { id }, context) => nodeOrNull(context, String(id), 'id'),
  }),
);

builder.queryField('nodes', (t) =>
  t.field({
    type: [builder.nodeInterfaceRef()],
    nullable: { list: false, items: true },
    description: 'The nodes with these global ids, in order; null for each that is gone.',
    args: {
      ids: t.arg.idList({
        required: true,
        description: `Global ids, at most ${limit('nodeIds')}.`,
      }),
    },
    resolve: (_root, { ids }, context) => {
      checkListLength(ids, 'ids', 'nodeIds');
      return Promise.all(ids.map((id) => nodeOrNull(context, String(id), 'ids')));
    },
  }),
);
