import neo4j from 'neo4j-driver';
import { entityKind, NAMED_KINDS, type NamedLabel } from '../domain/entity-kinds.js';
import { builder } from './builder.js';
import { Entity, entityByName, isoDate } from './entity.js';
import { EntityKind, loadEntity, NAMED_TYPES } from './entity-kind.js';
import { keysetPage, pageSize, pageWindow, windowParams } from './keyset.js';
import { Method } from './method.js';
import { Paper } from './paper.js';

interface RelatedRow {
  key: string;
  paperCount: number;
  paperIds: string[];
  sortKey: string;
}

/** How many of the shared papers each related entity lists. */
const PAPERS_PER_ENTITY = 5;

/**
 * `from.<field>`: a connection of the entities of another kind that share papers with it, most
 * shared first, each edge with the count (computed in Cypher) and the newest shared papers; e.g.
 * the datasets a method is evaluated on. One statement for all parents of a level.
 */
function relate(from: NamedLabel, to: NamedLabel) {
  const { field } = entityKind(to);
  const thing = from.toLowerCase();
  const connection = `${from}.${field}`;
  const Connection = builder.connectionObject(
    {
      type: NAMED_TYPES[to],
      name: `${from}${to}Connection`,
      description: `The ${field} that share papers with a ${thing}, most shared first.`,
      fields: (t) => ({
        totalCount: t.int({
          description: `How many ${field} share papers with it in all.`,
          resolve: (page) => (page as unknown as { totalCount: number }).totalCount,
        }),
      }),
    },
    {
      name: `${from}${to}Edge`,
      description: `A ${to.toLowerCase()} that shares papers with a ${thing}.`,
      fields: (t) => ({
        paperCount: t.int({
          description: 'How many papers they share.',
          resolve: (edge) => (edge as unknown as RelatedRow).paperCount,
        }),
        papers: t.field({
          type: [Paper],
          description: `The newest shared papers (up to ${PAPERS_PER_ENTITY}).`,
          resolve: (edge) => (edge as unknown as RelatedRow).paperIds,
        }),
      }),
    },
  );
  builder.objectField(NAMED_TYPES[from], field, (t) =>
    t.loadable({
      type: Connection,
      description: `The ${field} that share papers with this ${thing}, most shared first.`,
      byPath: true,
      args: t.arg.connectionArgs(),
      load: async (keys: readonly string[], { graph }, args) => {
        const window = pageWindow(args, connection);
        const rows = await graph.read<{ key: string; totalCount: number; related: RelatedRow[] }>(
          'entity-cooccurrence',
          {
            keys,
            label: from,
            type: entityKind(from).relationship,
            otherType: entityKind(to).relationship,
            papersPerEntity: neo4j.int(PAPERS_PER_ENTITY),
            ...windowParams(window),
          },
        );
        const byKey = new Map(rows.map((row) => [row.key, row]));
        return keys.map((key) => ({
          totalCount: byKey.get(key)?.totalCount ?? 0,
          ...keysetPage(byKey.get(key)?.related ?? [], window, connection, (row) => ({
            ...row,
            node: row.key,
          })),
        }));
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
