import { type ChildProcessByStdio, execFileSync, spawn } from 'node:child_process';
import { createInterface, type Interface } from 'node:readline';
import type { Readable } from 'node:stream';

/** Java processes that run a launcher on the given data directory. */
export function launchersOn(directory: string): string[] {
  const processes = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n');
  return processes.filter(
    (line) => line.includes('papergraph.neo4j.Launcher') && line.includes(directory),
  );
}

/** Kills the JVM of the local Neo4j on `directory` as a crash would: SIGKILL, no shutdown. */
export function killLocalNeo4j(directory: string): void {
  const [java] = launchersOn(directory);
  if (!java) throw new Error(`no local Neo4j runs on ${directory}`);
  process.kill(Number(java.trim().split(/\s+/)[0]), 'SIGKILL');
}

export interface PapergraphProcess {
  child: ChildProcessByStdio<null, Readable, Readable>;
  /** Its stdout and its stderr, line by line. */
  stdout: Interface;
  stderrLines: Interface;
  /** Everything it wrote to stderr so far. */
  stderr(): string;
  exited: Promise<number | null>;
}

/**
 * `papergraph <args>` from source with a local Neo4j of its own on `dataDir` (any free port,
 * small memory), whatever `NEO4J_URI` the test run has.
 */
export function papergraphWithOwnNeo4j(args: string[], dataDir: string): PapergraphProcess {
  const { NEO4J_URI: _uri, NEO4J_PASSWORD: _password, ...env } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts', ...args], {
    env: {
      ...env,
      PAPERGRAPH_DATA_DIR: dataDir,
      PAPERGRAPH_NEO4J_PORT: '0',
      PAPERGRAPH_NEO4J_HEAP_MB: '256',
      PAPERGRAPH_NEO4J_PAGECACHE_MB: '64',
      PORT: '0',
      LOG_LEVEL: 'silent',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  return {
    child,
    stdout: createInterface({ input: child.stdout }),
    stderrLines: createInterface({ input: child.stderr }),
    stderr: () => stderr,
    exited: new Promise((done) => child.once('exit', done)),
  };
}

/** Resolves at the first line that matches. */
export function lineMatching(lines: Interface, pattern: RegExp): Promise<string> {
  return new Promise((found) => lines.on('line', (line) => pattern.test(line) && found(line)));
}
