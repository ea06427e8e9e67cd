/**
 * Deterministic generator of a synthetic corpus of ML paper records for benchmarks: the same
 * count and seed give byte-identical output. Run directly, it streams JSON Lines to a file:
 *
 *   npx tsx bench/corpus/generate.ts --count 100000 --seed 42 --out /tmp/corpus.jsonl
 */
import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import type { PaperInput } from '../../src/domain/model.js';
import { type CodeLink, type Topic, writeAbstract, writeTitle } from './abstract.js';
import { inventAuthors, inventMethod, inventRepository } from './names.js';
import { Random } from './random.js';
import { AREAS } from './vocabulary.js';

export type GeneratedPaper = Required<
  Pick<PaperInput, 'id' | 'title' | 'abstract' | 'arxivId' | 'published' | 'authors' | 'url'>
>;

/** Papers are dated 2019-01 to 2025-12, more of them in later months as on arXiv. */
const FIRST_YEAR = 2019;
const MONTHS = 7 * 12;
const MONTH_INDEXES = Array.from({ length: MONTHS }, (_, month) => month);
const MONTH_WEIGHTS = MONTH_INDEXES.map((month) => 24 + month);

/** arXiv numbers a month's papers with five digits; this keeps every month well below that. */
export const MAX_COUNT = 1_000_000;

const AREA_WEIGHTS = AREAS.map((area) => area.weight);

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function codeLink(rng: Random, method: string, firstAuthor: string): CodeLink | undefined {
  const host = rng.next();
  if (host >= 0.38) return undefined;
  const repository = inventRepository(rng, method, firstAuthor);
  if (host < 0.32) return { host: 'github', url: `https://github.com/${repository}` };
  if (host < 0.36) return { host: 'huggingface', url: `https://huggingface.co/${repository}` };
  return { host: 'gitlab', url: `https://gitlab.com/${repository}` };
}

function inventTopic(rng: Random, firstAuthor: string): Topic {
  const area = rng.weighted(AREAS, AREA_WEIGHTS);
  const task = rng.pick(area.tasks);
  const technique = rng.pick(area.techniques);
  let method = inventMethod(rng, area.suffixes);
  // An invented acronym may be a real one (Sparse Fine-Tuning, SFT): keep the two apart.
  while (method.name === technique.short) method = inventMethod(rng, area.suffixes);
  return {
    area,
    task,
    secondTask: rng.chance(0.3) ? rng.pick(area.tasks.filter((t) => t !== task)) : undefined,
    method,
    concept: rng.pick(area.concepts),
    technique,
    datasets: rng.sample(task.datasets, rng.int(2, 4)),
    baselines: rng.sample(area.baselines, rng.int(2, 4)),
    metric: rng.pick(task.metrics),
    reportsNumbers: rng.chance(0.72),
    percent: rng.chance(0.06) ? '\\%' : '%',
    code: codeLink(rng, method.name, firstAuthor),
  };
}

export function* generateCorpus(count: number, seed: number): Generator<GeneratedPaper> {
  if (!Number.isInteger(count) || count < 0 || count > MAX_COUNT) {
    throw new RangeError(`count must be an integer from 0 to ${MAX_COUNT}, not ${count}`);
  }
  const rng = new Random(seed);
  const numbered = new Array<number>(MONTHS).fill(0);
  for (let i = 1; i <= count; i++) {
    const month = rng.weighted(MONTH_INDEXES, MONTH_WEIGHTS);
    const number = (numbered[month] ?? 0) + 1;
    numbered[month] = number;
    const year = FIRST_YEAR + Math.floor(month / 12);
    const mm = pad((month % 12) + 1, 2);
    const arxivId = `${year % 100}${mm}.${pad(number, 5)}`;
    const published = `${year}-${mm}-${pad(rng.int(1, 28), 2)}`;
    const authors = inventAuthors(rng);
    const topic = inventTopic(rng, authors[0] ?? '');
    const title = writeTitle(rng, topic);
    const abstract = writeAbstract(rng, topic);
    yield {
      id: `gen:${pad(i, 6)}`,
      title,
      abstract,
      arxivId,
      published,
      authors,
      url: `https://arxiv.org/abs/${arxivId}`,
    };
  }
}

/** The corpus as JSON Lines, a batch of lines per chunk: one write per paper is slower. */
function* jsonLines(count: number, seed: number): Generator<string> {
  let chunk = '';
  for (const paper of generateCorpus(count, seed)) {
    chunk += `${JSON.stringify(paper)}\n`;
    if (chunk.length >= 1 << 16) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/** Streams the corpus to `file`; it is never held in memory. */
export async function writeCorpus(count: number, seed: number, file: string): Promise<void> {
  await pipeline(Readable.from(jsonLines(count, seed)), createWriteStream(file));
}

function integer(name: string, text: string | undefined, max: number): number {
  const value = Number(text);
  if (text === undefined || !/^\d+$/.test(text) || value > max) {
    throw new Error(`--${name} must be an integer from 0 to ${max}, not ${text ?? 'missing'}`);
  }
  return value;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      count: { type: 'string' },
      seed: { type: 'string', default: '42' },
      out: { type: 'string' },
    },
  });
  const count = integer('count', values.count, MAX_COUNT);
  // The PRNG's state is 32 bits; larger seeds would repeat smaller ones.
  const seed = integer('seed', values.seed, 0xffffffff);
  if (!values.out) throw new Error('--out is required: the file to write the JSON Lines to');
  const started = performance.now();
  await writeCorpus(count, seed, values.out);
  const seconds = (performance.now() - started) / 1000;
  const megabytes = (await stat(values.out)).size / 1e6;
  console.error(
    `wrote ${count} papers (seed ${seed}) to ${values.out}: ${megabytes.toFixed(1)} MB in ${seconds.toFixed(1)} s`,
  );
}

if (process.argv[1] === import.meta.filename) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    console.error(
      'usage: npx tsx bench/corpus/generate.ts --count <n> [--seed <n>] --out <file.jsonl>',
    );
    process.exitCode = 1;
  });
}
