import { builder, type Context } from './builder.js';
import { Dataset } from './dataset.js';
import { entityByName } from './entity.js';
import { Method } from './method.js';
import { manyByKey, oneByKey } from './order.js';
import { Paper } from './paper.js';
import { Provenance, type ProvenanceRow } from './provenance.js';

interface ResultRow {
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
    metric: t.exposeString('metric', {
      description: 'What was measured, by name (`BLEU`); `score` when the paper names nothing.',
    }),
    value: t.exposeFloat('value', { description: 'The value as a number: 73.8 for `73.8%`.' }),
    raw: t.exposeString('raw', { description: 'The value as written, e.g. `73.8%`.' }),
    lowerIsBetter: t.boolean({
      description: 'Whether a lower value is better for this metric (errors, losses, ...).',
      resolve: (result) => lowerIsBetter(result.metric),
    }),
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

/** Metrics where smaller is better: errors, losses, distances, perplexity, FID, latency. */
const LOWER_IS_BETTER =
  /perplexity|\bppl\b|\bfid\b|\bkid\b|error|\bwer\b|\bcer\b|loss|\bmae\b|\bmse\b|\brmse\b|distance|latency|\bnll\b|bits per|\bbpd\b|\bbpc\b|\blpips\b|\bepe\b|chamfer/i;

export function lowerIsBetter(metric: string): boolean {
  return LOWER_IS_BETTER.test(metric);
}

builder.objectField(Paper, 'results', (t) =>
  t.loadableList({
    type: Result,
    description: 'The quantitative results the paper reports.',
    load: async (ids: string[], { graph }) => {
      const rows = await graph.read<{ id: string; result: ResultRow }>('paper-results', { ids });
      return manyByKey(ids, rows, (row) => row.id).map((results) =>
        results.map((row) => row.result),
      );
    },
    resolve: (paper) => paper.id,
  }),
);

builder.queryField('leaderboard', (t) =>
  t.field({
    type: [Result],
    description:
      'The results reported on a dataset, best first for each metric (lower is better for ' +
      'errors, losses, perplexity, FID and the like; higher for the rest).',
    args: {
      dataset: t.arg.string({ required: true, description: 'Name or alias of the dataset.' }),
      metric: t.arg.string({ description: 'Only this metric (case-insensitive).' }),
    },
    resolve: async (_root, args, context) => {
      const datasetKey = await entityByName(context, 'Dataset', args.dataset);
      if (!datasetKey) return [];
      const rows = await context.graph.read<{ result: ResultRow }>('leaderboard', {
        datasetKey,
        metric: args.metric ?? null,
      });
      return rows
        .map((row) => row.result)
        .sort(
          (a, b) =>
            a.metric.localeCompare(b.metric) ||
            (lowerIsBetter(a.metric) ? a.value - b.value : b.value - a.value),
        );
    },
  }),
);
