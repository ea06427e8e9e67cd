import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cypherDirectory, QUERY_NAMES, queryText } from '../../src/graph/cypher.js';

describe('the Cypher registry', () => {
  it('registers exactly the .cypher files of cypher/', () => {
    const files = readdirSync(cypherDirectory)
      .filter((file) => file.endsWith('.cypher'))
      .map((file) => file.replace(/\.cypher$/, ''));
    expect([...QUERY_NAMES].sort()).toEqual(files.sort());
  });

  it('gives each query its file text, with parameters rather than inlined values', () => {
    expect(queryText('migration-record')).toContain('$version');
  });
});
