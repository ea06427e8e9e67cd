import { describe, expect, it } from 'vitest';
import type { PaperInput } from '../../src/domain/model.js';
import {
  arxivIdFromUrl,
  contentHash,
  normaliseTitle,
  paperId,
  parseArxivId,
} from '../../src/ingest/identity.js';

const base: PaperInput = {
  title: 'Attention Is All You Need',
  abstract: 'We propose the Transformer.',
};

describe('arXiv ids', () => {
  it('parses new and old style ids with optional prefix and version', () => {
    expect(parseArxivId('2401.01234v2')).toEqual({ id: '2401.01234', version: 2 });
    expect(parseArxivId('arXiv:1706.03762')).toEqual({ id: '1706.03762' });
    expect(parseArxivId(' 0704.0001 ')).toEqual({ id: '0704.0001' });
    expect(parseArxivId('hep-th/9901001v1')).toEqual({ id: 'hep-th/9901001', version: 1 });
    expect(parseArxivId('math.GT/0309136')).toEqual({ id: 'math.GT/0309136' });
    expect(parseArxivId('1234')).toBeUndefined();
    expect(parseArxivId('https://arxiv.org/abs/2401.01234')).toBeUndefined();
  });

  it('extracts the id from abs and pdf urls only', () => {
    expect(arxivIdFromUrl('http://arxiv.org/abs/2401.01234v2')).toEqual({
      id: '2401.01234',
      version: 2,
    });
    expect(arxivIdFromUrl('https://arxiv.org/pdf/1706.03762v7.pdf')).toEqual({
      id: '1706.03762',
      version: 7,
    });
    expect(arxivIdFromUrl('https://export.arxiv.org/abs/hep-th/9901001')).toEqual({
      id: 'hep-th/9901001',
    });
    expect(arxivIdFromUrl('https://arxiv.org/list/cs.LG/recent')).toBeUndefined();
    expect(arxivIdFromUrl('https://example.org/abs/2401.01234')).toBeUndefined();
  });
});

describe('paperId', () => {
  it('keys by arXiv id without version, from the id or else the url', () => {
    expect(paperId({ ...base, arxivId: '1706.03762v5', doi: '10.1/x' })).toBe('arxiv:1706.03762');
    expect(paperId({ ...base, url: 'https://arxiv.org/pdf/1706.03762v1' })).toBe(
      'arxiv:1706.03762',
    );
    expect(paperId({ ...base, arxivId: 'hep-th/9901001' })).toBe('arxiv:hep-th/9901001');
  });

  it('falls back to the lower-cased DOI, then the source id, then the title hash', () => {
    expect(paperId({ ...base, doi: 'https://doi.org/10.1145/ABC.123', id: 'p1' })).toBe(
      'doi:10.1145/abc.123',
    );
    expect(paperId({ ...base, doi: 'doi:10.1145/ABC.123' })).toBe('doi:10.1145/abc.123');
    expect(paperId({ ...base, id: 'p1', url: 'https://example.org/p1' })).toBe('id:p1');
    expect(paperId(base)).toMatch(/^title:[0-9a-f]{16}$/);
  });

  it('hashes the normalised title, so case, punctuation and compatibility forms do not matter', () => {
    const id = paperId({ ...base, title: 'Efficient ﬁne-tuning of LLMs' });
    expect(paperId({ ...base, title: '  EFFICIENT Fine Tuning of LLMs!' })).toBe(id);
    expect(paperId({ ...base, title: 'Efficient fine-tuning of LLMs 2' })).not.toBe(id);
    expect(normaliseTitle('Ｆｕｌｌ—Width:  Ｔｅｓｔ')).toBe('full width test');
  });
});

describe('contentHash', () => {
  it('is a stable sha256 that ignores key order and the source id', () => {
    const a = contentHash({ ...base, authors: ['A', 'B'], published: '2017-06-12' });
    const b = contentHash({ published: '2017-06-12', authors: ['A', 'B'], ...base, id: 'x' });
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(b).toBe(a);
  });

  it('changes when any field the graph is built from changes', () => {
    const hash = contentHash(base);
    const variants: Partial<PaperInput>[] = [
      { title: 'Attention Is All You Need!' },
      { abstract: 'We propose the Transformer, again.' },
      { authors: ['A'] },
      { published: '2017-06-12' },
      { url: 'https://example.org' },
      { doi: '10.1/x' },
      { arxivId: '1706.03762' },
      { arxivVersion: 2 },
      { pwcTasks: ['Translation'] },
      { pwcMethods: ['Attention'] },
    ];
    for (const change of variants) expect(contentHash({ ...base, ...change })).not.toBe(hash);
  });
});
