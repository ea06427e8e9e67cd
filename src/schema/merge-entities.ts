import { encodeGlobalID } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import { NAMED_LABELS, type NamedLabel } from '../domain/entity-kinds.js';
import { writeChangeQuery } from '../graph/graph-version.js';
import { requireCurator } from './auth.js';
import { builder } from './builder.js';
import { Entity } from './entity.js';
import { loadEntity, NAMED_TYPES } from './entity-kind.js';
import { checkListLength, limit } from './limits.js';
import { decodeNodeId } from './node-id.js';

const MergeEntitiesInput = builder.inputType('MergeEntitiesInput', {
  description: 'Which entities to fold into which.',
  fields: (t) => ({
    keep: t.id({
      required: true,
      description: 'Global id of the method, dataset or task to keep.',
    }),
    merge: t.idList({
      required: true,
      description: `Global ids of the entities of the same kind to fold into it, at most ${limit('mergeIds')}.`,
    }),
  }),
});

const MergeEntitiesPayload = builder
  .objectRef<{ kind: NamedLabel; key: string; merged: string[] }>('MergeEntitiesPayload')
  .implement({
    description: 'The entity kept and the ids folded into it (those nodes are gone).',
    fields: (t) => ({
      entity: t.field({
        type: Entity,
        description: 'The entity kept, with the edges, results and aliases moved to it.',
        resolve: (result, _args, context) => loadEntity(context, result.kind, result.key),
      }),
      mergedIds: t.idList({
        description: 'The global ids of the entities folded in and deleted.',
        resolve: (result) => result.merged.map((key) => encodeGlobalID(result.kind, key)),
      }),
    }),
  });

builder.mutationField('mergeEntities', (t) =>
  t.field({
    type: MergeEntitiesPayload,
    description:
      'Curation: folds duplicates into one entity. Their edges, results and aliases move to the ' +
      'kept one; needs the API key.',
    args: {
      input: t.arg({ type: MergeEntitiesInput, required: true, description: 'What to merge.' }),
    },
    resolve: async (_root, { input }, context) => {
      requireCurator(context);
      const keep = decodeNodeId(String(input.keep), 'input.keep', NAMED_LABELS);
      const kind = keep.type as NamedLabel;
      checkListLength(input.merge, 'input.merge', 'mergeIds');
      const merge = input.merge.map((id) => decodeNodeId(String(id), 'input.merge', [kind]).key);
      const [row] = await writeChangeQuery<{ key: string; merged: string[] }>(
        context.graph,
        'entities-fold',
        { label: kind, keep: keep.key, merge },
      );
      if (!row) {
        throw new GraphQLError(`no ${kind.toLowerCase()} to merge: check \`input.keep\``, {
          extensions: { code: 'BAD_USER_INPUT' },
        });
      }
      NAMED_TYPES[kind].getDataloader(context).clearAll();
      return { kind, ...row };
    },
  }),
);
