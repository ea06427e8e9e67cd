import type { DatasetRole } from '../../graph/model.js';
import { DATASET_WORD, LIST_STOP, OWN_VOICE } from './cues.js';
import type { PaperText, SentenceText } from './document.js';
import { DATASETS, METHODS } from './lexicon.js';
import { type Candidate, candidate } from './mentions.js';
import { type NameSpan, nameAt } from './names.js';
import { isGeneric, isNameShaped } from './shapes.js';
import type { Token } from './tokens.js';

export interface DatasetCandidate extends Candidate {
  role: DatasetRole;
}

const INTRODUCE =
  /\b(?:introduce|release|construct|collect|curate|present|build|create|propose)[sd]?\b/i;
const NEW = /\b(?:new|novel|our|first)\b/i;

/**
 * Datasets and benchmarks: names from the lexicon, names next to a dataset word ("the Maestro
 * dataset", "benchmark GLUE", "CoVoST-2 and MuST-C datasets"), and the other names of a list
 * that holds a dataset ("8gaussians-to-moons, CIFAR-10, and ImageNet-32x32").
 */
export function extractDatasets(paper: PaperText): DatasetCandidate[] {
  const found: DatasetCandidate[] = [];
  for (const sentence of paper.sentences) {
    const spans = new Map<number, { span: NameSpan; rule: string; confidence: number }>();
    const { tokens } = sentence;
    for (let i = 0; i < tokens.length; i++) {
      const lex = DATASETS.matchAt(tokens, i);
      if (lex && !METHODS.matchAt(tokens, i)) {
        const s = nameAt(sentence, i, false);
        const span = s && s.to > lex.to ? { ...s, to: lex.to, end: lex.end, text: lex.text } : s;
        spans.set(i, {
          span: span ?? nameFromLex(sentence, lex),
          rule: 'dataset-lexicon',
          confidence: 0.9,
        });
        i = lex.to - 1;
      }
    }
    markContextNames(sentence, spans);
    markListMembers(sentence, spans);
    const own =
      OWN_VOICE.test(sentence.text) && INTRODUCE.test(sentence.text) && NEW.test(sentence.text);
    for (const { span, rule, confidence } of spans.values()) {
      if (isGeneric(span.text)) continue;
      const c = candidate(sentence, span.start, span.end, rule, confidence);
      found.push({ ...c, role: own && isNewDataset(sentence, span) ? 'introduced' : 'used' });
    }
  }
  return found;
}

function nameFromLex(
  sentence: SentenceText,
  lex: { from: number; to: number; start: number; end: number; text: string },
): NameSpan {
  return {
    from: lex.from,
    to: lex.to,
    start: lex.start,
    end: lex.end,
    text: sentence.owner.text.slice(lex.start, lex.end),
  };
}

/** "X dataset", "X and Y benchmarks", "the MS COCO object detection dataset", "benchmark X". */
function markContextNames(
  sentence: SentenceText,
  spans: Map<number, { span: NameSpan; rule: string; confidence: number }>,
): void {
  const { tokens } = sentence;
  for (let w = 0; w < tokens.length; w++) {
    const word = tokens[w] as Token;
    if (!DATASET_WORD.test(word.text)) continue;
    // names before the dataset word, possibly with a few lower-case words between
    let j = w - 1;
    let lower = 0;
    while (
      j >= 0 &&
      lower < 3 &&
      /^[a-z][\w-]*$/.test((tokens[j] as Token).text) &&
      !LIST_STOP.has((tokens[j] as Token).text) &&
      (tokens[j] as Token).text !== 'and'
    ) {
      j--;
      lower++;
    }
    for (const s of namesEndingAt(sentence, j)) {
      if (!spans.has(s.from)) spans.set(s.from, { span: s, rule: 'dataset-word', confidence: 0.8 });
    }
    // "benchmark GLUE", "benchmarks including X"
    const lead = /^(?:including|like|as)$/.test(tokens[w + 1]?.text ?? '')
      ? 2
      : tokens[w + 1]?.text === 'such'
        ? 3
        : 1;
    const next = w + lead < tokens.length ? nameAt(sentence, w + lead, false) : null;
    const gap = next ? sentence.owner.text.slice(word.end, next.start) : '';
    const shaped = isNameShaped(tokens[w + lead]?.text ?? '');
    if (next && !spans.has(next.from) && shaped && !/[,;.]/.test(gap))
      spans.set(next.from, { span: next, rule: 'dataset-word', confidence: 0.7 });
  }
  // names that are themselves benchmarks: "LongBench", "T0-benchmark"
  tokens.forEach((t, i) => {
    if (/(?:bench|benchmark)$/i.test(t.text) && isNameShaped(t.text) && !spans.has(i)) {
      const s = nameAt(sentence, i, false);
      if (s) spans.set(i, { span: s, rule: 'dataset-shape', confidence: 0.7 });
    }
  });
}

/** The names of a list whose last name ends at token `j`: "CoVoST-2 and MuST-C", "Public Figures and OSR". */
function namesEndingAt(sentence: SentenceText, j: number): NameSpan[] {
  const names: NameSpan[] = [];
  let end = j;
  while (end >= 0) {
    const s = nameEnding(sentence, end);
    if (!s) break;
    names.push(s);
    let k = s.from - 1;
    const sep = sentence.tokens[k];
    if (sep && (sep.text === 'and' || sep.text === 'or')) k--;
    else if (!sep || !/,\s*$/.test(sentence.owner.text.slice(sep.end, s.start))) break;
    end = k;
  }
  return names;
}

function nameEnding(sentence: SentenceText, j: number): NameSpan | null {
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

/** A list with one dataset in it is a list of datasets. */
function markListMembers(
  sentence: SentenceText,
  spans: Map<number, { span: NameSpan; rule: string; confidence: number }>,
): void {
  const known = [...spans.values()].map((v) => v.span);
  for (const s of known) {
    for (const dir of [-1, 1] as const) {
      let cur = s;
      for (;;) {
        const next = dir > 0 ? listNext(sentence, cur) : listPrev(sentence, cur);
        if (!next || spans.has(next.from)) break;
        if (!isNameShaped(next.text.split(' ')[0] ?? '') && next.to - next.from < 2) break;
        spans.set(next.from, { span: next, rule: 'dataset-list', confidence: 0.6 });
        cur = next;
      }
    }
  }
}

function listNext(sentence: SentenceText, s: NameSpan): NameSpan | null {
  const { tokens, owner } = sentence;
  // a list ends with the name after its "and"
  const before = tokens[s.from - 1]?.text;
  if (before === 'and' || before === 'or') return null;
  let k = s.to;
  const gap = tokens[k] ? owner.text.slice(s.end, (tokens[k] as Token).start) : '';
  if (tokens[k]?.text === 'and' || tokens[k]?.text === 'or') k++;
  else if (!/^,\s*$/.test(gap)) return null;
  if (tokens[k]?.text === 'and') k++;
  return k < tokens.length ? nameAt(sentence, k, true) : null;
}

function listPrev(sentence: SentenceText, s: NameSpan): NameSpan | null {
  const { tokens, owner } = sentence;
  let k = s.from - 1;
  if (tokens[k]?.text === 'and' || tokens[k]?.text === 'or') k--;
  else if (k < 0 || !/^,\s*$/.test(owner.text.slice((tokens[k] as Token).end, s.start)))
    return null;
  return k >= 0 ? nameEnding(sentence, k) : null;
}

function isNewDataset(sentence: SentenceText, span: NameSpan): boolean {
  const after = sentence.owner.text.slice(span.end, span.end + 40);
  const before = sentence.owner.text.slice(Math.max(sentence.start, span.start - 60), span.start);
  return (
    /\b(?:new|novel|our)\b[^.]*$/i.test(before) || /^[\s,]*(?:a|an)\s+(?:new|novel)/i.test(after)
  );
}
