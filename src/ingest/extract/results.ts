import type { ResultMention } from '../../graph/model.js';
import type { PaperText, SentenceText } from './document.js';
import { provenance } from './document.js';
import { METRICS } from './lexicon.js';
import type { Candidate } from './mentions.js';
import { tokenIndexAt } from './names.js';

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

/**
 * Results: a value tied to a metric on a named dataset ("perplexity of 15.36 on OpenWebText",
 * "FID scores of 3.26 on CIFAR-10 and 6.98 on ImageNet-32", "Rotowire (18.93 BLEU)", "73.8% top-1
 * accuracy"), and a baseline's value in parentheses after its name in the same sentence
 * ("outperforming previous MDM (21.52)"). Nothing without a dataset.
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
    let last = null as { metric: string; dataset: string } | null;
    for (const m of sentence.text.matchAll(NUMBER)) {
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      const text = sentence.owner.text;
      const lead = text.slice(Math.max(sentence.start, start - 40), start);
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
      let dataset = onSet?.name;
      let metricName = metric?.name;
      let method: string | null = ownMethod;
      if (!metricName && nameBefore && last) {
        ({ metric: metricName, dataset } = last);
        method = nameBefore.name;
      }
      if (metricName && !dataset) {
        const before = sets.filter((d) => d.end <= start);
        dataset = before.at(-1)?.name ?? (onSet ? undefined : last?.dataset);
      }
      if (!metricName && onSet && last) metricName = last.metric;
      // "from 12.5% to 9.1%", "compared with 65.0 for BERT": the previous value's terms
      if (!metricName && last && THEN.test(lead)) ({ metric: metricName, dataset } = last);
      if (!metricName || !dataset) continue;
      last = { metric: metricName, dataset };
      results.push({
        method,
        dataset,
        metric: metricName,
        value: Number.parseFloat(m[1] ?? ''),
        raw: m[2] ? `${m[1]}%` : (m[1] ?? ''),
        ...provenance(sentence, start, end, metric ? 'metric-value' : 'baseline-value'),
      });
    }
  }
  return results;
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
