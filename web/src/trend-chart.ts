import { request } from './api.js';
import { el } from './dom.js';
import type { Period } from './gql/graphql.js';
import { graphql } from './gql/index.js';

export interface PeriodCount {
  period: string;
  count: number;
}

export const PaperCountsQuery = graphql(`
  query PaperCounts($id: ID!, $period: Period!) {
    node(id: $id) { ... on Entity { paperCounts(period: $period) { period count } } }
  }
`);

/** An entity's papers per period, as the API counts them (empty for a node that is no entity). */
export async function paperCounts(id: string, period: Period): Promise<PeriodCount[]> {
  const { node } = await request(PaperCountsQuery, { id, period });
  return node && 'paperCounts' in node ? node.paperCounts : [];
}

/**
 * Chart.js with only what a bar chart needs, imported the first time a chart is drawn, so it is a
 * chunk of its own that the home and browse pages never load.
 */
let chartJs: Promise<typeof import('chart.js').Chart> | undefined;

function loadChartJs() {
  chartJs ??= import('chart.js').then(
    ({ Chart, BarController, BarElement, CategoryScale, LinearScale, Tooltip }) => {
      Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);
      return Chart;
    },
  );
  return chartJs;
}

const PERIOD_NAMES: Record<Period, string> = { YEAR: 'year', MONTH: 'month' };

/**
 * Papers per period as a bar chart, one bar per period the API counted (empty ones included).
 * Chart.js draws the axes, ticks and tooltips; the figure keeps the periods and counts in
 * `data-periods` and `data-counts` (tests read them, as the canvas has no DOM) and in the
 * canvas's accessible label.
 */
export async function trendChart(
  counts: PeriodCount[],
  period: Period,
  colour: string,
): Promise<HTMLElement> {
  const title = `Papers per ${PERIOD_NAMES[period]}`;
  const figure = el(
    'figure',
    {
      class: 'trend-chart',
      'data-period': period,
      'data-periods': counts.map((bar) => bar.period).join(','),
      'data-counts': counts.map((bar) => bar.count).join(','),
    },
    el('figcaption', {}, title),
  );
  if (counts.length === 0) {
    figure.append(el('p', { class: 'muted' }, 'No dated papers.'));
    return figure;
  }
  const canvas = el('canvas', {
    role: 'img',
    'aria-label': `${title}: ${counts.map((bar) => `${bar.period}: ${bar.count}`).join(', ')}`,
  });
  figure.append(el('div', { class: 'chart-box' }, canvas));
  const Chart = await loadChartJs();
  // A chart whose canvas left the page went with the view that drew it; its resize observer and
  // data would stay alive otherwise. (A view draws one chart, before it is attached.)
  for (const chart of Object.values(Chart.instances)) {
    if (!chart.canvas.isConnected) chart.destroy();
  }
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: counts.map((bar) => bar.period),
      datasets: [
        {
          label: 'Papers',
          data: counts.map((bar) => bar.count),
          backgroundColor: colour,
          // A year or two of bars stays a bar chart, not a wall of colour.
          maxBarThickness: 56,
        },
      ],
    },
    options: {
      // Redrawn on every filter or page: an animation would only delay the numbers.
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
    },
  });
  return figure;
}
