import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { LocalNeo4j, LocalNeo4jError, passwordFile } from '../../src/graph/local-neo4j.js';
import {
  killLocalNeo4j,
  launchersOn,
  lineMatching,
  papergraphWithOwnNeo4j,
} from '../setup/own-neo4j.js';

const password = 'papergraph-test';
const dataDir = mkdtempSync(join(tmpdir(), 'papergraph-lifecycle-'));
const options = { dataDir, port: 0, password, heapMb: 256, pageCacheMb: 64 };
// Each start of a JVM with Neo4j takes 10 to 60 s on a busy 2-core machine.
const startTimeout = 300_000;

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; ) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return condition();
}

async function run(uri: string, statement: string, as = password, database = 'neo4j') {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', as));
  try {
    const { records } = await driver.executeQuery(statement, {}, { database });
    return records.map((record) => record.get(0));
  } finally {
    await driver.close();
  }
}

describe('LocalNeo4j', { timeout: startTimeout }, () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('stops without leaving a Java process, and keeps its data for the next start', async () => {
    const first = await LocalNeo4j.start(options);
    expect(first.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    await run(first.uri, "CREATE (:Probe {note: 'written before the restart'})");
    await first.stop();
    expect(launchersOn(dataDir)).toEqual([]);

    const second = await LocalNeo4j.start(options);
    try {
      expect(await run(second.uri, 'MATCH (p:Probe) RETURN p.note')).toEqual([
        'written before the restart',
      ]);
    } finally {
      await second.stop();
    }
    expect(launchersOn(dataDir)).toEqual([]);
  });

  it('gets a random password on its first start, and no start resets it', async () => {
    const ownDir = mkdtempSync(join(tmpdir(), 'papergraph-password-'));
    const unset = { dataDir: ownDir, port: 0, heapMb: 256, pageCacheMb: 64 };
    try {
      const first = await LocalNeo4j.start(unset);
      expect(first.password).toBe(readFileSync(passwordFile(ownDir), 'utf8').trim());
      expect(await run(first.uri, 'RETURN 1', first.password)).toHaveLength(1);
      // Changed by hand behind papergraph's back: a start that reset it would not notice.
      await run(
        first.uri,
        `ALTER CURRENT USER SET PASSWORD FROM '${first.password}' TO 'changed-by-hand'`,
        first.password,
        'system',
      );
      await first.stop();
      await expect(LocalNeo4j.start(unset)).rejects.toThrow(
        /refused a connection with the password in .*password/,
      );
    } finally {
      rmSync(ownDir, { recursive: true, force: true });
    }
  });

  it('shuts down by itself when the process that started it is killed', async () => {
    const script = [
      "import { LocalNeo4j } from './src/graph/local-neo4j.ts';",
      `const server = await LocalNeo4j.start(${JSON.stringify(options)});`,
      "console.log('started', server.pid);",
    ].join('\n');
    const parent = spawn(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const lines = createInterface({ input: parent.stdout });
    const started = await new Promise<string>((resolve) => lines.once('line', resolve));
    expect(started).toMatch(/^started \d+$/);
    expect(launchersOn(dataDir)).toHaveLength(1);

    parent.kill('SIGKILL');
    expect(await waitUntil(() => launchersOn(dataDir).length === 0, 60_000)).toBe(true);
  });

  it.each([
    ['serve', /papergraph is running/],
    ['neo4j', /Press Ctrl-C to stop/],
  ])('ends `papergraph %s` with exit code 1 and its log tail when it dies', async (command, up) => {
    const ownDir = mkdtempSync(join(tmpdir(), 'papergraph-dies-'));
    const papergraph = papergraphWithOwnNeo4j([command], ownDir);
    try {
      await lineMatching(papergraph.stdout, up);
      killLocalNeo4j(ownDir);
      expect(await papergraph.exited).toBe(1);
      expect(papergraph.stderr()).toMatch(
        /the local Neo4j exited unexpectedly \(SIGKILL\)\n--- .*launcher\.log ---/,
      );
    } finally {
      papergraph.child.kill('SIGKILL');
      rmSync(ownDir, { recursive: true, force: true });
    }
  });

  it('reports a start that does not finish in time, with the log tail', async () => {
    const attempt = LocalNeo4j.start({ ...options, startTimeoutMs: 50 });
    await expect(attempt).rejects.toThrow(LocalNeo4jError);
    await expect(attempt).rejects.toThrow(/did not start within .*launcher\.log/s);
    expect(await waitUntil(() => launchersOn(dataDir).length === 0, 10_000)).toBe(true);
  });
});
