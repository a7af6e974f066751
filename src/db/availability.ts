// Fails fast while the database is away. The first query that finds it gone marks it down; from then
// on every query is refused at once with DatabaseUnavailableError instead of waiting out the driver's
// connection and retry timeouts, and a probe asks the database every `probeIntervalMs` until it
// answers again. No restart is needed: the driver makes new connections once the probe succeeds.
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
}

export function guardAvailability(db: Database, options: GuardOptions): { db: Database; availability: Availability } {
  let up = true;
  let probe: NodeJS.Timeout | undefined;

  const set = (next: boolean) => {
    if (next === up) return;
    up = next;
    if (up && probe) {
      clearInterval(probe);
      probe = undefined;
    }
    if (!up && !probe) {
      probe = setInterval(() => void availability.check(), options.probeIntervalMs);
      probe.unref();
    }
    availability.onChange?.(up);
  };

  const availability: Availability = {
    get up() {
      return up;
    },
    async check(timeoutMs = options.probeTimeoutMs) {
      const answered = await db.ping(timeoutMs);
      set(answered);
      return answered;
    },
    stop() {
      clearInterval(probe);
      probe = undefined;
    },
  };

  const guarded = wrapDatabase(db, async (_mode, work) => {
    if (!up) throw new DatabaseUnavailableError();
    try {
      return await work();
    } catch (error) {
      if (failureKind(error) === 'unavailable') set(false);
      throw error;
    }
  });
  return { db: guarded, availability };
}
