// Liveness and readiness for a process supervisor or load balancer. Live: the process answers HTTP.
// Ready: the database answers a query now and the server is not shutting down, so a balancer stops
// sending traffic while Neo4j is away and resumes, without a restart, when it is back.
import type { Express } from 'express';
import type { Availability } from '../db/availability.js';

export interface HealthOptions {
  availability: Availability;
  /** True once shutdown has begun. */
  draining: () => boolean;
  /** How long readiness waits for the database's answer. */
  timeoutMs: number;
}

export function healthRoutes(options: HealthOptions): (app: Express) => void {
  return (app) => {
    app.get('/health/live', (_req, res) => {
      res.set('cache-control', 'no-store').json({ status: 'live' });
    });
    app.get('/health/ready', async (_req, res) => {
      res.set('cache-control', 'no-store');
      if (options.draining()) {
        res.status(503).json({ status: 'draining', database: options.availability.up ? 'up' : 'down' });
        return;
      }
      const up = await options.availability.check(options.timeoutMs);
      res.status(up ? 200 : 503).json({ status: up ? 'ready' : 'unavailable', database: up ? 'up' : 'down' });
    });
  };
}
