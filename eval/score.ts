import type { ExtractedPaper, Provenance } from '../src/domain/model.js';

/**
 * Per-field F1 of extractions against gold records, with the matching rules of the shared scorer
 * (test/fixtures/gold/README.md), so that test floors, `npm run eval:extract` and the shared
 * command-line scorer agree. Only GitHub repositories are gold: one on another host is ignored.
 */
export interface GoldEntity {
  name: string;
  aliases?: string[];
}

export interface GoldPaper {
  /** Position in its set, from 1. */
  n: number;
  title: string;
  proposed_methods: GoldEntity[];
  methods: GoldEntity[];
  datasets: GoldEntity[];
  tasks: string[];
  repos: string[];
  results: Array<{ dataset: string; value: string }>;
  borderline: string[];
}

export interface FieldScore {
  precision: number;
  recall: number;
  f1: number;
  /** "FP title :: name" and "FN title :: name", to say why a floor fails. */
  errors: string[];
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  errors: string[];
}

export const FIELDS = [
  'repositories',
  'datasets',
  'methods.proposed',
  'methods.all',
  'tasks',
  'results',
] as const;

export const norm = (s: unknown) =>
  String(s ?? '')
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
// Names compare without a plural 's' ("Transformers" is "Transformer").
const key = (s: string) => {
  const n = norm(s);
  return n.length > 4 ? n.replace(/s$/, '') : n;
};
const names = (e: GoldEntity) => [e.name, ...(e.aliases ?? [])].map(key).filter(Boolean);

function scoreEntities(
  t: Tally,
  title: string,
  gold: GoldEntity[],
  pred: GoldEntity[],
  borderline: Set<string>,
): void {
  const matched = new Set<number>();
  for (const p of pred) {
    const pn = names(p);
    const gi = gold.findIndex((g) => names(g).some((n) => pn.includes(n)));
    if (gi >= 0) {
      if (!matched.has(gi)) t.tp++;
      matched.add(gi);
    } else if (!pn.some((n) => borderline.has(n))) {
      t.fp++;
      t.errors.push(`FP ${title} :: ${p.name}`);
    }
  }
  gold.forEach((g, i) => {
    if (matched.has(i)) return;
    t.fn++;
    t.errors.push(`FN ${title} :: ${g.name}`);
  });
}

function scorePairs(
  t: Tally,
  title: string,
  gold: string[],
  pred: string[],
  match: (g: string, p: string) => boolean,
): void {
  const used = new Set<number>();
  for (const p of pred) {
    const gi = gold.findIndex((g, i) => !used.has(i) && match(g, p));
    if (gi >= 0) {
      used.add(gi);
      t.tp++;
    } else {
      t.fp++;
      t.errors.push(`FP ${title} :: ${p}`);
    }
  }
  gold.forEach((g, i) => {
    if (used.has(i)) return;
    t.fn++;
    t.errors.push(`FN ${title} :: ${g}`);
  });
}

/** Scores predictions paired with gold papers by normalised title; a missing one is all misses. */
export function score(
  gold: GoldPaper[],
  preds: ExtractedPaper[],
): Record<(typeof FIELDS)[number], FieldScore> {
  const byTitle = new Map(preds.map((p) => [norm(p.title), p]));
  const tally = Object.fromEntries(
    FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0, errors: [] }]),
  ) as unknown as Record<(typeof FIELDS)[number], Tally>;
  for (const g of gold) {
    const p = byTitle.get(norm(g.title));
    const title = g.title.slice(0, 50);
    const border = new Set(g.borderline.map(key));
    const methods = p?.methods ?? [];
    scoreEntities(
      tally.repositories,
      title,
      g.repos.map((name) => ({ name })),
      (p?.repositories ?? []).filter((r) => r.host === 'github').map((r) => ({ name: r.fullName })),
      new Set(),
    );
    scoreEntities(tally.datasets, title, g.datasets, p?.datasets ?? [], border);
    const proposed = methods.filter((m) => m.role === 'proposed');
    scoreEntities(tally['methods.proposed'], title, g.proposed_methods, proposed, border);
    const all = [...g.proposed_methods, ...g.methods];
    scoreEntities(tally['methods.all'], title, all, methods, border);
    // Tasks are phrases: containment of normalised forms either way counts as a match.
    const task = (x: string, y: string) => Boolean(x && y && (x.includes(y) || y.includes(x)));
    const predTasks = (p?.tasks ?? []).map((t) => norm(t.name));
    scorePairs(tally.tasks, title, g.tasks.map(norm), predTasks, task);
    // Results are (dataset, value) pairs, the value compared as a number.
    const pair = (r: { dataset: string | null; value: string | number }) =>
      `${norm(r.dataset)}|${Number.parseFloat(String(r.value).replace(/[^0-9.eE+-]/g, ''))}`;
    const same = (a: string, b: string) => a === b;
    scorePairs(tally.results, title, g.results.map(pair), (p?.results ?? []).map(pair), same);
  }
  const out = {} as Record<(typeof FIELDS)[number], FieldScore>;
  for (const field of FIELDS) {
    const t = tally[field];
    const precision = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1;
    const recall = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1;
    const f1 = precision + recall ? (200 * precision * recall) / (precision + recall) : 0;
    out[field] = { precision: 100 * precision, recall: 100 * recall, f1, errors: t.errors };
  }
  return out;
}

/** One extracted mention judged against its paper's gold: for the calibration table. */
export interface JudgedMention {
  field: 'datasets' | 'methods' | 'tasks' | 'results' | 'repositories';
  rule: string;
  confidence: number;
  /** `ignored`: a borderline name, which scoring neither rewards nor penalises. */
  verdict: 'right' | 'wrong' | 'ignored';
}

/**
 * Every mention of every paired paper, right when it names any gold entity of its field (a
 * method of either role, a task by containment), so that each rule's precision can be measured.
 */
export function judgeMentions(gold: GoldPaper[], preds: ExtractedPaper[]): JudgedMention[] {
  const byTitle = new Map(preds.map((p) => [norm(p.title), p]));
  const out: JudgedMention[] = [];
  for (const g of gold) {
    const p = byTitle.get(norm(g.title));
    if (!p) continue;
    const border = new Set(g.borderline.map(key));
    const entityVerdict = (golds: GoldEntity[], e: GoldEntity) => {
      const pn = names(e);
      if (golds.some((x) => names(x).some((n) => pn.includes(n)))) return 'right';
      return pn.some((n) => border.has(n)) ? 'ignored' : 'wrong';
    };
    const push = (field: JudgedMention['field'], m: Provenance, right: boolean | string) => {
      const verdict = typeof right === 'string' ? right : right ? 'right' : 'wrong';
      out.push({ field, rule: m.rule, confidence: m.confidence, verdict } as JudgedMention);
    };
    for (const d of p.datasets) push('datasets', d, entityVerdict(g.datasets, d));
    const methods = [...g.proposed_methods, ...g.methods];
    for (const m of p.methods) push('methods', m, entityVerdict(methods, m));
    const tasks = g.tasks.map(norm);
    for (const t of p.tasks) {
      const n = norm(t.name);
      push(
        'tasks',
        t,
        tasks.some((x) => x && n && (x.includes(n) || n.includes(x))),
      );
    }
    const pair = (r: { dataset: string | null; value: string | number }) =>
      `${norm(r.dataset)}|${Number.parseFloat(String(r.value).replace(/[^0-9.eE+-]/g, ''))}`;
    const results = g.results.map(pair);
    for (const r of p.results) push('results', r, results.includes(pair(r)));
    const repos = g.repos.map((r) => r.toLowerCase());
    for (const r of p.repositories.filter((x) => x.host === 'github'))
      push('repositories', r, repos.includes(r.fullName.toLowerCase()));
  }
  return out;
}

export interface BandPrecision {
  band: string;
  right: number;
  wrong: number;
  precision: number;
}

/** Confidence bands, highest first: [0.9, 1], [0.8, 0.9), [0.7, 0.8), [0.6, 0.7), [0, 0.6). */
export const BANDS = [0.9, 0.8, 0.7, 0.6, 0] as const;

/** Precision of the judged mentions in each confidence band (ignored ones left out). */
export function calibration(judged: JudgedMention[]): BandPrecision[] {
  return BANDS.map((low, i) => {
    const high = i === 0 ? 1 : BANDS[i - 1];
    const inBand = judged.filter(
      (j) =>
        j.verdict !== 'ignored' && j.confidence >= low && (i === 0 || j.confidence < (high ?? 1)),
    );
    const right = inBand.filter((j) => j.verdict === 'right').length;
    const wrong = inBand.length - right;
    const band = i === 0 ? `>= ${low}` : `${low}-${high}`;
    return { band, right, wrong, precision: inBand.length ? (100 * right) / inBand.length : 100 };
  });
}
