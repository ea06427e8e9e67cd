import { type Candidate, candidateKeys } from './mentions.js';
import { RULES } from './rules.js';

/**
 * Names that rules of two kinds claim in one paper go to one kind only: the kind whose strongest
 * rule for that name has the higher precedence in the rule table; the first kind on a tie.
 */
export function arbitrate<A extends Candidate, B extends Candidate>(
  first: A[],
  second: B[],
): [A[], B[]] {
  if (first.length === 0 || second.length === 0) return [first, second];
  const firstKeys = first.map(candidateKeys);
  const a = strongest(first, firstKeys);
  // most papers share no name between the kinds: then nothing is decided
  const secondKeys = second.map(candidateKeys);
  if (!secondKeys.some((keys) => keys.some((k) => a.has(k)))) return [first, second];
  const b = strongest(second, secondKeys);
  const loses = (keys: string[], mine: Strongest, theirs: Strongest, onTie: boolean) =>
    keys.some((k) => {
      const other = theirs.get(k);
      const own = mine.get(k) ?? 0;
      return other !== undefined && (other > own || (onTie && other === own));
    });
  return [
    first.filter((_, i) => !loses(firstKeys[i] ?? [], a, b, false)),
    second.filter((_, i) => !loses(secondKeys[i] ?? [], b, a, true)),
  ];
}

type Strongest = Map<string, number>;

function strongest(candidates: Candidate[], keys: string[][]): Strongest {
  const best: Strongest = new Map();
  candidates.forEach((c, i) => {
    const p = RULES[c.rule].precedence;
    for (const k of keys[i] ?? []) best.set(k, Math.max(best.get(k) ?? 0, p));
  });
  return best;
}
