import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { PaperInput } from '../../src/graph/model.js';
import { extractPaper } from '../../src/ingest/extract/index.js';
import { readTrendingText } from '../../src/ingest/read/trending.js';
import { type GoldPaper, score } from './extract-scoring.js';

/**
 * Scores the extractor on the sample corpus against the seed gold with the matching rules of the
 * shared scorer (test/fixtures/gold/README.md), and fails below the quality floors.
 */
const root = new URL('../../', import.meta.url);
const corpusFile = fileURLToPath(new URL('data/sample/hf-trending-sample.txt', root));

/** The corpus as the product reads it, so that reader and extractor are tested together. */
async function readCorpus(): Promise<{ papers: PaperInput[]; errors: string[] }> {
  const papers: PaperInput[] = [];
  const errors: string[] = [];
  for await (const item of readTrendingText(corpusFile)) {
    if (item.ok) papers.push(item.paper);
    else errors.push(`${item.at.line ?? '?'}: ${item.error}`);
  }
  return { papers, errors };
}

describe('extraction quality on the sample corpus', async () => {
  const gold = JSON.parse(
    readFileSync(new URL('test/fixtures/gold/seed-gold.json', root), 'utf8'),
  ) as GoldPaper[];
  const corpus = await readCorpus();
  const preds = corpus.papers.map((p, i) =>
    extractPaper({ id: `sample-${i + 1}`, title: p.title, abstract: p.abstract }),
  );
  const scores = score(gold, preds);

  it('reads every gold paper from the corpus without errors', () => {
    expect(corpus.errors).toEqual([]);
    expect(corpus.papers).toHaveLength(gold.length);
  });

  it.each<[keyof typeof scores, number]>([
    ['repositories', 100],
    ['datasets', 90],
    ['methods.proposed', 90],
    ['methods.all', 80],
    ['results', 75],
    ['tasks', 60],
  ])('%s F1 is at least %d', (field, floor) => {
    const s = scores[field];
    expect(s.f1, s.errors.join('\n')).toBeGreaterThanOrEqual(floor);
  });
});
