import { entityKind } from '../../src/domain/entity-kinds.js';
import { request } from './api.js';
import type { NeighboursQuery as NeighboursResult } from './gql/graphql.js';
import { graphql } from './gql/index.js';
import { BATCH_SIZE, SHARED_PAPERS_DRAWN } from './graph-limits.js';
import type { GraphEdge, GraphNode, Neighbourhood } from './neighbourhood.js';

/** The entity kinds that co-occur through papers, named as their connections. */
const KINDS = { methods: 'Method', datasets: 'Dataset', tasks: 'Task' } as const;
type Kind = keyof typeof KINDS;
export type CoType = (typeof KINDS)[Kind];

/** The relationship type an edge between two co-occurring entities is drawn with. */
export const SHARED_PAPERS = 'SHARED_PAPERS';

export function isCoType(type: string | undefined): type is CoType {
  return Object.values(KINDS).some((kind) => kind === type);
}

export const NeighboursQuery = graphql(`
  query Neighbours(
    $id: ID!
    $first: Int!
    $methods: Boolean!
    $methodsAfter: String
    $datasets: Boolean!
    $datasetsAfter: String
    $tasks: Boolean!
    $tasksAfter: String
  ) {
    node(id: $id) {
      __typename
      ... on Dataset {
        methods(first: $first, after: $methodsAfter) @include(if: $methods) {
          totalCount pageInfo { hasNextPage endCursor }
          edges { paperCount node { id name } papers { id title } }
        }
        tasks(first: $first, after: $tasksAfter) @include(if: $tasks) {
          totalCount pageInfo { hasNextPage endCursor }
          edges { paperCount node { id name } papers { id title } }
        }
      }
      ... on Method {
        datasets(first: $first, after: $datasetsAfter) @include(if: $datasets) {
          totalCount pageInfo { hasNextPage endCursor }
          edges { paperCount node { id name } papers { id title } }
        }
        tasks(first: $first, after: $tasksAfter) @include(if: $tasks) {
          totalCount pageInfo { hasNextPage endCursor }
          edges { paperCount node { id name } papers { id title } }
        }
      }
      ... on Task {
        methods(first: $first, after: $methodsAfter) @include(if: $methods) {
          totalCount pageInfo { hasNextPage endCursor }
          edges { paperCount node { id name } papers { id title } }
        }
        datasets(first: $first, after: $datasetsAfter) @include(if: $datasets) {
          totalCount pageInfo { hasNextPage endCursor }
          edges { paperCount node { id name } papers { id title } }
        }
      }
    }
  }
`);

type Page = NonNullable<
  Extract<NonNullable<NeighboursResult['node']>, { __typename: 'Dataset' }>['methods']
>;

/** An entity that shares papers with the expanded one. */
export interface Neighbour {
  id: string;
  type: CoType;
  name: string;
  paperCount: number;
  /** The newest of the shared papers. */
  papers: { id: string; title: string }[];
}

/** One kind's list, read a page at a time. */
interface Lane {
  kind: Kind;
  waiting: Neighbour[];
  after: string | null;
  more: boolean;
  total: number;
}

const stronger = (a: Neighbour, b: Neighbour) =>
  b.paperCount - a.paperCount || a.name.localeCompare(b.name);

/**
 * The entities that share papers with one entity, strongest (most shared papers) first across
 * kinds. The API ranks each kind apart, so each is read a page at a time and the heads merged.
 */
export class StrongestNeighbours {
  private lanes: Lane[];
  private taken = 0;
  private given = false;
  /** The first page, when read ahead of `next`. */
  private ahead: Promise<void> | null = null;

  constructor(private readonly entity: { id: string; type: CoType }) {
    this.lanes = (Object.keys(KINDS) as Kind[])
      .filter((kind) => KINDS[kind] !== entity.type)
      .map((kind) => ({ kind, waiting: [], after: null, more: true, total: 0 }));
  }

  /** What they are, as the status line says: "methods and tasks" for a dataset. */
  get kinds(): string {
    return this.lanes.map((lane) => lane.kind).join(' and ');
  }

  /** How many there are in all (known once the first batch is read). */
  get total(): number {
    return this.lanes.reduce((sum, lane) => sum + lane.total, 0);
  }

  /** How many have been taken by `next`. */
  get drawn(): number {
    return this.taken;
  }

  /** Whether `next` has given a batch yet (perhaps an empty one). */
  get started(): boolean {
    return this.given;
  }

  /** Starts reading the first page now, alongside other reads, before `next` asks for it. */
  readAhead(): void {
    this.ahead = this.refill();
    // Whoever calls `next` gets the failure; until then it is not unhandled.
    this.ahead.catch(() => undefined);
  }

  /** The next `count` neighbours, strongest first. */
  async next(count: number): Promise<Neighbour[]> {
    if (this.ahead) {
      const ahead = this.ahead;
      this.ahead = null;
      await ahead;
    }
    const batch: Neighbour[] = [];
    while (batch.length < count) {
      await this.refill();
      const lane = this.lanes
        .filter((candidate) => candidate.waiting.length > 0)
        .sort((a, b) => stronger(a.waiting[0] as Neighbour, b.waiting[0] as Neighbour))[0];
      const head = lane?.waiting.shift();
      if (!head) break;
      batch.push(head);
    }
    this.taken += batch.length;
    this.given = true;
    return batch;
  }

  /** Puts back neighbours `next` gave that were not drawn, to come first next time. */
  giveBack(neighbours: Neighbour[]): void {
    for (const neighbour of [...neighbours].reverse()) {
      this.lanes.find((lane) => KINDS[lane.kind] === neighbour.type)?.waiting.unshift(neighbour);
    }
    this.taken -= neighbours.length;
  }

  /** Reads the next page of every kind whose read pages are used up, in one request. */
  private async refill(): Promise<void> {
    const empty = this.lanes.filter((lane) => lane.waiting.length === 0 && lane.more);
    if (empty.length === 0) return;
    const asked = (kind: Kind) => empty.some((lane) => lane.kind === kind);
    const after = (kind: Kind) => this.lanes.find((lane) => lane.kind === kind)?.after ?? null;
    const { node } = await request(NeighboursQuery, {
      id: this.entity.id,
      first: BATCH_SIZE,
      methods: asked('methods'),
      methodsAfter: after('methods'),
      datasets: asked('datasets'),
      datasetsAfter: after('datasets'),
      tasks: asked('tasks'),
      tasksAfter: after('tasks'),
    });
    if (!node) throw new Error('this node is no longer in the graph');
    for (const lane of empty) {
      const page = (node as Partial<Record<Kind, Page>>)[lane.kind];
      if (!page) throw new Error(`a ${node.__typename} has no ${lane.kind}`);
      lane.total = page.totalCount;
      lane.after = page.pageInfo.endCursor ?? null;
      lane.more = page.pageInfo.hasNextPage;
      lane.waiting.push(
        ...page.edges.map((edge) => ({
          id: edge.node.id,
          type: KINDS[lane.kind],
          name: edge.node.name,
          paperCount: edge.paperCount,
          papers: edge.papers,
        })),
      );
    }
  }
}

/**
 * A batch of neighbours as the graph draws them, each first with its newest shared papers
 * after it (so a cap keeps the strongest): papers point at what they name, as stored, and an
 * edge between the two entities weighted by their shared papers stands for them when papers are
 * hidden.
 */
export function neighbourBatch(
  entity: { id: string; type: CoType },
  neighbours: Neighbour[],
): Neighbourhood {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  for (const neighbour of neighbours) {
    nodes.push({
      id: neighbour.id,
      type: neighbour.type,
      label: neighbour.name,
      weight: neighbour.paperCount,
    });
    for (const paper of neighbour.papers.slice(0, SHARED_PAPERS_DRAWN)) {
      nodes.push({ id: paper.id, type: 'Paper', label: paper.title });
      for (const end of [entity, neighbour]) {
        edges.push({ source: paper.id, target: end.id, type: entityKind(end.type).relationship });
      }
    }
    // One id whichever end was expanded: the ends in a fixed order.
    const [source, target] = [entity.id, neighbour.id].sort();
    edges.push({
      source: source as string,
      target: target as string,
      type: SHARED_PAPERS,
      weight: neighbour.paperCount,
    });
  }
  return { nodes, edges };
}
