import { pathToFileURL } from 'node:url';
import { API_LIMITS } from '../src/schema/limits.js';
import { readmeSection, writeReadmeSection } from './readme-section.js';

/** The README's table of API limits, printed from src/schema/limits.ts (`npm run readme:limits`). */
export function limitsTable(): string {
  const rows = Object.entries(API_LIMITS).map(
    ([name, { value, what }]) => `| \`${name}\` | ${value.toLocaleString('en')} | ${what} |`,
  );
  return ['| limit | value | of what |', '| --- | --- | --- |', ...rows].join('\n');
}

export const readmeLimits = () => readmeSection('limits');

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeReadmeSection('limits', limitsTable());
}
