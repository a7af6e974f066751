// /graphql as a plain node:http handler: CORS, the JSON body, the checks of graphql-http.ts, the fast
// lane (direct/lane.ts) for what it can answer, else Apollo's `executeHTTPGraphQLRequest`; the answer
// is written back as Express would have sent it (http-send.ts). Express's router and request/response
// objects and Apollo's Express integration took more CPU than all the rest of a request that needs no
// database (`{ __typename }`: about 0.5-1.0 ms a request through Express, 0.16-0.33 ms here); this
// path has none of them. `cors` and
// body-parser (the parser under express.json) are plain connect middleware and run here unchanged,
// so the CORS answers, the body limit and the body's errors are the same as before; the common
// plain JSON body is read by json-body.ts instead, to the same result.
import { HeaderMap, type ApolloServer, type HTTPGraphQLRequest, type HTTPGraphQLResponse } from '@apollo/server';
import bodyParser from 'body-parser';
import cors from 'cors';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Context } from '../schema/context.js';
import type { FastLane } from './direct/lane.js';
import type { GraphqlRequestCheck } from './graphql-http.js';
import { answerBodyError, sendRequestError } from './graphql-refusals.js';
import { sendHttpError } from './http-errors.js';
import { sendText } from './http-send.js';
import { isPlainJson, readPlainJson } from './json-body.js';
import { DEFAULT_LIMITS } from './limits.js';
import { searchOf } from './request-url.js';

export interface GraphqlEndpointOptions {
  apollo: ApolloServer<Context>;
  /** Builds the context of one request. */
  context: (req: IncomingMessage) => Promise<Context>;
  /** Largest JSON body, in bytes (BODY_LIMIT_BYTES; the default limit when left out). */
  bodyLimit?: number;
  /** Origins allowed to call /graphql from a browser, or `*`; none: same origin only (CORS_ORIGINS). */
  corsOrigins?: readonly string[];
  /** Runs after the body is parsed, before Apollo (graphql-http.ts). */
  checkRequest?: GraphqlRequestCheck;
  /** Answers, after the checks, what Apollo answered directly before (direct/lane.ts). */
  lane?: FastLane;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
type Next = (error?: unknown) => void;

/** The CORS policy of /graphql: the configured origins, GET and POST, and the headers clients send. */
function graphqlCors(origins: readonly string[]) {
  return cors({
    origin: origins.includes('*') ? '*' : [...origins],
    methods: ['GET', 'POST'],
    // The CSRF guard's headers (which Apollo Client sends), and the client-name headers that
    // Apollo's tools (Sandbox among them) send; none carries a credential.
    allowedHeaders: [
      'content-type',
      'accept',
      'authorization',
      'apollo-require-preflight',
      'x-apollo-operation-name',
      'apollographql-client-name',
      'apollographql-client-version',
    ],
    maxAge: 600,
  });
}

/** The request as Apollo executes it, as its Express integration built it. */
function graphqlRequestOf(req: IncomingMessage): HTTPGraphQLRequest {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return {
    method: (req.method ?? 'GET').toUpperCase(),
    headers,
    search: searchOf(req.url),
    body: (req as { body?: unknown }).body,
  };
}

async function writeResponse(req: IncomingMessage, res: ServerResponse, response: HTTPGraphQLResponse) {
  for (const [name, value] of response.headers) res.setHeader(name, value);
  res.statusCode = response.status || 200;
  if (response.body.kind === 'complete') return sendText(req, res, response.body.string);
  // Incremental delivery: each part leaves at once, through the compressor too.
  for await (const chunk of response.body.asyncIterator) {
    res.write(chunk);
    (res as { flush?: () => void }).flush?.();
  }
  res.end();
}

export function graphqlEndpoint(options: GraphqlEndpointOptions): Handler {
  const withCors = options.corsOrigins?.length ? graphqlCors(options.corsOrigins) : undefined;
  const limit = options.bodyLimit ?? DEFAULT_LIMITS.bodyLimitBytes;
  const parseJson = bodyParser.json({ limit });
  // The usual body is read by json-body.ts; any other is left to body-parser.
  const readBody = (req: IncomingMessage, res: ServerResponse, next: Next): void =>
    isPlainJson(req, limit) ? readPlainJson(req, next) : parseJson(req, res, next);

  async function execute(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const request = graphqlRequestOf(req);
    const refused = options.checkRequest?.(request);
    if (refused) return sendRequestError(req, res, refused);
    let context = () => options.context(req);
    if (options.lane) {
      const outcome = await options.lane.answer(request, context);
      if ('response' in outcome) return writeResponse(req, res, outcome.response);
      context = outcome.context;
    }
    const response = await options.apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: request, context });
    await writeResponse(req, res, response);
  }

  const failed = (req: IncomingMessage, res: ServerResponse, error: unknown) => {
    if (!answerBodyError(req, res, error as { type?: string })) sendHttpError(req, res, error as Error);
  };
  const afterCors = (req: IncomingMessage, res: ServerResponse): void =>
    readBody(req, res, (error?: unknown) => {
      if (error) return failed(req, res, error);
      execute(req, res).catch((thrown: unknown) => failed(req, res, thrown));
    });
  return (req, res) => {
    if (!withCors) return afterCors(req, res);
    withCors(req, res, ((error?: unknown) => (error ? failed(req, res, error) : afterCors(req, res))) as Next);
  };
}
