import { foldName, keyOfFolded } from '../../domain/keys.js';

/**
 * Word tokens with offsets. A token keeps inner hyphens, dots, apostrophes and a trailing `+`, so
 * names such as `ImageNet-1k`, `PTQ1.61`, `WMT'14`, `LLaMA-2` and `P+` stay whole.
 */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Lower-cased letters and digits only: the token's part of an entity key. */
  fold: string;
  /** The token's own entity key (`entityKey(text)`), asked for once per lexicon per token. */
  key: string;
  /** Which lexicons know the word (see lexicon.ts), once asked; -1 before. */
  lexicons: number;
  /** Holds a hyphen, an apostrophe or a digit, where a lexicon name may end inside it. */
  splittable: boolean;
}

const SPLITTABLE = /[-'’\p{N}]/u;
const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*\+*/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const fold = foldName(m[0]);
    tokens.push({
      text: m[0],
      start: offset + m.index,
      end: offset + m.index + m[0].length,
      fold,
      key: keyOfFolded(fold),
      lexicons: -1,
      splittable: SPLITTABLE.test(m[0]),
    });
  }
  return tokens;
}
