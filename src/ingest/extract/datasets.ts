import { entityKey } from '../../domain/keys.js';
import type { DatasetRole } from '../../domain/model.js';
import { DATASET_NOUN, DATASET_WORD, LIST_STOP, OWN_VOICE } from './cues.js';
import type { PaperText, SentenceText } from './document.js';
import { canonicalAliases, DATASETS, isVariant, METHODS, METRICS } from './lexicon.js';
import { type Candidate, candidate } from './mentions.js';
import {
  type NameSpan,
  nameAt,
  nameEnding,
  span as nameSpan,
  tokenIndexAt,
  VERSION,
} from './names.js';
import type { RuleName } from './rules.js';
import { isAttribute, isCapitalised, isGeneric, isNameShaped } from './shapes.js';
import type { Token } from './tokens.js';

export interface DatasetCandidate extends Candidate {
  role: DatasetRole;
}

/** The names a sentence's rules found, by first token: the first rule to claim a token keeps it. */
type Spans = Map<number, { span: NameSpan; rule: RuleName; aliases?: string[] }>;

const LANG_PAIR = /^[A-Z][a-z]{1,2}(?:-|→|2)[A-Z][a-z]{1,2}$/;
const INTRODUCE =
  /\b(?:introduce|release|construct|collect|curate|present|build|create|propose)[sd]?\b/i;
const NEW = /\b(?:new|novel|our|first)\b/i;

/**
 * Datasets and benchmarks: names from the lexicon, names next to a dataset word ("the Maestro
 * dataset", "benchmark GLUE", "CoVoST-2 and MuST-C datasets"), and the other names of a list
 * that holds a dataset ("8gaussians-to-moons, CIFAR-10, and ImageNet-32x32").
 */
export function extractDatasets(paper: PaperText): DatasetCandidate[] {
  const found: DatasetCandidate[] = [];
  for (const sentence of paper.sentences) {
    const spans: Spans = new Map();
    const { tokens } = sentence;
    for (let i = 0; i < tokens.length; i++) {
      const lex = DATASETS.matchAt(tokens, i);
      // an ordinary word ("Places", "Pile"), or a name the catalog capitalises written in lower
      // case ("flickr"), only beside a dataset word; a list may add it later
      const lowered =
        lex?.text === lex?.text.toLowerCase() && lex?.entry.form !== lex?.entry.form.toLowerCase();
      const plain = lex && (lex.entry.common || lowered);
      // a split or size written after it ("Switchboard 300h") vouches for the name
      if (plain && !besideDatasetWord(tokens, lex.from, lex.to) && !isVariant(lex)) continue;
      if (lex && !METHODS.matchAt(tokens, i)) {
        const s = nameAt(sentence, i, false);
        // the lexicon's extent, but with a language pair: "WMT14 En-De", "IWSLT14 De→En"
        const to = LANG_PAIR.test(tokens[lex.to]?.text ?? '') ? lex.to + 1 : lex.to;
        const span = s && s.to > to ? nameSpan(sentence, s.from, to) : s;
        spans.set(i, {
          span: span ?? nameFromLex(sentence, lex),
          rule: 'dataset-lexicon',
          aliases: canonicalAliases(lex),
        });
        i = lex.to - 1;
      }
    }
    markDescribedNames(sentence, spans);
    markContextNames(sentence, spans);
    markListedAfterWord(sentence, spans);
    markScoredNames(sentence, spans);
    markSourceNames(sentence, spans);
    markListMembers(sentence, spans);
    const own =
      OWN_VOICE.test(sentence.text) && INTRODUCE.test(sentence.text) && NEW.test(sentence.text);
    const voiced = OWN_VOICE.test(sentence.text) && INTRODUCE.test(sentence.text);
    for (const { span, rule, aliases } of spans.values()) {
      if (isGeneric(span.text) || isAttribute(span.text)) continue;
      const c = candidate(sentence, span.start, span.end, rule, aliases);
      const introduced =
        (own && isNewDataset(sentence, span)) || (rule === 'dataset-apposition' && voiced);
      found.push({ ...c, role: introduced ? 'introduced' : 'used' });
    }
  }
  const title = titleDataset(paper);
  if (title) found.push(title);
  return [...found, ...repeats(paper, found)];
}

/** Words of a title that announce a benchmark after a colon (not "a software suite"). */
const TITLE_BENCHMARK =
  /^:\s+(?:(?:a|an|the)\s+)?(?:[\w-]+,?\s+){0,7}?(?:data ?sets?|benchmarks?|corpus|corpora|test ?beds?|(?:benchmark|evaluation|test) suites?|leaderboards?|arenas?)\b|^:\s+benchmarking\b/i;
/** "X: Augmenting Audio Datasets ...", "X: Scaling Open Data": the title acts on data, names none. */
const TITLE_ACTION = /^:\s+(?!benchmarking\b)[a-z]+ing\b/i;

/**
 * "FooQA: A Benchmark for ...", "FooBench: Benchmarking ...", "Foo-1T: Scaling Data: A Dataset of
 * ...": the title names a new dataset. The name heads the title; any later part may announce it.
 */
function titleDataset(paper: PaperText): DatasetCandidate | null {
  const sentence = paper.title.sentences[0];
  if (!sentence) return null;
  const colon = sentence.text.indexOf(':');
  if (colon < 1 || !announcesBenchmark(sentence.text.slice(colon))) return null;
  const end = sentence.start + colon;
  const j = sentence.tokens.findLastIndex((t) => t.end <= end);
  const s = j >= 0 && j < 6 ? nameAt(sentence, 0, true) : null;
  if (!s || s.end !== (sentence.tokens[j] as Token).end || isGeneric(s.text)) return null;
  return { ...candidate(sentence, s.start, s.end, 'dataset-title'), role: 'introduced' };
}

function announcesBenchmark(afterName: string): boolean {
  for (let at = 0; at >= 0; at = afterName.indexOf(':', at + 1)) {
    const part = afterName.slice(at);
    if (TITLE_BENCHMARK.test(part) && !TITLE_ACTION.test(part)) return true;
  }
  return false;
}

/** ", a new benchmark", " is a large-scale corpus", " serves as a testbed": what precedes is a dataset. */
const DESCRIBED = new RegExp(
  `(?:,\\s*|\\s[-–—]\\s|\\s+(?:is|as|(?:can |will )?serves? as)\\s+)(?:a|an|the)\\s+((?:[\\w-]+,?\\s+){0,7}?)${DATASET_NOUN}\\b`,
  'gi',
);

/** "AIM, a collection of vision models", "a suite of 28 tuned models": the name is the models'. */
const COLLECTION_OF_MODELS =
  /^\s+of\s+(?:[\w-]+\s+){0,4}?(?:models|networks|LLMs|methods|algorithms|agents|policies|architectures|checkpoints)\b/;

/** A cheap test for a dataset noun before DESCRIBED runs. */
const HAS_DATASET_NOUN = new RegExp(`\\b${DATASET_NOUN}\\b`, 'i');

/** "We introduce FooQA, a benchmark for ...", "Uncommon Objects in 3D (uCO3D), a new dataset". */
function markDescribedNames(sentence: SentenceText, spans: Spans): void {
  if (!HAS_DATASET_NOUN.test(sentence.text)) return;
  for (const m of sentence.text.matchAll(DESCRIBED)) {
    const between = (m[1] ?? '').split(/[\s,]+/).filter(Boolean);
    if (between.some((w) => LIST_STOP.has(w) || !/^[a-z][a-z\d-]*$/.test(w))) continue;
    if (COLLECTION_OF_MODELS.test(sentence.text.slice(m.index + m[0].length))) continue;
    const at = sentence.start + m.index;
    const def = sentence.acronyms.find((d) => Math.max(d.short.end, d.long.end) + 1 === at);
    if (def) {
      const { long, short } = def;
      const i = tokenIndexAt(sentence, Math.min(long.start, short.start));
      const j = sentence.tokens.findLastIndex((t) => t.end <= Math.max(long.end, short.end));
      const span = { ...nameSpan(sentence, i, j + 1), ...long };
      spans.set(i, { span, rule: 'dataset-apposition', aliases: [short.text] });
      continue;
    }
    const j = sentence.tokens.findLastIndex((t) => t.end <= at);
    const s = j >= 0 ? (nameEnding(sentence, j) ?? plainNameAt(sentence, j)) : null;
    if (s && !METHODS.has(s.text)) spans.set(s.from, { span: s, rule: 'dataset-apposition' });
  }
}

/** "the Pile corpus", "benchmarks: Hopper, ...", "dataset Places": a dataset word next to it. */
function besideDatasetWord(tokens: Token[], from: number, to: number): boolean {
  const near = [tokens[from - 1], tokens[from - 2], tokens[to], tokens[to + 1]];
  return near.some((t) => t !== undefined && DATASET_WORD.test(t.text));
}

/** Other mentions of a name found as a dataset, so that "On Solar, ..." can carry a result. */
function repeats(paper: PaperText, found: DatasetCandidate[]): DatasetCandidate[] {
  const keys = new Set(found.map((c) => entityKey(c.name)));
  const out: DatasetCandidate[] = [];
  if (keys.size === 0) return out;
  // Only a token that starts one of the found names can start a repeat: skip the rest cheaply.
  const prefixes = new Set([...keys].flatMap((key) => [...key].map((_, n) => key.slice(0, n + 1))));
  const starts = (fold: string) => fold !== '' && prefixes.has(fold);
  for (const sentence of paper.sentences) {
    const taken = found.filter((c) => c.sentence === sentence);
    for (let i = 0; i < sentence.tokens.length; i++) {
      if (!starts(sentence.tokens[i]?.fold ?? '')) continue;
      const s = nameAt(sentence, i, i > 0 || isNameShaped(sentence.tokens[i]?.text ?? ''));
      if (!s || !keys.has(entityKey(s.text))) continue;
      if (!taken.some((c) => c.start < s.end && s.start < c.end)) {
        const c = candidate(sentence, s.start, s.end, 'dataset-repeat');
        out.push({ ...c, role: 'used' });
      }
      i = s.to - 1;
    }
  }
  return out;
}

function nameFromLex(
  sentence: SentenceText,
  lex: { from: number; to: number; start: number; end: number; text: string },
): NameSpan {
  return {
    from: lex.from,
    to: lex.to,
    start: lex.start,
    end: lex.end,
    text: sentence.owner.text.slice(lex.start, lex.end),
  };
}

/** "X dataset", "X and Y benchmarks", "the MS COCO object detection dataset", "benchmark X". */
function markContextNames(sentence: SentenceText, spans: Spans): void {
  const { tokens } = sentence;
  for (let w = 0; w < tokens.length; w++) {
    const word = tokens[w] as Token;
    if (!DATASET_WORD.test(word.text) || isVerbUse(tokens, w)) continue;
    // names before the dataset word, possibly with a few lower-case words between
    let j = w - 1;
    let lower = 0;
    while (
      j >= 0 &&
      lower < 3 &&
      /^[a-z][\w-]*$/.test((tokens[j] as Token).text) &&
      !VERSION.test((tokens[j] as Token).text) &&
      !LIST_STOP.has((tokens[j] as Token).text) &&
      (tokens[j] as Token).text !== 'and'
    ) {
      j--;
      lower++;
    }
    const before = namesEndingAt(sentence, j);
    // "the Jester dataset": a plain capitalised word right after an article
    const article = /^(?:the|a)$/.test(tokens[w - 2]?.text ?? '');
    if (before.length === 0 && lower === 0 && article && isCapitalised(tokens[w - 1]?.text ?? ''))
      before.push(nameSpan(sentence, w - 1, w));
    for (const s of before) {
      if (!spans.has(s.from)) spans.set(s.from, { span: s, rule: 'dataset-word' });
    }
    // "benchmark GLUE", "benchmarks including X", "datasets (e.g., X, Y)"
    const example = /^(?:e\.g|i\.e)$/.test(tokens[w + 1]?.text ?? '');
    const lead =
      example || /^(?:including|like|as)$/.test(tokens[w + 1]?.text ?? '')
        ? 2
        : tokens[w + 1]?.text === 'such'
          ? 3
          : 1;
    const next = w + lead < tokens.length ? nameAt(sentence, w + lead, lead > 1) : null;
    const gap = next
      ? sentence.owner.text.slice((tokens[w + lead - 1] as Token).end, next.start)
      : '';
    // after "including" or "such as" a plain capitalised word is a name too: "Texas"
    const shaped = lead > 1 || isNameShaped(tokens[w + lead]?.text ?? '');
    const clean = example ? /^\.?,?\s*$/.test(gap) : !/[,;.]/.test(gap);
    if (next && !spans.has(next.from) && shaped && clean)
      spans.set(next.from, { span: next, rule: 'dataset-word-after' });
  }
  // names that are themselves benchmarks: "LongBench", "T0-benchmark", "Olympiad Bench"
  tokens.forEach((t, i) => {
    if (/(?:bench|benchmark)$/i.test(t.text) && isNameShaped(t.text) && !spans.has(i)) {
      const s = nameAt(sentence, i, false);
      if (s) spans.set(i, { span: s, rule: 'dataset-shape' });
    } else if (/^(?:Bench|Benchmark)$/.test(t.text) && i > 1) {
      const s = nameEnding(sentence, i);
      if (s && s.from < i && !spans.has(s.from))
        spans.set(s.from, { span: s, rule: 'dataset-shape' });
    }
  });
}

/**
 * After a dataset word: ", " or, within its clause, ": " ("two datasets for segmentation: A and
 * B"), but in a title a colon ends the name ("The Foo Dataset for Bar LLM: Outperforming ...").
 */
const LISTED_AFTER = /^(?:,\s*|(?:\s+[\w-]+){0,4}:\s*)$/;

/** "two action datasets, FineGym and FineDiving", "a new dataset, FooSeg, for ...". */
function markListedAfterWord(sentence: SentenceText, spans: Spans): void {
  const { tokens, owner } = sentence;
  tokens.forEach((word, w) => {
    if (!DATASET_WORD.test(word.text) || isVerbUse(tokens, w)) return;
    for (let k = w + 1; k < Math.min(tokens.length, w + 6); k++) {
      const gap = owner.text.slice(word.end, (tokens[k] as Token).start);
      if (!LISTED_AFTER.test(gap) || (owner.field === 'title' && gap.includes(':'))) continue;
      const next = nameAt(sentence, k, true);
      if (!next || spans.has(next.from) || METHODS.has(next.text)) return;
      const after = owner.text.slice(next.end, sentence.end);
      if (!/^\s*(?:[,;)]|and\b|or\b|for\b|to\b|with\b|which\b|that\b|\.?$)/.test(after)) return;
      spans.set(next.from, { span: next, rule: 'dataset-word-list' });
      return;
    }
  });
}

/** "can FooChat challenge GPT-4", "challenges the view": a dataset word used as a verb. */
function isVerbUse(tokens: Token[], w: number): boolean {
  const next = tokens[w + 1]?.text ?? '';
  return (
    /^challenge[sd]?$/i.test(tokens[w]?.text ?? '') &&
    (/^(?:the|a|an|its|their|our|this|these|existing|current)$/.test(next) || isCapitalised(next))
  );
}

/** "pretrained on 3M images of BarNet-5M", "we train two models on FooSet", "results on
 *  FooQA", "the test split of FooQA". */
const SOURCE =
  /\b(?:(?:(?:pre-?|re)?train(?:ed|s|ing)?|fine-?tun(?:e|ed|es|ing)|evaluat(?:e|ed|es|ing)|test(?:ed|s|ing)?|validat(?:e|ed|es|ing))(?:\s+(?:[a-z][\w-]*|\d[\w.]*)){0,4}?|experiments|results|performance)\s+on\s+(?:the\s+)?(?:[\d.,]+[kKM]?\s\w+\s+of\s+)?|\b(?:subset|split|portion|part|version|test set)\s+of\s+(?:the\s+)?/gi;

function markSourceNames(sentence: SentenceText, spans: Spans): void {
  if (!/ on | of /.test(sentence.text)) return;
  for (const m of sentence.text.matchAll(SOURCE)) {
    // "trained with FooLoss on", "tested in 3 languages on": the object is not what is trained
    const object = m[0]
      .replace(/\s+on\s[\s\S]*$/, '')
      .split(/\s+/)
      .slice(1);
    if (object.some((w) => LIST_STOP.has(w) || w === 'and')) continue;
    const i = tokenIndexAt(sentence, sentence.start + m.index + m[0].length);
    const next = isNameShaped(sentence.tokens[i]?.text ?? '') ? nameAt(sentence, i, false) : null;
    if (next && !spans.has(next.from) && !METHODS.has(next.text))
      spans.set(next.from, { span: next, rule: 'dataset-source' });
  }
}

const VALUE_END = /(?<![\w.-])\d+(?:\.\d+)?\s?%?\s*$/;
const VALUE_OF = /^\s+(?:scores?\s+)?of\s+\d+(?:\.\d+)?\s?%?\s*$/;

/** "33.1 mAP on FooDet", "an F1 of 71.2 on Foo-QA": where a score is measured. */
function markScoredNames(sentence: SentenceText, spans: Spans): void {
  const { tokens, owner } = sentence;
  tokens.forEach((t, i) => {
    if (t.text !== 'on' || i < 2) return;
    const k = tokens[i + 1]?.text === 'the' ? i + 2 : i + 1;
    const next = nameAt(sentence, k, true);
    if (!next || spans.has(next.from) || METHODS.has(next.text)) return;
    const metric = tokens.slice(Math.max(0, i - 4), i).some((_, n, w) => {
      const m = METRICS.matchAt(w, n);
      const between = m ? owner.text.slice(m.end, t.start) : '';
      // the value after the metric ("F1 of 71.2") or the metric after the value ("33.1 mAP")
      return (
        m &&
        (/^\s*$/.test(between)
          ? VALUE_END.test(owner.text.slice(0, m.start))
          : VALUE_OF.test(between))
      );
    });
    if (metric) spans.set(next.from, { span: next, rule: 'dataset-scored' });
  });
}

/** The names of a list whose last name ends at token `j`: "CoVoST-2 and MuST-C", "Public Figures and OSR". */
function namesEndingAt(sentence: SentenceText, j: number): NameSpan[] {
  const names: NameSpan[] = [];
  let end = j;
  while (end >= 0) {
    const s = nameEnding(sentence, end);
    if (!s) break;
    names.push(s);
    let k = s.from - 1;
    const sep = sentence.tokens[k];
    if (sep && (sep.text === 'and' || sep.text === 'or')) k--;
    else if (!sep || !/,\s*$/.test(sentence.owner.text.slice(sep.end, s.start))) break;
    end = k;
  }
  return names;
}

/** "introduce Quillbench, a ...": one capitalised word inside a sentence, after a lower-case one. */
function plainNameAt(sentence: SentenceText, j: number): NameSpan | null {
  const t = sentence.tokens[j];
  const before = sentence.tokens[j - 1];
  if (!t || !before || !isCapitalised(t.text) || isCapitalised(before.text)) return null;
  return nameSpan(sentence, j, j + 1);
}

/** A list with one dataset in it is a list of datasets. */
function markListMembers(sentence: SentenceText, spans: Spans): void {
  const known = [...spans.values()].map((v) => v.span);
  for (const s of known) {
    for (const dir of [-1, 1] as const) {
      let cur = s;
      for (;;) {
        const next = dir > 0 ? listNext(sentence, cur) : listPrev(sentence, cur);
        if (!next || spans.has(next.from)) break;
        // "ETTm2, Solar and Exchange": plain words too, but never a known method
        if (METHODS.has(next.text) && !DATASETS.has(next.text)) break;
        spans.set(next.from, { span: next, rule: 'dataset-list' });
        cur = next;
      }
    }
  }
}

function listNext(sentence: SentenceText, s: NameSpan): NameSpan | null {
  const { tokens, owner } = sentence;
  // a list ends with the name after its "and"
  const before = tokens[s.from - 1]?.text;
  if (before === 'and' || before === 'or') return null;
  let k = s.to;
  const gap = tokens[k] ? owner.text.slice(s.end, (tokens[k] as Token).start) : '';
  if (tokens[k]?.text === 'and' || tokens[k]?.text === 'or') k++;
  else if (!/^,\s*$/.test(gap)) return null;
  if (tokens[k]?.text === 'and') k++;
  if (tokens[k - 1]?.text === 'and') k = pastModifiers(tokens, k);
  const last = /^(?:and|or)$/.test(tokens[k - 1]?.text ?? '');
  const found = k < tokens.length ? nameAt(sentence, k, true) : null;
  // "Solar and Exchange" are two members, not one name
  const and = found
    ? tokens.slice(found.from, found.to).findIndex((t) => /^(?:and|or)$/.test(t.text))
    : -1;
  const next = found && and > 0 ? nameSpan(sentence, found.from, found.from + and) : found;
  // "On Solar, FooNet reaches": a comma that ends a fronted phrase, not a list
  return next && (last || continuesList(sentence, next)) ? next : null;
}

/** "Texas and the newly collected Tolokers": the last member after a few modifiers. */
function pastModifiers(tokens: Token[], k: number): number {
  let n = tokens[k]?.text === 'the' ? k + 1 : k;
  const modifier = (t?: Token) =>
    /^[a-z][a-z-]*$/.test(t?.text ?? '') && !LIST_STOP.has(t?.text ?? '');
  while (n - k < 4 && modifier(tokens[n])) n++;
  return isCapitalised(tokens[n]?.text ?? '') ? n : k;
}

/** The name is followed by a list separator, a closing bracket, a dataset word or the end. */
function continuesList(sentence: SentenceText, s: NameSpan): boolean {
  const rest = sentence.owner.text.slice(s.end, sentence.end);
  const word = sentence.tokens[s.to]?.text ?? '';
  return /^\s*(?:[,;)]|and\b|or\b|\.?$)/.test(rest) || DATASET_WORD.test(word);
}

function listPrev(sentence: SentenceText, s: NameSpan): NameSpan | null {
  const { tokens, owner } = sentence;
  let k = s.from - 1;
  if (tokens[k]?.text === 'and' || tokens[k]?.text === 'or') k--;
  else if (k < 0 || !/^,\s*$/.test(owner.text.slice((tokens[k] as Token).end, s.start)))
    return null;
  return k >= 0 ? nameEnding(sentence, k) : null;
}

function isNewDataset(sentence: SentenceText, span: NameSpan): boolean {
  const after = sentence.owner.text.slice(span.end, span.end + 40);
  const before = sentence.owner.text.slice(Math.max(sentence.start, span.start - 60), span.start);
  return (
    /\b(?:new|novel|our)\b[^.]*$/i.test(before) || /^[\s,]*(?:a|an)\s+(?:new|novel)/i.test(after)
  );
}
