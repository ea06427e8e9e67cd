import { builder, type Context } from './builder.js';
import { manyByKey, oneByKey } from './order.js';
import { Paper } from './paper.js';

interface AuthorRow {
  key: string;
  name: string;
}

export const Author = builder.loadableNode('Author', {
  description: 'An author of papers, told apart by name.',
  id: { resolve: (author: AuthorRow) => author.key },
  load: async (ids: string[], { graph }: Context): Promise<Array<AuthorRow | Error>> => {
    const rows = await graph.read<{ node: AuthorRow }>('authors-by-key', { ids });
    return oneByKey(
      ids,
      rows.map((row) => row.node),
      (author) => author.key,
    );
  },
  fields: (t) => ({
    name: t.exposeString('name'),
  }),
});

builder.objectField(Paper, 'authors', (t) =>
  t.loadableList({
    type: Author,
    description: 'The authors, in order.',
    load: async (ids: string[], { graph }) => {
      const rows = await graph.read<{ id: string; key: string }>('paper-authors', { ids });
      return manyByKey(ids, rows, (row) => row.id).map((authors) =>
        authors.map((author) => author.key),
      );
    },
    resolve: (paper) => paper.id,
  }),
);
