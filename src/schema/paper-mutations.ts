import { writeChangeQuery } from '../graph/graph-version.js';
import { type StoredPaperState, storedPaperStates } from '../graph/write-papers.js';
import { EXTRACTOR_VERSION } from '../ingest/extract/index.js';
import { contentHash, paperId } from '../ingest/identity.js';
import { Ingester } from '../ingest/pipeline.js';
import { describeLocation } from '../ingest/read/errors.js';
import type { ReadItem } from '../ingest/read/index.js';
import { toReadItem } from '../ingest/read/validate.js';
import { requireCurator } from './auth.js';
import { builder } from './builder.js';
import { isoDate } from './entity.js';
import { checkListLength, limit } from './limits.js';
import { decodeNodeId } from './node-id.js';
import { Paper } from './paper.js';

/** At most this many papers per ingestPapers call; larger loads belong to the CLI. */
const MAX_INPUT = limit('ingestPapers');

const PaperInput = builder.inputType('PaperInput', {
  description: 'A paper to ingest, as the JSON readers take it.',
  fields: (t) => ({
    title: t.string({ required: true, description: 'The title.' }),
    abstract: t.string({
      required: true,
      description: 'The abstract, where most links are read from.',
    }),
    id: t.string({
      description: 'The source’s own id; the key uses it only when there is no arXiv id or DOI.',
    }),
    url: t.string({ description: 'A web page of the paper; an arXiv address gives the arXiv id.' }),
    arxivId: t.string({ description: 'The arXiv id, with or without version.' }),
    doi: t.string({ description: 'The DOI, with or without `https://doi.org/`.' }),
    published: t.field({ type: 'Date', description: 'Publication date.' }),
    authors: t.stringList({
      description: `The authors’ names, in order; at most ${limit('paperAuthors')}.`,
    }),
  }),
});

const IngestStatus = builder.enumType('IngestStatus', {
  description: 'What ingesting did to a paper.',
  values: {
    NEW: { description: 'Written: the graph did not have it.' },
    UPDATED: { description: 'Written again: its title, abstract or another field changed.' },
    UNCHANGED: { description: 'The graph already had it as given.' },
    FAILED: { description: 'Not written; `error` says why.' },
  } as const,
});

interface IngestOutcome {
  index: number;
  status: 'NEW' | 'UPDATED' | 'UNCHANGED' | 'FAILED';
  paperId: string | null;
  error: string | null;
}

const IngestPaperResult = builder.objectRef<IngestOutcome>('IngestPaperResult').implement({
  description: 'What became of one input paper.',
  fields: (t) => ({
    index: t.exposeInt('index', { description: 'Position in the input list, from 0.' }),
    status: t.field({
      type: IngestStatus,
      description: 'Whether it was written, and why not.',
      resolve: (outcome) => outcome.status,
    }),
    error: t.exposeString('error', { nullable: true, description: 'Why it failed.' }),
    paper: t.field({
      type: Paper,
      nullable: true,
      description: 'The paper as now stored; null when it failed.',
      resolve: (outcome) => outcome.paperId,
    }),
  }),
});

const IngestPapersInput = builder.inputType('IngestPapersInput', {
  description: 'What to ingest.',
  fields: (t) => ({
    papers: t.field({
      type: [PaperInput],
      required: true,
      description: `The papers, at most ${MAX_INPUT}.`,
    }),
  }),
});

const IngestPapersPayload = builder
  .objectRef<{ results: IngestOutcome[] }>('IngestPapersPayload')
  .implement({
    description: 'What became of each input paper.',
    fields: (t) => ({
      results: t.field({
        type: [IngestPaperResult],
        description: 'One per input paper, in input order.',
        // ingestPapers counts what is under it once per input paper already.
        complexity: { field: 1, multiplier: 1 },
        resolve: (payload) => payload.results,
      }),
    }),
  });

builder.mutationField('ingestPapers', (t) =>
  t.field({
    type: IngestPapersPayload,
    description: `Runs the ingest pipeline on up to ${MAX_INPUT} papers; needs the API key.`,
    args: { input: t.arg({ type: IngestPapersInput, required: true, description: 'The papers.' }) },
    // Each paper is one unit of work, and gets one result.
    complexity: (args) => ({
      field: args.input.papers.length,
      multiplier: args.input.papers.length,
    }),
    resolve: async (_root, args, context) => {
      requireCurator(context);
      const input = args.input.papers;
      checkListLength(input, 'input.papers', 'ingestPapers');
      input.forEach((paper, index) => {
        checkListLength(paper.authors ?? [], `input.papers[${index}].authors`, 'paperAuthors');
      });
      const items: ReadItem[] = input.map((paper, index) =>
        toReadItem(withoutNulls({ ...paper, published: isoDate(paper.published) }), {
          file: 'input',
          entry: index + 1,
        }),
      );
      const ids = items.map((item) => (item.ok ? paperId(item.paper) : null));
      const known = ids.filter((id): id is string => id !== null);
      const before = await storedPaperStates(context.graph, known);
      const ingester = await Ingester.open(context.graph, { workers: 1 });
      const report = await ingester.ingest(items).finally(() => ingester.close());
      const after = await storedPaperStates(context.graph, known);
      return {
        results: items.map((item, index) =>
          outcomeOf(item, index, ids[index] ?? null, before, after, report.failures),
        ),
      };
    },
  }),
);

function outcomeOf(
  item: ReadItem,
  index: number,
  id: string | null,
  before: Map<string, StoredPaperState>,
  after: Map<string, StoredPaperState>,
  failures: string[],
): IngestOutcome {
  const failed = (error: string) => ({ index, status: 'FAILED' as const, paperId: null, error });
  if (!item.ok) return failed(item.error);
  const hash = contentHash(item.paper);
  const stored = id ? after.get(id) : undefined;
  if (!id || stored?.contentHash !== hash || stored.extractorVersion !== EXTRACTOR_VERSION) {
    const where = `${describeLocation(item.at)}:`;
    return failed(failures.find((failure) => failure.startsWith(where)) ?? 'not written');
  }
  const previous = before.get(id);
  const status = !previous ? 'NEW' : previous.contentHash === hash ? 'UNCHANGED' : 'UPDATED';
  return { index, status, paperId: id, error: null };
}

/** GraphQL gives absent optional fields as null; the record validator wants them absent. */
function withoutNulls(input: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null));
}

const DeletePaperInput = builder.inputType('DeletePaperInput', {
  description: 'The paper to delete.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The paper’s global id.' }),
  }),
});

const DeletePaperPayload = builder
  .objectRef<{ deletedPaperId: string | null }>('DeletePaperPayload')
  .implement({
    description: 'What was deleted.',
    fields: (t) => ({
      deletedPaperId: t.id({
        nullable: true,
        description: 'The global id of the paper deleted; null when there was none.',
        resolve: (payload) => payload.deletedPaperId,
      }),
    }),
  });

builder.mutationField('deletePaper', (t) =>
  t.field({
    type: DeletePaperPayload,
    description: 'Deletes a paper with its results and edges (entities stay); needs the API key.',
    args: { input: t.arg({ type: DeletePaperInput, required: true, description: 'Which paper.' }) },
    resolve: async (_root, { input }, context) => {
      requireCurator(context);
      const id = String(input.id);
      const { key } = decodeNodeId(id, 'input.id', ['Paper']);
      const [row] = await writeChangeQuery<{ deleted: number }>(context.graph, 'paper-delete', {
        id: key,
      });
      Paper.getDataloader(context).clear(key);
      return { deletedPaperId: (row?.deleted ?? 0) > 0 ? id : null };
    },
  }),
);
