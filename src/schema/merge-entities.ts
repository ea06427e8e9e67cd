import { GraphQLError } from 'graphql';
import { requireCurator } from './auth.js';
import { builder } from './builder.js';
import { Dataset } from './dataset.js';
import { Entity, EntityKind, type EntityKindName, loadEntity } from './entity-union.js';
import { Method } from './method.js';
import { Task } from './task.js';

const MERGES = { Method: 'merge-methods', Dataset: 'merge-datasets', Task: 'merge-tasks' } as const;
const refs = { Method, Dataset, Task };

const MergeResult = builder
  .objectRef<{ kind: EntityKindName; key: string; merged: string[] }>('MergeResult')
  .implement({
    description: 'The entity kept and the keys folded into it.',
    fields: (t) => ({
      merged: t.exposeStringList('merged'),
      entity: t.field({
        type: Entity,
        resolve: (result, _args, context) => loadEntity(context, result.kind, result.key),
      }),
    }),
  });

builder.mutationField('mergeEntities', (t) =>
  t.field({
    type: MergeResult,
    description:
      'Curation: folds duplicates into one entity. Their edges, results and aliases move to the ' +
      'kept one; needs the API key.',
    args: {
      type: t.arg({ type: EntityKind, required: true }),
      keep: t.arg.string({ required: true, description: 'Key of the entity to keep.' }),
      merge: t.arg.stringList({ required: true, description: 'Keys of the entities to fold in.' }),
    },
    resolve: async (_root, { type, keep, merge }, context) => {
      requireCurator(context);
      const [row] = await context.graph.write<{ key: string; merged: string[] }>(MERGES[type], {
        keep,
        merge,
      });
      if (!row) {
        throw new GraphQLError(`no ${type.toLowerCase()} with key "${keep}" to merge into`, {
          extensions: { code: 'BAD_USER_INPUT' },
        });
      }
      refs[type].getDataloader(context).clearAll();
      return { kind: type, ...row };
    },
  }),
);
