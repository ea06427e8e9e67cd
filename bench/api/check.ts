import { canonical, type Json, type Operation, type Question } from './questions.js';
import { type ListenerName, SERVER_NAMES, type ServerName } from './servers.js';

/** Sends one operation to one of the servers and gives back the response body. */
export type Post = (server: ListenerName, operation: Operation) => Promise<Json>;

/** Two servers answered a question differently. */
export class AnswerMismatch extends Error {
  override name = 'AnswerMismatch';
}

/**
 * Asks every server the question and fails, naming the first place where they part, unless all
 * three give the same normalised answer (and a non-empty one: an empty answer proves nothing).
 */
export async function checkAnswers(question: Question, post: Post): Promise<Json> {
  const answers = new Map<ServerName, Json>();
  for (const server of SERVER_NAMES) {
    const body = await post(server, question.ask[server]);
    if (body.errors || !body.data) {
      throw new AnswerMismatch(`${server} failed "${question.id}": ${JSON.stringify(body.errors)}`);
    }
    answers.set(server, question.normalise[server](body.data));
  }
  const expected = answers.get('papergraph');
  if (expected == null || ['[]', '{}'].includes(canonical(expected))) {
    throw new AnswerMismatch(`papergraph's answer to "${question.id}" is empty`);
  }
  for (const [server, answer] of answers) {
    const difference = firstDifference(expected, answer, question.id);
    if (difference) {
      throw new AnswerMismatch(`papergraph and ${server} answer differently: ${difference}`);
    }
  }
  return expected;
}

/** Where two JSON values first differ, as a path and both values; null when they are equal. */
function firstDifference(a: Json, b: Json, path: string): string | null {
  if (canonical(a) === canonical(b)) return null;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const inner = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (inner) return inner;
    }
    return `${path}: ${a.length} items against ${b.length}`;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const inner = firstDifference(a[key], b[key], `${path}.${key}`);
      if (inner) return inner;
    }
  }
  return `${path}: ${canonical(a)} against ${canonical(b)}`;
}
