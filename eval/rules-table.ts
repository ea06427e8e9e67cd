import { pathToFileURL } from 'node:url';
import { readmeSection, writeReadmeSection } from '../scripts/readme-section.js';
import { RULES } from '../src/ingest/extract/rules.js';

/**
 * The rule table of README.md, generated from src/ingest/extract/rules.ts so that the two never
 * drift: `npm run readme:rules` rewrites it, and a test fails when it is out of date.
 */
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
export const readmeTable = () => readmeSection('rules');

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeReadmeSection('rules', rulesTable());
}
