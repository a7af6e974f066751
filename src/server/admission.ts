// Admission control: how many statements this process sends Neo4j at once, and what waits or is
// refused beyond that. Without it every aliased root field of every request took a pooled connection
// and queued in the driver, so a burst of legal but heavy operations held every cheap lookup behind
// it until the driver's acquisition timeout, and the API looked like a database that had gone away.
//
// Statements run in two lanes, chosen by the operation's cost (query-cost.ts): operations costing
// at most `cheapCost` in the cheap lane, the rest in the heavy lane. At most `maxInFlight` statements
// run at once, of which the heavy lane may hold half; so half the slots are always there for cheap
// work, and a freed slot goes to a waiting cheap statement first. Each lane has a wait queue of
// `maxQueue`. An operation is admitted only if its lane can start or queue every one of its root
// fields (one statement each) now, and holds their places until they are used; otherwise it is
// refused at once, before any statement runs (OVERLOADED, HTTP 503 with Retry-After): never queued
// without bound, never half answered, never taken for an outage.
import { whenSettled } from '../db/wrap.js';

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

/** The defaults; src/config.ts reads the variables that override them. */
export const DEFAULT_ADMISSION: AdmissionOptions = {
  maxInFlight: 32,
  maxQueue: 128,
  cheapCost: 50,
  retryAfterSeconds: 1,
};

/** A statement refused because its lane's wait queue is full. */
export class OverloadedError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('the server is running as many statements as it takes; retry shortly');
    this.name = 'OverloadedError';
  }
}

/** Places an admitted operation holds in its lane's queue, one per root field, until they are used. */
export interface Ticket {
  readonly lane: Lane;
  left: number;
}

export interface Admission {
  readonly options: AdmissionOptions;
  laneOf(cost: number): Lane;
  /**
   * Admits an operation of `statements` root fields, holding a place for each, or returns undefined
   * when its lane cannot take them all now: the operation is then refused before any of them runs.
   */
  admit(lane: Lane, statements: number): Ticket | undefined;
  /**
   * Runs one statement once a slot of its lane is free. A statement beyond the places its ticket
   * holds waits only if the queue has room, else it is refused with OverloadedError.
   */
  run<T>(ticket: Ticket, work: () => Promise<T>): Promise<T>;
  /** Gives back the places an operation did not use; called once it has been answered. */
  release(ticket: Ticket): void;
  readonly inFlight: number;
  queued(lane: Lane): number;
}

export function createAdmission(options: AdmissionOptions): Admission {
  const heavyMax = Math.max(1, Math.floor(options.maxInFlight / 2));
  let inFlight = 0;
  let heavyInFlight = 0;
  const waiting: Record<Lane, (() => void)[]> = { cheap: [], heavy: [] };
  const held: Record<Lane, number> = { cheap: 0, heavy: 0 };

  const freeSlots = (lane: Lane) =>
    Math.max(
      0,
      lane === 'cheap'
        ? options.maxInFlight - inFlight
        : Math.min(options.maxInFlight - inFlight, heavyMax - heavyInFlight),
    );
  const take = (lane: Lane) => {
    inFlight++;
    if (lane === 'heavy') heavyInFlight++;
  };
  const give = (lane: Lane) => {
    inFlight--;
    if (lane === 'heavy') heavyInFlight--;
    // Cheap statements first; a heavy one only while the heavy lane is under its share. The slot
    // is taken here, for the statement that waited, so that nothing can slip in between.
    const next = waiting.cheap.length > 0 ? 'cheap' : waiting.heavy.length > 0 ? 'heavy' : undefined;
    if (next && freeSlots(next) > 0) {
      take(next);
      waiting[next].shift()!();
    }
  };

  return {
    options,
    laneOf: (cost) => (cost <= options.cheapCost ? 'cheap' : 'heavy'),
    admit(lane, statements) {
      const room = freeSlots(lane) + options.maxQueue - waiting[lane].length - held[lane];
      if (statements > room) return undefined;
      held[lane] += statements;
      return { lane, left: statements };
    },
    run(ticket, work) {
      const { lane } = ticket;
      const reserved = ticket.left > 0;
      if (reserved) {
        ticket.left--;
        held[lane]--;
      }
      const inSlot = () => whenSettled(work, () => give(lane));
      if (freeSlots(lane) > 0 && waiting[lane].length === 0) {
        take(lane);
        return inSlot();
      }
      if (!reserved && waiting[lane].length + held[lane] >= options.maxQueue)
        return Promise.reject(new OverloadedError(options.retryAfterSeconds));
      return new Promise<void>((resolve) => waiting[lane].push(resolve)).then(inSlot);
    },
    release(ticket) {
      held[ticket.lane] -= ticket.left;
      ticket.left = 0;
    },
    get inFlight() {
      return inFlight;
    },
    queued: (lane) => waiting[lane].length,
  };
}
