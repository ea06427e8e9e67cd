import cytoscape, {
  type Core,
  type ElementDefinition,
  type NodeSingular,
  type StylesheetJson,
} from 'cytoscape';
import fcose, { type FcoseLayoutOptions } from 'cytoscape-fcose';
import { NODE_CAP } from './graph-limits.js';
import { NODE_STYLE } from './kind-style.js';
import { LABEL_FONT_PX, LABEL_MAX_PX, placeLabels } from './label-placement.js';
import { edgeId, type Neighbourhood } from './neighbourhood.js';
import { SHARED_PAPERS } from './neighbours.js';

cytoscape.use(fcose);

/** The type of the node that stands for an expansion's neighbours not drawn yet. */
export const MORE = 'More';

/** The style at a zoom level: labels are sized in model units, so divide by the zoom. */
function style(zoom: number): StylesheetJson {
  const font = LABEL_FONT_PX / zoom;
  return [
    {
      selector: 'node',
      style: {
        width: 20,
        height: 20,
        'font-size': font,
        color: '#1d1d1f',
        'text-valign': 'bottom',
        'text-margin-y': 2 / zoom,
        'text-wrap': 'ellipsis',
        'text-max-width': `${LABEL_MAX_PX / zoom}px`,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.75,
        'text-background-padding': `${1 / zoom}px`,
      },
    },
    // Only the labels placement picked (label-placement.ts): the rest would pile up unreadably.
    { selector: 'node.labelled', style: { label: 'data(label)' } },
    ...Object.entries(NODE_STYLE).map(([type, { colour, shape }]) => ({
      selector: `node[type = "${type}"]`,
      style: { 'background-color': colour, shape },
    })),
    { selector: 'node[type = "Paper"]', style: { width: 16, height: 16 } },
    { selector: 'node[size]', style: { width: 'data(size)', height: 'data(size)' } },
    {
      selector: `node[type = "${MORE}"]`,
      style: {
        shape: 'round-rectangle',
        width: 14,
        height: 14,
        'background-color': '#ffffff',
        'border-width': 2,
        'border-style': 'dashed',
        'border-color': '#55555a',
        'font-weight': 'bold',
        // Above the nodes around it, so its label stays readable.
        'z-index': 5,
      },
    },
    { selector: 'node.expanded', style: { 'border-width': 2, 'border-color': '#1d1d1f' } },
    {
      selector: 'node:selected',
      style: { width: 30, height: 30, 'border-width': 4, 'border-color': '#d62728', 'z-index': 10 },
    },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'curve-style': 'bezier',
        'line-color': '#c8c8d0',
        'target-arrow-color': '#c8c8d0',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'font-size': (LABEL_FONT_PX - 2) / zoom,
        color: '#55555a',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.75,
      },
    },
    // Relationship names on a few of the selected node's edges only: more hide the graph.
    { selector: 'edge.named', style: { label: 'data(type)' } },
    {
      selector: `edge[type = "${SHARED_PAPERS}"]`,
      style: {
        width: 'data(width)',
        'target-arrow-shape': 'none',
        'line-color': '#8c8c99',
        opacity: 0.7,
      },
    },
    { selector: `edge.named[type = "${SHARED_PAPERS}"]`, style: { label: 'data(weightLabel)' } },
    {
      selector: `edge[type = "${MORE}"]`,
      style: { 'line-style': 'dashed', 'target-arrow-shape': 'none' },
    },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: 'node.on-path', style: { 'border-color': '#d62728', 'border-width': 3 } },
    {
      selector: 'edge.on-path',
      style: { 'line-color': '#d62728', 'target-arrow-color': '#d62728', width: 3, 'z-index': 20 },
    },
  ];
}

/** A line's width for the papers two entities share: wider for more, but not without end. */
const weightWidth = (weight: number) => Math.min(1 + 1.5 * Math.log2(weight), 9);
/** A neighbour's size for the papers it shares: its area grows with them, up to a bound. */
const weightSize = (weight: number) => Math.min(12 + 4 * Math.sqrt(weight), 34);

/** The most nodes whose layout is animated. */
const ANIMATED_NODES = 100;

/** The most edges of the selection that are labelled with their relationship. */
const NAMED_EDGES = 12;

const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The cytoscape graph: draws neighbourhoods as they are expanded (up to NODE_CAP nodes), lays
 * them out, labels what fits, and shows or hides papers.
 */
export class GraphView {
  readonly cy: Core;
  private papersHidden = false;
  /** The zoom the style's label sizes were made for. */
  private styledZoom = 1;
  private labelFrame = 0;

  constructor(
    container: HTMLElement,
    onTapNode: (id: string) => void,
    onTapMore: (of: string) => void,
  ) {
    this.cy = cytoscape({
      container,
      style: style(1),
      minZoom: 0.1,
      maxZoom: 4,
      boxSelectionEnabled: false,
    });
    this.cy.on('tap', 'node', (event) => {
      const node: NodeSingular = event.target;
      if (node.data('type') === MORE) onTapMore(node.data('of'));
      else onTapNode(node.id());
    });
    this.cy.on('viewport', () => this.relabelSoon());
    // The container changes size with the page layout (narrow screens), not only the window.
    new ResizeObserver(() => {
      this.cy.resize();
      this.cy.fit(undefined, 30);
    }).observe(container);
    // A widget of its own that takes focus, so it can be panned and zoomed from the keyboard.
    container.tabIndex = 0;
    container.setAttribute('role', 'application');
    container.setAttribute('aria-roledescription', 'graph');
    container.setAttribute(
      'aria-label',
      'Graph of papers, methods, datasets, tasks and code. Arrows pan, plus and minus zoom, 0 fits. The panel lists every neighbour of the selected node.',
    );
    container.addEventListener('keydown', (event) => this.onKey(event));
  }

  has(id: string): boolean {
    return this.cy.$id(id).nonempty();
  }

  /** The type of a drawn node. */
  typeOf(id: string): string | undefined {
    return this.cy.$id(id).data('type');
  }

  /** Nodes that can still be drawn before the cap. */
  room(): number {
    return Math.max(NODE_CAP - this.cy.nodes().length, 0);
  }

  /**
   * Adds the nodes and edges not drawn yet, placed around `anchor`, while there is room (nodes
   * in the neighbourhood's order, so put the strongest first), then lays out again. `whole`
   * draws them all even past the cap: the few nodes of a path answer a question.
   */
  async add(neighbourhood: Neighbourhood, anchor: string, { whole = false } = {}): Promise<void> {
    const firstDrawing = this.cy.nodes().length === 0;
    const centre = this.cy.$id(anchor).nonempty() ? this.cy.$id(anchor).position() : { x: 0, y: 0 };
    const fresh = neighbourhood.nodes
      .filter(
        (node, index, all) =>
          this.cy.$id(node.id).empty() && all.findIndex((other) => other.id === node.id) === index,
      )
      .slice(0, whole ? undefined : this.room());
    const drawn = new Set(fresh.map((node) => node.id));
    const elements: ElementDefinition[] = fresh.map((node, index) => {
      // New nodes start on a ring around the node they belong to, so the layout only refines.
      const angle = (2 * Math.PI * index) / Math.max(fresh.length, 1);
      return {
        group: 'nodes',
        data: { ...node, ...(node.weight === undefined ? {} : { size: weightSize(node.weight) }) },
        position: { x: centre.x + 80 * Math.cos(angle), y: centre.y + 80 * Math.sin(angle) },
      };
    });
    const present = (id: string) => drawn.has(id) || this.cy.$id(id).nonempty();
    for (const edge of neighbourhood.edges) {
      const existing = this.cy.$id(edgeId(edge));
      if (existing.nonempty()) {
        if (edge.evidence) existing.data({ evidence: edge.evidence, role: edge.role });
      } else if (present(edge.source) && present(edge.target)) {
        const weighted =
          edge.weight === undefined
            ? {}
            : { width: weightWidth(edge.weight), weightLabel: `${edge.weight} shared` };
        elements.push({ group: 'edges', data: { id: edgeId(edge), ...edge, ...weighted } });
      }
    }
    this.cy.add(elements);
    if (elements.length > 0) {
      this.applyVisibility();
      await this.layout(firstDrawing);
    }
  }

  /**
   * The "+N more" node of an expanded entity, `left` neighbours not drawn yet (none once all
   * are); `full` when the next of them does not fit under the cap.
   */
  setMore(of: string, left: number, full: boolean): void {
    const id = `more:${of}`;
    const label = full ? `+${left} more (graph full)` : `+${left} more`;
    const node = this.cy.$id(id);
    if (left <= 0) node.remove();
    else if (node.nonempty()) node.data('label', label);
    else if (this.room() > 0) {
      const at = this.cy.$id(of).position();
      this.cy.add([
        {
          group: 'nodes',
          data: { id, type: MORE, label, of },
          position: { x: at.x + 40, y: at.y - 40 },
          selectable: false,
        },
        { group: 'edges', data: { id: `${id}>edge`, source: of, target: id, type: MORE } },
      ]);
    }
    this.relabelSoon();
  }

  markExpanded(id: string): void {
    this.cy.$id(id).addClass('expanded');
  }

  select(id: string): void {
    this.cy.$(':selected').unselect();
    this.cy.$id(id).select();
    this.relabelSoon();
  }

  showPath(ids: string[]): void {
    this.cy.elements('.on-path').removeClass('on-path');
    for (const id of ids) this.cy.$id(id).addClass('on-path');
    this.applyVisibility();
  }

  /**
   * Hides papers (but the expanded ones and those on a path), showing instead an edge between
   * each two co-occurring entities, as wide as the papers they share; or shows papers again.
   */
  async hidePapers(hidden: boolean): Promise<void> {
    if (hidden === this.papersHidden) return;
    this.papersHidden = hidden;
    this.applyVisibility();
    if (this.cy.nodes().nonempty()) await this.layout(false);
  }

  clear(): void {
    this.cy.elements().remove();
  }

  fit(): void {
    this.cy.animate({ fit: { eles: this.visible(), padding: 30 } }, { duration: 200 });
  }

  /** What is shown: the nodes not hidden and the edges between them. */
  private visible() {
    const shown = (node: NodeSingular) => !node.hasClass('hidden');
    const edges = this.cy
      .edges()
      .not('.hidden')
      .edges()
      .filter((edge) => shown(edge.source()) && shown(edge.target()));
    return this.cy.nodes().not('.hidden').union(edges);
  }

  private applyVisibility(): void {
    this.cy.batch(() => {
      this.cy.elements('.hidden').removeClass('hidden');
      if (this.papersHidden) {
        this.cy.nodes('[type = "Paper"]').not('.expanded, .on-path, :selected').addClass('hidden');
      } else {
        this.cy.edges(`[type = "${SHARED_PAPERS}"]`).addClass('hidden');
      }
    });
    this.relabelSoon();
  }

  /** Places labels at the next frame, once for any number of changes in between. */
  private relabelSoon(): void {
    if (this.labelFrame) return;
    this.labelFrame = requestAnimationFrame(() => {
      this.labelFrame = 0;
      this.relabel();
    });
  }

  private relabel(): void {
    const zoom = this.cy.zoom();
    // Restyling costs more than placing: only once the zoom has moved by a tenth.
    if (Math.abs(zoom / this.styledZoom - 1) > 0.1) {
      this.styledZoom = zoom;
      this.cy.style(style(zoom));
    }
    const container = this.cy.container();
    const nodes = this.cy.nodes().not('.hidden').nodes();
    const selected = this.cy.$('node:selected');
    const candidates = nodes.map((node) => {
      const { x, y } = node.renderedPosition();
      const pinned = node.selected() || node.data('type') === MORE;
      // Then expanded nodes, then neighbours by the papers they share, then by visible links.
      const importance =
        (node.hasClass('expanded') ? 1e6 : 0) +
        100 * Number(node.data('weight') ?? 0) +
        node.connectedEdges().not('.hidden').length;
      return {
        id: node.id(),
        x,
        y,
        radius: node.renderedOuterHeight() / 2,
        text: String(node.data('label') ?? ''),
        importance,
        pinned,
      };
    });
    const labelled = placeLabels(candidates, {
      width: container?.clientWidth ?? 0,
      height: container?.clientHeight ?? 0,
    });
    this.cy.batch(() => {
      for (const node of nodes) node.toggleClass('labelled', labelled.has(node.id()));
      this.cy.edges('.named').removeClass('named');
      const edges = selected.connectedEdges().not('.hidden');
      if (edges.length <= NAMED_EDGES) edges.addClass('named');
    });
  }

  private layout(randomize: boolean): Promise<void> {
    const options: FcoseLayoutOptions = {
      name: 'fcose',
      // Without randomizing, fcose refines the current positions; that needs its best quality.
      quality: randomize ? 'default' : 'proof',
      randomize,
      // Animating a few hundred nodes costs more frames than it is worth to follow them.
      animate: !reducedMotion && this.cy.nodes().length <= ANIMATED_NODES,
      animationDuration: 400,
      fit: true,
      padding: 30,
      nodeDimensionsIncludeLabels: false,
      idealEdgeLength: () => 90,
      nodeRepulsion: () => 6500,
      packComponents: false,
    };
    const layout = this.visible().layout(options);
    const stopped = layout.promiseOn('layoutstop').then(() => this.relabel());
    layout.run();
    return stopped;
  }

  /** Keyboard pan and zoom, for people without a pointer. */
  private onKey(event: KeyboardEvent): void {
    const step = 60;
    const pans: Record<string, [number, number]> = {
      ArrowLeft: [step, 0],
      ArrowRight: [-step, 0],
      ArrowUp: [0, step],
      ArrowDown: [0, -step],
    };
    const pan = pans[event.key];
    if (pan) this.cy.panBy({ x: pan[0], y: pan[1] });
    else if (event.key === '+' || event.key === '=') this.zoomBy(1.25);
    else if (event.key === '-') this.zoomBy(0.8);
    else if (event.key === '0') this.fit();
    else return;
    event.preventDefault();
  }

  private zoomBy(factor: number): void {
    const { width, height } = this.cy.container()?.getBoundingClientRect() ?? {
      width: 0,
      height: 0,
    };
    this.cy.zoom({
      level: this.cy.zoom() * factor,
      renderedPosition: { x: width / 2, y: height / 2 },
    });
  }
}
