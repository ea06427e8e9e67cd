/** JSON Lines (`.jsonl`, `.ndjson`): one record object per line, blank lines ignored. */
import { failure, stopped } from './errors.js';
import { lines, type SourceOptions } from './source.js';
import type { ReadItem } from './types.js';
import { toReadItem } from './validate.js';

export async function* readJsonLines(
  file: string,
  options: SourceOptions = {},
): AsyncGenerator<ReadItem> {
  try {
    for await (const item of lines(file, options)) {
      const at = { file, line: item.line };
      if ('error' in item) {
        yield failure(at, item.error);
        continue;
      }
      if (item.text.trim() === '') continue;
      let raw: unknown;
      try {
        raw = JSON.parse(item.text);
      } catch (err) {
        yield failure(at, `malformed JSON: ${(err as Error).message}`);
        continue;
      }
      yield toReadItem(raw, at);
    }
  } catch (err) {
    yield stopped(err, { file });
  }
}
