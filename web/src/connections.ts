import { el, nodeButton } from './dom.js';
import type { ConnectionsQuery as ConnectionsResult } from './gql/graphql.js';
import { graphql } from './gql/index.js';
import { edgeId, type GraphEdge, type Neighbourhood, type NodeType } from './neighbourhood.js';

export const ConnectionsQuery = graphql(`
  query Connections($from: ID!, $to: ID!) {
    connections(from: $from, to: $to, first: 5) {
      length
      nodes { id type name }
      relationships { type role from to }
    }
  }
`);

export type Path = ConnectionsResult['connections'][number];

/** The key inside a Relay global id (base64 of `Type:key`), which path relationships name. */
function keyOf(globalId: string): string {
  const decoded = atob(globalId);
  return decoded.slice(decoded.indexOf(':') + 1);
}

/** A path as graph elements, relationships in the direction the graph stores them. */
function pathEdges(path: Path): GraphEdge[] {
  const idByKey = new Map(path.nodes.map((node) => [keyOf(node.id), node.id]));
  return path.relationships.map((relationship) => ({
    source: idByKey.get(relationship.from) ?? relationship.from,
    target: idByKey.get(relationship.to) ?? relationship.to,
    type: relationship.type,
    role: relationship.role,
  }));
}

export function pathsNeighbourhood(paths: Path[]): Neighbourhood & { elementIds: string[] } {
  const nodes = paths.flatMap((path) =>
    path.nodes.map((node) => ({ id: node.id, type: node.type as NodeType, label: node.name })),
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
          el('span', { class: `badge type-${node.type}` }, node.type),
          ' ',
          nodeButton(node.id, node.name),
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
