import { type MetricInfo, metricByKey } from '../domain/metrics.js';
import { builder } from './builder.js';
import { NotFoundError } from './order.js';

/** A metric of the metric catalog; its node loader reads the catalog, not the graph. */
export const Metric = builder.loadableNode('Metric', {
  description:
    'An evaluation metric, from the metric lexicon (the catalogs of torchmetrics, sacrebleu and ' +
    'others); results written with any of its spellings are in it.',
  id: { resolve: (metric: MetricInfo) => metric.key },
  load: async (keys: string[]) => keys.map((key) => metricByKey(key) ?? new NotFoundError(key)),
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Its usual name: `FID`, `top-1 accuracy`.' }),
    aliases: t.exposeStringList('aliases', {
      description: 'Other spellings and long forms: `Fréchet inception distance`.',
    }),
    lowerIsBetter: t.exposeBoolean('lowerIsBetter', {
      description: 'Whether a smaller value is better (errors, losses, perplexity, FID, ...).',
    }),
  }),
});
