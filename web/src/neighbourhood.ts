import { type EntityLabel, entityKind } from '../../src/domain/entity-kinds.js';
import type { NodeDetailsQuery as NodeDetailsResult } from './gql/graphql.js';
import { graphql } from './gql/index.js';

/** What the graph draws: every node type the API can return on a path. */
export type NodeType = 'Paper' | EntityLabel | 'Author' | 'Result';

export interface GraphNode {
  id: string;
  type: NodeType;
  label: string;
  /** A neighbour's papers shared with the entity expanded: drawn larger for more. */
  weight?: number;
}

export interface GraphEdge {
  source: string;
  target: string;
  /** The relationship type in the graph, e.g. HAS_DATASET. */
  type: string;
  role?: string | null;
  /** The sentence the edge was read from, when this neighbourhood carries it. */
  evidence?: string;
  /** Between two co-occurring entities: how many papers they share. */
  weight?: number;
}

export interface Neighbourhood {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** How many papers the panel lists for an entity (the graph draws its strongest neighbours). */
export const PAPERS_PER_NODE = 40;

graphql(`
  fragment Evidence on Provenance {
    evidence
    rule
    confidence
  }
`);

graphql(`
  fragment PaperLink on PaperLinkEdge {
    provenance { ...Evidence }
    node {
      id
      title
      url
      published
      repositories { repository { id fullName url } }
    }
  }
`);

export const NodeDetailsQuery = graphql(`
  query NodeDetails($id: ID!, $papers: Int!) {
    node(id: $id) {
      __typename
      id
      ... on Paper {
        title
        url
        arxivId
        published
        abstract
        authors { name }
        methods { role provenance { ...Evidence } method { id name } }
        datasets { role provenance { ...Evidence } dataset { id name } }
        tasks { provenance { ...Evidence } task { id name } }
        repositories { provenance { ...Evidence } repository { id fullName url host } }
        results { metric { name } raw dataset { id name } method { id name } }
      }
      # Paper's methods/datasets/tasks are lists of links; an entity's are connections.
      ... on Dataset {
        name
        aliases
        papers(first: $papers) { totalCount edges { ...PaperLink datasetRole: role } }
        sharedMethods: methods { edges { paperCount node { id name } } }
        sharedTasks: tasks { edges { paperCount node { id name } } }
      }
      ... on Method {
        name
        aliases
        papers(first: $papers) { totalCount edges { ...PaperLink methodRole: role } }
        sharedDatasets: datasets { edges { paperCount node { id name } } }
        sharedTasks: tasks { edges { paperCount node { id name } } }
      }
      ... on Task {
        name
        aliases
        papers(first: $papers) { totalCount edges { ...PaperLink } }
        sharedDatasets: datasets { edges { paperCount node { id name } } }
        sharedMethods: methods { edges { paperCount node { id name } } }
      }
      ... on Repository {
        fullName
        # Paper.url may be null, Repository.url not: one selection cannot hold both.
        repositoryUrl: url
        host
        kind
        papers(first: $papers) { totalCount edges { ...PaperLink } }
      }
      ... on Author {
        name
      }
      ... on Result {
        metric { name }
        raw
      }
    }
  }
`);

type AnyNode = NonNullable<NodeDetailsResult['node']>;
/** A node the graph draws: metrics and evaluations are shown in tables, not as nodes. */
export type NodeDetails = Exclude<AnyNode, { __typename: 'Metric' | 'Evaluation' }>;

export function isDrawn(node: AnyNode): node is NodeDetails {
  return node.__typename !== 'Metric' && node.__typename !== 'Evaluation';
}

/** The role of an entity's link to a paper, where its kind has roles (aliased per kind, as
 *  MethodRole and DatasetRole are different enums). */
export function edgeRole(edge: object): string | null {
  if ('methodRole' in edge) return edge.methodRole as string;
  if ('datasetRole' in edge) return edge.datasetRole as string;
  return null;
}

/** A role as the explorer writes it: `PROPOSED` → `proposed`. */
export function roleText(role: string | null | undefined): string | null {
  return role ? role.toLowerCase() : null;
}

/** The name a node goes by in the graph and the panel. */
export function nodeLabel(node: NodeDetails): string {
  switch (node.__typename) {
    case 'Paper':
      return node.title;
    case 'Repository':
      return node.fullName;
    case 'Result':
      return `${node.metric.name} ${node.raw}`;
    default:
      return node.name;
  }
}

/** An entity whose neighbours are the entities it shares papers with (neighbours.ts). */
export type CoOccurring = Extract<NodeDetails, { __typename: 'Method' | 'Dataset' | 'Task' }>;

export function isCoOccurring(node: NodeDetails): node is CoOccurring {
  return (
    node.__typename === 'Method' || node.__typename === 'Dataset' || node.__typename === 'Task'
  );
}

/**
 * The node with its direct links, drawn as the graph stores them: papers point at what they
 * name. (A method's, dataset's or task's neighbours are ranked by the API: see neighbours.ts.)
 */
export function neighbourhoodOf(node: Exclude<NodeDetails, CoOccurring>): Neighbourhood {
  const nodes: GraphNode[] = [{ id: node.id, type: node.__typename, label: nodeLabel(node) }];
  const edges: GraphEdge[] = [];
  const link = (
    paperId: string,
    type: EntityLabel,
    target: { id: string },
    provenance?: { evidence: string } | null,
    role?: string | null,
  ) =>
    edges.push({
      source: paperId,
      target: target.id,
      type: entityKind(type).relationship,
      role: roleText(role),
      evidence: provenance?.evidence,
    });

  if (node.__typename === 'Paper') {
    for (const { method, role, provenance } of node.methods) {
      nodes.push({ id: method.id, type: 'Method', label: method.name });
      link(node.id, 'Method', method, provenance, role);
    }
    for (const { dataset, role, provenance } of node.datasets) {
      nodes.push({ id: dataset.id, type: 'Dataset', label: dataset.name });
      link(node.id, 'Dataset', dataset, provenance, role);
    }
    for (const { task, provenance } of node.tasks) {
      nodes.push({ id: task.id, type: 'Task', label: task.name });
      link(node.id, 'Task', task, provenance);
    }
    for (const { repository, provenance } of node.repositories) {
      nodes.push({ id: repository.id, type: 'Repository', label: repository.fullName });
      link(node.id, 'Repository', repository, provenance);
    }
  } else if (node.__typename === 'Repository') {
    for (const edge of node.papers.edges) {
      nodes.push({ id: edge.node.id, type: 'Paper', label: edge.node.title });
      link(edge.node.id, 'Repository', node, edge.provenance);
    }
  }
  return { nodes, edges };
}

/** One id per relationship, so an edge reached from both its ends is drawn once. */
export function edgeId(edge: Pick<GraphEdge, 'source' | 'type' | 'target'>): string {
  return `${edge.source}>${edge.type}>${edge.target}`;
}
