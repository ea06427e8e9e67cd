/**
 * Paper identity: one key per paper whichever source it came from, so the same paper read from
 * an arXiv feed and a Papers with Code dump lands on one node, and a content hash so an
 * unchanged paper can be skipped on re-ingest.
 */
import { createHash } from 'node:crypto';
import type { PaperInput } from '../domain/model.js';

/** An arXiv identifier split from its version (`2401.01234v2` → `2401.01234`, 2). */
export interface ArxivRef {
  id: string;
  version?: number;
}

// New style `2401.01234` (4 or 5 digits after the dot) and old style `hep-th/9901001` or
// `math.GT/0309136` (archive, optional subject class, 7 digits).
const ARXIV_ID = String.raw`(\d{4}\.\d{4,5}|[a-z][a-z-]*(?:\.[A-Z]{2})?/\d{7})(?:v(\d+))?`;
const BARE_ARXIV_ID = new RegExp(`^(?:arxiv:)?${ARXIV_ID}$`, 'i');
const ARXIV_URL = new RegExp(
  `^https?://(?:www\\.|export\\.)?arxiv\\.org/(?:abs|pdf)/${ARXIV_ID}(?:\\.pdf)?/?(?:[?#].*)?$`,
  'i',
);
const DOI_PREFIX = /^(?:doi:|https?:\/\/(?:dx\.)?doi\.org\/)/i;

function toRef(match: RegExpExecArray | null): ArxivRef | undefined {
  const [, id, version] = match ?? [];
  if (id === undefined) return undefined;
  return version === undefined ? { id } : { id, version: Number(version) };
}

/** Parses a bare arXiv id, optionally prefixed `arXiv:` and suffixed with a version. */
export function parseArxivId(text: string): ArxivRef | undefined {
  return toRef(BARE_ARXIV_ID.exec(text.trim()));
}

/** The arXiv id of an `arxiv.org/abs/…` or `arxiv.org/pdf/…` URL. */
export function arxivIdFromUrl(url: string): ArxivRef | undefined {
  return toRef(ARXIV_URL.exec(url.trim()));
}

/** A DOI without its `doi:` or resolver prefix, lower-cased (DOIs are case-insensitive). */
export function normaliseDoi(doi: string): string {
  return doi.trim().replace(DOI_PREFIX, '').toLowerCase();
}

/** The title as compared for identity: NFKC, lower case, runs of non-alphanumerics as one space. */
export function normaliseTitle(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The paper's key: `arxiv:<id>` (version stripped) when an arXiv id is known or its url is an
 * arXiv one, else `doi:<doi>`, else the source's own `id:<id>`, else `title:<hash>` of the
 * normalised title.
 */
export function paperId(p: PaperInput): string {
  const arxiv = (p.arxivId && parseArxivId(p.arxivId)) || (p.url && arxivIdFromUrl(p.url));
  if (arxiv) return `arxiv:${arxiv.id}`;
  if (p.doi?.trim()) return `doi:${normaliseDoi(p.doi)}`;
  if (p.id?.trim()) return `id:${p.id.trim()}`;
  const digest = createHash('sha1').update(normaliseTitle(p.title)).digest('hex');
  return `title:${digest.slice(0, 16)}`;
}

/** sha256 over the fields the graph is built from: equal hashes mean nothing to re-ingest. */
export function contentHash(p: PaperInput): string {
  // A fixed array, not the object itself, so key order and absent-vs-undefined cannot matter.
  const fields = [
    p.title,
    p.abstract,
    p.authors ?? [],
    p.published ?? null,
    p.url ?? null,
    p.doi ?? null,
    p.arxivId ?? null,
    p.arxivVersion ?? null,
    p.pwcTasks ?? [],
    p.pwcMethods ?? [],
  ];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}
