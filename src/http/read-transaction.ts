import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../schema/builder.js';

/**
 * One read transaction for all the reads of a query request (`Graph.sharingReads`), begun at
 * its first read and ended once the operation is answered: committed, or rolled back when the
 * execution stopped (at the request's deadline or because the client went away), so that its
 * statements stop too.
 *
 * Mutations keep a transaction per statement: their reads interleave with their writes (the
 * ingest pipeline reads what it is about to write), and a read after a write must begin after
 * it, with its bookmark, to see it on whichever cluster member serves it.
 */
export const oneReadTransaction: Plugin<Context> = {
  onExecute({ args, context, extendContext, executeFn, setExecuteFn }) {
    if (getOperationAST(args.document, args.operationName)?.operation !== 'query') return;
    const reads = context.graph.sharingReads();
    extendContext({ graph: reads.graph });
    setExecuteFn(async (execution) => {
      try {
        const result = await executeFn(execution);
        await reads.end('done');
        return result;
      } catch (error) {
        await reads.end('abandoned');
        throw error;
      }
    });
  },
};
