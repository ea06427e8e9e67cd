import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleCorpora } from '../../src/commands/start.js';
import type { Graph } from '../../src/graph/driver.js';
import { type RunningServer, serve } from '../../src/http/server.js';
import { BATCH_SIZE } from '../../web/src/graph-limits.js';
import { type Json, queryHttp } from '../api/graphql.js';
import { type Chromium, launchChromium, stubOutsideRequests } from '../setup/chromium.js';
import { connectSampleGraph } from '../setup/graph.js';
import {
  AS_STARTED,
  drawn,
  expectStrongestDrawn,
  prepareExplorer,
  SCREENSHOTS,
  searchAndPick,
  settled,
} from './explorer-page.js';

describe('the explorer in Chromium, over the sample corpora', () => {
  let graph: Graph;
  let server: RunningServer;
  let chromium: Chromium;
  let browser: BrowserContext;
  let page: Page;
  /** Requests the page made to anywhere but this server (answered here: no internet). */
  let outside: string[];

  const api = (query: string, variables: Record<string, unknown> = {}): Promise<Json> =>
    queryHttp(`${server.url}/graphql`, query, variables);

  /** Runs the query a view's "Open in GraphiQL" link puts in GraphiQL's editor, as it stands. */
  async function graphiqlQueryOf(link: Locator): Promise<Json> {
    const href = await link.getAttribute('href');
    const url = new URL(href ?? '', server.url);
    expect(url.pathname).toBe('/graphql');
    return api(url.searchParams.get('query') ?? '');
  }

  beforeAll(async () => {
    prepareExplorer();
    // The graph `npm start` serves: the daily papers bring the dates that trend lines need.
    graph = await connectSampleGraph(sampleCorpora);
    server = await serve({ graph, port: 0, ...AS_STARTED });
    chromium = await launchChromium({ width: 1366, height: 860 });
    browser = chromium.browser;
    outside = await stubOutsideRequests(browser, new URL(server.url).origin);
    page = browser.pages()[0] ?? (await browser.newPage());
    await page.goto(server.url);
    await settled(page);
  });

  afterAll(async () => {
    await chromium?.close();
    await server?.close();
    await graph?.close();
  });

  it('serves the page at / next to the API, with caching fit for hashed assets', async () => {
    const index = await fetch(server.url);
    expect(index.headers.get('cache-control')).toBe('no-cache');
    const html = await index.text();
    const script = html.match(/src="(\/assets\/[^"]+\.js)"/)?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(`${server.url}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    await expect(
      page.getByRole('heading', { name: 'What the graph holds' }).isVisible(),
    ).resolves.toBe(true);
  });

  it('opens on a home view whose counts, top entities, trends and newest papers are the API’s', async () => {
    const top = (field: string) => `${field}(first: 6) { totalCount edges { paperCount node {
      name papers(first: 100) { edges { node { published } } } } } }`;
    const data = await api(`{ papers(first: 8) { totalCount edges { node { id title } } }
      ${top('datasets')} ${top('methods')} ${top('tasks')}
      repositories(first: 0) { totalCount } authors(first: 0) { totalCount } }`);
    const counts = await page
      .locator('.counts li')
      .evaluateAll((items) =>
        Object.fromEntries(
          items.map((item) => [item.getAttribute('data-type'), Number(item.dataset.count)]),
        ),
      );
    expect(counts).toEqual({
      Paper: data.papers.totalCount,
      Dataset: data.datasets.totalCount,
      Method: data.methods.totalCount,
      Task: data.tasks.totalCount,
      Repository: data.repositories.totalCount,
      Author: data.authors.totalCount,
    });
    expect(data.papers.totalCount).toBe(374);

    for (const kind of ['datasets', 'methods', 'tasks']) {
      const rows = await page.locator(`.top-list[data-kind=${kind}] li`).evaluateAll((items) =>
        items.map((item) => ({
          name: item.getAttribute('data-name'),
          count: item.querySelector('.count')?.textContent,
          trend: item.querySelector('svg')?.dataset.counts?.split(',').map(Number),
        })),
      );
      const edges = data[kind].edges;
      expect(rows.map((row) => [row.name, row.count])).toEqual(
        edges.map((edge: Json) => [edge.node.name, `${edge.paperCount} papers`]),
      );
      // A trend line holds every dated paper of its entity, one point per month.
      rows.forEach((row, index) => {
        const dated = edges[index].node.papers.edges.filter((paper: Json) => paper.node.published);
        expect(row.trend?.reduce((sum, count) => sum + count, 0)).toBe(dated.length);
      });
      expect(new Set(rows.map((row) => row.trend?.length))).toEqual(new Set([22])); // 2023-05 to 2025-02
    }
    const newest = await page
      .locator('.newest li')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-paper-id')));
    expect(newest).toEqual(data.papers.edges.map((edge: Json) => edge.node.id));
    const inGraphiql = await graphiqlQueryOf(page.getByRole('link', { name: /in GraphiQL/ }));
    expect(inGraphiql.papers.edges.map((edge: Json) => edge.node.id)).toEqual(newest);
    await page.screenshot({ path: `${SCREENSHOTS}/0-home.png`, fullPage: true });
  });

  it('answers an example question from the home view in the graph', async () => {
    await page.getByRole('link', { name: 'How is CLIP connected to ImageNet?' }).click();
    await settled(page);
    const { from, to } = await api(
      '{ from: method(name: "CLIP") { id } to: dataset(name: "ImageNet") { id } }',
    );
    const params = new URL(page.url()).searchParams;
    expect([params.get('from'), params.get('to')]).toEqual([from.id, to.id]);
    const { nodes } = await drawn(page);
    const onPath = nodes.filter((node) => node.onPath).map((node) => node.id);
    expect(onPath).toEqual(expect.arrayContaining([from.id, to.id]));
    await page.goBack();
    await settled(page);
    await expect(page.locator('#page h2').textContent()).resolves.toBe('What the graph holds');
  });

  it('finds CIFAR-10 as you type and shows its strongest neighbours in the graph, its papers and methods in the panel', async () => {
    const { dataset } = await api(
      `{ dataset(name: "CIFAR-10") { id name
           papers(first: 40) { edges { node { id title } provenance { evidence } } }
           methods { edges { node { id name } } }
           ranked: methods(first: 100) { totalCount edges { paperCount node { id } } }
           tasks(first: 100) { totalCount edges { paperCount node { id } } } } }`,
    );
    await searchAndPick(page, 'CIFAR-10', 'Dataset', dataset.name);

    const view = await drawn(page);
    expect(view.selected).toBe(dataset.id);
    const papers = dataset.papers.edges.map((edge: Json) => edge.node);
    const methods = dataset.methods.edges.map((related: Json) => related.node);
    expect(papers.length).toBeGreaterThan(0);
    expect(methods.length).toBeGreaterThan(0);
    // The methods and tasks sharing most papers with it, each through a paper they share.
    expectStrongestDrawn(view, [dataset.ranked, dataset.tasks], BATCH_SIZE);
    expect(view.nodes.find((node) => node.id === methods[0].id)?.type).toBe('Method');
    const linked = (paper: string, to: string) =>
      view.edges.some((edge) => edge.source === paper && edge.target === to);
    for (const { node } of dataset.ranked.edges.filter((edge: Json) =>
      view.nodes.some((drawnNode) => drawnNode.id === edge.node.id),
    )) {
      const through = view.nodes.filter(
        (paper) =>
          paper.type === 'Paper' && linked(paper.id, node.id) && linked(paper.id, dataset.id),
      );
      expect(through.length).toBeGreaterThan(0);
    }

    const panel = page.locator('#panel');
    await expect(panel.locator('h2').textContent()).resolves.toContain(dataset.name);
    const paperList = await panel.locator('[data-section=papers] .node-link').allTextContents();
    expect(paperList.sort()).toEqual(papers.map((paper: Json) => paper.title).sort());
    const methodList = await panel.locator('[data-section=methods] .node-link').allTextContents();
    expect(methodList.sort()).toEqual(methods.map((method: Json) => method.name).sort());
    const evidence = await panel.locator('[data-section=papers] blockquote').allTextContents();
    expect(evidence).toContain(dataset.papers.edges[0].provenance.evidence);
    expect(new URL(page.url()).searchParams.get('node')).toBe(dataset.id);
    await page.screenshot({ path: `${SCREENSHOTS}/1-cifar10.png` });
  });

  it('opens a paper from the panel with the keyboard, with the evidence of each of its links', async () => {
    const { dataset } = await api(
      `{ dataset(name: "CIFAR-10") { papers(first: 1) { edges { node { id title
           datasets { dataset { id name } provenance { evidence } } } } } } }`,
    );
    const paper = dataset.papers.edges[0].node;
    const button = page.locator('#panel [data-section=papers] .node-link', {
      hasText: paper.title,
    });
    await button.focus();
    await page.keyboard.press('Enter');
    await settled(page);

    const heading = page.locator('#panel h2');
    await expect(heading.textContent()).resolves.toContain(paper.title);
    await expect(
      heading.evaluate((element) => element === element.ownerDocument.activeElement),
    ).resolves.toBe(true);
    const names = await page.locator('#panel [data-section=datasets] .node-link').allTextContents();
    expect(names.sort()).toEqual(paper.datasets.map((link: Json) => link.dataset.name).sort());
    const evidence = await page
      .locator('#panel [data-section=datasets] blockquote')
      .allTextContents();
    expect(evidence).toEqual(paper.datasets.map((link: Json) => link.provenance.evidence));
    const { edges } = await drawn(page);
    for (const link of paper.datasets) {
      expect(edges).toContainEqual(
        expect.objectContaining({ source: paper.id, target: link.dataset.id, type: 'HAS_DATASET' }),
      );
    }
  });

  it('follows the repository link of a paper with code', async () => {
    const { papers } = await api(
      `{ papers(first: 100) { edges { node { title repositories { repository { fullName url } } } } } }`,
    );
    const withCode = papers.edges
      .map((edge: Json) => edge.node)
      .find((paper: Json) => paper.repositories.length > 0);
    const repository = withCode.repositories[0].repository;
    await searchAndPick(page, withCode.title, 'Paper', withCode.title);

    const link = page.getByRole('link', { name: `Code repository ${repository.fullName}` });
    await expect(link.getAttribute('href')).resolves.toBe(repository.url);
    expect(repository.url).toMatch(/^https:\/\/(github\.com|gitlab\.com|huggingface\.co)\//);
    await page.screenshot({ path: `${SCREENSHOTS}/2-paper-with-code.png` });
    const [opened] = await Promise.all([browser.waitForEvent('page'), link.click()]);
    await opened.waitForLoadState();
    expect(opened.url()).toBe(repository.url);
    expect(outside).toContain(repository.url);
    await opened.close();
  });

  it('shows the leaderboard of a dataset with results, best first', async () => {
    const { dataset } = await api(
      `{ dataset(name: "OpenWebText") { evaluations { edges { node { metric { name }
         ranking(first: 20) { edges { rank node { raw method { name } } } } } } } } }`,
    );
    expect(dataset.evaluations.edges.length).toBeGreaterThan(0);
    await searchAndPick(page, 'OpenWebText', 'Dataset', 'OpenWebText');

    const [{ node: evaluation }] = dataset.evaluations.edges;
    const rows = page.locator(
      `#panel .leaderboard table[data-metric="${evaluation.metric.name}"] tbody tr`,
    );
    const shown = await rows.evaluateAll((elements) =>
      elements.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent)),
    );
    expect(shown.map((cells) => [cells[0], cells[1], cells[2]])).toEqual(
      evaluation.ranking.edges.map((edge: Json) => [
        String(edge.rank),
        edge.node.method?.name ?? '—',
        edge.node.raw,
      ]),
    );
    await page.locator('#panel .leaderboard').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}/3-leaderboard.png` });
  });

  it('restores the selection and the expanded nodes from the URL', async () => {
    const before = await drawn(page);
    const url = page.url();
    await page.goto('about:blank');
    await page.goto(url);
    await settled(page);
    const after = await drawn(page);
    expect(after.selected).toBe(before.selected);
    expect(after.nodes.map((node) => node.id).sort()).toEqual(
      before.nodes.map((node) => node.id).sort(),
    );
    await expect(page.locator('#panel h2').textContent()).resolves.toContain('OpenWebText');
  });

  it('answers "how are these connected?" with the shortest paths, in the graph and the panel', async () => {
    const { from, to } = await api(
      '{ from: dataset(name: "OpenWebText") { id } to: dataset(name: "CIFAR-10") { id name } }',
    );
    const { connections } = await api(
      `query ($from: ID!, $to: ID!) { connections(from: $from, to: $to, first: 5) { edges { node {
         nodes { id ... on Paper { title } ... on Entity { name } } } } } }`,
      { from: from.id, to: to.id },
    );
    const paths = connections.edges.map((edge: Json) => edge.node);
    expect(paths.length).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'How is this connected to…?' }).click();
    await expect(page.locator('#status').textContent()).resolves.toContain('Pick a second node');
    await searchAndPick(page, 'CIFAR-10', 'Dataset', to.name);

    const listed = page.locator('#panel .path-list > li');
    await expect(listed.count()).resolves.toBe(paths.length);
    const firstPath = await listed.first().locator('.node-link').allTextContents();
    expect(
      paths.map((path: Json) => path.nodes.map((node: Json) => node.title ?? node.name)),
    ).toContainEqual(firstPath);
    const { nodes, edges } = await drawn(page);
    const onPath = new Set(nodes.filter((node) => node.onPath).map((node) => node.id));
    for (const node of paths[0].nodes) expect(onPath).toContain(node.id);
    expect(edges.filter((edge) => edge.onPath).length).toBeGreaterThan(0);
    const params = new URL(page.url()).searchParams;
    expect([params.get('from'), params.get('to')]).toEqual([from.id, to.id]);
    await page.screenshot({ path: `${SCREENSHOTS}/4-connections.png` });
  });

  it('charts an entity’s papers per year in the panel, one bar a year with the API’s counts', async () => {
    const { method } = await api(`{ method(name: "Transformer") { name
      papers(first: 100) { totalCount edges { node { published } } } } }`);
    expect(method.papers.totalCount).toBeLessThanOrEqual(100);
    const years = method.papers.edges
      .map((edge: Json) => edge.node.published?.slice(0, 4))
      .filter(Boolean)
      .map(Number);
    const expected: Record<string, number> = {};
    for (let year = Math.min(...years); year <= Math.max(...years); year++) {
      expected[year] = years.filter((published: number) => published === year).length;
    }
    expect(Object.keys(expected).length).toBeGreaterThan(1);
    await searchAndPick(page, 'Transformer', 'Method', method.name);
    const chart = page.locator('#panel .trend-chart');
    const bars = await chart.evaluate((figure) => {
      const periods = figure.getAttribute('data-periods')?.split(',') ?? [];
      const counts = figure.getAttribute('data-counts')?.split(',').map(Number) ?? [];
      return Object.fromEntries(periods.map((period, index) => [period, counts[index]]));
    });
    expect(bars).toEqual(expected);
    await expect(chart.locator('canvas').isVisible()).resolves.toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}/4b-entity-years.png` });
  });

  it('browses datasets sorted by papers, page by page forward and back, every page in the URL', async () => {
    const query = `query ($first: Int, $last: Int, $after: String, $before: String) {
      datasets(first: $first, last: $last, after: $after, before: $before) {
        totalCount pageInfo { startCursor endCursor } edges { paperCount node { id name } } } }`;
    const first = (await api(query, { first: 25 })).datasets;
    const second = (await api(query, { first: 25, after: first.pageInfo.endCursor })).datasets;
    expect(first.totalCount).toBeGreaterThan(50);
    const expected = (list: Json) =>
      list.edges.map((edge: Json) => [edge.node.name, String(edge.paperCount)]);
    const rows = () =>
      page
        .locator('.browse-table tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => [
            tr.querySelector('a')?.textContent,
            tr.querySelector('td.number')?.textContent,
          ]),
        );

    await page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('link', { name: 'Browse' })
      .click();
    await settled(page);
    await expect(rows()).resolves.toEqual(expected(first));
    await page.getByRole('link', { name: 'Next →' }).click();
    await settled(page);
    await expect(rows()).resolves.toEqual(expected(second));
    expect(new URL(page.url()).searchParams.get('after')).toBe(first.pageInfo.endCursor);
    const inGraphiql = await graphiqlQueryOf(page.getByRole('link', { name: /in GraphiQL/ }));
    expect(inGraphiql.datasets.edges.map((edge: Json) => edge.node.id)).toEqual(
      second.edges.map((edge: Json) => edge.node.id),
    );
    await page.locator('.pager').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}/6-browse-datasets.png` });
    await page.getByRole('link', { name: '← Previous' }).click();
    await settled(page);
    await expect(rows()).resolves.toEqual(expected(first));
    // Back and Forward step through the pages; a reload (a shared link) shows the same page.
    await page.goBack();
    await settled(page);
    await expect(rows()).resolves.toEqual(expected(second));
    await page.reload();
    await settled(page);
    await expect(rows()).resolves.toEqual(expected(second));

    await page.locator('.browse-table tbody a').first().click();
    await settled(page);
    await expect(drawn(page).then((view) => view.selected)).resolves.toBe(second.edges[0].node.id);
  });

  it('filters a list by name, years and papers, sorts it, and says what to try when nothing matches', async () => {
    await page.goto(`${server.url}/?browse=methods`);
    await settled(page);
    await page.getByLabel('Name starts with').fill('gpt');
    await page.getByLabel('Papers from').fill('2024');
    await page.getByLabel('At least').fill('2');
    await page.getByLabel('At least').press('Enter');
    await settled(page);
    const query = `query ($orderBy: EntityOrder) { methods(first: 25, orderBy: $orderBy,
      filter: { namePrefix: "gpt", publishedFrom: "2024-01-01", minPapers: 2 }) {
        edges { paperCount node { name } } } }`;
    const names = () => page.locator('.browse-table tbody a').allTextContents();
    const byPapers = (await api(query)).methods.edges.map((edge: Json) => edge.node.name);
    expect(byPapers.length).toBeGreaterThan(1);
    await expect(names()).resolves.toEqual(byPapers);
    expect(new URL(page.url()).searchParams.get('minPapers')).toBe('2');

    await page.getByLabel('Sort by').selectOption('NAME');
    await settled(page);
    const byName = (await api(query, { orderBy: 'NAME' })).methods.edges;
    await expect(names()).resolves.toEqual(byName.map((edge: Json) => edge.node.name));
    expect(new URL(page.url()).searchParams.get('sort')).toBe('NAME');

    await page.getByLabel('Name starts with').fill('zzzz');
    await page.getByLabel('Name starts with').press('Enter');
    await settled(page);
    await expect(page.locator('.empty').textContent()).resolves.toContain(
      'No methods named “zzzz…”',
    );
    await page.screenshot({ path: `${SCREENSHOTS}/7-browse-empty.png` });
    await page.getByRole('link', { name: 'clear the filters' }).click();
    await settled(page);
    await expect(page.locator('.browse-table tbody tr').count()).resolves.toBe(25);
  });

  it('shows the loading indicator before a request leaves, and says when the API is slow', async () => {
    // Requests wait here until released, as from a slow API.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const shownWhenSent: boolean[] = [];
    await page.route('**/graphql', async (route) => {
      shownWhenSent.push(await page.locator('#loading').isVisible());
      await held;
      await route.continue();
    });
    const indicator = page.locator('#loading');
    await page.getByRole('link', { name: 'authors', exact: true }).click();
    await indicator.waitFor({ state: 'visible' });
    await page.waitForFunction(
      () => document.querySelector('#loading')?.textContent?.includes('Still waiting'),
      undefined,
      { timeout: 10_000 },
    );
    release();
    await settled(page);
    await page.unroute('**/graphql');
    expect(shownWhenSent).toEqual([true]);
    await expect(indicator.isHidden()).resolves.toBe(true);
    await expect(page.locator('#page h2').textContent()).resolves.toContain('Browse authors');
  });

  it('says when the API is down, and recovers on retry once it is back', async () => {
    const { port } = new URL(server.url);
    await server.close();
    await page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('link', { name: 'Home' })
      .click();
    const alert = page.locator('#problem');
    await alert.waitFor({ state: 'visible' });
    await expect(alert.textContent()).resolves.toContain('The API cannot be reached');
    await page.screenshot({ path: `${SCREENSHOTS}/8-api-down.png` });

    server = await serve({ graph, port: Number(port), ...AS_STARTED });
    await page.getByRole('button', { name: 'Retry' }).click();
    await settled(page);
    await expect(alert.isHidden()).resolves.toBe(true);
    await expect(
      page.getByRole('heading', { name: 'What the graph holds' }).isVisible(),
    ).resolves.toBe(true);
  });

  it('suggests with a type badge, a paper count and the alias matched; / focuses search', async () => {
    const { dataset } = await api(
      '{ dataset(name: "BBH") { name aliases papers(first: 0) { totalCount } } }',
    );
    expect(dataset.aliases).toContain('BBH');
    await page.locator('#page h2').focus();
    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('role'))).resolves.toBe(
      'combobox',
    );
    await page.keyboard.type('BBH');
    const option = page.getByRole('option').filter({ hasText: dataset.name });
    await option.waitFor();
    await expect(option.locator('.badge').textContent()).resolves.toBe('Dataset');
    await expect(option.locator('.alias').textContent()).resolves.toBe('as BBH');
    await expect(option.locator('.detail').textContent()).resolves.toBe(
      `${dataset.papers.totalCount} papers`,
    );
    await page.screenshot({ path: `${SCREENSHOTS}/9-suggestions.png` });
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
  });

  it('stacks the panel below the graph on a narrow screen', async () => {
    const { dataset } = await api('{ dataset(name: "CIFAR-10") { id } }');
    await page.goto(`${server.url}/?node=${encodeURIComponent(dataset.id)}`);
    await settled(page);
    await page.setViewportSize({ width: 390, height: 844 });
    // Nothing, the graph's canvas included, may stick out sideways.
    await page.waitForFunction('document.documentElement.scrollWidth <= 390');
    const graphBox = await page.locator('.graph-area').boundingBox();
    const panelBox = await page.locator('#panel').boundingBox();
    expect(graphBox && panelBox).toBeTruthy();
    if (!graphBox || !panelBox) return;
    expect(panelBox.y).toBeGreaterThanOrEqual(graphBox.y + graphBox.height);
    expect(panelBox.width).toBeGreaterThan(300);
    expect(graphBox.width).toBeGreaterThan(300);
    await page.screenshot({ path: `${SCREENSHOTS}/5-narrow.png`, fullPage: true });
  });
});
