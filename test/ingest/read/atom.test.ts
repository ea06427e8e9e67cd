import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readAtom } from '../../../src/ingest/read/atom.js';
import { collect, errorsOf, fixture, INVALID_UTF8, papersOf, tempFiles } from './helpers.js';

const write = tempFiles();
const feed = readFileSync(fixture('arxiv.xml'), 'utf8');

describe('readAtom', () => {
  it('reads arXiv API entries: id and version, collapsed text, date, authors, doi, html link', async () => {
    const file = fixture('arxiv.xml');
    const items = await collect(readAtom(file));
    expect(errorsOf(items)).toEqual([]);
    expect(papersOf(items)).toStrictEqual([
      {
        title: 'Alpha: Sparse Attention Without Loss',
        abstract:
          'We introduce Alpha, a sparse attention layer that keeps the accuracy of dense attention ' +
          'while cutting its memory use by half.',
        url: 'http://arxiv.org/abs/2401.01234v2',
        arxivId: '2401.01234',
        arxivVersion: 2,
        doi: '10.1000/Alpha.2024',
        published: '2024-01-02',
        authors: ['Ada Lovelace', 'Alan Turing'],
      },
      {
        title: 'Strings & Branes in <Five> Dimensions',
        abstract: 'We study strings and branes in five dimensions.',
        url: 'http://arxiv.org/abs/hep-th/9901001v1',
        arxivId: 'hep-th/9901001',
        arxivVersion: 1,
        published: '1999-01-01',
        authors: ['Edward Witten'],
      },
      {
        title: 'Gamma: Measuring Memorisation',
        abstract: 'Large language models are known to memorise parts of their training data.',
        url: 'http://arxiv.org/abs/2402.05678v1',
        arxivId: '2402.05678',
        arxivVersion: 1,
        published: '2024-02-08',
        authors: ['Grace Hopper'],
      },
    ]);
    expect(items.map((i) => i.at)).toEqual([
      { file, entry: 1, line: 8 },
      { file, entry: 2, line: 32 },
      { file, entry: 3, line: 44 },
    ]);
  });

  it('reports bad entries by entry number and field and reads the good one between', async () => {
    const file = fixture('arxiv-bad.xml');
    const items = await collect(readAtom(file));
    expect(
      items.map((i) => (i.ok ? `ok ${i.at.entry} v${i.paper.arxivVersion}` : i.error)),
    ).toEqual([
      `${file}:3, entry 1: missing field 'abstract'`,
      `${file}:9, entry 2: field 'title' is empty`,
      'ok 3 v3',
    ]);
  });

  it('yields the entries before a truncation, then one error naming the broken entry', async () => {
    const file = write('truncated.xml', feed.slice(0, feed.indexOf('Gamma: Measuring')));
    const items = await collect(readAtom(file));
    expect(papersOf(items).map((p) => p.arxivId)).toEqual(['2401.01234', 'hep-th/9901001']);
    expect(errorsOf(items)).toEqual([
      {
        ok: false,
        at: { file, entry: 3, line: 44 },
        error: expect.stringMatching(
          new RegExp(`^${file}:44, entry 3: XML error, reading stopped: .*unclosed tag`),
        ),
      },
    ]);
  });

  it('places a break between entries after the last complete one', async () => {
    const cut = feed.indexOf('</entry>', feed.indexOf('hep-th/9901001')) + '</entry>'.length;
    const file = write('between.xml', `${feed.slice(0, cut)}\n  <broken`);
    const items = await collect(readAtom(file));
    expect(papersOf(items)).toHaveLength(2);
    expect(errorsOf(items).map((e) => e.error)).toEqual([
      expect.stringMatching(/XML error, reading stopped: .* \(after entry 2\)$/),
    ]);
  });

  it('turns an arXiv API error feed into an error item', async () => {
    const file = fixture('arxiv-api-error.xml');
    expect((await collect(readAtom(file))).map((i) => !i.ok && i.error)).toEqual([
      `${file}:4, entry 1: arXiv API error: incorrect id format for 1234.12345`,
    ]);
  });

  it('stops at invalid UTF-8 with an error naming the entry, after the entries before it', async () => {
    const bad = feed.indexOf('Strings &amp;');
    const file = write(
      'utf8.xml',
      Buffer.concat([Buffer.from(feed.slice(0, bad)), INVALID_UTF8, Buffer.from(feed.slice(bad))]),
    );
    const items = await collect(readAtom(file));
    expect(items.map((i) => (i.ok ? i.paper.title : i.error))).toEqual([
      'Alpha: Sparse Attention Without Loss',
      `${file}:32, entry 2: invalid UTF-8, reading stopped`,
    ]);
  });

  it('reports a binary file once and reads nothing from it', async () => {
    const file = write('binary.xml', Buffer.from('<feed>\u0000</feed>'));
    expect(await collect(readAtom(file))).toEqual([
      {
        ok: false,
        error: `${file}: binary file (NUL byte in its first 64 KiB), nothing read`,
        at: { file },
      },
    ]);
  });
});
