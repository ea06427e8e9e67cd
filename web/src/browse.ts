import { graphiqlHref, request } from './api.js';
import { el, externalLink, plural, viewLink } from './dom.js';
import type { BrowseQuery as BrowseResult, EntityFilter, EntityOrder } from './gql/graphql.js';
import { graphql } from './gql/index.js';
import {
  BROWSE_KINDS,
  type BrowseKind,
  type BrowseState,
  browseState,
  nodeHref,
  type Route,
  routeHref,
} from './url-state.js';

// One operation for the five lists (only the one asked for runs), so rows and paging are one
// piece of code; every list is an API root connection with the same arguments.
graphql(`
  fragment BrowsePage on PageInfo { hasNextPage hasPreviousPage startCursor endCursor }
`);

graphql(`
  fragment BrowseRow on Node {
    __typename
    id
    ... on Entity { name aliases }
    ... on Author { name }
  }
`);

export const BrowseQuery = graphql(`
  query Browse(
    $datasets: Boolean! $methods: Boolean! $tasks: Boolean!
    $repositories: Boolean! $authors: Boolean!
    $first: Int $last: Int $after: String $before: String
    $filter: EntityFilter $orderBy: EntityOrder
  ) {
    datasets(first: $first, last: $last, after: $after, before: $before, filter: $filter, orderBy: $orderBy) @include(if: $datasets) {
      totalCount pageInfo { ...BrowsePage } edges { paperCount node { ...BrowseRow } }
    }
    methods(first: $first, last: $last, after: $after, before: $before, filter: $filter, orderBy: $orderBy) @include(if: $methods) {
      totalCount pageInfo { ...BrowsePage } edges { paperCount node { ...BrowseRow } }
    }
    tasks(first: $first, last: $last, after: $after, before: $before, filter: $filter, orderBy: $orderBy) @include(if: $tasks) {
      totalCount pageInfo { ...BrowsePage } edges { paperCount node { ...BrowseRow } }
    }
    repositories(first: $first, last: $last, after: $after, before: $before, filter: $filter, orderBy: $orderBy) @include(if: $repositories) {
      totalCount pageInfo { ...BrowsePage } edges { paperCount node { ...BrowseRow } }
    }
    authors(first: $first, last: $last, after: $after, before: $before, filter: $filter, orderBy: $orderBy) @include(if: $authors) {
      totalCount pageInfo { ...BrowsePage } edges { paperCount node { ...BrowseRow } }
    }
  }
`);

/** Rows per page. */
export const PAGE_SIZE = 25;

const ORDER_NAMES: Record<EntityOrder, string> = {
  PAPER_COUNT: 'most papers',
  NAME: 'name',
  RECENT: 'most recent paper',
};

const TYPE_OF: Record<BrowseKind, string> = {
  datasets: 'Dataset',
  methods: 'Method',
  tasks: 'Task',
  repositories: 'Repository',
  authors: 'Author',
};

function filterOf(state: BrowseState): EntityFilter {
  return {
    namePrefix: state.prefix || undefined,
    publishedFrom: state.fromYear ? `${state.fromYear}-01-01` : undefined,
    publishedTo: state.toYear ? `${state.toYear}-12-31` : undefined,
    minPapers: state.minPapers ?? undefined,
  };
}

export function browseVariables(state: BrowseState) {
  const flags = Object.fromEntries(
    BROWSE_KINDS.map((kind) => [kind, kind === state.kind]),
  ) as Record<BrowseKind, boolean>;
  // Back from a `before` cursor asks for the last rows before it; otherwise the first after.
  const page = state.before
    ? { last: PAGE_SIZE, before: state.before }
    : { first: PAGE_SIZE, after: state.after ?? undefined };
  return { ...flags, ...page, filter: filterOf(state), orderBy: state.order };
}

function hasFilters(state: BrowseState): boolean {
  return Boolean(state.prefix || state.fromYear || state.toYear || state.minPapers);
}

function describeFilters(state: BrowseState): string {
  const parts: string[] = [];
  if (state.prefix) parts.push(`named “${state.prefix}…”`);
  if (state.fromYear || state.toYear)
    parts.push(`with papers from ${state.fromYear ?? 'any year'} to ${state.toYear ?? 'now'}`);
  if (state.minPapers) parts.push(`with at least ${plural(state.minPapers, 'paper')}`);
  return parts.join(', ');
}

function input(name: string, label: string, value: string, attributes: Record<string, string>) {
  return el('label', {}, `${label} `, el('input', { name, value, ...attributes }));
}

/** The filter form; submitting it opens the first page of the list it describes. */
function filterForm(state: BrowseState, navigate: (route: Route) => void): HTMLFormElement {
  const year = { type: 'number', min: '1900', max: '2100', inputmode: 'numeric', class: 'year' };
  const order = el(
    'select',
    { name: 'order' },
    Object.entries(ORDER_NAMES).map(([value, text]) =>
      el('option', { value, selected: value === state.order ? '' : undefined }, text),
    ),
  );
  const form = el(
    'form',
    { class: 'filters', role: 'search', 'aria-label': `Filter ${state.kind}` },
    input('prefix', 'Name starts with', state.prefix, { type: 'text', autocomplete: 'off' }),
    input('fromYear', 'Papers from', state.fromYear?.toString() ?? '', year),
    input('toYear', 'to', state.toYear?.toString() ?? '', year),
    el(
      'label',
      {},
      'At least ',
      el('input', {
        name: 'minPapers',
        value: state.minPapers?.toString() ?? '',
        type: 'number',
        min: '1',
        class: 'year',
      }),
      ' papers',
    ),
    el('label', {}, 'Sort by ', order),
    el('button', { type: 'submit' }, 'Apply'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const whole = (name: string) => {
      const value = Number(data.get(name));
      return Number.isInteger(value) && value > 0 ? value : null;
    };
    navigate({
      view: 'browse',
      browse: browseState(state.kind, {
        prefix: String(data.get('prefix') ?? '').trim(),
        fromYear: whole('fromYear'),
        toYear: whole('toYear'),
        minPapers: whole('minPapers'),
        order: data.get('order') as EntityOrder,
      }),
    });
  });
  // A new sort applies at once; text fields wait for Enter or Apply.
  order.addEventListener('change', () => form.requestSubmit());
  return form;
}

/** A list of one kind, with its filters and cursor paging, every row a link to its graph view. */
export async function renderBrowse(
  root: HTMLElement,
  state: BrowseState,
  navigate: (route: Route) => void,
): Promise<void> {
  const variables = browseVariables(state);
  const data = await request(BrowseQuery, variables);
  const list = (data as Partial<Pick<BrowseResult, BrowseKind>>)[state.kind];
  if (!list) throw new Error(`the API gave no ${state.kind} list`);
  const type = TYPE_OF[state.kind];
  const tabs = el(
    'nav',
    { class: 'tabs', 'aria-label': 'Lists' },
    BROWSE_KINDS.map((kind) => {
      const link = viewLink(routeHref({ view: 'browse', browse: browseState(kind) }), kind);
      if (kind === state.kind) link.setAttribute('aria-current', 'page');
      return link;
    }),
  );
  const page = (changes: Partial<BrowseState>): Route => ({
    view: 'browse',
    browse: { ...state, after: null, before: null, ...changes },
  });
  const { pageInfo } = list;
  const pager = el(
    'nav',
    { class: 'pager', 'aria-label': 'Pages' },
    pageInfo.hasPreviousPage && pageInfo.startCursor
      ? viewLink(routeHref(page({ before: pageInfo.startCursor })), '← Previous')
      : el('span', { class: 'muted' }, '← Previous'),
    el(
      'span',
      { class: 'muted' },
      `${list.totalCount.toLocaleString('en')} ${list.totalCount === 1 ? type.toLowerCase() : state.kind}`,
    ),
    pageInfo.hasNextPage && pageInfo.endCursor
      ? viewLink(routeHref(page({ after: pageInfo.endCursor })), 'Next →')
      : el('span', { class: 'muted' }, 'Next →'),
  );
  const body =
    list.edges.length === 0
      ? el(
          'div',
          { class: 'empty' },
          el('p', {}, `No ${state.kind} ${describeFilters(state) || 'in the graph yet'}.`),
          hasFilters(state)
            ? el(
                'p',
                {},
                'Try a shorter name, a wider year range or a lower minimum, or ',
                viewLink(
                  routeHref({ view: 'browse', browse: browseState(state.kind) }),
                  'clear the filters',
                ),
                '.',
              )
            : el('p', {}, 'Ingest papers with ', el('code', {}, 'papergraph ingest <files>'), '.'),
        )
      : el(
          'table',
          { class: 'browse-table' },
          el(
            'caption',
            { class: 'visually-hidden' },
            `${state.kind}, by ${ORDER_NAMES[state.order]}`,
          ),
          el(
            'thead',
            {},
            el(
              'tr',
              {},
              el('th', { scope: 'col' }, 'Name'),
              el('th', { scope: 'col', class: 'number' }, 'Papers'),
            ),
          ),
          el(
            'tbody',
            {},
            list.edges.map(({ paperCount, node }) =>
              el(
                'tr',
                { 'data-id': node.id },
                el(
                  'td',
                  {},
                  viewLink(nodeHref(node.id), node.name),
                  'aliases' in node && node.aliases.length > 0
                    ? el('span', { class: 'muted' }, ` also ${node.aliases.slice(0, 3).join(', ')}`)
                    : null,
                ),
                el('td', { class: 'number' }, String(paperCount)),
              ),
            ),
          ),
        );
  root.replaceChildren(
    el(
      'h2',
      { tabindex: '-1' },
      el('span', { class: `badge type-${type}` }, type),
      ` Browse ${state.kind}`,
    ),
    tabs,
    filterForm(state, navigate),
    el('div', { class: 'results' }, body, list.edges.length > 0 ? pager : null),
    el(
      'p',
      { class: 'graphiql' },
      externalLink(graphiqlHref(BrowseQuery, variables), 'Open this list’s query in GraphiQL'),
    ),
  );
}
