import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import {
  ENTITY_KINDS,
  type EntityLabel,
  entityKind,
  type NamedLabel,
} from '../domain/entity-kinds.js';
import { entityKey } from '../domain/keys.js';
import { builder, type Context } from './builder.js';
import { keysetPage, type Page, type PageArgs, pageWindow, windowParams } from './keyset.js';
import { manyByKey, oneByKey } from './order.js';
import { Paper, type PaperRow, primePapers } from './paper.js';
import { minConfidence, minConfidenceArg, Provenance, type ProvenanceRow } from './provenance.js';
import { selectedFields } from './selection.js';

export interface EntityRow {
  key: string;
  name: string;
  aliases: string[] | null;
  fullName?: string;
  host?: string;
  kind?: string;
  url?: string;
}

/** A date argument as the `YYYY-MM-DD` Cypher's `date()` takes. */
export function isoDate(value: Date | null | undefined): string | null {
  return value ? value.toISOString().slice(0, 10) : null;
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

/** The entity a name or alias resolves to (its key, and the node for its loader), or null. */
export async function entityByName(context: Context, label: NamedLabel, name: string) {
  const [row] = await context.graph.read<{ key: string; node: EntityRow }>('entity-by-name', {
    label,
    key: entityKey(name),
  });
  return row ?? null;
}

interface PaperLink {
  paperId: string;
  sortKey: string;
  edge: ProvenanceRow;
  paper: PaperRow;
  /** The paper's own links of the types the operation asks for below the page. */
  links: Array<Omit<LinkRow, 'id'>>;
}

/**
 * What an operation asks of a page of an entity's papers beyond the papers: each edge's
 * provenance, and the papers' own links (their relationship types, with or without provenance),
 * which then come with the page. Without provenance, an edge holds its role and confidence alone.
 */
export interface PageSelection {
  provenance: boolean;
  linkTypes: string[];
  linkProvenance: boolean;
}

export function pageSelection(info: GraphQLResolveInfo): PageSelection {
  const linked = ENTITY_KINDS.filter((kind) =>
    selectedFields(info, ['edges', 'node']).has(kind.field),
  );
  return {
    provenance: selectedFields(info, ['edges']).has('provenance'),
    linkTypes: linked.map((kind) => kind.relationship),
    linkProvenance: linked.some((kind) =>
      selectedFields(info, ['edges', 'node', kind.field]).has('provenance'),
    ),
  };
}

/** One edge of a connection from an entity to its papers. */
export interface PaperLinkEdgeShape {
  cursor: string;
  node: string;
  link: ProvenanceRow;
}

/** Which of an entity's links a page or count takes, as Cypher's parameters. */
interface LinkParams {
  role: string | null;
  minConfidence: number;
  publishedFrom: string | null;
  publishedTo: string | null;
}

/** One page of a connection from an entity to its papers, plus what `totalCount` needs. */
export interface PaperLinkPage extends Page<{ node: string; link: ProvenanceRow }>, LinkParams {
  label: EntityLabel;
  key: string;
}

/**
 * Which of an entity's links a page or count takes: `role` where its kind has roles, and only
 * papers published in [publishedFrom, publishedTo].
 */
export interface LinkFilter {
  role?: string | null;
  minConfidence?: number | null;
  publishedFrom?: Date | null;
  publishedTo?: Date | null;
}

/** A filter's Cypher parameters, its confidence checked. */
export function linkParams(filter: LinkFilter): LinkParams {
  return {
    role: filter.role ?? null,
    minConfidence: minConfidence(filter.minConfidence),
    publishedFrom: isoDate(filter.publishedFrom),
    publishedTo: isoDate(filter.publishedTo),
  };
}

/** The arguments of every list or count of an entity's papers (the role, kind by kind, aside). */
export const linkFilterArgs = () =>
  builder.args((t) => ({
    minConfidence: t.field(minConfidenceArg),
    publishedFrom: t.field({
      type: 'Date',
      description: 'Only papers published on or after this day.',
    }),
    publishedTo: t.field({
      type: 'Date',
      description: 'Only papers published on or before this day.',
    }),
  }));

export const PaperLinkEdge = builder.interfaceRef<PaperLinkEdgeShape>('PaperLinkEdge').implement({
  description: 'A paper linked to an entity, with the evidence of the link.',
  fields: (t) => ({
    cursor: t.exposeString('cursor', { description: 'Where this edge is, for `after`/`before`.' }),
    node: t.field({ type: Paper, description: 'The paper.', resolve: (edge) => edge.node }),
    provenance: t.field({
      type: Provenance,
      description: 'Where the link was read from.',
      resolve: (edge) => edge.link,
    }),
  }),
});

// Not named `...Connection`: the Relay spec makes every such type an object type.
export const PaperLinks = builder.interfaceRef<PaperLinkPage>('PaperLinks').implement({
  description:
    'Papers linked to an entity, newest first, as `Entity.papers` returns them; each kind’s ' +
    'connection implements it with its own edge type.',
  fields: (t) => ({
    edges: t.field({
      type: [PaperLinkEdge],
      description: 'The papers of this page, with their links.',
      resolve: (page) => page.edges,
    }),
    pageInfo: t.field({
      type: builder.pageInfoRef(),
      description: 'Where this page is in the whole list.',
      resolve: (page) => page.pageInfo,
    }),
    totalCount: t.loadable({
      type: 'Int',
      description: 'How many papers in all (counted only when asked for).',
      load: countPapers,
      resolve: ({ label, key, role, minConfidence, publishedFrom, publishedTo }) =>
        JSON.stringify([key, { label, role, minConfidence, publishedFrom, publishedTo }]),
    }),
  }),
});

/**
 * Paper counts for `[key, {label, ...LinkParams}]` descriptors, one query per label and filter.
 */
async function countPapers(descriptors: string[], { graph }: Context): Promise<number[]> {
  const groups = new Map<string, string[]>();
  for (const descriptor of descriptors) {
    const [key, filter] = JSON.parse(descriptor) as [string, unknown];
    const group = JSON.stringify(filter);
    groups.set(group, [...(groups.get(group) ?? []), key]);
  }
  const counts = new Map<string, number>();
  for (const [group, keys] of groups) {
    const filter = JSON.parse(group) as LinkParams & { label: EntityLabel };
    const rows = await graph.read<{ key: string; count: number }>('entity-paper-counts', {
      ...filter,
      keys,
      type: entityKind(filter.label).relationship,
    });
    for (const row of rows) counts.set(JSON.stringify([row.key, filter]), row.count);
  }
  return descriptors.map((descriptor) => counts.get(descriptor) ?? 0);
}

/** Loads one page of papers for each of several entities in one query (keyset pagination). */
export async function loadPaperPages(
  pageKeys: readonly string[],
  context: Context,
  label: EntityLabel,
  args: PageArgs & LinkFilter,
): Promise<PaperLinkPage[]> {
  const connection = `${entityKind(label).typeName}.papers`;
  const window = pageWindow(args, connection);
  const params = linkParams(args);
  // One path of the operation: every entity's page was asked alike.
  const asked = pageKeys.map((pageKey) => JSON.parse(pageKey) as [string, PageSelection]);
  const keys = asked.map(([key]) => key);
  const selection = asked[0]?.[1] ?? { provenance: false, linkTypes: [], linkProvenance: false };
  const rows = await context.graph.read<{ key: string; page: PaperLink[] }>('entity-papers', {
    keys,
    label,
    ...selection,
    ...params,
    ...windowParams(window),
  });
  const papers = rows.flatMap((row) => row.page);
  primePapers(
    context,
    papers.map((link) => link.paper),
  );
  primePaperLinks(context, papers, selection);
  const pages = new Map(rows.map((row) => [row.key, row.page]));
  return keys.map((key) => ({
    label,
    key,
    ...params,
    ...keysetPage(pages.get(key) ?? [], window, connection, (link) => ({
      node: link.paperId,
      link: link.edge,
    })),
  }));
}

type LinkRow = {
  id: string;
  type: string;
  edge: ProvenanceRow;
  entity: EntityRow;
};

/** The key of a paper's links of one type, with provenance or without. */
const linksKey = (id: string, type: string, provenance: boolean) =>
  JSON.stringify([id, type, provenance]);

/**
 * The links of one request's papers, by paper, relationship type and whether their provenance is
 * asked, with the entities they reach: one loader for every kind, so that the kinds a level of
 * papers asks for (a paper's methods, datasets, tasks and code) come from one statement.
 */
const paperLinks = createContextCache(
  ({ graph }: Context) =>
    new DataLoader<string, LinkRow[]>(async (keys) => {
      const asked = keys.map((key) => JSON.parse(key) as [string, string, boolean]);
      // Links with provenance answer those asked without it as well.
      const provenance = asked.some(([, , withProvenance]) => withProvenance);
      const rows = await graph.read<LinkRow>('paper-links', {
        ids: [...new Set(asked.map(([id]) => id))],
        types: [...new Set(asked.map(([, type]) => type))],
        provenance,
      });
      return manyByKey(
        asked.map(([id, type]) => linksKey(id, type, provenance)),
        rows,
        (row) => linksKey(row.id, row.type, provenance),
      );
    }),
);

/** Gives the request's link loader the links a page of papers came with, by paper and type. */
function primePaperLinks(context: Context, papers: PaperLink[], selection: PageSelection): void {
  const loader = paperLinks(context);
  const flags = selection.linkProvenance ? [true, false] : [false];
  for (const { paperId, links } of papers) {
    for (const type of selection.linkTypes) {
      const ofType = links
        .filter((link) => link.type === type)
        .map((link) => ({ id: paperId, ...link }));
      for (const provenance of flags) loader.prime(linksKey(paperId, type, provenance), ofType);
    }
  }
}

/**
 * The key of a paper's links of one kind as a Paper field asks for them: its id, and whether the
 * operation selects their provenance.
 */
export function paperLinksKey(id: string, info: GraphQLResolveInfo): string {
  return JSON.stringify([id, selectedFields(info, []).has('provenance')]);
}

/**
 * For each paper (by `paperLinksKey`), what it links to of one kind, in order of appearance,
 * with the entity it reaches.
 */
export async function loadPaperLinks(
  keys: readonly string[],
  context: Context,
  label: EntityLabel,
): Promise<EntityLink[][]> {
  const type = entityKind(label).relationship;
  const loader = paperLinks(context);
  const links = await Promise.all(
    keys.map((key) => {
      const [id, provenance] = JSON.parse(key) as [string, boolean];
      return loader.load(linksKey(id, type, provenance));
    }),
  );
  return links.map((list) => list.map((row) => ({ entity: row.entity, link: row.edge })));
}

/** A paper's link to an entity: the entity and the edge's properties. */
export interface EntityLink {
  entity: EntityRow;
  link: ProvenanceRow;
}

export const Entity = builder.interfaceRef<EntityRow>('Entity').implement({
  description:
    'What papers name: a method, dataset, task or repository. Select `id name aliases key` ' +
    'once for every kind.',
  interfaces: [builder.nodeInterfaceRef()],
  fields: (t) => ({
    key: t.exposeString('key', {
      description:
        'Canonical key: case, spaces, hyphens and a plural s ignored (for a repository, host ' +
        'and `owner/name` in lower case).',
    }),
    name: t.string({
      description: 'The name it goes by (for a repository, `owner/name`).',
      resolve: (entity) => entity.name ?? entity.fullName ?? entity.key,
    }),
    aliases: t.stringList({
      description: 'Other names it goes by: acronyms, long forms, spellings.',
      resolve: (entity) => entity.aliases ?? [],
    }),
  }),
});

/** The `papers` connection every Entity has; each type narrows it to its own edge type. */
builder.interfaceField(Entity, 'papers', (t) =>
  t.field({
    type: PaperLinks,
    description: 'The papers linked to it, newest first, each with the evidence.',
    args: { ...t.arg.connectionArgs(), ...linkFilterArgs() },
  }),
);
