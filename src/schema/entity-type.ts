import { type EntityLabel, entityKind } from '../domain/entity-kinds.js';
import { builder } from './builder.js';
import {
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

/**
 * The parts every kind of extracted entity has, so Method, Dataset and Task read alike: the node
 * type with its paginated papers, the link object a paper lists it through (role and
 * provenance), the Paper field, and for the named kinds the root field finding one by name or
 * alias (repositories are found by `fullName`). Fields and roles come from ENTITY_KINDS.
 */
export function defineEntityType(label: EntityLabel, description: string) {
  const kind = entityKind(label);
  const roles =
    kind.roles.length > 0
      ? kind.roles.map((role) => `\`${role}\``).join(' or ')
      : 'not used for this type';
  const Entity = builder.loadableNode(label, {
    description,
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
          role: t.arg.string({ description: roles }),
        },
        load: (keys: string[], context, args) => loadPaperPages(keys, context, label, args),
        resolve: (entity) => entity.key,
      }),
    }),
  });

  const Link = builder.objectRef<EntityLink>(`Paper${label}`).implement({
    description: `A ${label.toLowerCase()} a paper names, with the role and the evidence.`,
    fields: (t) => ({
      [kind.linkField]: t.field({ type: Entity, resolve: (link) => link.key }),
      role: t.string({ nullable: true, resolve: (link) => link.link.role ?? null }),
      provenance: t.field({ type: Provenance, resolve: (link) => link.link }),
    }),
  });

  builder.objectField(Paper, kind.field, (t) =>
    t.loadableList({
      type: Link,
      description: `The ${kind.field} extracted from the paper, in order of appearance.`,
      byPath: true,
      args: { role: t.arg.string({ description: roles }) },
      load: async (ids: string[], context, args) => {
        const links = await loadPaperLinks(ids, context, label);
        return args.role
          ? links.map((list) => list.filter((l) => l.link.role === args.role))
          : links;
      },
      resolve: (paper) => paper.id,
    }),
  );

  if (kind.named) {
    builder.queryField(kind.linkField, (t) =>
      t.field({
        type: Entity,
        nullable: true,
        description: `A ${label.toLowerCase()} by name or any alias, case- and punctuation-insensitively.`,
        args: { name: t.arg.string({ required: true }) },
        resolve: (_root, { name }, context) => entityByName(context, kind.label, name),
      }),
    );
  }
  return Entity;
}
