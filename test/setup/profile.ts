import type { ResultSummary } from 'neo4j-driver';
import { type QueryName, queryText } from '../../src/graph/cypher.js';
import type { Graph, Params } from '../../src/graph/driver.js';

/** One operator of a profiled plan. */
export interface Step {
  operator: string;
  dbHits: number;
  rows: number;
  details: string;
}

export interface Profile {
  steps: Step[];
  /** Database hits of the whole plan. */
  dbHits: number;
  /** Index seeks (of any kind) that the plan holds. */
  seeks: Step[];
  /** Scans of a label or of all nodes that did any work: a lookup should have none. */
  scans: Step[];
}

type PlanNode = Exclude<ResultSummary['queryProfile'], false>;

const SEEK = /IndexSeek|IndexContainsScan|IndexEndsWithScan/;
const SCAN =
  /^(NodeByLabelScan|AllNodesScan|NodeIndexScan|UndirectedRelationshipTypeScan|DirectedRelationshipTypeScan|DirectedAllRelationshipsScan|UndirectedAllRelationshipsScan)$/;

/**
 * Runs a registry query under PROFILE, the way the server runs it (a read transaction), and
 * flattens its plan. A scan that the plan holds but that never runs (a branch for another
 * filter, dropped by a guard) has no rows and no hits, and is not counted as one.
 */
export async function profile(graph: Graph, name: QueryName, params: Params): Promise<Profile> {
  const plan = await graph.readTx(
    async (tx) => (await tx.run(`PROFILE ${queryText(name)}`, params)).summary.queryProfile,
  );
  if (!plan) throw new Error(`no profile for ${name}`);
  const steps: Step[] = [];
  const walk = (node: PlanNode) => {
    steps.push({
      operator: node.operatorType.replace(/@.*$/, ''),
      dbHits: node.dbHits ?? 0,
      rows: node.rows ?? 0,
      details: String(node.arguments?.Details ?? ''),
    });
    for (const child of node.children) walk(child);
  };
  walk(plan);
  return {
    steps,
    dbHits: steps.reduce((sum, step) => sum + step.dbHits, 0),
    seeks: steps.filter((step) => SEEK.test(step.operator)),
    scans: steps.filter((step) => SCAN.test(step.operator) && (step.rows > 0 || step.dbHits > 0)),
  };
}
