import { builder, type Context } from './builder.js';
import { Dataset } from './dataset.js';
import type { EntityRow } from './entity.js';
import { Method } from './method.js';
import { loadNode } from './search.js';
import { Task } from './task.js';

export type EntityKindName = 'Method' | 'Dataset' | 'Task';

export const EntityKind = builder.enumType('EntityKind', {
  description: 'The kinds of extracted entity that can be ranked and curated.',
  values: ['Method', 'Dataset', 'Task'] as const,
});

export const Entity = builder.unionType('Entity', {
  description: 'A method, dataset or task.',
  types: [Method, Dataset, Task],
});

/** The entity of a kind and key, loaded through the request's DataLoader. */
export function loadEntity(context: Context, kind: EntityKindName, key: string) {
  return loadNode(context, kind, key) as Promise<EntityRow>;
}
