/** Reading papers from an input file of any supported format, chosen by `detectFormat`. */
import { readAtom } from './atom.js';
import { detectFormat } from './detect.js';
import { readJsonArray } from './json-array.js';
import { readJsonLines } from './jsonl.js';
import { readPwc } from './pwc.js';
import type { SourceOptions } from './source.js';
import { readTrendingText } from './trending.js';
import type { InputFormat, ReadItem } from './types.js';

export { detectFormat } from './detect.js';
export type { InputFormat, ReadFailure, ReadItem, SourceLocation } from './types.js';

export interface ReadOptions extends SourceOptions {
  /** Skip detection and read the file as this format. */
  format?: InputFormat;
}

const READERS: Record<
  InputFormat,
  (file: string, options: SourceOptions) => AsyncGenerator<ReadItem>
> = {
  trending: readTrendingText,
  jsonl: readJsonLines,
  json: (file, options) => readJsonArray(file, undefined, options),
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
  yield* READERS[format](file, options);
}

/** The papers of several files in turn; a file that cannot be opened becomes one error item. */
export async function* readFiles(
  files: string[],
  options: ReadOptions = {},
): AsyncGenerator<ReadItem> {
  for (const file of files) {
    try {
      yield* readPapers(file, options);
    } catch (error) {
      yield { ok: false, error: `${file}: ${(error as Error).message}`, at: { file } };
    }
  }
}
