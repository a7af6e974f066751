// Fails fast while the database is away. A query that fails for want of the database (the driver's
// ServiceUnavailable or SessionExpired: a refused or lost connection), or a probe that fails or gets
// no answer on its own connection, marks it down: from then on every query is refused at once with DatabaseUnavailableError
// instead of waiting out the driver's connection and retry timeouts, and a probe asks the database
// every `probeIntervalMs` until it answers again. No restart is needed: the driver makes new
// connections once the probe succeeds.
//
// A statement still running after `suspectAfterMs` makes the guard probe at once, so that an outage
// is found within about a second even while every statement is stuck in the driver's retries. The
// probe runs on a connection of its own (Database.ping), never one of the query pool: a pool full of
// slow statements is load, not an outage, and must not mark the database down. Reads in flight are
// answered SERVICE_UNAVAILABLE once the probe fails; writes are left to finish or fail in the driver,
// so that what a curator is told about a write is always true.
//
// Each read in flight registers its own way to be cut short and removes it when it ends. (Racing
// every read against one shared promise that settles only at the next outage kept a reaction, and so
// the read's whole result, alive per read until then: the heap grew with every request.)
import { DatabaseUnavailableError, failureKind } from './failures.js';
import type { Database } from './neo4j.js';
import { whenSettled, wrapDatabase } from './wrap.js';

export interface Availability {
  readonly up: boolean;
  /** Asks the database now and records the answer; readiness probes call it. */
  check(timeoutMs?: number): Promise<boolean>;
  /** Called on every change between up and down. */
  onChange?: (up: boolean) => void;
  stop(): void;
}

export interface GuardOptions {
  probeIntervalMs: number;
  probeTimeoutMs: number;
  suspectAfterMs: number;
}

/**
 * What is in flight, each in a slot of an array that is reused once it ends. Not a Set: with an entry
 * added and deleted on every read, what the Set had held (a read's chain of promises, up to its
 * request) outlived the young generation's collections until a full one, likely through the hash
 * tables V8 rebuilds it into every few dozen changes. At 16 lookups at a time that moved about 1.2 KB
 * a read into the old generation (`--trace-gc`: 27 MB over 12,000 lookups with the Set, 13 MB without
 * it, the rest from wrap.ts's object literals).
 */
class InFlight<T> {
  private readonly slots: (T | undefined)[] = [];
  private readonly free: number[] = [];

  /** Puts `item` in a free slot, and returns the slot. */
  add(item: T): number {
    const slot = this.free.pop() ?? this.slots.length;
    this.slots[slot] = item;
    return slot;
  }

  /** Frees `slot`, if `item` still holds it (a drain may have freed it, and another taken it). */
  remove(slot: number, item: T): void {
    if (this.slots[slot] !== item) return;
    this.slots[slot] = undefined;
    this.free.push(slot);
  }

  /** Everything in flight, every slot freed. */
  drain(): T[] {
    const items: T[] = [];
    this.slots.forEach((item, slot) => {
      if (item === undefined) return;
      items.push(item);
      this.slots[slot] = undefined;
      this.free.push(slot);
    });
    return items;
  }
}

export function guardAvailability(db: Database, options: GuardOptions): { db: Database; availability: Availability } {
  let up = true;
  let probe: NodeJS.Timeout | undefined;
  let checking: Promise<boolean> | undefined;
  /** Rejects one read in flight; each is removed when its read ends. */
  const readsInFlight = new InFlight<(error: Error) => void>();

  const set = (next: boolean) => {
    if (next === up) return;
    up = next;
    if (up) {
      clearInterval(probe);
      probe = undefined;
    } else {
      for (const cut of readsInFlight.drain()) cut(new DatabaseUnavailableError());
      probe = setInterval(() => void availability.check(), options.probeIntervalMs);
      probe.unref();
    }
    availability.onChange?.(up);
  };

  const availability: Availability = {
    get up() {
      return up;
    },
    check(timeoutMs = options.probeTimeoutMs) {
      checking ??= db.ping(timeoutMs).then((answered) => {
        checking = undefined;
        set(answered);
        return answered;
      });
      return checking;
    },
    stop() {
      clearInterval(probe);
      probe = undefined;
    },
  };

  const guarded = wrapDatabase(db, (mode, work) => {
    if (!up) return Promise.reject(new DatabaseUnavailableError());
    const suspect = setTimeout(() => void availability.check(), options.suspectAfterMs);
    suspect.unref();
    const ended = (failed: boolean, error?: unknown) => {
      clearTimeout(suspect);
      if (failed && failureKind(error) === 'unavailable') set(false);
    };
    if (mode === 'write') return whenSettled(work, ended);
    // A read's own promise, which either its statement or an outage settles, whichever comes first.
    return new Promise((resolve, reject) => {
      const slot = readsInFlight.add(reject);
      whenSettled(work, (failed, error) => {
        readsInFlight.remove(slot, reject);
        ended(failed, error);
      }).then(resolve, reject);
    });
  });
  return { db: guarded, availability };
}
