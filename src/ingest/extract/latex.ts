/**
 * LaTeX residue in titles and abstracts (`S^{2}FT`, `\&`, `{\textbf P}rototypes`, `Nystr\"{o}m`):
 * a cleaned copy of the text plus, for every cleaned character, its offset in the raw text, so
 * that mentions found in the clean text keep offsets into the field as written.
 */
export interface CleanText {
  text: string;
  /** Raw offset of each character of `text`, plus one entry for the end. */
  offsets: number[];
}

const ACCENTS: Record<string, string> = {
  '"': '\u0308',
  "'": '\u0301',
  '`': '\u0300',
  '^': '\u0302',
  '~': '\u0303',
};

const STYLE =
  'textbf|textit|textrm|textsf|texttt|emph|bf|it|rm|sf|tt|mathrm|mathbf|mathit|mathcal|text';

/** One sticky pattern per construct; group 1 (when present) is the text to keep. */
const RULES: Array<{ re: RegExp; out: (m: RegExpExecArray) => string }> = [
  // {\textbf P}rototypes
  { re: new RegExp(`\\{\\\\(?:${STYLE})\\s+([^{}]*)\\}`, 'y'), out: (m) => m[1] ?? '' },
  // \textbf{P}
  { re: new RegExp(`\\\\(?:${STYLE})\\{([^{}]*)\\}`, 'y'), out: (m) => m[1] ?? '' },
  // Nystr\"{o}m, \'e
  {
    re: /\\(["'`^~])\{?([A-Za-z])\}?/y,
    out: (m) => `${m[2]}${ACCENTS[m[1] ?? ''] ?? ''}`.normalize('NFC'),
  },
  { re: /\\([&%_#$])/y, out: (m) => m[1] ?? '' },
  { re: /\\times\b/y, out: () => '×' },
  // S^{2}FT, SP^2OT
  { re: /\^\{([^{}]*)\}/y, out: (m) => m[1] ?? '' },
  { re: /\^(?=[\p{L}\p{N}])/uy, out: () => '' },
  // (S)parse (Ma)trix: letters highlighted to spell an acronym
  { re: /\(([A-Za-z]{1,3})\)(?=[a-z])/y, out: (m) => m[1] ?? '' },
  { re: /``|''/y, out: () => '"' },
  { re: /\$/y, out: () => '' },
  // a citation or cross-reference key (`\cite{flamingo}`) is no text of the abstract
  { re: /\\(?:cite[tp]?|citeauthor|ref|eqref|autoref|label)\*?\{[^{}]*\}/y, out: () => '' },
  // a stray backslash before a URL (`\https://...`)
  { re: /\\(?=https?:)/y, out: () => '' },
  // any other command is markup or the author's own macro (`\ourmodel{}`), never a name
  { re: /\\[A-Za-z]+\*?(?:\{\})?/y, out: () => '' },
];

export function cleanLatex(raw: string): CleanText {
  let text = '';
  const offsets: number[] = [];
  let i = 0;
  outer: while (i < raw.length) {
    const ch = raw[i] as string;
    if (
      ch === '\\' ||
      ch === '{' ||
      ch === '^' ||
      ch === '(' ||
      ch === '`' ||
      ch === "'" ||
      ch === '$'
    ) {
      for (const rule of RULES) {
        rule.re.lastIndex = i;
        const m = rule.re.exec(raw);
        if (!m) continue;
        const kept = rule.out(m);
        const at = m[1] !== undefined ? i + m[0].indexOf(m[1]) : i;
        for (let k = 0; k < kept.length; k++) {
          text += kept[k];
          offsets.push(Math.min(at + k, i + m[0].length - 1));
        }
        i += m[0].length;
        continue outer;
      }
    }
    text += ch;
    offsets.push(i);
    i++;
  }
  offsets.push(raw.length);
  return { text, offsets };
}
