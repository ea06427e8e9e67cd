import { builder, type Context } from './builder.js';
import { keysetPage, type PageArgs, pageWindow, totalCountOf, windowParams } from './keyset.js';
import { decodeNodeId } from './node-id.js';
import { manyByKey, oneByKey } from './order.js';
import { Paper, type PaperRow, primePapers } from './paper.js';

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
    name: t.exposeString('name', { description: 'The name, as the first paper wrote it.' }),
    papers: t.loadable({
      type: AuthorPaperConnection,
      description: 'The papers they wrote, newest first.',
      byPath: true,
      args: t.arg.connectionArgs(),
      load: (keys: readonly string[], context, args) => loadAuthorPapers(keys, context, args),
      resolve: (author) => author.key,
    }),
  }),
});

const AuthorPaperConnection = builder.connectionObject(
  {
    type: Paper,
    name: 'AuthorPaperConnection',
    description: 'Papers of an author, newest first.',
    fields: (t) => ({
      totalCount: t.int({
        description: 'How many papers they wrote in all.',
        resolve: totalCountOf,
      }),
    }),
  },
  { name: 'AuthorPaperEdge', description: 'A paper of an author.' },
);

/** One page of papers for each of several authors, in one statement. */
async function loadAuthorPapers(keys: readonly string[], context: Context, args: PageArgs) {
  const window = pageWindow(args, 'Author.papers');
  const rows = await context.graph.read<{
    key: string;
    totalCount: number;
    page: Array<{ paperId: string; sortKey: string; paper: PaperRow }>;
  }>('author-papers', { keys, ...windowParams(window) });
  primePapers(
    context,
    rows.flatMap((row) => row.page.map((written) => written.paper)),
  );
  const byKey = new Map(rows.map((row) => [row.key, row]));
  return keys.map((key) => ({
    totalCount: byKey.get(key)?.totalCount ?? 0,
    ...keysetPage(byKey.get(key)?.page ?? [], window, 'Author.papers', (row) => ({
      node: row.paperId,
    })),
  }));
}

builder.queryField('author', (t) =>
  t.field({
    type: Author,
    nullable: true,
    description: 'An author by global id; null when there is none.',
    args: { id: t.arg.id({ required: true, description: 'The author’s global id.' }) },
    resolve: (_root, { id }, context) => {
      const { key } = decodeNodeId(String(id), 'id', ['Author']);
      return Author.getDataloader(context)
        .load(key)
        .catch(() => null);
    },
  }),
);

builder.objectField(Paper, 'authors', (t) =>
  t.loadableList({
    type: Author,
    description: 'The authors, in order.',
    load: async (ids: string[], context) => {
      const rows = await context.graph.read<{ id: string; author: AuthorRow }>('paper-authors', {
        ids,
      });
      const authors = Author.getDataloader(context);
      for (const { author } of rows) authors.prime(author.key, author);
      return manyByKey(ids, rows, (row) => row.id).map((written) =>
        written.map(({ author }) => author.key),
      );
    },
    resolve: (paper) => paper.id,
  }),
);
