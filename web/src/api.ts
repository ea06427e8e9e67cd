import type { TypedDocumentString } from './gql/graphql.js';

/** A GraphQL error answer, with the server's messages. */
export class ApiError extends Error {}

/** The API could not be reached, failed or did not answer in time: worth a retry. */
export class ApiUnavailable extends Error {}

/**
 * Past the API's own transaction timeout (30 s by default), so a slow answer is the API's to end;
 * a cold server's first answers can take over 15 s on a loaded machine. Past it, the page offers
 * a retry.
 */
export const REQUEST_TIMEOUT_MS = 35_000;

let pending = 0;
const watchers = new Set<(pending: number) => void>();

/** Calls `watcher` with the number of requests under way whenever a request starts or ends. */
export function watchRequests(watcher: (pending: number) => void): void {
  watchers.add(watcher);
}

function changePending(by: number): void {
  pending += by;
  for (const watcher of watchers) watcher(pending);
}

async function send(body: string, signal?: AbortSignal): Promise<Response> {
  const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
  try {
    return await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body,
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    if (timeout.aborted) {
      throw new ApiUnavailable(`The API did not answer within ${REQUEST_TIMEOUT_MS / 1000} s.`);
    }
    throw new ApiUnavailable('The API cannot be reached: is the server running?');
  }
}

/** Runs one operation against the same server's public GraphQL endpoint. */
export async function request<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
  signal?: AbortSignal,
): Promise<Result> {
  changePending(1);
  try {
    const response = await send(JSON.stringify({ query: document.toString(), variables }), signal);
    // A proxy or a crashed server answers 5xx with a page, not GraphQL.
    if (response.status >= 500 || !response.headers.get('content-type')?.includes('json')) {
      throw new ApiUnavailable(`The API answered ${response.status} ${response.statusText}.`);
    }
    const body = (await response.json()) as { data?: Result; errors?: { message: string }[] };
    if (body.errors?.length || !body.data) {
      throw new ApiError(
        body.errors?.map((error) => error.message).join('; ') ?? response.statusText,
      );
    }
    return body.data;
  } finally {
    changePending(-1);
  }
}

const SCALARS = new Set(['String', 'ID', 'Int', 'Float', 'Boolean', 'Date']);

/** A JSON value as a GraphQL literal: strings of a non-scalar type are enum values. */
function literal(value: unknown, type: string): string {
  if (Array.isArray(value)) return `[${value.map((item) => literal(item, type)).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const fields = Object.entries(value).filter(([, field]) => field !== undefined);
    // Input object fields here are scalars (EntityFilter's names, dates and numbers).
    return `{ ${fields.map(([name, field]) => `${name}: ${literal(field, 'String')}`).join(', ')} }`;
  }
  if (typeof value === 'string' && !SCALARS.has(type)) return value;
  return JSON.stringify(value);
}

/**
 * The project's GraphiQL with this operation in its editor, so a view teaches the query behind
 * it. GraphiQL reads only `query` from its URL, so the variables go in as their defaults.
 */
export function graphiqlHref<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
): string {
  const values = variables as Record<string, unknown>;
  const query = document
    .toString()
    .replace(/\$(\w+)\s*:\s*([\w[\]!]+)/g, (declaration, name: string, type: string) =>
      values[name] === undefined || values[name] === null
        ? declaration
        : `${declaration} = ${literal(values[name], type.replace(/[[\]!]/g, ''))}`,
    );
  return `/graphql?${new URLSearchParams({ query })}`;
}
