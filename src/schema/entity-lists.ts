import {
  ENTITY_KINDS,
  ENTITY_LABELS,
  type EntityKind,
  entityKind,
} from '../domain/entity-kinds.js';
import { Author } from './author.js';
import { builder, type Context } from './builder.js';
import { Entity, isoDate } from './entity.js';
import { ENTITY_TYPES, EntityKind as EntityKindEnum, loadEntity } from './entity-kind.js';
import { keysetPage, type PageArgs, pageWindow, totalCountOf, windowParams } from './keyset.js';
import { decodeNodeId, type NodeTypeName } from './node-id.js';
import { minConfidence } from './provenance.js';

const ORDERS = {
  PAPER_COUNT: { description: 'Most papers first (counted over the papers the filter admits).' },
  NAME: { description: 'By name, A to Z, ignoring case.' },
  RECENT: { description: 'The one named by the most recently published paper first.' },
} as const;
type Order = keyof typeof ORDERS;

const EntityOrder = builder.enumType('EntityOrder', {
  description: 'How a list of entities is sorted.',
  values: ORDERS,
});

const EntityFilter = builder.inputType('EntityFilter', {
  description: 'Filters on a list of entities; every one given must hold.',
  fields: (t) => ({
    namePrefix: t.string({ description: 'The name starts with this, ignoring case.' }),
    minPapers: t.int({ description: 'Named by at least this many of the papers admitted.' }),
    linkedTo: t.id({
      description:
        'Only papers that also name this entity, or that this author wrote, count (global id): ' +
        'the datasets used with a task, the methods run on a dataset, the co-authors of an author.',
    }),
    minConfidence: t.float({
      description: 'Only links extracted with at least this confidence count (0 to 1).',
    }),
    publishedFrom: t.field({ type: 'Date', description: 'Only papers published on or after.' }),
    publishedTo: t.field({ type: 'Date', description: 'Only papers published on or before.' }),
  }),
});

interface ListRow {
  key: string;
  paperCount: number;
  sortKey: string;
}

interface ListFilter {
  namePrefix?: string | null;
  minPapers?: number | null;
  linkedTo?: string | number | null;
  minConfidence?: number | null;
  publishedFrom?: Date | null;
  publishedTo?: Date | null;
}

/** What is listed: a label and the relationship between its nodes and their papers. */
type Listed =
  | Pick<EntityKind, 'label' | 'relationship'>
  | { label: 'Author'; relationship: 'AUTHORED' };

const LINKABLE_LABELS: NodeTypeName[] = [...ENTITY_LABELS, 'Author'];

/**
 * One page of the entities of a kind (or of the authors) in one statement (entity-list), with the
 * total the filter admits. A cursor is a position in one list and order: `connection` names it.
 */
async function listEntities(
  { graph }: Context,
  kind: Listed,
  args: PageArgs,
  filter: ListFilter,
  orderBy: Order,
  connection: string,
) {
  const window = pageWindow(args, connection);
  const linked = filter.linkedTo
    ? decodeNodeId(String(filter.linkedTo), 'filter.linkedTo', LINKABLE_LABELS)
    : null;
  // Narrowed to some papers, an entity none of them names is not in the list.
  const narrowed = linked || filter.publishedFrom || filter.publishedTo || filter.minConfidence;
  const [result] = await graph.read<{ totalCount: number; page: ListRow[] }>('entity-list', {
    label: kind.label,
    type: kind.relationship,
    prefix: filter.namePrefix?.toLowerCase() ?? null,
    minPapers: Math.max(filter.minPapers ?? 0, narrowed ? 1 : 0),
    minConfidence: minConfidence(filter.minConfidence),
    publishedFrom: isoDate(filter.publishedFrom),
    publishedTo: isoDate(filter.publishedTo),
    linked: linked && { label: linked.type, key: linked.key },
    orderBy,
    ...windowParams(window),
  });
  return {
    totalCount: result?.totalCount ?? 0,
    ...keysetPage(result?.page ?? [], window, connection, (row) => ({
      node: row.key,
      paperCount: row.paperCount,
    })),
  };
}

const totalCountField = {
  description: 'How many the filter admits in all.',
  resolve: totalCountOf,
};
const paperCountField = (papers: string) => ({
  description: `How many of the papers the filter admits ${papers}.`,
  resolve: (edge: unknown) => (edge as { paperCount: number }).paperCount,
});

/** The root lists: every kind of entity, and the authors (whose papers are the ones they wrote). */
const ROOT_LISTS = [
  ...ENTITY_KINDS.map((kind) => ({
    listed: kind,
    type: ENTITY_TYPES[kind.label],
    papers: 'name it',
    ...kind,
  })),
  {
    listed: { label: 'Author', relationship: 'AUTHORED' } as const,
    type: Author,
    typeName: 'Author',
    field: 'authors',
    papers: 'they wrote',
  },
];

for (const { listed, type, typeName, field, papers } of ROOT_LISTS) {
  const thing = typeName.toLowerCase();
  builder.queryField(field, (t) =>
    t.connection(
      {
        type: type as typeof Author,
        description: `Every ${thing}, paged, filtered and sorted (most papers first by default).`,
        args: {
          filter: t.arg({ type: EntityFilter, description: 'Which to list.' }),
          orderBy: t.arg({
            type: EntityOrder,
            defaultValue: 'PAPER_COUNT',
            description: 'How to sort them.',
          }),
        },
        resolve: (_root, args, context) => {
          const orderBy: Order = args.orderBy ?? 'PAPER_COUNT';
          const connection = `${field}(${orderBy})`;
          return listEntities(context, listed, args, args.filter ?? {}, orderBy, connection);
        },
      },
      {
        name: `${typeName}Connection`,
        description: `A page of ${field}.`,
        fields: (t) => ({ totalCount: t.int(totalCountField) }),
      },
      {
        name: `${typeName}Edge`,
        description: `A ${thing} in a list, with its paper count.`,
        fields: (t) => ({ paperCount: t.int(paperCountField(papers)) }),
      },
    ),
  );
}

builder.queryField('top', (t) =>
  t.connection(
    {
      type: Entity,
      description:
        'The methods, datasets or tasks named by the most papers published in a range, most ' +
        'first (the same list as `methods`, `datasets` or `tasks` with a date filter).',
      args: {
        type: t.arg({ type: EntityKindEnum, required: true, description: 'Which kind.' }),
        from: t.arg({ type: 'Date', description: 'Papers published on or after this day.' }),
        to: t.arg({ type: 'Date', description: 'Papers published on or before this day.' }),
      },
      resolve: async (_root, args, context) => {
        const kind = entityKind(args.type);
        const filter = { publishedFrom: args.from, publishedTo: args.to, minPapers: 1 };
        const page = await listEntities(
          context,
          kind,
          args,
          filter,
          'PAPER_COUNT',
          `top(${kind.label})`,
        );
        // The page's entities through their loader: one statement for all of them.
        const edges = await Promise.all(
          page.edges.map(async (edge) => ({
            ...edge,
            node: await loadEntity(context, args.type, edge.node),
          })),
        );
        return { ...page, edges };
      },
    },
    {
      name: 'TopConnection',
      description: 'Entities ranked by how many papers in a date range name them.',
      fields: (t) => ({ totalCount: t.int(totalCountField) }),
    },
    {
      name: 'TopEdge',
      description: 'An entity with how many papers in the date range name it.',
      fields: (t) => ({ paperCount: t.int(paperCountField('name it')) }),
    },
  ),
);
