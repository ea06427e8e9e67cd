import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { explorerAssets } from '../../src/http/explorer-assets.js';

/** A server with the explorer in front of a stand-in for Yoga that answers 299. */
async function listen(dir: string): Promise<{ server: Server; url: string }> {
  const explorer = explorerAssets(dir);
  const server = createServer((req, res) =>
    explorer(req, res, () => {
      res.writeHead(299);
      res.end();
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe('the explorer assets', () => {
  const dirs: string[] = [];
  const servers: Server[] = [];
  afterEach(() => {
    for (const server of servers.splice(0)) server.close();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  async function serveDir(files: Record<string, string>) {
    const dir = mkdtempSync(join(tmpdir(), 'papergraph-web-'));
    dirs.push(dir);
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    const { server, url } = await listen(dir);
    servers.push(server);
    return url;
  }

  it('serves index.html uncached and hashed assets for a year, and passes the rest on', async () => {
    const url = await serveDir({ 'index.html': '<!doctype html>', 'assets/main-abc123.js': '1' });
    const index = await fetch(`${url}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('cache-control')).toBe('no-cache');
    const asset = await fetch(`${url}/assets/main-abc123.js`);
    expect(asset.headers.get('cache-control')).toBe('public,max-age=31536000,immutable');
    expect((await fetch(`${url}/graphql`)).status).toBe(299);
    expect((await fetch(`${url}/`, { method: 'POST' })).status).toBe(299);
  });

  it('says how to build the explorer when it is not built', async () => {
    const url = await serveDir({});
    const response = await fetch(`${url}/`);
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('npm run build');
    expect((await fetch(`${url}/health`)).status).toBe(299);
  });
});
