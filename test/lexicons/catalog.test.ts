import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entityKey } from '../../src/domain/keys.js';

/** The built lexicons (`npm run lexicons`), as committed: checked for shape and consistency. */
const KINDS = {
  dataset: 'datasets.json',
  method: 'methods.json',
  metric: 'metrics.json',
  task: 'tasks.json',
} as const;
type Kind = keyof typeof KINDS;

interface Entry {
  name: string;
  aliases?: string[];
  kind: Kind;
  benchmarkOf?: string[];
  family?: boolean;
  common: boolean;
  sources: string[];
}

function load(kind: Kind): { generatedBy: string; entries: Entry[] } {
  const url = new URL(`../../data/lexicons/catalog/${KINDS[kind]}`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8'));
}

const files = Object.fromEntries(
  (Object.keys(KINDS) as Kind[]).map((kind) => [kind, load(kind)]),
) as Record<Kind, ReturnType<typeof load>>;

function find(kind: Kind, name: string): Entry | undefined {
  const key = entityKey(name);
  return files[kind].entries.find(
    (e) => entityKey(e.name) === key || (e.aliases ?? []).some((a) => entityKey(a) === key),
  );
}

describe('built catalog lexicons', () => {
  it('have the documented shape, sorted by name', () => {
    for (const kind of Object.keys(KINDS) as Kind[]) {
      const file = files[kind];
      expect(file.generatedBy).toBe('npm run lexicons');
      expect(Array.isArray(file.entries)).toBe(true);
      for (const e of file.entries) {
        expect(typeof e.name).toBe('string');
        expect(e.name.trim()).not.toBe('');
        expect(e.name).toBe(e.name.trim());
        expect(e.kind).toBe(kind);
        expect(typeof e.common).toBe('boolean');
        expect(e.sources.length).toBeGreaterThan(0);
        expect([...e.sources].sort()).toEqual(e.sources);
        for (const a of e.aliases ?? []) expect(a.trim()).not.toBe('');
        if (e.benchmarkOf) expect(kind).toBe('dataset');
        if (e.family !== undefined) expect(e.family).toBe(true);
        // A catalog id is never emitted as a display name.
        expect(e.name).not.toMatch(/^[a-z0-9]+(_[a-z0-9]+)+$/);
      }
      const names = file.entries.map((e) => e.name);
      const sorted = [...names].sort((a, b) => {
        const [x, y] = [a.toLowerCase(), b.toLowerCase()];
        return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
      });
      expect(names).toEqual(sorted);
    }
  });

  it('hold thousands of entries in all, most of them datasets', () => {
    const counts = Object.fromEntries(
      (Object.keys(KINDS) as Kind[]).map((k) => [k, files[k].entries.length]),
    );
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(2000);
    expect(counts.dataset).toBeGreaterThan(1500);
    expect(counts.method).toBeGreaterThan(300);
    expect(counts.metric).toBeGreaterThan(100);
    expect(counts.task).toBeGreaterThan(100);
  });

  it('never give two entries of one kind the same key among names and aliases', () => {
    for (const kind of Object.keys(KINDS) as Kind[]) {
      const owner = new Map<string, string>();
      for (const e of files[kind].entries) {
        const keys = new Set([e.name, ...(e.aliases ?? [])].map(entityKey));
        for (const key of keys) {
          expect(owner.get(key), `${kind} ${key}: ${owner.get(key)} and ${e.name}`).toBeUndefined();
          owner.set(key, e.name);
        }
      }
    }
  });

  it('hold the well-known equivalences as one entry', () => {
    const coco = find('dataset', 'COCO');
    expect(coco?.name).toBe('COCO');
    for (const alias of ['MS COCO', 'MSCOCO', 'Microsoft COCO']) {
      expect(find('dataset', alias)).toBe(coco);
    }
    const imagenet1k = find('dataset', 'ImageNet-1k');
    expect(imagenet1k).toBeDefined();
    expect(find('dataset', 'ILSVRC 2012')).toBe(imagenet1k);
    expect(find('dataset', 'ILSVRC-2012')).toBe(imagenet1k);
    // Variants stay apart.
    expect(find('dataset', 'ImageNet')).not.toBe(imagenet1k);
    expect(find('dataset', 'CIFAR-10')).not.toBe(find('dataset', 'CIFAR-100'));
    expect(find('dataset', 'SQuAD 2.0')).not.toBe(find('dataset', 'SQuAD'));
  });

  it('use the casing people write, and list where each name comes from', () => {
    expect(find('dataset', 'cifar10')?.name).toBe('CIFAR-10');
    expect(find('dataset', 'hellaswag')?.name).toBe('HellaSwag');
    expect(find('dataset', 'Banking77Classification')?.name).toBe('Banking77');
    expect(find('method', 'roberta')?.name).toBe('RoBERTa');
    expect(find('metric', 'SSIM')?.aliases).toContain('structural similarity index measure');
    expect(find('task', 'automatic-speech-recognition')?.name).toBe('automatic speech recognition');
    expect(find('dataset', 'COCO')?.sources).toEqual(
      expect.arrayContaining(['hand', 'tensorflow-datasets', 'torchvision']),
    );
  });

  it('mark ordinary English words as common, and names that only look like words not', () => {
    for (const name of ['Quality', 'Pile', 'Hopper', 'Ant', 'Swimmer']) {
      expect(find('dataset', name)?.common, name).toBe(true);
    }
    for (const name of ['MNIST', 'CIFAR-10', 'ImageNet', 'Walker2d', 'HellaSwag']) {
      expect(find('dataset', name)?.common, name).toBe(false);
    }
  });

  it('include every name of the hand files, with the source hand', () => {
    const hand: Record<Kind, string[]> = { dataset: [], method: [], metric: [], task: [] };
    const read = (file: string) =>
      JSON.parse(readFileSync(new URL(`../../data/lexicons/${file}`, import.meta.url), 'utf8'));
    const datasets = read('datasets.json');
    const methods = read('methods.json');
    hand.dataset = [...datasets.names, ...datasets.families];
    hand.method = [...methods.names, ...methods.families];
    hand.metric = read('metrics.json').metrics;
    hand.task = read('tasks.json').tasks;
    for (const kind of Object.keys(hand) as Kind[]) {
      for (const name of hand[kind]) {
        expect(find(kind, name)?.sources, `${kind} ${name}`).toContain('hand');
      }
    }
  });

  it('keep hand families flagged', () => {
    expect(find('dataset', 'CIFAR')?.family).toBe(true);
    expect(find('method', 'GPT')?.family).toBe(true);
    expect(find('dataset', 'MNIST')?.sources).toContain('hand');
  });
});
