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
  const a = strongest(first);
  // most papers share no name between the kinds: then nothing is decided
  const contested = second.filter((c) => candidateKeys(c).some((k) => a.has(k)));
  if (contested.length === 0) return [first, second];
  const b = strongest(contested);
  const loses = (c: Candidate, mine: Strongest, theirs: Strongest, onTie: boolean) =>
    candidateKeys(c).some((k) => {
      const other = theirs.get(k);
      const own = mine.get(k) ?? 0;
      return other !== undefined && (other > own || (onTie && other === own));
    });
  return [first.filter((c) => !loses(c, a, b, false)), second.filter((c) => !loses(c, b, a, true))];
}

type Strongest = Map<string, number>;

function strongest(candidates: Candidate[]): Strongest {
  const best: Strongest = new Map();
  for (const c of candidates) {
    const p = RULES[c.rule].precedence;
    for (const k of candidateKeys(c)) best.set(k, Math.max(best.get(k) ?? 0, p));
  }
  return best;
}
