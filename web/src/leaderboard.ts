import { el, nodeButton } from './dom.js';
import type { LeaderboardQuery as LeaderboardResult } from './gql/graphql.js';
import { graphql } from './gql/index.js';

export const LeaderboardQuery = graphql(`
  query Leaderboard($dataset: String!) {
    leaderboard(dataset: $dataset) {
      metric
      raw
      lowerIsBetter
      method { id name }
      paper { id title }
    }
  }
`);

type Row = LeaderboardResult['leaderboard'][number];

/** One table per metric, best first as the API ranks them; empty when no results are known. */
export function leaderboardSection(dataset: string, rows: Row[]): HTMLElement {
  const section = el(
    'section',
    { class: 'leaderboard', 'aria-labelledby': 'leaderboard-heading' },
    el('h3', { id: 'leaderboard-heading' }, 'Leaderboard'),
  );
  if (rows.length === 0) {
    section.append(el('p', { class: 'muted' }, `No results reported on ${dataset} yet.`));
    return section;
  }
  const metrics = Map.groupBy(rows, (row) => row.metric);
  for (const [metric, results] of metrics) {
    const direction = results[0]?.lowerIsBetter ? 'lower is better' : 'higher is better';
    section.append(
      el(
        'table',
        { 'data-metric': metric },
        el('caption', {}, `${metric} (${direction})`),
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            el('th', { scope: 'col' }, '#'),
            el('th', { scope: 'col' }, 'Method'),
            el('th', { scope: 'col' }, metric),
            el('th', { scope: 'col' }, 'Paper'),
          ),
        ),
        el(
          'tbody',
          {},
          results.map((row, index) =>
            el(
              'tr',
              {},
              el('td', {}, String(index + 1)),
              el('td', {}, row.method ? nodeButton(row.method.id, row.method.name) : '—'),
              el('td', { class: 'number' }, row.raw),
              el('td', {}, nodeButton(row.paper.id, row.paper.title)),
            ),
          ),
        ),
      ),
    );
  }
  return section;
}
