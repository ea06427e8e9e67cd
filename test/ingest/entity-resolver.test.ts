import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../../src/domain/model.js';
import { EntityResolver } from '../../src/ingest/entity-resolver.js';

const mention = (name: string, aliases: string[] = []): EntityMention => ({
  name,
  aliases,
  evidence: '',
  field: 'abstract',
  start: 0,
  end: 0,
  rule: 'test',
  confidence: 1,
});

describe('EntityResolver', () => {
  it('joins a mention to the entity that goes by its acronym or a spelling variant', () => {
    const resolver = new EntityResolver();
    const mla = resolver.resolve('Method', mention('Multi-Head Latent Attention', ['MLA']));
    expect(mla.key).toBe('multiheadlatentattention');
    expect(resolver.resolve('Method', mention('MLA')).key).toBe(mla.key);
    expect(resolver.resolve('Method', mention('multi-head latent attention')).key).toBe(mla.key);
  });

  it('keeps labels apart and variants distinct', () => {
    const resolver = new EntityResolver();
    expect(resolver.resolve('Dataset', mention('ImageNet')).key).toBe('imagenet');
    expect(resolver.resolve('Dataset', mention('ImageNet-32')).key).toBe('imagenet32');
    expect(resolver.resolve('Method', mention('ImageNet')).key).toBe('imagenet');
  });

  it('lets an acronym that names two entities merge neither', () => {
    const resolver = new EntityResolver();
    resolver.resolve('Method', mention('Segment Anything Model', ['SAM']));
    resolver.resolve('Method', mention('Sharpness-Aware Minimization', ['SAM']));
    expect(resolver.resolve('Method', mention('SAM')).key).toBe('sam');
  });

  it('resolves the same whatever order the entities became known in', () => {
    const mentions = [
      mention('Segment Anything Model', ['SAM']),
      mention('Sharpness-Aware Minimization', ['SAM']),
      mention('Low-Rank Adaptation', ['LoRA']),
    ];
    const forward = new EntityResolver();
    const backward = new EntityResolver();
    for (const m of mentions) forward.resolve('Method', m);
    for (const m of [...mentions].reverse()) backward.resolve('Method', m);
    for (const name of ['SAM', 'LoRA', 'low rank adaptation']) {
      expect(forward.resolveName('Method', name)).toBe(backward.resolveName('Method', name));
    }
  });
});
