import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('npm test on a machine without Chromium', () => {
  it('fails at once, before any check runs, saying what to install or set', {
    timeout: 60_000,
  }, () => {
    const run = spawnSync('npm', ['test'], {
      env: { ...process.env, PAPERGRAPH_CHROMIUM: '/nonexistent/chromium' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'Chromium, for the browser tests of the explorer and GraphiQL: /nonexistent/chromium is ' +
        'not an executable file. Install Debian’s package (apt-get install chromium) or set ' +
        'PAPERGRAPH_CHROMIUM to a Chromium or Chrome binary.',
    );
    // The pretest check stopped it: neither lint nor the test runner started.
    expect(run.stdout).not.toMatch(/biome check|vitest run/);
  });
});
