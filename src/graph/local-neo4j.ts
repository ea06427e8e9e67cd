import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import neo4j from 'neo4j-driver';

/** The Maven project that runs Neo4j Community in its own JVM (see neo4j/pom.xml). */
const launcherProject = fileURLToPath(new URL('../../neo4j/', import.meta.url));
const launcherJar = join(launcherProject, 'target', 'papergraph-neo4j.jar');
/** The launcher and Neo4j's own jars (which include neo4j-admin's commands). */
export const launcherClasspath = `${launcherJar}:${join(launcherProject, 'target', 'lib', '*')}`;
const launcherSources = [
  join(launcherProject, 'pom.xml'),
  join(launcherProject, 'src', 'main', 'java', 'papergraph', 'neo4j', 'Launcher.java'),
];
const READY = /^papergraph-neo4j ready (bolt:\/\/\S+)$/;

export interface LocalNeo4jOptions {
  dataDir: string;
  /** Bolt port on 127.0.0.1; 0 picks a free one. */
  port: number;
  /** NEO4J_PASSWORD, when set: see `localPassword`. */
  password?: string;
  heapMb: number;
  pageCacheMb: number;
  startTimeoutMs?: number;
  /** Called with progress messages meant for a person (building, starting). */
  onStatus?: (message: string) => void;
}

export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}

/** The file in a local Neo4j's data directory that holds its password. */
export function passwordFile(dataDir: string): string {
  return join(resolve(dataDir), 'password');
}

/**
 * The local server's password: the one stored in its data directory. On a first start (no file)
 * it is `explicit` or else a new random one, stored (mode 0600) to be set on the server; never
 * reset after that, so no start without NEO4J_PASSWORD falls back to a known one. An `explicit`
 * one that is not the stored one is refused.
 */
export function localPassword(
  dataDir: string,
  explicit?: string,
): { password: string; isNew: boolean } {
  const file = passwordFile(dataDir);
  if (existsSync(file)) {
    const stored = readFileSync(file, 'utf8').trim();
    if (explicit !== undefined && explicit !== stored) {
      throw new LocalNeo4jError(
        `NEO4J_PASSWORD is not the password of the local Neo4j in ${resolve(dataDir)}, which ` +
          `is kept in ${file}: unset NEO4J_PASSWORD to use that one, or, to change it, delete ` +
          'the file and start once with the new NEO4J_PASSWORD',
      );
    }
    return { password: stored, isNew: false };
  }
  const password = explicit ?? randomBytes(24).toString('base64url');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return { password, isNew: true };
}

/** Builds the launcher with Maven unless the built jar is newer than its sources. */
export async function buildLauncher(onStatus: (message: string) => void = () => {}) {
  const builtAt = existsSync(launcherJar) ? statSync(launcherJar).mtimeMs : 0;
  if (launcherSources.every((file) => statSync(file).mtimeMs <= builtAt)) return;
  onStatus('Building the local Neo4j launcher with Maven (first run only; downloads Neo4j)...');
  try {
    await promisify(execFile)(
      'mvn',
      ['-B', '-q', '-f', launcherProject, 'package', '-DskipTests'],
      {
        maxBuffer: 64 * 1024 * 1024,
      },
    );
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new LocalNeo4jError(
      `Maven could not build the Neo4j launcher in ${launcherProject}:\n${tail(`${stdout}\n${stderr}`)}`,
    );
  }
}

/**
 * A Neo4j server in a child JVM, owned by this process: it is stopped when this process exits
 * or is interrupted, and it stops by itself if this process dies (its stdin closes).
 */
export class LocalNeo4j {
  private exited: Promise<void>;
  private stopping = false;
  /**
   * Rejects when the server exits without being stopped (a crash, its own out-of-memory exit),
   * with the tail of its logs: a command that serves on it must end then, so that a supervisor
   * restarts it.
   */
  readonly died: Promise<never>;

  private constructor(
    private readonly child: ChildProcess,
    readonly uri: string,
    readonly password: string,
    private readonly dataDir: string,
  ) {
    this.exited = new Promise((done) => child.once('exit', () => done()));
    this.died = new Promise((_, fail) =>
      child.once('exit', (code, signal) => {
        if (this.stopping) return;
        const how = signal ?? `exit code ${code}`;
        fail(
          new LocalNeo4jError(`the local Neo4j exited unexpectedly (${how})${logTails(dataDir)}`),
        );
      }),
    );
    // Only the commands that wait on it care; for the others it is no unhandled rejection.
    this.died.catch(() => {});
    processExitGuard.add(this);
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  static async start(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
    const onStatus = options.onStatus ?? (() => {});
    await buildLauncher(onStatus);
    const dataDir = resolve(options.dataDir);
    const { password, isNew } = localPassword(dataDir, options.password);
    const logFile = join(dataDir, 'launcher.log');
    const log = createWriteStream(logFile, { flags: 'a' });
    onStatus(`Starting Neo4j (data in ${dataDir})...`);

    const child = spawn(
      javaBinary(),
      [
        `-Xmx${options.heapMb}m`,
        '-XX:+ExitOnOutOfMemoryError',
        '-cp',
        launcherClasspath,
        'papergraph.neo4j.Launcher',
        '--data-dir',
        dataDir,
        '--port',
        String(options.port),
        '--page-cache-mb',
        String(options.pageCacheMb),
        '--exit-on-stdin-close',
        ...(isNew ? ['--set-password'] : []),
      ],
      {
        env: { ...process.env, NEO4J_PASSWORD: password },
        stdio: ['pipe', 'pipe', 'pipe'],
      },
    );
    child.stderr?.pipe(log);
    const server = await waitForReady(child, log, options.startTimeoutMs ?? 120_000).catch(
      async (error: Error) => {
        child.kill('SIGKILL');
        // Not set on the server: the next start sets it again.
        if (isNew) rmSync(passwordFile(dataDir));
        throw new LocalNeo4jError(`${error.message}${logTails(dataDir)}`);
      },
    );
    const instance = new LocalNeo4j(child, server, password, dataDir);
    await instance.verify().catch(async (error: Error) => {
      await instance.stop();
      throw new LocalNeo4jError(
        `Neo4j started but refused a connection with the password in ${passwordFile(dataDir)}: ${error.message}`,
      );
    });
    onStatus(`Neo4j is listening on ${server}`);
    return instance;
  }

  /** Stops the server and waits for its JVM to exit (SIGKILL after `graceMs`). */
  async stop(graceMs = 30_000): Promise<void> {
    this.stopping = true;
    processExitGuard.delete(this);
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
  }

  /** Kills without waiting: for `process.on('exit')`, where nothing asynchronous runs. */
  killNow(): void {
    this.child.kill('SIGTERM');
  }

  private async verify(): Promise<void> {
    const driver = neo4j.driver(this.uri, neo4j.auth.basic('neo4j', this.password));
    try {
      await driver.verifyConnectivity();
    } finally {
      await driver.close();
    }
  }
}

function waitForReady(child: ChildProcess, log: NodeJS.WritableStream, timeoutMs: number) {
  return new Promise<string>((ready, fail) => {
    const timer = setTimeout(
      () => fail(new Error(`Neo4j did not start within ${timeoutMs / 1000} s`)),
      timeoutMs,
    );
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.on('line', (line) => {
      log.write(`${line}\n`);
      const match = READY.exec(line);
      if (match?.[1]) {
        clearTimeout(timer);
        ready(match[1]);
      }
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      fail(new Error(`could not run Java (${error.message}); is Java 17+ installed?`));
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      fail(new Error(`Neo4j exited before it was ready (${signal ?? `exit code ${code}`})`));
    });
  });
}

export function javaBinary(): string {
  return process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

/** The tails of the launcher's log and Neo4j's debug log, for an error message. */
function logTails(dataDir: string): string {
  return [join(dataDir, 'launcher.log'), join(dataDir, 'logs', 'debug.log')]
    .map((file) => `\n--- ${file} ---\n${tail(readLog(file))}`)
    .join('');
}

function readLog(file: string): string {
  return existsSync(file) ? readFileSync(file, 'utf8') : '(no log)';
}

export function tail(text: string, lines = 30): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

/**
 * Every running LocalNeo4j of this process, killed when the process exits. Signals are the
 * application's to handle (it shuts down in order, then exits); this is the last resort.
 */
const processExitGuard = new Set<LocalNeo4j>();

process.once('exit', () => {
  for (const server of processExitGuard) server.killNow();
});
