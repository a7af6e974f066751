// The typed client an app embeds: hand it a document typed by graphql-codegen's client preset (ours in
// ./operations.ts, or the app's own) and get back that operation's data type. Runs in Node 20+ and in
// browsers; it needs only `fetch` and graphql's printer.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { GraphQLRequestError, NetworkError, type ClientError } from './errors.js';

export { GraphQLRequestError, NetworkError, type ClientError } from './errors.js';
export * as operations from './operations.js';

export interface ClientOptions {
  /** The GraphQL endpoint, e.g. `http://127.0.0.1:4000/graphql`. */
  url: string;
  /** Defaults to the global `fetch`. */
  fetch?: typeof fetch;
  /** Sent with every request (e.g. `authorization`); a function is called per request. */
  headers?: Record<string, string> | (() => Record<string, string>);
  /** GET makes reads cacheable by browsers and proxies; mutations always go by POST. */
  method?: 'GET' | 'POST';
  /**
   * Send only the document's hash (`documentId`) when codegen gave it one, falling back to the full
   * text if the server does not know the hash. Short GET URLs, and the form trusted-documents mode
   * expects. A hash the server did not know is remembered: that document then goes as text at once,
   * one request instead of two.
   */
  persisted?: boolean;
}

type VariablesArgs<V> = Record<string, never> extends V ? [variables?: V] : [variables: V];

export interface Client {
  /** Runs one operation; resolves with its data or rejects with a {@link GraphQLRequestError}. */
  request<R, V extends Record<string, unknown>>(
    document: TypedDocumentNode<R, V>,
    ...args: VariablesArgs<V>
  ): Promise<R>;
}

interface WireRequest {
  query?: string;
  documentId?: string;
  operationName?: string;
  variables?: Record<string, unknown>;
}

function hashOf(document: TypedDocumentNode<unknown, never>): string | undefined {
  const meta = (document as { __meta__?: { hash?: unknown } }).__meta__;
  return typeof meta?.hash === 'string' ? meta.hash : undefined;
}

function operationOf(document: TypedDocumentNode<unknown, never>): { name?: string; kind: string } {
  const definition = document.definitions.find((d) => d.kind === 'OperationDefinition');
  if (definition?.kind !== 'OperationDefinition') throw new Error('the document has no operation');
  return { name: definition.name?.value, kind: definition.operation };
}

export function createClient(options: ClientOptions): Client {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  // Hashes this server answered PERSISTED_QUERY_NOT_FOUND for. Bounded by the app's own documents,
  // which are fixed when it is built.
  const unknownHashes = new Set<string>();

  async function send(wire: WireRequest, useGet: boolean): Promise<{ status: number; body: unknown }> {
    const extra = typeof options.headers === 'function' ? options.headers() : (options.headers ?? {});
    // graphql-response+json first: the server then signals request errors with 4xx statuses.
    const headers: Record<string, string> = {
      accept: 'application/graphql-response+json, application/json;q=0.9',
      ...extra,
    };
    // A failed fetch (no connection, refused, CORS) becomes a NetworkError; a bug elsewhere stays itself.
    const reach = (url: string, init: RequestInit) =>
      doFetch(url, init).catch((cause: unknown) => {
        throw new NetworkError(cause);
      });
    let response: Response;
    if (useGet) {
      const params = new URLSearchParams();
      for (const [key, value] of Object.entries(wire)) {
        if (value !== undefined) params.set(key, typeof value === 'string' ? value : JSON.stringify(value));
      }
      // A header a page cannot send cross-site without a CORS preflight: the server's CSRF guard asks for it.
      headers['apollo-require-preflight'] = 'true';
      const separator = options.url.includes('?') ? '&' : '?';
      response = await reach(`${options.url}${separator}${params}`, { method: 'GET', headers });
    } else {
      headers['content-type'] = 'application/json';
      response = await reach(options.url, { method: 'POST', headers, body: JSON.stringify(wire) });
    }
    const type = response.headers.get('content-type') ?? '';
    if (!/json/.test(type)) {
      throw new GraphQLRequestError(
        `HTTP ${response.status} without a GraphQL response`,
        [{ message: await response.text(), code: 'BAD_RESPONSE' }],
        response.status,
      );
    }
    return { status: response.status, body: await response.json() };
  }

  return {
    async request(document, ...[variables]) {
      const { name, kind } = operationOf(document);
      const useGet = options.method === 'GET' && kind === 'query';
      const known = options.persisted ? hashOf(document) : undefined;
      const hash = known !== undefined && !unknownHashes.has(known) ? known : undefined;
      const base: WireRequest = {
        operationName: name,
        variables: variables && Object.keys(variables).length ? variables : undefined,
      };
      let result = await send(hash ? { ...base, documentId: hash } : { ...base, query: print(document) }, useGet);
      if (hash && codesOf(result.body).includes('PERSISTED_QUERY_NOT_FOUND')) {
        unknownHashes.add(hash);
        result = await send({ ...base, query: print(document) }, useGet);
      }
      const body = result.body as {
        data?: unknown;
        errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
      };
      if (body.errors?.length) {
        const errors: ClientError[] = body.errors.map((e) => ({
          message: e.message,
          code: e.extensions?.code ?? 'UNKNOWN',
          path: e.path,
        }));
        throw new GraphQLRequestError(
          errors.map((e) => `${e.code}: ${e.message}`).join('; '),
          errors,
          result.status,
          body.data,
        );
      }
      return body.data as never;
    },
  };
}

function codesOf(body: unknown): string[] {
  const errors = (body as { errors?: { extensions?: { code?: string } }[] }).errors ?? [];
  return errors.map((e) => e.extensions?.code ?? '');
}
