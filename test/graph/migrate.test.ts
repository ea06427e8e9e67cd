import { describe, expect, it } from 'vitest';
import { loadMigrations, splitStatements } from '../../src/graph/migrate.js';

describe('splitStatements', () => {
  it('splits on semicolons at line ends and drops comment lines', () => {
    const text = '// header\nCREATE A\nFOR (x);\n\n// note; with a semicolon\nCREATE B;\n';
    expect(splitStatements(text)).toEqual(['CREATE A\nFOR (x)', 'CREATE B']);
  });

  it('keeps a semicolon inside a line', () => {
    expect(splitStatements("RETURN 'a;b' AS x;")).toEqual(["RETURN 'a;b' AS x"]);
  });
});

describe('loadMigrations', () => {
  it('orders the project migrations by version, each with statements', () => {
    const migrations = loadMigrations();
    const versions = migrations.map((migration) => migration.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    for (const migration of migrations) expect(migration.statements.length).toBeGreaterThan(0);
  });
});
