import { entityKey } from '../../domain/keys.js';
import type { SentenceText } from './document.js';
import type { RuleName } from './rules.js';

/** A mention found by one rule, before entity resolution. Offsets are into the clean text. */
export interface Candidate {
  name: string;
  aliases: string[];
  sentence: SentenceText;
  start: number;
  end: number;
  rule: RuleName;
}

export function candidate(
  sentence: SentenceText,
  start: number,
  end: number,
  rule: RuleName,
  aliases: string[] = [],
): Candidate {
  // "GPT-4V's results": the possessive is not part of the name
  const stop = /\p{L}['’]s$/u.test(sentence.owner.text.slice(start, end)) ? end - 2 : end;
  const text = sentence.owner.text.slice(start, stop);
  return { name: text, aliases, sentence, start, end: stop, rule };
}

const KEYS = new WeakMap<Candidate, string[]>();

/** The entity keys of a candidate's name and aliases, computed once for precedence and resolution. */
export function candidateKeys(c: Candidate): string[] {
  let keys = KEYS.get(c);
  if (!keys) {
    keys = [c.name, ...c.aliases].map(entityKey).filter(Boolean);
    KEYS.set(c, keys);
  }
  return keys;
}
