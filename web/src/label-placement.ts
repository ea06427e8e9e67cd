/**
 * Which nodes get a label: the pinned ones (the selection, "+N more"), then the most important
 * first, each only where its label would neither overlap a label already placed nor cover the
 * middle of another node. Labels keep one size on screen at any zoom, so zooming in spreads the
 * nodes apart and lets more labels in.
 */

/** Labels' size on screen, in CSS pixels. */
export const LABEL_FONT_PX = 11;
/** A longer label is cut with an ellipsis. */
export const LABEL_MAX_PX = 160;

export interface LabelCandidate {
  id: string;
  /** The node's centre on screen. */
  x: number;
  y: number;
  /** Half the node's height on screen: the label goes below it. */
  radius: number;
  text: string;
  /** Higher is placed first. */
  importance: number;
  /** Labelled whatever it overlaps. */
  pinned?: boolean;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The text's box on screen, estimated from its length (a canvas cannot be asked cheaply). */
function labelBox(node: LabelCandidate): Box {
  const width = Math.min(node.text.length * LABEL_FONT_PX * 0.55, LABEL_MAX_PX) + 4;
  const top = node.y + node.radius + 2;
  return {
    left: node.x - width / 2,
    right: node.x + width / 2,
    top,
    bottom: top + LABEL_FONT_PX + 4,
  };
}

/** A node's middle: a label may cover its rim, which leaves it recognisable and clickable. */
const bodyBox = (node: LabelCandidate): Box => ({
  left: node.x - node.radius / 2,
  right: node.x + node.radius / 2,
  top: node.y - node.radius / 2,
  bottom: node.y + node.radius / 2,
});

/** The ids of the nodes to label, in a view `width` × `height` pixels. */
export function placeLabels(
  nodes: LabelCandidate[],
  view: { width: number; height: number },
): Set<string> {
  const screen: Box = { left: 0, top: 0, right: view.width, bottom: view.height };
  const visible = nodes.filter((node) => overlaps(bodyBox(node), screen));
  const bodies = visible.map((node) => ({ id: node.id, box: bodyBox(node) }));
  const placed: Box[] = [];
  const labelled = new Set<string>();
  const order = (node: LabelCandidate) =>
    node.pinned ? Number.POSITIVE_INFINITY : node.importance;
  for (const node of [...visible].sort((a, b) => order(b) - order(a))) {
    const box = labelBox(node);
    const free =
      !placed.some((other) => overlaps(box, other)) &&
      !bodies.some((body) => body.id !== node.id && overlaps(box, body.box));
    if (!free && !node.pinned) continue;
    placed.push(box);
    labelled.add(node.id);
  }
  return labelled;
}
