import type { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import type { Database } from '../db/neo4j.js';
import type { Translator } from '../graph/translate.js';

/** Who sent a request, from a verified bearer token; `roles` are the API's own role names. */
export interface Viewer {
  subject: string;
  name?: string;
  roles: string[];
}

/** What every resolver receives: the database and the translator configured for this server. */
export interface Context {
  db: Database;
  translator: Translator;
  /** The verified sender; absent or null for an anonymous request. */
  viewer?: Viewer | null;
  /** Set when the request carried a token that did not verify; the request fails with it. */
  authError?: GraphQLError;
  /** AUDIT_ACTORS=public: everyone sees audit records' `actor`; else curators only (the default). */
  auditActorsPublic?: boolean;
  /** The id every log line and error report of this request carries. */
  requestId?: string;
  log?: Logger;
}
