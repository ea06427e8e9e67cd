import { graphiqlHref, request } from './api.js';
import { el, externalLink, plural, viewLink } from './dom.js';
import type { HomeQuery as HomeResult } from './gql/graphql.js';
import { graphql } from './gql/index.js';
import { monthsBetween, onAxis, sparkline } from './sparkline.js';
import { type BrowseKind, browseState, emptyState, nodeHref, routeHref } from './url-state.js';

graphql(`
  fragment Trend on Entity {
    id
    name
    paperCounts(period: MONTH) { period count }
  }
`);

export const HomeQuery = graphql(`
  query Home($top: Int!, $newest: Int!) {
    papers(first: $newest) {
      totalCount
      edges { node { id title published arxivId url authors { name } } }
    }
    datasets(first: $top) { totalCount edges { paperCount node { ...Trend } } }
    methods(first: $top) { totalCount edges { paperCount node { ...Trend } } }
    tasks(first: $top) { totalCount edges { paperCount node { ...Trend } } }
    repositories(first: 0) { totalCount }
    authors(first: 0) { totalCount }
    # The example questions' entities; a graph without one shows the others.
    lora: method(name: "LoRA") { id name }
    clip: method(name: "CLIP") { id name }
    imagenet: dataset(name: "ImageNet") { id name }
    gsm8k: dataset(name: "GSM8K") { id name }
  }
`);

/** How many of each kind the home page ranks. */
export const TOP_ENTITIES = 6;
const NEWEST_PAPERS = 8;

type TopEdge = HomeResult['datasets']['edges'][number];

function examples(data: HomeResult): HTMLElement[] {
  const { lora, clip, imagenet, gsm8k } = data;
  const questions: HTMLElement[] = [];
  if (lora)
    questions.push(viewLink(nodeHref(lora.id), `Which datasets is ${lora.name} evaluated on?`));
  if (clip && imagenet) {
    const path = { from: clip.id, to: imagenet.id };
    questions.push(
      viewLink(
        routeHref({ view: 'graph', graph: { ...emptyState(), node: imagenet.id, path } }),
        `How is ${clip.name} connected to ${imagenet.name}?`,
      ),
    );
  }
  if (gsm8k)
    questions.push(viewLink(nodeHref(gsm8k.id), `Which methods are tried on ${gsm8k.name}?`));
  return questions;
}

function topList(kind: BrowseKind, type: string, edges: TopEdge[], months: string[]): HTMLElement {
  return el(
    'section',
    { class: `top-list type-${type}`, 'data-kind': kind },
    el('h3', {}, el('span', { class: `badge type-${type}` }, type), ` Most-named ${kind}`),
    el(
      'ol',
      {},
      edges.map(({ paperCount, node }) =>
        el(
          'li',
          { 'data-name': node.name },
          viewLink(nodeHref(node.id), node.name),
          el('span', { class: 'count' }, plural(paperCount, 'paper')),
          sparkline(onAxis(node.paperCounts, months), months, `${node.name} papers per month`),
        ),
      ),
    ),
    viewLink(routeHref({ view: 'browse', browse: browseState(kind) }), `All ${kind} →`),
  );
}

/** The landing page: what the graph holds, what is named most and what is new. */
export async function renderHome(root: HTMLElement): Promise<void> {
  const variables = { top: TOP_ENTITIES, newest: NEWEST_PAPERS };
  const data = await request(HomeQuery, variables);
  if (data.papers.totalCount === 0) {
    root.replaceChildren(
      el('h2', { tabindex: '-1' }, 'The graph is empty'),
      el(
        'p',
        {},
        'Load papers with ',
        el('code', {}, 'papergraph ingest <files>'),
        ', or start with ',
        el('code', {}, 'npm start'),
        ' on an empty graph, which loads the two sample corpora.',
      ),
    );
    return;
  }
  const tops = [data.datasets, data.methods, data.tasks];
  // One time axis for every trend line, so their shapes compare.
  const periods = tops
    .flatMap((list) => list.edges)
    .flatMap(({ node }) => node.paperCounts.map((month) => month.period))
    .sort();
  const [first, last] = [periods[0], periods.at(-1)];
  const months = first && last ? monthsBetween(first, last) : [];
  const counts: { type: string; count: number; kind: BrowseKind | null; noun: string }[] = [
    { type: 'Paper', count: data.papers.totalCount, kind: null, noun: 'papers' },
    { type: 'Dataset', count: data.datasets.totalCount, kind: 'datasets', noun: 'datasets' },
    { type: 'Method', count: data.methods.totalCount, kind: 'methods', noun: 'methods' },
    { type: 'Task', count: data.tasks.totalCount, kind: 'tasks', noun: 'tasks' },
    {
      type: 'Repository',
      count: data.repositories.totalCount,
      kind: 'repositories',
      noun: 'code repositories',
    },
    { type: 'Author', count: data.authors.totalCount, kind: 'authors', noun: 'authors' },
  ];
  const questions = examples(data);
  root.replaceChildren(
    el('h2', { tabindex: '-1' }, 'What the graph holds'),
    el(
      'div',
      { class: 'home' },
      el(
        'ul',
        { class: 'counts' },
        counts.map(({ type, count, kind, noun }) => {
          const text = [el('strong', {}, count.toLocaleString('en')), ` ${noun}`];
          return el(
            'li',
            { class: `type-${type}`, 'data-type': type, 'data-count': String(count) },
            kind ? viewLink(routeHref({ view: 'browse', browse: browseState(kind) }), text) : text,
          );
        }),
      ),
      questions.length > 0
        ? el('p', { class: 'examples' }, el('span', { class: 'muted' }, 'Try: '), questions)
        : null,
      el(
        'div',
        { class: 'tops' },
        topList('datasets', 'Dataset', data.datasets.edges, months),
        topList('methods', 'Method', data.methods.edges, months),
        topList('tasks', 'Task', data.tasks.edges, months),
      ),
      months.length > 0
        ? el(
            'p',
            { class: 'muted' },
            `Trend lines: papers per month, ${months[0]} to ${months.at(-1)}.`,
          )
        : null,
      el(
        'section',
        { class: 'newest' },
        el('h3', {}, 'Newest papers'),
        el(
          'ol',
          {},
          data.papers.edges.map(({ node: paper }) => {
            const authors = paper.authors.map((author) => author.name);
            const byline =
              authors.length > 3 ? `${authors.slice(0, 3).join(', ')} et al.` : authors.join(', ');
            return el(
              'li',
              { 'data-paper-id': paper.id },
              viewLink(nodeHref(paper.id), paper.title),
              el('span', { class: 'muted' }, [paper.published, byline].filter(Boolean).join(' · ')),
              paper.arxivId
                ? externalLink(`https://arxiv.org/abs/${paper.arxivId}`, 'arXiv')
                : null,
            );
          }),
        ),
      ),
      el(
        'p',
        { class: 'graphiql' },
        externalLink(graphiqlHref(HomeQuery, variables), 'Open this view’s query in GraphiQL'),
      ),
    ),
  );
}
