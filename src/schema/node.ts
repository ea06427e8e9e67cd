import { brandWithType } from '@pothos/core';
import { Author } from './author.js';
import { builder, type Context } from './builder.js';
import { Dataset } from './dataset.js';
import { Evaluation } from './evaluation.js';
import { checkListLength, limit } from './limits.js';
import { Method } from './method.js';
import { Metric } from './metric.js';
import { decodeNodeId, type NodeTypeName } from './node-id.js';
import { NotFoundError } from './order.js';
import { Paper } from './paper.js';
import { Repository } from './repository.js';
import { Result } from './result.js';
import { Task } from './task.js';

/** Every type with a global id, by the type name inside its ids. */
const NODE_TYPES = {
  Paper,
  Method,
  Dataset,
  Task,
  Repository,
  Author,
  Result,
  Metric,
  Evaluation,
} satisfies Record<NodeTypeName, unknown>;

/** Loads a node of any type through its request's DataLoader, typed for `Node`. */
export async function loadNode(context: Context, type: NodeTypeName, key: string) {
  const ref = NODE_TYPES[type];
  const node = await (ref.getDataloader(context) as { load(key: string): Promise<object> }).load(
    key,
  );
  brandWithType(node, ref);
  return node;
}

/** Gives its request's DataLoader a node that a statement reached, so loading it sends none. */
export function primeNode(context: Context, type: NodeTypeName, key: string, node: object) {
  (NODE_TYPES[type].getDataloader(context) as { prime(key: string, node: object): void }).prime(
    key,
    node,
  );
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
