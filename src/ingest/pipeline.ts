import { statSync } from 'node:fs';
import { repositoryKeyOf } from '../domain/entity-kinds.js';
import { authorKey } from '../domain/keys.js';
import type { ExtractedPaper, PaperInput } from '../domain/model.js';
import { type Graph, GraphUnavailableError } from '../graph/driver.js';
import { type ImportFiles, ImportFilesError } from '../graph/import-files.js';
import {
  graphSink,
  type PaperSink,
  type PaperWrite,
  type StoredPaperState,
  type WriteCounts,
} from '../graph/write-papers.js';
import { EntityResolver } from './entity-resolver.js';
import { EXTRACTOR_VERSION } from './extract/index.js';
import type { ExtractionOutcome } from './extract-outcome.js';
import { ExtractPool } from './extract-pool.js';
import { contentHash, paperId } from './identity.js';
import { describeLocation } from './read/errors.js';
import { type InputFormat, type ReadItem, readFiles, type SourceLocation } from './read/index.js';

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
  /** What was ingested but deserves a look: a paper read twice, a file with no papers. */
  warnings: string[];
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

interface ExtractedBatch {
  /** The papers that are new or changed, and what extraction made of each. */
  changed: Entry[];
  outcomes: ExtractionOutcome[];
  stored: Map<string, StoredPaperState>;
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
  private readonly batchSize: number;

  private constructor(
    private readonly sink: PaperSink,
    private readonly resolver: EntityResolver,
    private readonly pool: ExtractPool,
    options: IngesterOptions,
  ) {
    this.batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    if (!Number.isInteger(this.batchSize) || this.batchSize < 1) {
      throw new RangeError(`batch size must be a positive whole number, got ${this.batchSize}`);
    }
  }

  /** Ingests into the graph, resolving entities against those it already holds. */
  static async open(graph: Graph, options: IngesterOptions = {}): Promise<Ingester> {
    const resolver = await EntityResolver.load(graph);
    return new Ingester(graphSink(graph), resolver, new ExtractPool(options.workers), options);
  }

  /** Ingests into files for Neo4j's offline importer, which loads an empty graph. */
  static forImport(files: ImportFiles, options: IngesterOptions = {}): Ingester {
    return new Ingester(files, new EntityResolver(), new ExtractPool(options.workers), options);
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
    const empty = new Set(files);
    const report = await this.ingest(
      withEach(readFiles(files, { format: options.format, onBytes }), (item) =>
        empty.delete(item.at.file),
      ),
      (report) => {
        progress.papers = report.papers.new + report.papers.updated + report.papers.unchanged;
        progress.failed = report.papers.failed;
        options.onProgress?.(progress);
      },
    );
    for (const file of empty) report.warnings.push(`${file}: no papers in this file`);
    return report;
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
      warnings: [],
      seconds: 0,
    };
    // Where each paper was first read, to name both places when it comes again.
    const firstRead = new Map<string, SourceLocation>();
    let batch: Entry[] = [];
    // Batch k+1 is extracted on the worker threads while batch k is resolved and written and
    // the input is read on, so the threads, this thread and the sink work at the same time. A
    // failed write is kept and rethrown at the next step.
    let extracting: Promise<ExtractedBatch> | undefined;
    let writing: Promise<void> = Promise.resolve();
    let writeError: unknown;
    // Papers extracted but not written yet, with their content hash: the sink does not know them
    // yet, but a later batch must see them as stored, as it would one by one.
    const unwritten = new Map<string, string>();
    const commit = async (extracted: ExtractedBatch) => {
      const prepared = this.resolveBatch(extracted, report);
      await writing;
      if (writeError) throw writeError;
      const landed = () => {
        for (const { id, hash } of extracted.changed) {
          if (unwritten.get(id) === hash) unwritten.delete(id);
        }
      };
      writing = this.write(prepared, report).then(
        () => {
          landed();
          report.seconds = (performance.now() - started) / 1000;
          onBatch(report);
        },
        (error: unknown) => {
          landed();
          writeError = error;
        },
      );
    };
    const flush = async () => {
      const next = this.extractBatch(batch, unwritten, report);
      // Awaited in turn below; this only keeps an early failure from counting as unhandled.
      next.catch(() => {});
      batch = [];
      if (extracting) await commit(await extracting);
      extracting = next;
    };
    for await (const item of items) {
      if (!item.ok) {
        fail(report, item.error);
        continue;
      }
      const id = paperId(item.paper);
      const first = firstRead.get(id);
      if (first) {
        report.warnings.push(
          `${describeLocation(item.at)}: paper ${id} again (first at ${describeLocation(first)}); the later record is kept`,
        );
      } else firstRead.set(id, item.at);
      batch.push({ ...item, id, hash: contentHash(item.paper) });
      if (batch.length >= this.batchSize) await flush();
    }
    await flush();
    if (extracting) await commit(await extracting);
    await writing;
    if (writeError) throw writeError;
    return report;
  }

  async close(): Promise<void> {
    await this.pool.close();
  }

  /** Skips the unchanged papers of a batch and extracts the others. */
  private async extractBatch(
    batch: Entry[],
    unwritten: Map<string, string>,
    report: IngestReport,
  ): Promise<ExtractedBatch> {
    // The same paper twice in a batch: the later record wins, as it would across batches.
    const latest = [...new Map(batch.map((entry) => [entry.id, entry])).values()];
    report.papers.unchanged += batch.length - latest.length;
    const stored = await this.sink.storedStates(latest.map((entry) => entry.id));
    for (const { id } of latest) {
      const contentHash = unwritten.get(id);
      if (contentHash) stored.set(id, { contentHash, extractorVersion: EXTRACTOR_VERSION });
    }
    const changed = latest.filter((entry) => {
      const state = stored.get(entry.id);
      return state?.contentHash !== entry.hash || state.extractorVersion !== EXTRACTOR_VERSION;
    });
    report.papers.unchanged += latest.length - changed.length;
    for (const { id, hash } of changed) unwritten.set(id, hash);
    const outcomes = await this.pool.extract(
      changed.map(({ id, paper }) => ({ id, title: paper.title, abstract: paper.abstract })),
    );
    return { changed, outcomes, stored };
  }

  /** Resolves a batch's entities, in batch order, so that every run resolves alike. */
  private resolveBatch(
    { changed, outcomes, stored }: ExtractedBatch,
    report: IngestReport,
  ): PreparedBatch {
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
      landed(writes, await this.sink.write(writes.map(({ write }) => write)));
      return;
    } catch (error) {
      if (stopsIngest(error)) throw error;
    }
    for (const item of writes) {
      try {
        landed([item], await this.sink.write([item.write]));
      } catch (error) {
        if (stopsIngest(error)) throw error;
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
        key: repositoryKeyOf(r),
      })),
      results: extracted.results.flatMap((r) =>
        r.dataset
          ? [
              {
                ...r,
                dataset: r.dataset,
                datasetKey: this.resolver.resolveName('Dataset', r.dataset),
                methodKey: r.method ? this.resolver.resolveName('Method', r.method) : null,
              },
            ]
          : [],
      ),
    };
  }
}

/** The items, calling `each` on every one as it goes by. */
async function* withEach<T>(items: AsyncIterable<T>, each: (item: T) => void): AsyncGenerator<T> {
  for await (const item of items) {
    each(item);
    yield item;
  }
}

/** Errors no retry can mend: the graph is unreachable, or the import files cannot be written. */
function stopsIngest(error: unknown): boolean {
  return error instanceof GraphUnavailableError || error instanceof ImportFilesError;
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
