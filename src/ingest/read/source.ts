/**
 * Streaming access to an input file shared by the readers: bytes in bounded chunks, lines
 * decoded one by one, or text decoded chunk by chunk. Binary files are refused on the first
 * chunk; invalid UTF-8 is reported, never silently replaced.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { ReadError } from './errors.js';

/** Size of the chunks read, and so of the prefix checked for NUL bytes. */
export const CHUNK_BYTES = 64 * 1024;
/** A longer line is skipped with an error, so a file without newlines cannot fill memory. */
export const MAX_LINE_BYTES = 1024 * 1024;

const NEWLINE = 0x0a;

/** Lets the caller follow how far reading has got, for progress bars. */
export interface SourceOptions {
  onBytes?: (bytes: number) => void;
}

/** The file's raw bytes, chunk by chunk; throws a ReadError if the first chunk has a NUL byte. */
export async function* byteChunks(
  file: string,
  options: SourceOptions = {},
): AsyncGenerator<Buffer> {
  let first = true;
  for await (const chunk of createReadStream(file, { highWaterMark: CHUNK_BYTES })) {
    const bytes = chunk as Buffer;
    if (first && bytes.includes(0)) {
      throw new ReadError(
        `binary file (NUL byte in its first ${CHUNK_BYTES / 1024} KiB), nothing read`,
        { file },
      );
    }
    first = false;
    options.onBytes?.(bytes.length);
    yield bytes;
  }
}

/** Up to `bytes` bytes from the start of the file, for sniffing its format. */
export async function readHead(file: string, bytes = 4096): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(bytes), 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** A line of the file (1-based number, without its `\n` or `\r\n`), or why it can't be read. */
export type Line = { line: number; text: string } | { line: number; error: string };

/**
 * The file line by line. Each line is decoded on its own with a fatal decoder, so one line of
 * invalid UTF-8 is reported and the next is read as usual (readline would replace the bytes).
 */
export async function* lines(file: string, options: SourceOptions = {}): AsyncGenerator<Line> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let overlong = false;
  let line = 0;

  const finish = (last: Buffer): Line => {
    line += 1;
    const bytes = Buffer.concat([...pending, last]);
    const wasOverlong = overlong || bytes.length > MAX_LINE_BYTES;
    pending = [];
    pendingBytes = 0;
    overlong = false;
    if (wasOverlong) return { line, error: `line longer than ${MAX_LINE_BYTES} bytes, skipped` };
    try {
      return { line, text: decoder.decode(bytes).replace(/\r$/, '') };
    } catch {
      return { line, error: 'invalid UTF-8, line skipped' };
    }
  };

  for await (const chunk of byteChunks(file, options)) {
    let start = 0;
    for (let nl = chunk.indexOf(NEWLINE); nl !== -1; nl = chunk.indexOf(NEWLINE, start)) {
      yield finish(chunk.subarray(start, nl));
      start = nl + 1;
    }
    const rest = chunk.subarray(start);
    if (overlong) continue;
    pendingBytes += rest.length;
    if (pendingBytes > MAX_LINE_BYTES) {
      // Drop what we hold of the line but remember it was too long.
      overlong = true;
      pending = [];
      pendingBytes = 0;
    } else {
      pending.push(rest);
    }
  }
  if (pendingBytes > 0 || overlong) yield finish(Buffer.alloc(0));
}

/**
 * How many leading bytes of `bytes` are valid UTF-8 (a sequence cut off at the end counts as
 * valid). Found by bisection, as validity of a prefix only ever turns from true to false.
 */
function validUtf8Prefix(bytes: Buffer): number {
  const valid = (length: number) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (valid(mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * The file's text, decoded chunk by chunk. At the first invalid UTF-8 the text before it is
 * yielded, so a reader knows where it is, and then a ReadError is thrown.
 */
export async function* textChunks(
  file: string,
  options: SourceOptions = {},
): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for await (const chunk of byteChunks(file, options)) {
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      // Decoded afresh, a sequence split across the previous chunk's end is lost: no matter, as
      // reading stops here.
      const before = new TextDecoder().decode(chunk.subarray(0, validUtf8Prefix(chunk)));
      if (before) yield before;
      throw new ReadError('invalid UTF-8, reading stopped');
    }
    if (text) yield text;
  }
  let tail: string;
  try {
    tail = decoder.decode();
  } catch {
    throw new ReadError('the file ends inside a UTF-8 sequence');
  }
  if (tail) yield tail;
}
