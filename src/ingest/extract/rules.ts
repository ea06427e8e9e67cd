/**
 * Every extraction rule in one table: the kind of thing it finds, how sure it is and what it
 * matches. Provenance on every extracted edge names a rule from here, and a rule's confidence is
 * read from here only, so a frontend filtering links by confidence gets what the calibration table
 * (`npm run eval:extract`) measured for that band.
 *
 * Precedence, when rules of two kinds claim the same name in one paper: the kind whose strongest
 * rule has the higher `precedence` keeps it, and on a tie the dataset wins over the method and
 * both over the task. Within a kind, the first rule in this table to claim a span keeps it.
 */
export type RuleKind = 'dataset' | 'method' | 'task' | 'result' | 'repository';

export interface Rule {
  kind: RuleKind;
  /** Probability that a mention found by this rule is right, in [0, 1]. */
  confidence: number;
  /** Which kind keeps a name that rules of two kinds claim; higher wins. */
  precedence: number;
  description: string;
}

export const RULES = {
  'dataset-title': {
    kind: 'dataset',
    confidence: 0.7,
    precedence: 90,
    description:
      'the name heading a title that announces a benchmark: "FooQA: A Benchmark for ..."',
  },
  'dataset-apposition': {
    kind: 'dataset',
    confidence: 0.75,
    precedence: 85,
    description: 'a name described as a dataset: "we release FooQA, a new benchmark for ..."',
  },
  'dataset-lexicon': {
    kind: 'dataset',
    confidence: 0.95,
    precedence: 80,
    description: 'a name from the dataset lexicon (data/lexicons)',
  },
  'dataset-word': {
    kind: 'dataset',
    confidence: 0.75,
    precedence: 70,
    description:
      'names before a dataset word: "the Maestro dataset", "CoVoST-2 and MuST-C datasets"',
  },
  'dataset-word-list': {
    kind: 'dataset',
    confidence: 0.8,
    precedence: 65,
    description: 'names listed after a dataset word and a comma or colon: "two datasets: A and B"',
  },
  'dataset-word-after': {
    kind: 'dataset',
    confidence: 0.85,
    precedence: 55,
    description: 'a name after a dataset word: "benchmarks such as GLUE"',
  },
  'dataset-shape': {
    kind: 'dataset',
    confidence: 0.85,
    precedence: 60,
    description: 'a name that is itself a benchmark: "LongBench", "T0-benchmark"',
  },
  'dataset-source': {
    kind: 'dataset',
    confidence: 0.75,
    precedence: 40,
    description: 'what a model is trained, tuned or evaluated on: "pretrained on BarNet-5M"',
  },
  'dataset-scored': {
    kind: 'dataset',
    confidence: 0.7,
    precedence: 40,
    description: 'where a score is measured: "33.1 mAP on FooDet"',
  },
  'dataset-list': {
    kind: 'dataset',
    confidence: 0.8,
    precedence: 30,
    description: 'another name in a list that holds a dataset: "ETTm2, Solar and Exchange"',
  },
  'dataset-repeat': {
    kind: 'dataset',
    confidence: 0.65,
    precedence: 30,
    description: 'a later mention of a name found as a dataset elsewhere in the paper',
  },
  'propose-verb': {
    kind: 'method',
    confidence: 0.85,
    precedence: 50,
    description: 'the object of a propose verb in the paper\'s voice: "we propose FooNet"',
  },
  'propose-acronym': {
    kind: 'method',
    confidence: 0.95,
    precedence: 50,
    description:
      'an acronym defined after a propose verb: "we introduce Sparse Value Dropout (SVD)"',
  },
  'propose-apposition': {
    kind: 'method',
    confidence: 0.75,
    precedence: 50,
    description: 'a lower-case name with an apposition: "we present trellis networks, a new ..."',
  },
  'naming-phrase': {
    kind: 'method',
    confidence: 0.9,
    precedence: 50,
    description: 'a name after "called", "dubbed", "termed" in the paper\'s voice',
  },
  'our-method': {
    kind: 'method',
    confidence: 0.75,
    precedence: 50,
    description: 'a name after "our method/model/framework": "our framework, FooNet"',
  },
  'title-name': {
    kind: 'method',
    confidence: 0.95,
    precedence: 50,
    description: 'a one-word name heading the title: "PartialFormer: ..."',
  },
  'title-phrase': {
    kind: 'method',
    confidence: 0.75,
    precedence: 45,
    description: 'a capitalised model phrase heading the title: "Trellis Networks for ..."',
  },
  'resulting-name': {
    kind: 'method',
    confidence: 0.8,
    precedence: 50,
    description:
      'the name of what the method yields: "resulting in FooLM", "the resulting model Foo-3"',
  },
  'own-acronym': {
    kind: 'method',
    confidence: 0.85,
    precedence: 50,
    description: "a definition of the proposed method's acronym outside the propose sentence",
  },
  'title-acronym': {
    kind: 'method',
    confidence: 0.75,
    precedence: 45,
    description:
      'a definition whose long form extends the title\'s name: "Pivotal Tuning Inversion (PTI)"',
  },
  'own-part': {
    kind: 'method',
    confidence: 0.8,
    precedence: 40,
    description: 'an acronym defined in a sentence about the proposed method: one of its parts',
  },
  'proposed-variant': {
    kind: 'method',
    confidence: 0.85,
    precedence: 40,
    description: 'a variant of a proposed name: "MHR-z", "TensorPoly-II"',
  },
  'method-lexicon': {
    kind: 'method',
    confidence: 0.9,
    precedence: 60,
    description: 'a name from the method lexicon (data/lexicons)',
  },
  'method-lexicon-common': {
    kind: 'method',
    confidence: 0.7,
    precedence: 30,
    description:
      'a lexicon method whose name is an ordinary word ("Chameleon"): yields to datasets',
  },
  'acronym-known': {
    kind: 'method',
    confidence: 0.95,
    precedence: 55,
    description: 'an acronym definition of a lexicon method: "Low-Rank Adaptation (LoRA)"',
  },
  'acronym-definition': {
    kind: 'method',
    confidence: 0.9,
    precedence: 35,
    description: 'another acronym definition whose long form ends like a method',
  },
  'eponym-method': {
    kind: 'method',
    confidence: 0.65,
    precedence: 40,
    description: 'a surname naming a method: "Brzozowski\'s method", "Rayleigh-Ritz projection"',
  },
  'method-apposition': {
    kind: 'method',
    confidence: 0.8,
    precedence: 45,
    description: 'a name described as a method: "FooBrush, a one-step diffusion model"',
  },
  'used-cue': {
    kind: 'method',
    confidence: 0.7,
    precedence: 20,
    description: 'names after a comparison or use cue: "outperforms LoRA and MeProp"',
  },
  'used-tool': {
    kind: 'method',
    confidence: 0.6,
    precedence: 20,
    description:
      'a mixed-case or digit-bearing name after "with", "using", "via", "leveraging": "tuned with FooLM-7B"',
  },
  'based-on': {
    kind: 'method',
    confidence: 0.6,
    precedence: 20,
    description: 'X in "X-based" for a name-shaped X',
  },
  'task-lexicon': {
    kind: 'task',
    confidence: 0.8,
    precedence: 46,
    description:
      'a task name from the task lexicon; it keeps a name that a weaker method or dataset rule claims',
  },
  'task-head-title': {
    kind: 'task',
    confidence: 0.9,
    precedence: 10,
    description:
      'a task head noun with its modifiers in the title, or a strong head alone: "Abstractive Summarization", "Relighting"; not the method half of "X for <task>" nor a kind of training after "<task> with/via"',
  },
  'task-head': {
    kind: 'task',
    confidence: 0.6,
    precedence: 10,
    description:
      'a task head noun with its modifiers: "medical image segmentation"; a weak head (learning, training, tuning, ...) only after a noun or field adjective: "preference learning", not "explicit training"; modifiers stop at evaluative words, verbs and manner compounds ("modern", "analyze", "widely-used", "two-stage")',
  },
  'task-list': {
    kind: 'task',
    confidence: 0.85,
    precedence: 10,
    description: 'the items of a list of tasks: "tasks such as A, B and C"',
  },
  'task-frame': {
    kind: 'task',
    confidence: 0.65,
    precedence: 10,
    description:
      'the phrase before "task(s)" or "problem(s)": "the graph coloring problem"; not what is said of problems ("open problems") nor, in an abstract, a one-word problem that is an issue ("the instability problem")',
  },
  'task-coordinated': {
    kind: 'task',
    confidence: 0.75,
    precedence: 10,
    description:
      'the first of two modifiers that share a task head, with the head: "depth estimation" in "depth and normal estimation", "zero-shot classification" in "zero-shot and few-shot classification"',
  },
  'task-title-gerund': {
    kind: 'task',
    confidence: 0.6,
    precedence: 10,
    description:
      'a title that opens with the problem it solves, a gerund and its object: "Adapting LLMs to ..."',
  },
  'metric-value': {
    kind: 'result',
    confidence: 0.75,
    precedence: 0,
    description: 'a value with a metric on a dataset: "perplexity of 15.36 on OpenWebText"',
  },
  'baseline-value': {
    kind: 'result',
    confidence: 0.65,
    precedence: 0,
    description: 'a baseline\'s value in parentheses after its name: "previous MDM (21.52)"',
  },
  'respective-value': {
    kind: 'result',
    confidence: 0.75,
    precedence: 0,
    description:
      'values paired in order with a list of datasets: "69% and 8.38 on MMLU and MT-bench"',
  },
  'carried-metric': {
    kind: 'result',
    confidence: 0.65,
    precedence: 0,
    description:
      'a value on a dataset sharing the previous metric: "75.8% accuracy on A and 93.5% on B"',
  },
  'range-to': {
    kind: 'result',
    confidence: 0.75,
    precedence: 0,
    description:
      'the new value of a change or comparison: "from 51.0% to 69.4%", "(69.4 vs. 51.0)"',
  },
  'range-from': {
    kind: 'result',
    confidence: 0.6,
    precedence: 0,
    description:
      'the old value of a change or comparison, the baseline\'s when one is named: "from 51.0% to"',
  },
  'github-url': {
    kind: 'repository',
    confidence: 0.99,
    precedence: 0,
    description: 'a GitHub repository URL',
  },
  'gitlab-url': {
    kind: 'repository',
    confidence: 0.99,
    precedence: 0,
    description: 'a GitLab project URL',
  },
  'huggingface-url': {
    kind: 'repository',
    confidence: 0.99,
    precedence: 0,
    description: 'a Hugging Face model, dataset or space URL',
  },
} as const satisfies Record<string, Rule>;

export type RuleName = keyof typeof RULES;

export function confidenceOf(rule: RuleName): number {
  return RULES[rule].confidence;
}

export function precedenceOf(rule: RuleName): number {
  return RULES[rule].precedence;
}
