import type { ReadFailure, SourceLocation } from './types.js';

/**
 * A fault in the input that stops a reader (binary file, invalid UTF-8 in a chunk): thrown by the
 * shared byte and text sources, turned into one final error item by the reader that knows where
 * it was. `at` is set when the fault concerns the whole file rather than a place in it.
 */
export class ReadError extends Error {
  constructor(
    message: string,
    readonly at?: SourceLocation,
  ) {
    super(message);
    this.name = 'ReadError';
  }
}

/** `file:12` for a line, `file, entry 3` for an entry, `file:12, entry 3` for both. */
export function describeLocation(at: SourceLocation): string {
  const line = at.line === undefined ? '' : `:${at.line}`;
  const entry = at.entry === undefined ? '' : `, entry ${at.entry}`;
  return `${at.file}${line}${entry}`;
}

/** An error item whose message names where it happened, so it can be printed on its own. */
export function failure(at: SourceLocation, message: string): ReadFailure {
  return { ok: false, error: `${describeLocation(at)}: ${message}`, at };
}

/** The error item for a ReadError caught at `where`; anything else (e.g. ENOENT) is rethrown. */
export function stopped(err: unknown, where: SourceLocation): ReadFailure {
  if (!(err instanceof ReadError)) throw err;
  return failure(err.at ?? where, err.message);
}
