import type { SentenceText } from './document.js';
import { DATASETS, METHODS } from './lexicon.js';
import { isFunctionWord } from './pos.js';
import { isCapitalised, isNameShaped, NAME_JOINERS } from './shapes.js';
import type { Token } from './tokens.js';

/** Token range [from, to) of a name in a sentence. */
export interface NameSpan {
  from: number;
  to: number;
  start: number;
  end: number;
  text: string;
}

const MAX_NAME_TOKENS = 7;
/** "LLaVA v1.5", "SQuAD v2": a version belongs to the name before it. */
export const VERSION = /^v\d+(?:\.\d+)*$/;

/**
 * The name starting at token `i`, if one does: a lexicon entry, a name-shaped token, or a run of
 * capitalised words (`Segment Anything Model`, `Compose and Conquer`), possibly ending in a
 * name-shaped token (`Medical SAM Adapter`).
 */
export function nameAt(
  sentence: SentenceText,
  i: number,
  allowPlainCapital = true,
): NameSpan | null {
  const { tokens } = sentence;
  const first = tokens[i];
  if (!first || isFunctionWord(first.text)) return null;
  const lex = METHODS.matchAt(tokens, i) ?? DATASETS.matchAt(tokens, i);
  let to = i;
  if (isNameShaped(first.text) || (allowPlainCapital && isCapitalised(first.text))) to = i + 1;
  if (lex && lex.to > to) to = lex.to;
  if (to === i) return null;
  // grow through adjacent capitalised words and joiners followed by one
  while (to < tokens.length && to - i < MAX_NAME_TOKENS) {
    const t = tokens[to] as Token;
    if (t.start - (tokens[to - 1] as Token).end > 1) break;
    if (isCapitalised(t.text) || isNameShaped(t.text) || VERSION.test(t.text)) {
      to++;
      continue;
    }
    // "Compose and Conquer", "Mixture of Experts"; never "DeepFashion and Market-1501"
    const after = tokens[to + 1];
    const plain = (x: Token) => /^\p{Lu}\p{Ll}+$/u.test(x.text);
    if (NAME_JOINERS.has(t.text) && after && plain(after) && tokens.slice(i, to).every(plain)) {
      to += 2;
      continue;
    }
    break;
  }
  return span(sentence, i, to);
}

/** The name whose last token is `j`: several words, a name-shaped word or a lexicon dataset. */
export function nameEnding(sentence: SentenceText, j: number): NameSpan | null {
  for (let from = Math.max(0, j - 4); from <= j; from++) {
    const s = nameAt(sentence, from, true);
    if (
      s &&
      s.to === j + 1 &&
      (s.to - s.from > 1 || isNameShaped(s.text) || DATASETS.has(s.text))
    ) {
      // a sentence-initial capital is not a name on its own
      if (from === 0 && s.to - s.from === 1 && !isNameShaped(s.text)) return null;
      return s;
    }
  }
  return null;
}

export function span(sentence: SentenceText, from: number, to: number): NameSpan {
  const a = sentence.tokens[from] as Token;
  const b = sentence.tokens[to - 1] as Token;
  return { from, to, start: a.start, end: b.end, text: sentence.owner.text.slice(a.start, b.end) };
}

/** Token index of the first token at or after clean offset `at`. */
export function tokenIndexAt(sentence: SentenceText, at: number): number {
  const i = sentence.tokens.findIndex((t) => t.end > at);
  return i < 0 ? sentence.tokens.length : i;
}
