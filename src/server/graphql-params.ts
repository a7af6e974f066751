// Reading and rewriting the GraphQL parameters of a request, in the GET query string or the POST
// body, so that a document named by hash reaches Apollo as an ordinary `query`.
import type { Request } from 'express';

export interface GraphQLParams {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
  extensions?: unknown;
  documentId?: unknown;
}

function extensionsOf(raw: unknown): Record<string, unknown> | undefined {
  if (typeof raw === 'string') {
    try {
      raw = JSON.parse(raw);
    } catch {
      return undefined; // Apollo reports the malformed parameter
    }
  }
  return raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : undefined;
}

/** The parameters of a GraphQL request, from the query string (GET) or the JSON body (POST). */
export function paramsOf(req: Request): GraphQLParams {
  const source: unknown = req.method === 'GET' ? req.query : req.body;
  return source && typeof source === 'object' ? (source as GraphQLParams) : {};
}

/**
 * The hash a request names its document by: `documentId` (GraphQL-over-HTTP persisted documents,
 * `sha256:<hex>`) or Apollo's `extensions.persistedQuery.sha256Hash`; undefined if neither, null if
 * it is not a string (an object there once reached `String()` and failed the request with a 500).
 */
export function hashRequested(req: Request): string | null | undefined {
  const params = paramsOf(req);
  const persisted = extensionsOf(params.extensions)?.persistedQuery as { sha256Hash?: unknown } | undefined;
  const hash = params.documentId !== undefined ? params.documentId : persisted?.sha256Hash;
  if (hash === undefined) return undefined;
  return typeof hash === 'string' ? hash : null;
}

/** The `version` of Apollo's `extensions.persistedQuery`, if the request has one. */
export function persistedQueryVersion(req: Request): unknown {
  return (extensionsOf(paramsOf(req).extensions)?.persistedQuery as { version?: unknown } | undefined)?.version;
}

/** Replaces the hash reference with the document's text, wherever the request carried it. */
export function rewriteWithText(req: Request, text: string): void {
  if (req.method === 'GET') {
    // Express recomputes req.query from req.url, and Apollo's Express integration reads req.url.
    const url = new URL(req.url, 'http://localhost');
    url.searchParams.delete('documentId');
    url.searchParams.set('query', text);
    const extensions = extensionsOf(url.searchParams.get('extensions') ?? undefined);
    if (extensions) {
      delete extensions.persistedQuery;
      if (Object.keys(extensions).length) url.searchParams.set('extensions', JSON.stringify(extensions));
      else url.searchParams.delete('extensions');
    }
    req.url = url.pathname + url.search;
    return;
  }
  const body = req.body as GraphQLParams;
  delete body.documentId;
  body.query = text;
  const extensions = extensionsOf(body.extensions);
  if (extensions) delete extensions.persistedQuery;
}
