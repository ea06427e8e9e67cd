import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import type { PaperInput } from '../../../src/domain/model.js';
import type { ReadFailure, ReadItem } from '../../../src/ingest/read/types.js';

export const fixture = (name: string) => join('test/fixtures/read', name);

export async function collect(items: AsyncIterable<ReadItem>): Promise<ReadItem[]> {
  const all: ReadItem[] = [];
  for await (const item of items) all.push(item);
  return all;
}

export const papersOf = (items: ReadItem[]): PaperInput[] =>
  items.flatMap((item) => (item.ok ? [item.paper] : []));

export const errorsOf = (items: ReadItem[]): ReadFailure[] =>
  items.filter((item): item is ReadFailure => !item.ok);

/** A writer of files into a temporary folder that lives as long as the test file. */
export function tempFiles(): (name: string, content: string | Uint8Array) => string {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'papergraph-read-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return (name, content) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
}

/** Bytes that are not UTF-8 (a lone continuation byte and a truncated sequence). */
export const INVALID_UTF8 = Buffer.from([0x80, 0xe2, 0x82]);

export const LONG_ABSTRACT =
  'We study a problem at length and report results on several benchmarks with a new method. '.repeat(
    5,
  );

/** The three papers of papers.jsonl and papers.json, as PaperInput. */
export const EXPECTED_PAPERS = [
  {
    id: 'p1',
    title: 'Alpha: Sparse Attention Without Loss',
    abstract: expect.stringMatching(/^We introduce Alpha/),
    arxivId: '2401.01234',
    arxivVersion: 2,
    published: '2024-01-02',
    authors: ['Ada Lovelace', 'Alan Turing'],
  },
  {
    title: 'Beta: Rewiring Graphs Against Oversquashing',
    abstract: expect.stringMatching(/^Graph neural networks/),
    doi: '10.1145/ABC.123',
    url: 'https://example.org/beta',
    published: '2023-11-05',
    authors: ['Grace Hopper', 'Edsger Dijkstra'],
  },
  {
    title: 'Gamma: Measuring Memorisation',
    abstract: expect.stringMatching(/^Large language models/),
    url: 'https://arxiv.org/pdf/hep-th/9901001v3',
    arxivId: 'hep-th/9901001',
    arxivVersion: 3,
  },
];
