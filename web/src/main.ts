import './style.css';
import { request } from './api.js';
import { ConnectionsQuery, pathsNeighbourhood, pathsSection } from './connections.js';
import type { ExplorerDebug } from './debug-handle.js';
import { el } from './dom.js';
import { GraphView, NODE_STYLE } from './graph-view.js';
import { LeaderboardQuery, leaderboardSection } from './leaderboard.js';
import {
  isDrawn,
  type NodeDetails,
  NodeDetailsQuery,
  neighbourhoodOf,
  nodeLabel,
  PAPERS_PER_NODE,
} from './neighbourhood.js';
import { SearchBox } from './search-box.js';
import { SidePanel } from './side-panel.js';
import { emptyState, readUrl, type ViewState, writeUrl } from './url-state.js';

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`index.html lacks #${id}`);
  return element as T;
}

const main = byId('explorer');
const status = byId('status');
const graph = new GraphView(byId('graph'), (id) => void select(id));
const panel = new SidePanel(
  byId('panel'),
  (id) => void select(id, { focus: true }),
  startConnecting,
);
const search = new SearchBox(byId('search'), (node) => void select(node.id, { focus: true }));

const details = new Map<string, Promise<NodeDetails>>();
let state: ViewState = emptyState();
/** The first end of a "how are these connected?" question, while the second is being picked. */
let connectFrom: NodeDetails | null = null;

let running = 0;
let idle = Promise.resolve();
let settle: () => void = () => {};

/** Runs a step of work, with `data-busy` on <main> (and `idle()`) telling when all is done. */
async function busy<T>(work: () => Promise<T>): Promise<T | undefined> {
  if (running++ === 0) {
    main.dataset.busy = 'true';
    main.setAttribute('aria-busy', 'true');
    idle = new Promise((resolve) => {
      settle = resolve;
    });
  }
  try {
    return await work();
  } catch (error) {
    say(`Something went wrong: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  } finally {
    if (--running === 0) {
      main.dataset.busy = 'false';
      main.removeAttribute('aria-busy');
      settle();
    }
  }
}

function say(message: string): void {
  status.textContent = message;
}

function load(id: string): Promise<NodeDetails> {
  let node = details.get(id);
  if (!node) {
    node = request(NodeDetailsQuery, { id, papers: PAPERS_PER_NODE }).then((data) => {
      if (!data.node) throw new Error('this node is no longer in the graph');
      if (!isDrawn(data.node))
        throw new Error(`a ${data.node.__typename} is not drawn in the graph`);
      return data.node;
    });
    // A failed load is asked again next time.
    node.catch(() => details.delete(id));
    details.set(id, node);
  }
  return node;
}

async function expand(id: string): Promise<NodeDetails> {
  const node = await load(id);
  await graph.add(neighbourhoodOf(node), id);
  graph.markExpanded(id);
  if (!state.expanded.includes(id)) state.expanded.push(id);
  return node;
}

async function showNode(node: NodeDetails): Promise<void> {
  const extra: HTMLElement[] = [];
  if (node.__typename === 'Dataset') {
    const { dataset } = await request(LeaderboardQuery, { dataset: node.name });
    const evaluations = dataset?.evaluations.edges.map((edge) => edge.node) ?? [];
    extra.push(leaderboardSection(node.name, evaluations));
  }
  graph.select(node.id);
  panel.showNode(node, extra);
  const drawn = neighbourhoodOf(node).nodes.length - 1;
  say(`${nodeLabel(node)}: ${drawn} neighbour${drawn === 1 ? '' : 's'} in the graph.`);
}

async function showPaths(from: string, to: string): Promise<void> {
  const [source, target, found] = await Promise.all([
    load(from),
    load(to),
    request(ConnectionsQuery, { from, to }),
  ]);
  const connections = found.connections.edges.map((edge) => edge.node);
  const drawn = pathsNeighbourhood(connections);
  await graph.add(drawn, from);
  graph.showPath(drawn.elementIds);
  graph.select(to);
  panel.showPaths(pathsSection(nodeLabel(source), nodeLabel(target), connections));
  say(
    connections.length > 0
      ? `${connections.length} shortest path(s) between ${nodeLabel(source)} and ${nodeLabel(target)}.`
      : `No short path between ${nodeLabel(source)} and ${nodeLabel(target)}.`,
  );
}

/** Selects a node (expanding its neighbourhood), or ends a connection question with it. */
function select(id: string, { focus = false } = {}): Promise<void> {
  return busy(async () => {
    if (connectFrom && connectFrom.id !== id) {
      const from = connectFrom.id;
      connectFrom = null;
      await expand(id);
      await showPaths(from, id);
      state = { ...state, node: id, path: { from, to: id } };
    } else {
      connectFrom = null;
      const node = await expand(id);
      await showNode(node);
      graph.showPath([]);
      state = { ...state, node: id, path: null };
    }
    writeUrl(state);
    if (focus) panel.focusHeading();
  }).then(() => undefined);
}

function startConnecting(id: string): void {
  void load(id).then((node) => {
    connectFrom = node;
    say(
      `Pick a second node to see how ${nodeLabel(node)} connects to it: click it in the graph, choose it in the panel or search for it. Escape cancels.`,
    );
    search.focus();
  });
}

/** Rebuilds the view the URL describes: expansions in order, then the selection or the path. */
function restore(next: ViewState): Promise<void> {
  return busy(async () => {
    graph.clear();
    connectFrom = null;
    state = { ...emptyState(), expanded: [] };
    await Promise.all(next.expanded.map(load));
    for (const id of next.expanded) await expand(id);
    if (next.path) {
      await showPaths(next.path.from, next.path.to);
    } else if (next.node) {
      await showNode(await expand(next.node));
    } else {
      panel.showWelcome();
      say('');
    }
    state = { ...state, node: next.node, path: next.path };
  }).then(() => undefined);
}

function clearAll(): void {
  state = emptyState();
  graph.clear();
  panel.showWelcome();
  say('Cleared.');
  writeUrl(state);
}

byId('fit').addEventListener('click', () => graph.fit());
byId('clear').addEventListener('click', clearAll);
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
byId('legend').append(
  ...Object.entries(NODE_STYLE)
    .filter(([type]) => type !== 'Author' && type !== 'Result')
    .map(([type]) =>
      el('li', {}, el('span', { class: `swatch type-${type}`, 'aria-hidden': 'true' }), type),
    ),
);
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && connectFrom) {
    connectFrom = null;
    say('Connection question cancelled.');
  }
});
window.addEventListener('popstate', () => void restore(readUrl()));
window.addEventListener('unhandledrejection', (event) =>
  say(`Something went wrong: ${event.reason}`),
);

const debug: ExplorerDebug = {
  nodes: () =>
    graph.cy.nodes().map((node) => ({
      id: node.id(),
      type: node.data('type'),
      label: node.data('label'),
      expanded: node.hasClass('expanded'),
      onPath: node.hasClass('on-path'),
    })),
  edges: () =>
    graph.cy.edges().map((edge) => ({
      source: edge.data('source'),
      target: edge.data('target'),
      type: edge.data('type'),
      evidence: edge.data('evidence'),
      onPath: edge.hasClass('on-path'),
    })),
  selected: () => graph.cy.$('node:selected').first().id() || null,
  idle: () => idle,
};
Object.assign(window, { __explorer: debug });

void restore(readUrl());
