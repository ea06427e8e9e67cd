import { entityKey } from './keys.js';
import { readCatalog, readLexiconFile } from './lexicon-files.js';

/** An evaluation metric: an entry of the metric catalog, under the key of its name. */
export interface MetricInfo {
  key: string;
  name: string;
  aliases: string[];
  lowerIsBetter: boolean;
}

/** What a result is in when its sentence names no metric ("scores 71.2 on X"). */
export const UNNAMED_METRIC = 'score';

/** Metrics where smaller is better: errors, losses, distances, perplexity, FID, latency. */
const LOWER_IS_BETTER =
  /perplexity|\bppl\b|\bfid\b|\bfvd\b|\bkid\b|error|\bwer\b|\bcer\b|\beer\b|loss|\bmae\b|\bmse\b|\brmse\b|distance|latency|\bnll\b|bits per|\bbpd\b|\bbpc\b|\blpips\b|\bepe\b|chamfer|\bhd95\b/i;

function metricInfo(name: string, forms: Iterable<string>): MetricInfo {
  const aliases = [...new Set(forms)].filter((form) => form !== name);
  return {
    key: entityKey(name),
    name,
    aliases,
    lowerIsBetter: [name, ...aliases].some((form) => LOWER_IS_BETTER.test(form)),
  };
}

/**
 * The metric catalog's entries, with the lexicon's synonyms (`PPL` is perplexity) folded into
 * one metric each, named by the synonyms' first spelling.
 */
function readMetrics(): MetricInfo[] {
  const { synonyms = [] } = readLexiconFile<{ synonyms?: string[][] }>('metrics.json');
  const groupOf = new Map<string, string[]>();
  for (const group of synonyms) for (const form of group) groupOf.set(entityKey(form), group);
  const formsOf = new Map<string, Set<string>>();
  for (const entry of readCatalog('metrics')) {
    const forms = [entry.name, ...(entry.aliases ?? [])];
    const group = forms.map((form) => groupOf.get(entityKey(form))).find(Boolean);
    const name = group?.[0] ?? entry.name;
    const known = formsOf.get(name) ?? new Set(group);
    for (const form of forms) known.add(form);
    formsOf.set(name, known);
  }
  return [...formsOf].map(([name, forms]) => metricInfo(name, forms));
}

const BY_KEY = new Map<string, MetricInfo>();
const BY_FORM = new Map<string, MetricInfo>();
for (const metric of readMetrics()) {
  BY_KEY.set(metric.key, metric);
  // the first metric to claim a spelling keeps it, as the extractor's lexicon does
  for (const form of [metric.name, ...metric.aliases]) {
    if (!BY_FORM.has(entityKey(form))) BY_FORM.set(entityKey(form), metric);
  }
}
BY_KEY.set(UNNAMED_METRIC, metricInfo(UNNAMED_METRIC, []));

/** The metric a result's metric as written ("PPL", "top-1 acc.") stands for. */
export function metricOf(written: string): MetricInfo {
  return (
    BY_FORM.get(entityKey(written)) ?? BY_KEY.get(entityKey(written)) ?? metricInfo(written, [])
  );
}

/** The metric with this key, or null when the catalog has none. */
export function metricByKey(key: string): MetricInfo | null {
  return BY_KEY.get(key) ?? null;
}
