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
  const text = sentence.owner.text.slice(start, end);
  return { name: text, aliases, sentence, start, end, rule };
}
