/** Cheap regex sentence splitting with offsets; abstracts are short and well punctuated. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

const BOUNDARY = /[.!?](?=\s+["'([]?[A-Z0-9])/g;
const ABBREVIATION =
  /(?:\b(?:e\.g|i\.e|et al|etc|vs|cf|Fig|Figs|Eq|Eqs|Sec|approx|resp|w\.r\.t|No|Dr|Mr|Ms)|\b[A-Z])$/;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const end = m.index + 1;
    if (ABBREVIATION.test(text.slice(Math.max(start, m.index - 8), m.index))) continue;
    push(sentences, text, start, end);
    start = end;
  }
  push(sentences, text, start, text.length);
  return sentences;
}

function push(out: Sentence[], text: string, from: number, to: number): void {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  if (end > start) out.push({ text: text.slice(start, end), start, end });
}
