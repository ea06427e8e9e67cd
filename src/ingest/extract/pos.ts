import nlp from 'compromise';

/**
 * Part-of-speech hints from compromise's lexicon: a plain word lookup, not its tagger, which is
 * too slow to run on every abstract.
 */
const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one
  .lexicon;
/** The same lexicon as arrays in a Map: asked for many words of every abstract, it answers
 *  without building an array per question. */
const TAGS = new Map<string, readonly string[]>(
  Object.entries(LEXICON).map(([word, tag]) => [word, Array.isArray(tag) ? tag : [tag]]),
);
const NO_TAGS: readonly string[] = [];

export function lexiconTags(word: string): readonly string[] {
  return TAGS.get(word.toLowerCase()) ?? NO_TAGS;
}

const FUNCTION_TAG =
  /^(?:Determiner|Preposition|Conjunction|Pronoun|Copula|Modal|Possessive|QuestionWord|Negative|Auxiliary)$/;
const FUNCTION_WORDS = new Set(
  [...TAGS].filter(([, tags]) => tags.some((t) => FUNCTION_TAG.test(t))).map(([word]) => word),
);

/** Determiners, prepositions, pronouns and the like: never part of a name or a task. */
export function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(word.toLowerCase());
}
