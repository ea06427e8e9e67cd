import { existsSync, readdirSync, readFileSync } from 'node:fs';

/**
 * CPU seconds, read from Linux's /proc: this process (its worker threads included), the Neo4j
 * processes it started (the running server, plus the child processes that have ended: importers,
 * stopped servers, and Maven when it built the launcher), and the running server's JIT compiler
 * threads. Not available elsewhere.
 */
export interface CpuTime {
  papergraph: number;
  neo4j: number;
  jit: number;
}

/** USER_HZ, the unit of /proc's CPU times: 100 on every Linux architecture Node runs on. */
const TICKS_PER_SECOND = 100;

/**
 * Seconds from a stat file's fields after the command name (which may hold spaces): `at` 11 and
 * 12 are utime and stime, 13 and 14 the ended children's cutime and cstime.
 */
function statSeconds(file: string, at: [number, number]): number {
  try {
    const stat = readFileSync(file, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[at[0]]) + Number(fields[at[1]])) / TICKS_PER_SECOND;
  } catch {
    return 0; // the process or thread has just ended
  }
}

export function cpuTime(serverPid?: number): CpuTime | undefined {
  if (!existsSync('/proc/self/stat')) return undefined;
  const server = serverPid === undefined ? undefined : `/proc/${serverPid}`;
  const compilerThreads =
    server && existsSync(server)
      ? readdirSync(`${server}/task`).filter((thread) => {
          try {
            return /^C\d CompilerThre/.test(readFileSync(`${server}/task/${thread}/comm`, 'utf8'));
          } catch {
            return false;
          }
        })
      : [];
  return {
    papergraph: statSeconds('/proc/self/stat', [11, 12]),
    neo4j:
      statSeconds('/proc/self/stat', [13, 14]) +
      (server ? statSeconds(`${server}/stat`, [11, 12]) : 0),
    jit: compilerThreads.reduce(
      (sum, thread) => sum + statSeconds(`${server}/task/${thread}/stat`, [11, 12]),
      0,
    ),
  };
}

/** What was used between two readings, as one line; a remote Neo4j's time is not known here. */
export function describeCpu(
  before: CpuTime | undefined,
  after: CpuTime | undefined,
  neo4jIsLocal: boolean,
): string {
  if (!before || !after) return 'CPU time: not available on this system';
  const used = (key: keyof CpuTime) => Math.round(after[key] - before[key]);
  const papergraph = `CPU time: papergraph ${used('papergraph')} s`;
  if (!neo4jIsLocal) return `${papergraph} (Neo4j runs elsewhere: not measured)`;
  return `${papergraph}, Neo4j ${used('neo4j')} s (of which the server's JIT compiler threads ${used('jit')} s)`;
}
