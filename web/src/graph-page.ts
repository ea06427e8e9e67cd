import { graphiqlHref, request } from './api.js';
import { busy } from './busy.js';
import { ConnectionsQuery, pathsNeighbourhood, pathsSection } from './connections.js';
import type { ExplorerDebug } from './debug-handle.js';
import { el, externalLink } from './dom.js';
import { GraphView } from './graph-view.js';
import { NODE_STYLE } from './kind-style.js';
import { LeaderboardQuery, leaderboardSection } from './leaderboard.js';
import {
  isDrawn,
  type NodeDetails,
  NodeDetailsQuery,
  neighbourhoodOf,
  nodeLabel,
  PAPERS_PER_NODE,
} from './neighbourhood.js';
import { SidePanel } from './side-panel.js';
import { paperCounts, trendChart } from './trend-chart.js';
import { emptyState, pushRoute, type ViewState } from './url-state.js';

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`index.html lacks #${id}`);
  return element as T;
}

/** What main.ts needs of the graph view, which it loads only when a graph is asked for. */
export interface GraphPage {
  /** Rebuilds the view a URL describes: expansions in order, then the selection or the path. */
  show(state: ViewState): Promise<void>;
  /** Selects a node picked in the search box (or ends a connection question with it). */
  pick(id: string): Promise<void>;
  debug: Omit<ExplorerDebug, 'idle'>;
}

/**
 * The graph and its side panel. `onError` shows a failed step with a retry; `search` is the
 * search box, focused when a connection question waits for its second node.
 */
export function createGraphPage(
  onError: (error: unknown, retry: () => void) => void,
  search: { focus(): void },
): GraphPage {
  const status = byId('status');
  const graph = new GraphView(byId('graph'), (id) => void select(id));
  const panel = new SidePanel(
    byId('panel'),
    (id) => void select(id, { focus: true }),
    startConnecting,
  );

  const details = new Map<string, Promise<NodeDetails>>();
  let state: ViewState = emptyState();
  /** The first end of a "how are these connected?" question, while the second is being picked. */
  let connectFrom: NodeDetails | null = null;

  function say(message: string): void {
    status.textContent = message;
  }

  /** A step of work; a failure is shown with a retry of the same step. */
  async function step(work: () => Promise<void>): Promise<void> {
    try {
      await busy(work);
    } catch (error) {
      say('');
      onError(error, () => void step(work));
    }
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
    const lead: HTMLElement[] = [];
    const entity =
      node.__typename !== 'Paper' && node.__typename !== 'Author' && node.__typename !== 'Result';
    const [counts, leaderboard] = await Promise.all([
      entity ? paperCounts(node.id, 'YEAR') : null,
      node.__typename === 'Dataset' ? request(LeaderboardQuery, { dataset: node.name }) : null,
    ]);
    if (counts) lead.push(await trendChart(counts, 'YEAR', NODE_STYLE[node.__typename].colour));
    if (leaderboard && node.__typename === 'Dataset') {
      const evaluations = leaderboard.dataset?.evaluations.edges.map((edge) => edge.node) ?? [];
      extra.push(leaderboardSection(node.name, evaluations));
    }
    extra.push(
      el(
        'p',
        { class: 'graphiql' },
        externalLink(
          graphiqlHref(NodeDetailsQuery, { id: node.id, papers: PAPERS_PER_NODE }),
          'Open this node’s query in GraphiQL',
        ),
      ),
    );
    graph.select(node.id);
    panel.showNode(node, extra, lead);
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
    return step(async () => {
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
      pushRoute({ view: 'graph', graph: state });
      if (focus) panel.focusHeading();
    });
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

  function show(next: ViewState): Promise<void> {
    return step(async () => {
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
      }
      state = { ...state, node: next.node, path: next.path };
    });
  }

  byId('fit').addEventListener('click', () => graph.fit());
  byId('legend').replaceChildren(
    ...Object.keys(NODE_STYLE)
      .filter((type) => type !== 'Author' && type !== 'Result')
      .map((type) =>
        el('li', {}, el('span', { class: `swatch type-${type}`, 'aria-hidden': 'true' }), type),
      ),
  );
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && connectFrom) {
      connectFrom = null;
      say('Connection question cancelled.');
    }
  });

  return {
    show,
    pick: (id) => select(id, { focus: true }),
    debug: {
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
    },
  };
}
