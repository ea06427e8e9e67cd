import { complexityFromQuery } from '@pothos/plugin-complexity';
import { type DocumentNode, getOperationAST, Kind } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../schema/builder.js';
import { operationOverLimit } from '../schema/limits.js';

/**
 * Holds an operation to the depth, breadth and complexity limits before it runs, estimated on the
 * operation as the client sent it. Pothos' own check estimates the operation being executed,
 * which the response cache has rewritten by then (a `__typename` and an `id` added to every
 * selection set), so an operation's limits would differ with the cache on and off.
 */
export const operationLimits: Plugin<Context> = {
  onExecute({ args, setResultAndStopExecution }) {
    const document: DocumentNode = args.document;
    const operation = getOperationAST(document, args.operationName);
    if (!operation) return;
    // The estimate reads the document's first operation: give it the one asked for.
    const asked: DocumentNode = {
      kind: Kind.DOCUMENT,
      definitions: [
        operation,
        ...document.definitions.filter((node) => node.kind === Kind.FRAGMENT_DEFINITION),
      ],
    };
    const estimate = complexityFromQuery(asked, {
      schema: args.schema,
      variables: args.variableValues ?? {},
      ctx: args.contextValue,
    });
    const refusal = operationOverLimit(estimate);
    if (refusal) setResultAndStopExecution({ data: null, errors: [refusal] });
  },
};
