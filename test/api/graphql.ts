import { Kind, parse, visit } from 'graphql';
import type { YogaServerInstance } from 'graphql-yoga';
import { expect } from 'vitest';
import type { Context } from '../../src/schema/builder.js';

/** A GraphQL response as the tests read it: any shape the query asked for. */
// biome-ignore lint/suspicious/noExplicitAny: tests walk whatever the query selected
export type Json = any;

/**
 * Posts a GraphQL operation to the Yoga instance, without a network; `operationName` picks one
 * from a document that holds several, as GraphiQL does.
 */
export async function post(
  yoga: YogaServerInstance<object, Context>,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
  operationName?: string,
) {
  const response = await yoga.fetch('http://papergraph.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables, operationName }),
  });
  return { status: response.status, body: (await response.json()) as Json };
}

/** Posts a GraphQL operation over HTTP to a listening server's endpoint, as a client app does. */
export async function postHttp(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Json> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

/** The data of an operation that must succeed, posted over HTTP. */
export async function queryHttp(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Json> {
  const body = await postHttp(url, query, variables);
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** The data of an operation that must succeed, posted to a Yoga instance (made in `beforeAll`). */
export function querying(yoga: () => YogaServerInstance<object, Context>) {
  return async (query: string, variables: Record<string, unknown> = {}): Promise<Json> => {
    const { body } = await post(yoga(), query, variables);
    expect(body.errors).toBeUndefined();
    return body.data;
  };
}

/**
 * The nesting depth of an operation as the API's own depth limit counts it (Pothos complexity,
 * src/schema/builder.ts): every level of fields, a scalar's too, so `{ paper { title } }` is 2.
 * Issue 13 holds a request to at most this many statements: a level of fields is read by the
 * statements of the levels above it (a node's scalars with the node, a link's entity with the
 * link), so only the relations a level selects send any, each one for all its parents. Fragment
 * spreads are not followed: the operations measured with it have none.
 */
export function operationDepth(query: string): number {
  let depth = 0;
  let deepest = 0;
  visit(parse(query), {
    [Kind.FIELD]: {
      enter: () => {
        depth++;
        deepest = Math.max(deepest, depth);
      },
      leave: () => {
        depth--;
      },
    },
  });
  return deepest;
}
