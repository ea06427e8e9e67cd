import { afterEach, beforeEach, expect, vi } from 'vitest';
import { serve } from '../../src/http/server.js';
import { connectSampleGraph } from '../setup/graph.js';

/** The API over the sample corpus on a real port, reached over HTTP as a client app would. */
export async function serveSample(): Promise<{ url: string; close(): Promise<void> }> {
  const graph = await connectSampleGraph();
  const server = await serve({ graph, port: 0 });
  return {
    url: `${server.url}/graphql`,
    close: async () => {
      await server.close();
      await graph.close();
    },
  };
}

/**
 * Fails each test of the file in which a client warned: Relay and Apollo report store conflicts,
 * missing fields and cache data they would lose only through console.warn and console.error.
 * Returns the list, so a client's own logger can add to it.
 */
export function failOnWarnings(): string[] {
  const warnings: string[] = [];
  beforeEach(() => {
    warnings.length = 0;
    for (const level of ['warn', 'error'] as const) {
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
        warnings.push(args.map(String).join(' '));
      });
    }
  });
  afterEach(() => {
    vi.restoreAllMocks();
    expect(warnings, 'warnings from the client').toEqual([]);
  });
  return warnings;
}
