/**
 * Lookups before and after issue 13, side by side in one run: each generated corpus size is
 * loaded (`papergraph import`) into an empty local Neo4j, then the statements of before (kept
 * below, run on the same graph) and the registry's statements of now answer the same questions.
 * Prints each one's db hits (from PROFILE) and the median time of repeated runs, and checks that
 * both give the same answer.
 * `npm run bench:lookups [-- --counts 5000,20000] [-- --runs N]`
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { repositoryKeysOf } from '../src/domain/entity-kinds.js';
import { entityKey } from '../src/domain/keys.js';
import { expandKinds, queryText } from '../src/graph/cypher.js';
import type { Graph, Params } from '../src/graph/driver.js';
import { toPlain } from '../src/graph/values.js';
import { loadOffline } from '../src/ingest/offline-load.js';
import { cachedCorpus } from './corpus/cached.js';

const { values } = parseArgs({
  options: {
    counts: { type: 'string', default: '5000,20000' },
    runs: { type: 'string', default: '30' },
  },
});
const counts = values.counts.split(',').map(Number);
const runs = Number(values.runs);
if (counts.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(runs) || runs < 1) {
  throw new Error('--counts takes whole numbers separated by commas, --runs a whole number');
}

/** The statements as they were before issue 13: every lookup by name or filter scanned. */
const BEFORE = {
  entityByName: expandKinds(`CALL () {
  // each named kind, joined by UNION
  MATCH (e:{{label}}) WHERE $label = '{{label}}' AND (e.key = $key OR $key IN e.keys) RETURN e
  // end each
}
RETURN e.key AS key
ORDER BY e.key = $key DESC, COUNT { (e)<--() } DESC
LIMIT 1`),
  repositoryByName: `MATCH (r:Repository)
WHERE toLower(r.fullName) = toLower($fullName)
RETURN r.key AS key
ORDER BY r.host = 'github' DESC
LIMIT 1`,
  papersWhere: `MATCH (p:Paper)
WHERE ($dataset IS NULL OR EXISTS { (p)-[:HAS_DATASET]->(:Dataset {key: $dataset}) })
  AND ($task IS NULL OR EXISTS { (p)-[:HAS_TASK]->(:Task {key: $task}) })
WITH p, coalesce(toString(p.published), '0000-00-00') + '|' + p.id AS sortKey
RETURN p.id AS paperId, sortKey
ORDER BY sortKey DESC
LIMIT $limit`,
  papersWhereCount: `MATCH (p:Paper)
WHERE ($dataset IS NULL OR EXISTS { (p)-[:HAS_DATASET]->(:Dataset {key: $dataset}) })
  AND ($task IS NULL OR EXISTS { (p)-[:HAS_TASK]->(:Task {key: $task}) })
RETURN count(p) AS count`,
};

interface Measure {
  dbHits: number;
  ms: number;
  answer: unknown;
}

/** Statements that answer one question together (a page and its count were two before). */
type Statements = Array<{ text: string; params: Params }>;

async function measure(graph: Graph, statements: Statements): Promise<Measure> {
  let dbHits = 0;
  const answer: unknown[] = [];
  for (const { text, params } of statements) {
    const summary = await graph.readTx(async (tx) => {
      const result = await tx.run(`PROFILE ${text}`, params);
      answer.push(result.records.map((record) => toPlain(record.toObject())));
      return result.summary;
    });
    const plan = summary.queryProfile;
    if (!plan) throw new Error('no profile');
    dbHits += totalHits(plan);
  }
  const times: number[] = [];
  for (let run = 0; run < runs + 3; run++) {
    const started = performance.now();
    for (const { text, params } of statements) await graph.readTx((tx) => tx.run(text, params));
    if (run >= 3) times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { dbHits, ms: times[Math.floor(times.length / 2)] ?? 0, answer };
}

type Plan = { dbHits: number | null; children: Plan[] };
const totalHits = (plan: Plan): number =>
  (plan.dbHits ?? 0) + plan.children.reduce((sum, child) => sum + totalHits(child), 0);

/** A question's subject, read from the graph: the busiest task, a dataset it is used with... */
async function subjects(graph: Graph) {
  const [row] = await graph.readTx(async (tx) =>
    (
      await tx.run(`MATCH (t:Task)
        WITH t ORDER BY COUNT { (t)<-[:HAS_TASK]-() } DESC, t.key LIMIT 1
        MATCH (t)<-[:HAS_TASK]-(:Paper)-[:HAS_DATASET]->(d:Dataset)
        WITH t, d ORDER BY COUNT { (d)<-[:HAS_DATASET]-() } DESC, d.key LIMIT 1
        MATCH (r:Repository {host: 'github'})
        WITH t, d, r ORDER BY r.key LIMIT 1
        MATCH (alias:Alias)-[:ALIAS_OF]->(m:Method)
        WHERE COUNT { (alias)-->() } = 1
        WITH t, d, r, alias, m ORDER BY size(alias.key) DESC, alias.key LIMIT 1
        RETURN t.name AS task, d.name AS dataset, r.fullName AS repository,
               alias.key AS alias, m.key AS aliasOf`)
    ).records.map((record) => record.toObject()),
  );
  if (!row) throw new Error('the graph has no task with a dataset, repository and alias');
  return row as {
    task: string;
    dataset: string;
    repository: string;
    alias: string;
    aliasOf: string;
  };
}

const page = { after: null, before: null, backward: false, limit: neo4j.int(21) };

async function questions(graph: Graph) {
  const s = await subjects(graph);
  const task = entityKey(s.task);
  const dataset = entityKey(s.dataset);
  const now = (name: Parameters<typeof queryText>[0], params: Params): Statements => [
    { text: queryText(name), params },
  ];
  const where = (entities: Record<string, string>) =>
    now('papers-where', { entities, ids: null, publishedAfter: null, ...page });
  const before = (filters: { task: string | null; dataset: string | null }): Statements => [
    { text: BEFORE.papersWhere, params: { ...filters, limit: neo4j.int(21) } },
    { text: BEFORE.papersWhereCount, params: filters },
  ];
  const byName = { label: 'Dataset', key: dataset };
  return [
    {
      question: `dataset by name (${s.dataset})`,
      before: [{ text: BEFORE.entityByName, params: byName }],
      now: now('entity-by-name', byName),
    },
    {
      // The graph keeps no `keys` list now, so the statement of before finds nothing; it reads
      // as much as it did.
      question: `method by alias (${s.alias})`,
      before: [{ text: BEFORE.entityByName, params: { label: 'Method', key: s.alias } }],
      now: now('entity-by-name', { label: 'Method', key: s.alias }),
      expected: s.aliasOf,
    },
    {
      question: `repository by name (${s.repository})`,
      before: [{ text: BEFORE.repositoryByName, params: { fullName: s.repository } }],
      now: now('repository-by-name', { keys: repositoryKeysOf(s.repository) }),
    },
    {
      question: `papers(where: {task}) + totalCount (${s.task})`,
      before: before({ task, dataset: null }),
      now: where({ Task: task }),
    },
    {
      question: 'papers(where: {task, dataset}) + totalCount',
      before: before({ task, dataset }),
      now: where({ Task: task, Dataset: dataset }),
    },
  ];
}

/** The answers as one comparable value: keys, or the page's paper ids and the count. */
function normalise(answer: unknown): string {
  const [first, second] = answer as Array<Array<Record<string, unknown>>>;
  if (second) return JSON.stringify([first?.map((row) => row.paperId), second[0]?.count]);
  const row = first?.[0];
  if (row && 'page' in row) {
    return JSON.stringify([
      (row.page as Array<{ paperId: string }>).map((p) => p.paperId),
      row.totalCount,
    ]);
  }
  return JSON.stringify(row?.key ?? null);
}

const lines: string[] = [];
for (const count of counts) {
  const corpus = await cachedCorpus(count);
  const dataDir = mkdtempSync(join(tmpdir(), 'papergraph-bench-lookups-'));
  console.error(`loading ${count} papers into a local Neo4j in ${dataDir} ...`);
  const { server, graph } = await loadOffline([corpus], {
    server: { dataDir, port: 0, password: 'papergraph-bench', heapMb: 512, pageCacheMb: 256 },
    database: 'neo4j',
    txTimeoutMs: 600_000,
  });
  try {
    for (const q of await questions(graph)) {
      const before = await measure(graph, q.before);
      const now = await measure(graph, q.now);
      const same =
        'expected' in q
          ? normalise(now.answer) === JSON.stringify(q.expected)
          : normalise(now.answer) === normalise(before.answer);
      lines.push(
        `| ${count.toLocaleString('en')} | ${q.question} | ${before.dbHits.toLocaleString('en')} | ` +
          `${now.dbHits.toLocaleString('en')} | ${before.ms.toFixed(1)} | ${now.ms.toFixed(1)} | ` +
          `${same ? 'yes' : 'NO'} |`,
      );
      console.error(lines.at(-1));
    }
  } finally {
    await graph.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
console.log(
  '| papers | lookup | db hits before | db hits now | ms before | ms now | same answer |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const line of lines) console.log(line);
