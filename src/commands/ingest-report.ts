import { SingleBar } from 'cli-progress';
import Table from 'cli-table3';
import type { IngestProgress, IngestReport } from '../ingest/pipeline.js';
import { ExitError } from './exit-error.js';

/** How many failures (and warnings) are listed before the rest are only counted. */
const FAILURES_SHOWN = 20;

/** A progress bar with rate and ETA on a terminal; a plain line every few seconds otherwise. */
export function progressReporter(verb: string, terminal: boolean) {
  if (terminal) {
    const bar = new SingleBar({
      format: `${verb} |{bar}| {percentage}% | {papers} papers | {rate} papers/s | ETA {eta_formatted}`,
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
      console.error(`${verb}: ${p.papers} papers, ${p.failed} failed, ${percent}% of input read`);
    },
    stop: () => {},
  };
}

/**
 * The summary table (or JSON with `--json`); warnings and failures on stderr. Exits non-zero
 * when any record failed; warnings (a paper read twice, a file with no papers) do not.
 */
export function printReport(report: IngestReport, options: { json?: boolean }): void {
  if (options.json) console.log(JSON.stringify(report));
  else printTable(report);
  if (report.papers.failed > 0) {
    throw new ExitError(`${report.papers.failed} record(s) could not be ingested`);
  }
}

function printSome(messages: string[], prefix = ''): void {
  for (const message of messages.slice(0, FAILURES_SHOWN)) console.error(`${prefix}${message}`);
  if (messages.length > FAILURES_SHOWN) {
    console.error(`... and ${messages.length - FAILURES_SHOWN} more`);
  }
}

function printTable(report: IngestReport): void {
  printSome(report.warnings, 'warning: ');
  printSome(report.failures);
  const { papers } = report;
  // Plain text when piped: colour codes only on a terminal.
  const style = process.stdout.isTTY ? {} : { head: [], border: [] };
  const table = new Table({ head: ['papers and graph', 'count'], style });
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
