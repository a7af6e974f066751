// The Neo4j GraphQL Library takes a driver and runs its statements itself, with no hook to observe
// them. This wraps the driver so that every `run` on a session or on a transaction handed to
// executeRead/executeWrite is counted first; everything else passes through untouched. (Neo4j's own
// query log would also do, but Community Edition has no per-query log and db.stats needs admin
// procedures; counting at the driver is exact and costs a function call.)
import type { Driver, Session } from 'neo4j-driver';

type Run = (...args: unknown[]) => unknown;

function countRuns<T extends object>(target: T, onRun: () => void): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver) as unknown;
      if (typeof value !== 'function') return value;
      if (property === 'run') {
        return (...args: unknown[]) => {
          onRun();
          return (value as Run).apply(object, args);
        };
      }
      if (property === 'executeRead' || property === 'executeWrite') {
        return (work: (tx: object) => unknown, config?: unknown) =>
          (value as Run).call(object, (tx: object) => work(countRuns(tx, onRun)), config);
      }
      return (value as Run).bind(object);
    },
  });
}

export function countingDriver(driver: Driver, onRun: () => void): Driver {
  return new Proxy(driver, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver) as unknown;
      if (property === 'session') {
        return (...args: unknown[]) => countRuns((value as Run).apply(object, args) as Session, onRun);
      }
      return typeof value === 'function' ? (value as Run).bind(object) : value;
    },
  });
}
