type Child = Node | string | null | undefined | false;

/**
 * Builds an element. Text goes in as text nodes, never as markup, so titles and evidence
 * sentences from the graph cannot inject HTML.
 */
export function el<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  attributes: Record<string, string | undefined> = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[Tag] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) element.setAttribute(name, value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) element.append(child);
  }
  return element;
}

/** A link that opens outside the explorer. */
export function externalLink(href: string, text: string, label?: string): HTMLAnchorElement {
  return el('a', { href, target: '_blank', rel: 'noopener noreferrer', 'aria-label': label }, text);
}

/** A button that selects a node of the graph (the panel handles its clicks in one place). */
export function nodeButton(id: string, text: string): HTMLButtonElement {
  return el('button', { type: 'button', class: 'node-link', 'data-node-id': id }, text);
}

/** A link to another view of the explorer; main.ts opens it without reloading the page. */
export function viewLink(href: string, ...children: (Child | Child[])[]): HTMLAnchorElement {
  return el('a', { href, 'data-view-link': '' }, ...children);
}

/** `1 paper`, `2 papers`. */
export function plural(count: number, noun: string): string {
  return `${count.toLocaleString('en')} ${noun}${count === 1 ? '' : 's'}`;
}
