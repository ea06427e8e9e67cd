import { describe, expect, it } from 'vitest';
import { readJsonLines } from '../../../src/ingest/read/jsonl.js';
import { MAX_LINE_BYTES } from '../../../src/ingest/read/source.js';
import { MAX_ABSTRACT_CHARS } from '../../../src/ingest/read/validate.js';
import {
  collect,
  EXPECTED_PAPERS,
  errorsOf,
  fixture,
  INVALID_UTF8,
  LONG_ABSTRACT,
  papersOf,
  tempFiles,
} from './helpers.js';

const write = tempFiles();
const record = (title: string, abstract = LONG_ABSTRACT) => JSON.stringify({ title, abstract });

describe('readJsonLines', () => {
  it('reads records with either author shape, normalising ids, dates and whitespace', async () => {
    const file = fixture('papers.jsonl');
    const items = await collect(readJsonLines(file));
    expect(errorsOf(items)).toEqual([]);
    expect(papersOf(items)).toStrictEqual(EXPECTED_PAPERS);
    expect(items.map((i) => i.at)).toEqual([1, 2, 3].map((line) => ({ file, line })));
  });

  it('reports each bad line by file, line and field, and reads the good ones around them', async () => {
    const file = fixture('papers-bad.jsonl');
    const items = await collect(readJsonLines(file));
    expect(items.map((i) => (i.ok ? `ok ${i.at.line}` : i.error))).toEqual([
      'ok 1',
      expect.stringMatching(new RegExp(`^${file}:2: malformed JSON: `)),
      `${file}:3: missing field 'abstract'`,
      `${file}:5: field 'abstract' is empty`,
      `${file}:6: field 'title' is not a string (got number); ` +
        `field 'authors[1]' is neither a string nor an object with a string name`,
      `${file}:7: record is not an object (got array)`,
      `${file}:8: field 'arxivId' is not an arXiv id ('not-an-id'); ` +
        `field 'published' is not an ISO date (YYYY-MM-DD)`,
      'ok 9',
    ]);
  });

  it('reports invalid UTF-8 and oversized abstracts on their line and reads on', async () => {
    const file = write(
      'mixed.jsonl',
      Buffer.concat([
        Buffer.from(`${record('One')}\n{"title": "Two `),
        INVALID_UTF8,
        Buffer.from(
          `", "abstract": "x"}\n${record('Three', 'y'.repeat(MAX_ABSTRACT_CHARS + 5))}\n`,
        ),
        Buffer.from(`${record('Four')}`), // no final newline
      ]),
    );
    const items = await collect(readJsonLines(file));
    expect(errorsOf(items).map((e) => e.error)).toEqual([
      `${file}:2: invalid UTF-8, line skipped`,
      `${file}:3: field 'abstract' has 20005 characters, over the limit of 20000`,
    ]);
    expect(items.map((i) => i.ok && i.paper.title)).toEqual(['One', false, false, 'Four']);
  });

  it('skips a line too long to hold and reads the next one', async () => {
    const file = write(
      'overlong.jsonl',
      `${record('One')}\n"${'z'.repeat(MAX_LINE_BYTES + 10)}"\n${record('Three')}\n`,
    );
    const items = await collect(readJsonLines(file));
    expect(items.map((i) => (i.ok ? i.paper.title : i.error))).toEqual([
      'One',
      `${file}:2: line longer than ${MAX_LINE_BYTES} bytes, skipped`,
      'Three',
    ]);
  });

  it('handles a byte order mark and CRLF line ends', async () => {
    const file = write('crlf.jsonl', `\uFEFF${record('One')}\r\n${record('Two')}\r\n`);
    const items = await collect(readJsonLines(file));
    expect(papersOf(items).map((p) => p.title)).toEqual(['One', 'Two']);
  });

  it('drops control and zero-width characters, and refuses a title of only those', async () => {
    const file = write(
      'invisible.jsonl',
      [record('\u0000'), record('\u200b\u200b\ufeff'), record('Seg\u200bment\u0007 Any')].join(
        '\n',
      ),
    );
    const items = await collect(readJsonLines(file));
    expect(items.map((i) => (i.ok ? i.paper.title : i.error))).toEqual([
      `${file}:1: field 'title' has only invisible characters`,
      `${file}:2: field 'title' has only invisible characters`,
      'Segment Any',
    ]);
  });

  it('takes a numeric id as a string', async () => {
    const file = write('numeric-id.jsonl', JSON.stringify({ id: 7, title: 'T', abstract: 'A' }));
    expect(papersOf(await collect(readJsonLines(file)))).toEqual([
      { id: '7', title: 'T', abstract: 'A' },
    ]);
  });

  it('reports a binary file once and reads nothing from it', async () => {
    const file = write('binary.jsonl', Buffer.from(`${record('One')}\n\u0000\n`));
    const items = await collect(readJsonLines(file));
    expect(items).toEqual([
      {
        ok: false,
        error: `${file}: binary file (NUL byte in its first 64 KiB), nothing read`,
        at: { file },
      },
    ]);
  });
});
