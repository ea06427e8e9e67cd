import { afterAll, describe, expect, it } from 'vitest';
import { extractPaper } from '../../src/ingest/extract/index.js';
import { ExtractPool } from '../../src/ingest/extract-pool.js';

describe('ExtractPool', { timeout: 60_000 }, () => {
  const pool = new ExtractPool(2);
  afterAll(() => pool.close());

  it('extracts on worker threads and returns outcomes in the order of the papers', async () => {
    const papers = Array.from({ length: 40 }, (_, i) => ({
      id: `p${i}`,
      title: `Model${i}: A Study`,
      abstract: `We propose Model${i} and evaluate it on CIFAR-10, where it reaches ${i}.5% accuracy.`,
    }));
    const outcomes = await pool.extract(papers);
    expect(outcomes).toHaveLength(40);
    outcomes.forEach((outcome, i) => {
      expect(outcome).toEqual({ ok: true, paper: extractPaper(papers[i] as (typeof papers)[0]) });
    });
  });
});
