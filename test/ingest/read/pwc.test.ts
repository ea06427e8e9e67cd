import { describe, expect, it } from 'vitest';
import { readPwc } from '../../../src/ingest/read/pwc.js';
import { collect, fixture } from './helpers.js';

describe('readPwc', () => {
  it('maps Papers with Code elements to papers, keeping tasks and method names', async () => {
    const file = fixture('pwc.json');
    const items = await collect(readPwc(file));
    expect(items).toStrictEqual([
      {
        ok: true,
        at: { file, entry: 1 },
        paper: {
          title: 'Alpha: Sparse Attention Without Loss',
          abstract: expect.stringMatching(/^We introduce Alpha/),
          url: 'https://paperswithcode.com/paper/alpha-sparse-attention',
          arxivId: '2401.01234',
          published: '2024-01-02',
          authors: ['Ada Lovelace', 'Alan Turing'],
          pwcTasks: ['Image Classification', 'Language Modelling'],
          pwcMethods: ['Attention', 'Softmax'],
        },
      },
      {
        ok: true,
        at: { file, entry: 2 },
        paper: {
          title: 'Beta: Rewiring Graphs Against Oversquashing',
          abstract: expect.stringMatching(/^Graph neural networks/),
          url: 'https://paperswithcode.com/paper/beta-rewiring',
        },
      },
      {
        ok: false,
        at: { file, entry: 3 },
        error: `${file}, entry 3: missing field 'abstract'`,
      },
    ]);
  });
});
