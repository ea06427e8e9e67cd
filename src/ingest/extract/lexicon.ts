import { readFileSync } from 'node:fs';
import { entityKey, foldName, keyOfFolded } from '../../graph/keys.js';
import { type Token, tokenize } from './tokens.js';

/**
 * Lexicons shipped in data/lexicons (see its README), matched against tokens by entity key:
 * n-grams of token folds are looked up in a Map, only from tokens that can start an entry.
 */
export interface LexiconEntry {
  name: string;
  /** A family also matches variants: `ImageNet-R`, `GPT-4`, `iNaturalist2018`, `BraTS 2024`. */
  family: boolean;
  /** ALLCAPS entries match ALLCAPS text only; short or mixed-case ones need a capital. */
  caseMode: 'upper' | 'capital' | 'any';
}

export interface LexiconMatch {
  entry: LexiconEntry;
  /** Token index range [from, to). */
  from: number;
  to: number;
  /** Surface form, including a variant suffix for families. */
  text: string;
  start: number;
  end: number;
}

/** Words after `X-` that make `X-based` a use of X rather than a variant such as `BERT-large`. */
const ATTRIBUTIVE =
  /^-(?:based|like|style|free|specific|level|aware|guided|driven|conditioned|type|only|family|sized|scale|wise|related|generated|augmented|initialized|pretrained|trained|tuned)$/;
/** Size and flavour suffixes of model families: `BERT-large`, `LLaVA-Next`. */
const SIZE = /^-(?:base|large|small|tiny|mini|medium|huge|giant|instruct|chat|next|turbo)$/i;
const SPLITTABLE = /[-'’\p{N}]/u;
/** A version, year, size or split written as its own token after a family name. */
const VERSION = /^(?:v?\d+(?:\.\d+)*[a-zA-Z]{0,2}|[IVX]{1,4}|XL|XXL)$/;

export class Lexicon {
  private readonly entries = new Map<string, LexiconEntry>();
  private readonly starts = new Set<string>();
  private maxTokens = 1;
  /** Per token text: the entry it starts with and the rest, memoised since tokens repeat. */
  private readonly prefixes = new Map<string, Prefix | null>();

  constructor(names: string[], families: string[] = []) {
    for (const name of names) this.add(name, false);
    for (const name of families) this.add(name, true);
  }

  private add(name: string, family: boolean): void {
    const key = entityKey(name);
    const existing = this.entries.get(key);
    const letters = name.replace(/[^\p{L}]/gu, '');
    const camel = name.split(/[\s-]+/).some((w) => /\p{Lu}/u.test(w.slice(1)));
    const caseMode =
      letters.length >= 2 && letters === letters.toUpperCase()
        ? 'upper'
        : letters.length < 5 || camel
          ? 'capital'
          : 'any';
    this.entries.set(key, { name, family: family || (existing?.family ?? false), caseMode });
    const toks = tokenize(name);
    if (toks[0]) this.starts.add(toks[0].fold);
    this.maxTokens = Math.max(this.maxTokens, toks.length);
  }

  has(name: string): boolean {
    return this.entries.has(entityKey(name));
  }

  /** Longest entry starting at token `i`, if any. */
  matchAt(tokens: Token[], i: number): LexiconMatch | null {
    const first = tokens[i];
    if (!first) return null;
    // n-gram keys, longest first; only a known first word opens a multi-word phrase
    const span = this.starts.has(first.fold) ? this.maxTokens : 1;
    const keys: string[] = [];
    let folded = '';
    for (let n = 0; n < span && i + n < tokens.length; n++) {
      const t = tokens[i + n] as Token;
      // a phrase never spans a gap wider than a space or hyphen
      if (n > 0 && t.start - (tokens[i + n - 1] as Token).end > 1) break;
      folded += t.fold;
      keys.push(keyOfFolded(folded));
    }
    for (let n = keys.length; n > 0; n--) {
      const entry = this.entries.get(keys[n - 1] as string);
      if (entry && caseFits(entry, tokens, i, i + n)) return this.extend(entry, tokens, i, i + n);
    }
    return this.matchPrefix(tokens, i);
  }

  /** `ImageNet-32x32`, `iNaturalist2018`, `transformer-based`: an entry as a token's prefix. */
  private matchPrefix(tokens: Token[], i: number): LexiconMatch | null {
    const t = tokens[i] as Token;
    // Every split point is a hyphen, an apostrophe or a digit: plain words have none.
    if (!SPLITTABLE.test(t.text)) return null;
    let cut = this.prefixes.get(t.text);
    if (cut === undefined) {
      cut = splitPrefix(t.text, this.entries);
      if (this.prefixes.size > 100_000) this.prefixes.clear();
      this.prefixes.set(t.text, cut);
    }
    if (!cut) return null;
    const { entry, prefix, suffix } = cut;
    if (ATTRIBUTIVE.test(suffix.toLowerCase()) || (/^-[a-z]{3,}/.test(suffix) && !entry.family))
      return {
        entry,
        from: i,
        to: i + 1,
        text: prefix,
        start: t.start,
        end: t.start + prefix.length,
      };
    if (!entry.family || (/^-[a-z]{4,}$/.test(suffix) && !SIZE.test(suffix))) return null;
    return this.extend(entry, tokens, i, i + 1);
  }

  private extend(entry: LexiconEntry, tokens: Token[], from: number, to: number): LexiconMatch {
    let end = to;
    const next = tokens[end];
    if (
      entry.family &&
      next &&
      VERSION.test(next.text) &&
      next.start - (tokens[end - 1] as Token).end === 1
    )
      end++;
    const start = (tokens[from] as Token).start;
    const stop = (tokens[end - 1] as Token).end;
    const text = tokens
      .slice(from, end)
      .map((t, k) => (k === 0 ? t.text : ` ${t.text}`))
      .join('');
    return { entry, from, to: end, text, start, end: stop };
  }
}

interface Prefix {
  entry: LexiconEntry;
  prefix: string;
  suffix: string;
}

function splitPrefix(text: string, entries: Map<string, LexiconEntry>): Prefix | null {
  const cut = /^(.+?)(-.+|['’]\d.*|(?<=\p{L})\d.*|(?<=\p{N})-?\p{L}.*)$/u.exec(text);
  if (!cut?.[1] || !cut[2]) return null;
  const entry = entries.get(entityKey(cut[1]));
  if (!entry || !fitsCase(entry, cut[1])) return null;
  return { entry, prefix: cut[1], suffix: cut[2] };
}

function caseFits(entry: LexiconEntry, tokens: Token[], from: number, to: number): boolean {
  return fitsCase(
    entry,
    tokens
      .slice(from, to)
      .map((t) => t.text)
      .join(' '),
  );
}

function fitsCase(entry: LexiconEntry, surface: string): boolean {
  const letters = surface.replace(/[^\p{L}]/gu, '');
  if (entry.caseMode === 'upper') return letters === letters.toUpperCase();
  if (entry.caseMode === 'capital') {
    const want = entry.name.replace(/[^\p{L}]/gu, '');
    if (want === want.toLowerCase()) return true;
    return letters[0] === want[0] && letters !== letters.toLowerCase();
  }
  return true;
}

interface LexiconFile {
  names?: string[];
  families?: string[];
  terms?: string[];
  heads?: string[];
  tasks?: string[];
  weak_heads?: string[];
  metrics?: string[];
}

function load(file: string): LexiconFile {
  const url = new URL(`../../../data/lexicons/${file}`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as LexiconFile;
}

const methodsFile = load('methods.json');
const datasetsFile = load('datasets.json');
const tasksFile = load('tasks.json');

export const METHODS = new Lexicon(methodsFile.names ?? [], methodsFile.families ?? []);
export const DATASETS = new Lexicon(datasetsFile.names ?? [], datasetsFile.families ?? []);
export const TASKS = new Lexicon(tasksFile.tasks ?? []);
export const METRICS = new Lexicon(load('metrics.json').metrics ?? []);
/** Generic concepts (LLM, GPU, SOTA, optimal transport): never entities. */
export const GENERIC = new Set((load('generic.json').terms ?? []).map(entityKey));
export const TASK_HEADS = new Set((tasksFile.heads ?? []).map(foldName));
/** Heads that name a task only after a modifier of the field: "reinforcement learning". */
export const WEAK_TASK_HEADS = new Set((tasksFile.weak_heads ?? []).map(foldName));
