import { GraphQLError } from 'graphql';
import { builder, type Context } from './builder.js';
import { limit } from './limits.js';
import { oneByKey } from './order.js';

export interface PaperRow {
  id: string;
  arxivId: string | null;
  doi: string | null;
  title: string;
  abstract: string;
  url: string | null;
  published: string | null;
}

export const Paper = builder.loadableNode('Paper', {
  description: 'A research paper, with everything extracted from its title and abstract.',
  id: { resolve: (paper: PaperRow) => paper.id },
  load: async (ids: string[], { graph }: Context): Promise<Array<PaperRow | Error>> => {
    const rows = await graph.read<{ node: PaperRow }>('papers-by-id', { ids });
    return oneByKey(
      ids,
      rows.map((row) => row.node),
      (paper) => paper.id,
    );
  },
  fields: (t) => ({
    paperId: t.exposeString('id', {
      description: 'The stable key: `arxiv:<id>`, `doi:<doi>`, `id:<source id>` or `title:<hash>`.',
    }),
    arxivId: t.exposeString('arxivId', { nullable: true }),
    doi: t.exposeString('doi', { nullable: true }),
    title: t.exposeString('title'),
    // Up to 20,000 characters: it counts for more than a name does (limits.ts).
    abstract: t.exposeString('abstract', { complexity: limit('abstractCost') }),
    url: t.exposeString('url', { nullable: true }),
    published: t.expose('published', {
      type: 'Date',
      nullable: true,
      description: 'Publication date.',
    }),
  }),
});

builder.queryField('paper', (t) =>
  t.field({
    type: Paper,
    nullable: true,
    description: 'A paper by its key (`paperId`) or its arXiv id (with or without version).',
    args: { id: t.arg.string(), arxivId: t.arg.string() },
    resolve: (_root, { id, arxivId }, context) => {
      const key =
        id ?? (arxivId && `arxiv:${arxivId.replace(/^arxiv:/i, '').replace(/v\d+$/, '')}`);
      if (!key) {
        throw new GraphQLError('give `id` or `arxivId`', {
          extensions: { code: 'BAD_USER_INPUT' },
        });
      }
      return Paper.getDataloader(context)
        .load(key)
        .catch(() => null);
    },
  }),
);
