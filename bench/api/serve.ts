/**
 * The benchmark's GraphQL servers in a process of their own, so that the load generator
 * does not share their event loop. Takes the graph's connection as JSON in BENCH_API_CONNECTION,
 * prints the servers' ports as one JSON line, and answers `GET /statements` on each port with the
 * number of statements that server has sent. Stops when its standard input closes.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LISTENER_NAMES, type ListenerName, startServers } from './servers.js';

const { servers, close } = await startServers(JSON.parse(process.env.BENCH_API_CONNECTION ?? ''));
const ports = {} as Record<ListenerName, number>;
const listeners = LISTENER_NAMES.map((name) => {
  const { yoga, statements } = servers[name];
  return createServer((request, response) => {
    if (request.url === '/statements') response.end(String(statements.count));
    else yoga(request, response);
  });
});
await Promise.all(
  listeners.map(
    (listener, i) =>
      new Promise<void>((listening) =>
        listener.listen(0, '127.0.0.1', () => {
          ports[LISTENER_NAMES[i] as ListenerName] = (listener.address() as AddressInfo).port;
          listening();
        }),
      ),
  ),
);
console.log(JSON.stringify(ports));

process.stdin.resume();
process.stdin.on('end', async () => {
  for (const listener of listeners) listener.closeAllConnections();
  await Promise.all(listeners.map((listener) => new Promise((closed) => listener.close(closed))));
  await close();
  process.exit(0);
});
