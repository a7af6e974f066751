// Which of the two GraphQL-over-HTTP response types a request gets, and the status a request error
// carries under it. Apollo negotiates the same way (negotiator, application/json first, JSON when
// there is no Accept header); errors that this project sends itself must agree with Apollo's.
import Negotiator from 'negotiator';
import type { IncomingMessage } from 'node:http';
import { searchOf } from './request-url.js';

export const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';
export const JSON_TYPE = 'application/json';

export type ResponseType = typeof GRAPHQL_RESPONSE_JSON | typeof JSON_TYPE;

/** The response type for an Accept header; undefined when it accepts neither (406). */
export function responseType(accept: string | undefined): ResponseType | undefined {
  if (!accept) return JSON_TYPE;
  const chosen = new Negotiator({ headers: { accept } }).mediaType([JSON_TYPE, GRAPHQL_RESPONSE_JSON]);
  return chosen as ResponseType | undefined;
}

/**
 * The status of a response that carries a request error (no `data`: unparsable, invalid, or refused
 * before execution). The specification asks for 4xx under graphql-response+json, and 200 under
 * plain JSON, where legacy clients treat any non-200 as a transport failure.
 */
export function requestErrorStatus(type: ResponseType | undefined, status = 400): number {
  return type === JSON_TYPE ? 200 : status;
}

/** A browser's plain visit to /graphql: a GET with no operation in the URL that prefers HTML. */
export function isBrowserVisit(req: IncomingMessage): boolean {
  if (req.method !== 'GET' || !req.headers.accept) return false;
  const search = new URLSearchParams(searchOf(req.url));
  if (search.has('query') || search.has('documentId')) return false;
  return new Negotiator(req).mediaType([JSON_TYPE, GRAPHQL_RESPONSE_JSON, 'text/html']) === 'text/html';
}
