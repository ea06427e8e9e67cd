import { metricOf } from '../domain/metrics.js';
import { builder, type Context } from './builder.js';
import { Dataset } from './dataset.js';
import type { EntityRow } from './entity.js';
import { Method } from './method.js';
import { Metric } from './metric.js';
import { manyByKey, oneByKey } from './order.js';
import { Paper } from './paper.js';
import { Provenance, type ProvenanceRow } from './provenance.js';

export interface ResultRow {
  id: string;
  metric: string;
  value: number;
  raw: string;
  paperId: string;
  datasetKey: string;
  methodKey: string | null;
  provenance: ProvenanceRow;
}

export const Result = builder.loadableNode('Result', {
  description: 'A value of a metric on a dataset, reported by a paper, by a method when stated.',
  id: { resolve: (result: ResultRow) => result.id },
  load: async (ids: string[], { graph }: Context) => {
    const rows = await graph.read<{ result: ResultRow }>('results-by-id', { ids });
    return oneByKey(
      ids,
      rows.map((row) => row.result),
      (result) => result.id,
    );
  },
  fields: (t) => ({
    metric: t.field({
      type: Metric,
      description: 'What was measured (`BLEU`); `score` when the paper names nothing.',
      resolve: (result) => metricOf(result.metric),
    }),
    value: t.exposeFloat('value', { description: 'The value as a number: 73.8 for `73.8%`.' }),
    raw: t.exposeString('raw', { description: 'The value as written, e.g. `73.8%`.' }),
    paper: t.field({
      type: Paper,
      description: 'The paper reporting it.',
      resolve: (result) => result.paperId,
    }),
    dataset: t.field({
      type: Dataset,
      description: 'The dataset it was measured on.',
      resolve: (result) => result.datasetKey,
    }),
    method: t.field({
      type: Method,
      nullable: true,
      description: 'The method it measures; null when the sentence names none.',
      resolve: (result) => result.methodKey,
    }),
    provenance: t.field({
      type: Provenance,
      description: 'Where it was read from.',
      resolve: (result) => result.provenance,
    }),
  }),
});

builder.objectField(Paper, 'results', (t) =>
  t.loadableList({
    type: Result,
    description: 'The quantitative results the paper reports.',
    load: async (ids: string[], context) => {
      const rows = await context.graph.read<{
        id: string;
        result: ResultRow;
        dataset: EntityRow;
        method: EntityRow | null;
      }>('paper-results', { ids });
      // What the statement reached on its way, so that loading it sends no statement.
      const results = Result.getDataloader(context);
      const datasets = Dataset.getDataloader(context);
      const methods = Method.getDataloader(context);
      for (const { result, dataset, method } of rows) {
        results.prime(result.id, result);
        datasets.prime(dataset.key, dataset);
        if (method) methods.prime(method.key, method);
      }
      return manyByKey(ids, rows, (row) => row.id).map((reported) =>
        reported.map((row) => row.result),
      );
    },
    resolve: (paper) => paper.id,
  }),
);
