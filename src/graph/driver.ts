import neo4j, {
  type Driver,
  type ManagedTransaction,
  Neo4jError,
  type QueryResult,
  type RecordShape,
  type Session,
  type Transaction,
} from 'neo4j-driver';
import { type QueryName, queryText } from './cypher.js';
import { toPlain } from './values.js';

export interface GraphOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** Upper bound for every transaction, enforced by the server. */
  txTimeoutMs: number;
  /**
   * How long to try reaching Neo4j (a new connection, one from the pool, retries after a lost
   * one) before GraphUnavailableError. The driver's own default retries for 30 s.
   */
  connectTimeoutMs?: number;
}

const CONNECT_TIMEOUT_MS = 5000;

/** The graph could not be reached (server down, wrong address, bad credentials). */
export class GraphUnavailableError extends Error {
  override name = 'GraphUnavailableError';
}

/** A transaction ran past the configured timeout and was stopped by the server. */
export class GraphTimeoutError extends Error {
  override name = 'GraphTimeoutError';
}

/**
 * When the work of one request must end: every transaction it opens gets the time left as its
 * timeout, and none starts after it.
 */
export class Deadline {
  private readonly at: number;

  constructor(readonly limitMs: number) {
    this.at = performance.now() + limitMs;
  }

  /** Milliseconds left; 0 or less once it has passed. */
  remaining(): number {
    return this.at - performance.now();
  }

  /** What the client is told once it has passed. */
  error(cause?: unknown): GraphTimeoutError {
    return new GraphTimeoutError(`the request ran past its time limit of ${this.limitMs} ms`, {
      cause,
    });
  }
}

export type Params = Record<string, unknown>;

/** A statement as Neo4j caches its plan: its text (here its name) and its parameters' types. */
function statementShape(name: QueryName, params: Params): string {
  const types = Object.keys(params)
    .sort()
    .map((key) => `${key}:${typeName(params[key])}`);
  return `${name}(${types.join(',')})`;
}

function typeName(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'list';
  if (neo4j.isInt(value)) return 'integer';
  return typeof value;
}
export type Row = Record<string, unknown>;
type Work<T> = (tx: ManagedTransaction) => Promise<T>;
/** What runs a statement: a managed transaction, or the one a request's reads share. */
type Runner = Pick<ManagedTransaction, 'run'>;
type TransactionConfig = { timeout: number; metadata: Params };

/**
 * The one place that talks to Neo4j: sessions on an explicit database, reads through
 * `executeRead` (or the one read transaction of a request, `sharingReads`) and writes through
 * `executeWrite`, in sessions of their access mode (so a `neo4j://` cluster routes them), every
 * transaction bounded by a timeout and tagged, sessions closed in `finally`, server errors mapped
 * to the project's own.
 */
export class Graph {
  private constructor(
    readonly driver: Driver,
    private readonly options: GraphOptions,
    private readonly deadline?: Deadline,
    // Shared with the views `within` makes, so that tests count a request's queries too.
    private readonly sent = { queries: 0, transactions: 0, shapes: new Set<string>() },
    /**
     * Shared by every session, the views' too, so each transaction starts after the writes this
     * Graph committed before it: on a cluster, a read that follows a mutation sees it on whichever
     * member serves it.
     */
    readonly bookmarkManager = neo4j.bookmarkManager(),
    /** Where `read` runs its statements, when this view shares one transaction (`sharingReads`). */
    private readonly shared?: SharedRead,
  ) {}

  /** Queries sent to the server, for tests that bound round trips. */
  get queryCount(): number {
    return this.sent.queries;
  }

  /**
   * The distinct statements sent, each as its name and its parameters' types: what Neo4j keeps
   * a plan for, so the warm-up (src/http/warm-up.ts) can tell what it planned. Bounded by the
   * registry's statements and the few parameter shapes each is sent with.
   */
  get statementShapes(): ReadonlySet<string> {
    return this.sent.shapes;
  }

  /** Transactions begun, for tests that bound them. */
  get transactionCount(): number {
    return this.sent.transactions;
  }

  /** The same graph for one request's work, which must end by `deadline`. */
  within(deadline: Deadline): Graph {
    return new Graph(this.driver, this.options, deadline, this.sent, this.bookmarkManager);
  }

  /**
   * The same graph, but every `read` of it runs in one read transaction, begun at the first
   * read (with this view's deadline) and ended by `end`; reads after `end` are refused. Writes
   * and `readTx` still take transactions of their own.
   */
  sharingReads(): { graph: Graph; end: SharedRead['end'] } {
    const shared = new SharedRead(() => this.begin('READ', 'request'));
    const graph = new Graph(
      this.driver,
      this.options,
      this.deadline,
      this.sent,
      this.bookmarkManager,
      shared,
    );
    return { graph, end: (outcome) => shared.end(outcome) };
  }

  static async connect(options: GraphOptions): Promise<Graph> {
    const connectTimeout = options.connectTimeoutMs ?? CONNECT_TIMEOUT_MS;
    const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
      disableLosslessIntegers: false,
      userAgent: 'papergraph',
      connectionTimeout: connectTimeout,
      connectionAcquisitionTimeout: connectTimeout,
      maxTransactionRetryTime: connectTimeout,
    });
    try {
      await driver.verifyConnectivity({ database: options.database });
    } catch (error) {
      await driver.close();
      throw mapError(error, options);
    }
    return new Graph(driver, options);
  }

  /** Runs a named read query and returns its rows as plain JSON values. */
  async read<T = Row>(name: QueryName, params: Params = {}): Promise<T[]> {
    if (this.shared) return this.shared.run((tx) => this.rows<T>(tx, name, params));
    return this.readTx((tx) => this.rows<T>(tx, name, params), name);
  }

  /** Runs a named write query in its own transaction and returns its rows. */
  async write<T = Row>(name: QueryName, params: Params = {}): Promise<T[]> {
    return this.writeTx((tx) => this.rows<T>(tx, name, params), name);
  }

  /** Several statements in one read transaction. */
  readTx<T>(work: Work<T>, tag = 'read'): Promise<T> {
    return this.inSession('READ', tag, (session, config) => session.executeRead(work, config));
  }

  /** Several statements that commit together or not at all. */
  writeTx<T>(work: Work<T>, tag = 'write'): Promise<T> {
    return this.inSession('WRITE', tag, (session, config) => session.executeWrite(work, config));
  }

  /** Runs a named query inside a transaction given by `readTx`/`writeTx`. */
  async rows<T = Row>(tx: Runner, name: QueryName, params: Params = {}) {
    this.count(name, params);
    const result: QueryResult<RecordShape> = await tx.run(queryText(name), params);
    return result.records.map((record) => toPlain(record.toObject()) as T);
  }

  /** Runs a named write query inside a transaction and returns what it changed. */
  async exec(tx: ManagedTransaction, name: QueryName, params: Params = {}) {
    this.count(name, params);
    const { summary } = await tx.run(queryText(name), params);
    const updates = summary.counters.updates();
    return {
      nodesCreated: updates.nodesCreated,
      relationshipsCreated: updates.relationshipsCreated,
    };
  }

  /**
   * Runs one schema statement (constraint, index) in a transaction of its own: they cannot share
   * one with writes. A managed transaction, so that the deadlocks of processes migrating at once
   * are retried. `statement` comes from a `.cypher` file, never input.
   */
  async runSchemaStatement(statement: string): Promise<void> {
    this.sent.queries++;
    await this.writeTx((tx) => tx.run(statement), 'schema');
  }

  private count(name: QueryName, params: Params): void {
    this.sent.queries++;
    this.sent.shapes.add(statementShape(name, params));
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async inSession<T>(
    mode: 'READ' | 'WRITE',
    tag: string,
    work: (session: Session, config: TransactionConfig) => Promise<T>,
  ): Promise<T> {
    const { session, config, mapped } = this.begin(mode, tag);
    try {
      return await work(session, config);
    } catch (error) {
      throw mapped(error);
    } finally {
      await session.close();
    }
  }

  /**
   * A session for one transaction begun now, with its timeout and tag, and how its errors are
   * told: the request's time left is the timeout when that is sooner than the transaction limit
   * (and a timeout then names the request's limit); none begins once the deadline has passed.
   */
  private begin(mode: 'READ' | 'WRITE', tag: string) {
    const left = this.deadline ? Math.ceil(this.deadline.remaining()) : Number.POSITIVE_INFINITY;
    if (left <= 0) throw this.deadline?.error();
    const bound = left < this.options.txTimeoutMs ? this.deadline : undefined;
    this.sent.transactions++;
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.bookmarkManager,
    });
    const config: TransactionConfig = {
      timeout: Math.min(left, this.options.txTimeoutMs),
      metadata: { app: 'papergraph', query: tag },
    };
    const mapped = (error: unknown) => {
      const own = mapError(error, this.options);
      return bound && own instanceof GraphTimeoutError ? bound.error(error) : own;
    };
    return { session, config, mapped };
  }
}

/**
 * The one read transaction of a request's reads (`Graph.sharingReads`), begun by the first.
 * Its statements reach the server one after another; the driver queues those sent while one is
 * still running, so the DataLoader batches that resolve at once may share it. A statement that
 * fails fails the transaction, and every read after it with the same error. Unlike
 * `executeRead`, it is not retried after a transient error: the reads it already answered have
 * been handed to their resolvers.
 */
class SharedRead {
  private open?: { session: Session; tx: Transaction; mapped: (error: unknown) => unknown };
  private failure?: unknown;
  private ended = false;

  constructor(private readonly begin: () => ReturnType<Graph['begin']>) {}

  async run<T>(work: (tx: Runner) => Promise<T>): Promise<T> {
    if (this.ended) throw new Error('the request has ended: no more reads');
    if (this.failure) throw this.failure;
    const { tx, mapped } = this.transaction();
    try {
      return await work(tx);
    } catch (error) {
      this.failure ??= mapped(error);
      throw this.failure;
    }
  }

  /**
   * Ends the transaction, if a read began one: committed when the request is `done` (a read
   * transaction keeps nothing, so a commit that fails changes no answer and is dropped), rolled
   * back when it was `abandoned` (at its deadline, or by the client), which stops the statements
   * still running.
   */
  async end(outcome: 'done' | 'abandoned' = 'done'): Promise<void> {
    this.ended = true;
    if (!this.open) return;
    const { session, tx } = this.open;
    try {
      if (outcome === 'done' && tx.isOpen()) await tx.commit().catch(() => undefined);
    } finally {
      await session.close();
    }
  }

  private transaction() {
    if (!this.open) {
      const { session, config, mapped } = this.begin();
      this.open = { session, tx: session.beginTransaction(config), mapped };
    }
    return this.open;
  }
}

function mapError(error: unknown, { uri, txTimeoutMs }: GraphOptions): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (error.code === 'ServiceUnavailable' || error.code === 'SessionExpired') {
    return new GraphUnavailableError(`Neo4j at ${uri} is not reachable: ${error.message}`, {
      cause: error,
    });
  }
  if (error.code === 'Neo.ClientError.Security.Unauthorized') {
    return new GraphUnavailableError(
      `Neo4j at ${uri} refused the credentials (check NEO4J_USER and NEO4J_PASSWORD)`,
      { cause: error },
    );
  }
  // A transaction stopped by its timeout while it waits for a lock ends as LockClientStopped.
  if (
    error.code.includes('TransactionTimedOut') ||
    error.code === 'Neo.ClientError.Transaction.LockClientStopped'
  ) {
    return new GraphTimeoutError(`the query ran past its time limit of ${txTimeoutMs} ms`, {
      cause: error,
    });
  }
  return error;
}
