import './style.css';
import { renderBrowse } from './browse.js';
import { busy, idle } from './busy.js';
import type { ExplorerDebug } from './debug-handle.js';
import { el } from './dom.js';
import { renderEntityPage } from './entity-page.js';
import type { GraphPage } from './graph-page.js';
import { renderHome } from './home.js';
import { NODE_STYLE } from './kind-style.js';
import { ErrorNotice, showLoading } from './notices.js';
import { SearchBox } from './search-box.js';
import { nodeHref, pushRoute, type Route, readRoute } from './url-state.js';

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`index.html lacks #${id}`);
  return element as T;
}

const page = byId('page');
const explorer = byId('explorer');
const problem = new ErrorNotice(byId('problem'));
const search = new SearchBox(byId('search'), (node) => {
  if (route.view === 'graph' && graphPage) void graphPage.then((graph) => graph.pick(node.id));
  else navigate(readRoute(new URL(nodeHref(node.id), window.location.href)));
});
let route: Route = readRoute();
/** The graph code (cytoscape is most of the bundle), loaded the first time a graph is shown. */
let graphPage: Promise<GraphPage> | undefined;
let graphDebug: Omit<ExplorerDebug, 'idle'> = {
  nodes: () => [],
  edges: () => [],
  selected: () => null,
};

function loadGraphPage(): Promise<GraphPage> {
  graphPage ??= import('./graph-page.js').then(({ createGraphPage }) => {
    const graph = createGraphPage((error, retry) => problem.show(error, retry), search);
    graphDebug = graph.debug;
    return graph;
  });
  return graphPage;
}

/** Shows the view a route names: the home page, a list, an entity's page, or the graph. */
async function render(next: Route, { focus = true } = {}): Promise<void> {
  route = next;
  problem.hide();
  document.body.dataset.view = next.view;
  page.hidden = next.view === 'graph';
  explorer.hidden = next.view !== 'graph';
  try {
    await busy(async () => {
      if (next.view === 'graph') return (await loadGraphPage()).show(next.graph);
      if (next.view === 'home') await renderHome(page);
      else if (next.view === 'entity') await renderEntityPage(page, next.entity, navigate);
      else await renderBrowse(page, next.browse, navigate);
      page.scrollTop = 0;
      // Keyboard and screen-reader users land where the new view starts.
      if (focus) page.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
    });
  } catch (error) {
    // A page view half of an older answer would mislead; the graph keeps what it drew.
    if (next.view !== 'graph') page.replaceChildren();
    problem.show(error, () => void render(next, { focus }));
  }
}

function navigate(next: Route): void {
  pushRoute(next);
  void render(next);
}

// The type colours live in NODE_STYLE only; badges and the legend read them from here.
document.head.append(
  el(
    'style',
    {},
    Object.entries(NODE_STYLE)
      .map(([type, { colour }]) => `.type-${type} { --type-colour: ${colour}; }`)
      .join('\n'),
  ),
);
showLoading(byId('loading'));
// Links between views change the view without reloading the page (and the graph code).
document.addEventListener('click', (event) => {
  const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-view-link]');
  if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
  event.preventDefault();
  navigate(readRoute(new URL(link.href)));
});
byId('clear').addEventListener('click', () => navigate({ view: 'home' }));
document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  const typing =
    target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
  if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
    event.preventDefault();
    search.focus();
  }
});
window.addEventListener('popstate', () => void render(readRoute()));

const debug: ExplorerDebug = {
  nodes: () => graphDebug.nodes(),
  edges: () => graphDebug.edges(),
  selected: () => graphDebug.selected(),
  idle,
};
Object.assign(window, { __explorer: debug });

/**
 * Fetches the graph code while the reader looks at the first view, when the browser is idle,
 * so that opening the graph later waits only for its data.
 */
function prefetchGraphCode(): void {
  const fetchIt = () => void import('./graph-page.js');
  if ('requestIdleCallback' in window) requestIdleCallback(fetchIt, { timeout: 2000 });
  else setTimeout(fetchIt, 500);
}

void render(route, { focus: false }).then(prefetchGraphCode);
