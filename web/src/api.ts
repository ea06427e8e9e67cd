import type { TypedDocumentString } from './gql/graphql.js';

/** A GraphQL error answer, with the server's messages. */
export class ApiError extends Error {}

/** Runs one operation against the same server's public GraphQL endpoint. */
export async function request<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
  signal?: AbortSignal,
): Promise<Result> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: document.toString(), variables }),
    signal,
  });
  const body = (await response.json()) as { data?: Result; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) {
    throw new ApiError(
      body.errors?.map((error) => error.message).join('; ') ?? response.statusText,
    );
  }
  return body.data;
}
