import { type EntityLabel, entityKind } from '../domain/entity-kinds.js';
import { builder, type Context } from './builder.js';
import { closedSet } from './closed-set.js';
import {
  Entity,
  type EntityLink,
  type EntityRow,
  entityByName,
  type LinkFilter,
  linkFilterArgs,
  loadEntities,
  loadPaperLinks,
  loadPaperPages,
  PaperLinkEdge,
  type PaperLinkEdgeShape,
  PaperLinks,
  pageSelection,
  paperLinksKey,
} from './entity.js';
import { Paper } from './paper.js';
import {
  loadPaperCounts,
  PAPER_COUNTS_DESCRIPTION,
  type PaperCountsArgs,
  PeriodCount,
  periodArg,
} from './paper-counts.js';
import { minConfidence, minConfidenceArg, Provenance } from './provenance.js';

/**
 * The parts every kind of extracted entity has, so Method, Dataset, Task and Repository read
 * alike: the node type (an Entity) with its paginated papers, the role enum where its links
 * have roles, the link object a paper lists it through, the Paper field, and for the named kinds
 * the root field finding one by name or alias (repositories are found by `fullName`). Fields,
 * roles and names come from ENTITY_KINDS.
 */
export function defineEntityType(label: EntityLabel, description: string) {
  const kind = entityKind(label);
  const { typeName } = kind;
  const thing = typeName.toLowerCase();
  const Role =
    kind.roles.length > 0
      ? closedSet(
          `${typeName}Role`,
          `What a paper does with a ${thing}.`,
          kind.roles,
          (role) => `The paper ${role.replace(/e?d$/, 'es')} the ${thing}.`,
        )
      : null;
  const Connection = builder.connectionObject(
    {
      type: Paper,
      name: `${typeName}PaperConnection`,
      description: `Papers that name a ${thing}, newest first.`,
      // Pothos types a connection's shape apart from the page our loader returns, which it is.
      interfaces: [PaperLinks] as never,
    },
    {
      name: `${typeName}PaperEdge`,
      description: `A paper that names a ${thing}, with the evidence.`,
      interfaces: [PaperLinkEdge] as never,
      fields: (t) =>
        (Role
          ? {
              role: t.field({
                type: Role,
                description: `What the paper does with the ${thing}.`,
                resolve: (edge) => (edge as unknown as PaperLinkEdgeShape).link.role as never,
              }),
            }
          : {}) as Record<never, never>,
    },
  );

  // Only kinds whose links have roles take or show one: an argument that does nothing is noise.
  // (Typed as no fields: Pothos cannot type a map that has a field only sometimes.)
  const roleArg = (
    arg: (options: { type: NonNullable<typeof Role>; description: string }) => unknown,
  ) =>
    (Role
      ? { role: arg({ type: Role, description: 'Only links with this role.' }) }
      : {}) as Record<never, never>;

  const Node = builder.loadableNode(typeName, {
    description,
    interfaces: [Entity],
    id: { resolve: (entity: EntityRow) => entity.key },
    load: loadEntities(label),
    fields: (t) => ({
      papers: t.loadable({
        type: Connection,
        description: 'The papers linked to it, newest first, each with the evidence.',
        byPath: true,
        args: {
          ...t.arg.connectionArgs(),
          ...roleArg(t.arg),
          ...linkFilterArgs(),
        },
        load: (keys: readonly string[], context, args) =>
          loadPaperPages(keys, context, label, args as LinkFilter),
        resolve: (entity, _args, _context, info) =>
          JSON.stringify([entity.key, pageSelection(info)]),
      }),
      paperCounts: t.loadableList({
        type: PeriodCount,
        description: PAPER_COUNTS_DESCRIPTION,
        byPath: true,
        args: { ...periodArg(), ...roleArg(t.arg), ...linkFilterArgs() },
        load: (keys: readonly string[], context, args) =>
          loadPaperCounts(keys, context, label, args as PaperCountsArgs),
        resolve: (entity) => entity.key,
      }),
    }),
  });

  /** Entities a statement reached on its way, so that loading them sends no statement. */
  const prime = (context: Context, entities: EntityRow[]) => {
    const nodes = Node.getDataloader(context);
    for (const entity of entities) nodes.prime(entity.key, entity);
  };

  const Link = builder.objectRef<EntityLink>(`Paper${typeName}`).implement({
    description: `A ${thing} a paper names, with the evidence.`,
    fields: (t) => ({
      [kind.linkField]: t.field({
        type: Node,
        description: `The ${thing}.`,
        resolve: (link) => link.entity.key,
      }),
      ...(Role
        ? {
            role: t.field({
              type: Role,
              description: `What the paper does with the ${thing}.`,
              resolve: (link) => link.link.role as never,
            }),
          }
        : {}),
      provenance: t.field({
        type: Provenance,
        description: 'Where the link was read from.',
        resolve: (link) => link.link,
      }),
    }),
  });

  builder.objectField(Paper, kind.field, (t) =>
    t.loadableList({
      type: Link,
      description: `The ${kind.field} extracted from the paper, in order of appearance.`,
      byPath: true,
      args: { ...roleArg(t.arg), minConfidence: t.arg(minConfidenceArg) },
      load: async (keys: readonly string[], context, args) => {
        const links = await loadPaperLinks(keys, context, label);
        prime(
          context,
          links.flat().map((link) => link.entity),
        );
        const { role } = args as LinkFilter;
        const confidence = minConfidence(args.minConfidence);
        return links.map((list) =>
          list.filter(({ link }) => (!role || link.role === role) && link.confidence >= confidence),
        );
      },
      resolve: (paper, _args, _context, info) => paperLinksKey(paper.id, info),
    }),
  );

  if (kind.named) {
    builder.queryField(kind.linkField, (t) =>
      t.field({
        type: Node,
        nullable: true,
        description: `A ${thing} by name or any alias, case- and punctuation-insensitively.`,
        args: { name: t.arg.string({ required: true, description: 'A name or alias.' }) },
        resolve: async (_root, { name }, context) => {
          const found = await entityByName(context, kind.label, name);
          if (found) prime(context, [found.node]);
          return found?.key ?? null;
        },
      }),
    );
  }
  return Node;
}
