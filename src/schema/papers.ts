import neo4j from 'neo4j-driver';
import type { NamedLabel } from '../domain/entity-kinds.js';
import { builder } from './builder.js';
import { entityByName, isoDate } from './entity.js';
import { keysetPage, pageWindow, windowParams } from './keyset.js';
import { Paper } from './paper.js';
import { luceneQuery } from './search.js';

const PaperFilter = builder.inputType('PaperFilter', {
  description: 'Filters on papers; every one given must hold.',
  fields: (t) => ({
    method: t.string({ description: 'Names this method (name or alias).' }),
    dataset: t.string({ description: 'Names this dataset (name or alias).' }),
    task: t.string({ description: 'Addresses this task (name or alias).' }),
    repository: t.string({ description: 'Links this repository (`owner/name`).' }),
    publishedAfter: t.field({ type: 'Date', description: 'Published on or after this day.' }),
    text: t.string({ description: 'Words in the title or abstract.' }),
  }),
});

/** A key no entity has: a filter naming an unknown entity matches no paper, not every paper. */
const NO_ENTITY = '\u0000';

/** Full-text hits considered for a `text` filter. */
const TEXT_HITS = 1000;

builder.queryField('papers', (t) =>
  t.connection(
    {
      type: Paper,
      description: 'Papers matching all the filters given, newest first.',
      args: { where: t.arg({ type: PaperFilter, description: 'Which papers; all when absent.' }) },
      resolve: async (_root, args, context) => {
        const where = args.where ?? {};
        const keyOf = async (label: NamedLabel, name?: string | null) =>
          name ? ((await entityByName(context, label, name)) ?? NO_ENTITY) : null;
        const [repository] = where.repository
          ? await context.graph.read<{ key: string }>('repository-by-name', {
              fullName: where.repository,
            })
          : [];
        const text = where.text ? luceneQuery(where.text, 'where.text') : null;
        const ids = text
          ? (
              await context.graph.read<{ id: string }>('paper-text-search', {
                query: text,
                limit: neo4j.int(TEXT_HITS),
              })
            ).map((row) => row.id)
          : where.text
            ? []
            : null;
        const filters = {
          ids,
          publishedAfter: isoDate(where.publishedAfter),
          method: await keyOf('Method', where.method),
          dataset: await keyOf('Dataset', where.dataset),
          task: await keyOf('Task', where.task),
          repository: where.repository ? (repository?.key ?? NO_ENTITY) : null,
        };
        const window = pageWindow(args, 'papers');
        const rows = await context.graph.read<{ paperId: string; sortKey: string }>(
          'papers-where',
          { ...filters, ...windowParams(window) },
        );
        return {
          filters,
          ...keysetPage(rows, window, 'papers', (row) => ({ node: row.paperId })),
        };
      },
    },
    {
      name: 'PaperConnection',
      description: 'Papers matching a filter, newest first.',
      fields: (t) => ({
        totalCount: t.int({
          description: 'How many papers match (counted only when asked for).',
          resolve: async (connection, _args, { graph }) => {
            const { filters } = connection as unknown as { filters: Record<string, unknown> };
            const [row] = await graph.read<{ count: number }>('papers-where-count', filters);
            return row?.count ?? 0;
          },
        }),
      }),
    },
    { description: 'A paper matching the filter.' },
  ),
);
