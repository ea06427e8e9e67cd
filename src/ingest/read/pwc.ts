/**
 * The Papers with Code dump `papers-with-abstracts.json`: a JSON array of objects with
 * `paper_url`, `arxiv_id`, `title`, `abstract`, `date`, `authors`, `tasks` (names) and `methods`
 * (objects with a `name`), mapped to the plain record shape and validated like any other.
 */
import { readJsonArray } from './json-array.js';
import type { SourceOptions } from './source.js';
import type { ReadItem } from './types.js';

/** Keys that only a Papers with Code element has, used to tell the dump from a plain array. */
export const PWC_KEYS = ['paper_url', 'arxiv_id'] as const;

function fromPwc(value: unknown): unknown {
  // Anything but an object goes through unchanged for the validator to report.
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const { paper_url, arxiv_id, date, tasks, methods, title, abstract, authors } = value as Record<
    string,
    unknown
  >;
  return {
    title,
    abstract,
    authors,
    url: paper_url,
    arxivId: arxiv_id,
    published: date,
    pwcTasks: tasks,
    pwcMethods: methods,
  };
}

export function readPwc(file: string, options: SourceOptions = {}): AsyncGenerator<ReadItem> {
  return readJsonArray(file, fromPwc, options);
}
