import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/driver.js';
import { buildYoga } from '../../src/http/yoga.js';
import { Ingester } from '../../src/ingest/pipeline.js';
import { luceneQuery, MAX_SEARCH_LENGTH, MAX_SEARCH_WORDS } from '../../src/schema/search.js';
import { clearGraph, connectTestGraph } from '../setup/graph.js';
import { profile } from '../setup/profile.js';
import { type Json, post } from './graphql.js';

const SEGMENT_ANYTHING = 'Segment Anything';

describe('search input is words, never Lucene syntax', () => {
  let graph: Graph;
  let yoga: ReturnType<typeof buildYoga>;
  const search = (query: string) =>
    post(
      yoga,
      'query ($q: String!) { search(query: $q) { edges { node { ... on Paper { title } } } } }',
      {
        q: query,
      },
    );
  const papers = (text: string) =>
    post(yoga, 'query ($t: String) { papers(where: {text: $t}) { edges { node { title } } } }', {
      t: text,
    });
  beforeAll(async () => {
    graph = await connectTestGraph();
    await clearGraph(graph);
    const records = [
      {
        title: SEGMENT_ANYTHING,
        abstract:
          'A promptable model that segments any object in an image, robust and original, or not.',
      },
      { title: 'Unrelated', abstract: 'We study graph colouring.' },
    ];
    const ingester = await Ingester.open(graph, { workers: 1 });
    await ingester
      .ingest(records.map((paper, line) => ({ ok: true, paper, at: { file: 'search', line } })))
      .finally(() => ingester.close());
    yoga = buildYoga({ graph, exposeErrors: true });
  });
  afterAll(() => graph.close());

  it('takes AND, OR and NOT as words', async () => {
    for (const query of ['AND', 'NOT', 'Segment Anything OR']) {
      const { body } = await search(query);
      expect(body.errors, query).toBeUndefined();
      expect(
        body.data.search.edges.map((hit: Json) => hit.node.title),
        query,
      ).toEqual([SEGMENT_ANYTHING]);
    }
    const { body } = await papers('robust AND');
    expect(body.errors).toBeUndefined();
    expect(body.data.papers.edges.map((edge: Json) => edge.node.title)).toEqual([SEGMENT_ANYTHING]);
  });

  it(`takes up to ${MAX_SEARCH_WORDS} words and refuses more, naming the argument`, async () => {
    const words = (count: number) => Array.from({ length: count }, () => 'a').join(' ');
    expect((await search(words(MAX_SEARCH_WORDS))).body.errors).toBeUndefined();
    for (const { body } of [await search(words(201)), await papers(words(201))]) {
      expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(body.errors[0].message).toMatch(/^`(query|where\.text)` has more than 200 words$/);
    }
    // 700 words of prose are past the length limit too.
    const prose = Array.from({ length: 700 }, (_, i) => `word${i}`).join(' ');
    expect((await search(prose)).body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it(`refuses text over ${MAX_SEARCH_LENGTH} characters, naming the argument`, async () => {
    const huge = 'x'.repeat(10 * 1024 * 1024);
    const [bySearch, byFilter] = [await search(huge), await papers(huge)];
    for (const [{ body }, argument] of [
      [bySearch, 'query'],
      [byFilter, 'where.text'],
    ] as const) {
      expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(body.errors[0].message).toBe(`\`${argument}\` is longer than 1000 characters`);
    }
  });

  it('calls the paper index only when papers are asked for', async () => {
    // A procedure call's own rows are not profiled, so the rows that reach it are read off the
    // guard before it (`wanted` in cypher/search.cypher).
    const rowsIntoPaperIndex = async (types: string[]) => {
      const plan = await profile(graph, 'search', {
        query: luceneQuery('segment', 'query'),
        types,
        scan: neo4j.int(200),
        after: null,
        before: null,
        backward: false,
        limit: neo4j.int(10),
      });
      const guard = plan.steps.find((step) => step.details === 'CoerceToPredicate(wanted)');
      if (!guard) throw new Error('the search plan has no guard before the paper index');
      return guard.rows;
    };
    expect(await rowsIntoPaperIndex(['Paper', 'Method'])).toBe(1);
    expect(await rowsIntoPaperIndex(['Method', 'Dataset', 'Task'])).toBe(0);
  });
});
