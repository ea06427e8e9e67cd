/**
 * The graph's record types: what a paper and everything extracted from it look like on their way
 * into Neo4j. The ingest pipeline produces these and the graph layer writes them, so they live
 * here, below both.
 */
import type { EntityKind, EntityLabel } from './entity-kinds.js';

/** Which text of the paper a mention was found in; offsets are into that text. */
export const TEXT_FIELDS = ['title', 'abstract'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** Where an extracted fact comes from: stored on every extracted edge. */
export interface Provenance {
  /** The sentence the fact was read from. */
  evidence: string;
  field: TextField;
  /** Character offsets of the mention within `field` (end exclusive). */
  start: number;
  end: number;
  /** Name of the extraction rule that fired, e.g. `propose-verb`. */
  rule: string;
  /** How sure the rule is, in [0, 1]. */
  confidence: number;
}

/** The roles a paper's link to a method or dataset has (listed in ENTITY_KINDS). */
type RoleOf<L extends EntityLabel> = Extract<EntityKind, { label: L }>['roles'][number];
export type MethodRole = RoleOf<'Method'>;
export type DatasetRole = RoleOf<'Dataset'>;
export const REPOSITORY_HOSTS = ['github', 'gitlab', 'huggingface'] as const;
export type RepositoryHost = (typeof REPOSITORY_HOSTS)[number];
/** What a repository holds: code, or a Hugging Face model, dataset or space. */
export const REPOSITORY_KINDS = ['code', 'model', 'dataset', 'space'] as const;
export type RepositoryKind = (typeof REPOSITORY_KINDS)[number];

export interface EntityMention extends Provenance {
  /** The fullest surface form, as written (LaTeX residue cleaned). */
  name: string;
  /** Other surface forms of the same entity in this paper (acronym, long form, raw LaTeX). */
  aliases: string[];
}

export interface MethodMention extends EntityMention {
  role: MethodRole;
}

export interface DatasetMention extends EntityMention {
  role: DatasetRole;
}

export type TaskMention = EntityMention;

export interface RepositoryMention extends Provenance {
  /** `owner/name` for GitHub and GitLab (GitLab may have groups: `group/sub/name`);
   *  `owner/name` for Hugging Face, with `kind` telling model, dataset or space. */
  fullName: string;
  url: string;
  host: RepositoryHost;
  kind: RepositoryKind;
}

export interface ResultMention extends Provenance {
  method: string | null;
  dataset: string | null;
  metric: string;
  value: number;
  /** The value as written, e.g. `73.8%`. */
  raw: string;
}

/** A paper as read from an input file, before extraction. */
export interface PaperInput {
  /** Stable id when the source gives one; otherwise derived (see `paperId`). */
  id?: string;
  title: string;
  abstract: string;
  url?: string;
  /** Without version; the version read, if any, is in `arxivVersion`. */
  arxivId?: string;
  arxivVersion?: number;
  doi?: string;
  /** ISO date (YYYY-MM-DD) */
  published?: string;
  authors?: string[];
  /** Task and method names that Papers with Code attached to the paper (pwc dumps only). */
  pwcTasks?: string[];
  pwcMethods?: string[];
}

/** The extraction record: one paper with everything extracted from it. */
export interface ExtractedPaper {
  id: string;
  title: string;
  methods: MethodMention[];
  datasets: DatasetMention[];
  tasks: TaskMention[];
  repositories: RepositoryMention[];
  results: ResultMention[];
  extractorVersion: string;
}
