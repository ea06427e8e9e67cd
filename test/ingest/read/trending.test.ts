import { describe, expect, it } from 'vitest';
import { readTrendingText } from '../../../src/ingest/read/trending.js';
import { MAX_ABSTRACT_CHARS } from '../../../src/ingest/read/validate.js';
import {
  collect,
  errorsOf,
  fixture,
  INVALID_UTF8,
  LONG_ABSTRACT,
  papersOf,
  tempFiles,
} from './helpers.js';

const write = tempFiles();

describe('readTrendingText', () => {
  it('reads the sample corpus: 94 papers, chrome and the glued "Subscribe" dropped', async () => {
    const items = await collect(readTrendingText('data/sample/hf-trending-sample.txt'));
    const papers = papersOf(items);
    expect(errorsOf(items)).toEqual([]);
    expect(papers).toHaveLength(94);
    expect(papers[0]?.title).toBe('PartialFormer: Modeling Part Instead of Whole');
    expect(items[0]?.at).toEqual({ file: 'data/sample/hf-trending-sample.txt', line: 3 });
    expect(papers.filter((p) => /Subscribe|trending papers/.test(p.title))).toEqual([]);
    expect(papers.every((p) => p.abstract.length > 300)).toBe(true);
    expect(papers.at(-1)?.title).toMatch(/^Seq-VCR: Preventing Collapse/);
  });

  it('pairs titles and abstracts, collapsing whitespace, located at the title line', async () => {
    const file = fixture('trending.txt');
    const items = await collect(readTrendingText(file));
    expect(errorsOf(items)).toEqual([]);
    expect(items.map((i) => i.ok && [i.paper.title, i.at.line])).toEqual([
      ['Alpha: Sparse Attention Without Loss', 3],
      ['Beta: Rewiring Graphs Against Oversquashing', 5],
      ['Gamma: Measuring Memorisation', 8],
    ]);
    expect(papersOf(items)[0]?.abstract).toMatch(
      /^We introduce Alpha, .*https:\/\/github\.com\/example\/alpha\.$/,
    );
  });

  it('reads from the first line without chrome, and accepts a "Subscribe" line of its own', async () => {
    const bare = write('bare.txt', `First Title\n${LONG_ABSTRACT}\n`);
    expect((await collect(readTrendingText(bare))).map((i) => i.ok && i.at.line)).toEqual([1]);

    const titled = write('titled.txt', `Subscribe to Learn: A Title\n${LONG_ABSTRACT}\n`);
    const first = await collect(readTrendingText(titled));
    expect(first.map((i) => i.ok && [i.paper.title, i.at.line])).toEqual([
      ['Subscribe to Learn: A Title', 1],
    ]);

    const alone = write('alone.txt', `Some chrome\nSubscribe \nFirst Title\n${LONG_ABSTRACT}\n`);
    const items = await collect(readTrendingText(alone));
    expect(items.map((i) => i.ok && [i.paper.title, i.at.line])).toEqual([['First Title', 3]]);
  });

  it('reports a missing title or abstract once and keeps the pairs after it aligned', async () => {
    const file = fixture('trending-bad.txt');
    const items = await collect(readTrendingText(file));
    expect(items.map((i) => (i.ok ? `ok ${i.at.line} ${i.paper.title}` : i.error))).toEqual([
      'ok 2 Alpha: Sparse Attention Without Loss',
      `${file}:5: title 'Orphan Title Without Abstract' has no abstract line after it`,
      'ok 6 Beta: Rewiring Graphs Against Oversquashing',
      `${file}:8: abstract without a title line before it`,
      'ok 9 Delta: A Short One',
      'ok 11 Gamma: Measuring Memorisation',
      `${file}:13: title 'Dangling Last Title' has no abstract line after it`,
    ]);
    expect(papersOf(items)[2]?.abstract).toBe('We study delta. It works.');
  });

  it('reports a line of invalid UTF-8 with its line number and reads on', async () => {
    const file = write(
      'utf8.txt',
      Buffer.concat([
        Buffer.from(`Title One\n${LONG_ABSTRACT}\nTitle Two\nBroken `),
        INVALID_UTF8,
        Buffer.from(` abstract\nTitle Three\n${LONG_ABSTRACT}\n`),
      ]),
    );
    const items = await collect(readTrendingText(file));
    expect(errorsOf(items).map((e) => e.error)).toContain(`${file}:4: invalid UTF-8, line skipped`);
    expect(papersOf(items).map((p) => p.title)).toEqual(['Title One', 'Title Three']);
  });

  it('refuses an oversized abstract by name and reads the next paper', async () => {
    const huge = 'x'.repeat(MAX_ABSTRACT_CHARS + 1);
    const file = write('huge.txt', `Too Long\n${huge}\nFine\n${LONG_ABSTRACT}\n`);
    const items = await collect(readTrendingText(file));
    expect(errorsOf(items).map((e) => e.error)).toEqual([
      `${file}:1: field 'abstract' has 20001 characters, over the limit of 20000`,
    ]);
    expect(papersOf(items).map((p) => p.title)).toEqual(['Fine']);
  });

  it('reports a binary file once and reads nothing from it', async () => {
    const file = write('binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0a, 0x41, 0x0a]));
    expect(await collect(readTrendingText(file))).toEqual([
      {
        ok: false,
        error: `${file}: binary file (NUL byte in its first 64 KiB), nothing read`,
        at: { file },
      },
    ]);
  });
});
