import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { chromiumPath } from './requirements.js';

/** Headless Chromium with a throw-away profile; `close` removes the profile too. */
export interface Chromium {
  browser: BrowserContext;
  close(): Promise<void>;
}

/** Debian's Chromium or PAPERGRAPH_CHROMIUM's (see requirements.ts); playwright downloads none. */
export async function launchChromium(viewport: {
  width: number;
  height: number;
}): Promise<Chromium> {
  const profile = mkdtempSync(join(tmpdir(), 'papergraph-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport,
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Answers every request to a host other than `localOrigin` with a stub page instead (there is
 * no internet here) and returns the list those requests' URLs are recorded in.
 */
export async function stubOutsideRequests(
  browser: BrowserContext,
  localOrigin: string,
): Promise<string[]> {
  const outside: string[] = [];
  await browser.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === localOrigin) return route.continue();
    outside.push(url);
    return route.fulfill({ contentType: 'text/html', body: '<title>outside</title>' });
  });
  return outside;
}
