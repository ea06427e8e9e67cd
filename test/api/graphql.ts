import type { YogaServerInstance } from 'graphql-yoga';
import type { Context } from '../../src/schema/builder.js';

/** Posts a GraphQL operation to the Yoga instance, without a network. */
export async function post(
  yoga: YogaServerInstance<object, Context>,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  const response = await yoga.fetch('http://papergraph.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  // biome-ignore lint/suspicious/noExplicitAny: test helper reading arbitrary GraphQL results
  return { status: response.status, body: (await response.json()) as any };
}
