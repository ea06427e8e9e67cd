import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import { DateResolver } from 'graphql-scalars';
import type { Graph } from '../graph/driver.js';
import type { Caller } from './auth.js';

/** What every resolver gets: the graph, for this request. Loaders hang off it per request. */
export interface Context {
  graph: Graph;
  caller: Caller;
}

export type Scalars = {
  ID: { Input: string; Output: string };
  /** A calendar date, `YYYY-MM-DD` (graphql-scalars); stored dates arrive as such strings. */
  Date: { Input: Date; Output: Date | string };
};

export interface Defaults {
  Context: Context;
  Scalars: Scalars;
  DefaultFieldNullability: false;
}

export const builder = new SchemaBuilder<Defaults>({
  plugins: [RelayPlugin, DataloaderPlugin, ComplexityPlugin],
  defaultFieldNullability: false,
  // Lists count ten times their element; an operation past these limits is refused before it
  // runs, with a message saying which limit.
  complexity: {
    defaultComplexity: 1,
    defaultListMultiplier: 10,
    limit: { complexity: 20_000, depth: 12, breadth: 200 },
  },
  relay: {
    cursorType: 'String',
    // node and nodes are src/schema/node.ts: null for a gone id, BAD_USER_INPUT for a malformed one
    nodeQueryOptions: false,
    nodesQueryOptions: false,
  },
});

builder.addScalarType('Date', DateResolver);

builder.queryType({});
builder.mutationType({});
