import { entityKey } from '../../domain/keys.js';
import { GENERIC } from './lexicon.js';

/**
 * Casing and shape heuristics for names: CamelCase (`PartialFormer`, `pLSTM`), ALLCAPS acronyms
 * (`TPLA`), letters with digits (`GPT-4`, `2SSP`, `PTQ1.61`), while numbers with units
 * (`32K-token`, `1.58-bit`, `4D`, `10x`) and plain capitalised words are not names.
 */
const UNIT = /^\d[\d.,]*(?:[A-Za-z]{0,2}|[xX×]\d*|-[a-z]+)$/;

/** A capital after the first letter of a part between hyphens: `PartialFormer`, `pLSTM`. */
const INNER_CAPITAL = /(?:^|-)[^-]+?\p{Lu}/u;

export function isNameShaped(token: string): boolean {
  // most words have neither a capital nor a digit, and every name shape needs one of them
  if (!/[\p{Lu}\p{N}]/u.test(token)) return false;
  const t = stripPossessive(token);
  if (t.length < 2 || UNIT.test(t) || !/\p{L}/u.test(t)) return false;
  if (/\p{N}/u.test(t)) return /\p{Lu}/u.test(t) || /^\d+[a-z]{3,}/.test(t);
  return INNER_CAPITAL.test(t);
}

/** A capitalised word that could be part of a multi-word name (`Segment`, `Anything`). */
export function isCapitalised(token: string): boolean {
  return /^\p{Lu}/u.test(token);
}

export function stripPossessive(token: string): string {
  return token.replace(/['’]s$/, '');
}

/** A generic term, or several joined: "English and Chinese". */
export function isGeneric(name: string): boolean {
  if (GENERIC.has(entityKey(name))) return true;
  if (!/\s/.test(name)) return false;
  const words = name.split(/\s+/).filter((w) => !NAME_JOINERS.has(w));
  return words.length > 1 && words.every((w) => GENERIC.has(entityKey(w)));
}

/** "Olympiad-level", "GPT-based", "T5-series", "Foo-enhanced": a word that describes, not a name. */
export function isAttribute(name: string): boolean {
  return ATTRIBUTE.test(name);
}

const ATTRIBUTE =
  /-(?:level|based|like|style|scale|specific|free|aware|oriented|centric|grade|enhanced|augmented|guided|driven|powered|conditioned|infused|series|family|sized)$/i;

/** Words that may sit inside a multi-word name: `Compose and Conquer`, `Mixture of Experts`. */
export const NAME_JOINERS = new Set(['of', 'and', 'for', 'to', 'in', 'by', 'with', 'on']);
