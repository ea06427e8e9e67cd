import { builder } from './builder.js';
import {
  type EntityLabel,
  type EntityLink,
  type EntityRow,
  entityByName,
  loadEntities,
  loadPaperLinks,
  loadPaperPages,
  PaperLinkConnection,
} from './entity.js';
import { Paper } from './paper.js';
import { Provenance } from './provenance.js';

interface EntityTypeOptions {
  label: EntityLabel;
  description: string;
  /** The field on Paper that lists these entities, e.g. `methods`. */
  paperField: string;
  /** The field on the link object naming the entity, e.g. `method`. */
  linkField: string;
  roles?: string;
  /** The root query field finding one by name (repositories are found by `fullName`). */
  queryField?: string;
}

/**
 * The parts every kind of extracted entity has, so Method, Dataset and Task read alike: the node
 * type with its paginated papers, the link object a paper lists it through (role and
 * provenance), the Paper field, and the root field finding one by name or alias.
 */
export function defineEntityType(options: EntityTypeOptions) {
  const { label } = options;
  const Entity = builder.loadableNode(label, {
    description: options.description,
    id: { resolve: (entity: EntityRow) => entity.key },
    load: loadEntities(label),
    fields: (t) => ({
      key: t.exposeString('key', {
        description: 'Canonical key: case, spaces, hyphens and a plural s ignored.',
      }),
      name: t.string({ resolve: (entity) => entity.name ?? entity.fullName ?? entity.key }),
      aliases: t.stringList({ resolve: (entity) => entity.aliases ?? [] }),
      papers: t.loadable({
        type: PaperLinkConnection,
        description: 'The papers linked to it, newest first, each with the role and evidence.',
        byPath: true,
        args: {
          ...t.arg.connectionArgs(),
          role: t.arg.string({ description: options.roles ?? 'not used for this type' }),
        },
        load: (keys: string[], context, args) => loadPaperPages(keys, context, label, args),
        resolve: (entity) => entity.key,
      }),
    }),
  });

  const Link = builder.objectRef<EntityLink>(`Paper${label}`).implement({
    description: `A ${label.toLowerCase()} a paper names, with the role and the evidence.`,
    fields: (t) => ({
      [options.linkField]: t.field({ type: Entity, resolve: (link) => link.key }),
      role: t.string({ nullable: true, resolve: (link) => link.link.role ?? null }),
      provenance: t.field({ type: Provenance, resolve: (link) => link.link }),
    }),
  });

  builder.objectField(Paper, options.paperField, (t) =>
    t.loadableList({
      type: Link,
      description: `The ${options.paperField} extracted from the paper, in order of appearance.`,
      byPath: true,
      args: { role: t.arg.string({ description: options.roles ?? 'not used for this type' }) },
      load: async (ids: string[], context, args) => {
        const links = await loadPaperLinks(ids, context, label);
        return args.role
          ? links.map((list) => list.filter((l) => l.link.role === args.role))
          : links;
      },
      resolve: (paper) => paper.id,
    }),
  );

  if (options.queryField) {
    builder.queryField(options.queryField, (t) =>
      t.field({
        type: Entity,
        nullable: true,
        description: `A ${label.toLowerCase()} by name or any alias, case- and punctuation-insensitively.`,
        args: { name: t.arg.string({ required: true }) },
        resolve: (_root, { name }, context) => entityByName(context, label, name),
      }),
    );
  }
  return Entity;
}
