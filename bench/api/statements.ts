import type { Driver } from 'neo4j-driver';

/** How many Cypher statements a server has sent through its driver so far. */
export interface StatementCounter {
  readonly count: number;
}

const TRANSACTION_FUNCTIONS = new Set(['executeRead', 'executeWrite']);

/**
 * Counts every statement run through `driver` from now on, whichever way a server sends it: a
 * session's `run`, a transaction's (explicit or given to a transaction function). Each server has
 * its own driver, so the counts are its own.
 */
export function countStatements(driver: Driver): StatementCounter {
  const counter = { count: 0 };
  const counted = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(object, property) {
        const value = Reflect.get(object, property, object);
        if (typeof value !== 'function') return value;
        if (property === 'run') {
          return (...args: unknown[]) => {
            counter.count++;
            return value.apply(object, args);
          };
        }
        if (property === 'beginTransaction') {
          return (...args: unknown[]) => counted(value.apply(object, args));
        }
        if (typeof property === 'string' && TRANSACTION_FUNCTIONS.has(property)) {
          return (work: (tx: object) => unknown, ...rest: unknown[]) =>
            value.call(object, (tx: object) => work(counted(tx)), ...rest);
        }
        return value.bind(object);
      },
    });
  const session = driver.session.bind(driver);
  driver.session = (config) => counted(session(config));
  return counter;
}
