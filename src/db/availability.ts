// Fails fast while the database is away. A query that fails for want of the database, or a probe
// that gets no answer, marks it down: from then on every query is refused at once with
// DatabaseUnavailableError instead of waiting out the driver's connection and retry timeouts, and a
// probe asks the database every `probeIntervalMs` until it answers again. No restart is needed: the
// driver makes new connections once the probe succeeds.
//
// A statement still running after `suspectAfterMs` makes the guard probe at once, so that an outage
// is found within about a second even while every statement is stuck in the driver's retries. Reads
// in flight are then answered SERVICE_UNAVAILABLE straight away; writes are left to finish or fail
// in the driver, so that what a curator is told about a write is always true.
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
  // Settles (rejects) when the database is marked down; reads in flight race against it.
  let wentDown!: (error: Error) => void;
  let down = new Promise<never>((_, reject) => (wentDown = reject));
  down.catch(() => undefined);

  const set = (next: boolean) => {
    if (next === up) return;
    up = next;
    if (up) {
      clearInterval(probe);
      probe = undefined;
      down = new Promise<never>((_, reject) => (wentDown = reject));
      down.catch(() => undefined);
    } else {
      wentDown(new DatabaseUnavailableError());
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
    try {
      const running = work();
      return await (mode === 'read' ? Promise.race([running, down]) : running);
    } catch (error) {
      if (failureKind(error) === 'unavailable') set(false);
      throw error;
    } finally {
      clearTimeout(suspect);
    }
  });
  return { db: guarded, availability };
}
