import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleCorpora } from '../../src/commands/start.js';
import type { Graph } from '../../src/graph/driver.js';
import { buildYoga } from '../../src/http/yoga.js';
import { limit } from '../../src/schema/limits.js';
import { everyPeriod, periodsBetween } from '../../src/schema/paper-counts.js';
import { connectSampleGraph } from '../setup/graph.js';
import { type Json, post, querying } from './graphql.js';

/** Every paper of a method, with its role, confidence and date, read page by page. */
const PAPERS = `query ($name: String!, $after: String) {
  method(name: $name) { papers(first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { role provenance { confidence } node { published } } } } }`;

const COUNTS = `query ($name: String!, $period: Period!, $role: MethodRole, $minConfidence: Float,
    $from: Date, $to: Date) {
  method(name: $name) {
    paperCounts(period: $period, role: $role, minConfidence: $minConfidence,
      publishedFrom: $from, publishedTo: $to) { period count }
    papers(first: 0, role: $role, minConfidence: $minConfidence,
      publishedFrom: $from, publishedTo: $to) { totalCount } } }`;

interface Link {
  role: string;
  confidence: number;
  published: string | null;
}

interface Filter {
  period: 'YEAR' | 'MONTH';
  role?: string;
  minConfidence?: number;
  from?: string;
  to?: string;
}

/** What paperCounts should answer, counted from the papers themselves. */
function expected(links: Link[], filter: Filter) {
  const width = filter.period === 'YEAR' ? 4 : 7;
  const kept = links.filter(
    (link) =>
      (!filter.role || link.role === filter.role) &&
      link.confidence >= (filter.minConfidence ?? 0) &&
      (!filter.from || (link.published !== null && link.published >= filter.from)) &&
      (!filter.to || (link.published !== null && link.published <= filter.to)),
  );
  const periods = kept.flatMap((link) => link.published?.slice(0, width) ?? []).sort();
  const [first, last] = [periods[0], periods.at(-1)];
  const all = first && last ? periodsBetween(first, last, filter.period) : [];
  return {
    counts: all.map((period) => ({
      period,
      count: periods.filter((at) => at === period).length,
    })),
    total: kept.length,
  };
}

describe('Entity.paperCounts: papers per year or month, filtered as its papers are', () => {
  let graph: Graph;
  let yoga: ReturnType<typeof buildYoga>;
  const query = querying(() => yoga);
  const links: Link[] = [];
  let name = '';

  beforeAll(async () => {
    graph = await connectSampleGraph(sampleCorpora);
    yoga = buildYoga({ graph, exposeErrors: true });
    // The most-named method that papers both propose and use, so role filters tell apart.
    const { methods } = await query(`{ methods(first: 40) { edges { node { name
      proposed: papers(first: 1, role: PROPOSED) { totalCount }
      used: papers(first: 1, role: USED) { totalCount } } } } }`);
    name = methods.edges
      .map((edge: Json) => edge.node)
      .find((method: Json) => method.proposed.totalCount > 0 && method.used.totalCount > 1).name;
    let after: string | null = null;
    do {
      const { method } = await query(PAPERS, { name, after });
      links.push(
        ...method.papers.edges.map((edge: Json) => ({
          role: edge.role,
          confidence: edge.provenance.confidence,
          published: edge.node.published,
        })),
      );
      after = method.papers.pageInfo.hasNextPage ? method.papers.pageInfo.endCursor : null;
    } while (after);
  });
  afterAll(() => graph?.close());

  it('has papers in several years and months, some with each role, to tell filters apart', () => {
    const years = new Set(links.map((link) => link.published?.slice(0, 4)).filter(Boolean));
    expect(years.size).toBeGreaterThan(1);
    expect(new Set(links.map((link) => link.role))).toEqual(new Set(['PROPOSED', 'USED']));
    expect(new Set(links.map((link) => link.confidence)).size).toBeGreaterThan(1);
  });

  const confidences = () => [...new Set(links.map((link) => link.confidence))].sort();
  const filters = (): Filter[] => {
    const dates = links.flatMap((link) => link.published ?? []).sort();
    const middle = dates[Math.floor(dates.length / 2)] as string;
    return [
      { period: 'YEAR' },
      { period: 'MONTH' },
      { period: 'MONTH', role: 'USED' },
      { period: 'YEAR', role: 'PROPOSED' },
      { period: 'MONTH', minConfidence: confidences()[1] },
      { period: 'MONTH', from: middle },
      { period: 'YEAR', to: middle },
      { period: 'MONTH', role: 'USED', from: dates[0], to: middle },
    ];
  };

  it('counts per period as the papers say, every period from the first to the last', async () => {
    for (const filter of filters()) {
      const { method } = await query(COUNTS, { name, ...filter });
      const want = expected(links, filter);
      expect(method.paperCounts, JSON.stringify(filter)).toEqual(want.counts);
      // The papers list, filtered alike, holds the same papers (dated ones, when dates filter).
      expect(method.papers.totalCount, JSON.stringify(filter)).toBe(want.total);
    }
  });

  it('lists no period for a filter no paper passes', async () => {
    const { method } = await query(COUNTS, { name, period: 'YEAR', from: '2999-01-01' });
    expect(method.paperCounts).toEqual([]);
    expect(method.papers.totalCount).toBe(0);
  });

  it('counts through the Entity interface and the node field alike', async () => {
    const { method } = await query(`{ method(name: "${name}") { id } }`);
    const { node } = await query(
      `query ($id: ID!) { node(id: $id) { ... on Entity { paperCounts(period: YEAR) { period count } } } }`,
      { id: method.id },
    );
    expect(node.paperCounts).toEqual(expected(links, { period: 'YEAR' }).counts);
  });

  it('fills months across years, and keeps the latest ones past the limit', () => {
    expect(periodsBetween('2023-11', '2024-02', 'MONTH')).toEqual([
      '2023-11',
      '2023-12',
      '2024-01',
      '2024-02',
    ]);
    expect(periodsBetween('2021', '2024', 'YEAR')).toEqual(['2021', '2022', '2023', '2024']);
    const counts = everyPeriod(
      [
        { period: '1990-01', count: 1 },
        { period: '2024-12', count: 2 },
      ],
      'MONTH',
    );
    expect(counts).toHaveLength(limit('periods'));
    expect(counts.at(-1)).toEqual({ period: '2024-12', count: 2 });
    expect(counts.reduce((sum, { count }) => sum + count, 0)).toBe(2);
  });

  it('refuses a confidence out of range, naming the argument', async () => {
    const { body } = await post(yoga, COUNTS, { name, period: 'YEAR', minConfidence: 2 });
    expect(body.errors?.[0]?.message).toContain('minConfidence');
  });
});
