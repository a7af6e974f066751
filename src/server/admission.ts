// Admission control: how many statements this process sends Neo4j at once, and what waits or is
// refused beyond that. Without it every aliased root field of every request took a pooled connection
// and queued in the driver, so a burst of legal but heavy operations held every cheap lookup behind
// it until the driver's acquisition timeout, and the API looked like a database that had gone away.
//
// Statements run in two lanes, chosen by the operation's cost (query-cost.ts): operations costing
// at most `cheapCost` in the cheap lane, the rest in the heavy lane. At most `maxInFlight` statements
// run at once, of which the heavy lane may hold half; so half the slots are always there for cheap
// work, and a freed slot goes to a waiting cheap statement first. Each lane has a wait queue of
// `maxQueue`; a statement that finds its lane's queue full is refused at once with OverloadedError
// (OVERLOADED, HTTP 503 with Retry-After), never queued without bound and never taken for an outage.
import { intFrom } from '../env.js';

export type Lane = 'cheap' | 'heavy';

export interface AdmissionOptions {
  /** Statements in flight at once, per process (ADMISSION_MAX_STATEMENTS). */
  maxInFlight: number;
  /** Statements waiting per lane before new ones are refused (ADMISSION_MAX_QUEUE). */
  maxQueue: number;
  /** Highest operation cost that runs in the cheap lane (ADMISSION_CHEAP_COST). */
  cheapCost: number;
  /** Seconds a refused client is told to wait (Retry-After). */
  retryAfterSeconds: number;
}

export const DEFAULT_ADMISSION: AdmissionOptions = { maxInFlight: 32, maxQueue: 128, cheapCost: 50, retryAfterSeconds: 1 };

export function loadAdmission(env: NodeJS.ProcessEnv, poolSize: number): AdmissionOptions {
  const d = DEFAULT_ADMISSION;
  const maxInFlight = intFrom(env, 'ADMISSION_MAX_STATEMENTS', d.maxInFlight);
  // Every statement in flight holds a pooled connection; more than the pool would wait in the driver.
  if (maxInFlight > poolSize) throw new Error(`ADMISSION_MAX_STATEMENTS must be at most the driver's pool size (${poolSize}), got ${maxInFlight}`);
  return {
    maxInFlight,
    maxQueue: intFrom(env, 'ADMISSION_MAX_QUEUE', d.maxQueue, 0),
    cheapCost: intFrom(env, 'ADMISSION_CHEAP_COST', d.cheapCost, 0),
    retryAfterSeconds: d.retryAfterSeconds,
  };
}

/** A statement refused because its lane's wait queue is full. */
export class OverloadedError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('the server is running as many statements as it takes; retry shortly');
    this.name = 'OverloadedError';
  }
}

export interface Admission {
  readonly options: AdmissionOptions;
  laneOf(cost: number): Lane;
  /** Runs `work` once its lane has a free slot; throws OverloadedError if it would wait past the queue. */
  run<T>(lane: Lane, work: () => Promise<T>): Promise<T>;
  /** Whether `statements` more statements of this lane would now be refused. */
  full(lane: Lane, statements: number): boolean;
  readonly inFlight: number;
  queued(lane: Lane): number;
}

export function createAdmission(options: AdmissionOptions): Admission {
  const heavyMax = Math.max(1, Math.floor(options.maxInFlight / 2));
  let inFlight = 0;
  let heavyInFlight = 0;
  const waiting: Record<Lane, (() => void)[]> = { cheap: [], heavy: [] };

  const free = (lane: Lane) => inFlight < options.maxInFlight && (lane === 'cheap' || heavyInFlight < heavyMax);
  const take = (lane: Lane) => {
    inFlight++;
    if (lane === 'heavy') heavyInFlight++;
  };
  const give = (lane: Lane) => {
    inFlight--;
    if (lane === 'heavy') heavyInFlight--;
    // Cheap statements first; a heavy one only while the heavy lane is under its share.
    // The slot is taken here, for the statement that waited, so nothing can slip in between.
    const next = waiting.cheap.length > 0 ? 'cheap' : waiting.heavy.length > 0 && free('heavy') ? 'heavy' : undefined;
    if (next && free(next)) {
      take(next);
      waiting[next].shift()!();
    }
  };

  return {
    options,
    laneOf: (cost) => (cost <= options.cheapCost ? 'cheap' : 'heavy'),
    async run(lane, work) {
      if (free(lane) && waiting[lane].length === 0) {
        take(lane);
      } else {
        if (waiting[lane].length >= options.maxQueue) throw new OverloadedError(options.retryAfterSeconds);
        await new Promise<void>((resolve) => waiting[lane].push(resolve));
      }
      try {
        return await work();
      } finally {
        give(lane);
      }
    },
    full: (lane, statements) => !free(lane) && waiting[lane].length + statements > options.maxQueue,
    get inFlight() {
      return inFlight;
    },
    queued: (lane) => waiting[lane].length,
  };
}
