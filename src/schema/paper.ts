import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import { GraphQLError } from 'graphql';
import { builder, type Context } from './builder.js';
import { limit } from './limits.js';
import { oneByKey } from './order.js';

export interface PaperRow {
  id: string;
  arxivId: string | null;
  doi: string | null;
  title: string;
  /** Absent from the papers a list reached (entity-papers, author-papers): see `abstractOf`. */
  abstract?: string;
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
    key: t.exposeString('id', {
      description: 'The stable key: `arxiv:<id>`, `doi:<doi>`, `id:<source id>` or `title:<hash>`.',
    }),
    arxivId: t.exposeString('arxivId', {
      nullable: true,
      description: 'The arXiv id, without version (`2501.00001`); null when it has none.',
    }),
    doi: t.exposeString('doi', { nullable: true, description: 'The DOI; null when it has none.' }),
    title: t.exposeString('title', { description: 'The title, as the source gives it.' }),
    // Up to 20,000 characters: it counts for more than a name does (limits.ts).
    abstract: t.string({
      description: 'The abstract; mention offsets in `Provenance` are into this text.',
      complexity: limit('abstractCost'),
      resolve: (paper, _args, context) => paper.abstract ?? abstracts(context).load(paper.id),
    }),
    url: t.exposeString('url', {
      nullable: true,
      description: 'A web page of the paper; null when the source gave none.',
    }),
    published: t.expose('published', {
      type: 'Date',
      nullable: true,
      description: 'Publication date.',
    }),
  }),
});

/**
 * The abstracts of the request's papers that came from a list without them, in one statement.
 * A paper that is gone by now (deleted since the list was read) has an empty abstract.
 */
const abstracts = createContextCache(
  ({ graph }: Context) =>
    new DataLoader<string, string>(async (ids) => {
      const rows = await graph.read<{ node: PaperRow }>('papers-by-id', { ids });
      const byId = new Map(rows.map(({ node }) => [node.id, node.abstract ?? '']));
      return ids.map((id) => byId.get(id) ?? '');
    }),
);

/** Gives the request's paper loader the papers a statement reached, so loading them sends none. */
export function primePapers(context: Context, papers: PaperRow[]): void {
  const loader = Paper.getDataloader(context);
  for (const paper of papers) loader.prime(paper.id, paper);
}

builder.queryField('paper', (t) =>
  t.field({
    type: Paper,
    nullable: true,
    description: 'A paper by its `key` or its arXiv id (with or without version).',
    args: {
      id: t.arg.string({ description: 'The paper’s `key`.' }),
      arxivId: t.arg.string({ description: 'An arXiv id, such as `2501.00001v2`.' }),
    },
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
