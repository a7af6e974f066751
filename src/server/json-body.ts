// The JSON body of a /graphql request in its common form, read without body-parser: a UTF-8 body
// of a declared length within the limit, neither compressed nor chunked, typed `application/json`
// (with `charset=utf-8` or no charset). That is what GraphQL clients send, and body-parser's
// machinery for everything else (media-type parsing, charset decoders, inflation, length checks)
// cost about 8% of a cheap request's CPU (`npm run bench:fixed-cost`). Any other body is left to
// body-parser, which reads it as before; what this reader gives is what body-parser gives for the
// same body (tests/unit/json-body.test.ts sends each to both):
//  - a leading byte-order mark is dropped, as body-parser's decoder drops it;
//  - an empty body is `{}`;
//  - anything but an object or an array, or text that is not JSON, fails with body-parser's
//    `entity.parse.failed` (answered as 400 by graphql-refusals.ts);
//  - a request that ends before its body fails with `request.aborted`, as body-parser's does.
import type { IncomingMessage } from 'node:http';

const PLAIN_JSON = /^application\/json[ \t]*(?:;[ \t]*charset=(?:utf-8|"utf-8")[ \t]*)?$/i;
// JSON's whitespace, then the first character of the value (body-parser's strict mode).
const OBJECT_OR_ARRAY = /^[\x20\x09\x0a\x0d]*[{[]/;

/** An error shaped as body-parser's, for the same handling. */
const bodyError = (type: string, message: string): Error & { status: number; type: string } =>
  Object.assign(new Error(message), { status: 400, statusCode: 400, expose: true, type });

/** Whether this reader takes the body; false for one left to body-parser. */
export function isPlainJson(req: IncomingMessage, limit: number): boolean {
  const { headers } = req;
  if (headers['content-encoding'] !== undefined || headers['transfer-encoding'] !== undefined) return false;
  const type = headers['content-type'];
  if (type === undefined || !PLAIN_JSON.test(type)) return false;
  // Node's parser has already refused a malformed or repeated Content-Length.
  const length = Number(headers['content-length']);
  return length >= 1 && length <= limit;
}

/** body-parser's `json()` parse of a decoded body (strict, no reviver). */
function parseJsonBody(text: string): unknown {
  if (text.length === 0) return {};
  if (!OBJECT_OR_ARRAY.test(text)) throw bodyError('entity.parse.failed', 'the request body is not a JSON object');
  try {
    return JSON.parse(text);
  } catch {
    throw bodyError('entity.parse.failed', 'the request body is not valid JSON');
  }
}

/**
 * Reads a body `isPlainJson` accepted into `req.body`, then calls `done` once: with no
 * argument, or with an error of body-parser's types.
 */
export function readPlainJson(req: IncomingMessage, done: (error?: unknown) => void): void {
  const chunks: Buffer[] = [];
  let size = 0;
  let settled = false;
  const settle = (error?: unknown) => {
    if (settled) return;
    settled = true;
    req.off('data', onData);
    req.off('end', onEnd);
    req.off('error', onAbort);
    req.off('close', onAbort);
    done(error);
  };
  const onData = (chunk: Buffer) => {
    chunks.push(chunk);
    size += chunk.length;
  };
  const onEnd = () => {
    const bytes = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size);
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    try {
      (req as { body?: unknown }).body = parseJsonBody(bytes.toString('utf8', bom ? 3 : 0));
    } catch (error) {
      return settle(error);
    }
    settle();
  };
  // An error, or a close before the end: the client went away mid-body.
  const onAbort = () => settle(bodyError('request.aborted', 'request aborted'));
  req.on('data', onData);
  req.on('end', onEnd);
  req.on('error', onAbort);
  req.on('close', onAbort);
}
