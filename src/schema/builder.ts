import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import { DateResolver } from 'graphql-scalars';
import type { Graph } from '../graph/driver.js';
import type { Caller } from './auth.js';
import { MAX_PAGE } from './keyset.js';
import { fieldComplexity } from './limits.js';

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
  // What is under a list counts as many times as the list may be long (limits.ts). The limits
  // are checked by src/http/operation-limits.ts on the operation as the client sent it.
  complexity: { fieldComplexity },
  relay: {
    cursorType: 'String',
    // node and nodes are src/schema/node.ts: null for a gone id, BAD_USER_INPUT for a malformed one
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    // Descriptions of what the plugin generates, alike on every Node and connection.
    nodeTypeOptions: {
      description: 'Anything with a global id, which `node(id:)` fetches again.',
    },
    idFieldOptions: {
      description: 'The global id, unique across types: for `node(id:)` and client caches.',
    },
    pageInfoTypeOptions: {
      description: 'Where a page is in the whole list, and the cursors to page on from it.',
    },
    hasNextPageFieldOptions: { description: 'Whether more items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'Whether more items come before this page.' },
    startCursorFieldOptions: {
      description: 'The first edge’s cursor, as `before` for the page before; null on no edges.',
    },
    endCursorFieldOptions: {
      description: 'The last edge’s cursor, as `after` for the page after; null on no edges.',
    },
    // A connection counts its page size (fieldComplexity), so its edges count once each.
    edgesFieldOptions: {
      description: 'The items of this page, in the list’s order.',
      complexity: { field: 1, multiplier: 1 },
    },
    pageInfoFieldOptions: { description: 'Where this page is in the whole list.' },
    cursorFieldOptions: { description: 'Where this edge is, for `after` or `before`.' },
    nodeFieldOptions: { description: 'The item at this place in the list.' },
    firstArgOptions: {
      description: `Page forward: at most this many items (0 to ${MAX_PAGE}) after \`after\`.`,
    },
    afterArgOptions: { description: 'A cursor: the page starts after this edge.' },
    lastArgOptions: {
      description: `Page backward: at most this many items (0 to ${MAX_PAGE}) before \`before\`.`,
    },
    beforeArgOptions: { description: 'A cursor: the page ends before this edge.' },
  },
});

builder.addScalarType('Date', DateResolver);

builder.queryType({
  description: 'Reads, open to all: lookups by name or id, lists to browse, search and paths.',
});
builder.mutationType({
  description: 'Writes: each needs the API key, sent as `Authorization: Bearer <key>`.',
});
