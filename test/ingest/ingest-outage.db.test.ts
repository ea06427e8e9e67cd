import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/corpus/generate.js';
import { killLocalNeo4j, lineMatching, papergraphWithOwnNeo4j } from '../setup/own-neo4j.js';

// Ingest stops when its Neo4j dies: a JVM of its own, since this one is killed.
describe('papergraph ingest when its Neo4j dies', { timeout: 300_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'papergraph-ingest-outage-'));
  const corpus = join(dir, 'corpus.jsonl');
  // Far more than it ingests in the seconds before the kill, on any machine.
  beforeAll(() => writeCorpus(20_000, 7, corpus));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits non-zero within seconds, saying Neo4j is unreachable', async () => {
    const dataDir = join(dir, 'neo4j');
    const ingest = papergraphWithOwnNeo4j(['ingest', corpus, '--batch-size', '50'], dataDir);
    try {
      await lineMatching(ingest.stderrLines, /^ingest: [1-9]\d* papers/);
      killLocalNeo4j(dataDir);
      const killed = performance.now();
      const code = await ingest.exited;
      // NEO4J_CONNECT_TIMEOUT_MS (5 s by default) bounds the driver's retries, then it stops.
      expect(performance.now() - killed).toBeLessThan(10_000);
      expect(code).toBe(1);
      expect(ingest.stderr()).toMatch(/Neo4j at bolt:\/\/127\.0\.0\.1:\d+ is not reachable/);
    } finally {
      ingest.child.kill('SIGKILL');
    }
  });
});
