import type { NamedLabel } from '../domain/entity-kinds.js';
import { entityKey } from '../domain/keys.js';
import type { EntityMention } from '../domain/model.js';
import type { Graph } from '../graph/driver.js';
import type { Resolved } from '../graph/write-papers.js';

interface KnownEntities {
  /** The entities' own keys. */
  own: Set<string>;
  /** Every key (own or alias) → the entities that go by it. */
  claimants: Map<string, Set<string>>;
}

/**
 * Entity resolution across papers: a mention joins the entity its name goes by (the entity's own
 * key, or an alias only that entity has), or else an entity whose own key is one of the
 * mention's aliases. A key that two entities go by (an acronym such as SAM naming two methods)
 * is ambiguous and merges nothing.
 * Resolution depends only on which entities exist with which keys, not on the order they were
 * seen in, so a resolver loaded from the graph picks up exactly where an earlier run stopped.
 */
export class EntityResolver {
  private readonly known = new Map<NamedLabel, KnownEntities>();

  /** A resolver that knows every entity already in the graph. */
  static async load(graph: Graph): Promise<EntityResolver> {
    const resolver = new EntityResolver();
    const rows = await graph.read<{ label: NamedLabel; key: string; keys: string[] }>(
      'entity-keys',
    );
    for (const { label, key, keys } of rows) resolver.claim(label, key, keys);
    return resolver;
  }

  resolve<T extends EntityMention>(label: NamedLabel, mention: T): Resolved<T> {
    const nameKey = entityKey(mention.name);
    const keys = [...new Set([nameKey, ...mention.aliases.map(entityKey)].filter(Boolean))];
    // Two long forms that share only an acronym are different things: an alias joins an entity
    // only when it is that entity's own key.
    const own = this.entities(label).own;
    const key =
      this.owner(label, nameKey) ?? keys.find((alias) => own.has(alias)) ?? keys[0] ?? nameKey;
    this.claim(label, key, keys);
    return { ...mention, key, keys };
  }

  /** The key of the entity a bare name resolves to (a new entity when none goes by it). */
  resolveName(label: NamedLabel, name: string): string {
    const key = entityKey(name);
    const owner = this.owner(label, key) ?? key;
    this.claim(label, owner, [key]);
    return owner;
  }

  private owner(label: NamedLabel, key: string): string | undefined {
    const { own, claimants } = this.entities(label);
    if (own.has(key)) return key;
    const owners = claimants.get(key);
    return owners?.size === 1 ? owners.values().next().value : undefined;
  }

  private claim(label: NamedLabel, owner: string, keys: string[]): void {
    const { own, claimants } = this.entities(label);
    own.add(owner);
    for (const key of keys) {
      const owners = claimants.get(key) ?? new Set<string>();
      owners.add(owner);
      claimants.set(key, owners);
    }
  }

  private entities(label: NamedLabel): KnownEntities {
    let entities = this.known.get(label);
    if (!entities) {
      entities = { own: new Set(), claimants: new Map() };
      this.known.set(label, entities);
    }
    return entities;
  }
}
