/**
 * Sentence cues shared by the method and dataset rules: who proposes what, what is compared with
 * or built on, and which words end a list of names.
 */

/** "we propose", "this paper introduces", "we further present", "we study BERT and propose". */
export const PROPOSE =
  /\b(?:(?:we|this (?:paper|work|thesis|study|article)|our (?:paper|work))\b(?:[\s,]+[\w-]+){0,3}?[\s,]+(?:propose|introduce|present|develop|design|devise|describe|contribute|put forward|construct)(?:s|d|ed)?|and (?:then |further |also )?(?:propose|introduce|present)(?<=\bwe\b[^.;]*))\b/gi;

/** "called X", "dubbed X", "referred to as X", "name the resulting approach X". */
export const NAMING_WORDS =
  'called|named|dubbed|termed(?: as)?|coined|referred to as|denoted(?: as)?';
export const NAMING = new RegExp(
  `\\b(?:${NAMING_WORDS}|(?:name|term|call|dub) (?:the|our|it|this)(?: [\\w-]+){0,3}?)[\\s,:]+`,
  'gi',
);

/** "our integrated framework, X" */
export const OUR_THING =
  /\bour (?:[\w-]+ ){0,2}(?:method|approach|model|framework|architecture|system|technique|algorithm|scheme|library)s?,?\s+/gi;

/** Signals that the paper speaks in its own voice, so a naming phrase names its own method. */
export const OWN_VOICE = /\b(?:we|our|this (?:paper|work|thesis|study)|the proposed)\b/i;

/** Names after these are methods the paper compares with, builds on or uses. */
export const USED_CUE =
  /\b(?<!-)(?:such as|e\.g\.|like|including|outperform(?:s|ing|ed)?|surpass(?:es|ing|ed)?|compared (?:to|with|against)|comparisons? (?:to|with|against)|(?:improvements?|gains?|superiority|advantages?) over|than|versus|vs\.|unlike|relative to|starting from|initiali[sz]ed (?:from|with)|based on|built (?:up)?on|build(?:s|ing)? (?:up)?on|on top of|baselines?|backbones?|variants? of|extends|inspired by|recently proposed|previously proposed)\b/gi;

/** Words that end a list of names following a cue. */
export const LIST_STOP = new Set([
  'in',
  'on',
  'for',
  'by',
  'with',
  'to',
  'which',
  'that',
  'while',
  'where',
  'when',
  'across',
  'at',
  'from',
  'under',
  'without',
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'can',
  'via',
  'into',
  'through',
  'we',
  'it',
  'its',
  'their',
  'our',
  'both',
  'achieves',
  'achieve',
  'shows',
  'show',
]);

/** Lower-case words an object may start with before its name: "a novel", "the popular". */
export const LEAD_STOP = new Set([
  'to',
  'that',
  'which',
  'how',
  'by',
  'for',
  'with',
  'in',
  'on',
  'where',
  'whether',
  'what',
  'as',
  'and',
  'or',
  'but',
  'from',
  'into',
  'between',
  'using',
  'through',
  'via',
  'over',
  'under',
  'its',
  'their',
  'it',
  'them',
  'this',
  'these',
  'those',
  'is',
  'are',
  'be',
  'can',
  'will',
  'here',
  'of',
]);

export const DATASET_WORD =
  /^(?:datasets?|benchmarks?|corpus|corpora|suites?|challenges?|collections?|testbeds?|leaderboards?|splits?)$/i;

/** A dataset word inside a phrase, for sentence-level patterns: "test bed", "evaluation suite". */
export const DATASET_NOUN =
  '(?:data ?sets?|benchmarks?|corpus|corpora|test ?beds?|suites?|collections?|leaderboards?|arenas?)';

/** Names used as tools follow these: "fine-tuned with FooLM-7B", "using DINOv9", "via BarCLIP". */
export const TOOL_CUE = new Set([
  'with',
  'using',
  'via',
  'leverage',
  'leverages',
  'leveraging',
  'employ',
  'employs',
  'employing',
  'adopt',
  'adopts',
  'adopting',
  'upon',
  'atop',
]);

/** Folded words that may sit between a tool cue and the name: "using the pretrained FooLM". */
export const TOOL_LEAD = new Set([
  'the',
  'a',
  'an',
  'pretrained',
  'pre-trained',
  'frozen',
  'off-the-shelf',
]);
