import { ExtractPool } from '../ingest/extract-pool.js';
import { paperId } from '../ingest/identity.js';
import { type InputFormat, readFiles } from '../ingest/read/index.js';
import { ExitError } from './exit-error.js';

export interface ExtractOptions {
  format?: InputFormat;
  pretty?: boolean;
  workers?: number;
}

const BATCH = 256;

/**
 * `papergraph extract <files...>`: extraction without a database, one JSON line per paper on
 * stdout (the record of src/domain/model.ts `ExtractedPaper`); bad records go to stderr.
 */
export async function extractCommand(files: string[], options: ExtractOptions): Promise<void> {
  const pool = new ExtractPool(options.workers);
  let failed = 0;
  let batch: Array<{ id: string; title: string; abstract: string }> = [];
  const flush = async () => {
    for (const outcome of await pool.extract(batch)) {
      if (outcome.ok) console.log(JSON.stringify(outcome.paper, null, options.pretty ? 2 : 0));
      else {
        failed++;
        console.error(outcome.error);
      }
    }
    batch = [];
  };
  try {
    for await (const item of readFiles(files, { format: options.format })) {
      if (!item.ok) {
        failed++;
        console.error(item.error);
        continue;
      }
      const { title, abstract } = item.paper;
      batch.push({ id: paperId(item.paper), title, abstract });
      if (batch.length >= BATCH) await flush();
    }
    await flush();
  } finally {
    await pool.close();
  }
  if (failed > 0) throw new ExitError(`${failed} record(s) could not be read or extracted`);
}
