import { type Command, InvalidArgumentError, Option } from 'commander';
import { DEFAULT_BATCH_SIZE } from '../ingest/pipeline.js';
import type { InputFormat } from '../ingest/read/index.js';

/** A commander parser for whole numbers within bounds, with a message naming the bounds. */
export function wholeNumber(min: number, max = Number.MAX_SAFE_INTEGER) {
  return (value: string): number => {
    const number = Number(value);
    if (!Number.isInteger(number) || number < min || number > max) {
      throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}`);
    }
    return number;
  };
}

const FORMATS: InputFormat[] = ['trending', 'jsonl', 'json', 'atom', 'pwc'];

export const formatOption = () =>
  new Option('--format <format>', 'read every file as this format (default: detected)').choices(
    FORMATS,
  );

export const workersOption = () =>
  new Option('--workers <n>', 'extraction threads (default: one per core)').argParser(
    wholeNumber(1, 64),
  );

/** The options `ingest` and `import` share; what a batch is for differs between them. */
export function withIngestOptions(command: Command, batchSizeHelp: string): Command {
  return command
    .addOption(formatOption())
    .option('--batch-size <n>', batchSizeHelp, wholeNumber(1, 10_000), DEFAULT_BATCH_SIZE)
    .addOption(workersOption())
    .option('--json', 'print the report as JSON');
}
