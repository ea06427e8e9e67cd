import { graphiqlHref, request } from './api.js';
import { busy } from './busy.js';
import { ConnectionsQuery, pathsNeighbourhood, pathsSection } from './connections.js';
import type { ExplorerDebug } from './debug-handle.js';
import { el, externalLink } from './dom.js';
import { BATCH_SIZE, NODE_CAP, SHARED_PAPERS_DRAWN } from './graph-limits.js';
import { GraphView } from './graph-view.js';
import { NODE_STYLE } from './kind-style.js';
import { LeaderboardQuery, leaderboardSection } from './leaderboard.js';
import {
  type CoOccurring,
  isCoOccurring,
  isDrawn,
  type NodeDetails,
  NodeDetailsQuery,
  neighbourhoodOf,
  nodeLabel,
  PAPERS_PER_NODE,
} from './neighbourhood.js';
import { isCoType, neighbourBatch, StrongestNeighbours } from './neighbours.js';
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
  const graph = new GraphView(
    byId('graph'),
    (id) => void select(id),
    (of) => void step(() => more(of)),
  );
  const papersToggle = byId<HTMLButtonElement>('papers');
  const panel = new SidePanel(
    byId('panel'),
    (id) => void select(id, { focus: true }),
    startConnecting,
  );

  const details = new Map<string, Promise<NodeDetails>>();
  /** The ranked neighbours of each expanded method, dataset and task, read a batch at a time. */
  let neighbours = new Map<string, StrongestNeighbours>();
  /** Expanded entities whose next neighbour does not fit under the node cap. */
  let full = new Set<string>();
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

  /**
   * The next neighbours of an expanded entity that fit under the cap with their shared papers
   * (one place kept for its "+N more" node), and that node for the rest.
   */
  async function drawNeighbours(
    node: CoOccurring,
    ranked: StrongestNeighbours,
  ): Promise<{ added: number; full: boolean }> {
    const batch = await ranked.next(BATCH_SIZE);
    const self = { id: node.id, type: node.__typename };
    const fresh = new Set<string>();
    const cost = (id: string) => (graph.has(id) || fresh.has(id) ? 0 : 1);
    let room = graph.room() - cost(node.id) - 1;
    let fits = 0;
    for (const neighbour of batch) {
      const ids = [
        neighbour.id,
        ...neighbour.papers.slice(0, SHARED_PAPERS_DRAWN).map((p) => p.id),
      ];
      const needs = new Set(ids.filter((id) => cost(id) > 0)).size;
      if (needs > room) break;
      room -= needs;
      for (const id of ids) fresh.add(id);
      fits++;
    }
    ranked.giveBack(batch.slice(fits));
    const drawn = neighbourBatch(self, batch.slice(0, fits));
    drawn.nodes.unshift({ id: node.id, type: self.type, label: nodeLabel(node) });
    await graph.add(drawn, node.id);
    const noRoom = fits < batch.length;
    if (noRoom) full.add(node.id);
    else full.delete(node.id);
    graph.setMore(node.id, ranked.total - ranked.drawn, noRoom);
    return { added: fits, full: noRoom };
  }

  /** The panel's "+N more", for whoever walks the graph with the keyboard. */
  let moreButton: { of: string; button: HTMLButtonElement } | null = null;

  function moreButtonFor(of: string): HTMLButtonElement {
    const button = el('button', { type: 'button', class: 'connect' });
    button.addEventListener('click', () => void step(() => more(of)));
    moreButton = { of, button };
    updateMoreButton();
    return button;
  }

  function updateMoreButton(): void {
    const ranked = moreButton && neighbours.get(moreButton.of);
    if (!moreButton || !ranked) return;
    const left = ranked.total - ranked.drawn;
    const noRoom = full.has(moreButton.of);
    moreButton.button.textContent = noRoom
      ? `Draw more neighbours (${left} not drawn; the graph is full)`
      : `Draw ${Math.min(left, BATCH_SIZE)} more neighbours (${left} not drawn)`;
    moreButton.button.disabled = noRoom;
    moreButton.button.hidden = left === 0;
  }

  /** The next batch of an expanded entity's neighbours: its "+N more" was picked. */
  async function more(of: string): Promise<void> {
    const ranked = neighbours.get(of);
    const node = await load(of);
    if (!ranked || !isCoOccurring(node)) return;
    const { added, full: noRoom } = await drawNeighbours(node, ranked);
    // A tap on "+N more" unselects: the selection stays what the panel shows.
    if (state.node) graph.select(state.node);
    updateMoreButton();
    const left = ranked.total - ranked.drawn;
    say(
      `${nodeLabel(node)}: ${added} more neighbours drawn, ${left} left.` +
        (noRoom
          ? ` The graph holds its cap of ${NODE_CAP} nodes: clear it, or open ${nodeLabel(node)} on its own, to see more.`
          : ''),
    );
  }

  async function expand(id: string): Promise<NodeDetails> {
    // An entity drawn already tells its type: its neighbours are read along with its details.
    const type = graph.typeOf(id);
    if (isCoType(type) && !neighbours.has(id)) {
      const ranked = new StrongestNeighbours({ id, type });
      ranked.readAhead();
      neighbours.set(id, ranked);
    }
    const node = await load(id);
    if (!isCoOccurring(node)) await graph.add(neighbourhoodOf(node), id);
    else {
      let ranked = neighbours.get(id);
      if (!ranked) {
        ranked = new StrongestNeighbours({ id, type: node.__typename });
        neighbours.set(id, ranked);
      }
      // Its first batch once; "+N more" adds the next ones.
      if (!ranked.started) await drawNeighbours(node, ranked);
    }
    graph.markExpanded(id);
    if (!state.expanded.includes(id)) state.expanded.push(id);
    return node;
  }

  /** What the panel reads beyond the node's details: an entity's papers per year, a dataset's results. */
  function panelReads(node: NodeDetails) {
    const entity =
      node.__typename !== 'Paper' && node.__typename !== 'Author' && node.__typename !== 'Result';
    return Promise.all([
      entity
        ? paperCounts(node.id, 'YEAR').then((counts) =>
            trendChart(counts, 'YEAR', NODE_STYLE[node.__typename].colour),
          )
        : null,
      node.__typename === 'Dataset' ? request(LeaderboardQuery, { dataset: node.name }) : null,
    ]);
  }

  /** Selects a node and expands it, the panel's reads going while the graph is drawn. */
  async function expandAndShow(id: string): Promise<void> {
    const [node, reads] = await Promise.all([expand(id), load(id).then(panelReads)]);
    showNode(node, reads);
  }

  function showNode(
    node: NodeDetails,
    [chart, leaderboard]: Awaited<ReturnType<typeof panelReads>>,
  ): void {
    const extra: HTMLElement[] = [];
    const lead: HTMLElement[] = [];
    const ranked = neighbours.get(node.id);
    moreButton = null;
    if (ranked) lead.push(moreButtonFor(node.id));
    if (chart) lead.push(chart);
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
    if (ranked) {
      say(
        `${nodeLabel(node)} shares papers with ${ranked.total} ${ranked.kinds}; the ${ranked.drawn} sharing most are drawn.`,
      );
    } else {
      const drawn = isCoOccurring(node) ? 0 : neighbourhoodOf(node).nodes.length - 1;
      say(`${nodeLabel(node)}: ${drawn} neighbour${drawn === 1 ? '' : 's'} in the graph.`);
    }
  }

  async function showPaths(from: string, to: string): Promise<void> {
    const [source, target, found] = await Promise.all([
      load(from),
      load(to),
      request(ConnectionsQuery, { from, to }),
    ]);
    const connections = found.connections.edges.map((edge) => edge.node);
    const drawn = pathsNeighbourhood(connections);
    await graph.add(drawn, from, { whole: true });
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
        await expandAndShow(id);
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

  function showPapersToggle(): void {
    papersToggle.setAttribute('aria-pressed', String(state.papersHidden));
    papersToggle.textContent = state.papersHidden ? 'Show papers' : 'Hide papers';
  }

  function show(next: ViewState): Promise<void> {
    return step(async () => {
      graph.clear();
      neighbours = new Map();
      full = new Set();
      connectFrom = null;
      state = { ...emptyState(), expanded: [], papersHidden: next.papersHidden };
      showPapersToggle();
      await graph.hidePapers(next.papersHidden);
      await Promise.all(next.expanded.map(load));
      for (const id of next.expanded) await expand(id);
      if (next.path) {
        await showPaths(next.path.from, next.path.to);
      } else if (next.node) {
        await expandAndShow(next.node);
      } else {
        panel.showWelcome();
      }
      state = { ...state, node: next.node, path: next.path };
    });
  }

  byId('fit').addEventListener('click', () => graph.fit());
  papersToggle.addEventListener('click', () =>
    step(async () => {
      state = { ...state, papersHidden: !state.papersHidden };
      showPapersToggle();
      await graph.hidePapers(state.papersHidden);
      pushRoute({ view: 'graph', graph: state });
    }),
  );
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
          visible: node.visible(),
          labelled: node.hasClass('labelled'),
          position: node.renderedPosition(),
        })),
      edges: () =>
        graph.cy.edges().map((edge) => ({
          source: edge.data('source'),
          target: edge.data('target'),
          type: edge.data('type'),
          evidence: edge.data('evidence'),
          weight: edge.data('weight'),
          onPath: edge.hasClass('on-path'),
          visible: edge.visible(),
        })),
      selected: () => graph.cy.$('node:selected').first().id() || null,
    },
  };
}
