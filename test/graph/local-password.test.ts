import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { LocalNeo4jError, localPassword, passwordFile } from '../../src/graph/local-neo4j.js';

describe("the local Neo4j's password", () => {
  const dirs: string[] = [];
  const newDataDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'papergraph-password-'));
    dirs.push(dir);
    return join(dir, 'neo4j');
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('is random on a first start, kept in the data directory for the owner only', () => {
    const [a, b] = [newDataDir(), newDataDir()];
    const first = localPassword(a);
    expect(first.isNew).toBe(true);
    expect(first.password).toMatch(/^[\w-]{32}$/);
    expect(localPassword(b).password).not.toBe(first.password);
    expect(statSync(passwordFile(a)).mode & 0o777).toBe(0o600);
    expect(readFileSync(passwordFile(a), 'utf8').trim()).toBe(first.password);
    expect(localPassword(a)).toEqual({ password: first.password, isNew: false });
  });

  it('is NEO4J_PASSWORD on a first start, and refuses a different one later', () => {
    const dir = newDataDir();
    expect(localPassword(dir, 'chosen-by-me')).toEqual({ password: 'chosen-by-me', isNew: true });
    expect(localPassword(dir, 'chosen-by-me').isNew).toBe(false);
    expect(() => localPassword(dir, 'another-one')).toThrow(LocalNeo4jError);
    expect(() => localPassword(dir, 'another-one')).toThrow(
      /NEO4J_PASSWORD is not the password .* delete the file and start once/,
    );
  });

  it('has no default, and must be given with NEO4J_URI', () => {
    expect(loadConfig({}).NEO4J_PASSWORD).toBeUndefined();
    expect(() => loadConfig({ NEO4J_URI: 'bolt://db:7687' })).toThrow(
      /NEO4J_PASSWORD: must be set when NEO4J_URI is/,
    );
    expect(loadConfig({ NEO4J_URI: 'bolt://db:7687', NEO4J_PASSWORD: 'a-secret!' })).toMatchObject({
      NEO4J_PASSWORD: 'a-secret!',
    });
  });
});
