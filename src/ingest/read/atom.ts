/**
 * arXiv API results: an Atom feed, parsed with saxes as the text streams in. Each `<entry>`
 * gives the arXiv id and version (from its `<id>` URL), title, summary as abstract, published
 * date, author names, the HTML link as url and `arxiv:doi`.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { arxivIdFromUrl } from '../identity.js';
import { failure, ReadError } from './errors.js';
import { type SourceOptions, textChunks } from './source.js';
import type { ReadFailure, ReadItem, SourceLocation } from './types.js';
import { toReadItem } from './validate.js';

const ATOM_NS = 'http://www.w3.org/2005/Atom';
const ARXIV_NS = 'http://arxiv.org/schemas/atom';
// The API reports a bad query as a feed with one entry whose id is under this URL.
const API_ERROR_ID = /^https?:\/\/arxiv\.org\/api\/errors/;
const ENTRY_FIELDS = new Set(['id', 'title', 'summary', 'published']);

// Unprefixed elements of a feed that forgot its xmlns are taken for Atom too.
const isAtom = (tag: SaxesTagNS) => tag.uri === ATOM_NS || tag.uri === '';

interface Entry {
  at: SourceLocation;
  fields: Record<string, string>;
  authors: string[];
  url?: string;
}

function toItem(entry: Entry): ReadItem {
  const { id = '', title, summary, published, doi } = entry.fields;
  if (API_ERROR_ID.test(id)) {
    return failure(entry.at, `arXiv API error: ${summary?.trim() ?? 'no message'}`);
  }
  const arxiv = arxivIdFromUrl(id);
  return toReadItem(
    {
      title,
      abstract: summary,
      url: entry.url ?? id,
      arxivId: arxiv?.id,
      arxivVersion: arxiv?.version,
      published,
      doi,
      authors: entry.authors,
    },
    entry.at,
  );
}

export async function* readAtom(
  file: string,
  options: SourceOptions = {},
): AsyncGenerator<ReadItem> {
  const parser = new SaxesParser({ xmlns: true });
  const ready: ReadItem[] = [];
  let entries = 0;
  let entry: Entry | undefined;
  let text = '';
  let broken: ReadFailure | undefined;

  // The error that ends the reading, placed at the open entry (whose start line and number
  // locate it as they would its paper) or after the last complete one.
  const stop = (message: string): ReadFailure =>
    entry
      ? failure(entry.at, message)
      : failure({ file, line: parser.line }, `${message} (after entry ${entries})`);

  parser.on('error', (err) => {
    // Only the first XML error counts; what saxes emits after it is ignored.
    broken ??= stop(`XML error, reading stopped: ${err.message}`);
  });
  parser.on('opentag', (tag) => {
    text = '';
    if (broken) return;
    if (isAtom(tag) && tag.local === 'entry') {
      entries += 1;
      entry = { at: { file, line: parser.line, entry: entries }, fields: {}, authors: [] };
    } else if (entry && isAtom(tag) && tag.local === 'link') {
      const attr = (name: string) => tag.attributes[name]?.value;
      if (attr('rel') === 'alternate' && attr('type') === 'text/html') entry.url = attr('href');
    }
  });
  parser.on('text', (chunk) => {
    text += chunk;
  });
  parser.on('cdata', (chunk) => {
    text += chunk;
  });
  parser.on('closetag', (tag) => {
    const content = text;
    text = '';
    if (!entry || broken) return;
    if (tag.uri === ARXIV_NS && tag.local === 'doi') entry.fields.doi = content;
    if (!isAtom(tag)) return;
    if (tag.local === 'entry') {
      ready.push(toItem(entry));
      entry = undefined;
    } else if (tag.local === 'name') {
      entry.authors.push(content);
    } else if (ENTRY_FIELDS.has(tag.local)) {
      entry.fields[tag.local] = content;
    }
  });

  try {
    for await (const chunk of textChunks(file, options)) {
      parser.write(chunk);
      yield* ready.splice(0);
      if (broken) break;
    }
    if (!broken) parser.close();
    yield* ready.splice(0);
  } catch (err) {
    if (!(err instanceof ReadError)) throw err;
    // A binary file is the whole file's fault; invalid UTF-8 is placed where parsing got to.
    broken = err.at ? failure(err.at, err.message) : stop(err.message);
  }
  if (broken) yield broken;
}
