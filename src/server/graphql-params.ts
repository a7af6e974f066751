// Reading and rewriting the GraphQL parameters of a request, in the GET query string or the POST
// body, so that a document named by hash reaches Apollo as an ordinary `query`. The request is the
// shape Apollo executes (`HTTPGraphQLRequest`: method, headers, query string, parsed body), so what
// these functions rewrite is exactly what Apollo then reads.
import type { HTTPGraphQLRequest } from '@apollo/server';

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

/** A query string as an object: a name given twice holds an array (which no check below takes for text). */
function searchParamsOf(search: string): GraphQLParams {
  const params: Record<string, string | string[]> = {};
  for (const [name, value] of new URLSearchParams(search)) {
    const seen = params[name];
    params[name] = seen === undefined ? value : [...(Array.isArray(seen) ? seen : [seen]), value];
  }
  return params;
}

/** The parameters of a GraphQL request, from the query string (GET) or the JSON body (POST). */
export function paramsOf(request: HTTPGraphQLRequest): GraphQLParams {
  const source: unknown = request.method === 'GET' ? searchParamsOf(request.search) : request.body;
  return source && typeof source === 'object' ? (source as GraphQLParams) : {};
}

/**
 * The hash a request names its document by: `documentId` (GraphQL-over-HTTP persisted documents,
 * `sha256:<hex>`) or Apollo's `extensions.persistedQuery.sha256Hash`; undefined if neither, null if
 * it is not a string (an object there once reached `String()` and failed the request with a 500).
 */
export function hashRequested(params: GraphQLParams): string | null | undefined {
  const persisted = extensionsOf(params.extensions)?.persistedQuery as { sha256Hash?: unknown } | undefined;
  const hash = params.documentId !== undefined ? params.documentId : persisted?.sha256Hash;
  if (hash === undefined) return undefined;
  return typeof hash === 'string' ? hash : null;
}

/** The `version` of Apollo's `extensions.persistedQuery`, if the request has one. */
export function persistedQueryVersion(params: GraphQLParams): unknown {
  return (extensionsOf(params.extensions)?.persistedQuery as { version?: unknown } | undefined)?.version;
}

/** Replaces the hash reference with the document's text, wherever the request carried it. */
export function rewriteWithText(request: HTTPGraphQLRequest, text: string): void {
  if (request.method === 'GET') {
    const search = new URLSearchParams(request.search);
    search.delete('documentId');
    search.set('query', text);
    const extensions = extensionsOf(search.get('extensions') ?? undefined);
    if (extensions) {
      delete extensions.persistedQuery;
      if (Object.keys(extensions).length) search.set('extensions', JSON.stringify(extensions));
      else search.delete('extensions');
    }
    request.search = `?${search}`;
    return;
  }
  const body = request.body as GraphQLParams;
  delete body.documentId;
  body.query = text;
  const extensions = extensionsOf(body.extensions);
  if (extensions) delete extensions.persistedQuery;
}
