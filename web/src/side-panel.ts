import { el, externalLink, nodeButton, viewLink } from './dom.js';
import type { NodeDetails } from './neighbourhood.js';
import { edgeRole, nodeLabel, roleText } from './neighbourhood.js';
import { entityHref } from './url-state.js';

type Provenance = { evidence: string; rule: string; confidence: number };

/** The sentence an edge was read from, with the rule that read it. */
function evidence(provenance: Provenance): HTMLElement {
  return el(
    'figure',
    { class: 'evidence' },
    el('blockquote', {}, provenance.evidence),
    el(
      'figcaption',
      {},
      `evidence · rule ${provenance.rule} · confidence ${provenance.confidence.toFixed(2)}`,
    ),
  );
}

/** A neighbour read from the selected paper: its button, its role, extras, the evidence. */
function linkItem(
  entity: { id: string; name: string },
  provenance: Provenance,
  role?: string | null,
  ...extras: HTMLElement[]
): HTMLElement {
  return el(
    'li',
    {},
    nodeButton(entity.id, entity.name),
    role ? el('span', { class: 'role' }, roleText(role)) : null,
    extras,
    evidence(provenance),
  );
}

/** A titled list of neighbours; `total` when the list shows only the first ones. */
function section(title: string, items: HTMLElement[], total = items.length): HTMLElement {
  const id = `section-${title.toLowerCase().replace(/\W+/g, '-')}`;
  const count = items.length;
  const heading = total > count ? `${title} (${count} of ${total})` : `${title} (${count})`;
  return el(
    'section',
    { 'aria-labelledby': id, 'data-section': title.toLowerCase() },
    el('h3', { id }, heading),
    items.length > 0
      ? el('ul', { class: 'neighbours' }, items)
      : el('p', { class: 'muted' }, 'None.'),
  );
}

function paperLinks(paper: { url?: string | null; arxivId?: string | null }): HTMLElement[] {
  const links: HTMLElement[] = [];
  if (paper.url) links.push(externalLink(paper.url, 'paper'));
  else if (paper.arxivId)
    links.push(externalLink(`https://arxiv.org/abs/${paper.arxivId}`, 'arXiv'));
  return links;
}

function codeLink(repository: { fullName: string; url: string }): HTMLAnchorElement {
  const link = externalLink(
    repository.url,
    `code: ${repository.fullName}`,
    `Code repository ${repository.fullName}`,
  );
  link.classList.add('code-link');
  return link;
}

/** The details of one node with its neighbours, each a button that selects it. */
export function nodeSection(node: NodeDetails): HTMLElement[] {
  const parts: HTMLElement[] = [];
  const aliases = 'aliases' in node ? node.aliases : [];
  if (aliases.length > 0)
    parts.push(el('p', { class: 'muted' }, `Also written: ${aliases.join(', ')}`));

  switch (node.__typename) {
    case 'Paper': {
      const meta = [
        node.published ? `published ${node.published}` : null,
        node.authors.length > 0 ? node.authors.map((author) => author.name).join(', ') : null,
      ].filter((text) => text !== null);
      if (meta.length > 0) parts.push(el('p', { class: 'muted' }, meta.join(' · ')));
      const links = paperLinks(node);
      if (links.length > 0) parts.push(el('p', { class: 'links' }, links));
      parts.push(el('details', {}, el('summary', {}, 'Abstract'), el('p', {}, node.abstract)));
      parts.push(
        section(
          'Methods',
          node.methods.map(({ method, role, provenance }) => linkItem(method, provenance, role)),
        ),
        section(
          'Datasets',
          node.datasets.map(({ dataset, role, provenance }) => linkItem(dataset, provenance, role)),
        ),
        section(
          'Tasks',
          node.tasks.map(({ task, provenance }) => linkItem(task, provenance)),
        ),
        section(
          'Code',
          node.repositories.map(({ repository, provenance }) =>
            linkItem(
              { id: repository.id, name: repository.fullName },
              provenance,
              null,
              codeLink(repository),
            ),
          ),
        ),
      );
      if (node.results.length > 0) {
        parts.push(
          el(
            'section',
            { 'aria-labelledby': 'section-results' },
            el('h3', { id: 'section-results' }, `Results (${node.results.length})`),
            el(
              'table',
              {},
              el(
                'thead',
                {},
                el(
                  'tr',
                  {},
                  ['Metric', 'Value', 'Dataset', 'Method'].map((name) =>
                    el('th', { scope: 'col' }, name),
                  ),
                ),
              ),
              el(
                'tbody',
                {},
                node.results.map((result) =>
                  el(
                    'tr',
                    {},
                    el('td', {}, result.metric.name),
                    el('td', { class: 'number' }, result.raw),
                    el('td', {}, nodeButton(result.dataset.id, result.dataset.name)),
                    el(
                      'td',
                      {},
                      result.method ? nodeButton(result.method.id, result.method.name) : '—',
                    ),
                  ),
                ),
              ),
            ),
          ),
        );
      }
      return parts;
    }
    case 'Author':
    case 'Result':
      return parts;
    case 'Repository':
      parts.push(
        el(
          'p',
          { class: 'links' },
          codeLink({ fullName: node.fullName, url: node.repositoryUrl }),
          ` · ${node.host.toLowerCase()} ${node.kind.toLowerCase()}`,
        ),
      );
      break;
  }

  const papers = node.papers.edges.map((edge) => {
    const { node: paper, provenance } = edge;
    const role = roleText(edgeRole(edge));
    return el(
      'li',
      { 'data-paper-id': paper.id },
      nodeButton(paper.id, paper.title),
      role ? el('span', { class: 'role' }, role) : null,
      paper.published ? el('span', { class: 'muted' }, ` ${paper.published}`) : null,
      el(
        'span',
        { class: 'links' },
        paperLinks(paper),
        paper.repositories.map(({ repository }) => codeLink(repository)),
      ),
      evidence(provenance),
    );
  });
  parts.push(section('Papers', papers, node.papers.totalCount));

  const related = (
    title: string,
    entries: { entity: { id: string; name: string }; paperCount: number }[],
  ) =>
    section(
      title,
      entries.map(({ entity, paperCount }) =>
        el(
          'li',
          {},
          nodeButton(entity.id, entity.name),
          el(
            'span',
            { class: 'muted' },
            ` ${paperCount} shared paper${paperCount === 1 ? '' : 's'}`,
          ),
        ),
      ),
    );
  if (node.__typename === 'Dataset' || node.__typename === 'Task') {
    parts.push(
      related(
        'Methods',
        node.sharedMethods.edges.map(({ node: method, paperCount }) => ({
          entity: method,
          paperCount,
        })),
      ),
    );
  }
  if (node.__typename === 'Method' || node.__typename === 'Task') {
    parts.push(
      related(
        'Datasets',
        node.sharedDatasets.edges.map(({ node: dataset, paperCount }) => ({
          entity: dataset,
          paperCount,
        })),
      ),
    );
  }
  if (node.__typename === 'Method' || node.__typename === 'Dataset') {
    parts.push(
      related(
        'Tasks',
        node.sharedTasks.edges.map(({ node: task, paperCount }) => ({ entity: task, paperCount })),
      ),
    );
  }
  return parts;
}

/**
 * The side panel: what is selected, or the paths between two nodes. Every neighbour is a
 * button, so the graph can be walked with Tab and Enter alone.
 */
export class SidePanel {
  constructor(
    private readonly root: HTMLElement,
    onNavigate: (id: string) => void,
    private readonly onConnect: (id: string) => void,
  ) {
    root.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLElement>('[data-node-id]');
      if (button?.dataset.nodeId) onNavigate(button.dataset.nodeId);
    });
  }

  showWelcome(): void {
    this.root.replaceChildren(
      el('h2', { tabindex: '-1' }, 'Explore the graph'),
      el(
        'p',
        {},
        'Search for a paper, method, dataset, task or repository. Select a node to see its papers, the sentences each link was read from and, for a dataset, its leaderboard; select another to expand the graph.',
      ),
      el('p', { class: 'muted' }, 'Graph keys: arrows pan, + and − zoom, 0 fits.'),
    );
  }

  /** `lead` goes first, under the heading; `extra` after the neighbours. */
  showNode(node: NodeDetails, extra: HTMLElement[] = [], lead: HTMLElement[] = []): void {
    const connect = el(
      'button',
      { type: 'button', class: 'connect' },
      'How is this connected to…?',
    );
    connect.addEventListener('click', () => this.onConnect(node.id));
    this.root.replaceChildren(
      el(
        'h2',
        { tabindex: '-1', 'data-selected-id': node.id },
        el('span', { class: `badge type-${node.__typename}` }, node.__typename),
        ' ',
        nodeLabel(node),
      ),
      connect,
      // Papers, authors and results have no page of their own.
      ...(node.__typename === 'Paper' ||
      node.__typename === 'Author' ||
      node.__typename === 'Result'
        ? []
        : [
            el(
              'p',
              { class: 'entity-page-link' },
              viewLink(entityHref(node.id), 'Open its page →'),
            ),
          ]),
      ...lead,
      ...nodeSection(node),
      ...extra,
    );
  }

  showPaths(paths: HTMLElement): void {
    this.root.replaceChildren(paths);
  }

  /** Moves keyboard focus to the panel's heading, where the new content starts. */
  focusHeading(): void {
    this.root.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
  }
}
