import type { IncomingMessage, ServerResponse } from 'node:http';
import { limit } from '../schema/limits.js';

interface Refusal {
  status: 411 | 413;
  code: 'LENGTH_REQUIRED' | 'TOO_LARGE';
  message: string;
  extensions?: { limit: 'bodyBytes'; max: number; found: number };
}

/**
 * Why a request's body must not be read, or null. Yoga reads a whole body into memory before
 * it parses it, so the size is checked on the headers, before any of it is read; a body of
 * unknown length (chunked) is refused, since GraphQL clients and browsers send their length.
 */
function bodyRefusal(req: IncomingMessage): Refusal | null {
  const max = limit('bodyBytes');
  const declared = req.headers['content-length'];
  if (declared === undefined) {
    if (req.headers['transfer-encoding'] === undefined) return null;
    return {
      status: 411,
      code: 'LENGTH_REQUIRED',
      message: 'A request body needs a Content-Length header (a chunked body is not read).',
    };
  }
  const found = Number(declared);
  if (found <= max) return null;
  return {
    status: 413,
    code: 'TOO_LARGE',
    message:
      `The request body is ${found.toLocaleString('en')} bytes, over the limit of ` +
      `${max.toLocaleString('en')} (bodyBytes): send fewer papers per ingestPapers.`,
    extensions: { limit: 'bodyBytes', max, found },
  };
}

/**
 * Answers a request whose body is too large (or of unknown length) with a GraphQL error and
 * closes its connection, so the unread body is never parsed as the next request. Returns
 * whether it did.
 */
export function refusedBody(req: IncomingMessage, res: ServerResponse): boolean {
  const refusal = bodyRefusal(req);
  if (!refusal) return false;
  const { status, code, message, extensions } = refusal;
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', connection: 'close' });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code, ...extensions } }] }));
  return true;
}
