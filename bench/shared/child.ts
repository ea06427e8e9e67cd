/**
 * A benchmark's servers in a child process of their own, so that the load generator does not
 * share their event loop. The child prints one JSON line once it listens (its ports) and stops
 * when its standard input closes; an IPC channel is open for anything else it is asked.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface Child<Ready> {
  process: ChildProcess;
  /** The child's first line, parsed. */
  ready: Ready;
}

/** Runs `script` (TypeScript, through tsx) with `env` added; resolves once it has printed its first line. */
export async function startChild<Ready>(
  script: string,
  env: Record<string, string>,
  nodeOptions: string[] = [],
): Promise<Child<Ready>> {
  const child = spawn(process.execPath, [...nodeOptions, '--import', 'tsx', script], {
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'inherit', 'ipc'],
  });
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const first = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`${script} exited with code ${code}`)));
  });
  return { process: child, ready: JSON.parse(first) };
}

/** Closes the child's standard input and waits for it to exit; kills it after 10 s. */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.stdin?.end();
  const timer = setTimeout(() => child.kill(), 10_000);
  await exited;
  clearTimeout(timer);
}
