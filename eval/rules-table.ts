import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { RULES } from '../src/ingest/extract/rules.js';

/**
 * The rule table of README.md, generated from src/ingest/extract/rules.ts so that the two never
 * drift: `npm run readme:rules` rewrites it, and a test fails when it is out of date.
 */
export const README = new URL('../README.md', import.meta.url);
const START = '<!-- rules:start (npm run readme:rules) -->';
const END = '<!-- rules:end -->';

export function rulesTable(): string {
  const rows = Object.entries(RULES).map(
    ([name, r]) =>
      `| \`${name}\` | ${r.kind} | ${r.confidence} | ${r.precedence} | ${r.description.replaceAll('|', '\\|')} |`,
  );
  return [
    '| rule | kind | confidence | precedence | what it finds |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

/** The table as it stands in the README, between its markers. */
export function readmeTable(text = readFileSync(README, 'utf8')): string | null {
  const from = text.indexOf(START);
  const to = text.indexOf(END);
  return from < 0 || to < from ? null : text.slice(from + START.length, to).trim();
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const text = readFileSync(README, 'utf8');
  if (readmeTable(text) === null) throw new Error(`README.md has no ${START} ... ${END} section`);
  const from = text.indexOf(START) + START.length;
  writeFileSync(
    README,
    `${text.slice(0, from)}\n${rulesTable()}\n${text.slice(text.indexOf(END))}`,
  );
}
