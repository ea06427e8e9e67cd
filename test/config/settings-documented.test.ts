import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SETTING_NAMES } from '../../src/config.js';

/** The variables a file names as `NAME=` (commented out or not) or as a README table's first cell. */
function namedIn(text: string): Set<string> {
  const names = [...text.matchAll(/^(?:#\s*)?([A-Z][A-Z0-9_]+)=|^\| `([A-Z][A-Z0-9_]+)` \|/gm)];
  return new Set(names.map((match) => match[1] ?? match[2] ?? ''));
}

describe('every setting is documented', () => {
  it.each(['.env.example', 'README.md'])('%s names every variable papergraph reads', (file) => {
    const named = namedIn(readFileSync(file, 'utf8'));
    expect(SETTING_NAMES.filter((name) => !named.has(name))).toEqual([]);
  });
});
