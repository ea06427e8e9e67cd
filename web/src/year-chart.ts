import { request } from './api.js';
import { el } from './dom.js';
import { graphql } from './gql/index.js';

export const PaperDatesQuery = graphql(`
  query PaperDates($id: ID!, $after: String) {
    node(id: $id) {
      ... on Entity {
        papers(first: 100, after: $after) {
          pageInfo { hasNextPage endCursor }
          edges { node { published } }
        }
      }
    }
  }
`);

/**
 * The publication dates of all an entity's papers, page by page (the API has no count per
 * period); undated papers are left out.
 */
export async function paperDates(id: string): Promise<{ dates: string[]; undated: number }> {
  const dates: string[] = [];
  let undated = 0;
  let after: string | undefined;
  for (;;) {
    const { node } = await request(PaperDatesQuery, { id, after });
    if (!node || !('papers' in node)) break;
    for (const { node: paper } of node.papers.edges) {
      if (paper.published) dates.push(paper.published);
      else undated++;
    }
    if (!node.papers.pageInfo.hasNextPage || !node.papers.pageInfo.endCursor) break;
    after = node.papers.pageInfo.endCursor;
  }
  return { dates, undated };
}

const SVG = 'http://www.w3.org/2000/svg';

function svgEl(tag: string, attributes: Record<string, string | number>, text?: string): Element {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

/**
 * Papers per year as bars, every year from the first to the last shown (an empty year is a gap,
 * not left out). SVG drawn from the data, like the home view's trend lines: a handful of labelled
 * bars needs no charting library.
 */
export function yearChart(dates: string[], undated: number): HTMLElement {
  const counts = new Map<number, number>();
  for (const date of dates) {
    const year = Number(date.slice(0, 4));
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  const known = [...counts.keys()];
  const years: number[] = [];
  for (let year = Math.min(...known); year <= Math.max(...known); year++) years.push(year);
  const section = el(
    'section',
    { class: 'year-chart', 'aria-labelledby': 'year-chart-heading' },
    el('h3', { id: 'year-chart-heading' }, 'Papers per year'),
  );
  if (years.length === 0) {
    section.append(el('p', { class: 'muted' }, 'None of its papers has a date.'));
    return section;
  }
  const bar = 36;
  const height = 90;
  const top = Math.max(...counts.values());
  const svg = svgEl('svg', {
    viewBox: `0 0 ${years.length * bar} ${height + 16}`,
    width: years.length * bar,
    role: 'img',
    'aria-label': years.map((year) => `${year}: ${counts.get(year) ?? 0}`).join(', '),
  });
  years.forEach((year, index) => {
    const count = counts.get(year) ?? 0;
    const tall = Math.round((count / top) * (height - 14));
    const group = svgEl('g', { 'data-year': year, 'data-count': count });
    group.append(
      svgEl('rect', { x: index * bar + 4, y: height - tall, width: bar - 8, height: tall }),
      svgEl(
        'text',
        { x: index * bar + bar / 2, y: height - tall - 3, class: 'value' },
        String(count),
      ),
      svgEl('text', { x: index * bar + bar / 2, y: height + 13 }, String(year)),
    );
    svg.append(group);
  });
  section.append(svg);
  if (undated > 0) section.append(el('p', { class: 'muted' }, `${undated} without a date.`));
  return section;
}
