import { entityKey } from '../../domain/keys.js';
import type { DatasetMention, ExtractedPaper, MethodMention } from '../../domain/model.js';
import { type DatasetCandidate, extractDatasets } from './datasets.js';
import { preparePaper } from './document.js';
import type { Candidate } from './mentions.js';
import { extractMethods, type MethodCandidate } from './methods.js';
import { arbitrate } from './precedence.js';
import { extractRepositories } from './repositories.js';
import { resolve } from './resolve.js';
import { extractResults } from './results.js';
import { confidenceOf, precedenceOf, type RuleName } from './rules.js';
import { extractTasks } from './tasks.js';

/** Bump when extraction output changes, so stored records can be re-extracted. */
export const EXTRACTOR_VERSION = '2.1.0';

/** Everything extracted from one paper's title and abstract. Pure and synchronous. */
export function extractPaper(paper: {
  id: string;
  title: string;
  abstract: string;
}): ExtractedPaper {
  const text = preparePaper(paper.title, paper.abstract);
  const [datasetCandidates, methodCandidates] = arbitrate(
    extractDatasets(text),
    extractMethods(text),
  );
  const datasets = resolve<DatasetCandidate, DatasetMention>(
    datasetCandidates,
    (a, b) => {
      const [ca, cb] = [confidenceOf(a.rule), confidenceOf(b.rule)];
      return ca > cb || (ca === cb && earlier(a, b));
    },
    (group, mention) => ({
      ...mention,
      role: group.some((c) => c.role === 'introduced') ? 'introduced' : 'used',
    }),
  );
  const methods = resolve<MethodCandidate, MethodMention>(
    methodCandidates,
    (a, b) => rank(a) > rank(b) || (rank(a) === rank(b) && earlier(a, b)),
    (group, mention) => ({
      ...mention,
      role: group.some((c) => c.role === 'proposed') ? 'proposed' : 'used',
    }),
  );
  const own = methods.find((m) => m.role === 'proposed')?.name ?? null;
  // each method's or dataset's name with the precedence of the rule that found it
  const taken = new Map<string, number>();
  for (const e of [...methods, ...datasets])
    for (const key of [e.name, ...e.aliases].map(entityKey))
      taken.set(key, Math.max(taken.get(key) ?? 0, precedenceOf(e.rule as RuleName)));
  return {
    id: paper.id,
    title: paper.title,
    methods,
    datasets,
    tasks: extractTasks(text, taken),
    repositories: extractRepositories([text.title, text.abstract]),
    results: extractResults(text, datasetCandidates, methodCandidates, own),
    extractorVersion: EXTRACTOR_VERSION,
  };
}

function earlier(a: Candidate, b: Candidate): boolean {
  const order = (c: Candidate) => (c.sentence.owner.field === 'title' ? 0 : 1e9) + c.start;
  return order(a) < order(b);
}

/** Which candidate names an entity: a proposed long form beats an acronym or a used mention. */
function rank(c: MethodCandidate): number {
  return (c.role === 'proposed' ? 2 : 0) + (c.aliases.length > 0 ? 1 : 0);
}
