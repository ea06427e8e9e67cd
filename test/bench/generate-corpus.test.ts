import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type GeneratedPaper,
  generateCorpus,
  MAX_COUNT,
  writeCorpus,
} from '../../bench/corpus/generate.js';
import { AREAS, METRICS } from '../../bench/corpus/vocabulary.js';

const papers = (count: number, seed: number) => [...generateCorpus(count, seed)];
const sample = papers(500, 42);

const share = (test: (paper: GeneratedPaper) => boolean) =>
  sample.filter(test).length / sample.length;

const DATASETS = [...new Set(AREAS.flatMap((area) => area.tasks.flatMap((t) => t.datasets)))];
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const METRIC_NAMES = Object.keys(METRICS).map(
  (name) => new RegExp(`(?<![\\w-])${escapeRegExp(name)}(?![\\w-])`),
);

/** A sentence naming a known dataset and a metric with a value, like `… 73.8% top-1 accuracy on ImageNet`. */
function reportsResult(paper: GeneratedPaper): boolean {
  return paper.abstract
    .split(/(?<=\.) (?=[A-Z])/)
    .some(
      (sentence) =>
        /\d\.\d/.test(sentence) &&
        DATASETS.some((dataset) => sentence.includes(dataset)) &&
        METRIC_NAMES.some((metric) => metric.test(sentence)),
    );
}

describe('generateCorpus', () => {
  it('gives the same papers for the same seed and different ones for another', () => {
    expect(papers(500, 42)).toEqual(sample);
    const other = papers(500, 43);
    expect(other.map((p) => p.abstract)).not.toEqual(sample.map((p) => p.abstract));
    expect(other.map((p) => p.title)).not.toEqual(sample.map((p) => p.title));
  });

  it('gives exactly the papers asked for, a shorter corpus being a prefix of a longer one', () => {
    expect(papers(0, 42)).toEqual([]);
    expect(papers(1, 42)).toHaveLength(1);
    expect(papers(123, 42)).toEqual(sample.slice(0, 123));
  });

  it('refuses counts that are negative, fractional or too large to number', () => {
    for (const count of [-1, 1.5, MAX_COUNT + 1]) {
      expect(() => generateCorpus(count, 42).next()).toThrow(RangeError);
    }
  });

  it('writes complete records: a title, an abstract of 120 to 300 words, dates and ids', () => {
    for (const paper of sample) {
      expect(paper.title.trim()).not.toBe('');
      const words = paper.abstract.split(/\s+/).length;
      expect(words, paper.abstract).toBeGreaterThanOrEqual(120);
      expect(words, paper.abstract).toBeLessThanOrEqual(300);
      expect(paper.authors.length).toBeGreaterThan(0);
      expect(paper.arxivId).toMatch(/^\d{4}\.\d{5}$/);
      // An arXiv id starts with the year and month it was submitted.
      expect(paper.published).toMatch(/^20\d\d-\d\d-\d\d$/);
      expect(paper.arxivId.slice(0, 4)).toBe(paper.published.slice(2, 7).replace('-', ''));
      expect(paper.url).toBe(`https://arxiv.org/abs/${paper.arxivId}`);
    }
    expect(new Set(sample.map((p) => p.id)).size).toBe(sample.length);
    expect(new Set(sample.map((p) => p.arxivId)).size).toBe(sample.length);
  });

  it('mixes papers with and without code links and reported results', () => {
    const github = share((p) => /https:\/\/github\.com\/[\w.-]+\/[\w.-]+\./.test(p.abstract));
    expect(github).toBeGreaterThan(0.25);
    expect(github).toBeLessThan(0.65);
    const results = share(reportsResult);
    expect(results).toBeGreaterThan(0.5);
    expect(results).toBeLessThan(0.95);
  });

  it('spells out acronyms and keeps some LaTeX residue, as arXiv abstracts do', () => {
    const acronym = / [A-Z][\w-]+(?: [A-Z][\w-]+)+ \([A-Z][\w^{}]*[A-Z][\w^{}]*\)/;
    expect(share((p) => acronym.test(p.abstract))).toBeGreaterThan(0.5);
    const latex = share((p) => /\\|\^\{/.test(p.title + p.abstract));
    expect(latex).toBeGreaterThan(0.05);
    expect(latex).toBeLessThan(0.6);
  });

  it('names proposed methods the vocabulary does not know', () => {
    const titled = sample.filter((p) => /^[^\s:]+: /.test(p.title));
    expect(titled.length).toBeGreaterThan(100);
    const names = new Set(titled.map((p) => p.title.split(':')[0]));
    expect(names.size).toBeGreaterThan(titled.length * 0.9);
  });
});

describe('writeCorpus', () => {
  const dir = mkdtemp(join(tmpdir(), 'papergraph-corpus-'));
  afterAll(async () => rm(await dir, { recursive: true, force: true }));

  it('writes one JSON object per line, byte-identical on every run', async () => {
    const [first, second] = [join(await dir, 'a.jsonl'), join(await dir, 'b.jsonl')];
    await writeCorpus(500, 42, first);
    await writeCorpus(500, 42, second);
    const text = await readFile(first, 'utf8');
    expect(await readFile(second, 'utf8')).toBe(text);
    expect(text.endsWith('\n')).toBe(true);
    const records = text.trimEnd().split('\n');
    expect(records.map((line) => JSON.parse(line))).toEqual(sample);
    expect(Object.keys(JSON.parse(records[0] ?? '{}'))).toEqual([
      'id',
      'title',
      'abstract',
      'arxivId',
      'published',
      'authors',
      'url',
    ]);
  });
});
