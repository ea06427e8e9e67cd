import { KINDS, type Kind } from './mix.js';

/** How one kind of request fared. */
export interface KindFigures {
  requests: number;
  p50: number;
  p99: number;
  /** Answers with an HTTP status other than 2xx. */
  non2xx: number;
  /** Answers (of any status) with GraphQL `errors`. */
  graphqlErrors: number;
  /** Each error code seen, with how many answers had it and the first message. */
  codes: Record<string, { count: number; message: string }>;
  /** Requests that had no answer within the client's timeout. */
  timeouts: number;
}

interface Sent {
  kind: Kind;
  at: number;
}

/**
 * Counts the load run's answers per kind. autocannon counts only in total, and a request that
 * times out gets no callback, so each request is registered when it is sent and struck off when
 * its answer comes: what is left at the end, older than the timeout, timed out.
 */
export class Tally {
  readonly #pending = new Map<number, Sent>();
  readonly #latencies = new Map<Kind, number[]>(KINDS.map((kind) => [kind, []]));
  readonly #figures = new Map<Kind, Omit<KindFigures, 'p50' | 'p99'>>(
    KINDS.map((kind) => [
      kind,
      { requests: 0, non2xx: 0, graphqlErrors: 0, codes: {}, timeouts: 0 },
    ]),
  );
  #tokens = 0;

  /** A request of `kind` is being sent; the token goes with it to its answer. */
  sent(kind: Kind): number {
    this.#tokens++;
    this.#pending.set(this.#tokens, { kind, at: performance.now() });
    return this.#tokens;
  }

  answered(token: number, status: number, body: string): void {
    const sent = this.#pending.get(token);
    if (!sent) return;
    this.#pending.delete(token);
    const figures = this.#figures.get(sent.kind) as KindFigures;
    figures.requests++;
    this.#latencies.get(sent.kind)?.push(performance.now() - sent.at);
    if (status < 200 || status >= 300) figures.non2xx++;
    const errors = errorsOf(body);
    if (errors.length === 0) return;
    figures.graphqlErrors++;
    for (const error of errors) {
      const code = error.extensions?.code ?? 'no code';
      figures.codes[code] ??= { count: 0, message: error.message ?? '' };
      figures.codes[code].count++;
    }
  }

  /** The figures per kind once the run is over; requests still waiting then count if they timed out. */
  figures(timeoutMs: number): Record<Kind, KindFigures> {
    const now = performance.now();
    for (const sent of this.#pending.values()) {
      if (now - sent.at >= timeoutMs) (this.#figures.get(sent.kind) as KindFigures).timeouts++;
    }
    return Object.fromEntries(
      KINDS.map((kind) => {
        const latencies = (this.#latencies.get(kind) as number[]).sort((a, b) => a - b);
        return [
          kind,
          {
            ...this.#figures.get(kind),
            p50: percentile(latencies, 0.5),
            p99: percentile(latencies, 0.99),
          },
        ];
      }),
    ) as Record<Kind, KindFigures>;
  }
}

interface ErrorBody {
  message?: string;
  extensions?: { code?: string };
}

function errorsOf(body: string): ErrorBody[] {
  try {
    return (JSON.parse(body) as { errors?: ErrorBody[] }).errors ?? [];
  } catch {
    return [{ message: `not JSON: ${body.slice(0, 80)}`, extensions: { code: 'NOT_JSON' } }];
  }
}

/** The value at quantile `q` of sorted values (nearest rank), in whole milliseconds. */
function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0);
}
