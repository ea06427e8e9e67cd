import neo4j from 'neo4j-driver';
import { entityKind, NAMED_KINDS, type NamedLabel } from '../domain/entity-kinds.js';
import { builder } from './builder.js';
import { Entity, entityByName, isoDate } from './entity.js';
import { EntityKind, loadEntity, NAMED_TYPES } from './entity-kind.js';
import { pageSize } from './keyset.js';
import { Method } from './method.js';
import { manyByKey } from './order.js';
import { Paper } from './paper.js';

interface RelatedRow {
  key: string;
  paperCount: number;
  paperIds: string[];
}

/** How many of the shared papers each related entity lists. */
const PAPERS_PER_ENTITY = 5;

/**
 * `from.<field>`: the entities of another kind that share papers with it, most shared first,
 * with the count (computed in Cypher) and the newest shared papers; e.g. the datasets a method
 * is evaluated on.
 */
function relate(from: NamedLabel, to: NamedLabel) {
  const { linkField: toField, field } = entityKind(to);
  const Related = builder.objectRef<RelatedRow>(`Related${to}Of${from}`).implement({
    description: `A ${toField} that shares papers with a ${from.toLowerCase()}.`,
    fields: (t) => ({
      [toField]: t.field({ type: NAMED_TYPES[to], resolve: (row) => row.key }),
      paperCount: t.exposeInt('paperCount', { description: 'How many papers they share.' }),
      papers: t.field({
        type: [Paper],
        description: `The newest shared papers (up to ${PAPERS_PER_ENTITY}).`,
        resolve: (row) => row.paperIds,
      }),
    }),
  });
  builder.objectField(NAMED_TYPES[from], field, (t) =>
    t.loadableList({
      type: Related,
      description: `The ${field} that share papers with this ${from.toLowerCase()}, most shared first.`,
      byPath: true,
      args: { first: t.arg.int({ defaultValue: 20 }) },
      load: async (keys: string[], { graph }, args) => {
        const rows = await graph.read<{ key: string; related: RelatedRow[] }>(
          'entity-cooccurrence',
          {
            keys,
            label: from,
            type: entityKind(from).relationship,
            otherType: entityKind(to).relationship,
            limit: neo4j.int(pageSize(args.first)),
            papersPerEntity: neo4j.int(PAPERS_PER_ENTITY),
          },
        );
        return manyByKey(keys, rows, (row) => row.key).map((found) => found[0]?.related ?? []);
      },
      resolve: (entity) => entity.key,
    }),
  );
}

for (const from of NAMED_KINDS) {
  for (const to of NAMED_KINDS) if (to !== from) relate(from.label, to.label);
}

interface RelatedMethodRow {
  key: string;
  sharedDatasets: number;
  sharedTasks: number;
}

const RelatedMethod = builder.objectRef<RelatedMethodRow>('RelatedMethod').implement({
  description: 'A method whose papers share datasets and tasks with another method’s papers.',
  fields: (t) => ({
    method: t.field({ type: Method, resolve: (row) => row.key }),
    sharedDatasets: t.exposeInt('sharedDatasets'),
    sharedTasks: t.exposeInt('sharedTasks'),
  }),
});

builder.queryField('relatedMethods', (t) =>
  t.field({
    type: [RelatedMethod],
    description: 'Methods related to a method, ranked by the datasets and tasks they share.',
    args: { method: t.arg.string({ required: true }), first: t.arg.int({ defaultValue: 10 }) },
    resolve: async (_root, args, context) => {
      const limit = neo4j.int(pageSize(args.first, 10));
      const key = await entityByName(context, 'Method', args.method);
      if (!key) return [];
      const [row] = await context.graph.read<{ related: RelatedMethodRow[] }>('related-methods', {
        keys: [key],
        limit,
      });
      return row?.related ?? [];
    },
  }),
);

const Ranked = builder
  .objectRef<{ kind: NamedLabel; key: string; paperCount: number }>('Ranked')
  .implement({
    description: 'An entity with how many papers in the date range name it.',
    fields: (t) => ({
      paperCount: t.exposeInt('paperCount'),
      entity: t.field({
        type: Entity,
        resolve: (row, _args, context) => loadEntity(context, row.kind, row.key),
      }),
    }),
  });

builder.queryField('top', (t) =>
  t.field({
    type: [Ranked],
    description: 'The methods, datasets or tasks named by the most papers published in a range.',
    args: {
      type: t.arg({ type: EntityKind, required: true }),
      from: t.arg({ type: 'Date', description: 'Papers published on or after this day.' }),
      to: t.arg({ type: 'Date', description: 'Papers published on or before this day.' }),
      first: t.arg.int({ defaultValue: 10 }),
    },
    resolve: async (_root, args, { graph }) => {
      const rows = await graph.read<{ key: string; paperCount: number }>('top-entities', {
        type: entityKind(args.type).relationship,
        from: isoDate(args.from),
        to: isoDate(args.to),
        limit: neo4j.int(pageSize(args.first, 10)),
      });
      return rows.map((row) => ({ ...row, kind: args.type }));
    },
  }),
);
