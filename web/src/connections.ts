import { el, nodeButton } from './dom.js';
import type { ConnectionsQuery as ConnectionsResult } from './gql/graphql.js';
import { graphql } from './gql/index.js';
import {
  edgeId,
  type GraphEdge,
  type Neighbourhood,
  type NodeType,
  roleText,
} from './neighbourhood.js';

export const ConnectionsQuery = graphql(`
  query Connections($from: ID!, $to: ID!) {
    connections(from: $from, to: $to, first: 5) {
      edges {
        node {
          length
          nodes {
            __typename
            id
            ... on Paper { title }
            ... on Entity { name }
            ... on Author { name }
            ... on Result { metric { name } }
          }
          relationships { type role from to }
        }
      }
    }
  }
`);

export type Path = ConnectionsResult['connections']['edges'][number]['node'];

type PathNode = Path['nodes'][number];

/** What a path's node is called: a paper's title, an entity's or author's name, a metric. */
function nameOf(node: PathNode): string {
  if ('title' in node) return node.title;
  if ('name' in node) return node.name;
  return 'metric' in node ? node.metric.name : '';
}

/** A path as graph elements, relationships in the direction the graph stores them. */
function pathEdges(path: Path): GraphEdge[] {
  return path.relationships.map((relationship) => ({
    source: relationship.from,
    target: relationship.to,
    type: relationship.type,
    role: roleText(relationship.role),
  }));
}

export function pathsNeighbourhood(paths: Path[]): Neighbourhood & { elementIds: string[] } {
  const nodes = paths.flatMap((path) =>
    path.nodes.map((node) => ({
      id: node.id,
      type: node.__typename as NodeType,
      label: nameOf(node),
    })),
  );
  const edges = paths.flatMap(pathEdges);
  return { nodes, edges, elementIds: [...nodes.map((node) => node.id), ...edges.map(edgeId)] };
}

/** The paths as steps: node, relationship (with its direction), node, ... */
export function pathsSection(from: string, to: string, paths: Path[]): HTMLElement {
  const section = el(
    'section',
    { class: 'paths', 'aria-labelledby': 'paths-heading' },
    el('h2', { id: 'paths-heading', tabindex: '-1' }, `How ${from} and ${to} are connected`),
  );
  if (paths.length === 0) {
    section.append(el('p', {}, 'No path of at most 4 relationships joins them.'));
    return section;
  }
  section.append(
    el(
      'p',
      { class: 'muted' },
      `${paths.length} shortest path${paths.length === 1 ? '' : 's'} of ${paths[0]?.length} relationships, drawn in red.`,
    ),
  );
  const list = el('ol', { class: 'path-list' });
  for (const path of paths) {
    const edges = pathEdges(path);
    const steps = el('ol', { class: 'path-steps', 'aria-label': `Path of ${path.length} steps` });
    path.nodes.forEach((node, index) => {
      steps.append(
        el(
          'li',
          {},
          el('span', { class: `badge type-${node.__typename}` }, node.__typename),
          ' ',
          nodeButton(node.id, nameOf(node)),
        ),
      );
      const edge = edges[index];
      if (edge) {
        const forward = edge.source === node.id;
        steps.append(
          el('li', { class: 'relationship' }, forward ? `↓ ${edge.type}` : `↑ ${edge.type}`),
        );
      }
    });
    list.append(el('li', {}, steps));
  }
  section.append(list);
  return section;
}
