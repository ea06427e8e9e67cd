import { request } from './api.js';
import { el } from './dom.js';
import type { SearchQuery as SearchResult } from './gql/graphql.js';
import { graphql } from './gql/index.js';
import type { GraphNode, NodeType } from './neighbourhood.js';

export const SearchQuery = graphql(`
  query Search($query: String!) {
    search(query: $query, first: 8) {
      edges {
        label
        node {
          __typename
          id
          ... on Entity { aliases papers(first: 0) { totalCount } }
          ... on Paper { published }
        }
      }
    }
  }
`);

type Hit = SearchResult['search']['edges'][number];

/** A suggestion: the node, and what tells it apart from others of the same name. */
interface Suggestion extends GraphNode {
  /** An entity's paper count, or a paper's publication year. */
  detail: string | null;
  /** The alias the words matched, when the name itself does not match them. */
  alias: string | null;
}

/** Waits this long after the last key before asking, so typing does not flood the server. */
const DEBOUNCE_MS = 150;

/** Whether every word typed starts a word of `text`, as the search index matches. */
function matches(words: string[], text: string): boolean {
  const own = text.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  return words.every((word) => own.some((part) => part.startsWith(word)));
}

/**
 * The search answer does not say which alias matched; this finds the first alias the typed
 * words match when the name does not, so "BBH" shows why Big-Bench Hard came up.
 */
export function matchingAlias(typed: string, name: string, aliases: string[]): string | null {
  const words = typed
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
  if (words.length === 0 || matches(words, name)) return null;
  return aliases.find((alias) => matches(words, alias)) ?? null;
}

function suggestionOf(hit: Hit, typed: string): Suggestion {
  const { node } = hit;
  const base = { id: node.id, type: node.__typename as NodeType, label: hit.label };
  if ('aliases' in node) {
    const count = node.papers.totalCount;
    return {
      ...base,
      detail: `${count} paper${count === 1 ? '' : 's'}`,
      alias: matchingAlias(typed, hit.label, node.aliases),
    };
  }
  const year = 'published' in node ? (node.published?.slice(0, 4) ?? null) : null;
  return { ...base, detail: year, alias: null };
}

/**
 * The search box, a combobox in the WAI-ARIA pattern: suggestions as you type, arrows move
 * through them, Enter picks, Escape closes (and clears when already closed).
 */
export class SearchBox {
  private readonly input: HTMLInputElement;
  private readonly list: HTMLUListElement;
  private suggestions: Suggestion[] = [];
  private active = -1;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pending: AbortController | undefined;

  constructor(
    root: HTMLElement,
    private readonly onPick: (node: GraphNode) => void,
  ) {
    this.input = el('input', {
      id: 'search-input',
      type: 'search',
      role: 'combobox',
      autocomplete: 'off',
      spellcheck: 'false',
      placeholder: 'Search papers, methods, datasets, tasks, code…  ( / )',
      'aria-keyshortcuts': '/',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': 'search-suggestions',
    });
    this.list = el('ul', {
      id: 'search-suggestions',
      role: 'listbox',
      'aria-label': 'Suggestions',
      hidden: '',
    });
    root.append(
      el('label', { for: 'search-input', class: 'visually-hidden' }, 'Search the graph'),
      this.input,
      this.list,
    );
    this.input.addEventListener('input', () => this.schedule());
    this.input.addEventListener('keydown', (event) => this.onKey(event));
    this.input.addEventListener('blur', () => this.close());
    // mousedown, not click: a click would blur the input and close the list first.
    this.list.addEventListener('mousedown', (event) => {
      const option = (event.target as Element).closest<HTMLElement>('[role=option]');
      if (!option) return;
      event.preventDefault();
      this.pick(Number(option.dataset.index));
    });
  }

  focus(): void {
    this.input.focus();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.suggest(this.input.value.trim()), DEBOUNCE_MS);
  }

  private async suggest(text: string): Promise<void> {
    this.pending?.abort();
    if (text === '') return this.close();
    const pending = new AbortController();
    this.pending = pending;
    try {
      const { search } = await request(SearchQuery, { query: text }, pending.signal);
      this.show(search.edges.map((hit) => suggestionOf(hit, text)));
    } catch (error) {
      if (!pending.signal.aborted) throw error;
    }
  }

  private show(suggestions: Suggestion[]): void {
    this.suggestions = suggestions;
    this.active = -1;
    this.list.replaceChildren(
      ...suggestions.map((node, index) =>
        el(
          'li',
          {
            id: `suggestion-${index}`,
            role: 'option',
            'aria-selected': 'false',
            'data-index': String(index),
            'data-type': node.type,
          },
          el('span', { class: `badge type-${node.type}` }, node.type),
          el('span', { class: 'suggestion-label' }, node.label),
          node.alias ? el('span', { class: 'alias' }, `as ${node.alias}`) : null,
          node.detail ? el('span', { class: 'detail' }, node.detail) : null,
        ),
      ),
    );
    if (suggestions.length === 0) {
      this.list.replaceChildren(el('li', { class: 'no-match' }, 'Nothing found'));
    }
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
    this.input.removeAttribute('aria-activedescendant');
  }

  private close(): void {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
    this.active = -1;
  }

  private move(by: number): void {
    if (this.suggestions.length === 0) return;
    if (this.list.hidden) this.list.hidden = false;
    this.active = (this.active + by + this.suggestions.length) % this.suggestions.length;
    for (const option of this.list.querySelectorAll('[role=option]')) {
      const selected = option.id === `suggestion-${this.active}`;
      option.setAttribute('aria-selected', String(selected));
      if (selected) option.scrollIntoView({ block: 'nearest' });
    }
    this.input.setAttribute('aria-activedescendant', `suggestion-${this.active}`);
    this.input.setAttribute('aria-expanded', 'true');
  }

  private pick(index: number): void {
    const node = this.suggestions[index];
    if (!node) return;
    this.input.value = node.label;
    this.close();
    this.onPick(node);
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown') this.move(1);
    else if (event.key === 'ArrowUp') this.move(-1);
    else if (event.key === 'Enter' && !this.list.hidden) this.pick(Math.max(this.active, 0));
    else if (event.key === 'Escape' && this.list.hidden) this.input.value = '';
    else if (event.key === 'Escape') this.close();
    else return;
    event.preventDefault();
  }
}
