import { describe, expect, it } from 'vitest';
import { extractPaper } from '../../src/ingest/extract/index.js';

/** Method rules on invented sentences, with made-up names the lexicons cannot know. */
const extract = (title: string, abstract: string) => extractPaper({ id: 't', title, abstract });
const methods = (title: string, abstract: string) =>
  extract(title, abstract).methods.map((m) => [m.name, m.role]);

describe('method rules', () => {
  it('finds no entity inside a web address, however PDF-to-text spaced it', () => {
    const p = extract(
      'Faces',
      'We propose FaceKit. Weights at https: //aka.ms/facekit-lm and www.example.org/zorb-page.',
    );
    expect(p.methods.map((m) => m.name)).toEqual(['FaceKit']);
  });

  it('takes a definition after a propose verb as proposed only when it is the object', () => {
    expect(
      methods('Tools', 'We develop a web tool supporting the gradient blending (GraB) algorithm.'),
    ).toEqual([['gradient blending', 'used']]);
    expect(
      methods(
        'Tools',
        'We introduce a method leveraging features learned by sparse coders (SpCs).',
      ),
    ).toEqual([['sparse coders', 'used']]);
    expect(
      methods('OT', 'We propose a mini-batch method, which we refer to as banded transport (BaT).'),
    ).toEqual([['banded transport', 'proposed']]);
  });

  it('takes what a naming phrase names, with its acronym, as proposed', () => {
    expect(
      methods('Games', 'We term this approach Zig learning from play (ZLP). It converges.'),
    ).toEqual([['Zig learning from play', 'proposed']]);
    expect(
      methods('LLMs', 'The models are trained with an innovative framework named Tutorix.'),
    ).toEqual([['Tutorix', 'proposed']]);
  });

  it('takes the name of a proposed series and its sized models', () => {
    const found = methods(
      'Report',
      'This paper introduces the Zorb2 series of bilingual models. Zorb2 34B is strongest.',
    );
    expect(found).toContainEqual(['Zorb2', 'proposed']);
    expect(found).toContainEqual(['Zorb2 34B', 'proposed']);
  });

  it('takes no task, sentence adverb or person named after a comparison cue', () => {
    expect(
      methods('Hebrew', 'It is tuned on tasks such as Question Answering and Sentiment Analysis.'),
    ).toEqual([]);
    // careless writing capitalises adverbs inside a list of names
    expect(methods('Games', 'It outperforms TrellNet and, Notably, GorboNet.')).toEqual([
      ['TrellNet', 'used'],
      ['GorboNet', 'used'],
    ]);
    expect(methods('Games', 'The rules are inspired by Stefan Zweig and his novella.')).toEqual([]);
  });

  it('matches a mixed-case lexicon name that spells a word in its own casing only', () => {
    expect(methods('Faces', 'Zero-shot identity generation.')).toEqual([]);
    expect(methods('Training', 'We shard the optimizer with ZeRO.')).toEqual([['ZeRO', 'used']]);
  });

  it('takes a family variant without the word that describes its use', () => {
    expect(methods('Alignment', 'We train a LLaMA-3-8B-based policy.')).toEqual([
      ['LLaMA-3-8B', 'used'],
    ]);
  });

  it('reads a name with lower-case words from an apposition or a dash after a propose verb', () => {
    expect(methods('Zorbs', 'We propose Quillic pooling, a general scheme for zorbs.')).toEqual([
      ['Quillic pooling', 'proposed'],
    ]);
    expect(methods('Zorbs', 'We introduce wobble VQZ, a novel way to zorb.')).toEqual([
      ['wobble VQZ', 'proposed'],
    ]);
    expect(methods('Zorbs', 'We present glyph tuning - tuning models on glyphs.')).toEqual([
      ['glyph tuning', 'proposed'],
    ]);
  });

  it('takes no task, problem or purpose defined after a propose verb as the method', () => {
    expect(
      methods('Zorbs', 'We introduce QuibNet, a framework for image-to-zorb generation (I2Z).'),
    ).toEqual([['QuibNet', 'proposed']]);
    expect(
      methods('Zorbs', 'We present an approach to the Tracking Any Zorb (TAZ) problem.'),
    ).toEqual([]);
    expect(
      methods('Zorbs', 'We propose a new task, Zorb Instance Hunting (ZIH), for agents.'),
    ).toEqual([]);
  });

  it('names a model after its maker without the maker, and drops products of makers', () => {
    expect(methods('Zorbs', "It lags behind models such as OpenAI's Quibble-3.")).toEqual([
      ['Quibble-3', 'used'],
    ]);
    expect(methods('Zorbs', 'Services like Google Zorbs are popular.')).toEqual([]);
  });

  it('finds a mixed-case name used as a tool after "with", "using" or "via"', () => {
    expect(
      methods('Zorbs', 'We fine-tune it with QuibLM-7B and score it using ZorbScore.'),
    ).toEqual([
      ['QuibLM-7B', 'used'],
      ['ZorbScore', 'used'],
    ]);
    // ALLCAPS acronyms, attributive compounds and software are not tools' names here
    expect(
      methods('Zorbs', 'We train with RGBZ inputs, using LLM-Based agents in PyTorch.'),
    ).toEqual([]);
  });

  it('keeps no metric, number format or task modifier after a comparison cue', () => {
    expect(methods('Zorbs', 'It is faster than BF16 and better than WER.')).toEqual([]);
    expect(methods('Zorbs', 'It handles tasks like Zorb-to-3D generation.')).toEqual([]);
  });

  it('reads variants of a proposed name with several suffixes', () => {
    const names = methods('QuibLM: a model', 'We release QuibLM-8B and QuibLM-8B-DPO.').map(
      ([n]) => n,
    );
    expect(names).toContain('QuibLM-8B-DPO');
  });

  it('reads a family version with a hyphen after a digit: o1-mini', () => {
    expect(methods('Zorbs', 'It is compared with o1-mini and o3-mini on zorbs.')).toEqual([
      ['o1-mini', 'used'],
      ['o3-mini', 'used'],
    ]);
  });

  it('takes no method from the title of a survey or a verb before a known method', () => {
    expect(methods('Efficient Diffusion Models: A Survey', 'We review samplers.')).toEqual([]);
    expect(methods('Adapt Segment Anything Model with Few Clicks', 'We study prompts.')).toEqual([
      ['Segment Anything Model', 'used'],
    ]);
  });

  it('keeps the parameter count after a family name and its version', () => {
    expect(methods('Scaling', 'We fine-tune Llama 3.1 70B on math.')).toEqual([
      ['Llama 3.1 70B', 'used'],
    ]);
  });

  it("takes a title's name with its version as the proposed one", () => {
    expect(
      methods('ZorbPaint v3: Better One-Step Painting', 'We improve ZorbPaint v3.'),
    ).toContainEqual(['ZorbPaint v3', 'proposed']);
  });

  it('takes a name described as a method as used, unless the sentence proposes it', () => {
    expect(
      methods('Painting', 'We study GlintDiff, a popular one-step text-to-image diffusion model.'),
    ).toEqual([['GlintDiff', 'used']]);
    expect(methods('Painting', 'We propose GlintDiff, a novel diffusion model.')).toEqual([
      ['GlintDiff', 'proposed'],
    ]);
    // an acronym definition before the comma is read by the definition rules
    expect(
      methods('Painting', 'We train Glint Diffusion Flow (GDF), a novel diffusion model.').map(
        ([n]) => n,
      ),
    ).not.toContain('GDF');
  });

  it('takes a proposed part written in title case before the word for what it is', () => {
    expect(
      methods('Points', 'We introduce the Layered Point Pooling strategy in the tuning stage.'),
    ).toEqual([['Layered Point Pooling', 'proposed']]);
    // one capitalised word before such a word is a modifier, not a name
    expect(methods('Points', 'We introduce a Point pooling strategy.')).toEqual([]);
  });

  it('takes a lower-case name after a naming word, up to a bracket or comma', () => {
    expect(
      methods('Touch', 'We introduce an algorithm called mirrored critic distillation (MCD).').map(
        ([n, r]) => `${n}:${r}`,
      ),
    ).toContain('mirrored critic distillation:proposed');
    expect(
      methods('Text', 'Our approach, named instruction rewinding, starts from seed data.'),
    ).toEqual([['instruction rewinding', 'proposed']]);
    // a clause after the naming word is no name
    expect(methods('Text', 'Our approach, named for its speed, starts from seed data.')).toEqual(
      [],
    );
  });

  it("takes the names heading a list of the paper's own parts", () => {
    expect(
      methods(
        'Ensembles',
        'Our framework consists of two modules: PairJudge and FuseWriter, which rank.',
      ),
    ).toEqual([
      ['PairJudge', 'proposed'],
      ['FuseWriter', 'proposed'],
    ]);
    expect(
      methods(
        'Solar',
        'We train two models: Sol-Chat-LM for answering questions and Sol-Think-LM for reasoning.',
      ),
    ).toEqual([
      ['Sol-Chat-LM', 'proposed'],
      ['Sol-Think-LM', 'proposed'],
    ]);
    expect(
      methods(
        'Clustering',
        'We propose a problem setting named deep lopsided clustering, where classes vary.',
      ),
    ).toEqual([]);
  });

  it('takes the name of what the method yields as proposed', () => {
    expect(methods('Agents', 'We tune the base models on it, resulting in ZorbAgent-7B.')).toEqual([
      ['ZorbAgent-7B', 'proposed'],
    ]);
    expect(
      methods('Agents', 'Comparing the resulting model Zorca-3 to others, we see gains.'),
    ).toContainEqual(['Zorca-3', 'proposed']);
    expect(methods('Agents', 'Tuning twice, resulting in Slower inference, is costly.')).toEqual(
      [],
    );
  });
});
