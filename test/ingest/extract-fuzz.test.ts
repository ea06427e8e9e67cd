import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExtractedPaper, Provenance } from '../../src/domain/model.js';
import { extractPaper } from '../../src/ingest/extract/index.js';
import { RULES, type RuleName } from '../../src/ingest/extract/rules.js';

/**
 * Whatever the text, extraction returns and every record is well formed: its rule is in the
 * table with the table's confidence, and its offsets lie inside the field it names.
 */
const RUNS = { numRuns: 200 };

const pieces = [
  'We propose FooNet',
  ' achieves ',
  '69%',
  ' 8.38 ',
  '65\\%',
  ' 65 % ',
  'pass@1',
  ' accuracy ',
  ' on ',
  'ImageNet-1k',
  ' MMLU and MT-bench',
  ', respectively',
  ' from 51.0% to ',
  '(69.4 vs. 51.0)',
  ' vs. ',
  'https: //github.com/',
  'http ://github.com/a/',
  'github.com/o/n',
  'https://huggingface.co/datasets/ ',
  '\\url{https://github.com/o/n\\_x}',
  '\\href{',
  '}{',
  '-\n',
  '/ ',
  '\\textbf{',
  '{\\em ',
  'S^{2}',
  '$\\times$',
  '\\"{o}',
  '((',
  ']]',
  '{',
  '}',
  '(',
  ')',
  '. ',
  ', ',
  ' and ',
  'e.g.',
  '\n',
  'Low-Rank Adaptation (LoRA)',
];

/** Text built from fragments the rules look for, in any order and number. */
const fragments = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((a) => a.join(''));
const texts = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fragments,
  fc.string({ unit: fc.constantFrom(...'.,;:!?()[]{}<>-_/\\\'"`~@#$%^&*+=| '), maxLength: 300 }),
  fc.string({ unit: fc.constantFrom(...'0123456789.% '), maxLength: 300 }),
  fc
    .array(
      fc.webUrl().map((u) => u.replace(/^https?:\/\/[^/]+/, 'https://github.com')),
      { maxLength: 20 },
    )
    .map((a) => a.join(' ')),
  fc
    .array(fc.constantFrom('(', '[', '{', ')', ']', '}', 'FooNet', ' 1.5 ', 'on CIFAR-10'), {
      maxLength: 80,
    })
    .map((a) => a.join('')),
);

function checkProvenance(p: Provenance, title: string, abstract: string): void {
  expect(Object.hasOwn(RULES, p.rule)).toBe(true);
  expect(p.confidence).toBe(RULES[p.rule as RuleName].confidence);
  const field = p.field === 'title' ? title : abstract;
  expect(Number.isInteger(p.start) && Number.isInteger(p.end)).toBe(true);
  expect(p.start).toBeGreaterThanOrEqual(0);
  expect(p.end).toBeGreaterThanOrEqual(p.start);
  expect(p.end).toBeLessThanOrEqual(field.length);
  expect(field.includes(p.evidence)).toBe(true);
}

function checkPaper(out: ExtractedPaper, title: string, abstract: string): void {
  for (const m of [...out.methods, ...out.datasets, ...out.tasks]) {
    expect(typeof m.name).toBe('string');
    expect(m.name.length).toBeGreaterThan(0);
    checkProvenance(m, title, abstract);
  }
  for (const r of out.repositories) {
    expect(r.fullName).toMatch(/^[^/\s]+(?:\/[^/\s]+)+$/);
    expect(r.url.startsWith('https://')).toBe(true);
    checkProvenance(r, title, abstract);
  }
  for (const r of out.results) {
    expect(Number.isFinite(r.value)).toBe(true);
    expect(r.metric.length).toBeGreaterThan(0);
    expect(r.dataset === null || r.dataset.length > 0).toBe(true);
    checkProvenance(r, title, abstract);
  }
}

describe('extraction on any text', () => {
  it('never throws and returns well-formed records', () => {
    fc.assert(
      fc.property(texts, texts, (title, abstract) => {
        checkPaper(extractPaper({ id: 'f', title, abstract }), title, abstract);
      }),
      RUNS,
    );
  });

  it('copes with 20,000-character abstracts', () => {
    fc.assert(
      fc.property(fragments, fc.integer({ min: 0, max: 3 }), (seed, kind) => {
        const unit =
          kind === 0 ? seed || 'x' : kind === 1 ? '9.9% ' : kind === 2 ? '((([{' : 'github.com/ ';
        const abstract = unit.repeat(Math.ceil(20_000 / unit.length)).slice(0, 20_000);
        checkPaper(extractPaper({ id: 'f', title: seed, abstract }), seed, abstract);
      }),
      { numRuns: 8 },
    );
  });
});
