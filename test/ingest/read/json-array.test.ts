import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readJsonArray } from '../../../src/ingest/read/json-array.js';
import { CHUNK_BYTES } from '../../../src/ingest/read/source.js';
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
const element = (title: string) => JSON.stringify({ title, abstract: LONG_ABSTRACT });

describe('readJsonArray', () => {
  it('reads the elements as papers located by entry number', async () => {
    const file = fixture('papers.json');
    const items = await collect(readJsonArray(file));
    expect(errorsOf(items)).toEqual([]);
    expect(papersOf(items)).toStrictEqual(EXPECTED_PAPERS);
    expect(items.map((i) => i.at)).toEqual([1, 2, 3].map((entry) => ({ file, entry })));
  });

  it('reports a bad element by entry and field and reads on', async () => {
    const file = write(
      'bad-element.json',
      `[${element('One')}, {"title": "Two", "abstract": ""}, 17, ${element('Four')}]`,
    );
    const items = await collect(readJsonArray(file));
    expect(items.map((i) => (i.ok ? i.paper.title : i.error))).toEqual([
      'One',
      `${file}, entry 2: field 'abstract' is empty`,
      `${file}, entry 3: record is not an object (got number)`,
      'Four',
    ]);
  });

  it('yields the elements before a truncation, then one error at the broken element', async () => {
    const whole = readFileSync(fixture('papers.json'), 'utf8');
    const file = write('truncated.json', whole.slice(0, whole.lastIndexOf('"url"')));
    const items = await collect(readJsonArray(file));
    expect(papersOf(items).map((p) => p.title)).toEqual([
      'Alpha: Sparse Attention Without Loss',
      'Beta: Rewiring Graphs Against Oversquashing',
    ]);
    expect(errorsOf(items)).toEqual([
      {
        ok: false,
        at: { file, entry: 3 },
        error: expect.stringMatching(
          new RegExp(`^${file}, entry 3: invalid JSON, reading stopped`),
        ),
      },
    ]);
  });

  it('stops at malformed JSON in the middle with one error', async () => {
    const file = write(
      'malformed.json',
      `[${element('One')}, {"title": nope}, ${element('Three')}]`,
    );
    const items = await collect(readJsonArray(file));
    expect(items.map((i) => (i.ok ? i.paper.title : i.error))).toEqual([
      'One',
      expect.stringMatching(
        new RegExp(`^${file}, entry 2: invalid JSON, reading stopped \\(.+\\)$`),
      ),
    ]);
  });

  it('says so when the file is not a JSON array', async () => {
    const file = write('object.json', element('One'));
    expect(await collect(readJsonArray(file))).toEqual([
      { ok: false, error: `${file}: not a JSON array`, at: { file } },
    ]);
  });

  it('yields every element before invalid UTF-8 in a later chunk, then stops with an error', async () => {
    // Enough good elements to fill the first chunk, so the bad bytes are in a later one.
    const good = Array.from(
      { length: Math.ceil((2 * CHUNK_BYTES) / LONG_ABSTRACT.length) },
      (_, i) => element(`Paper ${i + 1}`),
    );
    const file = write(
      'utf8.json',
      Buffer.concat([
        Buffer.from(`[${good.join(',')}, {"title": "Bad `),
        INVALID_UTF8,
        Buffer.from('"}]'),
      ]),
    );
    const items = await collect(readJsonArray(file));
    expect(papersOf(items).map((p) => p.title)).toEqual(good.map((_, i) => `Paper ${i + 1}`));
    const entry = good.length + 1;
    expect(errorsOf(items)).toEqual([
      {
        ok: false,
        at: { file, entry },
        error: `${file}, entry ${entry}: invalid UTF-8, reading stopped`,
      },
    ]);
  });

  it('reports a binary file once and reads nothing from it', async () => {
    const file = write('binary.json', Buffer.from('[{"title": "\u0000"}]'));
    expect(await collect(readJsonArray(file))).toEqual([
      {
        ok: false,
        error: `${file}: binary file (NUL byte in its first 64 KiB), nothing read`,
        at: { file },
      },
    ]);
  });
});
