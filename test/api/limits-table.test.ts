import { describe, expect, it } from 'vitest';
import { limitsTable, readmeLimits } from '../../scripts/limits-table.js';

describe('the README table of API limits', () => {
  it('is the table of src/schema/limits.ts (npm run readme:limits rewrites it)', () => {
    expect(readmeLimits()).toBe(limitsTable());
  });
});
