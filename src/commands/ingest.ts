import { loadConfig } from '../config.js';
import { Ingester, type IngestReport } from '../ingest/pipeline.js';
import type { InputFormat } from '../ingest/read/index.js';
import { connectGraph } from './graph-connection.js';
import { printReport, progressReporter } from './ingest-report.js';

export interface IngestOptions {
  format?: InputFormat;
  batchSize?: number;
  workers?: number;
  json?: boolean;
}

/** `papergraph ingest <files...>`: reads, extracts and writes papers into the graph. */
export async function ingestCommand(files: string[], options: IngestOptions): Promise<void> {
  const { graph } = await connectGraph(loadConfig(), (message) => {
    if (!options.json) console.error(message);
  });
  const ingester = await Ingester.open(graph, options);
  const progress = progressReporter('ingest', !options.json && process.stderr.isTTY === true);
  let report: IngestReport;
  try {
    report = await ingester.ingestFiles(files, {
      format: options.format,
      onProgress: progress.update,
    });
  } finally {
    progress.stop();
    await ingester.close();
  }
  printReport(report, options);
}
