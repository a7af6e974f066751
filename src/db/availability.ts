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
import { wrapDatabase } from './wrap.js';

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

export function guardAvailability(db: Database, options: GuardOptions): { db: Database; availability: Availability } {
  let up = true;
  let probe: NodeJS.Timeout | undefined;
  let checking: Promise<boolean> | undefined;
  /** Rejects one read in flight; each is removed when its read ends. */
  const readsInFlight = new Set<(error: Error) => void>();

  const set = (next: boolean) => {
    if (next === up) return;
    up = next;
    if (up) {
      clearInterval(probe);
      probe = undefined;
    } else {
      for (const cut of readsInFlight) cut(new DatabaseUnavailableError());
      readsInFlight.clear();
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

  const guarded = wrapDatabase(db, async (mode, work) => {
    if (!up) throw new DatabaseUnavailableError();
    const suspect = setTimeout(() => void availability.check(), options.suspectAfterMs);
    suspect.unref();
    let cut: ((error: Error) => void) | undefined;
    try {
      const running = work();
      if (mode === 'write') return await running;
      const cutShort = new Promise<never>((_, reject) => (cut = reject));
      readsInFlight.add(cut!);
      return await Promise.race([running, cutShort]);
    } catch (error) {
      if (failureKind(error) === 'unavailable') set(false);
      throw error;
    } finally {
      clearTimeout(suspect);
      if (cut) readsInFlight.delete(cut);
    }
  });
  return { db: guarded, availability };
}
