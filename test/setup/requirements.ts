import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { pathToFileURL } from 'node:url';

/**
 * What `npm test` needs that `npm ci` cannot install, checked before it starts (npm runs this as
 * `pretest`), so that a machine without them fails at once with what to run instead of after
 * minutes of tests, and no test is skipped for want of them. `.ci/run` installs both.
 */

/** The Chromium the browser tests drive: Debian's, or the binary PAPERGRAPH_CHROMIUM names. */
export function chromiumPath(env = process.env): string {
  return env.PAPERGRAPH_CHROMIUM || '/usr/bin/chromium';
}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function hasPyYaml(): boolean {
  try {
    execFileSync('python3', ['-c', 'import yaml'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** One line of advice for each requirement that is missing. */
export function missingRequirements(env = process.env): string[] {
  const missing: string[] = [];
  const chromium = chromiumPath(env);
  if (!executable(chromium)) {
    missing.push(
      `Chromium, for the browser tests of the explorer and GraphiQL: ${chromium} is not an ` +
        'executable file. Install Debian’s package (apt-get install chromium) or set ' +
        'PAPERGRAPH_CHROMIUM to a Chromium or Chrome binary.',
    );
  }
  if (!hasPyYaml()) {
    missing.push(
      'PyYAML, for the lexicon build’s checks: python3 cannot import yaml. Install it ' +
        '(python3 -m pip install PyYAML==6.0.3, or apt-get install python3-yaml).',
    );
  }
  return missing;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const missing = missingRequirements();
  if (missing.length > 0) {
    console.error(`npm test needs:\n${missing.map((line) => `  - ${line}`).join('\n')}`);
    process.exit(1);
  }
}
