/**
 * Orderly shutdown for long-running commands: cleanups run newest first (the API server closes
 * before the driver, the driver before Neo4j) on SIGINT or SIGTERM, then the process exits.
 */
const cleanups: Array<() => Promise<void>> = [];
let shuttingDown: Promise<void> | undefined;

/** The longest a shutdown on a signal may take before the process exits anyway. */
export const SHUTDOWN_DEADLINE_MS = 10_000;
let deadlineMs = SHUTDOWN_DEADLINE_MS;

/** Sets the shutdown deadline (PAPERGRAPH_SHUTDOWN_TIMEOUT_MS). */
export function setShutdownDeadline(ms: number): void {
  deadlineMs = ms;
}

export function onShutdown(cleanup: () => Promise<void>): void {
  cleanups.push(cleanup);
}

export function shutdown(): Promise<void> {
  shuttingDown ??= (async () => {
    for (const cleanup of cleanups.splice(0).reverse()) {
      await cleanup().catch((error: unknown) => console.error('error while shutting down:', error));
    }
  })();
  return shuttingDown;
}

/**
 * Installs the signal handlers; a second signal while shutting down, or a shutdown past the
 * deadline (a request that does not finish), exits at once.
 */
export function exitOnSignals(): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (shuttingDown) process.exit(1);
      setTimeout(() => {
        console.error(`papergraph: shutdown took longer than ${deadlineMs} ms; exiting now`);
        process.exit(1);
      }, deadlineMs).unref();
      void shutdown().then(() => process.exit(signal === 'SIGINT' ? 130 : 143));
    });
  }
}

/**
 * Resolves once shutdown has run, or rejects as soon as `failure` does (the local Neo4j died);
 * keeps the process alive until then.
 */
export function untilShutdown(failure?: Promise<never>): Promise<void> {
  const keepAlive = setInterval(() => {}, 1 << 30);
  const done = new Promise<void>((resolve) =>
    onShutdown(async () => {
      clearInterval(keepAlive);
      resolve();
    }),
  );
  return failure ? Promise.race([done, failure]) : done;
}
