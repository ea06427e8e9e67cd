import { describe, expect, it } from 'vitest';
import { type LabelCandidate, placeLabels } from '../../web/src/label-placement.js';

const node = (id: string, x: number, y: number, importance = 0): LabelCandidate => ({
  id,
  x,
  y,
  radius: 10,
  text: `label of ${id}`,
  importance,
});
const view = { width: 800, height: 600 };

describe('label placement', () => {
  it('labels every node when none would collide', () => {
    const nodes = [node('a', 100, 100), node('b', 400, 100), node('c', 100, 400)];
    expect(placeLabels(nodes, view)).toEqual(new Set(['a', 'b', 'c']));
  });

  it('gives a contested place to the more important node', () => {
    const nodes = [node('minor', 100, 100, 1), node('major', 130, 104, 5)];
    expect(placeLabels(nodes, view)).toEqual(new Set(['major']));
  });

  it('keeps a label off another node, and labels nothing off screen', () => {
    // b sits right under a, where a's label would go.
    const nodes = [node('a', 300, 300, 5), node('b', 300, 318), node('far', 900, 300, 9)];
    expect(placeLabels(nodes, view)).toEqual(new Set(['b']));
  });

  it('labels a pinned node whatever it overlaps, and first', () => {
    const nodes = [node('a', 300, 300, 5), { ...node('pinned', 300, 318), pinned: true }];
    expect(placeLabels(nodes, view)).toEqual(new Set(['pinned']));
    const crowded = [node('a', 100, 100, 9), { ...node('b', 104, 100), pinned: true }];
    expect(placeLabels(crowded, view)).toEqual(new Set(['b']));
  });

  it('fits more labels once zoomed in spreads the same nodes apart', () => {
    const grid = (spacing: number) =>
      Array.from({ length: 25 }, (_, i) =>
        node(`n${i}`, 50 + (i % 5) * spacing, 50 + Math.floor(i / 5) * spacing),
      );
    expect(placeLabels(grid(140), view).size).toBeGreaterThan(placeLabels(grid(40), view).size);
  });
});
