import type { PaperInput } from '../../domain/model.js';

/** Where a record came from, for error messages: a file plus a line or an entry number. */
export interface SourceLocation {
  file: string;
  /** 1-based line of the record's start (line-based formats). */
  line?: number;
  /** 1-based index of the record (XML entries, JSON array elements). */
  entry?: number;
}

/** One record of an input file: a paper, or the reason it could not be read. */
export type ReadItem =
  | { ok: true; paper: PaperInput; at: SourceLocation }
  | { ok: false; error: string; at: SourceLocation };

export type InputFormat = 'trending' | 'jsonl' | 'json' | 'atom' | 'pwc';

/** The error case of a ReadItem. */
export type ReadFailure = Extract<ReadItem, { ok: false }>;
