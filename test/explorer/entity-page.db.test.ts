import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleCorpora } from '../../src/commands/start.js';
import type { Graph } from '../../src/graph/driver.js';
import { type RunningServer, serve } from '../../src/http/server.js';
import { type Json, queryHttp } from '../api/graphql.js';
import { type Chromium, launchChromium, stubOutsideRequests } from '../setup/chromium.js';
import { connectSampleGraph } from '../setup/graph.js';
import { AS_STARTED, prepareExplorer, SCREENSHOTS, settled } from './explorer-page.js';

/** The bars the page's chart draws, as `period → count`. */
function bars(page: Page): Promise<Record<string, number>> {
  return page.locator('.entity-trend .trend-chart').evaluate((figure) => {
    const periods = figure.getAttribute('data-periods')?.split(',') ?? [];
    const counts = figure.getAttribute('data-counts')?.split(',').map(Number) ?? [];
    return Object.fromEntries(periods.map((period, index) => [period, counts[index] as number]));
  });
}

/** The titles of the papers the page lists. */
function titles(page: Page): Promise<string[]> {
  return page
    .locator('.entity-papers-table tbody tr td:first-child a[data-view-link]')
    .allTextContents();
}

describe('an entity’s page in Chromium, over the sample corpora', () => {
  let graph: Graph;
  let server: RunningServer;
  let chromium: Chromium;
  let browser: BrowserContext;
  let page: Page;
  let outside: string[];
  /** The method named by most papers: more than a page of them, over several years. */
  let method: Json;

  const api = (query: string, variables: Record<string, unknown> = {}): Promise<Json> =>
    queryHttp(`${server.url}/graphql`, query, variables);

  /** Every paper of the method, newest first, with its role and date (page by page). */
  async function allPapers(): Promise<Json[]> {
    const papers: Json[] = [];
    let after: string | null = null;
    do {
      const { node } = await api(
        `query ($id: ID!, $after: String) { node(id: $id) { ... on Method {
          papers(first: 100, after: $after) { pageInfo { hasNextPage endCursor }
            edges { role node { title published } } } } } }`,
        { id: method.id, after },
      );
      papers.push(...node.papers.edges);
      after = node.papers.pageInfo.hasNextPage ? node.papers.pageInfo.endCursor : null;
    } while (after);
    return papers;
  }

  beforeAll(async () => {
    prepareExplorer();
    graph = await connectSampleGraph(sampleCorpora);
    server = await serve({ graph, port: 0, ...AS_STARTED });
    chromium = await launchChromium({ width: 1366, height: 860 });
    browser = chromium.browser;
    outside = await stubOutsideRequests(browser, new URL(server.url).origin);
    page = browser.pages()[0] ?? (await browser.newPage());
    const { methods } = await api(
      '{ methods(first: 1) { edges { paperCount node { id name } } } }',
    );
    method = { ...methods.edges[0].node, paperCount: methods.edges[0].paperCount };
  });

  afterAll(async () => {
    await chromium?.close();
    await server?.close();
    await graph?.close();
  });

  it('opens from the graph’s side panel, with one bar a year holding the API’s counts', async () => {
    expect(method.paperCount).toBeGreaterThan(25);
    await page.goto(`${server.url}/?node=${encodeURIComponent(method.id)}`);
    await settled(page);
    await page.locator('#panel').getByRole('link', { name: 'Open its page →' }).click();
    await settled(page);
    expect(new URL(page.url()).searchParams.get('entity')).toBe(method.id);
    await expect(page.getByRole('heading', { level: 2 }).textContent()).resolves.toContain(
      method.name,
    );
    const { node } = await api(
      `query ($id: ID!) { node(id: $id) { ... on Entity { paperCounts(period: YEAR) { period count } } } }`,
      { id: method.id },
    );
    expect(node.paperCounts.length).toBeGreaterThan(1);
    await expect(bars(page)).resolves.toEqual(
      Object.fromEntries(node.paperCounts.map((bar: Json) => [bar.period, bar.count])),
    );
    // And the API's counts are the papers': each dated paper in its year's bar.
    const papers = await allPapers();
    const dated = papers.filter((edge) => edge.node.published);
    for (const bar of node.paperCounts) {
      expect(dated.filter((edge) => edge.node.published.startsWith(bar.period)).length).toBe(
        bar.count,
      );
    }
    await expect(page.locator('.entity-trend canvas').isVisible()).resolves.toBe(true);
  });

  it('charts per month at a click, one bar a month from the first to the last', async () => {
    await page.getByRole('link', { name: 'Per month' }).click();
    await settled(page);
    expect(new URL(page.url()).searchParams.get('period')).toBe('month');
    const { node } = await api(
      `query ($id: ID!) { node(id: $id) { ... on Entity { paperCounts(period: MONTH) { period count } } } }`,
      { id: method.id },
    );
    const months = await bars(page);
    expect(months).toEqual(
      Object.fromEntries(node.paperCounts.map((bar: Json) => [bar.period, bar.count])),
    );
    expect(Object.keys(months).every((month) => /^\d{4}-\d{2}$/.test(month))).toBe(true);
    await page.goBack();
    await settled(page);
    expect(Object.keys(await bars(page)).every((year) => /^\d{4}$/.test(year))).toBe(true);
  });

  it('pages through its papers 25 at a time with the API’s cursors, forward and back', async () => {
    const papers = await allPapers();
    const newest = papers.map((edge) => edge.node.title);
    await expect(titles(page)).resolves.toEqual(newest.slice(0, 25));
    await page.getByRole('link', { name: 'Next →' }).click();
    await settled(page);
    await expect(titles(page)).resolves.toEqual(newest.slice(25, 50));
    expect(new URL(page.url()).searchParams.get('after')).not.toBeNull();
    // The page's "Open in GraphiQL" query, run as it stands, lists the same papers.
    const href = await page.getByRole('link', { name: /in GraphiQL/ }).getAttribute('href');
    const inGraphiql = await api(new URL(href ?? '', server.url).searchParams.get('query') ?? '');
    expect(inGraphiql.node.papers.edges.map((edge: Json) => edge.node.title)).toEqual(
      newest.slice(25, 50),
    );
    await page.getByRole('link', { name: '← Previous' }).click();
    await settled(page);
    await expect(titles(page)).resolves.toEqual(newest.slice(0, 25));
    // Back returns to the second page; a reload (a shared link) shows the same page.
    await page.goBack();
    await settled(page);
    await expect(titles(page)).resolves.toEqual(newest.slice(25, 50));
    await page.reload();
    await settled(page);
    await expect(titles(page)).resolves.toEqual(newest.slice(25, 50));
  });

  it('filters its papers and its chart by year, role and confidence, in the URL', async () => {
    const papers = await allPapers();
    const years = [...new Set(papers.flatMap((edge) => edge.node.published?.slice(0, 4) ?? []))];
    const year = years.sort()[1] as string;
    await page.getByLabel('Published from').fill(year);
    await page.getByLabel('to', { exact: true }).fill(year);
    await page.getByLabel('Role').selectOption('used');
    await page.getByRole('button', { name: 'Apply' }).click();
    await settled(page);
    const url = new URL(page.url()).searchParams;
    expect([url.get('fromYear'), url.get('toYear'), url.get('role')]).toEqual([year, year, 'used']);
    expect(url.get('after')).toBeNull();
    const kept = papers.filter(
      (edge) => edge.role === 'USED' && edge.node.published?.startsWith(year),
    );
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(papers.length);
    await expect(titles(page)).resolves.toEqual(kept.slice(0, 25).map((edge) => edge.node.title));
    await expect(bars(page)).resolves.toEqual({ [year]: kept.length });
    await page.screenshot({ path: `${SCREENSHOTS}/entity-page-filtered.png`, fullPage: true });

    await page.getByLabel('Confidence at least').fill('1');
    await page.getByLabel('Published from').fill('2100');
    await page.getByRole('button', { name: 'Apply' }).click();
    await settled(page);
    expect(new URL(page.url()).searchParams.get('minConfidence')).toBe('1');
    await expect(page.locator('.entity-papers .empty').textContent()).resolves.toContain(
      'No paper passes these filters.',
    );
    await expect(page.locator('.entity-trend').textContent()).resolves.toContain('No dated papers');
    await page.getByRole('link', { name: 'Clear the filters' }).click();
    await settled(page);
    await expect(titles(page)).resolves.toHaveLength(25);
  });

  it('lists what is named with it, with counts, each linking to its own page', async () => {
    const { node } = await api(
      `query ($id: ID!) { node(id: $id) { ... on Method {
        tasks(first: 10) { edges { paperCount node { id name } } } } } }`,
      { id: method.id },
    );
    const tasks = await page
      .locator('.related[data-related="tasks"] li')
      .evaluateAll((items) =>
        items.map((item) => [item.getAttribute('data-id'), Number(item.dataset.count)]),
      );
    expect(tasks.length).toBeGreaterThan(1);
    expect(tasks).toEqual(node.tasks.edges.map((edge: Json) => [edge.node.id, edge.paperCount]));
    const first = node.tasks.edges[0].node;
    await page.locator('.related[data-related="tasks"] li a').first().click();
    await settled(page);
    expect(new URL(page.url()).searchParams.get('entity')).toBe(first.id);
    await expect(page.getByRole('heading', { level: 2 }).textContent()).resolves.toContain(
      first.name,
    );
    await page.goBack();
    await settled(page);
    expect(new URL(page.url()).searchParams.get('entity')).toBe(method.id);
  });

  it('shows a task’s evaluations, best result first, beside its chart per month', async () => {
    const { tasks } = await api(`{ tasks(first: 20) { edges { node { id name
      evaluations(first: 20) { totalCount edges { node { id resultCount
        ranking(first: 1) { edges { node { raw } } } } } } } } } }`);
    const task = tasks.edges
      .map((edge: Json) => edge.node)
      .find((node: Json) => node.evaluations.totalCount > 0);
    await page.goto(`${server.url}/?entity=${encodeURIComponent(task.id)}&period=month`);
    await settled(page);
    const rows = await page
      .locator('.entity-evaluations-table tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [
          tr.getAttribute('data-evaluation-id'),
          tr.querySelector('td:last-child')?.textContent,
        ]),
      );
    expect(rows).toEqual(
      task.evaluations.edges.map((edge: Json) => [
        edge.node.id,
        edge.node.ranking.edges[0]?.node.raw ?? '—',
      ]),
    );
    const { node } = await api(
      `query ($id: ID!) { node(id: $id) { ... on Entity { paperCounts(period: MONTH) { period count } } } }`,
      { id: task.id },
    );
    await expect(bars(page)).resolves.toEqual(
      Object.fromEntries(node.paperCounts.map((bar: Json) => [bar.period, bar.count])),
    );
    await page.screenshot({ path: `${SCREENSHOTS}/entity-page.png`, fullPage: true });
  });

  it('says so when the entity is gone, with a retry', async () => {
    await page.goto(`${server.url}/?entity=${encodeURIComponent(btoa('Method:no-such-method'))}`);
    await settled(page);
    await expect(page.locator('#problem').textContent()).resolves.toContain(
      'no longer in the graph',
    );
    await page.screenshot({ path: `${SCREENSHOTS}/entity-page-gone.png` });
  });

  it('asked nothing of any other host', () => {
    expect(outside).toEqual([]);
  });
});
