import { readFileSync, writeFileSync } from 'node:fs';

/**
 * The README's generated parts: each sits between `<!-- NAME:start (npm run ...) -->` and
 * `<!-- NAME:end -->`, is printed from the code that holds its facts, and has a test that fails
 * when the README's copy differs.
 */
export const README = new URL('../README.md', import.meta.url);

function bounds(text: string, name: string): { from: number; to: number } | null {
  const start = text.indexOf(`<!-- ${name}:start`);
  const from = start < 0 ? -1 : text.indexOf('-->', start) + '-->'.length;
  const to = text.indexOf(`<!-- ${name}:end -->`);
  return start < 0 || to < from ? null : { from, to };
}

/** The section as it stands in the README, between its markers. */
export function readmeSection(name: string, text = readFileSync(README, 'utf8')): string | null {
  const at = bounds(text, name);
  return at && text.slice(at.from, at.to).trim();
}

/** Rewrites the section with `body`. */
export function writeReadmeSection(name: string, body: string): void {
  const text = readFileSync(README, 'utf8');
  const at = bounds(text, name);
  if (!at)
    throw new Error(`README.md has no <!-- ${name}:start --> ... <!-- ${name}:end --> section`);
  writeFileSync(README, `${text.slice(0, at.from)}\n${body}\n${text.slice(at.to)}`);
}
