/**
 * A JSON array of records, streamed element by element with stream-json, so a dump of any size
 * is never held whole. A break in the JSON (malformed or truncated) stops reading with one error
 * at the element it broke in; the elements before it have been yielded.
 */
import Parser from 'stream-json/Parser.js';
import StreamArray from 'stream-json/streamers/StreamArray.js';
import { failure, stopped } from './errors.js';
import { type SourceOptions, textChunks } from './source.js';
import type { ReadFailure, ReadItem } from './types.js';
import { toReadItem } from './validate.js';

/** One element of the array with its 1-based index, or the error that ended the reading. */
export type JsonElement = { entry: number; value: unknown } | ReadFailure;

export async function* jsonArrayElements(
  file: string,
  options: SourceOptions = {},
): AsyncGenerator<JsonElement> {
  // Driven by hand rather than iterated as a stream: a stream that errors is destroyed with the
  // elements it still buffers, and those parsed before a break must come out. Parsing a chunk is
  // synchronous, so after each write the elements it completed are in `parsed`.
  const parser = new Parser({ streamValues: false });
  const elements = new StreamArray();
  const parsed: unknown[] = [];
  let parseError: Error | undefined;
  const ended = new Promise<void>((resolve) => {
    const fail = (err: Error) => {
      parseError ??= err;
      resolve();
    };
    parser.on('error', fail);
    elements.on('error', fail);
    elements.on('end', resolve);
  });
  elements.on('data', ({ value }: { value: unknown }) => parsed.push(value));
  parser.pipe(elements);

  let entry = 0;
  function* take(): Generator<JsonElement> {
    for (const value of parsed.splice(0)) {
      entry += 1;
      yield { entry, value };
    }
  }

  try {
    for await (const text of textChunks(file, options)) {
      parser.write(text);
      yield* take();
      if (parseError) break;
    }
    if (!parseError) {
      parser.end();
      await ended;
    }
    yield* take();
  } catch (err) {
    yield stopped(err, { file, entry: entry + 1 });
    return;
  } finally {
    parser.destroy();
    elements.destroy();
  }
  if (parseError) {
    // StreamArray's complaint about a top level that is not an array comes before any element.
    yield entry === 0 && /Top-level object/.test(parseError.message)
      ? failure({ file }, 'not a JSON array')
      : failure(
          { file, entry: entry + 1 },
          `invalid JSON, reading stopped (${parseError.message})`,
        );
  }
}

/**
 * Papers of a JSON array file. `toRecord` maps an element of another shape (e.g. a Papers with
 * Code dump's) to the plain record shape before validation.
 */
export async function* readJsonArray(
  file: string,
  toRecord: (value: unknown) => unknown = (value) => value,
  options: SourceOptions = {},
): AsyncGenerator<ReadItem> {
  for await (const element of jsonArrayElements(file, options)) {
    yield 'value' in element
      ? toReadItem(toRecord(element.value), { file, entry: element.entry })
      : element;
  }
}
