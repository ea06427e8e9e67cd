import neo4j from 'neo4j-driver';
import { entityKind, NAMED_KINDS, type NamedLabel } from '../domain/entity-kinds.js';
import { builder } from './builder.js';
import { type EntityRow, entityByName } from './entity.js';
import { NAMED_TYPES } from './entity-kind.js';
import { keysetPage, pageWindow, totalCountOf, windowParams } from './keyset.js';
import { Method } from './method.js';
import { Paper } from './paper.js';
import { minConfidence, minConfidenceArg } from './provenance.js';

interface RelatedRow {
  key: string;
  paperCount: number;
  paperIds: string[];
  sortKey: string;
  entity: EntityRow;
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
          resolve: totalCountOf,
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
      args: { ...t.arg.connectionArgs(), minConfidence: t.arg(minConfidenceArg) },
      load: async (keys: readonly string[], context, args) => {
        const window = pageWindow(args, connection);
        const rows = await context.graph.read<{
          key: string;
          totalCount: number;
          related: RelatedRow[];
        }>('entity-cooccurrence', {
          keys,
          label: from,
          type: entityKind(from).relationship,
          otherType: entityKind(to).relationship,
          papersPerEntity: neo4j.int(PAPERS_PER_ENTITY),
          minConfidence: minConfidence(args.minConfidence),
          ...windowParams(window),
        });
        const entities = NAMED_TYPES[to].getDataloader(context);
        for (const { entity } of rows.flatMap((row) => row.related)) {
          entities.prime(entity.key, entity);
        }
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
  sortKey: string;
}

const edgeRow = (edge: unknown) => edge as RelatedMethodRow;

builder.queryField('relatedMethods', (t) =>
  t.connection(
    {
      type: Method,
      description: 'Methods related to a method, ranked by the datasets and tasks they share.',
      args: {
        method: t.arg.string({ required: true, description: 'Name or alias of the method.' }),
      },
      resolve: async (_root, args, context) => {
        const window = pageWindow(args, 'relatedMethods', 10);
        const key = (await entityByName(context, 'Method', args.method))?.key;
        const [row] = key
          ? await context.graph.read<{ totalCount: number; related: RelatedMethodRow[] }>(
              'related-methods',
              { keys: [key], ...windowParams(window) },
            )
          : [];
        return {
          totalCount: row?.totalCount ?? 0,
          ...keysetPage(row?.related ?? [], window, 'relatedMethods', (related) => ({
            ...related,
            node: related.key,
          })),
        };
      },
    },
    {
      name: 'RelatedMethodConnection',
      description: 'Methods related to a method, most shared first.',
      fields: (t) => ({
        totalCount: t.int({
          description: 'How many methods share a dataset or task with it.',
          resolve: totalCountOf,
        }),
      }),
    },
    {
      name: 'RelatedMethodEdge',
      description: 'A method whose papers share datasets and tasks with another method’s papers.',
      fields: (t) => ({
        sharedDatasets: t.int({
          description: 'How many datasets their papers share.',
          resolve: (edge) => edgeRow(edge).sharedDatasets,
        }),
        sharedTasks: t.int({
          description: 'How many tasks their papers share.',
          resolve: (edge) => edgeRow(edge).sharedTasks,
        }),
      }),
    },
  ),
);
