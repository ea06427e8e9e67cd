import { describe, expect, it } from 'vitest';
import { extractSet, loadGoldSets } from '../../eval/gold-sets.js';
import { FIELDS, score } from '../../eval/score.js';

/**
 * Scores the extractor on every gold set in the repository, read by the product's own readers,
 * with the matching rules of the shared scorer (test/fixtures/gold/README.md), and fails below
 * each set's quality floors. `npm run eval:extract` prints the same figures.
 */
type Floors = Record<(typeof FIELDS)[number], number>;

const FLOORS: Record<string, Floors> = {
  'seed-gold': {
    repositories: 100,
    datasets: 90,
    'methods.proposed': 90,
    'methods.all': 80,
    tasks: 67,
    results: 75,
  },
  'hf-dev-gold': {
    repositories: 100,
    datasets: 70,
    'methods.proposed': 78,
    'methods.all': 77,
    tasks: 63,
    results: 0,
  },
  // abstracts written for the purpose, deliberately unlike the sample: lower floors, with some
  // margin over the scores reached so that a regression, not a wording change, fails
  'held-out': {
    repositories: 100,
    datasets: 85,
    'methods.proposed': 85,
    'methods.all': 75,
    tasks: 75,
    results: 65,
  },
};

describe('extraction quality on the gold sets', async () => {
  const sets = await loadGoldSets();

  it('has floors for every set', () => {
    expect(sets.map((s) => s.name).sort()).toEqual(Object.keys(FLOORS).sort());
  });

  describe.each(sets)('$name', (set) => {
    const scores = score(set.gold, extractSet(set));

    it('reads every gold paper from its corpus without errors', () => {
      expect(set.errors).toEqual([]);
      expect(set.papers).toHaveLength(set.gold.length);
    });

    it.each(FIELDS.map((f) => [f, FLOORS[set.name]?.[f] ?? 100] as const))(
      '%s F1 is at least %d',
      (field, floor) => {
        const s = scores[field];
        expect(s.f1, s.errors.join('\n')).toBeGreaterThanOrEqual(floor);
      },
    );
  });
});
