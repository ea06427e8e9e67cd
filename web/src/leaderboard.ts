import { el, nodeButton } from './dom.js';
import type { LeaderboardQuery as LeaderboardResult } from './gql/graphql.js';
import { graphql } from './gql/index.js';

export const LeaderboardQuery = graphql(`
  query Leaderboard($dataset: String!) {
    dataset(name: $dataset) {
      evaluations(first: 10) {
        edges {
          node {
            id
            metric { id name lowerIsBetter }
            ranking(first: 20) {
              edges { rank node { id raw method { id name } paper { id title } } }
            }
          }
        }
      }
    }
  }
`);

type Evaluation = NonNullable<LeaderboardResult['dataset']>['evaluations']['edges'][number]['node'];

/** One table per metric, best first as the API ranks them; empty when no results are known. */
export function leaderboardSection(dataset: string, evaluations: Evaluation[]): HTMLElement {
  const section = el(
    'section',
    { class: 'leaderboard', 'aria-labelledby': 'leaderboard-heading' },
    el('h3', { id: 'leaderboard-heading' }, 'Leaderboard'),
  );
  if (evaluations.length === 0) {
    section.append(el('p', { class: 'muted' }, `No results reported on ${dataset} yet.`));
    return section;
  }
  for (const { metric, ranking } of evaluations) {
    const direction = metric.lowerIsBetter ? 'lower is better' : 'higher is better';
    section.append(
      el(
        'table',
        { 'data-metric': metric.name },
        el('caption', {}, `${metric.name} (${direction})`),
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            el('th', { scope: 'col' }, '#'),
            el('th', { scope: 'col' }, 'Method'),
            el('th', { scope: 'col' }, metric.name),
            el('th', { scope: 'col' }, 'Paper'),
          ),
        ),
        el(
          'tbody',
          {},
          ranking.edges.map(({ rank, node: row }) =>
            el(
              'tr',
              {},
              el('td', {}, String(rank)),
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
