import { describe, expect, it } from 'vitest';
import { extractPaper } from '../../src/ingest/extract/index.js';

/** Task rules, each on invented sentences (none copied from a gold set or a corpus). */
const tasks = (title: string, abstract: string) =>
  extractPaper({ id: 't', title, abstract }).tasks.map((t) => t.name.toLowerCase());

describe('weak task heads', () => {
  it('keeps a weak head after a noun or an adjective of the field', () => {
    const found = tasks(
      'Notes on Agents',
      'We study preference learning for chat agents and policy optimization for robot arms. ' +
        'Our recipe also helps contrastive learning and federated learning.',
    );
    expect(found).toContain('preference learning');
    expect(found).toContain('policy optimization');
    expect(found).toContain('contrastive learning');
    expect(found).toContain('federated learning');
  });

  it('rejects a weak head after an evaluative, manner or quantity word', () => {
    const found = tasks(
      'Notes on Agents',
      'Unlike lengthy fine-tuning or explicit training, our trick needs less training. ' +
        'It avoids judicious sampling, initial learning, large-batch training, no-regret learning and three-stage ' +
        'tuning, and shows ' +
        'positive transfer after forward inference.',
    );
    for (const vague of [
      'lengthy fine-tuning',
      'explicit training',
      'less training',
      'judicious sampling',
      'initial learning',
      'three-stage tuning',
      'no-regret learning',
      'large-batch training',
      'positive transfer',
      'forward inference',
    ])
      expect(found).not.toContain(vague);
  });

  it('never reports a weak head alone', () => {
    const found = tasks('Notes on Agents', 'Training is cheap and inference is fast for sampling.');
    expect(found).not.toContain('training');
    expect(found).not.toContain('inference');
    expect(found).not.toContain('sampling');
  });
});

describe('task modifiers', () => {
  it("takes a field's acronym or a dimension as a modifier", () => {
    const found = tasks(
      'Notes on Agents',
      'We lower the cost of LLM pretraining and report gains in 3D segmentation.',
    );
    expect(found).toContain('llm pretraining');
    expect(found).toContain('3d segmentation');
  });

  it('does not read a verb after its subject as a modifier', () => {
    const found = tasks('Notes on Agents', 'We study preference learning for chat agents.');
    expect(found).toContain('preference learning');
    expect(found).not.toContain('study preference learning');
  });
});

describe('tasks and other entities', () => {
  it('keeps a lexicon task that a weaker method or dataset rule also claims', () => {
    const voices = extractPaper({
      id: 't',
      title: 'Notes on Voices',
      abstract: 'We improve speaker verification (SV) under noise with a small encoder.',
    });
    expect(voices.tasks.map((t) => t.name)).toContain('speaker verification');
    const listed = tasks(
      'Notes on Language',
      'We evaluate on tasks including Question Answering, Sentiment Analysis and Summarization.',
    );
    expect(listed).toEqual(
      expect.arrayContaining(['question answering', 'sentiment analysis', 'summarization']),
    );
  });
});

describe('specific and general tasks', () => {
  it('emits a specific task and its general form when both are written', () => {
    const found = tasks(
      'Personalized Abstractive Summarization of Product Reviews',
      'Abstractive summarization rarely adapts to the reader.',
    );
    expect(found).toContain('personalized abstractive summarization');
    expect(found).toContain('abstractive summarization');
  });

  it('keeps a one-word general task written on its own', () => {
    const found = tasks(
      'Structured Pruning of Speech Encoders',
      'Unlike earlier work on quantization and pruning, we keep the encoder whole.',
    );
    expect(found).toContain('structured pruning');
    expect(found).toContain('pruning');
  });

  it('does not emit the general form when only the specific task is written', () => {
    const found = tasks(
      'Notes on Robots',
      'Our agents rely on offline robotic reinforcement learning from logged play.',
    );
    expect(found).toContain('offline robotic reinforcement learning');
    expect(found).not.toContain('reinforcement learning');
  });

  it('knows well-known task names without a task head', () => {
    const found = tasks('Notes on Databases', 'We cast text-to-SQL as retrieval over schemas.');
    expect(found).toContain('text-to-sql');
  });
});

describe('title problems', () => {
  it('reads a title that opens with a gerund and its object', () => {
    expect(tasks('Translating Recipes into Robot Programs', 'We map text to code.')).toContain(
      'translating recipes',
    );
    expect(tasks('KitchenBot: Grounding Recipes in Robot Actions', 'We map text.')).toContain(
      'grounding recipes',
    );
  });

  it('skips gerunds of manner and objects that are verbs or numbers', () => {
    expect(tasks('Improving Recipe Parsers', 'We map text.')).not.toContain(
      'improving recipe parsers',
    );
    expect(tasks('Sketching Meets Sorting', 'We map text.')).not.toContain('sketching meets');
    expect(tasks('Catching Two Fish', 'We map text.')).not.toContain('catching two');
  });
});

describe('title gerunds of making things', () => {
  it('reads "Generating X" and objects with field nouns as the problem', () => {
    expect(tasks('Generating Molecule Graphs with Priors', 'We draw.')).toContain(
      'generating molecule graphs',
    );
    expect(tasks('Detecting Code Smells in Student Projects', 'We look.')).toContain(
      'detecting code smells',
    );
  });
});

describe('model compounds', () => {
  it('keeps "language model" before a weak head', () => {
    expect(tasks('Notes', 'We make diffusion model training cheaper.')).toContain(
      'diffusion model training',
    );
    expect(tasks('Notes', 'We make model training cheaper.')).not.toContain('model training');
  });
});

describe('bare task heads', () => {
  it('takes a bare strong head in a title or framed by "for" / "on"', () => {
    expect(tasks('Fast Relighting of Portraits', 'We light faces.')).toContain('relighting');
    expect(tasks('Notes', 'We tune the encoder for segmentation.')).toContain('segmentation');
    expect(tasks('Notes', 'The segmentation looks clean.')).not.toContain('segmentation');
  });
});

describe('listed and framed tasks', () => {
  it('keeps a lone listed word only when it names a task', () => {
    const found = tasks(
      'Notes',
      'We cover tasks such as chemistry, poetry, summarization and OCR, in every language.',
    );
    expect(found).toContain('summarization');
    expect(found).toContain('ocr');
    expect(found).not.toContain('chemistry');
    expect(found).not.toContain('poetry');
  });

  it('does not read the kind of a task for a task', () => {
    const found = tasks('Notes', 'It solves navigational tasks and perception-heavy tasks.');
    expect(found).not.toContain('navigational');
    expect(found).not.toContain('perception-heavy');
  });
});

describe('what is not a task', () => {
  it('does not read outputs, dashed names or method names as tasks', () => {
    expect(tasks('Notes', 'The system writes fluent translations.')).not.toContain('translations');
    expect(tasks('On Smith--Jones training of sparse nets', 'We train.')).not.toContain(
      'jones training',
    );
    expect(tasks('Pose Detection Transformers', 'We detect poses.')).not.toContain(
      'pose detection',
    );
  });

  it('drops a title gerund whose object runs into a verb or an adverb', () => {
    expect(tasks('Sorting Cards Quickly Beats Heuristics', 'We sort.')).not.toContain(
      'sorting cards',
    );
    expect(tasks('Sorting Cards for Robots', 'We sort.')).toContain('sorting cards');
  });
});

describe('phrases users saw as tasks', () => {
  it('reports none of the vague phrases, but the task inside them', () => {
    const found = tasks(
      'Notes on Models',
      'Chatbots often exhibit undesirable text generation habits. This is a fundamental problem. ' +
        'Our fix avoids task-specific tuning and needs less training. At scale audio generation ' +
        'stays slow. We show positive transfer, for example on similar inputs.',
    );
    for (const vague of [
      'exhibit undesirable text generation',
      'undesirable text generation',
      'fundamental problem',
      'fundamental',
      'task-specific tuning',
      'less training',
      'scale audio generation',
      'positive transfer',
      'example',
      'similar',
    ])
      expect(found).not.toContain(vague);
    expect(found).toContain('text generation');
    expect(found).toContain('audio generation');
  });
});

describe('heads that name methods', () => {
  it('does not read guidance, sampling or search as task heads', () => {
    const found = tasks(
      'Notes',
      'We add appearance guidance, use rejection sampling and run a tree search at decoding.',
    );
    expect(found).not.toContain('appearance guidance');
    expect(found).not.toContain('rejection sampling');
    expect(found).not.toContain('tree search');
  });

  it('stops a strong head at an evaluative hyphenated modifier', () => {
    const found = tasks('Notes', 'It handles kilometer-scale navigation with ease.');
    expect(found).not.toContain('kilometer-scale navigation');
  });
});

describe('ranking', () => {
  it('keeps title tasks, framed tasks and repeated tasks over passing mentions', () => {
    const found = tasks(
      'Cheap Keyword Spotting on Watches',
      'Prior work covers image classification, object detection, depth estimation, pose ' +
        'estimation, image captioning and optical flow estimation. We tackle speaker ' +
        'diarization as well. Gains in voice conversion follow, and voice conversion improves.',
    );
    expect(found.length).toBeLessThanOrEqual(6);
    expect(found).toContain('keyword spotting');
    expect(found).toContain('speaker diarization');
    expect(found).toContain('voice conversion');
  });
});

describe('modifiers that do not narrow a task', () => {
  it('drops evaluative adjectives and verbs before a head, keeping the task', () => {
    const found = tasks(
      'Notes',
      'Unlike modern detection pipelines, we implement graph compression and analyze ' +
        'unlearning, which helps to aid comprehension of rigorous reasoning.',
    );
    for (const vague of [
      'modern detection',
      'implement graph compression',
      'analyze unlearning',
      'aid comprehension',
      'rigorous reasoning',
    ])
      expect(found).not.toContain(vague);
    expect(found).toContain('graph compression');
  });

  it('drops manner and stage compounds but keeps the field ones', () => {
    const found = tasks(
      'Notes',
      'A widely-used video captioning recipe, a two-stage instruction tuning recipe and ' +
        'best-known pose estimation baselines are compared on one-sided matrix completion ' +
        'and real-time hand tracking.',
    );
    expect(found).toContain('video captioning');
    expect(found).not.toContain('widely-used video captioning');
    expect(found).not.toContain('two-stage instruction tuning');
    expect(found).not.toContain('best-known pose estimation');
    expect(found).toContain('one-sided matrix completion');
    expect(found).toContain('real-time hand tracking');
  });

  it('reads field nouns that compromise lists as verbs as modifiers', () => {
    const found = tasks(
      'Notes',
      'We evaluate on code debugging and sentence classification, then study network binarization.',
    );
    expect(found).toContain('code debugging');
    expect(found).toContain('sentence classification');
    expect(found).toContain('network binarization');
  });

  it('does not read a preposition or an evaluator as a modifier', () => {
    const found = tasks(
      'Notes',
      'Models under adversarial training stay accurate; a quantitative analysis and a human ' +
        'analysis confirm it.',
    );
    expect(found).toContain('adversarial training');
    expect(found).not.toContain('under adversarial training');
    expect(found).not.toContain('quantitative analysis');
    expect(found).not.toContain('human analysis');
  });

  it('does not read a weak head after a strong one as a new task', () => {
    const found = tasks('Notes', 'We add retrieval augmentation and test translation robustness.');
    expect(found).not.toContain('retrieval augmentation');
    expect(found).not.toContain('translation robustness');
  });

  it('keeps a sparsity pattern whole and drops accuracy before a weak head', () => {
    const found = tasks('Notes', 'We study N:M structured pruning and accuracy preservation.');
    expect(found).toContain('n:m structured pruning');
    expect(found).not.toContain('m structured pruning');
    expect(found).not.toContain('accuracy preservation');
  });

  it('reads "time series" as a modifier though "time" alone is vague', () => {
    const found = tasks('Traffic Time Series Classification with Graphs', 'It saves time.');
    expect(found).toContain('traffic time series classification');
  });

  it("does not take a model's possessive as a modifier", () => {
    const found = tasks("On the LLM's Length Generalization", 'We study it.');
    expect(found).toContain('length generalization');
    expect(found).not.toContain("llm's length generalization");
  });

  it('reads next-token and next-frame as modifiers of the field', () => {
    const found = tasks('Notes', 'Loss on next-token prediction and next-frame prediction falls.');
    expect(found).toContain('next-token prediction');
    expect(found).toContain('next-frame prediction');
  });

  it('does not frame an adjective of kind as a task', () => {
    const found = tasks('Notes', 'It helps on generative tasks and learnable tasks alike.');
    expect(found).not.toContain('generative');
    expect(found).not.toContain('learnable');
  });
});

describe('more task heads', () => {
  it('reads strong heads of well-known tasks', () => {
    const found = tasks(
      'Notes',
      'We run speaker diarization, robotic grasping and quadruped locomotion, and we evaluate face swapping.',
    );
    expect(found).toContain('speaker diarization');
    expect(found).toContain('robotic grasping');
    expect(found).toContain('quadruped locomotion');
    expect(found).toContain('face swapping');
  });

  it('reads weak heads only after a noun of the field', () => {
    const found = tasks(
      'Notes',
      'Our model improves adversarial robustness, identity preservation, privacy protection ' +
        'and web automation, and it resists jailbreak attacks in zero-shot evaluation. ' +
        'A human evaluation and a quantitative evaluation agree.',
    );
    expect(found).not.toContain('human evaluation');
    expect(found).not.toContain('quantitative evaluation');
    for (const task of [
      'adversarial robustness',
      'identity preservation',
      'privacy protection',
      'web automation',
      'jailbreak attacks',
      'zero-shot evaluation',
    ])
      expect(found).toContain(task);
  });
});

describe('heads of removal, assessment and solving', () => {
  it('reads strong heads after a noun', () => {
    const found = tasks(
      'Notes',
      'We study shadow removal, text simplification, theorem proving and person re-identification.',
    );
    for (const task of [
      'shadow removal',
      'text simplification',
      'theorem proving',
      'person re-identification',
    ])
      expect(found).toContain(task);
  });

  it('reads weak heads after a field noun', () => {
    const found = tasks(
      'Notes',
      'We study risk assessment, hallucination mitigation, coreference resolution, knowledge ' +
        'acquisition, context extension and equation solving.',
    );
    for (const task of [
      'risk assessment',
      'hallucination mitigation',
      'coreference resolution',
      'knowledge acquisition',
      'context extension',
      'equation solving',
    ])
      expect(found).toContain(task);
  });

  it('does not make a weak head a task after an evaluative word', () => {
    const found = tasks('Notes', 'It needs careful assessment and a quick resolution.');
    expect(found).not.toContain('careful assessment');
    expect(found).not.toContain('quick resolution');
  });
});

describe('task names without a head', () => {
  it('knows the modality pairs and other well-known names', () => {
    const found = tasks(
      'Notes',
      'Our text-to-video models also serve video-to-audio pipelines, function calling and ' +
        'voice cloning, and show systematic generalization.',
    );
    for (const task of [
      'text-to-video',
      'video-to-audio',
      'function calling',
      'voice cloning',
      'systematic generalization',
    ])
      expect(found).toContain(task);
    const more = tasks('Notes', 'It helps lip reading, autoformalization and OOD detection.');
    for (const task of ['lip reading', 'autoformalization', 'ood detection'])
      expect(more).toContain(task);
  });
});

describe('title methods after "with" or "via"', () => {
  it('reads a kind of training after a title task as the method', () => {
    const found = tasks(
      'Cross-Lingual Retrieval with Noise-Aware Contrastive Pretraining',
      'We pretrain.',
    );
    expect(found).toContain('cross-lingual retrieval');
    expect(found).not.toContain('noise-aware contrastive pretraining');
  });

  it('keeps a task after "with" that is not a way of training', () => {
    const found = tasks('Portrait Editing with Identity Preservation', 'We edit.');
    expect(found).toContain('portrait editing');
    expect(found).toContain('identity preservation');
  });
});

describe('tasks inside model names', () => {
  it('keeps the task a model is named after', () => {
    const found = tasks(
      'LDT: A Backbone for Lane Detection',
      'We present the Lane Detection Transformer (LDT), a compact backbone.',
    );
    expect(found).toContain('lane detection');
  });
});

describe('problem frames', () => {
  it('keeps named problems but not issues or what is said of problems', () => {
    const found = tasks(
      'Notes',
      'We address inverse problems and logic grid problems. Training suffers from the ' +
        'instability problem, and several open problems and unsolved problems remain.',
    );
    expect(found).toContain('inverse problems');
    expect(found).toContain('logic grid problems');
    expect(found).not.toContain('instability problem');
    expect(found).not.toContain('open problems');
    expect(found).not.toContain('unsolved problems');
  });
});

describe('sentence-initial modifiers', () => {
  it('reads a plain word that opens a sentence as a modifier, not a name', () => {
    const found = tasks(
      'Notes',
      'Music source separation is hard. Zorblax segmentation is slow. Human pose transfer helps.',
    );
    expect(found).toContain('music source separation');
    expect(found).toContain('human pose transfer');
    expect(found).not.toContain('zorblax segmentation');
  });
});

describe('coordinated modifiers', () => {
  it('gives the first of two modifiers the head they share', () => {
    const found = tasks(
      'Notes',
      'The model handles depth and normal estimation, zero-shot and few-shot classification, ' +
        'and spatial or temporal reasoning.',
    );
    expect(found).toContain('depth estimation');
    expect(found).toContain('zero-shot classification');
    expect(found).toContain('few-shot classification');
    expect(found).toContain('spatial reasoning');
    expect(found).toContain('temporal reasoning');
  });

  it('does not share a head with an evaluative word, a nominal or a longer phrase', () => {
    const found = tasks(
      'Notes',
      'It shows strong disentanglement and controllable composition, passes automatic and ' +
        'manual evaluation, and helps fast and accurate detection.',
    );
    expect(found).not.toContain('disentanglement composition');
    expect(found).not.toContain('automatic evaluation');
    expect(found).not.toContain('fast detection');
  });
});

describe('task words inside a modifier', () => {
  it('takes no task from a word that only describes a model', () => {
    expect(tasks('Zorb', 'Retrieval-augmented zorb models help us.')).not.toContain('retrieval');
    expect(tasks('Zorb', 'We study retrieval for zorb models.')).toContain('retrieval');
  });
});

describe('procedures and paradigms', () => {
  it('takes no task from how a model is trained or run, but keeps a learning paradigm', () => {
    const found = tasks(
      'Notes on Recipes',
      'After supervised fine-tuning and zero-shot inference, test-time tuning and training-free ' +
        'inference both help. We also study few-shot learning and self-supervised pretraining.',
    );
    for (const procedure of [
      'supervised fine-tuning',
      'zero-shot inference',
      'test-time tuning',
      'training-free inference',
    ])
      expect(found).not.toContain(procedure);
    expect(found).toContain('few-shot learning');
    expect(found).toContain('self-supervised pretraining');
  });
});

describe('one task per spelling', () => {
  it('counts hyphenated, plural and British spellings of a task once', () => {
    const found = tasks(
      'Notes on Agents',
      'We study protein folding and protein-folding at scale, then music modelling and music ' +
        'modeling for choirs.',
    );
    expect(found.filter((t) => t.replace('-', ' ') === 'protein folding')).toHaveLength(1);
    expect(found.filter((t) => /^music model+ing$/.test(t))).toHaveLength(1);
  });
});

describe('bare heads', () => {
  it('takes a bare head as the task a dataset or benchmark is gathered for', () => {
    const found = tasks(
      'Notes on Data',
      'We release a new segmentation dataset of orchards, and tracking benchmarks follow.',
    );
    expect(found).toContain('segmentation');
    expect(found).toContain('tracking');
  });
});

describe('rhetorical title gerunds', () => {
  it('takes no task from a title that unleashes, unifies or outperforms', () => {
    for (const title of [
      'Unleashing the Depth of Small Models',
      'Foo: Unifying the Views of Graphs',
      'Bar: Outperforming Larger Encoders',
    ])
      expect(tasks(title, 'We describe a system.')).toEqual([]);
  });
});
