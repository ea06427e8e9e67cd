import { type EntityLabel, NAMED_LABELS, type NamedLabel } from '../domain/entity-kinds.js';
import type { Context } from './builder.js';
import { closedSet } from './closed-set.js';
import { Dataset } from './dataset.js';
import type { EntityRow } from './entity.js';
import { Method } from './method.js';
import { loadNode } from './node.js';
import { Repository } from './repository.js';
import { Task } from './task.js';

export const EntityKind = closedSet(
  'EntityKind',
  'The kinds of extracted entity found by name, which can be ranked and curated.',
  NAMED_LABELS,
  (label) => `A ${label.toLowerCase()}.`,
);

/** The GraphQL type of each named kind, and of every kind. */
export const NAMED_TYPES = { Method, Dataset, Task } satisfies Record<NamedLabel, typeof Method>;
export const ENTITY_TYPES = { ...NAMED_TYPES, Repository } satisfies Record<
  EntityLabel,
  typeof Method
>;

/** The entity of a kind and key, loaded through the request's DataLoader. */
export function loadEntity(context: Context, kind: NamedLabel, key: string) {
  return loadNode(context, kind, key) as Promise<EntityRow>;
}
