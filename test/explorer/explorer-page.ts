import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { explorerDir } from '../../src/http/explorer-assets.js';
import type { ExplorerDebug } from '../../web/src/debug-handle.js';

/** Where the browser tests save their screenshots. */
export const SCREENSHOTS = 'test-results/explorer';

/**
 * The server's options as `npm start` sets them by default, the response cache on: a page
 * tested against a server without it once missed that the cache's rewriting of a query took
 * it over the breadth limit.
 */
export const AS_STARTED = {
  exposeErrors: true,
  cacheTtlMs: loadConfig({}).PAPERGRAPH_CACHE_TTL_MS,
  warmUp: true,
} as const;

/** Builds the explorer if this checkout skipped it (`npm ci` builds it), and the screenshot dir. */
export function prepareExplorer(): void {
  if (!existsSync(join(explorerDir, 'index.html'))) {
    execFileSync('npm', ['run', 'web:build'], { stdio: 'inherit' });
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
}

/** What the page draws, read through its debug handle (the graph is a canvas). */
export function drawn(page: Page) {
  return page.evaluate(() => {
    const explorer = (globalThis as unknown as { __explorer: ExplorerDebug }).__explorer;
    return { nodes: explorer.nodes(), edges: explorer.edges(), selected: explorer.selected() };
  });
}

/** Waits until the explorer has no request, layout or rendering under way. */
export async function settled(page: Page): Promise<void> {
  await page.waitForSelector('body[data-busy="false"]', { state: 'attached' });
  await page.evaluate(() =>
    (globalThis as unknown as { __explorer: ExplorerDebug }).__explorer.idle(),
  );
}

/** Types into the search box and picks the suggestion of that type and name with the keyboard. */
export async function searchAndPick(page: Page, text: string, type: string, name: string) {
  const input = page.getByRole('combobox', { name: 'Search the graph' });
  await input.fill(text);
  const options = page.getByRole('option');
  await options.first().waitFor();
  const labels = await options.evaluateAll((elements) =>
    elements.map(
      (option) =>
        `${option.getAttribute('data-type')}:${option.querySelector('.suggestion-label')?.textContent}`,
    ),
  );
  const index = labels.indexOf(`${type}:${name}`);
  expect(index, `suggestions for ${text}: ${labels.join(' | ')}`).toBeGreaterThanOrEqual(0);
  for (let step = 0; step <= index; step++) await input.press('ArrowDown');
  await expect(options.nth(index).getAttribute('aria-selected')).resolves.toBe('true');
  await input.press('Enter');
  await settled(page);
}

/** Clicks a node where the graph draws it (the canvas has no element per node). */
export async function clickNode(page: Page, id: string): Promise<void> {
  const node = (await drawn(page)).nodes.find((candidate) => candidate.id === id);
  const box = await page.locator('#graph').boundingBox();
  if (!node || !box) throw new Error(`node ${id} is not drawn`);
  await page.mouse.click(box.x + node.position.x, box.y + node.position.y);
}

type View = Awaited<ReturnType<typeof drawn>>;
type RankedList = { totalCount: number; edges: { paperCount: number; node: { id: string } }[] };

/**
 * Checks that what an expansion drew of the entities in the API's co-occurrence lists is none
 * weaker than one it left out, and, given `count`, that it drew that many (all, when there are
 * fewer; the lists read with room for more than `count`).
 */
export function expectStrongestDrawn(view: View, lists: RankedList[], count?: number): void {
  const ids = new Set(view.nodes.map((node) => node.id));
  const ranked = lists.flatMap((list) => list.edges);
  const total = lists.reduce((sum, list) => sum + list.totalCount, 0);
  const shown = ranked.filter((edge) => ids.has(edge.node.id));
  const left = ranked.filter((edge) => !ids.has(edge.node.id));
  if (count !== undefined) expect(shown.length).toBe(Math.min(count, total));
  expect(shown.length).toBeGreaterThan(0);
  const weakestShown = Math.min(...shown.map((edge) => edge.paperCount));
  for (const edge of left) expect(edge.paperCount).toBeLessThanOrEqual(weakestShown);
}
