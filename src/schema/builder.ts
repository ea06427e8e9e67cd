import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import { DateResolver } from 'graphql-scalars';
import type { Graph } from '../graph/driver.js';
import type { Caller } from './auth.js';
import { complexityError, fieldComplexity, limit } from './limits.js';

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
  // What is under a list counts as many times as the list may be long (limits.ts), so an
  // operation past these limits is refused before any resolver runs, with an error naming the
  // limit.
  complexity: {
    fieldComplexity,
    limit: { complexity: limit('complexity'), depth: limit('depth'), breadth: limit('breadth') },
    complexityError,
  },
  relay: {
    cursorType: 'String',
    // node and nodes are src/schema/node.ts: null for a gone id, BAD_USER_INPUT for a malformed one
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    // A connection counts its page size (fieldComplexity), so its edges count once each.
    edgesFieldOptions: { complexity: { field: 1, multiplier: 1 } },
  },
});

builder.addScalarType('Date', DateResolver);

builder.queryType({});
builder.mutationType({});
