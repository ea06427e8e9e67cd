import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ExtractedPaper, PaperInput } from '../../src/graph/model.js';
import { extractPaper } from '../../src/ingest/extract/index.js';
import { readTrendingText } from '../../src/ingest/read/trending.js';

/**
 * Scores the extractor on the sample corpus against the seed gold with the matching rules of the
 * shared scorer (test/fixtures/gold/README.md), and fails below the quality floors.
 */
interface GoldEntity {
  name: string;
  aliases?: string[];
}

interface GoldPaper {
  title: string;
  proposed_methods: GoldEntity[];
  methods: GoldEntity[];
  datasets: GoldEntity[];
  tasks: string[];
  repos: string[];
  results: Array<{ dataset: string; value: string }>;
  borderline: string[];
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

const root = new URL('../../', import.meta.url);
const corpusFile = fileURLToPath(new URL('data/sample/hf-trending-sample.txt', root));
const norm = (s: unknown) =>
  String(s ?? '')
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
const key = (s: string) => {
  const n = norm(s);
  return n.length > 4 ? n.replace(/s$/, '') : n;
};
const names = (e: GoldEntity) => [e.name, ...(e.aliases ?? [])].map(key).filter(Boolean);

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

function scoreEntities(
  t: Tally,
  gold: GoldEntity[],
  pred: GoldEntity[],
  borderline: Set<string>,
): void {
  const matched = new Set<number>();
  for (const p of pred) {
    const pn = names(p);
    const gi = gold.findIndex((g) => names(g).some((n) => pn.includes(n)));
    if (gi >= 0) {
      if (!matched.has(gi)) t.tp++;
      matched.add(gi);
    } else if (!pn.some((n) => borderline.has(n))) t.fp++;
  }
  t.fn += gold.length - matched.size;
}

function scorePairs(
  t: Tally,
  gold: string[],
  pred: string[],
  match: (g: string, p: string) => boolean,
): void {
  const used = new Set<number>();
  for (const p of pred) {
    const gi = gold.findIndex((g, i) => !used.has(i) && match(g, p));
    if (gi >= 0) {
      used.add(gi);
      t.tp++;
    } else t.fp++;
  }
  t.fn += gold.length - used.size;
}

function score(gold: GoldPaper[], preds: ExtractedPaper[]): Record<string, number> {
  const byTitle = new Map(preds.map((p) => [norm(p.title), p]));
  const fields = [
    'repositories',
    'datasets',
    'methods.proposed',
    'methods.all',
    'tasks',
    'results',
  ];
  const tally = Object.fromEntries(fields.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Record<
    string,
    Tally
  >;
  for (const g of gold) {
    const p = byTitle.get(norm(g.title));
    const border = new Set(g.borderline.map(key));
    const methods = p?.methods ?? [];
    scoreEntities(
      tally.repositories as Tally,
      g.repos.map((name) => ({ name })),
      (p?.repositories ?? []).map((r) => ({ name: r.fullName })),
      new Set(),
    );
    scoreEntities(tally.datasets as Tally, g.datasets, p?.datasets ?? [], border);
    const proposed = methods.filter((m) => m.role === 'proposed');
    scoreEntities(tally['methods.proposed'] as Tally, g.proposed_methods, proposed, border);
    scoreEntities(
      tally['methods.all'] as Tally,
      [...g.proposed_methods, ...g.methods],
      methods,
      border,
    );
    const task = (x: string, y: string) => Boolean(x && y && (x.includes(y) || y.includes(x)));
    scorePairs(
      tally.tasks as Tally,
      g.tasks.map(norm),
      (p?.tasks ?? []).map((t) => norm(t.name)),
      task,
    );
    const pair = (r: { dataset: string | null; value: string | number }) =>
      `${norm(r.dataset)}|${Number.parseFloat(String(r.value).replace(/[^0-9.eE+-]/g, ''))}`;
    scorePairs(
      tally.results as Tally,
      g.results.map(pair),
      (p?.results ?? []).map(pair),
      (a, b) => a === b,
    );
  }
  return Object.fromEntries(
    Object.entries(tally).map(([field, t]) => {
      const precision = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1;
      const recall = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1;
      return [field, precision + recall ? (200 * precision * recall) / (precision + recall) : 0];
    }),
  );
}

describe('extraction quality on the sample corpus', async () => {
  const gold = JSON.parse(
    readFileSync(new URL('test/fixtures/gold/seed-gold.json', root), 'utf8'),
  ) as GoldPaper[];
  const corpus = await readCorpus();
  const preds = corpus.papers.map((p, i) =>
    extractPaper({ id: `sample-${i + 1}`, title: p.title, abstract: p.abstract }),
  );
  const f1 = score(gold, preds);

  it('reads every gold paper from the corpus without errors', () => {
    expect(corpus.errors).toEqual([]);
    expect(corpus.papers).toHaveLength(gold.length);
  });

  it.each([
    ['repositories', 100],
    ['datasets', 90],
    ['methods.proposed', 90],
    ['methods.all', 80],
    ['results', 75],
    ['tasks', 60],
  ])('%s F1 is at least %d', (field, floor) => {
    expect(f1[field]).toBeGreaterThanOrEqual(floor);
  });
});
