import neo4j from 'neo4j-driver';
import { ENTITY_KINDS, type EntityLabel } from '../domain/entity-kinds.js';
import { builder } from './builder.js';
import { entityByName, isoDate } from './entity.js';
import { keysetPage, pageWindow, totalCountOf, windowParams } from './keyset.js';
import { Paper } from './paper.js';
import { minConfidence } from './provenance.js';
import { repositoryByName } from './repository.js';
import { luceneQuery } from './search.js';

interface PaperRow {
  paperId: string;
  sortKey: string;
}

const PaperFilter = builder.inputType('PaperFilter', {
  description: 'Filters on papers; every one given must hold.',
  fields: (t) => ({
    method: t.string({ description: 'Names this method (name or alias).' }),
    dataset: t.string({ description: 'Names this dataset (name or alias).' }),
    task: t.string({ description: 'Addresses this task (name or alias).' }),
    repository: t.string({ description: 'Links this repository (`owner/name`).' }),
    publishedAfter: t.field({ type: 'Date', description: 'Published on or after this day.' }),
    text: t.string({ description: 'Words in the title or abstract.' }),
    minConfidence: t.float({
      description:
        'The method, dataset, task and repository filters hold only through links extracted ' +
        'with at least this confidence (0 to 1).',
    }),
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
        // The key of each entity filter given, by label.
        const entities: Partial<Record<EntityLabel, string>> = {};
        for (const kind of ENTITY_KINDS) {
          const name = where[kind.linkField];
          if (!name) continue;
          const key = kind.named
            ? (await entityByName(context, kind.label, name))?.key
            : await repositoryByName(context, name);
          entities[kind.label] = key ?? NO_ENTITY;
        }
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
        const window = pageWindow(args, 'papers');
        const [result] = await context.graph.read<{ totalCount: number; page: PaperRow[] }>(
          'papers-where',
          {
            entities,
            ids,
            publishedAfter: isoDate(where.publishedAfter),
            minConfidence: minConfidence(where.minConfidence),
            ...windowParams(window),
          },
        );
        return {
          totalCount: result?.totalCount ?? 0,
          ...keysetPage(result?.page ?? [], window, 'papers', (row) => ({ node: row.paperId })),
        };
      },
    },
    {
      name: 'PaperConnection',
      description: 'Papers matching a filter, newest first.',
      fields: (t) => ({
        totalCount: t.int({
          description: 'How many papers match.',
          resolve: totalCountOf,
        }),
      }),
    },
    { description: 'A paper matching the filter.' },
  ),
);
