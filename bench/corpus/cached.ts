import { existsSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCorpus } from './generate.js';

/** The generated corpus of `count` papers as a JSON Lines file, generated once and kept. */
export async function cachedCorpus(count: number, seed = 42): Promise<string> {
  const file = join(tmpdir(), `papergraph-bench-${count}-${seed}.jsonl`);
  if (!existsSync(file)) {
    const partial = `${file}.partial`;
    console.error(`generating ${count} abstracts (seed ${seed}) into ${file} ...`);
    await writeCorpus(count, seed, partial);
    renameSync(partial, file);
  }
  return file;
}

/** `--count N` from the command line, else the default. */
export function countArgument(fallback: number): number {
  const index = process.argv.indexOf('--count');
  const count = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(count) || count < 1) throw new Error('--count takes a whole number');
  return count;
}
