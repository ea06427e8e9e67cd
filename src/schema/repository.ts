import { repositoryKeysOf } from '../domain/entity-kinds.js';
import {
  REPOSITORY_HOSTS,
  REPOSITORY_KINDS,
  type RepositoryHost as RepositoryHostValue,
  type RepositoryKind as RepositoryKindValue,
} from '../domain/model.js';
import { builder, type Context } from './builder.js';
import { closedSet } from './closed-set.js';
import { defineEntityType } from './entity-type.js';

export const Repository = defineEntityType(
  'Repository',
  'Code (GitHub, GitLab) or a model, dataset or space on Hugging Face named by papers.',
);

const RepositoryHost = closedSet(
  'RepositoryHost',
  'Where a repository is hosted.',
  REPOSITORY_HOSTS,
  (host) => ({ github: 'GitHub.', gitlab: 'GitLab.', huggingface: 'The Hugging Face Hub.' })[host],
);

const RepositoryKind = closedSet(
  'RepositoryKind',
  'What a repository holds.',
  REPOSITORY_KINDS,
  (kind) => (kind === 'code' ? 'Source code.' : `A Hugging Face ${kind}.`),
);

builder.objectFields(Repository, (t) => ({
  fullName: t.string({
    description: '`owner/name` (GitLab: with groups), in its own case.',
    resolve: (repository) => repository.fullName ?? repository.key,
  }),
  host: t.field({
    type: RepositoryHost,
    description: 'Where it is hosted.',
    resolve: (repository) => (repository.host ?? 'github') as RepositoryHostValue,
  }),
  kind: t.field({
    type: RepositoryKind,
    description: 'What it holds.',
    resolve: (repository) => (repository.kind ?? 'code') as RepositoryKindValue,
  }),
  url: t.string({
    description: 'Its address.',
    resolve: (repository) => repository.url ?? '',
  }),
}));

/** The key of the repository named `owner/name` (any case, any host, GitHub first), or null. */
export async function repositoryByName(context: Context, fullName: string) {
  const [row] = await context.graph.read<{ key: string }>('repository-by-name', {
    keys: repositoryKeysOf(fullName),
  });
  return row?.key ?? null;
}

builder.queryField('repository', (t) =>
  t.field({
    type: Repository,
    nullable: true,
    description: 'A repository by `owner/name`, case-insensitively.',
    args: { fullName: t.arg.string({ required: true, description: '`owner/name`.' }) },
    resolve: (_root, { fullName }, context) => repositoryByName(context, fullName),
  }),
);
