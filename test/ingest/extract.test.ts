import { describe, expect, it } from 'vitest';
import { extractPaper } from '../../src/ingest/extract/index.js';
import { cleanLatex } from '../../src/ingest/extract/latex.js';
import { splitSentences } from '../../src/ingest/extract/sentences.js';

const extract = (title: string, abstract: string) => extractPaper({ id: 't', title, abstract });
const repos = (abstract: string) => extract('A paper', abstract).repositories;
const method = (p: ReturnType<typeof extract>, name: string) =>
  p.methods.find((m) => m.name === name || m.aliases.includes(name));

describe('repositories', () => {
  it('strips trailing punctuation, .git, sub-paths, anchors and queries', () => {
    const found = repos(
      'Code: https://github.com/zhengkid/PartialFormer. Also https://github.com/a/b.git, ' +
        'https://github.com/deepinsight/insightface/tree/master/recognition and ' +
        'github.com/x/y/blob/main/README.md#usage and https://github.com/p/q?tab=readme.',
    );
    expect(found.map((r) => r.fullName)).toEqual([
      'zhengkid/PartialFormer',
      'a/b',
      'deepinsight/insightface',
      'x/y',
      'p/q',
    ]);
    expect(found[0]?.url).toBe('https://github.com/zhengkid/PartialFormer');
  });

  it('keeps a dot inside a name but not a sentence-final one', () => {
    expect(repos('Codes are available at https://github.com/zjq0455/PTQ1.61.')[0]?.fullName).toBe(
      'zjq0455/PTQ1.61',
    );
  });

  it('treats repository identity case-insensitively and keeps the first spelling', () => {
    const found = repos('See https://github.com/Owner/Repo and https://github.com/owner/repo.');
    expect(found.map((r) => r.fullName)).toEqual(['Owner/Repo']);
  });

  it('rejects user pages, gists and github.io sites', () => {
    expect(
      repos(
        'Page https://dangeng.github.io/visual_anagrams/ and https://gist.github.com/u/abc123 ' +
          'and https://github.com/someuser and https://github.com/orgs/acme/repositories.',
      ),
    ).toEqual([]);
  });

  it('reads GitLab projects and Hugging Face models, datasets and spaces', () => {
    const found = repos(
      'https://gitlab.com/group/sub/project/-/tree/main, https://huggingface.co/meta/llama, ' +
        'https://huggingface.co/datasets/org/data and https://huggingface.co/spaces/u/demo.',
    );
    expect(found.map((r) => [r.host, r.kind, r.fullName])).toEqual([
      ['gitlab', 'code', 'group/sub/project'],
      ['huggingface', 'model', 'meta/llama'],
      ['huggingface', 'dataset', 'org/data'],
      ['huggingface', 'space', 'u/demo'],
    ]);
  });

  it('gives provenance offsets into the raw field', () => {
    const abstract = 'We release code at https://github.com/a/b.';
    const [r] = repos(abstract);
    expect(abstract.slice(r?.start, r?.end)).toBe('https://github.com/a/b');
    expect(r?.field).toBe('abstract');
    expect(r?.evidence).toBe(abstract);
  });
});

describe('repositories broken by PDF-to-text or LaTeX', () => {
  /** Each repository with the raw text its provenance points at. */
  const spans = (abstract: string) =>
    repos(abstract).map((r) => [r.fullName, abstract.slice(r.start, r.end)]);

  it('reads a scheme with a stray space and a URL without a scheme', () => {
    expect(spans('Code: https: //github.com/kestrel/wing-net.')).toEqual([
      ['kestrel/wing-net', 'https: //github.com/kestrel/wing-net'],
    ]);
    expect(spans('Code: http ://github.com/kestrel/wing.')).toEqual([
      ['kestrel/wing', 'http ://github.com/kestrel/wing'],
    ]);
    expect(spans('See github.com/kestrel/wing for details.')).toEqual([
      ['kestrel/wing', 'github.com/kestrel/wing'],
    ]);
  });

  it('reads \\url and \\href, unescaping an underscore', () => {
    expect(spans('Code is at \\url{https://github.com/kestrel/wing\\_net}.')).toEqual([
      ['kestrel/wing_net', 'https://github.com/kestrel/wing\\_net'],
    ]);
    expect(spans('Code: \\href{https://github.com/kestrel/wing}{here}.')).toEqual([
      ['kestrel/wing', 'https://github.com/kestrel/wing'],
    ]);
  });

  it('rejoins a URL split after a slash or a hyphen', () => {
    expect(spans('Code at https://github.com/ kestrel/wing.')).toEqual([
      ['kestrel/wing', 'https://github.com/ kestrel/wing'],
    ]);
    expect(spans('Code at https://github.com/kestrel/\nwing.')).toEqual([
      ['kestrel/wing', 'https://github.com/kestrel/\nwing'],
    ]);
    expect(spans('Code at https://github.com/kestrel-\nlab/wing-\nnet.')).toEqual([
      ['kestrel-lab/wing-net', 'https://github.com/kestrel-\nlab/wing-\nnet'],
    ]);
    expect(spans('Data at https://huggingface.co/datasets/ kestrel/wing.')).toEqual([
      ['kestrel/wing', 'https://huggingface.co/datasets/ kestrel/wing'],
    ]);
  });

  it('does not join across a complete URL or into the next clause', () => {
    expect(spans('Code at https://github.com/kestrel/wing/ and data at x.')).toEqual([
      ['kestrel/wing', 'https://github.com/kestrel/wing'],
    ]);
    expect(spans('See https://github.com/kestrel/ and the paper.')).toEqual([]);
    expect(spans('See https://github.com/kestrel/wing- and more.')).toEqual([
      ['kestrel/wing', 'https://github.com/kestrel/wing'],
    ]);
  });

  it('drops closing brackets and trailing punctuation', () => {
    expect(
      spans('Code (https://github.com/kestrel/wing). Demo [https://github.com/kestrel/tail],'),
    ).toEqual([
      ['kestrel/wing', 'https://github.com/kestrel/wing'],
      ['kestrel/tail', 'https://github.com/kestrel/tail'],
    ]);
  });
});

describe('LaTeX residue', () => {
  it('cleans superscripts, escapes, styled letters and accents, mapping offsets back', () => {
    const raw = 'S^{2}FT \\& {\\textbf P}rototypes Nystr\\"{o}m 73.8\\%';
    const { text, offsets } = cleanLatex(raw);
    expect(text).toBe('S2FT & Prototypes Nyström 73.8%');
    expect(raw[offsets[text.indexOf('&')] ?? -1]).toBe('&');
    expect(offsets).toHaveLength(text.length + 1);
  });

  it('drops citation keys and author macros, which name nothing', () => {
    const raw = 'Unlike Flamingo~\\cite{flamingo}, \\ourset{} has more (see \\ref{tab:1}).';
    expect(cleanLatex(raw).text).toBe('Unlike Flamingo~,  has more (see ).');
    expect(cleanLatex('Code: \\https://github.com/a/b').text).toBe('Code: https://github.com/a/b');
  });

  it('keeps the raw form as an alias of the cleaned name', () => {
    const p = extract(
      'S^{2}FT: Efficient LLM Fine-tuning',
      'We propose a family of Structured Sparse Fine-Tuning (S^{2}FT) methods for LLMs.',
    );
    const m = method(p, 'S2FT');
    expect(m?.role).toBe('proposed');
    expect(m?.aliases).toContain('S^{2}FT');
    expect(m?.name).toBe('Structured Sparse Fine-Tuning');
  });
});

describe('names', () => {
  it('reads hyphenated and versioned names whole', () => {
    const p = extract(
      'A study',
      'We fine-tune BERT-base and LLaMA-2 and evaluate on ImageNet-1k and CIFAR-10.',
    );
    expect(p.methods.map((m) => m.name).sort()).toEqual(['BERT-base', 'LLaMA-2']);
    expect(p.datasets.map((d) => d.name).sort()).toEqual(['CIFAR-10', 'ImageNet-1k']);
  });

  it('makes an acronym definition one entity with an alias', () => {
    const p = extract(
      'Attention variants',
      'Multi-Head Latent Attention (MLA) compresses the cache. MLA is fast. Unlike MLA, GQA is not.',
    );
    const mla = p.methods.filter(
      (m) => m.name === 'Multi-Head Latent Attention' || m.aliases.includes('MLA'),
    );
    expect(mla).toHaveLength(1);
    expect(mla[0]?.aliases).toContain('MLA');
  });

  it('splits sentences without breaking at abbreviations or decimals', () => {
    const s = splitSentences('We use e.g. BERT. It scores 15.36 on CIFAR-10. Done');
    expect(s.map((x) => x.text)).toEqual([
      'We use e.g. BERT.',
      'It scores 15.36 on CIFAR-10.',
      'Done',
    ]);
  });
});

describe('eponymous methods', () => {
  it('names a surname before a method noun, not a capitalised common word', () => {
    const p = extract(
      'A paper',
      'Our method applies the Wronski projection. Our algorithm is fast.',
    );
    expect(method(p, 'Wronski projection')).toBeDefined();
    expect(method(p, 'Our algorithm')).toBeUndefined();
  });
});

describe('method roles', () => {
  const p = extract(
    'PartialFormer: Modeling Part Instead of Whole',
    'We introduce PartialFormer, a parameter-efficient Transformer architecture. ' +
      'PartialFormer outperforms LoRA and MeProp, and is based on RoBERTa.',
  );

  it('marks what the paper introduces as proposed', () => {
    expect(method(p, 'PartialFormer')?.role).toBe('proposed');
    expect(method(p, 'PartialFormer')?.rule).toMatch(/propose|title/);
  });

  it('marks baselines and backbones as used', () => {
    for (const name of ['LoRA', 'MeProp', 'RoBERTa', 'Transformer'])
      expect(method(p, name)?.role, name).toBe('used');
  });

  it('reads proposals after "describe", "and propose", and a redefined known acronym', () => {
    const roles = (abstract: string) =>
      extract('A paper', abstract).methods.map((m) => [m.name, m.role]);
    expect(roles('We describe FooNet, a small model.')).toEqual([['FooNet', 'proposed']]);
    expect(roles('We study BERT and propose BarNet, which prunes it.')).toContainEqual([
      'BarNet',
      'proposed',
    ]);
    expect(roles('We propose Sparse Value Dropout (SVD) for transformers.')).toContainEqual([
      'Sparse Value Dropout',
      'proposed',
    ]);
    expect(roles('It is 3% better relative to FooFormer.')).toEqual([['FooFormer', 'used']]);
  });

  it('does not take generic concepts for methods', () => {
    const q = extract('Study', 'Large language models (LLMs) are state-of-the-art (SOTA) on GPUs.');
    expect(q.methods).toEqual([]);
  });

  it('ends a quoted title name at its last token', () => {
    const title = '"Kestrel": Fast Wings for Flight';
    const m = method(extract(title, 'We study flight.'), 'Kestrel');
    expect(m?.name).toBe('Kestrel');
    expect(title.slice(m?.start, m?.end)).toBe('Kestrel');
  });

  it('carries provenance with offsets into the field', () => {
    const m = method(p, 'MeProp');
    const abstract =
      'We introduce PartialFormer, a parameter-efficient Transformer architecture. PartialFormer outperforms LoRA and MeProp, and is based on RoBERTa.';
    expect(abstract.slice(m?.start, m?.end)).toBe('MeProp');
    expect(m?.confidence).toBeGreaterThan(0);
    expect(m?.confidence).toBeLessThanOrEqual(1);
  });
});

describe('results', () => {
  it('ties metric, value and dataset, including a baseline in parentheses', () => {
    const p = extract(
      'Prime: partial masking',
      'We propose the Partial masking scheme (Prime). It achieves a perplexity of 15.36 on ' +
        'OpenWebText, outperforming previous MDM (21.52). It attains FID scores of 3.26 on CIFAR-10 ' +
        'and 6.98 on ImageNet-32.',
    );
    expect(p.results.map((r) => [r.metric, r.value, r.dataset])).toEqual([
      ['perplexity', 15.36, 'OpenWebText'],
      ['perplexity', 21.52, 'OpenWebText'],
      ['FID', 3.26, 'CIFAR-10'],
      ['FID', 6.98, 'ImageNet-32'],
    ]);
    expect(p.results[1]?.method).toBe('MDM');
  });

  it('reads percentages and keeps the written form', () => {
    const p = extract(
      'MixPro',
      'Our method improves ViT models on ImageNet classification (73.8\\% top-1 accuracy).',
    );
    expect(p.results).toHaveLength(1);
    expect(p.results[0]).toMatchObject({
      value: 73.8,
      raw: '73.8%',
      metric: 'top-1 accuracy',
      dataset: 'ImageNet',
    });
  });

  it('reads ranges, comparisons and gains in a named metric', () => {
    const p = extract(
      'X',
      'On IWSLT14 De-En, our model raises BLEU by 0.9. The error rate of ResNet-18 drops from ' +
        '12.5% to 9.1% on SVHN. We reach an F1 of 71.2 on Foo-QA, compared with 65.0 for BERT.',
    );
    expect(p.results.map((r) => [r.dataset, r.metric, r.value])).toEqual([
      ['IWSLT14 De-En', 'BLEU', 0.9],
      ['SVHN', 'error rate', 12.5],
      ['SVHN', 'error rate', 9.1],
      ['Foo-QA', 'F1', 71.2],
      ['Foo-QA', 'F1', 65],
    ]);
  });

  const results = (abstract: string) =>
    extract('Tidal: a study', `We propose TidalNet, a small model. ${abstract}`).results.map(
      (r) => [r.method, r.dataset, r.metric, r.raw, r.rule],
    );

  it('pairs a list of values with a list of datasets in order', () => {
    expect(results('TidalNet achieves 71% and 7.94 on MMLU and MT-bench.')).toEqual([
      ['TidalNet', 'MMLU', 'score', '71%', 'respective-value'],
      ['TidalNet', 'MT-bench', 'score', '7.94', 'respective-value'],
    ]);
    expect(results('It obtains scores of 44.7 and 36.5 on GSM8K and MATH, respectively.')).toEqual([
      ['TidalNet', 'GSM8K', 'score', '44.7', 'respective-value'],
      ['TidalNet', 'MATH', 'score', '36.5', 'respective-value'],
    ]);
    expect(
      results('It reaches 81.25%, 77.5% and 60.0% accuracy on SQuAD, TriviaQA and GSM8K.'),
    ).toEqual([
      ['TidalNet', 'SQuAD', 'accuracy', '81.25%', 'respective-value'],
      ['TidalNet', 'TriviaQA', 'accuracy', '77.5%', 'respective-value'],
      ['TidalNet', 'GSM8K', 'accuracy', '60.0%', 'respective-value'],
    ]);
    expect(results('On GSM8K and MATH, TidalNet scores 44.7 and 36.5, respectively.')).toEqual([
      ['TidalNet', 'GSM8K', 'score', '44.7', 'respective-value'],
      ['TidalNet', 'MATH', 'score', '36.5', 'respective-value'],
    ]);
  });

  it('does not pair lists of different lengths, settings or deltas', () => {
    expect(results('TidalNet achieves 71% and 7.94 on MMLU, GSM8K and MT-bench.')).toEqual([]);
    expect(results('We use batch sizes of 128 and 1024 on ImageNet and COCO.')).toEqual([]);
    expect(results('TidalNet improves by 2.4 and 1.7 on SQuAD and TriviaQA.')).toEqual([]);
  });

  it('reads LaTeX and spaced percent signs', () => {
    const abstract = 'It reaches 66.1\\% accuracy on GSM8K and 52 % accuracy on MATH.';
    const p = extract('Tidal', abstract);
    expect(p.results.map((r) => [r.dataset, r.value, r.raw])).toEqual([
      ['GSM8K', 66.1, '66.1%'],
      ['MATH', 52, '52%'],
    ]);
    expect(abstract.slice(p.results[0]?.start, p.results[0]?.end)).toBe('66.1\\%');
  });

  it('reads pass@k, win rates and a metric carried to the next dataset', () => {
    expect(results('It achieves a pass@1 of 58.4% on HumanEval.')).toEqual([
      ['TidalNet', 'HumanEval', 'pass@1', '58.4%', 'metric-value'],
    ]);
    expect(results('It achieves a pass@1 accuracy of 58.4% on HumanEval.')[0]?.[1]).toBe(
      'HumanEval',
    );
    expect(results('It achieves 58.4% pass@1 on HumanEval.')).toEqual([
      ['TidalNet', 'HumanEval', 'pass@1', '58.4%', 'metric-value'],
    ]);
    expect(results('It has a length-controlled win rate of 37.2% on AlpacaEval 2.0.')).toEqual([
      ['TidalNet', 'AlpacaEval 2.0', 'length-controlled win rate', '37.2%', 'metric-value'],
    ]);
    expect(results('It gets 70.3% accuracy on SQuAD and 88.1% on TriviaQA.')).toEqual([
      ['TidalNet', 'SQuAD', 'accuracy', '70.3%', 'metric-value'],
      ['TidalNet', 'TriviaQA', 'accuracy', '88.1%', 'carried-metric'],
    ]);
    expect(results('It reaches 82.9% top-1 accuracy on ImageNet-1k.')[0]?.[2]).toBe(
      'top-1 accuracy',
    );
    expect(results('A detector built on it scores 47.3 AP on COCO.')[0]?.slice(1, 4)).toEqual([
      'COCO',
      'AP',
      '47.3',
    ]);
  });

  it('gives the new end of a change to the paper and the old one to a named baseline or none', () => {
    expect(results('It lifts accuracy on SQuAD from 48.5% to 66.0%.')).toEqual([
      [null, 'SQuAD', 'accuracy', '48.5%', 'range-from'],
      ['TidalNet', 'SQuAD', 'accuracy', '66.0%', 'range-to'],
    ]);
    expect(results('TidalNet beats RoBERTa on SQuAD (66.0 vs. 48.5).')).toEqual([
      ['TidalNet', 'SQuAD', 'score', '66.0', 'range-to'],
      ['RoBERTa', 'SQuAD', 'score', '48.5', 'range-from'],
    ]);
  });

  it('ignores numbers without a named dataset and improvement deltas', () => {
    const p = extract(
      'X',
      'We reduce computations by 20% and reach 90% accuracy with 2x speedups.',
    );
    expect(p.results).toEqual([]);
  });
});

describe('datasets', () => {
  const sets = (abstract: string) => extract('A paper', abstract).datasets.map((d) => d.name);

  it('takes plain capitalised words as datasets in a dataset context', () => {
    expect(
      sets(
        'We use four graph datasets, including Texas, Wisconsin and the newly collected ' +
          'Tolokers. Results on the Jester dataset follow.',
      ),
    ).toEqual(['Texas', 'Wisconsin', 'Tolokers', 'Jester']);
  });

  it('reads where a score is measured and what a model is trained on', () => {
    expect(
      sets('It obtains 33.1 mAP on FooDet. Pretrained on 3M images of BarNet-5M, it is fast.'),
    ).toEqual(['FooDet', 'BarNet-5M']);
  });

  it('does not read a fronted phrase as a list, and finds a dataset again later', () => {
    const p = extract(
      'X',
      'We evaluate on ETTm2 and Solar. On Solar, FooNet reaches an MAE of 0.21.',
    );
    expect(p.datasets.map((d) => d.name)).toEqual(['ETTm2', 'Solar']);
    expect(p.results.map((r) => [r.dataset, r.value])).toEqual([['Solar', 0.21]]);
  });
});

describe('tasks', () => {
  it('finds short task noun phrases, most specific first', () => {
    const p = extract(
      'Medical SAM Adapter: Adapting Segment Anything Model for Medical Image Segmentation',
      'SAM underperforms in medical image segmentation.',
    );
    const names = p.tasks.map((t) => t.name.toLowerCase());
    expect(names[0]).toBe('medical image segmentation');
    expect(p.tasks.length).toBeLessThanOrEqual(6);
  });

  it('reads tasks framed as "X tasks" and "problems in X", not task roles', () => {
    const p = extract(
      'Diffusion Priors for Inverse Problems in Radio Astronomy',
      'We test on several vision tasks. Knowledge moves from source tasks to target tasks.',
    );
    const names = p.tasks.map((t) => t.name.toLowerCase());
    expect(names).toContain('inverse problems in radio astronomy');
    expect(names).toContain('vision');
    expect(names).not.toContain('source');
  });

  it('does not take a method or its title expansion for a task', () => {
    const p = extract(
      'SwiftQ: Scaled Weight Quantization of Language Models',
      'Our approach relies on a fine-grained denoising process and on efficient training.',
    );
    const names = p.tasks.map((t) => t.name.toLowerCase());
    expect(names).not.toContain('scaled weight quantization');
    expect(names).not.toContain('fine-grained denoising');
    expect(names).not.toContain('efficient training');
  });
});
