import { entityKey, foldName } from '../../domain/keys.js';
import type { TaskMention } from '../../domain/model.js';
import { type PaperText, provenance, type SentenceText } from './document.js';
import { GENERIC, TASK_HEADS, TASKS, WEAK_TASK_HEADS } from './lexicon.js';
import { type Candidate, candidate } from './mentions.js';
import { isFunctionWord, lexiconTags } from './pos.js';
import { precedenceOf } from './rules.js';
import { isAttribute } from './shapes.js';
import { type Token, tokenize } from './tokens.js';

/**
 * Tasks: short noun phrases ending in a task head noun ("machine translation", "medical image
 * segmentation"), plus well-known task names. compromise's lexicon tells function words and
 * verbs from modifiers.
 */
const MAX_TASKS = 6;
const MAX_MODIFIERS = 3;

const NOT_MODIFIER_TAG =
  /^(?:Determiner|Preposition|Conjunction|Pronoun|Copula|Modal|Adverb|Possessive|QuestionWord|Negative|Auxiliary|Infinitive|PresentTense|PastTense|Gerund|Cardinal|Ordinal|Value|Comparative|Superlative)$/;
/** Evaluative or vague words that do not narrow a task. */
const VAGUE = new Set([
  'various',
  'different',
  'multiple',
  'several',
  'existing',
  'novel',
  'new',
  'such',
  'other',
  'more',
  'most',
  'simple',
  'effective',
  'strong',
  'better',
  'competitive',
  'extensive',
  'standard',
  'many',
  'same',
  'previous',
  'prior',
  'recent',
  'current',
  'conventional',
  'traditional',
  'typical',
  'key',
  'general',
  'overall',
  'final',
  'further',
  'additional',
  'original',
  'proposed',
  'whole',
  'full',
  'entire',
  'each',
  'every',
  'certain',
  'specific',
  'diverse',
  'challenging',
  'careful',
  'costly',
  'practical',
  'popular',
  'common',
  'significant',
  'superior',
  'comparable',
  'remarkable',
  'impressive',
  'high-quality',
  'state-of-the-art',
  'downstream',
  'model',
  'models',
  'method',
  'methods',
  'our',
  'their',
  'its',
  'this',
  'that',
  'these',
  'those',
  'training-free',
  'end-to-end',
  'fast',
  'robust',
  'accurate',
  'scalable',
  'stable',
  'large',
  'small',
  'deep',
  'better',
  'good',
  'best',
  'task',
  'tasks',
  'problem',
  'problems',
  'performance',
  'quality',
  'process',
  'step',
  'time',
  'cost',
  'the',
  'over',
  'advanced',
  'correct',
  'high',
  'theoretical',
  'extended',
  'improved',
  'simultaneous',
  'classic',
  'total',
  'negative',
  'consecutive',
  'learned',
  'generalizable',
  'heavy',
  'brief',
  'surgical',
  'single',
  'direct',
  'joint',
  'statistical',
  'linguistic',
  'end',
  'cost-effective',
  'large-scale',
  'large-model',
  'multi-stage',
  'unbalanced',
  'condition-agnostic',
  'sampling-based',
  'classical',
  'efficient',
  'enhanced',
  'used',
  'experimental',
  'important',
  'distinct',
  'all',
  'dubbed',
  'called',
  'termed',
  'in-depth',
  'next',
  'no',
  // evaluative, quantity and manner words: "lengthy fine-tuning", "less training"
  'lengthy',
  'judicious',
  'explicit',
  'implicit',
  'less',
  'fewer',
  'fundamental',
  'positive',
  'individual',
  'initial',
  'scale',
  'undesirable',
  'swift',
  'slow',
  'limited',
  'excellent',
  'detailed',
  'noisy',
  'subsequent',
  'empirical',
  'systemic',
  'systematic',
  'alternative',
  'inefficient',
  'expensive',
  'forward',
  'shared',
  'similar',
  'etc',
  'real-world',
  'comprehensive',
  'thorough',
  'preliminary',
  'rapid',
  'quick',
  'naive',
  'proper',
  'careful',
  'massive',
  'huge',
  'minimal',
  'suboptimal',
  'unified',
  'generic',
  'powerful',
  'promising',
  'successful',
  'superior',
  'inferior',
  'poor',
  'reliable',
  'flexible',
  'versatile',
  'lightweight',
  'heavyweight',
  'extra',
  'further',
  'whole',
  'basic',
  'crucial',
  'critical',
  'essential',
  'main',
  'primary',
  'possible',
  'potential',
  'actual',
  'real',
  'true',
  'naïve',
  'unnecessary',
  'excessive',
  'insufficient',
  'sufficient',
  'massive',
  // evaluative or bookkeeping adjectives: "modern detection", "available instruction tuning"
  'modern',
  'last',
  'cheap',
  'available',
  'authentic',
  'rigorous',
  'proficient',
  'optimized',
  'ineffective',
  'unseen',
  'sota',
  'insensitive',
  'strict',
  'learnable',
  'synthesized',
  'plug-in',
  'aware',
  'given',
  // verbs compromise reads as nouns or does not know: "we analyze unlearning", "to aid comprehension"
  'analyze',
  'analyse',
  'halt',
  'study',
  'implement',
  'aid',
  // prepositions compromise lists as adjectives: "under adversarial attack"
  'under',
  'above',
  'below',
  'beyond',
]);

/** Evaluative words that are fine before a strong head but never make a weak head a task. */
const EVALUATIVE = new Set([
  'innovative',
  'fine-grained',
  'finer-grained',
  'coarse-grained',
  'finer',
  'coarser',
  'aid',
  'quick',
  'cheap',
  'easy',
  'hard',
  // who or how evaluates, not what: "human evaluation", "quantitative evaluation"
  'human',
  'quantitative',
  'qualitative',
  'function',
  'automatic',
  'manual',
  'accuracy',
]);

const EVALUATIVE_TAIL =
  /-(?:specific|agnostic|expensive|scale|intensive|heavy|consuming|like|oriented|friendly|quality)$/;

/**
 * Adjectives of the field that make a weak head a task ("contrastive learning", "federated
 * learning", "zero-shot transfer"), unlike evaluative ones ("explicit training").
 */
const FIELD_ADJECTIVES = new Set([
  'supervised',
  'unsupervised',
  'self-supervised',
  'semi-supervised',
  'weakly-supervised',
  'contrastive',
  'adversarial',
  'federated',
  'continual',
  'incremental',
  'lifelong',
  'online',
  'offline',
  'active',
  'causal',
  'visual',
  'multimodal',
  'multi-modal',
  'cross-modal',
  'cross-lingual',
  'multilingual',
  'zero-shot',
  'few-shot',
  'one-shot',
  'in-context',
  'multi-task',
  'multitask',
  'multi-agent',
  'bayesian',
  'variational',
  'probabilistic',
  'generative',
  'discriminative',
  'geometric',
  'semantic',
  'neural',
  'symbolic',
  'logical',
  'mathematical',
  'numerical',
  'textual',
  'spatial',
  'temporal',
  'sequential',
  'hierarchical',
  'distributed',
  'decentralized',
  'parameter-efficient',
  'inverse',
  'stochastic',
  'convex',
  'combinatorial',
  'relational',
  'compositional',
  'interactive',
  'autonomous',
  'robotic',
  'embodied',
  'medical',
  'clinical',
  'biomedical',
  'molecular',
  'chemical',
  'legal',
  'financial',
  'musical',
  'cognitive',
  'affective',
  'metric',
  'topological',
  'open-vocabulary',
  'open-set',
  'open-domain',
  'long-context',
  'long-horizon',
  'goal-conditioned',
  'model-based',
  'model-free',
  'test-time',
  'post-training',
  'quantization-aware',
  'instruction',
  'sparse',
  'dense',
  'low-rank',
  'low-bit',
  'quantized',
  'binary',
  'discrete',
  'continuous',
  'latent',
  'conditional',
  'unconditional',
  'controllable',
  // what comes next is the task: "next-token prediction", "next-frame prediction"
  'next-token',
  'next-word',
  'next-frame',
  'next-item',
  'next-action',
  'next-scale',
]);
/** Weak heads that name a procedure run on a model rather than a field of study. */
const PROCEDURES = new Set(['training', 'pretraining', 'tuning', 'finetuning', 'inference']);
/** Words that say how a procedure is run, not what it is run on or for. */
const REGIME =
  /^(?:supervised|(?:zero|one|few|single|multi)-shot|test-time|inference-time|ad-hoc|[a-z]+-free|wall-clock|successive|homogeneous|iterative|naive|vanilla)$/i;

/** Heads too vague to stand without a modifier. */
const NEEDS_MODIFIER = new Set([
  'learning',
  'training',
  'inference',
  'analysis',
  'optimization',
  'search',
  'control',
  'sampling',
  'guidance',
  'alignment',
  'tuning',
  'transfer',
  'composition',
  'decomposition',
  'matching',
  'prediction',
  'estimation',
  'generation',
  'modeling',
  'modelling',
  'reasoning',
  'understanding',
  'deployment',
  'routing',
  'merging',
  'adaptation',
  'generalization',
  'inversion',
  'compression',
  'reconstruction',
  'editing',
  'synthesis',
  'recognition',
  'detection',
  'classification',
  'segmentation',
  'translation',
  'retrieval',
  'planning',
  'acceleration',
  'calibration',
  'interpolation',
  'extrapolation',
  'multiplication',
  'factorization',
  'verification',
  'maintenance',
  'augmentation',
  'decoding',
  'completion',
  'transduction',
  'distillation',
  'tagging',
  'labeling',
  'parsing',
  'ranking',
  'enhancement',
  'restoration',
  'separation',
]);

/**
 * `taken`: the keys of the paper's method and dataset names, each with the precedence of the
 * rule that found it; a task rule of higher precedence keeps a name ("speaker verification" in
 * the task lexicon, read as a method by a weak rule).
 */
export function extractTasks(paper: PaperText, taken: Map<string, number>): TaskMention[] {
  const scored = new Map<string, { c: Candidate; score: number }>();
  /** The candidates of one sentence, before those inside another are dropped. */
  let found: Array<{ c: Candidate; score: number }> = [];
  const bump = (c: Candidate, score: number) => {
    const key = c.name.toLowerCase();
    // a method's or dataset's name or its start is not a task ("Pivotal Tuning [Inversion]"),
    // nor is its tuning or pruning ("BERT tuning"); a name may contain a task ("Model Merging")
    const folded = entityKey(key);
    const mine = precedenceOf(c.rule);
    // one word opens many names: "vision" in "Vision Transformers" is a task still
    const several = /[\s-]/.test(c.name);
    const named = ([t, p]: [string, number]) =>
      p >= mine &&
      (t === folded ||
        (several && t.startsWith(folded) && !ARCHITECTURE.test(t.slice(folded.length))) ||
        (t.length > 3 && folded.endsWith(t)));
    for (const name of taken) if (named(name)) return;
    if (insideEntityName(c, taken)) return;
    found.push({ c, score });
  };
  const add = ({ c, score }: { c: Candidate; score: number }) => {
    // one task however it is spelt: "reinforcement-learning" is "Reinforcement Learning",
    // "image modelling" is "image modeling"
    const key = entityKey(c.name)
      .replace(/isation/g, 'ization')
      .replace(/elling/g, 'eling');
    const prev = scored.get(key);
    if (prev) prev.score += score / 2;
    else scored.set(key, { c, score });
  };
  for (const sentence of paper.sentences) {
    const inTitle = sentence.owner.field === 'title';
    const { tokens } = sentence;
    for (let i = 0; i < tokens.length; i++) {
      const lex = TASKS.matchAt(tokens, i);
      // "produces fluent translations": a plural names outputs, not the task
      const outputs = lex && /ions$/i.test(lex.text) && /ion$/i.test(lex.entry.name);
      // "retrieval-augmented models": the task word only describes them
      const attribute =
        lex &&
        isAttribute(lex.text + (/^-\p{L}+/u.exec(sentence.owner.text.slice(lex.end))?.[0] ?? ''));
      if (lex && !outputs && !attribute)
        bump(
          candidate(sentence, lex.start, lex.end, 'task-lexicon'),
          inTitle ? 3 : 1.5 + contextScore(sentence, lex.end),
        );
      const t = tokens[i] as Token;
      if (FRAMES.has(t.fold)) {
        const c = framedTask(sentence, i, inTitle);
        if (c) bump(c, inTitle ? 3 : 1.5);
        continue;
      }
      if (!TASK_HEADS.has(t.fold)) continue;
      // "the features transfer poorly", "matching the query": the head is a verb there
      if (/^\s+(?:\w+ly|the|a|an|its|their)\b/.test(sentence.owner.text.slice(t.end, t.end + 12)))
        continue;
      const from = modifiersStart(sentence, i, inTitle);
      // "Feynman--Kac training": a phrase does not start inside a dashed name
      const joint =
        from > 0
          ? sentence.owner.text.slice(
              (tokens[from - 1] as Token).end,
              (tokens[from] as Token).start,
            )
          : ' ';
      if (from < i && /^[-–—/]+$/.test(joint)) continue;
      // "depth and normal estimation": the head may name a task with the first modifier only
      let keep = true;
      if (WEAK_TASK_HEADS.has(t.fold)) {
        // "reinforcement learning" but not "explicit training", "lengthy fine-tuning"
        if (from === i) continue;
        const last = (tokens[i - 1] as Token).text;
        // "retrieval augmentation", "translation robustness": a weak head after a strong one
        // names something of that task, which is the task written
        const prev = (tokens[i - 1] as Token).fold;
        if (TASK_HEADS.has(prev) && !WEAK_TASK_HEADS.has(prev)) continue;
        // "supervised fine-tuning", "zero-shot inference": how a model is trained or run, where
        // "supervised learning" names a paradigm
        if (PROCEDURES.has(t.fold) && REGIME.test(last)) continue;
        if (!(fieldModifier(last) || (from < i - 1 && /^models?$/i.test(last)))) {
          if (from !== i - 1) continue;
          keep = false;
        }
      } else if (
        from === i &&
        !inTitle &&
        !framedBare(sentence, i) &&
        (NEEDS_MODIFIER.has(t.fold) || !lex)
      )
        continue;
      const c = candidate(
        sentence,
        (tokens[from] as Token).start,
        t.end,
        inTitle ? 'task-head-title' : 'task-head',
      );
      if (GENERIC.has(c.name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''))) continue;
      if (namesMethod(sentence, c.start, t.end, inTitle)) continue;
      const shared = coordinated(sentence, from, i, inTitle);
      if (shared) bump(shared, (inTitle ? 3 : 1) + contextScore(sentence, t.end));
      if (!keep) continue;
      bump(c, (inTitle ? 3 : 1) + contextScore(sentence, t.end));
    }
    for (const c of sentence.owner.field === 'abstract' ? listedTasks(sentence) : []) bump(c, 2);
    for (const c of inTitle ? titleGerunds(sentence) : []) bump(c, 2.5);
    // a task is written when it stands alone: "[reinforcement learning]" inside "robotic
    // reinforcement learning" is not, but counts when the sentence names it on its own
    for (const f of found)
      if (!found.some((o) => o.c.rule !== 'task-coordinated' && within(f.c, o.c))) add(f);
    found = [];
  }
  // the best few, most specific first
  return [...scored.values()]
    .filter((s) => s.score >= 1)
    .sort((a, b) => b.score - a.score || a.c.start - b.c.start)
    .slice(0, MAX_TASKS)
    .sort((a, b) => b.c.name.length - a.c.name.length)
    .map(({ c }) => ({
      name: c.name,
      aliases: [],
      ...provenance(c.sentence, c.start, c.end, c.rule),
    }));
}

/**
 * What a model's name adds to the task it is built for: "[Visual Navigation] Transformer",
 * "[Speech Recognition] Network" name the task they start with (entity keys, folded).
 */
const ARCHITECTURE =
  /^(?:transformer|network|net|model|encoder|decoder|autoencoder|agent|policy|system|pipeline)$/;

/**
 * "depth and normal estimation", "zero-shot and few-shot classification": the word before
 * "and"/"or" shares the head when the head has one modifier and both are words of the kind
 * that modify it; the task is named "depth estimation", its span the
 * whole phrase.
 */
function coordinated(
  sentence: SentenceText,
  from: number,
  i: number,
  inTitle: boolean,
): Candidate | null {
  const { tokens, owner } = sentence;
  if (from !== i - 1 || from < 2) return null;
  const and = tokens[from - 1] as Token;
  const conj = tokens[from - 2] as Token;
  const head = tokens[i] as Token;
  if (!/^(?:and|or)$/.test(and.fold)) return null;
  if (
    owner.text.slice(conj.end, and.start) !== ' ' ||
    owner.text.slice(and.end, (tokens[from] as Token).start) !== ' '
  )
    return null;
  const word = conj.text.toLowerCase();
  if (
    !/^[\p{L}][\p{L}\p{N}-]*$/u.test(conj.text) ||
    (!inTitle && /\p{Lu}/u.test(conj.text)) ||
    /ly$/.test(word) ||
    VAGUE.has(word) ||
    EVALUATIVE_TAIL.test(word) ||
    mannerCompound(word) ||
    TASK_HEADS.has(conj.fold) ||
    // "strong disentanglement and controllable composition": two tasks, not one shared head
    /(?:ment|ness|ity|ation|ition|ution)$/.test(word) ||
    modifierTags(word).some((x) => NOT_MODIFIER_TAG.test(x)) ||
    looksLikeVerb(word)
  )
    return null;
  if (WEAK_TASK_HEADS.has(head.fold) && !fieldModifier(word)) return null;
  // "zero-shot depth and normal estimation" gives the general "depth estimation"
  const c = candidate(sentence, conj.start, head.end, 'task-coordinated');
  return { ...c, name: `${conj.text} ${head.text}` };
}

/**
 * A bare strong head named as a task: "for segmentation", "on retrieval", or the task data is
 * gathered for: "a segmentation dataset", "detection benchmarks".
 */
function framedBare(sentence: SentenceText, i: number): boolean {
  const prev = sentence.tokens[i - 1];
  const next = sentence.tokens[i + 1];
  return (
    (prev !== undefined && /^(?:for|on)$/.test(prev.fold)) ||
    (next !== undefined && DATA_FOR_TASK.test(next.text))
  );
}

const DATA_FOR_TASK = /^(?:datasets?|benchmarks?|corpus|corpora)$/i;

/** `a` is a shorter span inside `b`. */
function within(a: Candidate, b: Candidate): boolean {
  return b.start <= a.start && a.end <= b.end && b.end - b.start > a.end - a.start;
}

/** Within the long form of a method's or dataset's acronym: "Pivotal Tuning Inversion (PTI)". */
function insideEntityName(c: Candidate, taken: Map<string, number>): boolean {
  const mine = precedenceOf(c.rule);
  const claims = (text: string) => (taken.get(entityKey(text)) ?? -1) >= mine;
  return c.sentence.acronyms.some(
    ({ short, long }) =>
      c.start < long.end && c.end > long.start && (claims(short.text) || claims(long.text)),
  );
}

/** Nouns that present the phrase before them as a task: "9 translation tasks", "NLP tasks". */
const FRAMES = new Set(['task', 'tasks', 'problem', 'problems']);
/** What a task is to the experiment rather than what it is: "source tasks", "unseen tasks". */
const TASK_ROLES = new Set([
  'source',
  'target',
  'test',
  'training',
  'evaluation',
  'auxiliary',
  'related',
  'seen',
  'unseen',
  'held-out',
  'individual',
  'example',
  'input',
]);

/**
 * "medical imaging tasks" gives "medical imaging"; a problem keeps its noun and a field after
 * "in": "inverse problems in imaging".
 */
function framedTask(sentence: SentenceText, i: number, inTitle: boolean): Candidate | null {
  const { tokens } = sentence;
  const from = modifiersStart(sentence, i, inTitle);
  if (from === i) return null;
  const first = tokens[from] as Token;
  const t = tokens[i] as Token;
  if (!t.fold.startsWith('problem')) {
    const last = tokens[i - 1] as Token;
    if (TASK_ROLES.has(last.fold)) return null;
    // "navigational tasks", "perception-heavy tasks": the tasks' kind, not a task
    if (describesOnly(last.text.toLowerCase())) return null;
    return candidate(sentence, first.start, last.end, 'task-frame');
  }
  // "image-to-image translation problems": the head rule has the task already
  const last = tokens[i - 1] as Token;
  if (TASK_HEADS.has(last.fold)) return null;
  // "open problems", "unsolved problems": what is said of the problems, not which they are
  const field = FIELD_ADJECTIVES.has(last.fold);
  if (!field && describesOnly(last.text.toLowerCase())) return null;
  // "the instability problem", "the OT problem": in an abstract a one-word problem is an issue
  // met on the way more often than the problem solved; "the inverse problem" is one
  if (!inTitle && t.fold === 'problem' && from === i - 1 && !field) return null;
  let end = i;
  // titles end their noun phrases cleanly; abstracts go on with a verb ("… in imaging employ")
  if (inTitle && tokens[i + 1]?.fold === 'in') {
    for (let j = i + 2; j < i + 5 && inField(sentence, j); j++) end = j;
  }
  return candidate(sentence, first.start, (tokens[end] as Token).end, 'task-frame');
}

/** A word of the field in "problems in medical imaging": adjacent, not a verb or function word. */
function inField(sentence: SentenceText, j: number): boolean {
  const t = sentence.tokens[j];
  const prev = sentence.tokens[j - 1];
  if (!t || !prev || t.start - prev.end !== 1) return false;
  const word = t.text.toLowerCase();
  return (
    /^[\p{L}][\p{L}\p{N}-]*$/u.test(t.text) &&
    !VAGUE.has(word) &&
    !lexiconTags(word).some((x) => NOT_MODIFIER_TAG.test(x))
  );
}

const FIELD_ACRONYM = /^[1-4]D$/;

/**
 * Nouns of the field that compromise's lexicon lists as verbs only: "code debugging", "network
 * binarization", "sentence classification" are noun compounds.
 */
const FIELD_NOUNS = new Set([
  'code',
  'network',
  'question',
  'sentence',
  'signal',
  'reward',
  'dance',
  'frame',
  'record',
  'report',
  'score',
]);

/** compromise's tags of a word that may modify a head noun. */
function modifierTags(word: string): readonly string[] {
  return FIELD_NOUNS.has(word) ? [] : lexiconTags(word);
}

const STAGES = /^(?:stage|step|round|phase|pass|branch|layer)s?$/;
const MORE_OR_LESS = new Set(['best', 'most', 'more', 'less', 'better', 'well', 'least']);

/**
 * A hyphenated word that says how or how much, not what: "widely-used", "two-stage",
 * "best-known"; the field's own ("weakly-supervised", "few-shot") stay.
 */
function mannerCompound(word: string): boolean {
  const parts = word.split('-');
  if (parts.length < 2 || FIELD_ADJECTIVES.has(word)) return false;
  const first = parts[0] as string;
  return (
    (/ly$/.test(first) && first.length > 4) ||
    (NUMBER_WORD.test(first) && STAGES.test(parts[1] as string)) ||
    MORE_OR_LESS.has(first)
  );
}

/** A plain lower-case noun or adjective of a field: "language" in "language model training". */
function namesField(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  const next = tokens[j + 1];
  if (!t || !next || next.start - t.end !== 1) return false;
  const word = t.text.toLowerCase();
  return (
    /^[\p{L}][\p{L}-]*$/u.test(t.text) &&
    !VAGUE.has(word) &&
    !modifierTags(word).some((x) => NOT_MODIFIER_TAG.test(x)) &&
    !looksLikeVerb(word)
  );
}

/** A capitalised word that compromise's lexicon knows in lower case: "Text", "Speech". */
function plainWord(text: string): boolean {
  if (!/^\p{Lu}[\p{Ll}\p{N}-]*$/u.test(text)) return false;
  const first = text.toLowerCase().split('-')[0] as string;
  return lexiconTags(first).length > 0;
}

/** Index of the first modifier of the head at `i`: adjacent content words that are not verbs. */
function modifiersStart(sentence: SentenceText, i: number, inTitle: boolean): number {
  const { tokens, owner } = sentence;
  let from = i;
  while (from > 0 && i - from < MAX_MODIFIERS) {
    const t = tokens[from - 1] as Token;
    const gap = owner.text.slice(t.end, (tokens[from] as Token).start);
    // "N:M sparse training", "2:4 pruning": a sparsity pattern is one modifier
    if (
      gap === ':' &&
      /^[\p{L}\d]{1,2}$/u.test(t.text) &&
      /^[\p{L}\d]{1,2}$/u.test((tokens[from] as Token).text)
    ) {
      from--;
      continue;
    }
    if (gap !== ' ' && gap !== '-') break;
    const word = t.text.toLowerCase();
    // a field's acronym or a dimension narrows a task: "LLM pretraining", "3D segmentation"
    // ("LM's generalization": a possessive is no modifier)
    if (
      FIELD_ACRONYM.test(t.text) ||
      (GENERIC.has(t.key) && /\p{Lu}/u.test(t.text) && !/['’]/.test(t.text))
    ) {
      from--;
      continue;
    }
    // a sentence's capitalised first word is a modifier when it is a plain English word
    // ("Text-to-3D modelling", "Speech recognition"), not a name ("Mamba inference")
    if (!inTitle && /^\p{Lu}/u.test(t.text) && from - 1 === 0 && !plainWord(t.text)) break;
    // "language model training": a model noun after its own modifier
    if (/^models?$/.test(word) && from - 1 > 0 && namesField(tokens, from - 2)) {
      from--;
      continue;
    }
    // "time" is vague, but "time series" names data: "multivariate time series forecasting"
    const compound = word === 'time' && (tokens[from] as Token).fold === 'series';
    if (
      !/^[\p{L}][\p{L}\p{N}-]*$/u.test(t.text) ||
      /ly$/.test(word) ||
      (VAGUE.has(word) && !compound)
    )
      break;
    if (EVALUATIVE_TAIL.test(word) || mannerCompound(word)) break;
    if (!inTitle && /\p{Lu}/u.test(t.text.slice(1))) break;
    if (modifierTags(word).some((x) => NOT_MODIFIER_TAG.test(x)) || looksLikeVerb(word)) break;
    // "we study preference learning", "models can show transfer": a verb after its subject
    const before = tokens[from - 2];
    if (before && lexiconTags(before.text).some((x) => /^(?:Pronoun|Modal)$/.test(x))) break;
    from--;
  }
  return from;
}

/** Gerunds that say how a paper improves on something, not what problem it solves. */
const MANNER_GERUND = new Set([
  'improving',
  'boosting',
  'enhancing',
  'rethinking',
  'revisiting',
  'unlocking',
  'unveiling',
  'exploring',
  'leveraging',
  'using',
  'harnessing',
  'empowering',
  'advancing',
  'bridging',
  'breaking',
  'pushing',
  'taming',
  'trading',
  'accessing',
  'achieving',
  'going',
  'getting',
  'making',
  'towards',
  'bringing',
  'beating',
  'benchmarking',
  'introducing',
  'assessing',
  'investigating',
  'understanding',
  'demystifying',
  'teaching',
  'training',
  'turning',
  'putting',
  'thinking',
  'seeing',
  'reading',
  'looking',
  'adding',
  'unleashing',
  'unraveling',
  'unravelling',
  'unifying',
  'outperforming',
  'surpassing',
  'designing',
  'building',
  'revealing',
  'uncovering',
  'unpacking',
]);
const MAX_OBJECT = 4;
const NOT_OBJECT_TAG =
  /^(?:Adverb|PresentTense|PastTense|Infinitive|Gerund|Cardinal|Value|Modal|Copula|Auxiliary)$/;

/**
 * "Adapting LLMs to Hebrew", "…: Aligning Models with Preferences": a title (or a title part
 * after a colon) that opens with a gerund names its problem as the gerund and its object.
 */
function titleGerunds(sentence: SentenceText): Candidate[] {
  const { tokens, owner } = sentence;
  const found: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const lead = owner.text.slice(i === 0 ? sentence.start : (tokens[i - 1] as Token).end, t.start);
    const opens = i === 0 ? lead.trim() === '' : /[:?.!]\s*$/.test(lead);
    // "… for Interpreting Rare Concepts", "The Promise of Imitating Proprietary Models"
    if (!opens && !(lead === ' ' && /^(?:for|of)$/.test(tokens[i - 1]?.fold ?? ''))) continue;
    if (!/^\p{Lu}\p{Ll}+ing$/u.test(t.text) || MANNER_GERUND.has(t.fold)) continue;
    let end = i;
    let clean = true;
    for (let j = i + 1; j <= i + MAX_OBJECT && j < tokens.length; j++) {
      const o = tokens[j] as Token;
      if (!/^[ -]$/.test(owner.text.slice((tokens[j - 1] as Token).end, o.start))) break;
      const word = o.text.toLowerCase();
      if (isFunctionWord(word) && !(j === i + 1 && /^(?:the|a|an)$/.test(word))) break;
      // "Sketching Meets …", "Scoring Intervals using …", "Killing Two Birds", "Modeling Part
      // Instead of …": the gerund is no problem's name when its object runs into a verb
      const verb =
        !/^models?$/.test(word) && modifierTags(word).some((x) => NOT_OBJECT_TAG.test(x));
      if (/ing$/.test(word) || verb) {
        clean = false;
        break;
      }
      end = j;
    }
    if (!clean) continue;
    // the object ends on a content word: "Learning the Rules", not "Learning the"
    while (end > i && isFunctionWord((tokens[end] as Token).text)) end--;
    if (end > i)
      found.push(candidate(sentence, t.start, (tokens[end] as Token).end, 'task-title-gerund'));
  }
  return found;
}

const LIST_CUE =
  /\b(?:tasks?|applications?|problems?|domains?)\s*(?:,\s*)?(?:such as|like|including|to|:)\s+/gi;
const ITEM = /^(?:[a-z][a-z-]*|\p{Lu}[\p{L}-]*)(?: [a-z][a-z-]*){0,3}$/u;

/** "applications to style transfer, algorithmic fairness, and data decorruption" */
function listedTasks(sentence: SentenceText): Candidate[] {
  const found: Candidate[] = [];
  const text = sentence.owner.text;
  for (const m of sentence.text.matchAll(LIST_CUE)) {
    let at = sentence.start + m.index + m[0].length;
    const stop = text
      .slice(at, sentence.end)
      .search(/[;:().]|\s(?:to|for|with|in|on|as|that|which|demonstrate|show)\s/);
    const end = stop < 0 ? sentence.end : at + stop;
    for (const part of text.slice(at, end).split(/(,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)/)) {
      const item = part.trim();
      const lead = part.length - part.trimStart().length;
      if (item && !/^,|^(?:and|or)$/.test(item) && ITEM.test(item)) {
        const words = item.toLowerCase().split(' ');
        // "tasks such as logic, math and science": a lone word must name a task
        const lone =
          words.length === 1 &&
          !TASK_HEADS.has(foldName(item)) &&
          !TASKS.has(item) &&
          !/^\p{Lu}{2,}$/u.test(item);
        if (
          !lone &&
          !describesOnly(words[words.length - 1] as string) &&
          !words.some((w) => VAGUE.has(w) || isFunctionWord(w) || looksLikeVerb(w))
        )
          found.push(candidate(sentence, at + lead, at + lead + item.length, 'task-list'));
      }
      at += part.length;
    }
  }
  return found;
}

/** An adjective that ends a phrase, which then names a kind of thing, not a task. */
function describesOnly(word: string): boolean {
  return (
    /(?:al|ic|ed|ive|able|ible|-level|-heavy|-like|-based|-shot)$/.test(word) ||
    lexiconTags(word).some((x) =>
      /^(?:Adjective|Comparative|Superlative|PastTense|Participle)$/.test(x),
    )
  );
}

const NUMBER_WORD = /^(?:\d+|no|one|two|three|four|five|six|seven|eight|nine|ten)$/;

/**
 * A modifier that makes a weak head a task: a noun ("preference learning", "policy
 * optimization") or an adjective of the field ("contrastive learning"), not an evaluative,
 * manner or quantity word ("explicit training", "three-round fine-tuning").
 */
function fieldModifier(text: string): boolean {
  const word = text.toLowerCase();
  if (FIELD_ADJECTIVES.has(word)) return true;
  if (VAGUE.has(word)) return false;
  const parts = word.split('-');
  if (parts.length > 1 && NUMBER_WORD.test(parts[0] as string) && !FIELD_ADJECTIVES.has(word))
    return false;
  if (EVALUATIVE.has(word) || EVALUATIVE.has(parts[0] as string)) return false;
  // "large-data pre-training", "high-level planning"
  if (parts.length > 1 && VAGUE.has(parts[0] as string)) return false;
  // "task-specific tuning", "cost-expensive training", "kilometer-scale navigation"
  if (EVALUATIVE_TAIL.test(word)) return false;
  if (parts.length > 1) return true;
  if (lexiconTags(word).some((x) => /^(?:Adjective|Comparative|Superlative)$/.test(x)))
    return false;
  return !/ly$/.test(word);
}

/** Regular verbs are missing from compromise's lexicon: "investigate", "utilize", "formulates". */
function looksLikeVerb(word: string): boolean {
  if (word.includes('-')) return false;
  return (
    /(?:ize|ise|ate|ing|[^s'u]s)$/.test(word) && !/(?:ics|ous|ss|sis|series|species)$/.test(word)
  );
}

/** Nouns that make the phrase before them a part of a method: "a fine-grained denoising process". */
const COMPONENT = /^[\s-]+(?:process|objective|loss|module|layer|scheme)s?\b/i;
/** In a title, "A Context-Contrastive Inference Approach" names the paper's method. */
const METHOD_NOUN = /^[\s-]+(?:approach|framework|model|network|architecture|transformers?)\b/i;

/** A phrase naming (part of) a method rather than a task, or the method half of "X for <task>". */
function namesMethod(
  sentence: SentenceText,
  start: number,
  end: number,
  inTitle: boolean,
): boolean {
  const after = sentence.owner.text.slice(end, sentence.end);
  if (COMPONENT.test(after)) return true;
  if (!inTitle) return false;
  if (METHOD_NOUN.test(after) || spellsTitleName(sentence, start, end)) return true;
  const rest = /^\s+for\s+(.*)$/i.exec(after)?.[1];
  if (rest !== undefined && tokenize(rest).some((t) => TASK_HEADS.has(t.fold))) return true;
  // "Dense Retrieval with Code-Switched Contrastive Pretraining": after a task, "with" or
  // "via" introduces how it is done, when that is a kind of training
  const head = tokenize(sentence.owner.text.slice(start, end)).pop();
  if (!head || !TRAINING_HEADS.has(head.fold)) return false;
  const lead = sentence.owner.text.slice(sentence.start, start);
  if (!/\s(?:with|via|using|through|by)\s+$/i.test(lead)) return false;
  return tokenize(lead).some((t) => TASK_HEADS.has(t.fold) && !WEAK_TASK_HEADS.has(t.fold));
}

/** Heads of the ways a model is trained, which a title names after its task as the method. */
const TRAINING_HEADS = new Set([
  'training',
  'pretraining',
  'pre-training',
  'learning',
  'tuning',
  'fine-tuning',
  'finetuning',
  'distillation',
  'augmentation',
]);

/** "TransPrune: Token Transition Pruning for …": the name's capitals are the phrase's initials. */
function spellsTitleName(sentence: SentenceText, start: number, end: number): boolean {
  const text = sentence.owner.text;
  const name = /(\S+):\s*$/.exec(text.slice(0, start))?.[1] ?? '';
  const capitals = name.replace(/[^\p{Lu}]/gu, '');
  if (capitals.length < 2) return false;
  let k = 0;
  for (const word of text.slice(start, end).split(/[\s-]+/))
    if (word[0]?.toUpperCase() === capitals[k]) k++;
  return k === capitals.length;
}

const FRAMING_VERB =
  /\b(?:tackles?|address(?:es)?|solves?|(?:the )?(?:problem|task|challenge) of)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}[\w-]+$/i;

/** Phrases presented as tasks: "X task(s)", "tasks such as X", "applied to X", "for X". */
function contextScore(sentence: SentenceText, end: number): number {
  const text = sentence.owner.text;
  const after = text.slice(end, end + 12);
  const before = text.slice(Math.max(sentence.start, end - 80), end);
  let score = 0;
  if (/^\s*(?:tasks?|problems?|benchmarks?|settings?)\b/i.test(after)) score += 1.5;
  if (/\b(?:tasks?|applications?|problems?) (?:such as|like|including)\b|\be\.g\.,?/i.test(before))
    score += 1;
  if (/\b(?:for|in|on|to)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}[\w-]+$/i.test(before)) score += 0.5;
  // "we tackle X", "the problem of X": the paper's own problem
  if (FRAMING_VERB.test(before)) score += 1;
  return score;
}
