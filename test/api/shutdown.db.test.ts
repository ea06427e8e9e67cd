import { spawn } from 'node:child_process';
import { connect, type Socket } from 'node:net';
import { createInterface } from 'node:readline';
import { describe, expect, inject, it } from 'vitest';

const DEADLINE_MS = 10_000;
const BODY = JSON.stringify({ query: '{ __typename }' });
const request = (body: string) =>
  `POST /graphql HTTP/1.1\r\nHost: papergraph.test\r\nContent-Type: application/json\r\n` +
  `Content-Length: ${Buffer.byteLength(BODY)}\r\n\r\n${body}`;

/** A kept-alive connection and everything the server has sent on it. */
async function keptAlive(port: number) {
  const socket: Socket = connect(port, '127.0.0.1');
  let received = '';
  socket.on('data', (chunk) => {
    received += chunk;
  });
  const closed = new Promise<void>((done) => socket.once('close', () => done()));
  await new Promise((connected) => socket.once('connect', connected));
  const responses = () => received.match(/HTTP\/1\.1 \d+/g) ?? [];
  return { socket, closed, responses, text: () => received };
}

const until = async (condition: () => boolean) => {
  while (!condition()) await new Promise((wake) => setTimeout(wake, 20));
};

describe('papergraph serve on SIGTERM', () => {
  it('answers the 16 requests in flight, takes no new ones, and exits in time', async () => {
    const { uri, user, password } = inject('neo4j');
    const papergraph = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts', 'serve'], {
      env: {
        ...process.env,
        NEO4J_URI: uri,
        NEO4J_USER: user,
        NEO4J_PASSWORD: password,
        PORT: '0',
        LOG_LEVEL: 'silent',
        PAPERGRAPH_SHUTDOWN_TIMEOUT_MS: String(DEADLINE_MS),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise<number | null>((done) => papergraph.once('exit', done));
    try {
      const lines = createInterface({ input: papergraph.stdout });
      const port = await new Promise<number>((found) =>
        lines.on('line', (line) => {
          const match = /GraphQL API and GraphiQL: http:\/\/localhost:(\d+)\//.exec(line);
          if (match) found(Number(match[1]));
        }),
      );
      const clients = await Promise.all(Array.from({ length: 16 }, () => keptAlive(port)));
      // One whole request each first, so every connection is known to the server and kept alive.
      for (const client of clients) client.socket.write(request(BODY));
      await until(() => clients.every((client) => client.responses().length === 1));
      // Then half of a request each: in flight when the signal comes.
      const half = BODY.length / 2;
      for (const client of clients) client.socket.write(request(BODY.slice(0, half)));
      await new Promise((wake) => setTimeout(wake, 300));

      const signalled = performance.now();
      papergraph.kill('SIGTERM');
      await new Promise((wake) => setTimeout(wake, 500));
      const refused = await new Promise<string>((done) => {
        const late = connect(port, '127.0.0.1');
        late.once('connect', () => done('connected'));
        late.once('error', (error: NodeJS.ErrnoException) => done(error.code ?? 'error'));
      });
      expect(refused).toBe('ECONNREFUSED');
      for (const client of clients) client.socket.write(BODY.slice(half));

      await Promise.all(clients.map((client) => client.closed));
      for (const client of clients) {
        expect(client.responses()).toEqual(['HTTP/1.1 200', 'HTTP/1.1 200']);
        // The second answer closes its connection: no new request can come on it.
        expect(client.text()).toMatch(/200 OK\r\nconnection: close\r\n[\s\S]*"__typename":"Query"/);
      }
      expect(await exited).toBe(143);
      expect(performance.now() - signalled).toBeLessThan(DEADLINE_MS);
    } finally {
      papergraph.kill('SIGKILL');
    }
  });
});
