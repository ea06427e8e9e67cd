import { ENTITY_KINDS, ENTITY_LABELS } from '../domain/entity-kinds.js';
import { builder } from './builder.js';
import { isoDate } from './entity.js';
import { ENTITY_TYPES } from './entity-kind.js';
import { keysetPage, pageWindow, windowParams } from './keyset.js';
import { decodeNodeId } from './node.js';

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
        'Only papers that also name this entity count (global id): the datasets used with a ' +
        'task, the methods run on a dataset.',
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

for (const kind of ENTITY_KINDS) {
  const thing = kind.typeName.toLowerCase();
  builder.queryField(kind.field, (t) =>
    t.connection(
      {
        type: ENTITY_TYPES[kind.label],
        description: `Every ${thing}, paged, filtered and sorted (most papers first by default).`,
        args: {
          filter: t.arg({ type: EntityFilter, description: 'Which to list.' }),
          orderBy: t.arg({
            type: EntityOrder,
            defaultValue: 'PAPER_COUNT',
            description: 'How to sort them.',
          }),
        },
        resolve: async (_root, args, { graph }) => {
          const filter = args.filter ?? {};
          const orderBy: Order = args.orderBy ?? 'PAPER_COUNT';
          // A cursor is a position in one order: it is refused in another.
          const connection = `${kind.field}(${orderBy})`;
          const window = pageWindow(args, connection);
          const linked = filter.linkedTo
            ? decodeNodeId(String(filter.linkedTo), 'filter.linkedTo', ENTITY_LABELS)
            : null;
          const narrowed = linked || filter.publishedFrom || filter.publishedTo;
          const [result] = await graph.read<{ totalCount: number; page: ListRow[] }>(
            'entity-list',
            {
              label: kind.label,
              type: kind.relationship,
              prefix: filter.namePrefix?.toLowerCase() ?? null,
              minPapers: Math.max(filter.minPapers ?? 0, narrowed ? 1 : 0),
              publishedFrom: isoDate(filter.publishedFrom),
              publishedTo: isoDate(filter.publishedTo),
              linked: linked && { label: linked.type, key: linked.key },
              orderBy,
              ...windowParams(window),
            },
          );
          return {
            totalCount: result?.totalCount ?? 0,
            ...keysetPage(result?.page ?? [], window, connection, (row) => ({
              node: row.key,
              paperCount: row.paperCount,
            })),
          };
        },
      },
      {
        name: `${kind.typeName}Connection`,
        description: `A page of ${kind.field}.`,
        fields: (t) => ({
          totalCount: t.int({
            description: 'How many the filter admits in all.',
            resolve: (page) => (page as unknown as { totalCount: number }).totalCount,
          }),
        }),
      },
      {
        name: `${kind.typeName}Edge`,
        description: `A ${thing} in a list, with its paper count.`,
        fields: (t) => ({
          paperCount: t.int({
            description: 'How many of the papers the filter admits name it.',
            resolve: (edge) => (edge as unknown as { paperCount: number }).paperCount,
          }),
        }),
      },
    ),
  );
}
