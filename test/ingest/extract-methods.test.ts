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
});
