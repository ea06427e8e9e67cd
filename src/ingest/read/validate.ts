/**
 * The one place a raw record becomes a PaperInput: every reader maps its source's shape to the
 * plain record shape (`{id?, title, abstract, url?, arxivId?, doi?, published?, authors?, …}`)
 * and hands it here, so checks, limits and error wording are the same for all formats.
 */
import { z } from 'zod';
import type { PaperInput } from '../../domain/model.js';
import { arxivIdFromUrl, parseArxivId } from '../identity.js';
import { failure } from './errors.js';
import type { ReadItem, SourceLocation } from './types.js';

/** Abstracts longer than this are refused: real ones are a few thousand characters at most. */
export const MAX_ABSTRACT_CHARS = 20_000;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ].*)?$/;

export function collapseWhitespace(text: string): string {
  // Matching only runs that are not already a lone space is ten times faster on real text.
  return text.replace(/(?! )\s+| \s+/g, ' ').trim();
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

// null and blank strings count as absent: JSON dumps use both for "unknown".
const absent = (value: unknown) =>
  value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value;
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(absent, schema.optional());

// Control characters (U+0000, ...) and invisible format ones (zero-width spaces, the BOM, bidi
// marks) are dropped, and a title of only those is refused; the joiners, which some scripts spell
// words with, stay.
const INVISIBLE = /(?![\t\n\r\u200c\u200d])[\p{Cc}\p{Cf}]/gu;
const text = z.string().transform((value, ctx) => {
  const cleaned = collapseWhitespace(value.replace(INVISIBLE, ''));
  if (cleaned === '' && value.trim() !== '') {
    ctx.issues.push({ code: 'custom', input: value, message: 'has only invisible characters' });
  }
  return cleaned;
});
const names = z
  .array(
    z.union([z.string(), z.object({ name: z.string() })], {
      error: 'is neither a string nor an object with a string name',
    }),
  )
  .transform((list) =>
    list.map((n) => collapseWhitespace(typeof n === 'string' ? n : n.name)).filter(Boolean),
  );

const arxivId = z.string().transform((value, ctx) => {
  const ref = parseArxivId(value);
  if (ref) return ref;
  ctx.issues.push({ code: 'custom', input: value, message: `is not an arXiv id ('${value}')` });
  return z.NEVER;
});

const record = z.object({
  id: optional(z.union([z.string().trim(), z.number().transform(String)])),
  title: text.pipe(z.string().min(1, 'is empty')),
  abstract: text.pipe(
    z
      .string()
      .min(1, 'is empty')
      .max(MAX_ABSTRACT_CHARS, {
        error: (issue) =>
          `has ${String(issue.input).length} characters, over the limit of ${MAX_ABSTRACT_CHARS}`,
      }),
  ),
  url: optional(z.string().trim()),
  arxivId: optional(arxivId),
  arxivVersion: optional(z.number().int().positive()),
  doi: optional(z.string().trim()),
  published: optional(
    z
      .string()
      .trim()
      .regex(ISO_DATE, 'is not an ISO date (YYYY-MM-DD)')
      .transform((date) => date.slice(0, 10)),
  ),
  authors: optional(names),
  pwcTasks: optional(names),
  pwcMethods: optional(names),
});

// Wording for wrong types; the schema's own messages (e.g. 'is empty') take precedence.
const typeMessages: z.core.$ZodErrorMap = (issue) =>
  issue.code === 'invalid_type'
    ? `is not ${/^[aeiou]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected} (got ${kindOf(issue.input)})`
    : undefined;

function fieldName(path: PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i ? '.' : ''}${String(key)}`))
    .join('');
}

function valueAt(raw: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) =>
      value !== null && typeof value === 'object' ? Reflect.get(value, key) : undefined,
    raw,
  );
}

function describeIssue(issue: z.core.$ZodIssue, raw: unknown): string {
  if (issue.path.length === 0) return `record ${issue.message}`;
  const field = fieldName(issue.path);
  if (issue.code === 'invalid_type' && valueAt(raw, issue.path) == null) {
    return `missing field '${field}'`;
  }
  return `field '${field}' ${issue.message}`;
}

function nonEmpty(list: string[] | undefined): string[] | undefined {
  return list?.length ? list : undefined;
}

/** Validates a raw record read at `at`: the paper, or an error naming each bad field. */
export function toReadItem(raw: unknown, at: SourceLocation): ReadItem {
  const parsed = record.safeParse(raw, { error: typeMessages });
  if (!parsed.success) {
    return failure(at, parsed.error.issues.map((issue) => describeIssue(issue, raw)).join('; '));
  }
  const r = parsed.data;
  const arxiv = r.arxivId ?? (r.url ? arxivIdFromUrl(r.url) : undefined);
  const paper: PaperInput = {
    id: r.id,
    title: r.title,
    abstract: r.abstract,
    url: r.url,
    arxivId: arxiv?.id,
    arxivVersion: arxiv?.version ?? r.arxivVersion,
    doi: r.doi,
    published: r.published,
    authors: nonEmpty(r.authors),
    pwcTasks: nonEmpty(r.pwcTasks),
    pwcMethods: nonEmpty(r.pwcMethods),
  };
  // Absent fields are left out rather than set to undefined, so papers compare and print cleanly.
  for (const key of Object.keys(paper) as (keyof PaperInput)[]) {
    if (paper[key] === undefined) delete paper[key];
  }
  return { ok: true, paper, at };
}
