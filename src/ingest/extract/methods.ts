import { entityKey } from '../../domain/keys.js';
import type { MethodRole } from '../../domain/model.js';
import type { AcronymDefinition } from './acronyms.js';
import {
  LEAD_STOP,
  LIST_STOP,
  NAMING,
  NAMING_WORDS,
  OUR_THING,
  OWN_VOICE,
  PROPOSE,
  TOOL_CUE,
  TOOL_LEAD,
  USED_CUE,
} from './cues.js';
import type { PaperText, SentenceText } from './document.js';
import {
  canonicalAliases,
  DATASETS,
  METHODS,
  METRICS,
  MODEL_SIZE,
  TASK_HEADS,
  TASKS,
} from './lexicon.js';
import { type Candidate, candidate } from './mentions.js';
import { type NameSpan, nameAt, nameEnding, span, tokenIndexAt, VERSION } from './names.js';
import { isFunctionWord, lexiconTags } from './pos.js';
import type { RuleName } from './rules.js';
import { isAttribute, isGeneric, isNameShaped, NAME_JOINERS, stripPossessive } from './shapes.js';
import type { Token } from './tokens.js';

export interface MethodCandidate extends Candidate {
  role: MethodRole;
}

/** Head nouns of a title that names the paper's own model: "Trellis Networks for ...". */
/** Nouns that complete a proposed name: "the Cayley-Neumann parameterization". */
const NAME_HEAD =
  /^(?:parameterization|embedding|transform|transformation|layers?|networks?|attention|module|operator|regularization|normalization|estimator|sampler|optimizer|encoder|decoder|adapter|router)\b/;
const COLLECTIVE = /^(?:series|family|suite|collection)$/;
const MODEL_HEAD =
  /^(?:networks?|nets?|models?|transformers?|formers?|autoencoders?|encoders?|decoders?|adapters?|machines?|layers?)$/i;
/** Long forms ending in these name a task, field, setting or thing, not a method. */
const NOT_METHOD_HEAD = new Set([
  'learning',
  'translation',
  'recognition',
  'segmentation',
  'detection',
  'generation',
  'quantization',
  'pruning',
  'parallelism',
  'imaging',
  'tomography',
  'hypothesis',
  'graph',
  'graphs',
  'core',
  'cores',
  'task',
  'tasks',
  'data',
  'inference',
  'understanding',
  'processing',
  'reasoning',
  'analysis',
  'estimation',
  'prediction',
  'distribution',
  'intelligence',
  'cache',
  'score',
  'space',
  'language',
  'languages',
  'unit',
  'units',
  'rate',
  'ratio',
  'error',
  'distance',
  'theorem',
  'problem',
  'setting',
  'benchmark',
  'dataset',
  'corpus',
  'metric',
  'accuracy',
  'precision',
  'art',
  'distillation',
]);

/**
 * Named methods with their role: `proposed` when the paper introduces them (a propose verb, a
 * naming phrase, the title's name, its own acronym definitions), `used` for everything it names
 * and compares with, builds on or applies (lexicon, comparison cues, other acronym definitions).
 */
export function extractMethods(paper: PaperText): MethodCandidate[] {
  const out: MethodCandidate[] = [];
  const add = (c: Candidate, role: MethodRole) => {
    if (isGeneric(c.name) || isAttribute(c.name) || DATASETS.has(c.name) || c.name.length < 2)
      return;
    out.push({ ...c, role });
  };

  for (const sentence of paper.sentences) proposedIn(sentence, add);
  const head = titleName(paper, out, add);
  const own = out.filter((m) => m.role === 'proposed');
  const proposed = new Set(own.flatMap((m) => [m.name, ...m.aliases].map(entityKey)));
  for (const sentence of paper.sentences) {
    definitions(sentence, proposed, head, add);
    lexiconMentions(sentence, own, add);
    cuedNames(sentence, add);
    toolNames(sentence, proposed, add);
    shapedUses(sentence, proposed, add);
    describedNames(sentence, proposed, add);
  }
  return out;
}

type Add = (c: Candidate, role: MethodRole) => void;

function proposedIn(sentence: SentenceText, add: Add): void {
  const { text, start } = sentence;
  const claimed = new Set<number>();
  const text2 = sentence.owner.text;
  const take = (found: NameSpan | null, rule: RuleName) => {
    const s = found && rule !== 'propose-apposition' ? completeName(sentence, found) : found;
    if (!s || claimed.has(s.start) || /-based$/.test(s.text)) return;
    if (/^(?:\s*\([^)]*\))?[\s-]*based\b/.test(text2.slice(s.end, s.end + 20))) return;
    // the acronym definition covering this name stands for it
    const covered = (x: { start: number; end: number }) => s.start < x.end && x.start < s.end;
    if (sentence.acronyms.some((d) => covered(d.long) || covered(d.short))) return;
    claimed.add(s.start);
    add(candidate(sentence, s.start, s.end, rule), 'proposed');
    // "MaskMix and Progressive Attention Labeling (PAL)", "X, comprising the Y and the Z"
    const and =
      /^\s*(?:,\s*)?(?:and|as well as|comprising|consisting of|composed of)\s+(?:the\s+)?/.exec(
        text2.slice(s.end),
      );
    if (and) take(nameAt(sentence, tokenIndexAt(sentence, s.end + and[0].length), true), rule);
  };

  for (const m of text.matchAll(PROPOSE)) {
    const verbEnd = start + m.index + m[0].length;
    const rest = sentence.owner.text.slice(verbEnd, sentence.end);
    if (/^\s+to\b/.test(rest)) continue;
    // "We present trellis networks, a new architecture", "we introduce Zorbic pooling, a ...",
    // "we present glyph tuning - training ...": a name with lower-case words and an apposition
    const appos = APPOSITION.exec(rest);
    if (appos?.[1] && isAppositionName(appos[1], /^,/.test(appos[2] ?? ''))) {
      const s0 = verbEnd + rest.indexOf(appos[1]);
      take(
        { from: -1, to: -1, start: s0, end: s0 + appos[1].length, text: appos[1] },
        'propose-apposition',
      );
      continue;
    }
    let i = tokenIndexAt(sentence, verbEnd);
    for (let skipped = 0; skipped < 7; skipped++) {
      const t = sentence.tokens[i];
      if (!t || !/^[a-z][\w-]*$/.test(t.text) || LEAD_STOP.has(t.text) || isNameShaped(t.text))
        break;
      // "a method combining CTC and ...": what follows the participle is not the new method
      if (
        /^(?:combin|us|leverag|integrat|incorporat|exploit|employ|utiliz|apply|extend)ing$/.test(
          t.text,
        )
      )
        break;
      i++;
    }
    const t = sentence.tokens[i];
    if (t && !LEAD_STOP.has(t.text)) take(nameAt(sentence, i, true), 'propose-verb');
    for (const d of sentence.acronyms) {
      if (d.long.start >= verbEnd || d.short.start >= verbEnd)
        takeDefinition(sentence, d, verbEnd, add);
    }
  }
  listedParts(sentence, take);
  // "resulting in FooLM", "the resulting model Foo-3": what the paper's procedure made is its own
  if (text.includes('resulting'))
    for (const m of text.matchAll(RESULTING)) {
      const i = tokenIndexAt(sentence, start + m.index + m[0].length);
      if (isNameShaped(sentence.tokens[i]?.text ?? ''))
        take(nameAt(sentence, i, false), 'resulting-name');
    }
  const voiced = OWN_VOICE.test(text);
  if (!voiced && !NEW_THING_WORD.test(text)) return;
  for (const re of [NAMING, OUR_THING]) {
    for (const m of text.matchAll(re)) {
      // "an innovative framework named FooMentor": new things are the paper's own too
      if (!voiced && !(re === NAMING && NEW_THING.test(text.slice(0, m.index)))) continue;
      // "name the resulting approach TLoRA": the first name within a few words
      const named = tokenIndexAt(sentence, start + m.index + m[0].length);
      let i = named;
      const skip = re === NAMING ? 4 : 0;
      for (let n = 0; n < skip && /^[a-z]+$/.test(sentence.tokens[i]?.text ?? ''); n++) i++;
      // "a problem setting named deep imbalanced clustering": a lower-case name of no method
      const method = !NAMED_NOT_METHOD.test(text.slice(0, m.index));
      const s =
        nameAt(sentence, i, true) ??
        (re === NAMING && method ? lowerCaseName(sentence, named) : null);
      const rule = re === NAMING ? 'naming-phrase' : 'our-method';
      // "we term this approach Foo Learning (FL)": the definition is what is named
      const d =
        s && sentence.acronyms.find((x) => Math.min(x.long.start, x.short.start) === s.start);
      if (d) add(candidate(sentence, d.long.start, d.long.end, rule, [d.short.text]), 'proposed');
      else if (s) take(s, rule);
    }
  }
}

const RESULTING =
  /\bresulting (?:in|(?:model|method|approach|system|agent|checkpoint|policy)s?)\s+(?:the\s+)?/g;

/** "we introduce two models: ...", "our framework consists of three modules: ...". */
const PARTS_LIST =
  /\b(?:we|our)\b[^.:;]{0,80}?\b(?:two|three|four|five|several)\s+(?:[\w-]+\s+){0,3}?(?:models|modules|components|parts|stages|methods|LLMs|agents|networks|algorithms|techniques)\s*:\s*/gi;

/** The names heading the items of a list of the paper's own parts: "A for X and B for Y". */
function listedParts(sentence: SentenceText, take: (s: NameSpan | null, rule: RuleName) => void) {
  if (!sentence.text.includes(':')) return;
  const text = sentence.owner.text;
  for (const m of sentence.text.matchAll(PARTS_LIST)) {
    let at = sentence.start + m.index + m[0].length;
    while (at < sentence.end) {
      const i = tokenIndexAt(sentence, at);
      const t = sentence.tokens[i];
      if (t && isNameShaped(t.text)) take(nameAt(sentence, i, false), 'own-part');
      const next = /,\s*(?:and\s+)?|\s+and\s+/.exec(text.slice(at, sentence.end));
      if (!next) break;
      at += next.index + next[0].length;
    }
  }
}

const NAMED_NOT_METHOD = /\b(?:problems?|settings?|tasks?|challenges?|benchmarks?|datasets?),?\s*$/;

/**
 * A name in lower case after a naming word, ending where a bracket or comma does: "an algorithm
 * called asymmetric critic distillation (ACD)", "our approach, named instruction backtranslation,".
 */
function lowerCaseName(sentence: SentenceText, i: number): NameSpan | null {
  const { tokens, owner } = sentence;
  for (let to = i + 2; to <= Math.min(tokens.length, i + 4); to++) {
    const words = tokens.slice(i, to);
    if (!words.every((t) => /^[a-z][a-z-]*$/.test(t.text) && !LEAD_STOP.has(t.text))) return null;
    if (words.some((t) => isFunctionWord(t.text))) return null;
    const next = owner.text.slice((tokens[to - 1] as Token).end).trimStart()[0];
    if (next === '(' || next === ',') {
      const s = span(sentence, i, to);
      return isGeneric(s.text) ? null : s;
    }
  }
  return null;
}

/** `the NAME, a ...` or `NAME - ...` after a propose verb: at most four words. */
const APPOSITION = /^\s+(?:the\s+)?(\p{L}[\w-]*(?:\s[\w-]+){0,3})(,\s+(?:a|an)\s|\s+[-–—]{1,2}\s)/u;

/**
 * An apposition's name: lower-case words (`trellis networks`), or a capitalised or name-shaped
 * word with them (`Zorbic pooling`, `slice VAE`); never a description (`a new`, `two simple`),
 * a clause or a list. All-capital names (`FooNet`, `Big Bird`) are read by `nameAt` instead.
 */
function isAppositionName(phrase: string, comma: boolean): boolean {
  const words = phrase.split(/\s+/);
  if (
    /^(?:a|an|new|novel|simple|general|two|three|several|various|our|this)$/i.test(words[0] ?? '')
  )
    return false;
  if (words.some((w) => LEAD_STOP.has(w) || NAME_JOINERS.has(w) || isFunctionWord(w))) return false;
  if (isGeneric(phrase)) return false;
  const lower = words.filter((w) => /^\p{Ll}/u.test(w) && !isNameShaped(w)).length;
  if (lower === 0) return false;
  // a dash apposition reads a name of two words or more: "glyph tuning - ..."
  if (!comma && words.length < 2) return false;
  if (lower === words.length) return true;
  // "Zorbic pooling", "slice VAE": mixed words only before a comma
  return comma && (/^\p{Lu}/u.test(words[0] ?? '') || isNameShaped(words.at(-1) ?? ''));
}

/** Words that mark a thing as the paper's new one. */
const NEW_WORDS = 'novel|new|innovative|proposed';
/** A cheap test for NEW_THING's words before the naming patterns run. */
const NEW_THING_WORD = new RegExp(NEW_WORDS, 'i');
/** "a novel framework named", "an innovative scheme called": what is named is new. */
const NEW_THING = new RegExp(`\\b(?:${NEW_WORDS})\\s+(?:[\\w-]+\\s+){0,2}$`, 'i');
/** One of NEW_WORDS, alone. */
const NEW_ONE = new RegExp(`^(?:${NEW_WORDS})$`);

/**
 * A proposed name as the object of a verb: "the Cayley-Neumann parameterization" takes its head
 * noun; "a novel SpGEMM kernel" or "the Partial masking scheme" use the name as a modifier only.
 */
function completeName(sentence: SentenceText, s: NameSpan): NameSpan | null {
  const text = sentence.owner.text;
  const next = /^ ([a-z][\w-]*)/.exec(text.slice(s.end));
  if (!next?.[1] || LEAD_STOP.has(next[1]) || /^(?:is|are|was|were|which|that|to)$/.test(next[1]))
    return s;
  // "the Aquila2 series", "the FooLM family of models": the name is the collection's
  if (COLLECTIVE.test(next[1])) return s;
  if (NAME_HEAD.test(next[1])) {
    const end = s.end + next[0].length;
    return { ...s, end, text: text.slice(s.start, end) };
  }
  // "the Hierarchical Geometry Aggregation strategy": words in title case are a name of their own
  const words = s.text.split(/\s+/);
  if (words.length > 1 && words.every((w) => /^\p{Lu}/u.test(w) || isNameShaped(w)))
    return PART_HEAD.test(next[1]) && !METHODS.has(s.text) ? s : null;
  return null;
}

/** What a proposed part is called after its name: "the Foo Bar strategy", "a Foo Bar module". */
const PART_HEAD =
  /^(?:strategy|technique|module|mechanism|loss|scheme|component|block|paradigm|pipeline|framework|method|approach|algorithm|workflow|procedure|policy)$/;

function takeDefinition(
  sentence: SentenceText,
  d: AcronymDefinition,
  verbEnd: number,
  add: Add,
): void {
  const text = sentence.owner.text;
  const first = Math.min(d.long.start, d.short.start);
  const last = Math.max(d.long.end, d.short.end);
  USED_CUE.lastIndex = 0;
  const cued = USED_CUE.test(text.slice(Math.max(verbEnd, first - 25), first));
  // "We propose Sparse Value Dropout (SVD)": a new long form redefines a known acronym
  const between = text.slice(verbEnd, first);
  const object = /^\s+(?:(?:a|an|the)\s+)?(?:(?:new|novel)\s+)?$/.test(between);
  // "we develop an app supporting the federated averaging (FedAvg) algorithm", "features
  // learned by sparse autoencoders (SAEs)": a definition further into the clause is used
  const named = NAMED_BEFORE.test(between);
  if (!named && OTHER_CLAUSE.test(between)) {
    usedDefinition(sentence, d, add);
    return;
  }
  const known = METHODS.has(d.long.text) || (METHODS.has(d.short.text) && !object);
  // "a framework for image-to-zorb generation (I2Z)", "a new task, Zorb Navigation (ZN)", "the
  // Tracking Any Zorb (TAZ) problem": what the method is for, not the method
  const after = wordAfter(text, last);
  if (!known && (PURPOSE.test(between) || NOT_METHOD_NOUN.test(after) || TASKS.has(d.long.text)))
    return;
  if (cued || known || /^\)?[\s-]*based\b/.test(text.slice(last, last + 8))) {
    usedDefinition(sentence, d, add);
    return;
  }
  const c = candidate(sentence, d.long.start, d.long.end, 'propose-acronym', [d.short.text]);
  add(c, 'proposed');
}

/** A definition after these, in a propose sentence, names what the method is for or is not one. */
const PURPOSE =
  /\bfor\s+(?:[\w-]+\s+){0,6}$|\b(?:task|problem|setting|benchmark|dataset|metric)s?\b[\s,:]+(?:[\w-]+\s+){0,5}$/;
/** A noun after a definition that makes it a task, a setting or data: "the TAZ problem". */
const NOT_METHOD_NOUN =
  /^(?:problems?|tasks?|settings?|challenges?|benchmarks?|datasets?|metrics?)$/;

/** Words between a propose verb and a definition that make the definition something else's. */
const OTHER_CLAUSE =
  /\b(?:that|which|who)\b|(?:^|\s)[a-z]+(?:ing\s+(?:the|a|an|its|their|[a-z]+s)|ed\s+(?:by|from|with|in|on))\b|\b(?:of|by|from|into|with|using|via|through)\s+(?:the|a|an)\b/;
/** "FooNet, models that integrate ... (MAR)", "features learned by sparse coders (SCs)": the
 *  definition names something the method takes from elsewhere, not one of its parts. */
const ANOTHER_THING = /\b(?:that|which|who)\b|\b[a-z]+ed\s+by\b/;
/** "..., named Partial FC (PFC)", "which we refer to as m-POT (...)": the naming makes it ours. */
const NAMED_BEFORE = new RegExp(`\\b(?:${NAMING_WORDS}|refer to as)[\\s,:]+(?:[\\w-]+\\s+){0,6}$`);

/** The lower-case word right after a definition: "(TAP) problem" gives "problem". */
function wordAfter(text: string, at: number): string {
  return /^\)?\s*([a-z]+)/.exec(text.slice(at, at + 40))?.[1] ?? '';
}

function usedDefinition(sentence: SentenceText, d: AcronymDefinition, add: Add): void {
  const words = d.long.text.split(/[\s]+/);
  const head = (words.at(-1) ?? '').toLowerCase();
  const following = wordAfter(sentence.owner.text, Math.max(d.long.end, d.short.end) + 1);
  const known = METHODS.has(d.short.text) || METHODS.has(d.long.text);
  const notMethod =
    NOT_METHOD_HEAD.has(head) ||
    isGeneric(d.short.text) ||
    /\b\d{4}\b/.test(d.long.text) ||
    TASKS.has(d.long.text) ||
    METRICS.has(d.short.text) ||
    METRICS.has(d.long.text);
  if (
    !known &&
    (notMethod || (following && (TASK_HEADS.has(following) || NOT_METHOD_NOUN.test(following))))
  )
    return;
  const rule = known ? 'acronym-known' : 'acronym-definition';
  const c = candidate(sentence, d.long.start, d.long.end, rule, [d.short.text]);
  add(c, 'used');
}

/** Definitions outside propose sentences: the paper's own parts when it talks about its method. */
/** Definitions outside propose sentences: the paper's own parts when it talks about its method. */
function definitions(sentence: SentenceText, proposed: Set<string>, head: string, add: Add): void {
  const text = sentence.owner.text;
  for (const d of sentence.acronyms) {
    const first = Math.min(d.long.start, d.short.start);
    USED_CUE.lastIndex = 0;
    const cued =
      USED_CUE.test(text.slice(Math.max(sentence.start, first - 40), first)) ||
      /\bintroduced in\b/.test(text.slice(d.short.end, d.short.end + 20));
    // a part of the proposed method is named beside it, not further into another clause
    const mention = sentence.tokens.find(
      (t) => t.end <= first && proposed.has(entityKey(stripPossessive(t.text))),
    );
    const ownSentence =
      mention !== undefined && !ANOTHER_THING.test(text.slice(mention.end, first));
    const known = METHODS.has(d.short.text) || METHODS.has(d.long.text);
    // "Pivotal Tuning Inversion (PTI)" in a paper titled "Pivotal Tuning for ..."
    const last = (d.long.text.split(/\s+/).at(-1) ?? '').toLowerCase();
    const titled =
      head.includes(' ') &&
      entityKey(d.long.text).startsWith(entityKey(head)) &&
      // the title's task itself, defined: "Zorb Navigation (ZN): ..."
      !(entityKey(d.long.text) === entityKey(head) && TASK_HEADS.has(last)) &&
      !known;
    // what a method is for, in the sentence that proposes it: "a framework for zorb try-on (ZTO)"
    const after = wordAfter(text, d.short.end);
    const purpose =
      PURPOSE.test(text.slice(Math.max(sentence.start, first - 60), first)) ||
      NOT_METHOD_NOUN.test(after) ||
      TASKS.has(d.long.text);
    const own = proposed.has(entityKey(d.short.text)) || proposed.has(entityKey(d.long.text));
    if (purpose && !known && !own) continue;
    if (titled || own || (ownSentence && !cued && !known && !isGeneric(d.short.text))) {
      const rule = own ? 'own-acronym' : titled ? 'title-acronym' : 'own-part';
      const c = candidate(sentence, d.long.start, d.long.end, rule, [d.short.text]);
      add(c, 'proposed');
    } else usedDefinition(sentence, d, add);
  }
}

/** Lexicon names, unless part of a longer name: "Sheet Music Transformer", "semi-Markov CRF". */
function lexiconMentions(sentence: SentenceText, own: Candidate[], add: Add): void {
  const { tokens } = sentence;
  const overlaps = (a: { start: number; end: number }, start: number, end: number) =>
    start < a.end && a.start < end && a.end - a.start > end - start;
  const ownHere = own.filter((c) => c.sentence.owner === sentence.owner);
  const inside = (start: number, end: number) =>
    sentence.acronyms.some((d) => overlaps(d.long, start, end)) ||
    ownHere.some((c) => overlaps(c, start, end));
  for (let i = 0; i < tokens.length; i++) {
    const m = METHODS.matchAt(tokens, i);
    if (!m) continue;
    if (inside(m.start, m.end)) {
      i = m.to - 1;
      continue;
    }
    const rule = m.entry.common ? 'method-lexicon-common' : 'method-lexicon';
    add(candidate(sentence, m.start, m.end, rule, canonicalAliases(m)), 'used');
    i = m.to - 1;
  }
  // "Brzozowski's method", "Rayleigh-Ritz projection", "the Hamilton product"
  if (!EPONYM_HEAD.test(sentence.text)) return;
  for (const m of sentence.text.matchAll(EPONYM)) {
    if (!m[1]?.split('-').every(isNameWord)) continue;
    const s = sentence.start + m.index;
    add(candidate(sentence, s, s + m[0].length, 'eponym-method'), 'used');
  }
}

const EPONYM_HEADS =
  'method|algorithm|product|projection|transform|decomposition|rotation|reflection|pseudoinverse|iterations';
/** A surname (or two) naming a numerical method, not after another capitalised word. */
const EPONYM = new RegExp(
  `(?<![\\p{Lu}][\\p{L}-]*\\s)\\b(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)(?:'s)? (?:${EPONYM_HEADS})\\b`,
  'gu',
);
/** The head words alone, a cheap test that most sentences fail. */
const EPONYM_HEAD = new RegExp(` (?:${EPONYM_HEADS})\\b`);
const NAME_TAG = /^(?:Person|Place|ProperNoun|MaleName|FemaleName|FirstName|LastName|City)$/;

/** A word that is a name or unknown to the lexicon: "Hamilton", "Ritz", not "Our" or "Sparse". */
function isNameWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (TASK_HEADS.has(lower) || NOT_METHOD_HEAD.has(lower)) return false;
  return lexiconTags(word).every((t) => NAME_TAG.test(t));
}

/** Names listed after a comparison or use cue: "outperforms LoRA and MeProp". */
function cuedNames(sentence: SentenceText, add: Add): void {
  const { tokens, owner } = sentence;
  for (const m of sentence.text.matchAll(USED_CUE)) {
    let i = tokenIndexAt(sentence, sentence.start + m.index + m[0].length);
    for (let n = 0; n < 10 && i < tokens.length; n++) {
      const t = tokens[i] as Token;
      if (LIST_STOP.has(t.text.toLowerCase())) break;
      const s =
        /^\p{Lu}|\p{N}/u.test(t.text) || isNameShaped(t.text) ? nameAt(sentence, i, true) : null;
      if (
        s &&
        (isNameShaped(tokens[i]?.text ?? '') ||
          s.to - s.from > 1 ||
          owner.text[s.end] === ',' ||
          /^\s+(?:and|or)\b/.test(owner.text.slice(s.end)) ||
          /^,?\s+and\s+$/.test(owner.text.slice(Math.max(0, s.start - 6), s.start)))
      ) {
        const n = refined(sentence, s);
        if (n && !DATASETS.has(n.text) && !n.text.includes(' and ') && !notAMethod(n.text))
          add(candidate(sentence, n.start, n.end, 'used-cue'), 'used');
        i = s.to;
        continue;
      }
      i++;
    }
  }
}

/** Makers whose name, or possessive, precedes a model's: "ZorbAI's FooLM", "Gogol FooLM". */
const MAKER =
  /^(?:OpenAI|Google|Google DeepMind|DeepMind|Deepmind|Meta|Meta AI|Microsoft|Anthropic|NVIDIA|Nvidia|Apple|Amazon|Alibaba|Baidu|Tencent|ByteDance|Mistral AI|Hugging Face|HuggingFace|IBM|Salesforce|xAI|Stability AI)(?:['’]s)?(?:\s+|$)/;
/** Words a cued name may end in that only say what kind of thing the name is. */
const KIND_WORD = /\s+(?:architecture|framework|model|models|backbone|method|algorithm)$/i;
/** Software, formats and platforms written in mixed case: tools, not methods. */
const SOFTWARE =
  /^(?:LaTeX|TeX|PyTorch|TensorFlow|JAX|NumPy|SciPy|GitHub|GitLab|YouTube|JavaScript|TypeScript|iPhone|iPad|macOS|iOS|LinkedIn|TikTok|WeChat|OpenAI|DeepMind|ChatGPT-like|HuggingFace|LangChain|LlamaIndex|PostgreSQL|MySQL|MongoDB|WordPress|PowerPoint|OpenGL|WebGL|WebGPU|CUDA|cuDNN)$/;
/** Number formats: `BF16`, `FP8`, `INT4`. */
const NUMBER_FORMAT = /^(?:FP|BF|INT|UINT|TF|MX|NF)\d{1,2}$/;

/**
 * The method a cued name stands for, or none: without its maker (`ZorbAI's FooLM` is `FooLM`;
 * `Gogol Maps` names no method), not a lexicon name with a kind word (`Transformer
 * architecture`), not a metric or a number format, not the modifier of a task (`Foo-to-3D
 * generation`).
 */
function refined(
  sentence: SentenceText,
  s: NameSpan,
): { start: number; end: number; text: string } | null {
  let { start, text } = s;
  const maker = MAKER.exec(text);
  if (maker) {
    text = text.slice(maker[0].length);
    start += maker[0].length;
    if (!text || !(isNameShaped(text.split(/\s+/)[0] ?? '') || METHODS.has(text))) return null;
  }
  const kind = KIND_WORD.exec(text);
  if (kind && METHODS.has(text.slice(0, kind.index))) return null;
  if (METRICS.has(text) || NUMBER_FORMAT.test(text)) return null;
  const next = /^ ([a-z]+)/.exec(sentence.owner.text.slice(s.end))?.[1];
  if (next && TASK_HEADS.has(next)) return null;
  return { start, end: s.end, text };
}

/**
 * Names used as tools after "with", "using", "via", "leveraging": a name-shaped token with a
 * lower-case letter or a digit (`FooLM-7B`, `DINOv9`, `LlamaZorb`), since ALLCAPS acronyms and
 * plain capitalised words after these are as often concepts, data or hardware.
 */
/** A word of lower-case ASCII letters and inner punctuation only. */
const LOWER_WORD = /^[a-z'’.-]+$/;

function toolNames(sentence: SentenceText, proposed: Set<string>, add: Add): void {
  const { tokens } = sentence;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // most words are plain lower case: no capital or digit, so no tool name
    if (LOWER_WORD.test(t.text)) continue;
    let k = i - 1;
    if (TOOL_LEAD.has((tokens[k] as Token).fold) && k > 0) k--;
    if (!TOOL_CUE.has((tokens[k] as Token).fold)) continue;
    if (!/\p{Lu}|\p{N}/u.test(t.text) || !/\p{Ll}/u.test(t.text.slice(1))) continue;
    const word = stripPossessive(t.text);
    if (!isNameShaped(word) || /-[a-z]+$/i.test(word) || SOFTWARE.test(word)) continue;
    if (proposed.has(t.key) || METHODS.matchAt(tokens, i)) continue;
    if (sentence.acronyms.some((d) => d.long.start <= t.start && t.end <= d.long.end)) continue;
    const n = refined(sentence, span(sentence, i, i + 1));
    if (!n || DATASETS.has(n.text) || isGeneric(n.text) || notAMethod(n.text)) continue;
    add(candidate(sentence, n.start, n.end, 'used-tool'), 'used');
  }
}

/**
 * Capitalised words after a cue that name no method: a task ("Question Answering"), a
 * sentence adverb ("Notably") or a person ("Stefan Zweig").
 */
function notAMethod(name: string): boolean {
  const words = name.split(/\s+/);
  const last = (words.at(-1) ?? '').toLowerCase();
  if (TASK_HEADS.has(last) || NOT_METHOD_HEAD.has(last) || TASKS.has(name)) return true;
  if (words.length === 1 && /^\p{Lu}\p{Ll}+ly$/u.test(name)) return true;
  return words.length === 2 && lexiconTags(words[0] ?? '').some((t) => /Name$/.test(t));
}

/** `X-based` for a name-shaped X, and variants of a proposed name: `MHR-z`, `TensorPoly-II`. */
function shapedUses(sentence: SentenceText, proposed: Set<string>, add: Add): void {
  sentence.tokens.forEach((t, i) => {
    const based = t.text.endsWith('-based') ? /^(.+)-based$/.exec(t.text) : null;
    if (based?.[1] && isNameShaped(based[1])) {
      add(candidate(sentence, t.start, t.start + based[1].length, 'based-on'), 'used');
      return;
    }
    // "FooLM 70B": a sized model is an entity of its own, as "FooLM-70B" is
    const size = sentence.tokens[i + 1];
    if (proposed.has(t.key) && size && MODEL_SIZE.test(size.text))
      add(candidate(sentence, t.start, size.end, 'proposed-variant'), 'proposed');
    // "FooLM-8B-DPO": any hyphen prefix that is the proposed name
    if (proposed.size > 0 && !proposed.has(t.key) && t.text.includes('-')) {
      const parts = t.text.split('-');
      for (let k = parts.length - 1; k > 0; k--) {
        if (!/^[\p{L}\p{N}]{1,4}$/u.test(parts[k] ?? '')) break;
        if (proposed.has(entityKey(parts.slice(0, k).join('-')))) {
          add(candidate(sentence, t.start, t.end, 'proposed-variant'), 'proposed');
          break;
        }
      }
    }
  });
}

/** ", a prominent one-step diffusion model": what precedes names a method. */
const DESCRIBED_AS_METHOD =
  /,\s+(?:a|an|the)\s+((?:[a-z][\w-]*,?\s+){0,6}?)(?:models?|methods?|frameworks?|architectures?|algorithms?|networks?|optimizers?|approach|technique|LLMs?|VLMs?|MLLMs?|LMMs?)\b/g;

/** "FooBrush, a prominent one-step diffusion model": a name described as a method is one. */
function describedNames(sentence: SentenceText, proposed: Set<string>, add: Add): void {
  if (!sentence.text.includes(', ')) return;
  for (const m of sentence.text.matchAll(DESCRIBED_AS_METHOD)) {
    const between = (m[1] ?? '').split(/[\s,]+/).filter(Boolean);
    // "we propose FooNet, a novel optimizer": the propose rules read the paper's own
    if (between.some((w) => LIST_STOP.has(w) || LEAD_STOP.has(w) || NEW_ONE.test(w))) continue;
    const at = sentence.start + m.index;
    const j = sentence.tokens.findLastIndex((t) => t.end <= at);
    const s = j >= 0 ? nameEnding(sentence, j) : null;
    if (!s || proposed.has(entityKey(s.text)) || notAMethod(s.text)) continue;
    const inDefinition = (d: AcronymDefinition) =>
      Math.min(d.long.start, d.short.start) <= s.end &&
      Math.max(d.long.end, d.short.end) >= s.start - 1;
    if (sentence.acronyms.some(inDefinition)) continue;
    PROPOSE.lastIndex = 0;
    if (PROPOSE.test(sentence.owner.text.slice(sentence.start, s.start))) continue;
    add(candidate(sentence, s.start, s.end, 'method-apposition'), 'used');
  }
}

/** A title that reviews a field names no method of its own. */
const SURVEY =
  /\b(?:a survey|survey of|a review|review of|an overview|overview of)\b|:\s*(?:survey|review|overview)\b/i;

/** The title's own name: "PartialFormer: ...", "Trellis Networks for Sequence Modeling". */
function titleName(paper: PaperText, found: MethodCandidate[], add: Add): string {
  const sentence = paper.title.sentences[0];
  if (!sentence) return '';
  const text = paper.title.text;
  const colon = text.indexOf(':');
  const headEnd =
    colon > 0
      ? colon
      : (/\s(?:for|with|via|using|in|on|through|towards?|to)\s/.exec(text)?.index ?? text.length);
  const head = text.slice(sentence.start, headEnd).trim();
  const tokens = sentence.tokens.filter((t) => t.end <= headEnd);
  if (!head || tokens.length === 0 || tokens.length > 6) return '';
  const capitalised = tokens.every(
    (t) =>
      /^[\p{Lu}\p{N}]/u.test(t.text) ||
      /^(?:of|and|for|the|in|to|with)$/.test(t.text) ||
      isNameShaped(t.text) ||
      VERSION.test(t.text),
  );
  if (!capitalised || isGeneric(head) || SURVEY.test(text)) return '';
  // "Personalize Segment Anything Model": a verb whose object is a known method names nothing
  // (the head's tokens are the title's first ones)
  const rest = tokens.length > 1 ? METHODS.matchAt(sentence.tokens, 1) : null;
  if (rest && rest.end === (tokens.at(-1) as Token).end) return '';
  const known = found.some(
    (m) =>
      entityKey(m.name) === entityKey(head) ||
      m.aliases.some((a) => entityKey(a) === entityKey(head)),
  );
  const last = tokens.at(-1) as Token;
  // "FooBrush v2: ..." is one name with its version
  const words = VERSION.test(last.text) ? tokens.length - 1 : tokens.length;
  const single = words === 1 && (colon > 0 || isNameShaped(head));
  const modelLike =
    MODEL_HEAD.test(last.text) &&
    !/ing$/.test(tokens[0]?.text ?? '') &&
    (colon < 0 || !tokens.some((t) => /ly$/.test(t.text)));
  if (single || known || modelLike) {
    const first = tokens[0] as Token;
    add(
      candidate(
        sentence,
        first.start,
        // the tokens' extent: `head` may carry a quote or bracket before the first token
        last.end,
        single ? 'title-name' : 'title-phrase',
      ),
      'proposed',
    );
  }
  return head;
}
