import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../src/graph/driver.js';
import { EXAMPLE_OPERATIONS } from '../../src/http/graphiql-examples.js';
import { type RunningServer, serve } from '../../src/http/server.js';
import { type Chromium, launchChromium, stubOutsideRequests } from '../setup/chromium.js';
import { connectSampleGraph } from '../setup/graph.js';
import type { Json } from './graphql.js';

const SCREENSHOTS = 'test-results/graphiql';
const DATASET_PAPERS = '{ dataset(name: "cifar10") { name papers(first: 5) { totalCount } } }';

/** The text of the lines a Monaco editor shows, top to bottom, with plain spaces. */
function shownLines(editor: Locator): Promise<string[]> {
  return editor.locator('.view-line').evaluateAll((lines) =>
    lines
      .map((line) => ({
        top: Number.parseFloat((line as HTMLElement).style.top),
        text: line.textContent ?? '',
      }))
      .sort((a, b) => a.top - b.top)
      .map(({ text }) => text.replaceAll('\u00a0', ' ')),
  );
}

describe('GraphiQL at /graphql, in Chromium with no access to other hosts', () => {
  let graph: Graph;
  let server: RunningServer;
  let chromium: Chromium;
  let page: Page;
  /** Requests to anywhere but this server: GraphiQL must make none. */
  let outside: string[];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    graph = await connectSampleGraph();
    server = await serve({ graph, port: 0 });
    chromium = await launchChromium({ width: 1400, height: 900 });
    outside = await stubOutsideRequests(chromium.browser, new URL(server.url).origin);
    page = chromium.browser.pages()[0] ?? (await chromium.browser.newPage());
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterAll(async () => {
    await chromium?.close();
    await server?.close();
    await graph?.close();
  });

  it('still answers GraphQL clients at /graphql, by POST and by GET', async () => {
    const byPost = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: DATASET_PAPERS }),
    });
    const byGet = await fetch(`${server.url}/graphql?query=${encodeURIComponent(DATASET_PAPERS)}`, {
      headers: { accept: 'application/graphql-response+json' },
    });
    for (const response of [byPost, byGet]) {
      expect(response.status).toBe(200);
      expect(((await response.json()) as Json).data.dataset.name).toBe('CIFAR-10');
    }
  });

  it('serves a page that names no other host to load from', async () => {
    const response = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.headers.get('content-type')).toContain('text/html');
    const html = await response.text();
    expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//);
    expect(html).not.toMatch(/@import|fonts\.googleapis|unpkg|jsdelivr/);
  });

  it('opens with the example operations and runs one, showing data from the graph', async () => {
    await page.goto(`${server.url}/graphql`);
    const editor = page.locator('.graphiql-query-editor');
    await editor.locator('.view-line').first().waitFor();
    const lines = await shownLines(editor);
    expect(lines.length).toBeGreaterThan(10);
    expect(lines).toEqual(EXAMPLE_OPERATIONS.split('\n').slice(0, lines.length));

    // With several operations in the editor, the run button asks which one.
    await page.getByRole('button', { name: 'Execute query (Ctrl-Enter)' }).click();
    const names = [...EXAMPLE_OPERATIONS.matchAll(/^(?:query|mutation) (\w+)/gm)].map((m) => m[1]);
    await expect(page.getByRole('menuitem').allTextContents()).resolves.toEqual(names);
    await page.getByRole('menuitem', { name: 'DatasetPapers' }).click();

    const response = page.locator('.graphiql-response');
    await response.getByText('"totalCount"').waitFor();
    const shown = (await shownLines(response)).join('\n');
    const expected = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: DATASET_PAPERS }),
    }).then((answer) => answer.json() as Promise<Json>);
    expect(shown).toContain(`"name": "${expected.data.dataset.name}"`);
    expect(shown).toContain(`"totalCount": ${expected.data.dataset.papers.totalCount}`);
    await page.screenshot({ path: `${SCREENSHOTS}/1-dataset-papers.png` });

    expect(outside).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
