/**
 * Acronym definitions, "Long Form (LF)" and "LF (Long Form)", found with the Schwartz-Hearst
 * algorithm: the short form's characters must appear in order in the long form, the first one at
 * the start of a word. Digits that spell nothing (`S2FT`, `2SSP`) may be skipped.
 */
export interface TextSpan {
  text: string;
  start: number;
  end: number;
}

export interface AcronymDefinition {
  short: TextSpan;
  long: TextSpan;
}

const PAREN = /\(([^()]{1,60})\)/g;
const SHORT = /^[\p{L}\p{N}][\p{L}\p{N}\-.+']*$/u;

export function isShortForm(s: string): boolean {
  if (!SHORT.test(s) || s.length > 12) return false;
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 1 && /\p{Lu}/u.test(s) && s.replace(/[^\p{L}\p{N}]/gu, '').length >= 2;
}

export function findAcronymDefinitions(sentence: string, offset: number): AcronymDefinition[] {
  const found: AcronymDefinition[] = [];
  for (const m of sentence.matchAll(PAREN)) {
    const inner = (m[1] ?? '').trim();
    const innerStart = m.index + 1 + (m[1] ?? '').indexOf(inner);
    const before = sentence.slice(0, m.index).replace(/\s*\[[^\]]*\]\s*$/, '');
    if (isShortForm(inner)) {
      const long = longFormBefore(inner, before);
      if (long) {
        found.push({
          short: {
            text: inner,
            start: offset + innerStart,
            end: offset + innerStart + inner.length,
          },
          long: { text: long.text, start: offset + long.start, end: offset + long.end },
        });
      }
      continue;
    }
    // "MHR (Multi-Head Routing)": the short form just before the parenthesis
    const prev = /([\p{L}\p{N}][\p{L}\p{N}\-.+']*)\s*$/u.exec(before);
    const words = inner.split(/\s+/);
    if (
      !prev?.[1] ||
      !isShortForm(prev[1]) ||
      words.length < 2 ||
      words.length > prev[1].length + 3
    )
      continue;
    if (schwartzHearst(prev[1], inner) === 0) {
      found.push({
        short: {
          text: prev[1],
          start: offset + prev.index,
          end: offset + prev.index + prev[1].length,
        },
        long: { text: inner, start: offset + innerStart, end: offset + innerStart + inner.length },
      });
    }
  }
  return found;
}

function longFormBefore(short: string, before: string): TextSpan | null {
  const trimmed = before.replace(/\s+$/, '');
  // at most min(|A| + 5, 2|A|) words, and never across a clause break
  const maxWords = Math.min(short.length + 5, short.length * 2);
  const clause = Math.max(
    trimmed.lastIndexOf(', '),
    trimmed.lastIndexOf('; '),
    trimmed.lastIndexOf(': '),
    trimmed.lastIndexOf('('),
    trimmed.lastIndexOf(' -- '),
  );
  let from = clause >= 0 ? clause + 1 : 0;
  const words = [...trimmed.slice(from).matchAll(/\S+/g)];
  if (words.length > maxWords) from += words[words.length - maxWords]?.index ?? 0;
  const window = trimmed.slice(from);
  const at = schwartzHearst(short, window);
  if (at < 0) return null;
  const text = window.slice(at);
  if (text.length <= short.length || /^(?:the|a|an|our|this|of|and|or|to|in)\s/i.test(text))
    return null;
  return { text, start: from + at, end: from + window.length };
}

/** Start index in `long` of the shortest long form for `short`, or -1. */
export function schwartzHearst(short: string, long: string): number {
  // a small digit after a letter may square it: S^2 -> SS, PT^2 -> PTT
  const squared = short.replace(/(\p{L})([23])(?!\p{N})/gu, (_, c: string, n: string) =>
    c.repeat(Number(n)),
  );
  // word initials first ("Structured Sparse Fine-Tuning" for SSFT), then any letters ("LoRA")
  for (const initials of [true, false]) {
    for (const form of squared !== short ? [squared, short] : [short]) {
      const at = matchBackwards(form, long, initials);
      if (at >= 0) return at;
    }
  }
  return -1;
}

function matchBackwards(short: string, long: string, initials: boolean): number {
  const chars = short.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const text = long.toLowerCase();
  const firstLetter = chars.search(/\p{L}/u);
  let l = text.length - 1;
  for (let s = chars.length - 1; s >= 0; s--) {
    const c = chars[s] as string;
    const atWordStart = initials || s === firstLetter;
    let k = l;
    while (
      k >= 0 &&
      (text[k] !== c || (atWordStart && k > 0 && /[\p{L}\p{N}]/u.test(text[k - 1] as string)))
    )
      k--;
    if (k < 0) {
      if (/\p{N}/u.test(c) || s < firstLetter) continue;
      return -1;
    }
    l = k - 1;
  }
  // widen to the whole word, so "Two-Stage ..." is kept when the match starts at "Stage"
  return text.lastIndexOf(' ', l + 1) + 1;
}
