import nlp from 'compromise';

/**
 * Part-of-speech hints from compromise's lexicon: a plain word lookup, not its tagger, which is
 * too slow to run on every abstract.
 */
const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one
  .lexicon;

export function lexiconTags(word: string): string[] {
  const tag = LEXICON[word.toLowerCase()];
  return Array.isArray(tag) ? tag : tag ? [tag] : [];
}

const FUNCTION_TAG =
  /^(?:Determiner|Preposition|Conjunction|Pronoun|Copula|Modal|Possessive|QuestionWord|Negative|Auxiliary)$/;

/** Determiners, prepositions, pronouns and the like: never part of a name or a task. */
export function isFunctionWord(word: string): boolean {
  return lexiconTags(word).some((t) => FUNCTION_TAG.test(t));
}
