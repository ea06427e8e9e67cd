/**
 * Titles and abstracts: sentence patterns of ML abstracts filled from one paper's topic. An
 * abstract is an opening, often a gap in prior work, the proposal, method details, results, a
 * closing remark and sometimes a code link, each part drawing from its own pool of patterns
 * until the abstract reaches a randomly chosen length.
 */
import { inventBenchmark, inventPhrase, type ProposedName } from './names.js';
import type { Random } from './random.js';
import {
  type Area,
  type Concept,
  METRICS,
  type MetricName,
  OPTIMIZERS,
  type Task,
  TRAINING_TRICKS,
} from './vocabulary.js';

const MIN_WORDS = 120;
const MAX_WORDS = 300;

export interface CodeLink {
  host: 'github' | 'gitlab' | 'huggingface';
  url: string;
}

/** What one paper is about: everything its title and abstract mention. */
export interface Topic {
  area: Area;
  task: Task;
  /** Another task of the area the method also handles. */
  secondTask?: Task;
  method: ProposedName;
  concept: Concept;
  technique: Required<Concept>;
  datasets: readonly string[];
  baselines: readonly string[];
  metric: MetricName;
  /** Theory, analysis and position papers often report no numbers. */
  reportsNumbers: boolean;
  /** `\%` in abstracts that keep LaTeX's escaped percent sign. */
  percent: '%' | '\\%';
  code?: CodeLink;
}

const PROBLEMS = [
  'rely on large amounts of labeled data',
  'incur prohibitive memory and compute costs',
  'generalize poorly to out-of-distribution inputs',
  'scale quadratically with the input length',
  'require careful hyperparameter tuning',
  'suffer from error accumulation over long horizons',
  'ignore the structure of the output space',
  'treat all inputs uniformly regardless of their difficulty',
  'break down under small perturbations of the input',
  'depend on hand-crafted heuristics that do not transfer across domains',
];

const OBSTACLES = [
  'annotations are expensive to collect at scale',
  'the training signal is sparse and noisy',
  'evaluation protocols differ widely across benchmarks',
  'the search space grows exponentially with problem size',
  'models overfit to spurious correlations in the training data',
  'inference latency is dominated by memory bandwidth rather than compute',
];

const SETTINGS = [
  'low-resource settings',
  'open-world settings',
  'resource-constrained environments',
  'safety-critical deployments',
  'the presence of distribution shift',
];

const NEGLECTED_ASPECTS = [
  'robustness to distribution shift',
  'behaviour at scale',
  'efficiency on commodity hardware',
  'performance in low-resource settings',
  'calibration of the predicted confidence',
];

/** Third person singular: "X ...". */
const MECHANISMS = [
  'adaptively allocates computation to the most informative inputs',
  'decouples representation learning from task-specific adaptation',
  'combines a lightweight encoder with a memory-efficient decoder',
  'replaces dense attention with a sparse routing mechanism',
  'leverages unlabeled data through consistency regularization',
  'distills knowledge from a large teacher into a compact student',
  'models predictive uncertainty explicitly during training',
  'enforces consistency across augmented views of the same input',
  'jointly captures local detail and global context',
  'reuses intermediate features across layers to avoid redundant computation',
  'learns a shared latent space in which related inputs are close',
  'refines its predictions iteratively with a learned feedback signal',
];

const CLAIMS = [
  'converges at the same rate as standard training',
  'provably reduces the variance of the gradient estimator',
  'admits a closed-form solution in the linear case',
  'recovers several existing methods as special cases',
  'is invariant to the ordering of its inputs',
];

const LIMITATIONS = [
  'high-quality pre-trained backbones',
  'English-only training data',
  'a fixed compute budget',
  'access to ground-truth annotations during training',
  'a small number of hyperparameters that still need tuning',
];

const INSIGHTS = [
  'scaling data is more effective than scaling model size in this regime',
  'simple baselines remain surprisingly competitive when tuned carefully',
  'evaluation on a single benchmark can be misleading',
  'most of the gains come from better optimization rather than architecture',
  'pre-training data quality matters more than its quantity',
];

const IMPORTANCE = [
  'data quality',
  'inductive biases',
  'careful evaluation',
  'efficient architectures',
  'training stability',
];

const PROPERTIES = [
  'more transferable',
  'better calibrated',
  'more interpretable',
  'semantically meaningful',
  'more compact',
];

const RESOURCES = ['memory footprint', 'training cost', 'inference latency', 'communication cost'];

const DESCRIPTIONS = [
  'lightweight',
  'scalable',
  'unified',
  'general-purpose',
  'training-free',
  'data-efficient',
  'principled',
  'modular',
  'efficient',
];

const TITLE_ADJECTIVES = [
  'Efficient',
  'Scalable',
  'Robust',
  'Unified',
  'Lightweight',
  'Simple',
  'Training-Free',
  'Data-Efficient',
  'Generalizable',
  'Interpretable',
  'Fast',
  'Accurate',
];

const TITLE_PROPERTIES = ['Robustness', 'Scalability', 'Limits', 'Generalization', 'Calibration'];

// Plain "x" is the most common way to write a speed-up; LaTeX's \times survives in some.
const TIMES = ['$\\times$', '×', '×', 'x', 'x', 'x'];

const SMALL_WORDS = new Set('a an and at by for in of on or the to'.split(' '));
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const article = (word: string) => (/^[aeio]/i.test(word) ? 'an' : 'a');
// Words are separated by single spaces; counting them avoids splitting every sentence.
const countWords = (text: string) => {
  let words = 1;
  for (let i = text.indexOf(' '); i !== -1; i = text.indexOf(' ', i + 1)) words++;
  return words;
};

/** Title case that leaves acronyms alone: `text-to-image generation` → `Text-to-Image Generation`. */
function titleCase(text: string): string {
  return text
    .split(' ')
    .map((word, i) =>
      word
        .split('-')
        .map((part, j) => ((i > 0 || j > 0) && SMALL_WORDS.has(part) ? part : capitalise(part)))
        .join('-'),
    )
    .join(' ');
}

function list(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** One abstract in the making: the topic plus what it has already mentioned. */
class Writer {
  readonly #used = new Set<string>();

  constructor(
    readonly rng: Random,
    readonly topic: Topic,
  ) {}

  /** `count` distinct items, those this abstract has not used yet first, so its sentences vary. */
  several(items: readonly string[], count: number): string[] {
    const unused = items.filter((item) => !this.#used.has(item));
    const used = items.filter((item) => this.#used.has(item));
    const chosen = [...this.rng.shuffle(unused), ...this.rng.shuffle(used)].slice(0, count);
    for (const item of chosen) this.#used.add(item);
    return chosen;
  }

  fresh(items: readonly string[]): string {
    return this.several(items, 1).join('');
  }

  get name(): string {
    return this.topic.method.name;
  }

  get task(): string {
    return this.topic.task.name;
  }

  // Acronyms as written in running text: `writeAbstract` spells out each one's first mention.
  get concept(): string {
    return this.topic.concept.short ?? this.topic.concept.long;
  }

  get technique(): string {
    return this.topic.technique.short;
  }

  dataset(): string {
    return this.fresh(this.topic.datasets);
  }

  baseline(): string {
    return this.fresh(this.topic.baselines);
  }

  /** Two different datasets (or baselines), for "on A and B". */
  twoDatasets(): string {
    return list(this.several(this.topic.datasets, 2));
  }

  twoBaselines(): string {
    return list(this.several(this.topic.baselines, 2));
  }

  /** A clause that lengthens a sentence half the time: real abstracts' sentences run long. */
  maybe(clause: () => string): string {
    return this.rng.chance(0.5) ? clause() : '';
  }

  /** `a top-1 accuracy`, `an FID`: the metric with its article. */
  metricPhrase(): string {
    const { metric } = this.topic;
    return `${METRICS[metric].an ? 'an' : 'a'} ${metric}`;
  }

  format(value: number): string {
    const { decimals, unit = '' } = METRICS[this.topic.metric];
    return value.toFixed(decimals) + (unit === '%' ? this.topic.percent : unit);
  }

  score(): string {
    const { min, max } = METRICS[this.topic.metric];
    return this.format(this.rng.between(min, max));
  }

  /** A baseline's score, the method's better one, and the difference. */
  comparison(): { before: string; after: string; gain: string } {
    const { min, max, decimals, lowerIsBetter } = METRICS[this.topic.metric];
    const span = max - min;
    const worse = this.rng.between(min, max - span * 0.2);
    const gap = Math.max(span * this.rng.between(0.01, 0.15), 10 ** -decimals);
    const [before, after] = lowerIsBetter ? [worse + gap, worse] : [worse, worse + gap];
    return { before: this.format(before), after: this.format(after), gain: this.format(gap) };
  }
}

type Pattern = (w: Writer) => string | undefined;

const OPENING: Pattern[] = [
  (w) =>
    `${capitalise(w.task)} is ${w.fresh(['a fundamental problem', 'a long-standing challenge', 'an active research area'])} in ${w.topic.area.field}.`,
  (w) => `${capitalise(w.concept)} have achieved remarkable success in ${w.task}.`,
  (w) =>
    `Recent advances in ${w.concept} have substantially improved the state of the art in ${w.task}${w.maybe(() => `, yet their ${w.fresh(NEGLECTED_ASPECTS)} remains poorly understood`)}.`,
  (w) =>
    `${capitalise(w.task)} underpins many real-world applications, yet remains challenging in ${w.fresh(SETTINGS)}.`,
  (w) => `Models such as ${w.twoBaselines()} have become the de facto standard for ${w.task}.`,
  (w) => `Scaling ${w.concept} has driven rapid progress on benchmarks such as ${w.twoDatasets()}.`,
];

const GAP: Pattern[] = [
  (w) =>
    `However, existing methods such as ${w.baseline()} ${w.fresh(PROBLEMS)}${w.maybe(() => `, which limits their use in ${w.fresh(SETTINGS)}`)}.`,
  (w) => `Despite this progress, current approaches still ${w.fresh(PROBLEMS)}.`,
  (w) => `A key obstacle is that ${w.fresh(OBSTACLES)}.`,
  (w) =>
    `Moreover, most prior work evaluates only on ${w.dataset()}, leaving ${w.fresh(NEGLECTED_ASPECTS)} largely unexplored.`,
  (w) => `In particular, ${w.concept} ${w.fresh(PROBLEMS)}.`,
];

/** The first mention of the proposed method, spelling out its acronym. */
function introduce(w: Writer): string {
  const { name, longForm } = w.topic.method;
  return longForm ? `${longForm} (${name})` : name;
}

const noun = (w: Writer) => w.fresh(w.topic.area.nouns);

const PROPOSAL: Pattern[] = [
  (w) =>
    `We propose ${introduce(w)}, a novel ${noun(w)} for ${w.task}${w.maybe(() => ` that ${w.fresh(MECHANISMS)}`)}.`,
  (w) => {
    const description = w.fresh(DESCRIPTIONS);
    return `In this paper, we introduce ${introduce(w)}, ${article(description)} ${description} ${noun(w)} that ${w.fresh(MECHANISMS)}.`;
  },
  (w) => {
    const what = noun(w);
    return `This paper presents ${introduce(w)}: ${article(what)} ${what} for ${w.task} that ${w.fresh(MECHANISMS)}.`;
  },
  (w) =>
    `We introduce ${introduce(w)}, a simple yet effective ${noun(w)} for ${w.task} built on ${w.baseline()}.`,
];

// Only after a sentence about the shortcomings of prior work.
const ANSWER: Pattern = (w) =>
  `To address these issues, we present ${introduce(w)}, which ${w.fresh(MECHANISMS)}.`;

const METHOD: Pattern[] = [
  (w) => `Specifically, ${w.name} ${w.fresh(MECHANISMS)}, and ${w.fresh(MECHANISMS)}.`,
  (w) => `Unlike prior methods based on ${w.technique}, ${w.name} ${w.fresh(MECHANISMS)}.`,
  (w) =>
    `We train ${w.name} with ${w.fresh(OPTIMIZERS)} and ${w.fresh(TRAINING_TRICKS)}${w.maybe(() => ` and evaluate it on ${list(w.topic.datasets)}`)}.`,
  (w) =>
    w.topic.area.corpora.length > 0
      ? `${w.name} is pre-trained on ${w.fresh(w.topic.area.corpora)} and fine-tuned on ${w.dataset()}.`
      : undefined,
  (w) => `Our theoretical analysis shows that ${w.name} ${w.fresh(CLAIMS)}.`,
  (w) => {
    const approximately = w.rng.chance(0.1) ? '$\\sim$' : '';
    return `${w.name} adds only ${approximately}${w.rng.between(0.1, 5).toFixed(1)}${w.topic.percent} trainable parameters and is compatible with off-the-shelf backbones such as ${w.baseline()}.`;
  },
  (w) =>
    `At its core, ${w.name} uses ${w.rng.pick(['a', 'a new'])} ${w.rng.pick(['module', 'block', 'layer'])} that ${w.fresh(MECHANISMS)}.`,
  (w) => `${w.name} builds on ${w.baseline()} but ${w.fresh(MECHANISMS)}.`,
  (w) => `We further combine ${w.name} with ${w.technique} to reduce its ${w.fresh(RESOURCES)}.`,
  (w) =>
    `${w.name} requires no additional training data and can be applied to existing ${w.concept}.`,
];

/** Result sentences that report a value of the paper's metric on one of its datasets. */
const SCORES: Pattern[] = [
  (w) => {
    const { after, gain } = w.comparison();
    return `On ${w.dataset()}, ${w.name} achieves ${w.metricPhrase()} of ${after}, outperforming ${w.baseline()} by ${gain}${w.maybe(() => ` while using ${w.rng.int(10, 60)}${w.topic.percent} fewer parameters`)}.`;
  },
  (w) =>
    `${w.name} reaches ${w.score()} ${w.topic.metric} on ${w.dataset()}, setting a new state of the art${w.maybe(() => ' among models of comparable size')}.`,
  (w) => {
    const { before, after } = w.comparison();
    const verb = METRICS[w.topic.metric].lowerIsBetter ? 'reduces' : 'improves';
    return `Compared with ${w.baseline()}, ${w.name} ${verb} ${w.topic.metric} on ${w.dataset()} from ${before} to ${after}.`;
  },
  (w) =>
    `With ${w.rng.int(20, 70)}${w.topic.percent} fewer parameters than ${w.baseline()}, ${w.name} attains ${w.score()} ${w.topic.metric} on ${w.dataset()}.`,
  (w) =>
    `Notably, ${w.name} improves ${w.topic.metric} by ${w.comparison().gain} over the strongest baseline on ${w.dataset()}.`,
];

const FINDINGS: Pattern[] = [
  (w) =>
    `Extensive experiments on ${list(w.topic.datasets)} demonstrate that ${w.name} consistently outperforms ${list(w.topic.baselines)}${w.maybe(() => ` while requiring ${w.rng.int(10, 70)}${w.topic.percent} less training compute`)}.`,
  (w) => `${w.name} outperforms ${w.twoBaselines()} on ${w.twoDatasets()}.`,
  (w) =>
    `${w.name} runs ${w.rng.between(1.2, 8).toFixed(1)}${w.rng.pick(TIMES)} faster than ${w.baseline()} at inference time while using ${w.rng.int(10, 60)}${w.topic.percent} less memory.`,
  (w) =>
    `Ablation studies confirm the contribution of each component of ${w.name}${w.maybe(() => ` and show that ${w.fresh(INSIGHTS)}`)}.`,
  (w) =>
    w.topic.secondTask &&
    `${w.name} also generalizes to ${w.topic.secondTask.name}, where it matches ${w.baseline()} without task-specific tuning.`,
  (w) =>
    `Moreover, ${w.name} achieves competitive results on ${w.dataset()} without any task-specific tuning.`,
  (w) => {
    const size = w.rng.chance(0.7) ? `${w.rng.int(2, 500)}K` : `${w.rng.between(1, 5).toFixed(1)}M`;
    return `We also release ${inventBenchmark(w.rng)}, a new benchmark of ${size} annotated examples for ${w.task}.`;
  },
];

const CLOSING: Pattern[] = [
  (w) => `We hope ${w.name} will serve as a strong baseline for future research on ${w.task}.`,
  (w) =>
    `We also discuss limitations of our approach, including its reliance on ${w.fresh(LIMITATIONS)}.`,
  (w) => `Our findings suggest that ${w.fresh(INSIGHTS)}.`,
  (w) => `These results highlight the importance of ${w.fresh(IMPORTANCE)} for ${w.task}.`,
  () => 'Finally, we analyse failure cases and outline directions for future work.',
  (w) =>
    `Our analysis further reveals that ${w.name} learns ${w.fresh(PROPERTIES)} representations.`,
];

const CODE_RELEASE = [
  'Code is available at',
  'Our code and pre-trained models are publicly available at',
  'The source code will be released at',
  'We release our implementation at',
  'Code:',
];

const MODEL_RELEASE = ['Our models are available at', 'Model weights are released at'];

type Section = 'opening' | 'gap' | 'proposal' | 'method' | 'results' | 'closing' | 'code';

const SECTIONS: readonly Section[] = [
  'opening',
  'gap',
  'proposal',
  'method',
  'results',
  'closing',
  'code',
];

/** Where extra sentences go, with relative weights: mostly method details and results. */
const EXTRA_SECTIONS = ['opening', 'gap', 'method', 'results', 'closing'] as const;
const EXTRA_WEIGHTS = [1, 1, 4, 3, 2];

export function writeAbstract(rng: Random, topic: Topic): string {
  const w = new Writer(rng, topic);
  const scores = topic.reportsNumbers ? rng.shuffle(SCORES) : [];
  // The first result states the headline number when the paper has one.
  const headline = scores.pop();
  // Two opening sentences and three on prior work's shortcomings are plenty.
  const pools: Record<(typeof EXTRA_SECTIONS)[number], Pattern[]> = {
    opening: rng.sample(OPENING, 2),
    gap: rng.sample(GAP, 3),
    method: rng.shuffle(METHOD),
    results: rng.shuffle([...scores, ...FINDINGS]),
    closing: rng.shuffle(CLOSING),
  };
  const sentences: Record<Section, string[]> = {
    opening: [],
    gap: [],
    proposal: [],
    method: [],
    results: [],
    closing: [],
    code: [],
  };
  let words = 0;
  const push = (section: Section, sentence: string) => {
    sentences[section].push(sentence);
    words += countWords(sentence);
  };
  const say = (section: Section, pattern: Pattern | undefined): boolean => {
    const sentence = pattern?.(w);
    if (sentence !== undefined) push(section, sentence);
    return sentence !== undefined;
  };

  say('opening', pools.opening.pop());
  const hasGap = rng.chance(0.7) && say('gap', pools.gap.pop());
  say('proposal', hasGap && rng.chance(0.3) ? ANSWER : rng.pick(PROPOSAL));
  say('method', pools.method.pop());
  say('results', headline ?? pools.results.pop());
  const { code } = topic;
  if (code) {
    const lead = rng.pick(code.host === 'huggingface' ? MODEL_RELEASE : CODE_RELEASE);
    push('code', `${lead} ${code.url}.`);
  }

  // Spelling out an acronym at its first mention adds its long form's words.
  const acronyms = [topic.concept, topic.technique].flatMap(({ long, short }) =>
    short ? [{ long, short }] : [],
  );
  const budget = acronyms.reduce((left, { long }) => left - countWords(long), MAX_WORDS);
  // Centred near 190 words, about the mean length of real arXiv abstracts.
  const target = Math.round((rng.between(MIN_WORDS, MAX_WORDS) + rng.between(MIN_WORDS, 240)) / 2);
  while (words < target) {
    const weights = EXTRA_SECTIONS.map((s, i) =>
      pools[s].length > 0 ? (EXTRA_WEIGHTS[i] ?? 0) : 0,
    );
    if (weights.every((weight) => weight === 0)) break;
    const section = rng.weighted(EXTRA_SECTIONS, weights);
    const sentence = pools[section].pop()?.(w);
    if (sentence === undefined) continue;
    // A sentence that does not fit ends the abstract: it is long enough by then.
    if (words + countWords(sentence) > budget) break;
    push(section, sentence);
  }

  return acronyms.reduce(
    (text, { long, short }) =>
      text.replace(new RegExp(`(?<![\\w-])${short}(?![\\w-])`), `${long} (${short})`),
    SECTIONS.flatMap((section) => sentences[section]).join(' '),
  );
}

/** Title patterns: half name the method, the rest are plain; each takes a technical phrase. */
type TitlePattern = (w: Writer, adjective: string, phrase: string) => string | undefined;

const TITLES: TitlePattern[] = [
  (w) =>
    w.topic.method.longForm && `${w.name}: ${w.topic.method.longForm} for ${titleCase(w.task)}`,
  (w, adjective) =>
    `${w.name}: ${capitalise(article(adjective))} ${adjective} ${titleCase(noun(w))} for ${titleCase(w.task)}`,
  (w, adjective) => `${w.name}: Towards ${adjective} ${titleCase(w.task)}`,
  (w) =>
    w.topic.secondTask &&
    `${w.name}: Unified ${titleCase(w.task)} \\& ${titleCase(w.topic.secondTask.name)}`,
  (w, adjective, phrase) => `${adjective} ${titleCase(w.task)} with ${phrase}`,
  (w, _, phrase) => `Rethinking ${w.baseline()} for ${titleCase(w.task)}: The Role of ${phrase}`,
  (w, _, phrase) =>
    `On the ${w.rng.pick(TITLE_PROPERTIES)} of ${phrase} in ${titleCase(w.topic.concept.long)}`,
  (w, _, phrase) => `${titleCase(w.task)} via ${phrase}`,
  (w, _, phrase) => `${phrase} Is All You Need for ${titleCase(w.task)}`,
  (w, _, phrase) =>
    `Scaling ${titleCase(w.topic.concept.long)} for ${titleCase(w.task)} with ${phrase}`,
];

export function writeTitle(rng: Random, topic: Topic): string {
  const w = new Writer(rng, topic);
  const phrase = topic.method.longForm ?? inventPhrase(rng);
  for (;;) {
    const title = rng.pick(TITLES)(w, rng.pick(TITLE_ADJECTIVES), phrase);
    if (title) return title;
  }
}
