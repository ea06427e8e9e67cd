/**
 * What the explorer exposes as `window.__explorer`, for the browser test to read what the graph
 * draws (a canvas has no DOM to query). Kept free of DOM types so Node code can import it.
 */
export interface ExplorerDebug {
  nodes(): {
    id: string;
    type: string;
    label: string;
    expanded: boolean;
    onPath: boolean;
    visible: boolean;
    /** Whether label placement gave it its label. */
    labelled: boolean;
    /** Its centre in the graph's container, in CSS pixels. */
    position: { x: number; y: number };
  }[];
  edges(): {
    source: string;
    target: string;
    type: string;
    evidence?: string;
    /** Papers shared, on an edge between two entities. */
    weight?: number;
    onPath: boolean;
    visible: boolean;
  }[];
  selected(): string | null;
  /** Resolves once no request, layout or rendering is under way. */
  idle(): Promise<void>;
}
