import { entityKey, foldName, keyOfFolded } from '../../domain/keys.js';
import { type CatalogEntry, readCatalog, readLexiconFile } from '../../domain/lexicon-files.js';
import { lexiconTags } from './pos.js';
import { type Token, tokenize } from './tokens.js';

/**
 * Lexicons built from the catalogs of machine-learning packages (data/lexicons/catalog, see
 * data/lexicons/README.md), matched against tokens by entity key: n-grams of token folds are
 * looked up in a Map, only from tokens that can start an entry, so matching stays linear in the
 * tokens whatever the size of the lexicon.
 */
/** One spelling of a catalog entry: its canonical name, or one of its aliases. */
export interface LexiconEntry {
  /** The entry's canonical display name: `COCO` for `MS COCO`. */
  name: string;
  /** The spelling this form matches. */
  form: string;
  /** A family also matches variants: `ImageNet-R`, `GPT-4`, `iNaturalist2018`, `BraTS 2024`. */
  family: boolean;
  /** A plain-cased ordinary word (`Places`, not `QuALITY`) or a short acronym from one catalog
   *  (`PAC`): a name only where something says so, and with a capital. */
  common: boolean;
  /** ALLCAPS entries match ALLCAPS text only; short or mixed-case ones need a capital; a
   *  mixed-case entry that spells an English word (`ZeRO`) matches mixed case or capitals only. */
  caseMode: 'upper' | 'capital' | 'mixed' | 'any';
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
/** A parameter count: `7B`, `1.5B`, `340M`. */
export const MODEL_SIZE = /^\d+(?:\.\d+)?[BMK]$/;
/** A version, year, size, split or edition written as its own token after a family name:
 *  `LLaMA 2`, `Kimi k1.5`, `BIG-Bench Hard`, `Gemini Pro`. */
const VERSION =
  /^(?:v?\d+(?:\.\d+)*[a-zA-Z]{0,2}|[a-z]\d+(?:\.\d+)*|[IVX]{1,4}|XL|XXL|Hard|Lite|Pro|Plus|Verified|Mini|Max|Ultra|Turbo)$/;

/**
 * Which lexicons know a word, as bits: each lexicon has one bit for "an entry's key" and one for
 * "an entry's first word", in one map of keys and first words. A token asks once, so most
 * words, known to none, cost one lookup instead of several per lexicon. A bit set by the other
 * kind of string only costs a lookup that then finds nothing.
 */
const KNOWN = new Map<string, number>();
let nextBit = 1;

function lexiconBits(token: Token): number {
  if (token.lexicons < 0) {
    const { key, fold } = token;
    token.lexicons = (KNOWN.get(key) ?? 0) | (fold === key ? 0 : (KNOWN.get(fold) ?? 0));
  }
  return token.lexicons;
}

function know(word: string, bit: number): void {
  KNOWN.set(word, (KNOWN.get(word) ?? 0) | bit);
}

export class Lexicon {
  private readonly entries = new Map<string, LexiconEntry>();
  private readonly keyBit = nextBit;
  private readonly startBit = nextBit * 2;
  /** Every proper prefix of an entry's key: a phrase is read on only while it can still match. */
  private readonly keyPrefixes = new Set<string>();
  /** Per token text: the entry it starts with and the rest, memoised since tokens repeat. */
  private readonly prefixes = new Map<string, Prefix | null>();
  /** Per token array: the match at each index once asked (null: none). */
  private readonly answers = new WeakMap<Token[], Array<LexiconMatch | null>>();

  /** `ambiguous`: which entries are names that could be ordinary words and need a cue. */
  constructor(
    entries: CatalogEntry[],
    private readonly ambiguous: (entry: CatalogEntry) => boolean = () => false,
  ) {
    nextBit *= 4;
    for (const entry of entries)
      for (const form of [entry.name, ...(entry.aliases ?? [])]) this.add(entry, form);
  }

  private add(catalog: CatalogEntry, form: string): void {
    const key = entityKey(form);
    // the first entry to claim a spelling keeps it (the build keeps keys unique per kind)
    if (!key || this.entries.has(key)) return;
    const letters = form.replace(/[^\p{L}]/gu, '');
    // "PerSAM", "Shap-E": a capital after the first letter, in a name not written in capitals
    const camel = form.split(/\s+/).some((word) => {
      const w = word.replace(/[^\p{L}]/gu, '');
      return w !== w.toUpperCase() && /\p{Lu}/u.test(w.slice(1));
    });
    const caseMode =
      letters.length >= 2 && letters === letters.toUpperCase()
        ? 'upper'
        : camel && (catalog.common || lexiconTags(letters).length > 0)
          ? 'mixed'
          : letters.length < 5 || camel
            ? 'capital'
            : 'any';
    const family = catalog.family ?? false;
    const common =
      this.ambiguous(catalog) && !camel && (caseMode !== 'upper' || ACRONYM.test(form));
    this.entries.set(key, { name: catalog.name, form, family, common, caseMode });
    for (let n = 1; n < key.length; n++) this.keyPrefixes.add(key.slice(0, n));
    know(key, this.keyBit);
    // only an entry's first word opens a phrase of several words
    const start = tokenize(form)[0]?.fold;
    if (start) know(start, this.startBit);
  }

  has(name: string): boolean {
    return this.entries.has(entityKey(name));
  }

  /** Longest entry starting at token `i`, if any. */
  matchAt(tokens: Token[], i: number): LexiconMatch | null {
    const first = tokens[i];
    if (!first) return null;
    const bits = lexiconBits(first);
    const known = (bits & (this.keyBit | this.startBit)) !== 0;
    // most words start no entry and hold no split point: they cost no more than this
    if (!known && !first.splittable) return null;
    // several rules ask about the same tokens: a sentence's answers are kept with its tokens
    let answers = this.answers.get(tokens);
    if (!answers) {
      answers = [];
      this.answers.set(tokens, answers);
    }
    let match = answers[i];
    if (match === undefined) {
      match = known ? this.matchKnown(tokens, i, bits) : this.matchPrefix(tokens, i);
      answers[i] = match;
    }
    return match;
  }

  private matchKnown(tokens: Token[], i: number, bits: number): LexiconMatch | null {
    const first = tokens[i] as Token;
    const keys = [first.key];
    if (bits & this.startBit) {
      // n-gram keys, read on while the words so far begin some entry's key; longest tried first
      let folded = first.fold;
      for (let n = 1; i + n < tokens.length && this.keyPrefixes.has(folded); n++) {
        const t = tokens[i + n] as Token;
        // a phrase never spans a gap wider than a space or hyphen
        if (t.start - (tokens[i + n - 1] as Token).end > 1) break;
        folded += t.fold;
        keys.push(keyOfFolded(folded));
      }
    }
    for (let n = keys.length; n > 0; n--) {
      const entry = this.entries.get(keys[n - 1] as string);
      // "Llama 2" for LLaMA: a version after a family name vouches for the name in any case
      const versioned = entry?.family && VERSION.test(tokens[i + n]?.text ?? '');
      if (entry && (caseFits(entry, tokens, i, i + n) || versioned))
        return this.extend(entry, tokens, i, i + n);
    }
    return this.matchPrefix(tokens, i);
  }

  /** `ImageNet-32x32`, `iNaturalist2018`, `transformer-based`: an entry as a token's prefix. */
  private matchPrefix(tokens: Token[], i: number): LexiconMatch | null {
    const t = tokens[i] as Token;
    // Every split point is a hyphen, an apostrophe or a digit: plain words have none.
    if (!t.splittable) return null;
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
    // "LLaMA-3-8B-based": the variant without the word that describes its use
    const attribute = /-[a-z]+$/.exec(suffix);
    if (attribute && ATTRIBUTIVE.test(attribute[0]) && attribute.index > 0) {
      const end = t.end - attribute[0].length;
      const text = t.text.slice(0, t.text.length - attribute[0].length);
      return { entry, from: i, to: i + 1, text, start: t.start, end };
    }
    return this.extend(entry, tokens, i, i + 1);
  }

  private extend(entry: LexiconEntry, tokens: Token[], from: number, to: number): LexiconMatch {
    let end = to;
    const follows = (re: RegExp) => {
      const next = tokens[end];
      return next && re.test(next.text) && next.start - (tokens[end - 1] as Token).end === 1;
    };
    if (entry.family && follows(VERSION)) end++;
    // "Llama 3.1 70B": a parameter count after the version belongs to the name too
    if (entry.family && end > to && follows(MODEL_SIZE)) end++;
    const start = (tokens[from] as Token).start;
    const stop = (tokens[end - 1] as Token).end;
    const text = tokens
      .slice(from, end)
      .map((t, k) => (k === 0 ? t.text : ` ${t.text}`))
      .join('');
    return { entry, from, to: end, text, start, end: stop };
  }
}

/**
 * The catalog's canonical name of what a match spells, as an alias ("COCO" for "MS COCO"), so
 * that every spelling resolves to one entity; none for a variant ("ImageNet-R" is not ImageNet).
 */
export function canonicalAliases(match: LexiconMatch): string[] {
  const { entry } = match;
  return !isVariant(match) && entityKey(entry.form) !== entityKey(entry.name) ? [entry.name] : [];
}

/** The match is a variant of the entry, not its very spelling: "Switchboard 300h", "ImageNet-R". */
export function isVariant(match: LexiconMatch): boolean {
  return entityKey(match.text) !== entityKey(match.entry.form);
}

interface Prefix {
  entry: LexiconEntry;
  prefix: string;
  suffix: string;
}

const CUT = /^(.+?)(-.+|['’]\d.*|(?<=\p{L})\d.*|(?<=\p{N})-?\p{L}.*)$/u;

/** The shortest known prefix at a split point: `GPT` of `GPT-4o-mini`, `o1` of `o1-mini`. */
function splitPrefix(text: string, entries: Map<string, LexiconEntry>): Prefix | null {
  let at = 0;
  // a token has few split points; each one tried is one map lookup
  for (let n = 0; n < 4; n++) {
    const cut = CUT.exec(text.slice(at));
    if (!cut?.[1] || !cut[2]) return null;
    const prefix = text.slice(0, at + cut[1].length);
    const suffix = cut[2];
    const entry = entries.get(entityKey(prefix));
    // "Llama-2" for LLaMA: a version after a family name vouches for it in any case
    const versioned = entry?.family && /^[-'’]?\d/u.test(suffix);
    if (entry && (fitsCase(entry, prefix) || versioned)) return { entry, prefix, suffix };
    at = prefix.length;
  }
  return null;
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
  if (entry.common && !/^\p{Lu}/u.test(letters)) return false;
  if (entry.caseMode === 'upper') return letters === letters.toUpperCase();
  // "LLaMa" or "LLAMA" for LLaMA, never the plain word "Llama"; "ZeRO", never "Zero-shot"
  if (entry.caseMode === 'mixed') return !/^\p{Lu}?[\p{Ll}\s]*$/u.test(letters);
  if (entry.caseMode === 'capital') {
    const want = entry.form.replace(/[^\p{L}]/gu, '');
    if (want === want.toLowerCase()) return true;
    return letters[0] === want[0] && letters !== letters.toLowerCase();
  }
  return true;
}

interface LexiconFile {
  heads?: string[];
  weak_heads?: string[];
  terms?: string[];
}

const catalog = (kind: string, ambiguous?: (entry: CatalogEntry) => boolean) =>
  new Lexicon(readCatalog(kind), ambiguous);

/** A short acronym only one package's catalog lists (MTEB's "PAC"): as ambiguous as a word. */
const ACRONYM = /^[A-Z]{2,4}$/;
const catalogAcronym = (e: CatalogEntry) => ACRONYM.test(e.name) && !e.sources.includes('hand');

// Hand-written method names were chosen to be unambiguous in ML text ("transformer"), so only
// the catalogs' ordinary words need a cue; any dataset named by a word does ("Places", "Pile").
export const METHODS = catalog(
  'methods',
  (e) => (e.common && !e.sources.includes('hand')) || catalogAcronym(e),
);
export const DATASETS = catalog('datasets', (e) => e.common || catalogAcronym(e));
export const TASKS = catalog('tasks');
export const METRICS = catalog('metrics');
/** Generic concepts (LLM, GPU, SOTA, optimal transport): never entities. */
export const GENERIC = new Set(
  (readLexiconFile<LexiconFile>('generic.json').terms ?? []).map(entityKey),
);
/** Head nouns that end a task's name: "translation", "segmentation". */
export const TASK_HEADS = new Set(
  (readLexiconFile<LexiconFile>('tasks.json').heads ?? []).map(foldName),
);
/** Heads that name a task only after a modifier of the field: "reinforcement learning". */
export const WEAK_TASK_HEADS = new Set(
  (readLexiconFile<LexiconFile>('tasks.json').weak_heads ?? []).map(foldName),
);
