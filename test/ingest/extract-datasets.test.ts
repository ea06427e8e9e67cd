import { describe, expect, it } from 'vitest';
import { extractPaper } from '../../src/ingest/extract/index.js';

/** Dataset rules on invented sentences: each names a made-up dataset the lexicons cannot know. */
const extract = (title: string, abstract: string) => extractPaper({ id: 't', title, abstract });
const datasets = (title: string, abstract: string) =>
  extract(title, abstract).datasets.map((d) => ({ name: d.name, role: d.role, rule: d.rule }));
const names = (title: string, abstract: string) =>
  extract(title, abstract).datasets.map((d) => d.name);
const methodNames = (title: string, abstract: string) =>
  extract(title, abstract).methods.map((m) => m.name);

describe('dataset rules', () => {
  it('takes the name heading a title that announces a benchmark, as introduced', () => {
    for (const title of [
      'ZorbQA: A Benchmark for Multi-hop Questions over Tables',
      'ZorbQA: A Large-Scale Dataset of Annotated Receipts',
      'ZorbQA: Benchmarking Language Models on Receipts',
      'ZorbQA: A Reproducible Testbed for Tool Use',
    ]) {
      expect(datasets(title, 'We study receipts.')).toContainEqual({
        name: 'ZorbQA',
        role: 'introduced',
        rule: 'dataset-title',
      });
      // the same words are not also the paper's proposed method
      expect(methodNames(title, 'We study receipts.')).not.toContain('ZorbQA');
    }
    expect(names('ZorbKit: A Software Suite for Robots', 'We study robots.')).toEqual([]);
  });

  it('takes a name described as a dataset, introduced when the paper releases it', () => {
    const found = datasets(
      'Tool use',
      'We introduce Quillbench, a reproducible test bed for tool use. Models are ranked by it.',
    );
    expect(found).toContainEqual({
      name: 'Quillbench',
      role: 'introduced',
      rule: 'dataset-apposition',
    });
    expect(methodNames('Tool use', 'We introduce Quillbench, a reproducible test bed.')).toEqual(
      [],
    );
    expect(
      names('Tool use', 'Therefore, NestaCall can serve as a new benchmark for tool calling.'),
    ).toEqual(['NestaCall']);
  });

  it('takes the long form and acronym of a described dataset as one entity', () => {
    const p = extract(
      'Rare shapes',
      'We present Rare Shapes of Things (RSoT), a new object-centric dataset for 3D learning.',
    );
    expect(p.datasets.map((d) => [d.name, d.aliases, d.role])).toEqual([
      ['Rare Shapes of Things', ['RSoT'], 'introduced'],
    ]);
    expect(p.methods).toEqual([]);
  });

  it('takes names listed after a dataset word and a comma or colon', () => {
    expect(
      names('Gymnastics', 'It leads on two scoring datasets, FlipSet and VaultMix, at all sizes.'),
    ).toEqual(['FlipSet', 'VaultMix']);
    expect(
      names('Speech', 'We present two datasets for the new task: Kiwi-Talk and Mora-Talk.'),
    ).toEqual(['Kiwi-Talk', 'Mora-Talk']);
    expect(
      names('Masks', 'We build a new segmentation dataset, MaskPet, for one-shot evaluation.'),
    ).toEqual(['MaskPet']);
    // a dataset word and a comma before a sentence's subject do not make it a dataset
    expect(names('Masks', 'On this benchmark, FooNet achieves the best score.')).toEqual([]);
  });

  it('takes what models are trained or evaluated on, after a few words of object', () => {
    expect(
      names('3D', 'We train several large 3D models on ShapeVault, PolyMix and MeshTown.'),
    ).toEqual(['ShapeVault', 'PolyMix', 'MeshTown']);
    expect(names('QA', 'It reaches state-of-the-art results on TabQuiz.')).toEqual(['TabQuiz']);
    // what something is trained with is not where it is trained
    expect(names('QA', 'It is trained with FooLoss on long inputs.')).toEqual([]);
  });

  it('never takes a possessive, an attribute, a language or a model as a dataset', () => {
    expect(names('Chat', 'Can FooChat challenge GPT-4V’s leading position?')).toEqual([]);
    expect(
      names(
        'Math',
        'It is tested on many datasets, including Quizly, Numbo and Olympiad-level benchmarks.',
      ),
    ).toEqual(['Quizly', 'Numbo']);
    expect(names('LLM', 'It performs well on both English and Chinese benchmarks.')).toEqual([]);
  });

  it('keeps an edition or version word with a dataset family name', () => {
    expect(names('Reasoning', 'Results on BIG-Bench Hard and GSM8K improve.')).toEqual([
      'BIG-Bench Hard',
      'GSM8K',
    ]);
  });

  it('gives a catalog spelling its canonical name as an alias, but not a variant', () => {
    const p = extract('Detection', 'We evaluate on MS COCO and on ImageNet-R.');
    expect(p.datasets.map((d) => [d.name, d.aliases])).toEqual([
      ['MS COCO', ['COCO']],
      ['ImageNet-R', []],
    ]);
  });

  it('takes a catalog name that is an ordinary word only with a cue and a capital', () => {
    expect(names('Planning', 'The agent visits many places and reads a pile of notes.')).toEqual(
      [],
    );
    expect(names('Planning', 'Quality, Robustness and Efficiency are measured.')).toEqual([]);
    expect(names('Scenes', 'We pretrain on the Places dataset and the Pile corpus.')).toEqual([
      'Places',
      'Pile',
    ]);
    // a catalog name that is no word needs nothing
    expect(names('QA', 'Our model is strong on HellaSwag.')).toEqual(['HellaSwag']);
  });

  it('reads more ways of describing a new dataset: a dash, "the ...", commas', () => {
    expect(names('Web', 'We introduce WebTrail - a large-scale benchmark of web tasks.')).toEqual([
      'WebTrail',
    ]);
    expect(
      names(
        'Vision',
        'We construct Visio-Mix, the most diverse publicly available tuning dataset.',
      ),
    ).toEqual(['Visio-Mix']);
    expect(
      names('Signs', 'We present SignTube-30, a large-scale, open-domain multilingual corpus.'),
    ).toEqual(['SignTube-30']);
    expect(
      names('SignTube-30: A Large-Scale, Open-Domain Multilingual Sign Language Corpus', 'Hi.'),
    ).toEqual(['SignTube-30']);
  });

  it('takes a capitalised name ending in Bench', () => {
    expect(names('Math', 'Experiments on the Olympiad Puzzle Bench show gains.')).toEqual([
      'Olympiad Puzzle Bench',
    ]);
  });

  it('takes no author macro left by LaTeX as a name', () => {
    expect(names('Video', 'We introduce \\VideoSetName, a new video-text dataset.')).toEqual([]);
  });

  it('takes a name the catalog capitalises, written in lower case, only with a cue', () => {
    expect(names('Photos', 'Images were scraped from flickr by the authors.')).toEqual([]);
    // a catalog name that is itself lower case needs nothing
    expect(names('Graphs', 'It reaches 72.1% accuracy on ogbn-arxiv.')).toEqual(['ogbn-arxiv']);
  });

  it('takes the examples given after a dataset word', () => {
    expect(
      names('Scenes', 'It generalises to 3D scene datasets (e.g., PROXA, Replicant, ScanNet).'),
    ).toEqual(['ScanNet', 'PROXA', 'Replicant']);
  });

  it('reads a title that acts on data as naming no dataset, and any part of a title as announcing one', () => {
    const abstract = 'We present ZorbVox, a novel approach for augmenting audio datasets.';
    const title = 'ZorbVox: Augmenting Small-Scale Audio Datasets with Synthetic Clips';
    expect(names(title, abstract)).toEqual([]);
    expect(methodNames(title, abstract)).toContain('ZorbVox');
    expect(
      datasets(
        'Quill-2T: Scaling Open Text by 5x: A Multilingual Corpus of Two Trillion Words',
        'Hi.',
      ),
    ).toEqual([{ name: 'Quill-2T', role: 'introduced', rule: 'dataset-title' }]);
  });

  it('takes a collection of models described after a name as models, not a dataset', () => {
    const abstract =
      'This paper introduces Vexa, a collection of vision models pre-trained on images.';
    expect(names('Pre-training', abstract)).toEqual([]);
    expect(methodNames('Pre-training', abstract)).toEqual(['Vexa']);
    expect(names('Tools', 'We release Tarnkit, a suite of 40 tool-use tasks.')).toEqual([
      'Tarnkit',
    ]);
  });

  it("reads no list after a title's colon, and no attribute word as a name", () => {
    expect(
      names(
        'The BrindleWeb Dataset for Orka LLM: Beating Curated Corpora with Web Pages, and Web Pages Only',
        'We release the BrindleWeb dataset.',
      ),
    ).toEqual(['BrindleWeb']);
    const used = extract('Video', 'Our Grolm-enhanced models lead the Tarnbench benchmark.');
    expect(used.datasets.map((d) => d.name)).toEqual(['Tarnbench']);
    expect(used.methods.map((m) => m.name)).toEqual([]);
  });
});
