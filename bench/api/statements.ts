import type { Driver } from 'neo4j-driver';

/** How many Cypher statements a server has sent through its driver so far, in how many transactions. */
export interface StatementCounter {
  readonly count: number;
  readonly transactions: number;
}

const TRANSACTION_FUNCTIONS = new Set(['executeRead', 'executeWrite']);

/**
 * Counts every statement run through `driver` from now on, whichever way a server sends it: a
 * session's `run` (a transaction of its own), a transaction's (explicit or given to a
 * transaction function); and the transactions they ran in. Each server has its own driver, so the
 * counts are its own.
 */
export function countStatements(driver: Driver): StatementCounter {
  const counter = { count: 0, transactions: 0 };
  const counted = <T extends object>(target: T, isSession: boolean): T =>
    new Proxy(target, {
      get(object, property) {
        const value = Reflect.get(object, property, object);
        if (typeof value !== 'function') return value;
        if (property === 'run') {
          return (...args: unknown[]) => {
            counter.count++;
            if (isSession) counter.transactions++;
            return value.apply(object, args);
          };
        }
        if (property === 'beginTransaction') {
          return (...args: unknown[]) => {
            counter.transactions++;
            return counted(value.apply(object, args), false);
          };
        }
        if (typeof property === 'string' && TRANSACTION_FUNCTIONS.has(property)) {
          return (work: (tx: object) => unknown, ...rest: unknown[]) => {
            counter.transactions++;
            return value.call(object, (tx: object) => work(counted(tx, false)), ...rest);
          };
        }
        return value.bind(object);
      },
    });
  const session = driver.session.bind(driver);
  driver.session = (config) => counted(session(config), true);
  return counter;
}
