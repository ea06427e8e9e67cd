import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import type { Graph } from '../graph/driver.js';

/** What every resolver gets: the graph, for this request. Loaders hang off it per request. */
export interface Context {
  graph: Graph;
}

export type Scalars = {
  ID: { Input: string; Output: string };
};

export interface Defaults {
  Context: Context;
  Scalars: Scalars;
  DefaultFieldNullability: false;
}

export const builder = new SchemaBuilder<Defaults>({
  plugins: [RelayPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
  relay: {
    cursorType: 'String',
  },
});

builder.queryType({});
