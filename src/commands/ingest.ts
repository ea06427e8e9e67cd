import { SingleBar } from 'cli-progress';
import Table from 'cli-table3';
import { loadConfig } from '../config.js';
import { Ingester, type IngestProgress, type IngestReport } from '../ingest/pipeline.js';
import type { InputFormat } from '../ingest/read/index.js';
import { ExitError } from './exit-error.js';
import { connectGraph } from './graph-connection.js';

export interface IngestOptions {
  format?: InputFormat;
  batchSize?: number;
  workers?: number;
  json?: boolean;
}

/** How many failures are listed before the rest are only counted. */
const FAILURES_SHOWN = 20;

/** `papergraph ingest <files...>`: reads, extracts and writes papers into the graph. */
export async function ingestCommand(files: string[], options: IngestOptions): Promise<void> {
  const { graph } = await connectGraph(loadConfig(), (message) => {
    if (!options.json) console.error(message);
  });
  const ingester = await Ingester.open(graph, options);
  const progress = progressReporter(!options.json && process.stderr.isTTY === true);
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
  if (options.json) console.log(JSON.stringify(report));
  else printReport(report);
  if (report.papers.failed > 0) {
    throw new ExitError(`${report.papers.failed} record(s) could not be ingested`);
  }
}

/** A progress bar with rate and ETA on a terminal; a plain line every few seconds otherwise. */
function progressReporter(terminal: boolean) {
  if (terminal) {
    const bar = new SingleBar({
      format:
        'ingest |{bar}| {percentage}% | {papers} papers | {rate} papers/s | ETA {eta_formatted}',
      hideCursor: true,
      stream: process.stderr,
    });
    const started = performance.now();
    let begun = false;
    return {
      update: (p: IngestProgress) => {
        if (!begun) bar.start(Math.max(p.bytesTotal, 1), 0);
        begun = true;
        const seconds = (performance.now() - started) / 1000;
        bar.update(Math.min(p.bytesRead, p.bytesTotal), {
          papers: p.papers,
          rate: Math.round(p.papers / Math.max(seconds, 0.001)),
        });
      },
      stop: () => bar.stop(),
    };
  }
  let last = 0;
  return {
    update: (p: IngestProgress) => {
      if (performance.now() - last < 5000) return;
      last = performance.now();
      const percent = p.bytesTotal ? Math.round((100 * p.bytesRead) / p.bytesTotal) : 100;
      console.error(`ingest: ${p.papers} papers, ${p.failed} failed, ${percent}% of input read`);
    },
    stop: () => {},
  };
}

function printReport(report: IngestReport): void {
  for (const failure of report.failures.slice(0, FAILURES_SHOWN)) console.error(failure);
  if (report.failures.length > FAILURES_SHOWN) {
    console.error(`... and ${report.failures.length - FAILURES_SHOWN} more`);
  }
  const { papers } = report;
  // Plain text when piped: colour codes only on a terminal.
  const style = process.stdout.isTTY ? {} : { head: [], border: [] };
  const table = new Table({ head: ['ingest', 'count'], style });
  table.push(
    ['papers new', papers.new],
    ['papers updated', papers.updated],
    ['papers unchanged', papers.unchanged],
    ['papers failed', papers.failed],
    ['nodes created', report.nodesCreated],
    ['relationships created', report.relationshipsCreated],
    ['seconds', report.seconds.toFixed(1)],
  );
  console.log(table.toString());
}
