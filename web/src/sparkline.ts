/** Months as `YYYY-MM`, from the first to the last, none skipped. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (let at = first; at <= last; ) {
    months.push(at);
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
    at = `${year}-${String(month).padStart(2, '0')}`;
  }
  return months;
}

/** An entity's papers per month (as `paperCounts` gives them) on a shared axis of months. */
export function onAxis(counts: { period: string; count: number }[], months: string[]): number[] {
  const byMonth = new Map(counts.map((month) => [month.period, month.count]));
  return months.map((month) => byMonth.get(month) ?? 0);
}

const SVG = 'http://www.w3.org/2000/svg';

/**
 * A trend line of counts, drawn as SVG by hand: one polyline over a shared time axis needs no
 * charting library. The counts are in `data-counts` (for tests) and in the accessible label.
 */
export function sparkline(counts: number[], months: string[], label: string): SVGSVGElement {
  const width = 120;
  const height = 28;
  const top = Math.max(1, ...counts);
  const step = counts.length > 1 ? width / (counts.length - 1) : 0;
  const points = counts
    .map(
      (count, index) =>
        `${(index * step).toFixed(1)},${(height - 2 - (count / top) * (height - 4)).toFixed(1)}`,
    )
    .join(' ');
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('class', 'sparkline');
  svg.setAttribute('role', 'img');
  svg.dataset.counts = counts.join(',');
  const total = counts.reduce((sum, count) => sum + count, 0);
  svg.setAttribute(
    'aria-label',
    `${label}: ${total} dated papers from ${months[0] ?? ''} to ${months.at(-1) ?? ''}, at most ${top} a month`,
  );
  const line = document.createElementNS(SVG, 'polyline');
  line.setAttribute('points', points);
  svg.append(line);
  return svg;
}
