import type { Plugin } from 'graphql-yoga';
import type { Deadline } from '../graph/driver.js';
import { timeoutForClient } from './graph-errors.js';

/** How long one request may take unless PAPERGRAPH_REQUEST_TIMEOUT_MS says otherwise. */
export const REQUEST_TIMEOUT_MS = 30_000;

/**
 * Stops executing an operation at its request's deadline, or when the client goes away: fields
 * not resolved by then never are, and the client gets `TIMEOUT` naming the limit. The request's
 * Neo4j transactions end at the same deadline (`Graph.within`).
 *
 * One controller that both causes abort, not `AbortSignal.any`: Node 20 keeps a combined signal
 * that has listeners until it aborts, and the executor never removes its own listener, so every
 * request that ended in time stayed in memory (about 6 kB each under bench:load).
 */
export const cancelAtDeadline: Plugin<{ deadline: Deadline }> = {
  onExecute({ args }) {
    const { deadline, request } = args.contextValue as { deadline: Deadline; request: Request };
    const budget = new AbortController();
    const timer = setTimeout(
      () => budget.abort(timeoutForClient(deadline.error())),
      Math.max(deadline.remaining(), 0),
    );
    const clientGone = () => budget.abort(request.signal.reason);
    if (request.signal.aborted) clientGone();
    else request.signal.addEventListener('abort', clientGone, { once: true });
    // graphql-yoga's executor stops at this signal (its own useExecutionCancellation sets it too).
    (args as { signal?: AbortSignal }).signal = budget.signal;
    return {
      onExecuteDone: () => {
        clearTimeout(timer);
        request.signal.removeEventListener('abort', clientGone);
      },
    };
  },
};
