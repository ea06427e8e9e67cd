/**
 * Which reader a file needs: from its extension when that is telling, else from the first bytes
 * of its content. A `.json` file is a Papers with Code dump if its first element has pwc keys.
 */
import { extname } from 'node:path';
import { jsonArrayElements } from './json-array.js';
import { PWC_KEYS } from './pwc.js';
import { readHead } from './source.js';
import type { InputFormat } from './types.js';

const BY_EXTENSION: Record<string, InputFormat | 'json-or-pwc'> = {
  '.txt': 'trending',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.json': 'json-or-pwc',
  '.xml': 'atom',
  '.atom': 'atom',
};

/** `pwc` if the array's first element is an object with a Papers with Code key, else `json`. */
async function jsonArrayKind(file: string): Promise<InputFormat> {
  for await (const element of jsonArrayElements(file)) {
    const value = 'value' in element ? element.value : undefined;
    const isPwc = value !== null && typeof value === 'object' && PWC_KEYS.some((k) => k in value);
    return isPwc ? 'pwc' : 'json';
  }
  return 'json';
}

/**
 * The format of `file`. Text that is neither XML nor JSON is taken for a trending page, and so
 * is a binary file: its reader reports it.
 */
export async function detectFormat(file: string): Promise<InputFormat> {
  const byExtension = BY_EXTENSION[extname(file).toLowerCase()];
  if (byExtension === 'json-or-pwc') return jsonArrayKind(file);
  if (byExtension) return byExtension;

  const start = new TextDecoder().decode(await readHead(file)).trimStart();
  if (start.startsWith('<')) return 'atom';
  if (start.startsWith('[')) return jsonArrayKind(file);
  if (start.startsWith('{')) return 'jsonl';
  return 'trending';
}
