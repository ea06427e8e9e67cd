import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';

describe('PAPERGRAPH_CACHE_TTL_MS', () => {
  it('defaults to a minute, takes 0 to turn the cache off, and refuses what is not a duration', () => {
    expect(loadConfig({}).PAPERGRAPH_CACHE_TTL_MS).toBe(60_000);
    expect(loadConfig({ PAPERGRAPH_CACHE_TTL_MS: '0' }).PAPERGRAPH_CACHE_TTL_MS).toBe(0);
    for (const wrong of ['-1', 'soon', '1.5']) {
      expect(() => loadConfig({ PAPERGRAPH_CACHE_TTL_MS: wrong })).toThrow(
        /PAPERGRAPH_CACHE_TTL_MS/,
      );
    }
  });
});
