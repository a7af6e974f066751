// Sending a text body on a plain node:http response the way Express's `res.send` does, so that
// /graphql, served without Express (graphql-endpoint.ts), answers with the same headers as before:
// the charset on the content type, Content-Length, and for a GET or HEAD a weak ETag, and 304 Not
// Modified when If-None-Match names it (a cached GET query's answer is revalidated, not resent).
// Unlike Express, an answer to a POST carries no ETag: nothing revalidates a POST, and hashing
// every answer cost a few percent of a request's CPU.
import etag from 'etag';
import fresh from 'fresh';
import type { IncomingMessage, ServerResponse } from 'node:http';

const CHARSET = /;\s*charset\s*=/i;
/** The methods whose answers a client may revalidate with If-None-Match (Express's `req.fresh`). */
const CONDITIONAL = new Set(['GET', 'HEAD', 'QUERY']);

/** Whether the client's cached copy of a GET, HEAD or QUERY answer is good (Express's `req.fresh`). */
function isFresh(req: IncomingMessage, res: ServerResponse): boolean {
  const status = res.statusCode;
  if ((status < 200 || status >= 300) && status !== 304) return false;
  return fresh(req.headers, {
    etag: res.getHeader('etag') as string | undefined,
    'last-modified': res.getHeader('last-modified') as string | undefined,
  });
}

/** Ends `res` with `text` (UTF-8) under the status and headers already set on it. */
export function sendText(req: IncomingMessage, res: ServerResponse, text: string): void {
  const type = res.getHeader('content-type');
  if (typeof type !== 'string') res.setHeader('content-type', 'text/html; charset=utf-8');
  else if (!CHARSET.test(type)) res.setHeader('content-type', `${type}; charset=utf-8`);
  // The text goes out as a string: node:http then writes it in one piece with the headers, where a
  // Buffer is copied first and written beside them (writev). Length and ETag are those of its UTF-8.
  if (!res.hasHeader('transfer-encoding')) res.setHeader('content-length', Buffer.byteLength(text, 'utf8'));
  if (CONDITIONAL.has(req.method ?? '')) {
    if (!res.hasHeader('etag')) res.setHeader('etag', etag(text, { weak: true }));
    if (isFresh(req, res)) res.statusCode = 304;
  }
  if (res.statusCode === 204 || res.statusCode === 304) {
    res.removeHeader('content-type');
    res.removeHeader('content-length');
    res.removeHeader('transfer-encoding');
    res.end();
    return;
  }
  if (req.method === 'HEAD') res.end();
  else res.end(text, 'utf8');
}

/** Ends `res` with `value` as JSON under `status`. */
export function sendJson(req: IncomingMessage, res: ServerResponse, status: number, value: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  sendText(req, res, JSON.stringify(value));
}
