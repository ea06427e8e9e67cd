import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import fcose, { type FcoseLayoutOptions } from 'cytoscape-fcose';
import { NODE_STYLE } from './kind-style.js';
import { edgeId, type Neighbourhood } from './neighbourhood.js';

cytoscape.use(fcose);

const STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      width: 20,
      height: 20,
      'font-size': 10,
      color: '#1d1d1f',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'ellipsis',
      'text-max-width': '150px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.75,
      'text-background-padding': '1px',
      'min-zoomed-font-size': 7,
    },
  },
  ...Object.entries(NODE_STYLE).map(([type, { colour, shape }]) => ({
    selector: `node[type = "${type}"]`,
    style: { 'background-color': colour, shape },
  })),
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
      'line-color': '#b8b8c0',
      'target-arrow-color': '#b8b8c0',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      label: 'data(type)',
      'font-size': 8,
      color: '#55555a',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.75,
      // Relationship names show once zoomed in enough to read them.
      'min-zoomed-font-size': 6,
    },
  },
  { selector: 'node.on-path', style: { 'border-color': '#d62728', 'border-width': 3 } },
  {
    selector: 'edge.on-path',
    style: { 'line-color': '#d62728', 'target-arrow-color': '#d62728', width: 3, 'z-index': 20 },
  },
];

const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** The cytoscape graph: draws neighbourhoods as they are expanded, pans, zooms and lays out. */
export class GraphView {
  readonly cy: Core;

  constructor(container: HTMLElement, onTapNode: (id: string) => void) {
    this.cy = cytoscape({
      container,
      style: STYLE,
      minZoom: 0.1,
      maxZoom: 4,
      boxSelectionEnabled: false,
    });
    this.cy.on('tap', 'node', (event) => onTapNode(event.target.id()));
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

  /** Adds the nodes and edges not drawn yet, placed around `anchor`, then lays out again. */
  async add(neighbourhood: Neighbourhood, anchor: string): Promise<void> {
    const firstDrawing = this.cy.nodes().length === 0;
    const centre = this.cy.$id(anchor).nonempty() ? this.cy.$id(anchor).position() : { x: 0, y: 0 };
    const fresh = neighbourhood.nodes.filter((node) => this.cy.$id(node.id).empty());
    const elements: ElementDefinition[] = fresh.map((node, index) => {
      // New nodes start on a ring around the node they belong to, so the layout only refines.
      const angle = (2 * Math.PI * index) / Math.max(fresh.length, 1);
      return {
        group: 'nodes',
        data: { ...node },
        position: { x: centre.x + 80 * Math.cos(angle), y: centre.y + 80 * Math.sin(angle) },
      };
    });
    for (const edge of neighbourhood.edges) {
      const existing = this.cy.$id(edgeId(edge));
      if (existing.empty()) {
        elements.push({ group: 'edges', data: { id: edgeId(edge), ...edge } });
      } else if (edge.evidence) {
        existing.data({ evidence: edge.evidence, role: edge.role });
      }
    }
    this.cy.add(elements);
    if (elements.length > 0) await this.layout(firstDrawing);
  }

  markExpanded(id: string): void {
    this.cy.$id(id).addClass('expanded');
  }

  select(id: string): void {
    this.cy.$(':selected').unselect();
    this.cy.$id(id).select();
  }

  showPath(ids: string[]): void {
    this.cy.elements('.on-path').removeClass('on-path');
    for (const id of ids) this.cy.$id(id).addClass('on-path');
  }

  clear(): void {
    this.cy.elements().remove();
  }

  fit(): void {
    this.cy.animate({ fit: { eles: this.cy.elements(), padding: 30 } }, { duration: 200 });
  }

  private layout(randomize: boolean): Promise<void> {
    const options: FcoseLayoutOptions = {
      name: 'fcose',
      // Without randomizing, fcose refines the current positions; that needs its best quality.
      quality: randomize ? 'default' : 'proof',
      randomize,
      animate: !reducedMotion,
      animationDuration: 400,
      fit: true,
      padding: 30,
      nodeDimensionsIncludeLabels: true,
      idealEdgeLength: () => 90,
      nodeRepulsion: () => 6500,
      packComponents: false,
    };
    const layout = this.cy.layout(options);
    const stopped = layout.promiseOn('layoutstop').then(() => undefined);
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
