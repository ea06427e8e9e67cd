/**
 * The text of a trending-papers page as copied from the browser: page chrome, then each paper as
 * a title line followed by an abstract line. The chrome ends with a "Subscribe" button whose
 * text is glued to the first title (`SubscribePartialFormer: …`) or stands on its own line.
 */
import { failure, stopped } from './errors.js';
import { type Line, lines, type SourceOptions } from './source.js';
import type { ReadItem } from './types.js';
import { toReadItem } from './validate.js';

/** A longer line is taken for an abstract, never a title (real titles are under 200). */
const MAX_TITLE_CHARS = 300;
/** How many lines into the file the "Subscribe" that ends the chrome is looked for. */
const CHROME_LINES = 10;

// "Subscribe" ending the line or glued to a title's first character, so that titles like
// "Subscribers…" or "Subscribe to …" are no match.
const SUBSCRIBE = /Subscribe(?:\s*$|(?=[^\s\p{Ll}])(.*)$)/u;

type TextLine = { line: number; text: string };

/**
 * The file's lines with the chrome removed. The first CHROME_LINES lines are held back
 * until the "Subscribe" is seen: lines before it are dropped and the text after it is the first
 * title. Without it the file is taken to start with a paper.
 */
async function* contentLines(file: string, options: SourceOptions): AsyncGenerator<Line> {
  const head: Line[] = [];
  let inHead = true;
  for await (const item of lines(file, options)) {
    if (!inHead) {
      yield item;
      continue;
    }
    const match = 'text' in item ? SUBSCRIBE.exec(item.text) : null;
    if (match) {
      inHead = false;
      const rest = match[1] ?? '';
      if (rest.trim()) yield { line: item.line, text: rest };
      continue;
    }
    head.push(item);
    if (head.length === CHROME_LINES) {
      inHead = false;
      yield* head;
    }
  }
  if (inHead) yield* head;
}

/**
 * Papers of a trending-page text file. Titles and abstracts are told apart by length as well as
 * by order, so a missing title or abstract costs one error rather than shifting every later
 * pair: a short line after a title is held until the next line shows whether it was a short
 * abstract (a short line follows) or the next title (a long line follows).
 */
export async function* readTrendingText(
  file: string,
  options: SourceOptions = {},
): AsyncGenerator<ReadItem> {
  let title: TextLine | undefined;
  let held: TextLine | undefined;
  const paper = (t: TextLine, abstract: string) =>
    toReadItem({ title: t.text, abstract }, { file, line: t.line });
  const noAbstract = (t: TextLine) =>
    failure({ file, line: t.line }, `title '${t.text}' has no abstract line after it`);

  try {
    for await (const item of contentLines(file, options)) {
      if ('error' in item) {
        yield failure({ file, line: item.line }, item.error);
        continue;
      }
      if (item.text.trim() === '') continue;
      const long = item.text.length > MAX_TITLE_CHARS;
      if (!title) {
        if (long) {
          yield failure({ file, line: item.line }, 'abstract without a title line before it');
        } else {
          title = item;
        }
      } else if (!held) {
        if (long) {
          yield paper(title, item.text);
          title = undefined;
        } else {
          held = item;
        }
      } else if (long) {
        yield noAbstract(title);
        yield paper(held, item.text);
        title = held = undefined;
      } else {
        yield paper(title, held.text);
        title = item;
        held = undefined;
      }
    }
  } catch (err) {
    yield stopped(err, { file });
    return;
  }
  if (title && held) yield paper(title, held.text);
  else if (title) yield noAbstract(title);
}
