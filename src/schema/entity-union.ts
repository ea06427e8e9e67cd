import { NAMED_LABELS, type NamedLabel } from '../domain/entity-kinds.js';
import { builder, type Context } from './builder.js';
import { Dataset } from './dataset.js';
import type { EntityRow } from './entity.js';
import { Method } from './method.js';
import { loadNode } from './search.js';
import { Task } from './task.js';

export const EntityKind = builder.enumType('EntityKind', {
  description: 'The kinds of extracted entity that can be ranked and curated.',
  values: NAMED_LABELS,
});

/** The GraphQL type of each named kind. */
export const NAMED_TYPES = { Method, Dataset, Task } satisfies Record<NamedLabel, typeof Method>;

export const Entity = builder.unionType('Entity', {
  description: 'A method, dataset or task.',
  types: Object.values(NAMED_TYPES),
});

/** The entity of a kind and key, loaded through the request's DataLoader. */
export function loadEntity(context: Context, kind: NamedLabel, key: string) {
  return loadNode(context, kind, key) as Promise<EntityRow>;
}
