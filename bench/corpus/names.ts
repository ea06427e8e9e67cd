/**
 * Invented names: the proposed methods, new benchmarks and authors of generated papers. A real
 * corpus keeps meeting entities it has never seen, so these give the synthetic one a long tail.
 */
import type { Random } from './random.js';
import {
  BENCHMARK_SUFFIXES,
  CODE_ORGS,
  FAMILY_NAMES,
  GIVEN_NAMES,
  NAME_CORES,
  NAME_MODIFIERS,
  SYLLABLES,
} from './vocabulary.js';

export interface ProposedName {
  /** How the paper refers to it after introducing it: `HiSA`, `S^{2}FT`, `VexaFormer`. */
  name: string;
  /** The spelled-out name an acronym stands for, if any. */
  longForm?: string;
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** A pronounceable stem of two or three syllables: `Vexa`, `Korinu`. */
function stem(rng: Random): string {
  const syllables = rng.int(2, 3);
  let text = '';
  for (let i = 0; i < syllables; i++) text += rng.pick(SYLLABLES);
  return capitalise(text);
}

/** Runs of one initial as LaTeX powers, the way arXiv abstracts leave them: SSFT → S^{2}FT. */
function powers(acronym: string): string {
  return acronym.replace(/(\p{Lu})\1+/gu, (run, letter: string) => `${letter}^{${run.length}}`);
}

/** `Hierarchical Sparse Attention` → `HSA`, or `HiSA` the way many papers shorten the first word. */
function acronymOf(longForm: string, rng: Random): string {
  const parts = longForm.split(/[\s-]+/);
  const initials = parts.map((part) => part.charAt(0).toUpperCase());
  if (rng.chance(0.3)) initials[0] = parts[0]?.slice(0, 2) ?? '';
  const acronym = initials.join('');
  return rng.chance(0.5) ? powers(acronym) : acronym;
}

/** A technical phrase in title case: `Hierarchical Sparse Attention`. */
export function inventPhrase(rng: Random): string {
  return [...rng.sample(NAME_MODIFIERS, rng.int(1, 2)), rng.pick(NAME_CORES)].join(' ');
}

export function inventMethod(rng: Random, suffixes: readonly string[]): ProposedName {
  const style = rng.next();
  if (style < 0.45) {
    const longForm = inventPhrase(rng);
    return { name: acronymOf(longForm, rng), longForm };
  }
  if (style < 0.85) return { name: stem(rng) + rng.pick(suffixes) };
  // All-caps names, sometimes versioned as their second release.
  return { name: stem(rng).toUpperCase() + (rng.chance(0.2) ? '-2' : '') };
}

export function inventBenchmark(rng: Random): string {
  return stem(rng) + rng.pick(BENCHMARK_SUFFIXES);
}

/** Most papers have three to six authors; a few are single-author or large collaborations. */
const AUTHOR_COUNTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14];
const AUTHOR_COUNT_WEIGHTS = [4, 8, 14, 16, 14, 11, 8, 5, 3, 2, 2, 1, 1, 1];

export function inventAuthors(rng: Random): string[] {
  const count = rng.weighted(AUTHOR_COUNTS, AUTHOR_COUNT_WEIGHTS);
  const authors = new Set<string>();
  for (let i = 0; i < count; i++) {
    const initial = rng.chance(0.1) ? ` ${rng.pick(GIVEN_NAMES).charAt(0)}.` : '';
    authors.add(`${rng.pick(GIVEN_NAMES)}${initial} ${rng.pick(FAMILY_NAMES)}`);
  }
  return [...authors];
}

/** The ASCII letters and digits of a name, as used in handles and repository names. */
function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[^A-Za-z0-9-]/g, '')
    .replace(/^-+|-+$/g, '');
}

/** `owner/name` of the repository that holds a paper's code: an organisation or the author's own. */
export function inventRepository(rng: Random, method: string, firstAuthor: string): string {
  const [given = '', ...family] = firstAuthor.split(' ');
  const handle = rng.chance(0.5) ? given + family.join('') : given.charAt(0) + family.join('');
  const owner = rng.chance(0.35)
    ? rng.pick(CODE_ORGS)
    : slug(handle).toLowerCase() + (rng.chance(0.3) ? String(rng.int(1, 99)) : '');
  const name = slug(method);
  const repository = rng.pick([name, name.toLowerCase(), `${name}-pytorch`, `${name}-official`]);
  return `${owner}/${repository}`;
}
