import type { EntityOrder, Period } from './gql/graphql.js';

/** What the URL keeps, so a link restores the same view: selection, expansions and a path. */
export interface ViewState {
  /** The selected node's global id. */
  node: string | null;
  /** The nodes whose neighbourhoods are drawn, in the order they were expanded. */
  expanded: string[];
  /** The two ends of a "how are these connected?" question. */
  path: { from: string; to: string } | null;
  /** Papers hidden, entities linked directly by the papers they share. */
  papersHidden: boolean;
}

/** The lists the browse pages show, named as the API's root connections. */
export const BROWSE_KINDS = ['datasets', 'methods', 'tasks', 'repositories', 'authors'] as const;
export type BrowseKind = (typeof BROWSE_KINDS)[number];

/** A browse page: which list, its sort and filters, and the cursor of the page shown. */
export interface BrowseState {
  kind: BrowseKind;
  order: EntityOrder;
  /** Names starting with this (case-insensitively); '' for all. */
  prefix: string;
  /** Only papers published in these years count. */
  fromYear: number | null;
  toYear: number | null;
  minPapers: number | null;
  /** The page after this cursor, or the one before `before`; the first page without either. */
  after: string | null;
  before: string | null;
}

/** An entity's page: its chart's period, the filters of its papers, the cursor of the page shown. */
export interface EntityState {
  /** The entity's global id. */
  id: string;
  period: Period;
  /** Only papers published in these years. */
  fromYear: number | null;
  toYear: number | null;
  /** Only links with this role (a stored value: `used`); null for any. */
  role: string | null;
  /** Only links extracted with at least this confidence, 0 to 1; null for all. */
  minConfidence: number | null;
  after: string | null;
  before: string | null;
}

/** One of the explorer's views: the landing page, a list, an entity's page, or the graph. */
export type Route =
  | { view: 'home' }
  | { view: 'browse'; browse: BrowseState }
  | { view: 'entity'; entity: EntityState }
  | { view: 'graph'; graph: ViewState };

const ORDERS: EntityOrder[] = ['PAPER_COUNT', 'NAME', 'RECENT'];

export function emptyState(): ViewState {
  return { node: null, expanded: [], path: null, papersHidden: false };
}

export function browseState(kind: BrowseKind, changes: Partial<BrowseState> = {}): BrowseState {
  return {
    kind,
    order: 'PAPER_COUNT',
    prefix: '',
    fromYear: null,
    toYear: null,
    minPapers: null,
    after: null,
    before: null,
    ...changes,
  };
}

export function entityState(id: string, changes: Partial<EntityState> = {}): EntityState {
  return {
    id,
    period: 'YEAR',
    fromYear: null,
    toYear: null,
    role: null,
    minConfidence: null,
    after: null,
    before: null,
    ...changes,
  };
}

function whole(text: string | null): number | null {
  return text && /^\d+$/.test(text) ? Number(text) : null;
}

/** A confidence from the URL: a number from 0 to 1, else none. */
function confidence(text: string | null): number | null {
  const value = text ? Number(text) : Number.NaN;
  return value >= 0 && value <= 1 ? value : null;
}

export function readRoute(url: URL = new URL(window.location.href)): Route {
  const params = url.searchParams;
  const kind = params.get('browse');
  if (BROWSE_KINDS.includes(kind as BrowseKind)) {
    const order = params.get('sort') as EntityOrder;
    return {
      view: 'browse',
      browse: browseState(kind as BrowseKind, {
        order: ORDERS.includes(order) ? order : 'PAPER_COUNT',
        prefix: params.get('name') ?? '',
        fromYear: whole(params.get('fromYear')),
        toYear: whole(params.get('toYear')),
        minPapers: whole(params.get('minPapers')),
        after: params.get('after'),
        before: params.get('before'),
      }),
    };
  }
  const entity = params.get('entity');
  if (entity) {
    return {
      view: 'entity',
      entity: entityState(entity, {
        period: params.get('period') === 'month' ? 'MONTH' : 'YEAR',
        fromYear: whole(params.get('fromYear')),
        toYear: whole(params.get('toYear')),
        role: params.get('role'),
        minConfidence: confidence(params.get('minConfidence')),
        after: params.get('after'),
        before: params.get('before'),
      }),
    };
  }
  const from = params.get('from');
  const to = params.get('to');
  const graph: ViewState = {
    node: params.get('node'),
    expanded: (params.get('expand') ?? '').split(',').filter((id) => id !== ''),
    path: from && to ? { from, to } : null,
    papersHidden: params.get('papers') === 'hidden',
  };
  return graph.node || graph.path || graph.expanded.length > 0
    ? { view: 'graph', graph }
    : { view: 'home' };
}

/** The address of a view, as a link's href (the explorer is served at /). */
export function routeHref(route: Route): string {
  const params = new URLSearchParams();
  const set = (name: string, value: string | number | null) => {
    if (value !== null && value !== '') params.set(name, String(value));
  };
  if (route.view === 'browse') {
    const { browse } = route;
    set('browse', browse.kind);
    if (browse.order !== 'PAPER_COUNT') set('sort', browse.order);
    set('name', browse.prefix);
    set('fromYear', browse.fromYear);
    set('toYear', browse.toYear);
    set('minPapers', browse.minPapers);
    set('after', browse.after);
    set('before', browse.before);
  } else if (route.view === 'entity') {
    const { entity } = route;
    set('entity', entity.id);
    if (entity.period !== 'YEAR') set('period', entity.period.toLowerCase());
    set('fromYear', entity.fromYear);
    set('toYear', entity.toYear);
    set('role', entity.role);
    set('minConfidence', entity.minConfidence);
    set('after', entity.after);
    set('before', entity.before);
  } else if (route.view === 'graph') {
    const { graph } = route;
    set('node', graph.node);
    // Global ids are base64, which never holds a comma.
    set('expand', graph.expanded.join(','));
    set('from', graph.path?.from ?? null);
    set('to', graph.path?.to ?? null);
    if (graph.papersHidden) set('papers', 'hidden');
  }
  const query = params.toString();
  return query ? `/?${query}` : '/';
}

/** The graph view of one node, as a link: opening it selects and expands the node. */
export function nodeHref(id: string): string {
  return routeHref({ view: 'graph', graph: { ...emptyState(), node: id } });
}

/** An entity's page, as a link. */
export function entityHref(id: string): string {
  return routeHref({ view: 'entity', entity: entityState(id) });
}

/** A new history entry per change of view, so Back goes to the previous one. */
export function pushRoute(route: Route): void {
  const href = routeHref(route);
  if (new URL(href, window.location.href).href !== window.location.href) {
    window.history.pushState(null, '', href);
  }
}
