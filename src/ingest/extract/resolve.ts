import type { EntityMention } from '../../domain/model.js';
import { provenance, rawForm } from './document.js';
import { type Candidate, candidateKeys } from './mentions.js';

/**
 * Entity resolution within one paper: candidates whose names or aliases share an entity key (an
 * acronym and its long form are aliases of each other) become one mention. The mention keeps the
 * best candidate's name and provenance; every other surface form, including raw LaTeX, is an alias.
 */
export function resolve<C extends Candidate, M extends EntityMention>(
  candidates: C[],
  better: (a: C, b: C) => boolean,
  finish: (group: C[], mention: EntityMention) => M,
): M[] {
  const parent = candidates.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  const byKey = new Map<string, number>();
  candidates.forEach((c, i) => {
    for (const key of candidateKeys(c)) {
      const j = byKey.get(key);
      if (j === undefined) byKey.set(key, i);
      else parent[find(i)] = find(j);
    }
  });
  const groups = new Map<number, C[]>();
  candidates.forEach((c, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(c);
    else groups.set(root, [c]);
  });
  const mentions: M[] = [];
  for (const group of groups.values()) {
    const best = group.reduce((a, b) => (better(b, a) ? b : a));
    const names = new Set<string>();
    for (const c of group) {
      names.add(c.name);
      for (const a of c.aliases) names.add(a);
      const raw = rawForm(c.sentence.owner, c.start, c.end);
      if (raw !== c.name) names.add(raw);
    }
    names.delete(best.name);
    const aliases = [...names];
    mentions.push(
      finish(group, {
        name: best.name,
        aliases,
        ...provenance(best.sentence, best.start, best.end, best.rule),
      }),
    );
  }
  return mentions;
}
