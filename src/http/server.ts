import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Logger, pino } from 'pino';
import type { Graph } from '../graph/driver.js';
import { refusedBody } from './body-limit.js';
import { explorerAssets } from './explorer-assets.js';
import { warmUp } from './warm-up.js';
import { buildYoga } from './yoga.js';

export interface ServeOptions {
  graph: Graph;
  port: number;
  cors?: string[];
  exposeErrors?: boolean;
  apiKey?: string;
  logger?: Logger;
  requestTimeoutMs?: number;
  cacheTtlMs?: number;
  /** The built explorer to serve at `/`; default `dist/web`. */
  explorerDir?: string;
  /**
   * Ask the first views' queries once before `serve` returns (src/http/warm-up.ts), so the
   * first reader does not wait for Neo4j to plan them; requests are served meanwhile.
   */
  warmUp?: boolean;
}

export interface RunningServer {
  url: string;
  /**
   * Stops taking connections and requests, lets requests in flight finish (their connections
   * close after them), then disposes of Yoga.
   */
  close(): Promise<void>;
}

/** Listens for HTTP on `port` (0: any free one) and serves the API and the explorer. */
export async function serve(options: ServeOptions): Promise<RunningServer> {
  const yoga = buildYoga(options);
  const explorer = explorerAssets(options.explorerDir);
  const inFlight = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    inFlight.add(res);
    res.once('close', () => inFlight.delete(res));
    if (refusedBody(req, res)) return;
    explorer(req, res, () => yoga(req, res));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, resolve);
  });
  const { port } = server.address() as AddressInfo;
  if (options.warmUp) {
    await warmUp(yoga, options.graph, options.logger ?? pino({ level: 'silent' }));
  }
  return {
    url: `http://localhost:${port}`,
    close: async () => {
      // A kept-alive connection would take new requests after its answer, and hold the server
      // open; this way it closes after it, and idle ones close now.
      for (const res of inFlight) if (!res.headersSent) res.setHeader('connection', 'close');
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await closed;
      await yoga.dispose();
    },
  };
}
