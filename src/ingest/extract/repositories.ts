import { repositoryKey } from '../../graph/keys.js';
import type { RepositoryMention } from '../../graph/model.js';
import { type FieldText, provenance, sentenceAt } from './document.js';

/**
 * Code and model repositories linked in the text: GitHub and GitLab projects, Hugging Face models,
 * datasets and spaces. Sub-paths (`/tree/...`, `/blob/...`, `/-/...`), `.git`, anchors, queries
 * and trailing punctuation are dropped; user pages, gists and `*.github.io` sites are not
 * repositories. Identity is case-insensitive, the first spelling is kept.
 */
const URL_RE =
  /(?<![\w.@/-])(?:https?:\/\/)?(?:www\.)?(github\.com|gitlab\.com|huggingface\.co)\/([\w.~%/-]+)/gi;

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
      const repo = parse((m[1] ?? '').toLowerCase(), m[2] ?? '');
      if (!repo) continue;
      const key = `${repo.kind}:${repositoryKey(repo.host, repo.fullName)}`;
      if (found.has(key)) continue;
      const cleanStart = owner.offsets.findIndex((o) => o >= m.index);
      const sentence = sentenceAt(owner, cleanStart);
      if (!sentence) continue;
      const length = m[0].length - ((m[2] ?? '').length - repo.pathLength);
      const cleanEnd = owner.offsets.findIndex((o) => o >= m.index + length);
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
