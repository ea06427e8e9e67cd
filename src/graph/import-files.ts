import { createWriteStream, mkdirSync, rmSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import {
  ENTITY_KINDS,
  type EntityKind,
  entityKind,
  NAMED_KINDS,
  type NamedLabel,
} from '../domain/entity-kinds.js';
import type { EntityMention } from '../domain/model.js';
import {
  type EdgeRow,
  entitiesWithAliases,
  type PaperSink,
  type PaperWrite,
  paperWriteRow,
  type Resolved,
  type StoredPaperState,
  type WriteCounts,
} from './write-papers.js';

/** Joins list elements in a cell: the ASCII unit separator, which no extracted name contains. */
export const ARRAY_DELIMITER = '\u001f';

const PROVENANCE = [
  'evidence',
  'field',
  'start:long',
  'end:long',
  'rule',
  'confidence:double',
  'extractorVersion',
];
const ENTITY = ['name', 'aliases:string[]'];

type NamedField = (typeof NAMED_KINDS)[number]['field'];
/** The links of alias keys to the entities of one kind (one file per kind: its ID space). */
type AliasLinks = `ALIAS_OF-${NamedLabel}`;
type FileName =
  | 'papers'
  | NamedField
  | 'aliases'
  | AliasLinks
  | 'repositories'
  | 'authors'
  | 'results'
  | EntityKind['relationship']
  | 'authored'
  | 'reports'
  | 'onDataset'
  | 'ofMethod';

/**
 * The files of an import, each with its CSV header. Properties and types are those papers-write
 * gives the same rows, so an imported graph equals an ingested one.
 */
const FILES: Record<FileName, FileSpec> = {
  papers: {
    label: 'Paper',
    header: [
      'id:ID(Paper)',
      'title',
      'abstract',
      'url',
      'arxivId',
      'doi',
      'contentHash',
      'extractorVersion',
      'published:date',
      'ingestedAt:datetime',
    ],
  },
  ...(Object.fromEntries(
    NAMED_KINDS.map(({ label, field }) => [
      field,
      { label, header: [`key:ID(${label})`, ...ENTITY] },
    ]),
  ) as Record<NamedField, FileSpec>),
  aliases: { label: 'Alias', header: ['key:ID(Alias)'] },
  ...(Object.fromEntries(
    NAMED_KINDS.map(({ label }) => [
      `ALIAS_OF-${label}`,
      { type: 'ALIAS_OF', header: [':START_ID(Alias)', `:END_ID(${label})`] },
    ]),
  ) as Record<AliasLinks, FileSpec>),
  repositories: {
    label: 'Repository',
    header: ['key:ID(Repository)', 'fullName', 'name', 'host', 'kind', 'url'],
  },
  authors: { label: 'Author', header: ['key:ID(Author)', 'name'] },
  results: { label: 'Result', header: ['id:ID(Result)', 'metric', 'value:double', 'raw'] },
  // a paper's links to each kind, in files named for the relationship (HAS_METHOD.csv)
  ...(Object.fromEntries(
    ENTITY_KINDS.map(({ label, relationship, roles }) => [
      relationship,
      {
        type: relationship,
        header: [
          ':START_ID(Paper)',
          `:END_ID(${label})`,
          ...PROVENANCE,
          ...(roles.length > 0 ? ['role'] : []),
        ],
      },
    ]),
  ) as Record<EntityKind['relationship'], FileSpec>),
  authored: { type: 'AUTHORED', header: [':START_ID(Author)', ':END_ID(Paper)', 'position:long'] },
  reports: { type: 'REPORTS', header: [':START_ID(Paper)', ':END_ID(Result)', ...PROVENANCE] },
  onDataset: { type: 'ON_DATASET', header: [':START_ID(Result)', ':END_ID(Dataset)'] },
  ofMethod: { type: 'OF_METHOD', header: [':START_ID(Result)', ':END_ID(Method)'] },
};

type FileSpec = { label: string; header: string[] } | { type: string; header: string[] };
type Cell =
  | string
  | number
  | boolean
  | null
  | undefined
  | readonly string[]
  | { toString(): string };

/** What `neo4j-admin database import full` is given: files per label and per type. */
export interface ImportSource {
  directory: string;
  nodes: Array<{ label: string; file: string }>;
  relationships: Array<{ type: string; file: string }>;
}

/** The import files could not be written (disk full, directory removed): ingest stops. */
export class ImportFilesError extends Error {
  override name = 'ImportFilesError';
}

interface EntityRecord {
  name: string;
  aliases: string[];
  /** The keys it goes by besides its own, each linked from an `Alias` node. */
  aliasKeys: string[];
}

/**
 * Writes papers as CSV files for Neo4j's offline importer, following papers-write row for row:
 * papers, links and results stream to disk as they come; methods, datasets and tasks stay in
 * memory until `finish`, because later papers add aliases to them. A paper id seen again with
 * other content cannot be rewritten in a file: it is kept in `updates`, to be written into the
 * imported graph the way ingest updates a paper.
 */
export class ImportFiles implements PaperSink {
  /** Papers seen again with changed content, in the order seen. */
  readonly updates: PaperWrite[] = [];
  private readonly streams: Record<FileName, WriteStream>;
  private readonly entities = Object.fromEntries(
    NAMED_KINDS.map(({ label }) => [label, new Map<string, EntityRecord>()]),
  ) as Record<NamedLabel, Map<string, EntityRecord>>;
  private readonly written = {
    repositories: new Set<string>(),
    authors: new Set<string>(),
    aliases: new Set<string>(),
  };
  /** Content hash of every paper written, by id: tells repeats and updates from new papers. */
  private readonly papers = new Map<string, string>();
  private extractorVersion: string | null = null;

  /** Empties `directory` and starts every file with its header. */
  constructor(readonly directory: string) {
    rmSync(directory, { recursive: true, force: true });
    mkdirSync(directory, { recursive: true });
    this.streams = Object.fromEntries(
      Object.entries(FILES).map(([name, { header }]) => {
        const stream = createWriteStream(this.path(name as FileName));
        // Errors reach the write callbacks; this keeps an unheard one from crashing the process.
        stream.on('error', () => {});
        stream.write(csv([header]));
        return [name, stream];
      }),
    ) as Record<FileName, WriteStream>;
  }

  async storedStates(ids: string[]): Promise<Map<string, StoredPaperState>> {
    const states = new Map<string, StoredPaperState>();
    for (const id of ids) {
      const contentHash = this.papers.get(id);
      if (contentHash) states.set(id, { contentHash, extractorVersion: this.extractorVersion });
    }
    return states;
  }

  async write(papers: PaperWrite[]): Promise<WriteCounts> {
    const counts: WriteCounts = { nodesCreated: 0, relationshipsCreated: 0 };
    const rows = Object.fromEntries(
      Object.keys(FILES).map((name) => [name, [] as Cell[][]]),
    ) as Record<FileName, Cell[][]>;
    const node = (file: FileName, row: Cell[]) => {
      rows[file].push(row);
      counts.nodesCreated++;
    };
    const relationship = (file: FileName, row: Cell[]) => {
      rows[file].push(row);
      counts.relationshipsCreated++;
    };
    const entity = (label: NamedLabel, key: string, name: string) => {
      const known = this.entities[label].get(key);
      if (known) return known;
      const created = { name, aliases: [], aliasKeys: [] };
      this.entities[label].set(key, created);
      counts.nodesCreated++;
      return created;
    };

    const fresh = papers.filter((p) => !this.papers.has(p.id));
    this.updates.push(...papers.filter((p) => this.papers.has(p.id)));
    // As entities-merge runs before papers-write: aliases and keys gather first.
    for (const { label, field } of NAMED_KINDS) {
      for (const row of entitiesWithAliases(
        fresh.flatMap((p) => p[field] as Resolved<EntityMention>[]),
      )) {
        const known = entity(label, row.key, row.name);
        for (const alias of row.aliases) {
          if (alias !== known.name && !known.aliases.includes(alias)) known.aliases.push(alias);
        }
        for (const key of row.keys) {
          if (key === row.key || known.aliasKeys.includes(key)) continue;
          known.aliasKeys.push(key);
          counts.relationshipsCreated++;
          if (!this.written.aliases.has(key)) {
            this.written.aliases.add(key);
            counts.nodesCreated++;
          }
        }
      }
    }

    const ingestedAt = new Date().toISOString();
    for (const p of fresh) {
      this.papers.set(p.id, p.contentHash);
      this.extractorVersion = p.extractorVersion;
      const row = paperWriteRow(p);
      const { title, abstract, url, arxivId, doi, contentHash, extractorVersion } = row.properties;
      node('papers', [
        row.id,
        title,
        abstract,
        url,
        arxivId,
        doi,
        contentHash,
        extractorVersion,
        row.published,
        ingestedAt,
      ]);
      for (const { label, field, relationship: type, roles } of NAMED_KINDS) {
        for (const link of row[field]) {
          entity(label, link.key, link.name);
          const role = roles.length > 0 ? [link.edge.role] : [];
          relationship(type, [row.id, link.key, ...provenance(link.edge), ...role]);
        }
      }
      for (const link of row.repositories) {
        if (!this.written.repositories.has(link.key)) {
          this.written.repositories.add(link.key);
          const { fullName, host, kind, url: address } = link;
          node('repositories', [link.key, fullName, fullName, host, kind, address]);
        }
        relationship(entityKind('Repository').relationship, [
          row.id,
          link.key,
          ...provenance(link.edge),
        ]);
      }
      for (const author of row.authors) {
        if (!this.written.authors.has(author.key)) {
          this.written.authors.add(author.key);
          node('authors', [author.key, author.name]);
        }
        relationship('authored', [author.key, row.id, author.position]);
      }
      for (const result of row.results) {
        entity('Dataset', result.datasetKey, result.dataset);
        node('results', [result.id, result.metric, result.value, result.raw]);
        relationship('reports', [row.id, result.id, ...provenance(result.edge)]);
        relationship('onDataset', [result.id, result.datasetKey]);
        if (result.methodKey !== null && result.method !== null) {
          entity('Method', result.methodKey, result.method);
          relationship('ofMethod', [result.id, result.methodKey]);
        }
      }
    }
    await Promise.all(
      Object.entries(rows).map(([file, fileRows]) =>
        fileRows.length > 0 ? this.append(file as FileName, fileRows) : undefined,
      ),
    );
    return counts;
  }

  /**
   * Writes the methods, datasets and tasks with their alias keys (as entities-merge links them),
   * closes every file and says what to import.
   */
  async finish(): Promise<ImportSource> {
    for (const { label, field: file } of NAMED_KINDS) {
      const entities = [...this.entities[label]];
      const rows = entities.map(([key, { name, aliases }]) => [key, name, aliases]);
      const links = entities.flatMap(([key, { aliasKeys }]) =>
        aliasKeys.map((alias) => [alias, key]),
      );
      if (rows.length > 0) await this.append(file, rows);
      if (links.length > 0) await this.append(`ALIAS_OF-${label}`, links);
    }
    const aliases = [...this.written.aliases].map((key) => [key]);
    if (aliases.length > 0) await this.append('aliases', aliases);
    await Promise.all(
      Object.keys(FILES).map(
        (file) =>
          new Promise<void>((done, fail) =>
            this.streams[file as FileName].end((error?: Error | null) =>
              error ? fail(this.failure(file as FileName, error)) : done(),
            ),
          ),
      ),
    );
    const files = Object.entries(FILES) as Array<[FileName, FileSpec]>;
    return {
      directory: this.directory,
      nodes: files.flatMap(([file, spec]) =>
        'label' in spec ? [{ label: spec.label, file: this.path(file) }] : [],
      ),
      relationships: files.flatMap(([file, spec]) =>
        'type' in spec ? [{ type: spec.type, file: this.path(file) }] : [],
      ),
    };
  }

  private append(file: FileName, rows: Cell[][]): Promise<void> {
    return new Promise((done, fail) =>
      this.streams[file].write(csv(rows), (error) =>
        error ? fail(this.failure(file, error)) : done(),
      ),
    );
  }

  private failure(file: FileName, error: Error): ImportFilesError {
    return new ImportFilesError(`could not write ${this.path(file)}: ${error.message}`, {
      cause: error,
    });
  }

  private path(file: FileName): string {
    return join(this.directory, `${file}.csv`);
  }
}

function provenance(edge: EdgeRow): Cell[] {
  const { evidence, field, start, end, rule, confidence, extractorVersion } = edge;
  return [evidence, field, start, end, rule, confidence, extractorVersion];
}

/**
 * CSV as the importer reads it: strings always quoted, so "" is an empty string while an empty
 * cell is no property at all (null); lists joined by ARRAY_DELIMITER; Neo4j integers as digits.
 */
function csv(rows: ReadonlyArray<readonly Cell[]>): string {
  return stringify(rows as Cell[][], {
    quoted_string: true,
    cast: {
      object: (value) => {
        // An empty list is an empty cell: no property, as ingest leaves an entity without aliases.
        if (Array.isArray(value))
          return value.length > 0 ? { value: listCell(value), quoted: true } : '';
        // Neo4j integers (offsets, positions) print their digits.
        return String(value);
      },
    },
  });
}

function listCell(values: string[]): string {
  for (const value of values) {
    if (value.includes(ARRAY_DELIMITER)) {
      throw new ImportFilesError(`a list value contains the list delimiter U+001F: ${value}`);
    }
  }
  return values.join(ARRAY_DELIMITER);
}
