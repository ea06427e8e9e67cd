import type { Provenance, TextField } from '../../domain/model.js';
import { type AcronymDefinition, findAcronymDefinitions } from './acronyms.js';
import { cleanLatex } from './latex.js';
import { confidenceOf, type RuleName } from './rules.js';
import { splitSentences } from './sentences.js';
import { type Token, tokenize } from './tokens.js';

/**
 * A paper prepared once for every extractor: each field cleaned of LaTeX, split into sentences,
 * tokenised, with its acronym definitions. Offsets are into the cleaned text; `provenance` maps
 * them back to the raw field.
 */
export interface FieldText {
  field: TextField;
  raw: string;
  text: string;
  offsets: number[];
  sentences: SentenceText[];
}

export interface SentenceText {
  owner: FieldText;
  text: string;
  start: number;
  end: number;
  tokens: Token[];
  acronyms: AcronymDefinition[];
}

export interface PaperText {
  title: FieldText;
  abstract: FieldText;
  sentences: SentenceText[];
}

export function preparePaper(title: string, abstract: string): PaperText {
  const t = prepareField('title', title, false);
  const a = prepareField('abstract', abstract, true);
  return { title: t, abstract: a, sentences: [...t.sentences, ...a.sentences] };
}

function prepareField(field: TextField, raw: string, split: boolean): FieldText {
  const { text, offsets } = cleanLatex(raw);
  const owner: FieldText = { field, raw, text, offsets, sentences: [] };
  const urls = urlSpans(text);
  const parts = split ? splitSentences(text) : [{ text: text.trim(), start: 0, end: text.length }];
  for (const s of parts) {
    if (!s.text) continue;
    const lead = text.slice(s.start).search(/\S/);
    const start = s.start + Math.max(lead, 0);
    owner.sentences.push({
      owner,
      text: s.text,
      start,
      end: start + s.text.length,
      tokens: withoutUrls(tokenize(s.text, start), urls),
      acronyms: findAcronymDefinitions(s.text, start),
    });
  }
  return owner;
}

/** Web addresses, also as PDF-to-text breaks them (`https: //`): their words name no entity. */
const URL = /\b(?:https?\s?:\s?\/\/|www\.)\S+/gi;
/** One without a scheme (`github.com/o/n`): tried only where a domain ends before a slash. */
const BARE_URL = /\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|ai|ms|dev|edu|co)\/\S*/gi;
const BARE_DOMAIN = /\.(?:com|org|net|io|ai|ms|dev|edu|co)\//i;

function urlSpans(text: string): Array<readonly [number, number]> {
  const found = text.includes('//') || text.includes('www.') ? [...text.matchAll(URL)] : [];
  if (BARE_DOMAIN.test(text)) found.push(...text.matchAll(BARE_URL));
  return found.map((m) => [m.index, m.index + m[0].length] as const);
}

function withoutUrls(tokens: Token[], urls: Array<readonly [number, number]>): Token[] {
  if (urls.length === 0) return tokens;
  return tokens.filter((t) => !urls.some(([s, e]) => t.start < e && s < t.end));
}

/** Provenance for the clean-text span [start, end) of a sentence. */
export function provenance(
  sentence: SentenceText,
  start: number,
  end: number,
  rule: RuleName,
): Provenance {
  const { owner } = sentence;
  const raw = (i: number) => owner.offsets[i] ?? owner.raw.length;
  const rawEnd = (i: number) => (i > 0 ? raw(i - 1) + 1 : 0);
  return {
    evidence: owner.raw.slice(raw(sentence.start), rawEnd(sentence.end)),
    field: owner.field,
    start: raw(start),
    end: rawEnd(end),
    rule,
    confidence: confidenceOf(rule),
  };
}

/** The raw text of a clean-text span, when LaTeX cleaning changed it (kept as an alias). */
export function rawForm(owner: FieldText, start: number, end: number): string {
  const s = owner.offsets[start] ?? 0;
  const e = end > 0 ? (owner.offsets[end - 1] ?? 0) + 1 : 0;
  return owner.raw.slice(s, e);
}

/** The sentence of a field that contains the clean offset `at`. */
export function sentenceAt(owner: FieldText, at: number): SentenceText | undefined {
  return owner.sentences.find((s) => at >= s.start && at < s.end) ?? owner.sentences.at(-1);
}
