import { builder } from './builder.js';
import { defineEntityType } from './entity-type.js';

export const Repository = defineEntityType(
  'Repository',
  'Code (GitHub, GitLab) or a model, dataset or space on Hugging Face named by papers.',
);

builder.objectFields(Repository, (t) => ({
  fullName: t.string({ resolve: (repository) => repository.fullName ?? repository.key }),
  host: t.string({ resolve: (repository) => repository.host ?? 'github' }),
  kind: t.string({ resolve: (repository) => repository.kind ?? 'code' }),
  url: t.string({ resolve: (repository) => repository.url ?? '' }),
}));

builder.queryField('repository', (t) =>
  t.field({
    type: Repository,
    nullable: true,
    description: 'A repository by `owner/name`, case-insensitively.',
    args: { fullName: t.arg.string({ required: true }) },
    resolve: async (_root, { fullName }, { graph }) => {
      const [row] = await graph.read<{ key: string }>('repository-by-name', { fullName });
      return row?.key ?? null;
    },
  }),
);
