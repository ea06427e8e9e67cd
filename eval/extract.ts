import { parseArgs } from 'node:util';
import Table from 'cli-table3';
import { RULES } from '../src/ingest/extract/rules.js';
import { extractSet, type GoldSet, halves, loadGoldSets } from './gold-sets.js';
import { calibration, FIELDS, type JudgedMention, judgeMentions, score } from './score.js';

/**
 * `npm run eval:extract`: precision, recall and F1 per field on every gold set in the repository
 * (hf-dev also by halves: the odd papers are the ones rules may be written against), then the
 * precision of each confidence band and of each rule on the two development sets.
 *   --errors SET   list every miss and false hit of one set ("hf-dev-gold odd", "seed-gold", ...)
 *   --json         machine-readable figures
 *   --markdown     the tables as the README shows them
 */
const { values } = parseArgs({
  options: {
    errors: { type: 'string' },
    json: { type: 'boolean', default: false },
    markdown: { type: 'boolean', default: false },
  },
});
const DEV_SETS = new Set(['seed-gold', 'hf-dev-gold']);

const sets = await loadGoldSets();
const rows: GoldSet[] = sets.flatMap((s) => (s.name === 'hf-dev-gold' ? [s, ...halves(s)] : [s]));
const judged: JudgedMention[] = [];
const figures = rows.map((set) => {
  const preds = extractSet(set);
  if (DEV_SETS.has(set.name)) judged.push(...judgeMentions(set.gold, preds));
  return { set: set.name, papers: set.gold.length, scores: score(set.gold, preds) };
});
const bands = calibration(judged);
const rules = Object.entries(RULES).map(([rule, spec]) => {
  const mine = judged.filter((j) => j.rule === rule && j.verdict !== 'ignored');
  const right = mine.filter((j) => j.verdict === 'right').length;
  const wrong = mine.length - right;
  // what the table's confidence should be: the precision measured, pulled towards 1/2 by one
  // right and one wrong mention (Laplace), so that a rule seen a few times is not trusted fully
  const suggested = Math.floor((20 * (right + 1)) / (right + wrong + 2)) / 20;
  return { rule, confidence: spec.confidence, right, wrong, suggested };
});

const pct = (x: number) => x.toFixed(1);
/** A band's precision, or a dash for a band no mention falls in. */
const share = (b: { right: number; wrong: number; precision: number }) =>
  b.right + b.wrong > 0 ? pct(b.precision) : '—';
/** No colours: the figures are read in logs and pasted into the README. */
const PLAIN = { head: [], border: [] };
if (values.markdown) {
  const line = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`;
  console.log(line(['set', 'papers', ...FIELDS.map((f) => `${f} F1 (P/R)`)]));
  console.log(line(['---', '---', ...FIELDS.map(() => '---')]));
  for (const f of figures)
    console.log(
      line([
        f.set,
        f.papers,
        ...FIELDS.map((k) => {
          const s = f.scores[k];
          return `${pct(s.f1)} (${pct(s.precision)}/${pct(s.recall)})`;
        }),
      ]),
    );
  console.log(
    `\n${line(['confidence', 'right', 'wrong', 'precision %'])}\n| --- | --- | --- | --- |`,
  );
  for (const b of bands) console.log(line([b.band, b.right, b.wrong, share(b)]));
} else if (values.json) {
  const strip = figures.map((f) => ({
    ...f,
    scores: Object.fromEntries(
      Object.entries(f.scores).map(([k, { errors, ...s }]) => [k, { ...s, errors: errors.length }]),
    ),
  }));
  console.log(JSON.stringify({ sets: strip, calibration: bands, rules }, null, 1));
} else {
  const table = new Table({
    head: ['set', 'papers', ...FIELDS.map((f) => `${f} F1 (P/R)`)],
    style: PLAIN,
  });
  for (const f of figures)
    table.push([
      f.set,
      f.papers,
      ...FIELDS.map((k) => {
        const s = f.scores[k];
        return `${pct(s.f1)} (${pct(s.precision)}/${pct(s.recall)})`;
      }),
    ]);
  console.log(table.toString());
  const cal = new Table({
    head: ['confidence', 'right', 'wrong', 'precision %'],
    style: PLAIN,
  });
  for (const b of bands) cal.push([b.band, b.right, b.wrong, share(b)]);
  console.log(
    'Calibration: mentions of every field on seed-gold and hf-dev-gold, borderline names left out',
  );
  console.log(cal.toString());
  const byRule = new Table({
    head: ['rule', 'confidence', 'right', 'wrong', 'precision %', 'suggested'],
    style: PLAIN,
  });
  for (const r of rules.filter((x) => x.right + x.wrong > 0))
    byRule.push([
      r.rule,
      r.confidence,
      r.right,
      r.wrong,
      pct((100 * r.right) / (r.right + r.wrong)),
      r.suggested,
    ]);
  console.log(byRule.toString());
}
if (values.errors) {
  const f = figures.find((x) => x.set === values.errors);
  if (!f)
    throw new Error(
      `--errors: no set named "${values.errors}"; sets: ${rows.map((r) => r.name).join(', ')}`,
    );
  for (const [field, s] of Object.entries(f.scores))
    for (const e of s.errors) console.log(`${field}\t${e}`);
}
