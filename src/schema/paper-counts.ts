import { type EntityLabel, entityKind } from '../domain/entity-kinds.js';
import { builder, type Context } from './builder.js';
import { Entity, type LinkFilter, linkFilterArgs, linkParams } from './entity.js';
import { limit } from './limits.js';

export type PeriodName = 'YEAR' | 'MONTH';

const Period = builder.enumType('Period', {
  description: 'A span of time papers are counted over.',
  values: {
    YEAR: { description: 'A calendar year, written `YYYY`.' },
    MONTH: { description: 'A calendar month, written `YYYY-MM`.' },
  },
});

interface PeriodCountRow {
  period: string;
  count: number;
}

export const PeriodCount = builder.objectRef<PeriodCountRow>('PeriodCount').implement({
  description: 'How many papers were published in one period.',
  fields: (t) => ({
    period: t.exposeString('period', { description: 'The period: `YYYY` or `YYYY-MM`.' }),
    count: t.exposeInt('count', { description: 'How many papers.' }),
  }),
});

/** Every period from `first` to `last` (both written alike), none skipped. */
export function periodsBetween(first: string, last: string, period: PeriodName): string[] {
  const periods: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (let at = first; at <= last; ) {
    periods.push(at);
    if (period === 'YEAR') {
      year++;
      at = String(year).padStart(4, '0');
    } else {
      month = month === 12 ? 1 : month + 1;
      if (month === 1) year++;
      at = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    }
  }
  return periods;
}

/** The counts Cypher found, with the empty periods between them, the latest `periods` of them. */
export function everyPeriod(found: PeriodCountRow[], period: PeriodName): PeriodCountRow[] {
  const [first, last] = [found[0], found.at(-1)];
  if (!first || !last) return [];
  const counts = new Map(found.map((row) => [row.period, row.count]));
  return periodsBetween(first.period, last.period, period)
    .slice(-limit('periods'))
    .map((at) => ({ period: at, count: counts.get(at) ?? 0 }));
}

export type PaperCountsArgs = LinkFilter & { period: PeriodName };

/** Papers per period of each of several entities, in one statement (entity-paper-periods). */
export async function loadPaperCounts(
  keys: readonly string[],
  { graph }: Context,
  label: EntityLabel,
  args: PaperCountsArgs,
): Promise<PeriodCountRow[][]> {
  const rows = await graph.read<{ key: string; counts: PeriodCountRow[] }>('entity-paper-periods', {
    keys,
    label,
    type: entityKind(label).relationship,
    period: args.period,
    ...linkParams(args),
  });
  const byKey = new Map(rows.map((row) => [row.key, row.counts]));
  return keys.map((key) => everyPeriod(byKey.get(key) ?? [], args.period));
}

export const PAPER_COUNTS_DESCRIPTION =
  'How many of its papers were published in each period, oldest first: every period from its ' +
  'first dated paper to its last (empty ones count 0), the latest ' +
  `${limit('periods')} when they span more; undated papers are not counted.`;

/** The period argument of `paperCounts`. */
export const periodArg = () =>
  builder.args((t) => ({
    period: t.field({ type: Period, required: true, description: 'Count per year or per month.' }),
  }));

/** `paperCounts`, which every Entity has; each type adds its role argument where it has roles. */
builder.interfaceField(Entity, 'paperCounts', (t) =>
  t.field({
    type: [PeriodCount],
    description: PAPER_COUNTS_DESCRIPTION,
    args: { ...periodArg(), ...linkFilterArgs() },
  }),
);
