import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ExtractedPaper } from '../src/domain/model.js';
import { extractPaper } from '../src/ingest/extract/index.js';
import { readPapers } from '../src/ingest/read/index.js';
import { type GoldPaper, norm } from './score.js';

/**
 * The gold sets kept in the repository, each read with the product's own reader so that reader
 * and extractor are evaluated together: the sample corpus (seed-gold), 160 of the 280 Hugging
 * Face daily papers (hf-dev-gold) and 15 abstracts written for the held-out check.
 */
export interface GoldSet {
  name: string;
  gold: GoldPaper[];
  papers: Array<{ title: string; abstract: string }>;
  /** Read errors of the corpus, as `line: message`. */
  errors: string[];
}

const root = new URL('../', import.meta.url);
const json = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, root), 'utf8')) as T;

async function readCorpus(path: string, gold: GoldPaper[]): Promise<Omit<GoldSet, 'name'>> {
  const titles = new Set(gold.map((g) => norm(g.title)));
  const papers: GoldSet['papers'] = [];
  const errors: string[] = [];
  for await (const item of readPapers(fileURLToPath(new URL(path, root)))) {
    if (!item.ok) errors.push(`${item.at.line ?? '?'}: ${item.error}`);
    else if (titles.has(norm(item.paper.title))) papers.push(item.paper);
  }
  return { gold, papers, errors };
}

export async function loadGoldSets(): Promise<GoldSet[]> {
  const heldOut = json<Array<GoldPaper & { abstract: string }>>('test/fixtures/gold/held-out.json');
  return [
    {
      name: 'seed-gold',
      ...(await readCorpus(
        'data/sample/hf-trending-sample.txt',
        json('test/fixtures/gold/seed-gold.json'),
      )),
    },
    {
      name: 'hf-dev-gold',
      ...(await readCorpus(
        'data/sample/hf-daily-papers.jsonl',
        json('test/fixtures/gold/hf-dev-gold.json'),
      )),
    },
    { name: 'held-out', gold: heldOut, papers: heldOut, errors: [] },
  ];
}

export function extractSet(set: GoldSet): ExtractedPaper[] {
  return set.papers.map((p, i) =>
    extractPaper({ id: `${set.name}-${i + 1}`, title: p.title, abstract: p.abstract }),
  );
}

/**
 * The two halves of a set by position: rules are written looking at the odd papers only, and
 * the even ones tell how they hold on papers not looked at.
 */
export function halves(set: GoldSet): [GoldSet, GoldSet] {
  const half = (odd: boolean): GoldSet => ({
    ...set,
    name: `${set.name} ${odd ? 'odd' : 'even'}`,
    gold: set.gold.filter((g) => (g.n % 2 === 1) === odd),
  });
  return [half(true), half(false)];
}
