import { type MetricInfo, metricOf } from '../domain/metrics.js';
import { builder, type Context } from './builder.js';
import { Dataset } from './dataset.js';
import {
  bySortKey,
  keysetPage,
  type PageArgs,
  pageWindow,
  sortableNumber,
  totalCountOf,
  windowRows,
} from './keyset.js';
import { Metric } from './metric.js';
import { decodeNodeId } from './node-id.js';
import { NotFoundError } from './order.js';
import { minConfidence, minConfidenceArg } from './provenance.js';
import { Result } from './result.js';
import { Task } from './task.js';

/** Where an evaluation's results come from: a dataset, a task's papers, both, or everything. */
interface Scope {
  datasetKey: string | null;
  taskKey: string | null;
}

/** The results on one dataset in one metric (within one task's papers, when it has a task). */
interface EvaluationRow {
  key: string;
  datasetKey: string;
  taskKey: string | null;
  metric: MetricInfo;
  /** The metric as its results write it: `PPL`, `perplexity`. */
  written: string[];
  resultCount: number;
  sortKey: string;
}

const evaluationKey = (datasetKey: string, metricKey: string, taskKey: string | null) =>
  JSON.stringify([datasetKey, metricKey, taskKey]);

/**
 * The evaluations of each scope, most results first, in one statement (evaluation-metrics): the
 * graph counts results per metric as written, and the metric catalog folds spellings into one.
 */
async function evaluationsIn({ graph }: Context, scopes: Scope[]): Promise<EvaluationRow[][]> {
  const rows = await graph.read<{
    scope: Scope & { index: number };
    datasetKey: string;
    metric: string;
    results: number;
  }>('evaluation-metrics', { scopes: scopes.map((scope, index) => ({ ...scope, index })) });
  const found = scopes.map(() => new Map<string, EvaluationRow>());
  for (const row of rows) {
    const metric = metricOf(row.metric);
    const { taskKey } = row.scope;
    const key = evaluationKey(row.datasetKey, metric.key, taskKey);
    const byKey = found[row.scope.index] as Map<string, EvaluationRow>;
    const evaluation = byKey.get(key) ?? {
      key,
      datasetKey: row.datasetKey,
      taskKey,
      metric,
      written: [],
      resultCount: 0,
      sortKey: '',
    };
    evaluation.written.push(row.metric);
    evaluation.resultCount += row.results;
    byKey.set(key, evaluation);
  }
  return found.map((byKey) =>
    [...byKey.values()]
      .map((evaluation) => ({
        ...evaluation,
        sortKey: `${sortableNumber(-evaluation.resultCount)}|${evaluation.key}`,
      }))
      .sort(bySortKey),
  );
}

export const Evaluation = builder.loadableNode('Evaluation', {
  description:
    'The results reported on one dataset in one metric, within one task’s papers when it has a ' +
    'task: a leaderboard, with the best result of each method ranked.',
  id: { resolve: (evaluation: EvaluationRow) => evaluation.key },
  load: async (keys: string[], context: Context) => {
    const wanted = keys.map((key) => {
      try {
        const [datasetKey, , taskKey] = JSON.parse(key) as [string, string, string | null];
        return { datasetKey, taskKey };
      } catch {
        return null;
      }
    });
    const lists = await evaluationsIn(
      context,
      wanted.map((scope) => scope ?? { datasetKey: '', taskKey: null }),
    );
    return keys.map((key, i) => lists[i]?.find((row) => row.key === key) ?? new NotFoundError(key));
  },
  fields: (t) => ({
    dataset: t.field({
      type: Dataset,
      description: 'The dataset the results are on.',
      resolve: (evaluation) => evaluation.datasetKey,
    }),
    metric: t.field({
      type: Metric,
      description: 'What the results measure.',
      resolve: (evaluation) => evaluation.metric,
    }),
    task: t.field({
      type: Task,
      nullable: true,
      description: 'The task whose papers alone count; null when every paper does.',
      resolve: (evaluation) => evaluation.taskKey,
    }),
    resultCount: t.exposeInt('resultCount', {
      description: 'How many results in all, before keeping the best of each method.',
    }),
    ranking: t.loadable({
      type: RankingConnection,
      description:
        'The best result of each method (or of each paper whose result names no method), best ' +
        'first in the direction of the metric; equal values share a rank.',
      byPath: true,
      args: { ...t.arg.connectionArgs(), minConfidence: t.arg(minConfidenceArg) },
      loaderOptions: { cacheKeyFn: (evaluation: EvaluationRow) => evaluation.key },
      load: (evaluations: readonly EvaluationRow[], context, args) =>
        loadRankings(evaluations, context, args),
      resolve: (evaluation) => evaluation,
    }),
  }),
});

interface Entrant {
  entrant: string;
  resultId: string;
  score: number;
}

const RankingConnection = builder.connectionObject(
  {
    type: Result,
    name: 'EvaluationRankingConnection',
    description: 'The best result of each method in an evaluation, best first.',
    fields: (t) => ({
      totalCount: t.int({
        description: 'How many methods (and method-less papers) are ranked.',
        resolve: totalCountOf,
      }),
    }),
  },
  {
    name: 'EvaluationRankingEdge',
    description: 'A method’s best result in an evaluation, with its rank.',
    fields: (t) => ({
      rank: t.int({
        description: 'Its place, from 1; equal values share a place.',
        resolve: (edge) => (edge as unknown as { rank: number }).rank,
      }),
    }),
  },
);

/** One page of the ranking of each of several evaluations, in one statement. */
async function loadRankings(
  evaluations: readonly EvaluationRow[],
  context: Context,
  args: PageArgs & { minConfidence?: number | null },
) {
  const window = pageWindow(args, 'Evaluation.ranking');
  const rows = await context.graph.read<{ id: string; entrants: Entrant[] }>('evaluation-ranking', {
    evaluations: evaluations.map((evaluation) => ({
      id: evaluation.key,
      datasetKey: evaluation.datasetKey,
      taskKey: evaluation.taskKey,
      metrics: evaluation.written,
      lowerIsBetter: evaluation.metric.lowerIsBetter,
    })),
    minConfidence: minConfidence(args.minConfidence),
  });
  const byId = new Map(rows.map((row) => [row.id, row.entrants]));
  return evaluations.map((evaluation) => {
    const ranked = ranks(byId.get(evaluation.key) ?? []);
    return {
      totalCount: ranked.length,
      ...keysetPage(windowRows(ranked, window), window, 'Evaluation.ranking', (row) => ({
        node: row.resultId,
        rank: row.rank,
      })),
    };
  });
}

/** Entrants best first (lowest score: the statement turns higher-is-better values round). */
function ranks(entrants: Entrant[]) {
  const sorted = entrants
    .map((entrant) => ({
      ...entrant,
      sortKey: `${sortableNumber(entrant.score)}|${entrant.entrant}`,
    }))
    .sort(bySortKey);
  let rank = 0;
  return sorted.map((entrant, index) => {
    if (index === 0 || entrant.score !== sorted[index - 1]?.score) rank = index + 1;
    return { ...entrant, rank };
  });
}

const EvaluationConnection = builder.connectionObject(
  {
    type: Evaluation,
    name: 'EvaluationConnection',
    description: 'Evaluations, most results first.',
    fields: (t) => ({
      totalCount: t.int({ description: 'How many evaluations in all.', resolve: totalCountOf }),
    }),
  },
  { name: 'EvaluationEdge', description: 'An evaluation in a list.' },
);

/** `<Type>.evaluations`: the evaluations of a dataset, or of a task's papers. */
function evaluationsField(type: typeof Dataset | typeof Task, scope: (key: string) => Scope) {
  const typeName = type.name;
  builder.objectField(type, 'evaluations', (t) =>
    t.loadable({
      type: EvaluationConnection,
      description:
        typeName === 'Dataset'
          ? 'Its leaderboards: the results reported on it, per metric, most results first.'
          : 'Its leaderboards: the results its papers report, per dataset and metric, most results first.',
      byPath: true,
      args: {
        ...t.arg.connectionArgs(),
        metric: t.arg.string({ description: 'Only this metric (a name or any alias).' }),
      },
      load: async (keys: readonly string[], context, args) => {
        const window = pageWindow(args, `${typeName}.evaluations`);
        const lists = await evaluationsIn(context, keys.map(scope));
        const metricKey = args.metric ? metricOf(args.metric).key : null;
        return lists.map((list) => {
          const kept = metricKey ? list.filter((row) => row.metric.key === metricKey) : list;
          return {
            totalCount: kept.length,
            ...keysetPage(windowRows(kept, window), window, `${typeName}.evaluations`, (row) => ({
              node: row,
            })),
          };
        });
      },
      resolve: (entity) => entity.key,
    }),
  );
}

evaluationsField(Dataset, (key) => ({ datasetKey: key, taskKey: null }));
evaluationsField(Task, (key) => ({ datasetKey: null, taskKey: key }));

const MetricOrder = builder.enumType('MetricOrder', {
  description: 'How a list of metrics is sorted.',
  values: {
    RESULT_COUNT: { description: 'Most results first.' },
    NAME: { description: 'By name, A to Z, ignoring case.' },
  },
});

const MetricFilter = builder.inputType('MetricFilter', {
  description: 'Filters on the list of metrics; every one given must hold.',
  fields: (t) => ({
    namePrefix: t.string({ description: 'The name starts with this, ignoring case.' }),
    linkedTo: t.id({
      description: 'Only results on this dataset, or of papers naming this task (global id).',
    }),
  }),
});

interface MetricListRow {
  metric: MetricInfo;
  resultCount: number;
  sortKey: string;
}

builder.queryField('metrics', (t) =>
  t.connection(
    {
      type: Metric,
      description: 'Every metric results are reported in, paged, filtered and sorted.',
      args: {
        filter: t.arg({ type: MetricFilter, description: 'Which to list.' }),
        orderBy: t.arg({
          type: MetricOrder,
          defaultValue: 'RESULT_COUNT',
          description: 'How to sort them.',
        }),
      },
      resolve: async (_root, args, context) => {
        const orderBy = args.orderBy ?? 'RESULT_COUNT';
        const connection = `metrics(${orderBy})`;
        const window = pageWindow(args, connection);
        const linked = args.filter?.linkedTo
          ? decodeNodeId(String(args.filter.linkedTo), 'filter.linkedTo', ['Dataset', 'Task'])
          : null;
        const scope = {
          datasetKey: linked?.type === 'Dataset' ? linked.key : null,
          taskKey: linked?.type === 'Task' ? linked.key : null,
        };
        const [evaluations = []] = await evaluationsIn(context, [scope]);
        const prefix = args.filter?.namePrefix?.toLowerCase() ?? '';
        const byMetric = new Map<string, MetricListRow>();
        for (const { metric, resultCount } of evaluations) {
          if (!metric.name.toLowerCase().startsWith(prefix)) continue;
          const row = byMetric.get(metric.key) ?? { metric, resultCount: 0, sortKey: '' };
          row.resultCount += resultCount;
          byMetric.set(metric.key, row);
        }
        const rows = [...byMetric.values()]
          .map((row) => ({
            ...row,
            sortKey: `${orderBy === 'NAME' ? row.metric.name.toLowerCase() : sortableNumber(-row.resultCount)}|${row.metric.key}`,
          }))
          .sort(bySortKey);
        return {
          totalCount: rows.length,
          ...keysetPage(windowRows(rows, window), window, connection, (row) => ({
            node: row.metric,
            resultCount: row.resultCount,
          })),
        };
      },
    },
    {
      name: 'MetricConnection',
      description: 'A page of metrics.',
      fields: (t) => ({
        totalCount: t.int({
          description: 'How many the filter admits in all.',
          resolve: totalCountOf,
        }),
      }),
    },
    {
      name: 'MetricEdge',
      description: 'A metric in a list, with how many results are in it.',
      fields: (t) => ({
        resultCount: t.int({
          description: 'How many results (on the dataset or task filtered by) are in it.',
          resolve: (edge) => (edge as unknown as { resultCount: number }).resultCount,
        }),
      }),
    },
  ),
);
