// GET /export/<file>: the graph as JSON-LD, GraphML or CSV (src/export/formats.ts), streamed a page
// of the database at a time with backpressure. The same access rule as /graphql: a token that does
// not verify fails the request, and with READS_REQUIRE_TOKEN=true an export needs a valid token.
import type { Express, Request, Response } from 'express';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Database } from '../db/neo4j.js';
import { failureKind } from '../db/failures.js';
import { wrapDatabase } from '../db/wrap.js';
import { ErrorCode } from '../errors.js';
import { EXPORTS, exportNamed } from '../export/formats.js';
import type { Admission } from './admission.js';
import type { AuthState } from './auth.js';
import { requestLogOf } from './logging.js';

export interface ExportRouteOptions {
  db: Database;
  verify: (authorization: string | undefined) => Promise<AuthState>;
  readsRequireToken: boolean;
  /**
   * Admission control of the served API: each export is a heavy operation, its statements wait for
   * slots of the heavy lane like any other, and an export the lane cannot take is refused at once
   * (503, Retry-After, OVERLOADED). At most EXPORTS_AT_ONCE run at a time besides.
   */
  admission?: Admission;
}

/** Exports one process streams at once; a further one is refused with OVERLOADED. */
export const EXPORTS_AT_ONCE = 2;

function fail(req: Request, res: Response, status: number, code: string, message: string): void {
  if (status === 401) res.set('www-authenticate', 'Bearer');
  res.status(status).json({ errors: [{ message, extensions: { code, requestId: requestLogOf(req)?.requestId } }] });
}

/** `ct-knowledge-graph.jsonld`, `ct-knowledge-graph-Organisation.csv`: names that say where a download came from. */
const downloadName = (file: string) =>
  file.startsWith('graph.') ? `ct-knowledge-graph${file.slice('graph'.length)}` : `ct-knowledge-graph-${file}`;

export function mountExports({ db, verify, readsRequireToken, admission }: ExportRouteOptions) {
  let running = 0;
  return (app: Express): void => {
    app.get('/export/:file', async (req, res) => {
      const auth = await verify(req.get('authorization'));
      if (auth.error) return fail(req, res, 401, ErrorCode.UNAUTHENTICATED, auth.error.message);
      if (readsRequireToken && !auth.viewer)
        return fail(req, res, 401, ErrorCode.UNAUTHENTICATED, 'this server serves exports only with a bearer token');
      const wanted = exportNamed(String(req.params.file));
      if (!wanted) {
        const files = EXPORTS.map((e) => e.file).join(', ');
        return fail(
          req,
          res,
          404,
          'NOT_FOUND',
          `no export is named "${String(req.params.file).slice(0, 100)}"; there are: ${files}`,
        );
      }
      const ticket = admission?.admit('heavy', 1);
      if ((admission && !ticket) || running >= EXPORTS_AT_ONCE) {
        if (ticket) admission?.release(ticket);
        res.set('retry-after', String(admission?.options.retryAfterSeconds ?? 1));
        return fail(
          req,
          res,
          503,
          ErrorCode.OVERLOADED,
          'the server is exporting as much as it can; try again shortly',
        );
      }
      running++;
      res.on('close', () => {
        running--;
        if (ticket) admission?.release(ticket);
      });
      const admitted = admission && ticket ? wrapDatabase(db, (_mode, work) => admission.run(ticket, work)) : db;
      const chunks = wanted.chunks(admitted);
      // The first chunk needs the database: when it is away, the answer is still a clean 503.
      let first: IteratorResult<string>;
      try {
        first = await chunks.next();
      } catch (error) {
        const kind = failureKind(error);
        if (kind)
          return fail(req, res, 503, ErrorCode.SERVICE_UNAVAILABLE, 'the database is not answering; try again shortly');
        requestLogOf(req)?.log.error({ err: error }, 'export failed');
        return fail(req, res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error');
      }
      res.set({
        'content-type': wanted.contentType,
        'content-disposition': `attachment; filename="${downloadName(wanted.file)}"`,
        'cache-control': readsRequireToken ? 'private, no-store' : 'no-cache',
        'x-content-type-options': 'nosniff',
      });
      async function* all(): AsyncGenerator<string> {
        if (!first.done) yield first.value;
        yield* chunks;
      }
      try {
        await pipeline(Readable.from(all()), res);
      } catch (error) {
        // Headers are gone: the only honest signal left is a connection cut short, never a
        // truncated file that looks whole.
        requestLogOf(req)?.log.error({ err: error }, 'export stopped mid-stream');
        res.destroy();
      }
    });
  };
}
