import { statSync } from 'node:fs';
import { type Graph, GraphUnavailableError } from '../graph/driver.js';
import { authorKey, repositoryKey } from '../graph/keys.js';
import type { ExtractedPaper, PaperInput } from '../graph/model.js';
import {
  type PaperWrite,
  storedPaperStates,
  type WriteCounts,
  writePapers,
} from '../graph/write-papers.js';
import { EXTRACTOR_VERSION } from './extract/index.js';
import { ExtractPool } from './extract-pool.js';
import { contentHash, paperId } from './identity.js';
import { describeLocation } from './read/errors.js';
import { type InputFormat, type ReadItem, readFiles, type SourceLocation } from './read/index.js';
import { EntityResolver } from './resolve.js';

export interface IngestProgress {
  papers: number;
  failed: number;
  bytesRead: number;
  bytesTotal: number;
}

export interface IngestReport {
  papers: { new: number; updated: number; unchanged: number; failed: number };
  nodesCreated: number;
  relationshipsCreated: number;
  /** One message per record that was not ingested, naming its file and line or entry. */
  failures: string[];
  seconds: number;
}

export interface IngesterOptions {
  /** Papers per write transaction. */
  batchSize?: number;
  /** Extraction threads. */
  workers?: number;
}

interface Entry {
  paper: PaperInput;
  at: SourceLocation;
  id: string;
  hash: string;
}

interface PreparedBatch {
  writes: Array<{ entry: Entry; write: PaperWrite }>;
  /** What the graph held of the batch's papers before: tells new papers from updated ones. */
  stored: Map<string, unknown>;
}

export const DEFAULT_BATCH_SIZE = 250;

/**
 * read → extract → resolve → write, in batches. Each batch skips the papers whose content and
 * extractor version are unchanged, extracts the rest on worker threads and writes them in one
 * transaction. A batch that fails is retried paper by paper, so one bad paper is reported and
 * the others land; if the graph itself is unreachable, ingest stops.
 */
export class Ingester {
  private constructor(
    private readonly graph: Graph,
    private readonly resolver: EntityResolver,
    private readonly pool: ExtractPool,
    private readonly batchSize: number,
  ) {}

  static async open(graph: Graph, options: IngesterOptions = {}): Promise<Ingester> {
    const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    if (!Number.isInteger(batchSize) || batchSize < 1) {
      throw new RangeError(`batch size must be a positive whole number, got ${batchSize}`);
    }
    const resolver = await EntityResolver.load(graph);
    return new Ingester(graph, resolver, new ExtractPool(options.workers), batchSize);
  }

  /** Ingests files, each in its detected format unless `format` is given. */
  async ingestFiles(
    files: string[],
    options: { format?: InputFormat; onProgress?: (progress: IngestProgress) => void } = {},
  ): Promise<IngestReport> {
    const progress: IngestProgress = {
      papers: 0,
      failed: 0,
      bytesRead: 0,
      bytesTotal: files.reduce((sum, file) => sum + sizeOf(file), 0),
    };
    const onBytes = (bytes: number) => {
      progress.bytesRead += bytes;
    };
    return this.ingest(readFiles(files, { format: options.format, onBytes }), (report) => {
      progress.papers = report.papers.new + report.papers.updated + report.papers.unchanged;
      progress.failed = report.papers.failed;
      options.onProgress?.(progress);
    });
  }

  /** Ingests records from any source, such as the API's input. */
  async ingest(
    items: AsyncIterable<ReadItem> | Iterable<ReadItem>,
    onBatch: (report: IngestReport) => void = () => {},
  ): Promise<IngestReport> {
    const started = performance.now();
    const report: IngestReport = {
      papers: { new: 0, updated: 0, unchanged: 0, failed: 0 },
      nodesCreated: 0,
      relationshipsCreated: 0,
      failures: [],
      seconds: 0,
    };
    let batch: Entry[] = [];
    // Batch k is written while batch k+1 is read and extracted, so the extraction threads and
    // Neo4j work at the same time. A failed write is kept and rethrown at the next step.
    let writing: Promise<void> = Promise.resolve();
    let writeError: unknown;
    const flush = async () => {
      const prepared = await this.prepareBatch(batch, report);
      batch = [];
      await writing;
      if (writeError) throw writeError;
      writing = this.write(prepared, report).then(
        () => {
          report.seconds = (performance.now() - started) / 1000;
          onBatch(report);
        },
        (error: unknown) => {
          writeError = error;
        },
      );
    };
    for await (const item of items) {
      if (!item.ok) {
        fail(report, item.error);
        continue;
      }
      batch.push({ ...item, id: paperId(item.paper), hash: contentHash(item.paper) });
      if (batch.length >= this.batchSize) await flush();
    }
    await flush();
    await writing;
    if (writeError) throw writeError;
    return report;
  }

  async close(): Promise<void> {
    await this.pool.close();
  }

  /** Skips the unchanged papers of a batch and extracts and resolves the others. */
  private async prepareBatch(batch: Entry[], report: IngestReport): Promise<PreparedBatch> {
    // The same paper twice in a batch: the later record wins, as it would across batches.
    const latest = [...new Map(batch.map((entry) => [entry.id, entry])).values()];
    report.papers.unchanged += batch.length - latest.length;
    const stored = await storedPaperStates(
      this.graph,
      latest.map((entry) => entry.id),
    );
    const changed = latest.filter((entry) => {
      const state = stored.get(entry.id);
      return state?.contentHash !== entry.hash || state.extractorVersion !== EXTRACTOR_VERSION;
    });
    report.papers.unchanged += latest.length - changed.length;

    const outcomes = await this.pool.extract(
      changed.map(({ id, paper }) => ({ id, title: paper.title, abstract: paper.abstract })),
    );
    const writes: Array<{ entry: Entry; write: PaperWrite }> = [];
    outcomes.forEach((outcome, index) => {
      const entry = changed[index] as Entry;
      if (outcome.ok) writes.push({ entry, write: this.toWrite(entry, outcome.paper) });
      else fail(report, `${describeLocation(entry.at)}: ${outcome.error}`);
    });
    return { writes, stored };
  }

  private async write({ writes, stored }: PreparedBatch, report: IngestReport): Promise<void> {
    if (writes.length === 0) return;
    const landed = (items: typeof writes, counts: WriteCounts) => {
      report.nodesCreated += counts.nodesCreated;
      report.relationshipsCreated += counts.relationshipsCreated;
      for (const { entry } of items) {
        if (stored.has(entry.id)) report.papers.updated++;
        else report.papers.new++;
      }
    };
    try {
      landed(
        writes,
        await writePapers(
          this.graph,
          writes.map(({ write }) => write),
        ),
      );
      return;
    } catch (error) {
      if (error instanceof GraphUnavailableError) throw error;
    }
    for (const item of writes) {
      try {
        landed([item], await writePapers(this.graph, [item.write]));
      } catch (error) {
        if (error instanceof GraphUnavailableError) throw error;
        fail(
          report,
          `${describeLocation(item.entry.at)}: not written: ${(error as Error).message}`,
        );
      }
    }
  }

  private toWrite({ paper, id, hash }: Entry, extracted: ExtractedPaper): PaperWrite {
    return {
      id,
      title: paper.title,
      abstract: paper.abstract,
      url: paper.url,
      arxivId: paper.arxivId,
      doi: paper.doi,
      published: paper.published,
      authors: (paper.authors ?? []).map((name) => ({ key: authorKey(name), name })),
      contentHash: hash,
      extractorVersion: extracted.extractorVersion,
      methods: extracted.methods.map((m) => this.resolver.resolve('Method', m)),
      datasets: extracted.datasets.map((d) => this.resolver.resolve('Dataset', d)),
      tasks: extracted.tasks.map((t) => this.resolver.resolve('Task', t)),
      repositories: extracted.repositories.map((r) => ({
        ...r,
        key: repositoryKey(r.host === 'huggingface' ? `huggingface-${r.kind}` : r.host, r.fullName),
      })),
      results: extracted.results.flatMap((r) =>
        r.dataset
          ? [
              {
                ...r,
                datasetKey: this.resolver.resolveName('Dataset', r.dataset),
                methodKey: r.method ? this.resolver.resolveName('Method', r.method) : null,
              },
            ]
          : [],
      ),
    };
  }
}

function fail(report: IngestReport, message: string): void {
  report.papers.failed++;
  report.failures.push(message);
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}
