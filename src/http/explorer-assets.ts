import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

/** Where `npm run build` puts the explorer; the same path from `src/` (tests) and `dist/`. */
export const explorerDir = fileURLToPath(new URL('../../dist/web', import.meta.url));

export type Handler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

const NOT_BUILT = 'The explorer is not built: run `npm run build`, then restart the server.\n';

/**
 * Serves the built explorer (GET and HEAD only); anything it has no file for goes to `next`.
 * Vite names assets by content hash, so they are cached for a year; `index.html` names the
 * current hashes and so is revalidated on every load.
 */
export function explorerAssets(dir = explorerDir): Handler {
  if (!existsSync(join(dir, 'index.html'))) {
    return (req, res, next) => {
      if (req.method === 'GET' && new URL(req.url ?? '/', 'http://x').pathname === '/') {
        res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(NOT_BUILT);
      } else next();
    };
  }
  const serveFile = sirv(dir, {
    maxAge: 31_536_000,
    immutable: true,
    etag: true,
    setHeaders: (res, pathname) => {
      if (!pathname.startsWith('/assets/')) res.setHeader('Cache-Control', 'no-cache');
    },
  });
  return (req, res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD') serveFile(req, res, next);
    else next();
  };
}
