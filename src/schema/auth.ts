import { createHash, timingSafeEqual } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { Context } from './builder.js';

/** How the request identified itself: no key, the right key, or a wrong one. */
export type Caller = 'anonymous' | 'curator' | 'refused';

/** Reads `Authorization: Bearer <key>` and compares it in constant time with the API key. */
export function callerOf(authorization: string | null, apiKey: string | undefined): Caller {
  const token = /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1]?.trim();
  if (!token) return 'anonymous';
  if (!apiKey) return 'refused';
  // Digests have equal length, so timingSafeEqual can compare keys of any length.
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(token), digest(apiKey)) ? 'curator' : 'refused';
}

/** Mutations change the graph: they need the API key; queries stay public. */
export function requireCurator(context: Context): void {
  if (context.caller === 'curator') return;
  if (context.caller === 'anonymous') {
    throw new GraphQLError('Mutations need the API key: send `Authorization: Bearer <key>`.', {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  }
  throw new GraphQLError('The API key is wrong, or no API key is configured on this server.', {
    extensions: { code: 'FORBIDDEN', http: { status: 403 } },
  });
}
