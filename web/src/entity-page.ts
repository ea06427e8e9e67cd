import { ENTITY_KINDS } from '../../src/domain/entity-kinds.js';
import { graphiqlHref, request } from './api.js';
import { el, externalLink, plural, viewLink } from './dom.js';
import type {
  DatasetRole,
  EntityPageQuery as EntityPageResult,
  MethodRole,
} from './gql/graphql.js';
import { graphql } from './gql/index.js';
import { NODE_STYLE } from './kind-style.js';
import { trendChart } from './trend-chart.js';
import {
  type EntityState,
  entityHref,
  entityState,
  nodeHref,
  type Route,
  routeHref,
} from './url-state.js';

graphql(`
  fragment EntityPaperList on PaperLinks {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges {
      provenance { confidence }
      node { id title published arxivId url }
      ... on MethodPaperEdge { methodRole: role }
      ... on DatasetPaperEdge { datasetRole: role }
    }
  }
`);

graphql(`
  fragment EntityEvaluations on EvaluationConnection {
    totalCount
    edges {
      node {
        id
        resultCount
        metric { name lowerIsBetter }
        dataset { id name }
        ranking(first: 1) { edges { node { raw method { id name } } } }
      }
    }
  }
`);

graphql(`
  fragment Cooccurring on Entity { id name }
`);

// Each kind's fields in its own fragment, with the same arguments: its role type (MethodRole,
// DatasetRole) differs, so the role goes in per kind and only the node's own kind uses it.
export const EntityPageQuery = graphql(`
  query EntityPage(
    $id: ID!, $period: Period!,
    $first: Int, $last: Int, $after: String, $before: String,
    $minConfidence: Float, $from: Date, $to: Date,
    $methodRole: MethodRole, $datasetRole: DatasetRole,
    $related: Int!, $evaluations: Int!
  ) {
    node(id: $id) {
      __typename
      id
      ... on Entity { name aliases }
      ... on Method {
        paperCounts(period: $period, role: $methodRole, minConfidence: $minConfidence, publishedFrom: $from, publishedTo: $to) { period count }
        papers(first: $first, last: $last, after: $after, before: $before, role: $methodRole, minConfidence: $minConfidence, publishedFrom: $from, publishedTo: $to) { ...EntityPaperList }
        withDatasets: datasets(first: $related, minConfidence: $minConfidence) { totalCount edges { paperCount node { ...Cooccurring } } }
        withTasks: tasks(first: $related, minConfidence: $minConfidence) { totalCount edges { paperCount node { ...Cooccurring } } }
      }
      ... on Dataset {
        paperCounts(period: $period, role: $datasetRole, minConfidence: $minConfidence, publishedFrom: $from, publishedTo: $to) { period count }
        papers(first: $first, last: $last, after: $after, before: $before, role: $datasetRole, minConfidence: $minConfidence, publishedFrom: $from, publishedTo: $to) { ...EntityPaperList }
        withMethods: methods(first: $related, minConfidence: $minConfidence) { totalCount edges { paperCount node { ...Cooccurring } } }
        withTasks: tasks(first: $related, minConfidence: $minConfidence) { totalCount edges { paperCount node { ...Cooccurring } } }
        evaluations(first: $evaluations) { ...EntityEvaluations }
      }
      ... on Task {
        paperCounts(period: $period, minConfidence: $minConfidence, publishedFrom: $from, publishedTo: $to) { period count }
        papers(first: $first, last: $last, after: $after, before: $before, minConfidence: $minConfidence, publishedFrom: $from, publishedTo: $to) { ...EntityPaperList }
        withMethods: methods(first: $related, minConfidence: $minConfidence) { totalCount edges { paperCount node { ...Cooccurring } } }
        withDatasets: datasets(first: $related, minConfidence: $minConfidence) { totalCount edges { paperCount node { ...Cooccurring } } }
        evaluations(first: $evaluations) { ...EntityEvaluations }
      }
      ... on Repository {
        fullName
        repositoryUrl: url
        paperCounts(period: $period, minConfidence: $minConfidence, publishedFrom: $from, publishedTo: $to) { period count }
        papers(first: $first, last: $last, after: $after, before: $before, minConfidence: $minConfidence, publishedFrom: $from, publishedTo: $to) { ...EntityPaperList }
      }
    }
  }
`);

/** Papers per page. */
export const PAPERS_PER_PAGE = 25;
/** Co-occurring entities listed per kind, and evaluations listed. */
const RELATED = 10;
const EVALUATIONS = 20;

type EntityNode = Extract<
  NonNullable<EntityPageResult['node']>,
  { __typename: 'Method' | 'Dataset' | 'Task' | 'Repository' }
>;
type PaperList = EntityNode['papers'];
type Evaluations = Extract<EntityNode, { evaluations: unknown }>['evaluations'];
type Related = Extract<EntityNode, { withTasks: unknown }>['withTasks'];

const KIND_OF = new Map(ENTITY_KINDS.map((kind) => [kind.typeName as string, kind]));

/** The roles a kind's links have, as stored (`used`); none for tasks and repositories. */
function rolesOf(typeName: string): readonly string[] {
  return KIND_OF.get(typeName)?.roles ?? [];
}

/** The role as each kind with roles takes it, where it is one of that kind's roles. */
function roleVariables(role: string | null) {
  const as = (typeName: string) =>
    role && rolesOf(typeName).includes(role) ? role.toUpperCase() : undefined;
  return {
    methodRole: as('Method') as MethodRole | undefined,
    datasetRole: as('Dataset') as DatasetRole | undefined,
  };
}

export function entityVariables(state: EntityState) {
  // Back from a `before` cursor asks for the last papers before it; otherwise the first after.
  const page = state.before
    ? { last: PAPERS_PER_PAGE, before: state.before }
    : { first: PAPERS_PER_PAGE, after: state.after ?? undefined };
  return {
    id: state.id,
    period: state.period,
    ...page,
    minConfidence: state.minConfidence ?? undefined,
    from: state.fromYear ? `${state.fromYear}-01-01` : undefined,
    to: state.toYear ? `${state.toYear}-12-31` : undefined,
    ...roleVariables(state.role),
    related: RELATED,
    evaluations: EVALUATIONS,
  };
}

function hasFilters(state: EntityState): boolean {
  return Boolean(state.fromYear || state.toYear || state.role || state.minConfidence);
}

function section(name: string, title: string, ...children: (HTMLElement | null)[]): HTMLElement {
  const id = `entity-${name}-heading`;
  return el(
    'section',
    { class: `entity-${name}`, 'aria-labelledby': id },
    el('h3', { id }, title),
    ...children,
  );
}

/** The period toggle and the chart of the papers the filters admit. */
async function chartSection(node: EntityNode, state: EntityState): Promise<HTMLElement> {
  const toggle = el(
    'nav',
    { class: 'tabs period', 'aria-label': 'Count papers per' },
    (['YEAR', 'MONTH'] as const).map((period) => {
      const link = viewLink(
        routeHref({ view: 'entity', entity: { ...state, period } }),
        period === 'YEAR' ? 'Per year' : 'Per month',
      );
      if (period === state.period) link.setAttribute('aria-current', 'page');
      return link;
    }),
  );
  const chart = await trendChart(
    node.paperCounts,
    state.period,
    NODE_STYLE[node.__typename].colour,
  );
  return section('trend', 'Papers over time', toggle, chart);
}

function field(label: string, control: HTMLElement): HTMLLabelElement {
  return el('label', {}, `${label} `, control);
}

/** The filters of the papers (and of the chart); applying them opens the first page. */
function filterForm(
  node: EntityNode,
  state: EntityState,
  navigate: (route: Route) => void,
): HTMLFormElement {
  const year = (name: string, value: number | null) =>
    el('input', {
      name,
      value: value?.toString() ?? '',
      type: 'number',
      min: '1900',
      max: '2100',
      inputmode: 'numeric',
      class: 'year',
    });
  const roles = rolesOf(node.__typename);
  const form = el(
    'form',
    { class: 'filters', role: 'search', 'aria-label': `Filter the papers of ${nameOf(node)}` },
    field('Published from', year('fromYear', state.fromYear)),
    field('to', year('toYear', state.toYear)),
    roles.length > 0
      ? field(
          'Role',
          el(
            'select',
            { name: 'role' },
            el('option', { value: '' }, 'any'),
            roles.map((role) =>
              el('option', { value: role, selected: role === state.role ? '' : undefined }, role),
            ),
          ),
        )
      : null,
    field(
      'Confidence at least',
      el('input', {
        name: 'minConfidence',
        value: state.minConfidence?.toString() ?? '',
        type: 'number',
        min: '0',
        max: '1',
        step: '0.05',
        class: 'year',
      }),
    ),
    el('button', { type: 'submit' }, 'Apply'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const number = (name: string, ok: (value: number) => boolean) => {
      const text = String(data.get(name) ?? '').trim();
      const value = Number(text);
      return text !== '' && ok(value) ? value : null;
    };
    navigate({
      view: 'entity',
      entity: entityState(state.id, {
        period: state.period,
        fromYear: number('fromYear', (value) => Number.isInteger(value) && value > 0),
        toYear: number('toYear', (value) => Number.isInteger(value) && value > 0),
        role: String(data.get('role') ?? '') || null,
        minConfidence: number('minConfidence', (value) => value > 0 && value <= 1),
      }),
    });
  });
  return form;
}

function roleOf(edge: PaperList['edges'][number]): string | null {
  if ('methodRole' in edge) return edge.methodRole.toLowerCase();
  if ('datasetRole' in edge) return edge.datasetRole.toLowerCase();
  return null;
}

/** One page of the papers, newest first, with the API's cursors to the pages either side. */
function papersSection(node: EntityNode, state: EntityState): HTMLElement {
  const { papers } = node;
  const page = (changes: Partial<EntityState>): string =>
    routeHref({ view: 'entity', entity: { ...state, after: null, before: null, ...changes } });
  const { pageInfo } = papers;
  const pager = el(
    'nav',
    { class: 'pager', 'aria-label': 'Pages of papers' },
    pageInfo.hasPreviousPage && pageInfo.startCursor
      ? viewLink(page({ before: pageInfo.startCursor }), '← Previous')
      : el('span', { class: 'muted' }, '← Previous'),
    el('span', { class: 'muted' }, plural(papers.totalCount, 'paper')),
    pageInfo.hasNextPage && pageInfo.endCursor
      ? viewLink(page({ after: pageInfo.endCursor }), 'Next →')
      : el('span', { class: 'muted' }, 'Next →'),
  );
  const title = `Papers (${papers.totalCount.toLocaleString('en')})`;
  if (papers.edges.length === 0) {
    return section(
      'papers',
      title,
      el(
        'div',
        { class: 'empty' },
        el('p', {}, hasFilters(state) ? 'No paper passes these filters.' : 'No papers.'),
        hasFilters(state)
          ? el('p', {}, viewLink(entityHref(state.id), 'Clear the filters'), '.')
          : null,
      ),
    );
  }
  const roles = rolesOf(node.__typename).length > 0;
  return section(
    'papers',
    title,
    el(
      'table',
      { class: 'entity-papers-table' },
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('th', { scope: 'col' }, 'Title'),
          el('th', { scope: 'col' }, 'Published'),
          roles ? el('th', { scope: 'col' }, 'Role') : null,
          el('th', { scope: 'col', class: 'number' }, 'Confidence'),
        ),
      ),
      el(
        'tbody',
        {},
        papers.edges.map((edge) => {
          const { node: paper } = edge;
          const link =
            paper.url ?? (paper.arxivId ? `https://arxiv.org/abs/${paper.arxivId}` : null);
          return el(
            'tr',
            { 'data-paper-id': paper.id },
            el(
              'td',
              {},
              viewLink(nodeHref(paper.id), paper.title),
              link ? [' ', externalLink(link, paper.url ? 'paper' : 'arXiv')] : null,
            ),
            el('td', { class: 'date' }, paper.published ?? '—'),
            roles ? el('td', {}, roleOf(edge) ?? '—') : null,
            el('td', { class: 'number' }, edge.provenance.confidence.toFixed(2)),
          );
        }),
      ),
    ),
    pager,
  );
}

/**
 * The leaderboards of a dataset, or of a task's papers (one per dataset), with each one's best
 * result.
 */
function evaluationsSection(evaluations: Evaluations, perDataset: boolean): HTMLElement {
  const title =
    evaluations.totalCount > evaluations.edges.length
      ? `Evaluations (${evaluations.edges.length} of ${evaluations.totalCount})`
      : `Evaluations (${evaluations.totalCount})`;
  if (evaluations.edges.length === 0) {
    return section('evaluations', title, el('p', { class: 'muted' }, 'No results reported.'));
  }
  return section(
    'evaluations',
    title,
    el(
      'table',
      { class: 'entity-evaluations-table' },
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('th', { scope: 'col' }, 'Metric'),
          perDataset ? el('th', { scope: 'col' }, 'Dataset') : null,
          el('th', { scope: 'col', class: 'number' }, 'Results'),
          el('th', { scope: 'col' }, 'Best method'),
          el('th', { scope: 'col', class: 'number' }, 'Best'),
        ),
      ),
      el(
        'tbody',
        {},
        evaluations.edges.map(({ node: evaluation }) => {
          const best = evaluation.ranking.edges[0]?.node;
          return el(
            'tr',
            { 'data-evaluation-id': evaluation.id },
            el(
              'td',
              {},
              `${evaluation.metric.name} `,
              el('span', { class: 'muted' }, evaluation.metric.lowerIsBetter ? '↓' : '↑'),
            ),
            perDataset
              ? el('td', {}, viewLink(entityHref(evaluation.dataset.id), evaluation.dataset.name))
              : null,
            el('td', { class: 'number' }, String(evaluation.resultCount)),
            el(
              'td',
              {},
              best?.method ? viewLink(entityHref(best.method.id), best.method.name) : '—',
            ),
            el('td', { class: 'number' }, best?.raw ?? '—'),
          );
        }),
      ),
    ),
  );
}

/** Entities of one kind named in the same papers, most shared first, each to its own page. */
function relatedList(title: string, related: Related): HTMLElement {
  const heading =
    related.totalCount > related.edges.length
      ? `${title} (${related.edges.length} of ${related.totalCount})`
      : `${title} (${related.totalCount})`;
  return el(
    'section',
    { class: 'related', 'data-related': title.toLowerCase() },
    el('h4', {}, heading),
    related.edges.length === 0
      ? el('p', { class: 'muted' }, 'None.')
      : el(
          'ol',
          {},
          related.edges.map(({ paperCount, node: entity }) =>
            el(
              'li',
              { 'data-id': entity.id, 'data-count': String(paperCount) },
              viewLink(entityHref(entity.id), entity.name),
              el('span', { class: 'count' }, plural(paperCount, 'shared paper')),
            ),
          ),
        ),
  );
}

function cooccurringSection(node: EntityNode, state: EntityState): HTMLElement | null {
  const lists: HTMLElement[] = [];
  if ('withMethods' in node) lists.push(relatedList('Methods', node.withMethods));
  if ('withDatasets' in node) lists.push(relatedList('Datasets', node.withDatasets));
  if ('withTasks' in node) lists.push(relatedList('Tasks', node.withTasks));
  if (lists.length === 0) return null;
  // The API's co-occurrence takes a confidence floor only: say so rather than seem filtered.
  const unfiltered = state.fromYear || state.toYear || state.role;
  return section(
    'cooccurring',
    'Named in the same papers',
    unfiltered
      ? el('p', { class: 'muted' }, 'Over all its papers, whatever their year or role.')
      : null,
    el('div', { class: 'related-lists' }, lists),
  );
}

function nameOf(node: EntityNode): string {
  return node.__typename === 'Repository' ? node.fullName : node.name;
}

/**
 * An entity's page: its papers over time, its papers page by page under filters (which the chart
 * follows), its evaluations, and what is named with it. Every filter and page is in the URL.
 */
export async function renderEntityPage(
  root: HTMLElement,
  state: EntityState,
  navigate: (route: Route) => void,
): Promise<void> {
  const variables = entityVariables(state);
  const { node } = await request(EntityPageQuery, variables);
  if (!node) throw new Error('this entity is no longer in the graph');
  if (!('papers' in node)) throw new Error(`a ${node.__typename} has no entity page`);
  const chart = await chartSection(node, state);
  root.replaceChildren(
    el(
      'h2',
      { tabindex: '-1', 'data-entity-id': node.id },
      el('span', { class: `badge type-${node.__typename}` }, node.__typename),
      ` ${nameOf(node)}`,
    ),
    el(
      'p',
      { class: 'entity-links' },
      node.aliases.length > 0
        ? el('span', { class: 'muted' }, `Also written: ${node.aliases.join(', ')} · `)
        : null,
      viewLink(nodeHref(node.id), 'Show it in the graph'),
      node.__typename === 'Repository'
        ? [' · ', externalLink(node.repositoryUrl, `code: ${node.fullName}`)]
        : null,
    ),
    filterForm(node, state, navigate),
    el(
      'div',
      { class: 'entity-page' },
      el('div', { class: 'entity-main' }, chart, papersSection(node, state)),
      el(
        'div',
        { class: 'entity-side' },
        'evaluations' in node
          ? evaluationsSection(node.evaluations, node.__typename === 'Task')
          : null,
        cooccurringSection(node, state),
      ),
    ),
    el(
      'p',
      { class: 'graphiql' },
      externalLink(graphiqlHref(EntityPageQuery, variables), 'Open this page’s query in GraphiQL'),
    ),
  );
}
