// What the typed client throws: every GraphQL error of the response with its stable code (the
// server's `extensions.code`), so that an app can switch on codes instead of parsing messages.

export interface ClientError {
  message: string;
  /** `BAD_USER_INPUT`, `PERSISTED_QUERY_NOT_FOUND`, `GRAPHQL_VALIDATION_FAILED`, …; `BAD_RESPONSE` when the body was not GraphQL. */
  code: string;
  path?: (string | number)[];
}

export class GraphQLRequestError extends Error {
  override readonly name = 'GraphQLRequestError';

  constructor(
    message: string,
    readonly errors: ClientError[],
    /** The HTTP status of the response. */
    readonly status: number,
    /** Whatever data came with the errors (null, or partial results). */
    readonly data?: unknown,
  ) {
    super(message);
  }

  /** The distinct codes, in the order the errors came. */
  get codes(): string[] {
    return [...new Set(this.errors.map((e) => e.code))];
  }
}

/** The request never got an answer: the server could not be reached (fetch itself failed). */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';

  constructor(cause: unknown) {
    super(`the server could not be reached: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}
