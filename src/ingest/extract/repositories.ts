import { repositoryKey } from '../../domain/keys.js';
import type { RepositoryMention } from '../../domain/model.js';
import { type FieldText, provenance, sentenceAt } from './document.js';

/**
 * Code and model repositories linked in the text: GitHub and GitLab projects, Hugging Face models,
 * datasets and spaces. Sub-paths (`/tree/...`, `/blob/...`, `/-/...`), `.git`, anchors, queries
 * and trailing punctuation are dropped; user pages, gists and `*.github.io` sites are not
 * repositories. Identity is case-insensitive, the first spelling is kept. What PDF-to-text and LaTeX
 * do to URLs is undone: a space around the scheme's colon (`https: //`), `\\_` in the path, and a
 * path broken by a space or a line break after a `/` or a `-`; provenance spans the URL as written.
 */
const URL_RE =
  /(?<![\w.@/-])(?:https?\s?:\s?\/\/\s?)?(?:www\.)?(github\.com|gitlab\.com|huggingface\.co)\/((?:[\w.~%/-]|\\[_%&#~])*)/gi;

/**
 * What PDF-to-text leaves of a URL broken at a line end: the rest of the path after a space or a
 * line break that follows a `/` or a `-`. After a `/` only when the URL lacks its owner or its name;
 * after a `-` only across one space or one line break.
 */
const AFTER_SLASH = /^\s{1,3}([\w][\w.~%-]*(?:\/[\w.~%-]+)?)/;
const AFTER_HYPHEN = /^(?: |[ \t]*\r?\n[ \t]*)([\w][\w.~%-]*(?:\/[\w.~%-]+)?)/;
/** Words that start a sentence's next clause, not a URL's next segment. */
const NOT_SEGMENT =
  /^(?:and|or|the|a|an|for|to|with|which|that|is|are|was|in|on|of|at|by|as|we|our|it|this|code|data)$/i;

/** First path segments that are GitHub or Hugging Face pages rather than owners. */
const NOT_OWNER = new Set([
  'orgs',
  'topics',
  'features',
  'sponsors',
  'settings',
  'marketplace',
  'collections',
  'about',
  'pricing',
  'login',
  'join',
  'site',
  'apps',
  'search',
  'explore',
  'trending',
  'users',
  'blog',
  'docs',
  'papers',
  'learn',
  'models',
  'organizations',
  'tasks',
  'posts',
  'enterprise',
]);

export function extractRepositories(fields: FieldText[]): RepositoryMention[] {
  const found = new Map<string, RepositoryMention>();
  for (const owner of fields) {
    // URLs are found in the raw text; clean offsets map one to one inside a URL's characters
    for (const m of owner.raw.matchAll(URL_RE)) {
      const host = (m[1] ?? '').toLowerCase();
      const path = readPath(owner.raw, host, m.index + m[0].length - (m[2] ?? '').length);
      const repo = parse(host, path.text);
      if (!repo) continue;
      const key = `${repo.kind}:${repositoryKey(repo.host, repo.fullName)}`;
      if (found.has(key)) continue;
      const cleanStart = owner.offsets.findIndex((o) => o >= m.index);
      const sentence = sentenceAt(owner, cleanStart);
      if (!sentence) continue;
      const rawEnd = (path.raw[repo.pathLength - 1] ?? path.start - 1) + 1;
      const cleanEnd = owner.offsets.findIndex((o) => o >= rawEnd);
      found.set(key, {
        fullName: repo.fullName,
        url: repo.url,
        host: repo.host,
        kind: repo.kind,
        ...provenance(
          sentence,
          cleanStart,
          cleanEnd < 0 ? owner.text.length : cleanEnd,
          `${repo.host}-url`,
        ),
      });
    }
  }
  return [...found.values()];
}

/** A URL's path from raw offset `start`, unescaped (`\\_`) and rejoined, with each character's raw offset. */
function readPath(
  raw: string,
  host: string,
  start: number,
): { text: string; raw: number[]; start: number } {
  let text = '';
  const offsets: number[] = [];
  let at = start;
  const take = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const ch = raw[i] as string;
      if (ch === '\\') continue;
      text += ch;
      offsets.push(i);
    }
  };
  const segment = /^(?:[\w.~%/-]|\\[_%&#~])*/;
  for (let joins = 0; joins <= 2; joins++) {
    const m = segment.exec(raw.slice(at));
    const len = m?.[0].length ?? 0;
    take(at, at + len);
    at += len;
    const rest = raw.slice(at, at + 200);
    const next =
      (text === '' || text.endsWith('/')) && incomplete(host, text)
        ? AFTER_SLASH.exec(rest)
        : text.endsWith('-')
          ? AFTER_HYPHEN.exec(rest)
          : null;
    const word = next?.[1]?.split('/')[0] ?? '';
    if (!next || NOT_SEGMENT.test(word)) break;
    at += next[0].length - (next[1] ?? '').length;
  }
  return { text, raw: offsets, start };
}

/** Whether a path still lacks the owner or the name of a repository. */
function incomplete(host: string, path: string): boolean {
  const parts = path.split('/').filter(Boolean);
  const typed = host === 'huggingface.co' && (parts[0] === 'datasets' || parts[0] === 'spaces');
  return parts.length < (typed ? 3 : 2);
}

interface ParsedRepo {
  host: RepositoryMention['host'];
  kind: RepositoryMention['kind'];
  fullName: string;
  url: string;
  /** Characters of the path that belong to the repository. */
  pathLength: number;
}

function parse(host: string, path: string): ParsedRepo | null {
  const segments = path.split(/[?#]/)[0]?.split('/') ?? [];
  const clean = (s: string | undefined) =>
    (s ?? '').replace(/\.git$/i, '').replace(/[.,;:!)\]'"-]+$/, '');
  const length = (parts: string[]) => parts.join('/').length;
  if (host === 'github.com') {
    const [owner, name] = [clean(segments[0]), clean(segments[1])];
    if (!owner || !name || NOT_OWNER.has(owner.toLowerCase())) return null;
    const fullName = `${owner}/${name}`;
    return {
      host: 'github',
      kind: 'code',
      fullName,
      url: `https://github.com/${fullName}`,
      pathLength: length([segments[0] ?? '', name]),
    };
  }
  if (host === 'gitlab.com') {
    // groups nest; `/-/` starts a sub-page
    const stop = segments.indexOf('-');
    const parts = (stop >= 0 ? segments.slice(0, stop) : segments).map(clean).filter(Boolean);
    if (parts.length < 2 || NOT_OWNER.has((parts[0] ?? '').toLowerCase())) return null;
    const fullName = parts.join('/');
    return {
      host: 'gitlab',
      kind: 'code',
      fullName,
      url: `https://gitlab.com/${fullName}`,
      pathLength: fullName.length,
    };
  }
  const typed = segments[0] === 'datasets' || segments[0] === 'spaces';
  const kind =
    segments[0] === 'datasets' ? 'dataset' : segments[0] === 'spaces' ? 'space' : 'model';
  const rest = typed ? segments.slice(1) : segments;
  const [owner, name] = [clean(rest[0]), clean(rest[1])];
  if (!owner || !name || NOT_OWNER.has(owner.toLowerCase())) return null;
  const fullName = `${owner}/${name}`;
  const prefix = typed ? `${segments[0]}/` : '';
  return {
    host: 'huggingface',
    kind,
    fullName,
    url: `https://huggingface.co/${prefix}${fullName}`,
    pathLength: prefix.length + fullName.length,
  };
}
