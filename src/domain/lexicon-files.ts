import { readFileSync } from 'node:fs';

/** An entry of a built catalog (data/lexicons/catalog/<kind>s.json, see data/lexicons/README.md). */
export interface CatalogEntry {
  name: string;
  aliases?: string[];
  kind: 'dataset' | 'method' | 'metric' | 'task';
  benchmarkOf?: string[];
  family?: boolean;
  /** An ordinary English word or phrase (Pile, Places, Hopper): a name only with a cue. */
  common: boolean;
  sources: string[];
}

/** A file of data/lexicons, parsed; the extractor and the API's metrics read the same files. */
export function readLexiconFile<T>(file: string): T {
  const url = new URL(`../../data/lexicons/${file}`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as T;
}

/** The entries of one built catalog: `methods`, `datasets`, `tasks`, `metrics`. */
export function readCatalog(catalog: string): CatalogEntry[] {
  return readLexiconFile<{ entries: CatalogEntry[] }>(`catalog/${catalog}.json`).entries;
}
