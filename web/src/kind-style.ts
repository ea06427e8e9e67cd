import type cytoscape from 'cytoscape';
import { ENTITY_KINDS, type EntityLabel } from '../../src/domain/entity-kinds.js';
import type { NodeType } from './neighbourhood.js';

type Style = { colour: string; shape: cytoscape.Css.NodeShape };

/**
 * Colour and shape per node type (the shape tells types apart without colour vision). Apart
 * from the graph code, so the home and browse pages colour their badges without loading
 * cytoscape.
 */
export const NODE_STYLE: Record<NodeType, Style> = {
  Paper: { colour: '#4e79a7', shape: 'round-rectangle' },
  ...(Object.fromEntries(
    ENTITY_KINDS.map(({ label, colour, shape }) => [label, { colour, shape }]),
  ) as Record<EntityLabel, Style>),
  Author: { colour: '#9c755f', shape: 'triangle' },
  Result: { colour: '#e15759', shape: 'star' },
};
