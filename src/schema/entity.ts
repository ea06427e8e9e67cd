import type { DefaultConnectionArguments } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import neo4j from 'neo4j-driver';
import { type EntityLabel, entityKind, type NamedLabel } from '../domain/entity-kinds.js';
import { entityKey } from '../domain/keys.js';
import { builder, type Context } from './builder.js';
import { decodeCursor, keysetPage, type Page } from './keyset.js';
import { manyByKey, oneByKey } from './order.js';
import { Paper } from './paper.js';
import { Provenance, type ProvenanceRow } from './provenance.js';

export interface EntityRow {
  key: string;
  name: string;
  aliases: string[] | null;
  fullName?: string;
  host?: string;
  kind?: string;
  url?: string;
}

export const MAX_PAGE = 100;

/** A date argument as YYYY-MM-DD, or a clear error naming the argument. */
export function isoDate(value: string | null | undefined, argument: string): string | null {
  if (value === null || value === undefined) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))) return value;
  throw new GraphQLError(`\`${argument}\` must be a date, YYYY-MM-DD`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/** A page size from a `first` argument: 0 to MAX_PAGE, else a clear error. */
export function pageSize(first: number | null | undefined, fallback = 20): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE) {
    throw new GraphQLError(`\`first\` must be from 0 to ${MAX_PAGE}, got ${size}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return size;
}

/** The node loader of one kind of entity. */
export function loadEntities(label: EntityLabel) {
  return async (ids: string[], { graph }: Context) => {
    const rows = await graph.read<{ node: EntityRow }>('entities-by-key', { ids, label });
    return oneByKey(
      ids,
      rows.map((row) => row.node),
      (entity) => entity.key,
    );
  };
}

/** The entity a name or alias resolves to, or null. */
export async function entityByName(context: Context, label: NamedLabel, name: string) {
  const [row] = await context.graph.read<{ key: string }>('entity-by-name', {
    label,
    key: entityKey(name),
  });
  return row?.key ?? null;
}

interface PaperLink {
  paperId: string;
  sortKey: string;
  edge: ProvenanceRow;
}

/** One page of a connection from an entity to its papers, plus what `totalCount` needs. */
export interface PaperLinkPage extends Page<{ node: string; link: ProvenanceRow }> {
  label: EntityLabel;
  key: string;
  role: string | null;
}

export const PaperLinkConnection = builder.connectionObject(
  {
    type: Paper,
    name: 'PaperLinkConnection',
    description: 'Papers linked to an entity, newest first.',
    fields: (t) => ({
      totalCount: t.loadable({
        type: 'Int',
        description: 'How many papers in all (counted only when asked for).',
        load: countPapers,
        resolve: (connection) => {
          const page = connection as unknown as PaperLinkPage;
          return [page.label, page.role ?? '', page.key].join('|');
        },
      }),
    }),
  },
  {
    name: 'PaperLinkEdge',
    fields: (t) => ({
      role: t.string({
        nullable: true,
        description: 'proposed/used for methods, used/introduced for datasets.',
        resolve: (edge) => (edge as unknown as { link: ProvenanceRow }).link.role ?? null,
      }),
      provenance: t.field({
        type: Provenance,
        resolve: (edge) => (edge as unknown as { link: ProvenanceRow }).link,
      }),
    }),
  },
);

/** Paper counts for `label|role|key` descriptors, one query per label and role. */
async function countPapers(descriptors: string[], { graph }: Context): Promise<number[]> {
  const groups = new Map<string, string[]>();
  for (const descriptor of descriptors) {
    const [label = '', role = '', key = ''] = descriptor.split('|');
    const group = `${label}|${role}`;
    groups.set(group, [...(groups.get(group) ?? []), key]);
  }
  const counts = new Map<string, number>();
  for (const [group, keys] of groups) {
    const [label, role] = group.split('|') as [EntityLabel, string];
    const rows = await graph.read<{ key: string; count: number }>('entity-paper-counts', {
      keys,
      label,
      type: entityKind(label).relationship,
      role: role || null,
    });
    for (const row of rows) counts.set(`${group}|${row.key}`, row.count);
  }
  return descriptors.map((descriptor) => counts.get(descriptor) ?? 0);
}

/** Loads one page of papers for each of several entities in one query (keyset pagination). */
export async function loadPaperPages(
  keys: readonly string[],
  { graph }: Context,
  label: EntityLabel,
  args: DefaultConnectionArguments & { role?: string | null },
): Promise<PaperLinkPage[]> {
  const first = pageSize(args.first);
  const after = decodeCursor(args.after);
  const rows = await graph.read<{ key: string; page: PaperLink[] }>('entity-papers', {
    keys,
    label,
    type: entityKind(label).relationship,
    role: args.role ?? null,
    after,
    limit: neo4j.int(first + 1),
  });
  const pages = new Map(rows.map((row) => [row.key, row.page]));
  return keys.map((key) => ({
    label,
    key,
    role: args.role ?? null,
    ...keysetPage(pages.get(key) ?? [], first, after, (link) => ({
      node: link.paperId,
      link: link.edge,
    })),
  }));
}

type LinkRow = {
  id: string;
  key: string;
  edge: ProvenanceRow;
};

/** For each paper, what it links to of one kind, in order of appearance. */
export async function loadPaperLinks(ids: string[], { graph }: Context, label: EntityLabel) {
  const rows = await graph.read<LinkRow>('paper-links', {
    ids,
    type: entityKind(label).relationship,
  });
  return manyByKey(ids, rows, (row) => row.id).map((links) =>
    links.map((link) => ({ key: link.key, link: link.edge })),
  );
}

/** A paper's link to an entity: the entity's key and the edge's properties. */
export interface EntityLink {
  key: string;
  link: ProvenanceRow;
}
