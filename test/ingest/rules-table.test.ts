import { describe, expect, it } from 'vitest';
import { readmeTable, rulesTable } from '../../eval/rules-table.js';

describe('the README rule table', () => {
  it('is the table of src/ingest/extract/rules.ts (npm run readme:rules rewrites it)', () => {
    expect(readmeTable()).toBe(rulesTable());
  });
});
