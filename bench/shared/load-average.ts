import { loadavg } from 'node:os';

/** The machine's load average over 1, 5 and 15 minutes, as the benchmarks print it. */
export const loadAverage = () =>
  loadavg()
    .map((average) => average.toFixed(2))
    .join(' ');
