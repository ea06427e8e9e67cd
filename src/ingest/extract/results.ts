import { UNNAMED_METRIC } from '../../domain/metrics.js';
import type { ResultMention } from '../../domain/model.js';
import type { PaperText, SentenceText } from './document.js';
import { provenance } from './document.js';
import { METRICS } from './lexicon.js';
import type { Candidate } from './mentions.js';
import { tokenIndexAt } from './names.js';
import type { RuleName } from './rules.js';

interface Located {
  name: string;
  start: number;
  end: number;
}

interface Metric extends Located {
  from: number;
  to: number;
}

/** A number as a score: not a count of parameters, a speed-up factor or a bit width. */
const NUMBER =
  /(?<![\w.,@-])(\d+(?:\.\d+)?)(?:(\s?%)|(?![\w%]|\.\d))(?!\s?(?:[x×]|times|-bit|bits?\b|[BMK]\b|billion|million|GPU|hours?|days?|epochs?|layers?|tokens?|points?|steps?))/g;
/** A difference or a ratio rather than a score. */
const DELTA_BEFORE =
  /\b(?:by|up to|over|around|about|nearly|than|only|of only|reduc\w*|improv\w*|gains?|lift|drop)\s*(?:of\s+)?(?:over\s+|up to\s+|about\s+)?$/i;
const DELTA_AFTER =
  /^\s*(?:relative|absolute|fewer|more|less|lower|higher|improvement|reduction|gain|lift|speed|faster|smaller|larger|of the|of cases)/i;

/** "improves BLEU by", "raises the accuracy by": a verb of change before the metric and `by`. */
const GAIN = /\b(?:improv|boost|increas|rais|reduc|lower)\w*\s+(?:the\s+|its\s+)?$/i;
/** Where the dataset follows a value, possibly after the other end of a range ("to 9.1%"). */
const AFTER = /^\s*(?:to\s+\d+(?:\.\d+)?\s?%?\s+)?(?:[\p{L}-]+\s+){0,3}?(?:on|in)\s+(?:the\s+)?/u;
/** A value that continues the previous one's metric and dataset. */
const THEN =
  /(?:\bfrom\s+\d+(?:\.\d+)?\s?%?\s+to|\bcompared (?:with|to)|\bversus|\bvs\.?|\bagainst)\s+$/;

/** Between two items of a list: "69% and 8.38", "A, B, and C". */
const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+|on\s+)?$/;
/** Where a list of datasets follows a list of values. */
const LIST_ON = /^\s*(?:on|in|across|for)\s+(?:the\s+)?/;
/** A verb of scoring right before a list of values that names no metric. */
const SCORED =
  /\b(?:achiev|obtain|scor|reach|attain|record|yield|deliver|get|gets|got|hit)\w*\s+(?:(?:scores?|results?|values?)\s+of\s+)?$/i;
const RESPECTIVELY = /^\s*,?\s*(?:\(\s*)?respectively\b/i;
/** The two ends of a change or a comparison. */
const RANGE_FROM = /\bfrom\s+$/;
const RANGE_NEXT = /^\s*to\s+\d/;
const RANGE_TO = /\bfrom\s+\d+(?:\.\d+)?\s?%?\s+to\s+$/;
const VERSUS_NEXT = /^\s*(?:vs\.?|versus)\s+\d+(?:\.\d+)?\s?%?\s*\)/;
const VERSUS_AFTER = /\(\s*\d+(?:\.\d+)?\s?%?\s+(?:vs\.?|versus)\s+$/;

interface Value {
  start: number;
  end: number;
  number: string;
  percent: boolean;
}

interface Assigned {
  dataset: string;
  metric: string;
  method: string | null;
  rule: RuleName;
}

/**
 * Results: a value tied to a metric on a named dataset ("perplexity of 15.36 on OpenWebText",
 * "FID scores of 3.26 on CIFAR-10 and 6.98 on ImageNet-32", "Rotowire (18.93 BLEU)", "73.8% top-1
 * accuracy"), values paired in order with a list of datasets ("69% and 8.38 on MMLU and
 * MT-bench"), both ends of a change ("from 51.0% to 69.4%", "(69.4 vs. 51.0)"), and a baseline's
 * value in parentheses after its name in the same sentence ("outperforming previous MDM
 * (21.52)"). Nothing without a dataset.
 */
export function extractResults(
  paper: PaperText,
  datasets: Candidate[],
  methods: Candidate[],
  ownMethod: string | null,
): ResultMention[] {
  const results: ResultMention[] = [];
  for (const sentence of paper.abstract.sentences) {
    const inSentence = (c: Candidate) => c.sentence === sentence;
    const sets = datasets.filter(inSentence).sort((a, b) => a.start - b.start);
    if (sets.length === 0) continue;
    const metrics = findMetrics(sentence);
    const names = methods.filter(inSentence);
    const values: Value[] = [...sentence.text.matchAll(NUMBER)].map((m) => ({
      start: sentence.start + m.index,
      end: sentence.start + m.index + m[0].length,
      number: m[1] ?? '',
      percent: Boolean(m[2]),
    }));
    const listed = respective(sentence, values, metrics, sets, ownMethod);
    let last = null as { metric: string; dataset: string } | null;
    for (const v of values) {
      const { start, end } = v;
      const text = sentence.owner.text;
      const lead = text.slice(Math.max(sentence.start, start - 40), start);
      const push = (a: Assigned) => {
        last = { metric: a.metric, dataset: a.dataset };
        results.push({
          method: a.method,
          dataset: a.dataset,
          metric: a.metric,
          value: Number.parseFloat(v.number),
          raw: v.percent ? `${v.number}%` : v.number,
          ...provenance(sentence, start, end, a.rule),
        });
      };
      const assigned = listed.get(start);
      if (assigned) {
        push(assigned);
        continue;
      }
      // "raises BLEU by 0.9 on X" is a gain in a named metric; other deltas are not scores
      const gain = metrics.find(
        (x) =>
          /^\s+by\s+$/.test(text.slice(x.end, start)) &&
          GAIN.test(text.slice(Math.max(sentence.start, x.start - 30), x.start)),
      );
      if (!gain && DELTA_BEFORE.test(lead.slice(-14))) continue;
      if (DELTA_AFTER.test(text.slice(end, end + 16))) continue;
      const metric = gain ?? metricFor(sentence, metrics, start, end);
      const after = AFTER.exec(text.slice(metric && metric.start > end ? metric.end : end));
      const anchor = metric && metric.start > end ? metric.end : end;
      const onSet = after ? sets.find((d) => d.start === anchor + after[0].length) : undefined;
      const paren = text[start - 1] === '(';
      const nameBefore = paren ? names.find((n) => n.end >= start - 3 && n.end < start) : undefined;
      // "(69.4 vs. 51.0)" after a dataset: the paper's value, then the baseline's
      const versus =
        paren && VERSUS_NEXT.test(text.slice(end))
          ? sets.findLast((d) => d.end <= start)
          : undefined;
      if (versus && !nameBefore) {
        const m = metrics.findLast((x) => x.end <= start);
        push({
          dataset: versus.name,
          metric: m?.name ?? UNNAMED_METRIC,
          method: ownMethod,
          rule: 'range-to',
        });
        continue;
      }
      if (last && VERSUS_AFTER.test(lead)) {
        const baseline = names.findLast((n) => n.end <= start && n.name !== ownMethod);
        push({ ...last, method: baseline?.name ?? null, rule: 'range-from' });
        continue;
      }
      let dataset = onSet?.name;
      let metricName = metric?.name;
      let method: string | null = ownMethod;
      let rule: RuleName = metric ? 'metric-value' : 'baseline-value';
      if (!metricName && nameBefore && last) {
        ({ metric: metricName, dataset } = last);
        method = nameBefore.name;
      }
      if (metricName && !dataset) {
        const before = sets.filter((d) => d.end <= start);
        dataset = before.at(-1)?.name ?? (onSet ? undefined : last?.dataset);
      }
      if (!metricName && onSet && last) {
        metricName = last.metric;
        rule = 'carried-metric';
      }
      // "from 12.5% to 9.1%", "compared with 65.0 for BERT": the previous value's terms
      if (!metricName && last && THEN.test(lead)) {
        ({ metric: metricName, dataset } = last);
        if (RANGE_TO.test(lead)) rule = 'range-to';
      }
      if (!metricName || !dataset) continue;
      // the old end of "from 51.0% to 69.4%" is not the paper's: a baseline's when one is named
      if (RANGE_FROM.test(lead) && RANGE_NEXT.test(text.slice(end))) {
        const between = metric && metric.end <= start ? [metric.end, start] : [start, start];
        const baseline = names.find(
          (n) => n.start >= (between[0] ?? 0) && n.end <= start && n.name !== ownMethod,
        );
        method = baseline?.name ?? null;
        rule = 'range-from';
      }
      push({ dataset, metric: metricName, method, rule });
    }
  }
  return results;
}

/**
 * Values paired in order with the datasets of a list: "69% and 8.38 on MMLU and MT-bench",
 * "75.8% and 93.5% accuracy on the A and B benchmarks respectively", "On A and B, it scores 41.2
 * and 38.0, respectively". Only when the two lists are as long as each other.
 */
function respective(
  sentence: SentenceText,
  values: Value[],
  metrics: Metric[],
  sets: Candidate[],
  ownMethod: string | null,
): Map<number, Assigned> {
  const out = new Map<number, Assigned>();
  const text = sentence.owner.text;
  for (let i = 0; i < values.length; ) {
    let j = i;
    while (
      j + 1 < values.length &&
      LIST_GAP.test(text.slice((values[j] as Value).end, (values[j + 1] as Value).start))
    )
      j++;
    const run = values.slice(i, j + 1);
    i = j + 1;
    const first = run[0] as Value;
    const lastValue = run.at(-1) as Value;
    if (run.length < 2) continue;
    const lead = text.slice(Math.max(sentence.start, first.start - 40), first.start);
    if (DELTA_BEFORE.test(lead.slice(-14))) continue;
    const metricAfter = metrics.find(
      (m) => m.start >= lastValue.end && /^\s*$/.test(text.slice(lastValue.end, m.start)),
    );
    const metric = metricAfter ?? metricFor(sentence, metrics, first.start, first.end);
    // without a metric, only values the paper says it scores: not "batch sizes of 256 and 512"
    if (!metric && !SCORED.test(lead)) continue;
    const anchor = metricAfter ? metricAfter.end : lastValue.end;
    const on = LIST_ON.exec(text.slice(anchor));
    let list = on ? datasetList(text, sets, anchor + on[0].length) : [];
    if (list.length === 0 && RESPECTIVELY.test(text.slice(anchor))) {
      // the datasets named before the values
      const before = sets.filter((d) => d.end <= first.start);
      for (let k = before.length - 1; k >= 0 && list.length === 0; k--) {
        const l = datasetList(text, before, (before[k] as Candidate).start);
        if (l.length === run.length) list = l;
      }
    }
    if (list.length !== run.length) continue;
    run.forEach((v, k) => {
      out.set(v.start, {
        dataset: (list[k] as Candidate).name,
        metric: metric?.name ?? UNNAMED_METRIC,
        method: ownMethod,
        rule: 'respective-value',
      });
    });
  }
  return out;
}

/** The datasets of a list starting at `at`: "MMLU and MT-bench", "A, B, and the C". */
function datasetList(text: string, sets: Candidate[], at: number): Candidate[] {
  const list: Candidate[] = [];
  let d = sets.find((x) => x.start === at);
  while (d) {
    list.push(d);
    const prev: Candidate = d;
    d = sets.find((x) => x.start >= prev.end && LIST_GAP.test(text.slice(prev.end, x.start)));
  }
  return list;
}

function findMetrics(sentence: SentenceText): Metric[] {
  const found: Metric[] = [];
  const { tokens } = sentence;
  for (let i = 0; i < tokens.length; i++) {
    const m = METRICS.matchAt(tokens, i);
    if (!m) continue;
    found.push({
      name: sentence.owner.text.slice(m.start, m.end),
      start: m.start,
      end: m.end,
      from: m.from,
      to: m.to,
    });
    i = m.to - 1;
  }
  return found;
}

/** The metric written next to a value: "18.93 BLEU", "perplexity of 15.36", "FID scores of 3.26". */
function metricFor(
  sentence: SentenceText,
  metrics: Metric[],
  start: number,
  end: number,
): Metric | undefined {
  const text = sentence.owner.text;
  const after = metrics.find((m) => m.start >= end && /^\s*$/.test(text.slice(end, m.start)));
  if (after) return after;
  const i = tokenIndexAt(sentence, start);
  return metrics.find(
    (m) =>
      m.to <= i &&
      i - m.to <= 4 &&
      (/^\s*(?:scores?|values?|rates?)?\s*(?:of|=|:|is|at|reaching|achieving)?\s*(?:only\s+)?$/i.test(
        text.slice(m.end, start),
      ) ||
        // "the error rate of ResNet-18 from 12.5%", "the accuracy of X to 80%"
        /^\s+(?:of|on)\s+[\w.+-]+(?:\s[\w.+-]+)?\s+(?:from|to)\s+$/.test(text.slice(m.end, start))),
  );
}
