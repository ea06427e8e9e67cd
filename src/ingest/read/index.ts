/** Reading papers from an input file of any supported format, chosen by `detectFormat`. */
import { readAtom } from './atom.js';
import { detectFormat } from './detect.js';
import { readJsonArray } from './json-array.js';
import { readJsonLines } from './jsonl.js';
import { readPwc } from './pwc.js';
import { readTrendingText } from './trending.js';
import type { InputFormat, ReadItem } from './types.js';

export { detectFormat } from './detect.js';
export type { InputFormat, ReadFailure, ReadItem, SourceLocation } from './types.js';

export interface ReadOptions {
  /** Skip detection and read the file as this format. */
  format?: InputFormat;
}

const READERS: Record<InputFormat, (file: string) => AsyncGenerator<ReadItem>> = {
  trending: readTrendingText,
  jsonl: readJsonLines,
  json: (file) => readJsonArray(file),
  atom: readAtom,
  pwc: readPwc,
};

/**
 * The papers of `file`, streamed, each with where it was read; bad records come as error items
 * between the good ones. A missing or unreadable file throws.
 */
export async function* readPapers(
  file: string,
  options: ReadOptions = {},
): AsyncGenerator<ReadItem> {
  const format = options.format ?? (await detectFormat(file));
  yield* READERS[format](file);
}
