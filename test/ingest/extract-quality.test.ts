import { describe, expect, it } from 'vitest';
import { extractSet, loadGoldSets } from '../../eval/gold-sets.js';
import { calibration, FIELDS, judgeMentions, score } from '../../eval/score.js';

/**
 * Scores the extractor on every gold set in the repository, read by the product's own readers,
 * with the matching rules of the shared scorer (test/fixtures/gold/README.md), and fails below
 * each set's quality floors. `npm run eval:extract` prints the same figures.
 */
type Floors = Record<(typeof FIELDS)[number], number>;

// The floors on both development sets (datasets, proposed methods >= 92, all methods >= 90,
// tasks >= 65, results >= 80 on seed-gold), higher where the score is higher, so that a regression
// fails; hf-dev-gold's results, seven in all, are reported, not floored by the issue.
const FLOORS: Record<string, Floors> = {
  'seed-gold': {
    repositories: 100,
    datasets: 92,
    'methods.proposed': 94,
    'methods.all': 93,
    tasks: 67,
    results: 80,
  },
  'hf-dev-gold': {
    repositories: 100,
    datasets: 92,
    'methods.proposed': 92,
    'methods.all': 90,
    tasks: 65,
    results: 60,
  },
  // abstracts written for the purpose, deliberately unlike the sample
  'held-out': {
    repositories: 100,
    datasets: 90,
    'methods.proposed': 95,
    'methods.all': 85,
    tasks: 75,
    results: 75,
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

  // the promise a frontend filtering links by confidence relies on (README, Calibration)
  it('is at least 95% precise at confidence 0.9 and above on the dev sets', () => {
    const dev = sets.filter((s) => s.name === 'seed-gold' || s.name === 'hf-dev-gold');
    const judged = dev.flatMap((s) => judgeMentions(s.gold, extractSet(s)));
    const [top] = calibration(judged);
    expect(top?.right).toBeGreaterThan(100);
    expect(top?.precision).toBeGreaterThanOrEqual(95);
  });
});
