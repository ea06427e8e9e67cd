import { GraphQLError } from 'graphql';
import type { NamedLabel } from '../domain/entity-kinds.js';
import { requireCurator } from './auth.js';
import { builder } from './builder.js';
import { Entity } from './entity.js';
import { EntityKind, loadEntity, NAMED_TYPES } from './entity-kind.js';

const MergeResult = builder
  .objectRef<{ kind: NamedLabel; key: string; merged: string[] }>('MergeResult')
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
      const [row] = await context.graph.write<{ key: string; merged: string[] }>('entities-fold', {
        label: type,
        keep,
        merge,
      });
      if (!row) {
        throw new GraphQLError(`no ${type.toLowerCase()} with key "${keep}" to merge into`, {
          extensions: { code: 'BAD_USER_INPUT' },
        });
      }
      NAMED_TYPES[type].getDataloader(context).clearAll();
      return { kind: type, ...row };
    },
  }),
);
