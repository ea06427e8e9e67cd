import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat, readPapers } from '../../../src/ingest/read/index.js';
import { collect, fixture, LONG_ABSTRACT, papersOf, tempFiles } from './helpers.js';

const write = tempFiles();
const jsonl = `${JSON.stringify({ title: 'One', abstract: LONG_ABSTRACT })}\n`;

describe('detectFormat', () => {
  it('goes by the extension, looking into .json files for Papers with Code keys', async () => {
    expect(await detectFormat(fixture('trending.txt'))).toBe('trending');
    expect(await detectFormat(fixture('papers.jsonl'))).toBe('jsonl');
    expect(await detectFormat(write('x.NDJSON', jsonl))).toBe('jsonl');
    expect(await detectFormat(fixture('arxiv.xml'))).toBe('atom');
    expect(await detectFormat(write('feed.atom', '<feed/>'))).toBe('atom');
    expect(await detectFormat(fixture('papers.json'))).toBe('json');
    expect(await detectFormat(fixture('pwc.json'))).toBe('pwc');
    expect(await detectFormat(write('empty.json', '[]'))).toBe('json');
  });

  it('goes by the content when the extension tells nothing', async () => {
    const copy = (name: string, from: string) => write(name, readFileSync(fixture(from)));
    expect(await detectFormat(copy('a', 'arxiv.xml'))).toBe('atom');
    expect(await detectFormat(copy('b.dat', 'pwc.json'))).toBe('pwc');
    expect(await detectFormat(copy('c.dat', 'papers.json'))).toBe('json');
    expect(await detectFormat(write('d.dat', `\n  ${jsonl}`))).toBe('jsonl');
    expect(await detectFormat(copy('e', 'trending.txt'))).toBe('trending');
  });
});

describe('readPapers', () => {
  it('reads the sample corpus by its detected format', async () => {
    const items = await collect(readPapers('data/sample/hf-trending-sample.txt'));
    expect(items.filter((i) => !i.ok)).toEqual([]);
    expect(items).toHaveLength(94);
  });

  it('reads every fixture format through the one entry point', async () => {
    for (const name of ['papers.jsonl', 'papers.json', 'arxiv.xml', 'pwc.json']) {
      const papers = papersOf(await collect(readPapers(fixture(name))));
      expect(papers[0]?.title, name).toBe('Alpha: Sparse Attention Without Loss');
    }
  });

  it('uses an explicit format over the extension', async () => {
    const file = write('records.txt', jsonl);
    expect(papersOf(await collect(readPapers(file, { format: 'jsonl' })))).toEqual([
      { title: 'One', abstract: LONG_ABSTRACT.trim() },
    ]);
  });

  it('reports a binary file of unknown format through the reader it falls back to', async () => {
    const file = write('blob', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00]));
    expect((await collect(readPapers(file))).map((i) => !i.ok && i.error)).toEqual([
      `${file}: binary file (NUL byte in its first 64 KiB), nothing read`,
    ]);
  });

  it('throws for a file that does not exist', async () => {
    await expect(collect(readPapers(fixture('missing.jsonl')))).rejects.toThrow(/ENOENT/);
  });
});
