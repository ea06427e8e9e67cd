import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachedCorpus } from '../../bench/corpus/cached.js';
import type { Graph } from '../../src/graph/driver.js';
import { type RunningServer, serve } from '../../src/http/server.js';
import { BATCH_SIZE, NODE_CAP, SHARED_PAPERS_DRAWN } from '../../web/src/graph-limits.js';
import { type Json, queryHttp } from '../api/graphql.js';
import { type Chromium, launchChromium, stubOutsideRequests } from '../setup/chromium.js';
import { connectSampleGraph } from '../setup/graph.js';
import {
  AS_STARTED,
  clickNode,
  drawn,
  expectStrongestDrawn,
  prepareExplorer,
  SCREENSHOTS,
  settled,
} from './explorer-page.js';

/** Big enough that a hub's neighbours, with their shared papers, outnumber the node cap. */
const PAPERS = 3000;

/**
 * Milliseconds `work` takes on `page`, logged under `what` with the longest API request in it
 * (the rest is the page's own: layout and drawing), for the README's figures.
 */
async function timed(page: Page, what: string, work: () => Promise<void>): Promise<number> {
  const requests: number[] = [];
  const finished = (request: Request) => {
    if (request.url().endsWith('/graphql')) requests.push(request.timing().responseEnd);
  };
  page.on('requestfinished', finished);
  const started = performance.now();
  await work();
  const ms = Math.round(performance.now() - started);
  page.off('requestfinished', finished);
  const api = requests.length > 0 ? Math.round(Math.max(...requests)) : 0;
  console.log(`[timing] ${what}: ${ms} ms (longest of ${requests.length} API requests: ${api} ms)`);
  return ms;
}

describe(`the graph stays readable, over ${PAPERS} generated papers`, () => {
  let graph: Graph;
  let server: RunningServer;
  let chromium: Chromium;
  let page: Page;
  /** The dataset named by most papers, with its methods and tasks as the API ranks them. */
  let hub: Json;

  const api = (query: string, variables: Record<string, unknown> = {}): Promise<Json> =>
    queryHttp(`${server.url}/graphql`, query, variables);

  beforeAll(async () => {
    prepareExplorer();
    graph = await connectSampleGraph([await cachedCorpus(PAPERS)]);
    server = await serve({ graph, port: 0, ...AS_STARTED });
    chromium = await launchChromium({ width: 1366, height: 860 });
    await stubOutsideRequests(chromium.browser, new URL(server.url).origin);
    page = chromium.browser.pages()[0] ?? (await chromium.browser.newPage());
    const ranked = 'totalCount edges { paperCount node { id } }';
    const { datasets } = await api(`{ datasets(first: 1) { edges { node { id name
      methods(first: 100) { ${ranked} } tasks(first: 100) { ${ranked} } } } } }`);
    hub = datasets.edges[0].node;
    // The first load after the import warms Neo4j's caches; the second is what a user sees.
    for (const load of ['first', 'second']) {
      await timed(page, `home view, ${load} load`, async () => {
        await page.goto(server.url);
        await settled(page);
      });
    }
  }, 600_000);

  afterAll(async () => {
    await chromium?.close();
    await server?.close();
    await graph?.close();
  });

  const more = async () => (await drawn(page)).nodes.find((node) => node.type === 'More');

  it('expands a hub to its strongest neighbours first, then "+N more" a batch at a time, never past the cap', async () => {
    const total = hub.methods.totalCount + hub.tasks.totalCount;
    // More than the cap holds, each with its shared papers.
    expect(total * (1 + SHARED_PAPERS_DRAWN)).toBeGreaterThan(NODE_CAP);
    await timed(page, 'click to drawn expansion (the first graph shown)', async () => {
      await page.locator(`.top-list[data-kind=datasets] a`, { hasText: hub.name }).first().click();
      await settled(page);
    });
    let view = await drawn(page);
    expect(view.selected).toBe(hub.id);
    expectStrongestDrawn(view, [hub.methods, hub.tasks], BATCH_SIZE);
    expect((await more())?.label).toBe(`+${total - BATCH_SIZE} more`);
    await page.screenshot({ path: `${SCREENSHOTS}/graph-1-hub.png` });

    // "+N more" adds the next strongest, until the graph is full.
    let batches = 1;
    for (;;) {
      const node = await more();
      if (!node || node.label.endsWith('(graph full)')) break;
      await timed(page, `click "+N more" to drawn batch ${batches + 1}`, async () => {
        await clickNode(page, node.id);
        await settled(page);
      });
      batches++;
      view = await drawn(page);
      expect(view.nodes.length).toBeLessThanOrEqual(NODE_CAP);
      expect(batches).toBeLessThanOrEqual(NODE_CAP / BATCH_SIZE);
    }
    view = await drawn(page);
    expect(batches).toBeGreaterThan(2);
    expect(view.nodes.length).toBeLessThanOrEqual(NODE_CAP);
    expect(view.nodes.length).toBeGreaterThan(NODE_CAP - BATCH_SIZE);
    const shownNeighbours = view.nodes.filter(
      (node) => node.type !== 'Paper' && node.type !== 'More',
    );
    expectStrongestDrawn(view, [hub.methods, hub.tasks]);
    const left = total - (shownNeighbours.length - 1);
    expect((await more())?.label).toBe(`+${left} more (graph full)`);
    // The panel's button says so too, and is off.
    const button = page.getByRole('button', { name: /^Draw more neighbours .*the graph is full/ });
    await expect(button.isDisabled()).resolves.toBe(true);

    // Labels only where they fit: the hub's and "+N more"'s always, far from all of them.
    const labelled = view.nodes.filter((node) => node.labelled);
    expect(labelled.map((node) => node.id)).toEqual(
      expect.arrayContaining([hub.id, (await more())?.id]),
    );
    expect(labelled.length).toBeLessThan(view.nodes.length / 2);
    await page.screenshot({ path: `${SCREENSHOTS}/graph-2-at-cap.png` });
    console.log(
      `[graph] ${view.nodes.length} nodes, ${labelled.length} labelled, ${batches} batches`,
    );
  });

  it('labels more nodes as you zoom in', async () => {
    const onScreen = async () => {
      const box = await page.locator('#graph').boundingBox();
      const { nodes } = await drawn(page);
      return nodes.filter(
        (node) =>
          node.visible &&
          node.position.x >= 0 &&
          node.position.y >= 0 &&
          node.position.x <= (box?.width ?? 0) &&
          node.position.y <= (box?.height ?? 0),
      );
    };
    const share = (nodes: { labelled: boolean }[]) =>
      nodes.filter((node) => node.labelled).length / nodes.length;
    const before = share(await onScreen());
    await page.locator('#graph').focus();
    for (let step = 0; step < 4; step++) await page.keyboard.press('+');
    await page.waitForTimeout(300); // labels are placed at the next animation frame
    await page.screenshot({ path: `${SCREENSHOTS}/graph-3-zoomed.png` });
    const after = share(await onScreen());
    expect(after).toBeGreaterThan(before);
    await page.keyboard.press('0');
    await page.waitForTimeout(300);
  });

  it('hides papers for entity-to-entity edges as wide as the papers they share, kept in the URL', async () => {
    await timed(page, 'hide papers to drawn', async () => {
      await page.getByRole('button', { name: 'Hide papers' }).click();
      await settled(page);
    });
    expect(new URL(page.url()).searchParams.get('papers')).toBe('hidden');
    const check = async () => {
      const view = await drawn(page);
      expect(view.nodes.filter((node) => node.type === 'Paper' && node.visible)).toEqual([]);
      const weights = new Map(
        view.edges
          .filter(
            (edge) =>
              edge.type === 'SHARED_PAPERS' &&
              edge.visible &&
              (edge.source === hub.id || edge.target === hub.id),
          )
          .map((edge) => [edge.source === hub.id ? edge.target : edge.source, edge.weight]),
      );
      // Each of the hub's drawn neighbours by an edge as heavy as the papers the API says they share.
      const shared = new Map<string, number>(
        [...hub.methods.edges, ...hub.tasks.edges].map((edge: Json) => [
          edge.node.id,
          edge.paperCount,
        ]),
      );
      // (The lists read hold the first 100 of each kind; the cap may draw more.)
      const known = [...weights].filter(([id]) => shared.has(id));
      expect(known.length).toBeGreaterThanOrEqual(BATCH_SIZE);
      for (const [id, weight] of known) expect(weight).toBe(shared.get(id));
    };
    await check();
    await page.screenshot({ path: `${SCREENSHOTS}/graph-4-papers-hidden.png` });

    // A shared link opens with papers hidden too (the first batches only: "+N more" is not kept).
    await page.reload();
    await settled(page);
    await expect(
      page.getByRole('button', { name: 'Show papers' }).getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    await check();
    await page.getByRole('button', { name: 'Show papers' }).click();
    await settled(page);
    expect(new URL(page.url()).searchParams.get('papers')).toBeNull();
    const { nodes } = await drawn(page);
    expect(nodes.some((node) => node.type === 'Paper' && node.visible)).toBe(true);
  });

  it('expands a neighbour picked in the panel, its own strongest neighbours added', async () => {
    const [strongest] = [...hub.methods.edges, ...hub.tasks.edges].sort(
      (a: Json, b: Json) => b.paperCount - a.paperCount,
    );
    await page.goto(`${server.url}/?node=${encodeURIComponent(hub.id)}`);
    await settled(page);
    const before = (await drawn(page)).nodes.length;
    await timed(page, 'click to drawn expansion of a neighbour', async () => {
      await page.locator(`#panel [data-node-id="${strongest.node.id}"]`).first().click();
      await settled(page);
    });
    const view = await drawn(page);
    expect(view.selected).toBe(strongest.node.id);
    expect(view.nodes.length).toBeGreaterThan(before);
    expect(view.nodes.length).toBeLessThanOrEqual(NODE_CAP);
    expect(view.nodes.filter((node) => node.type === 'More').length).toBe(2);
    await page.screenshot({ path: `${SCREENSHOTS}/graph-5-two-expanded.png` });

    // The panel's button does what "+N more" does, from the keyboard.
    await page.getByRole('button', { name: /^Draw \d+ more neighbours/ }).focus();
    await page.keyboard.press('Enter');
    await settled(page);
    const after = await drawn(page);
    expect(after.nodes.length).toBeGreaterThan(view.nodes.length);
    expect(after.nodes.length).toBeLessThanOrEqual(NODE_CAP);
  });
});
