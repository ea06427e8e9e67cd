/** What the URL keeps, so a link restores the same view: selection, expansions and a path. */
export interface ViewState {
  /** The selected node's global id. */
  node: string | null;
  /** The nodes whose neighbourhoods are drawn, in the order they were expanded. */
  expanded: string[];
  /** The two ends of a "how are these connected?" question. */
  path: { from: string; to: string } | null;
}

export function emptyState(): ViewState {
  return { node: null, expanded: [], path: null };
}

export function readUrl(url: URL = new URL(window.location.href)): ViewState {
  const params = url.searchParams;
  const from = params.get('from');
  const to = params.get('to');
  return {
    node: params.get('node'),
    expanded: (params.get('expand') ?? '').split(',').filter((id) => id !== ''),
    path: from && to ? { from, to } : null,
  };
}

function toUrl(state: ViewState): URL {
  const url = new URL(window.location.href);
  url.search = '';
  if (state.node) url.searchParams.set('node', state.node);
  // Global ids are base64, which never holds a comma.
  if (state.expanded.length > 0) url.searchParams.set('expand', state.expanded.join(','));
  if (state.path) {
    url.searchParams.set('from', state.path.from);
    url.searchParams.set('to', state.path.to);
  }
  return url;
}

/** A new history entry per change of view, so Back goes to the previous one. */
export function writeUrl(state: ViewState): void {
  const url = toUrl(state);
  if (url.href !== window.location.href) window.history.pushState(null, '', url);
}
