// Bearer tokens: JWTs verified with jose against a shared secret (HS256/384/512) or a JWKS (a URL or
// a local file), with optional issuer and audience checks. Reads are public unless configured
// otherwise; curation needs the curator role, taken from a configurable claim. The schema's own
// check of `@Authorized` is src/schema/auth-checker.ts.
import { readFileSync } from 'node:fs';
import { errors as jose, createLocalJWKSet, createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import { text } from '../curation/validate.js';
import { unauthenticated } from '../errors.js';
import { Role } from '../schema/auth-checker.js';
import type { Context, Viewer } from '../schema/context.js';

/** Token settings, read by src/config.ts. */
export interface AuthConfig {
  secret?: Uint8Array;
  jwks?: { url: URL } | { file: string };
  issuer?: string;
  audience?: string;
  rolesClaim: string;
  curatorRole: string;
  readsRequireToken: boolean;
  clockToleranceSeconds: number;
}

/** A claim as curated text (NFC, trimmed, one line, at most 500 characters), or undefined. */
function claim(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    return text('claim', value, 'line');
  } catch {
    return undefined;
  }
}

export interface AuthState {
  viewer: Viewer | null;
  error?: Context['authError'];
}

function explain(error: unknown): string {
  if (error instanceof jose.JWTExpired) return 'the bearer token has expired';
  if (error instanceof jose.JWTClaimValidationFailed)
    return `the bearer token's "${error.claim}" claim is not acceptable`;
  if (error instanceof jose.JWSSignatureVerificationFailed) return 'the bearer token signature does not verify';
  if (error instanceof jose.JOSEAlgNotAllowed)
    return 'the bearer token is signed with an algorithm this server does not accept';
  if (error instanceof jose.JWKSNoMatchingKey) return 'no key of the configured JWKS matches the bearer token';
  return 'the bearer token is not a valid JWT';
}

/** Turns an Authorization header into the request's viewer, or the error the request fails with. */
export function createVerifier(config: AuthConfig): (authorization: string | undefined) => Promise<AuthState> {
  const keySet: JWTVerifyGetKey | undefined = !config.jwks
    ? undefined
    : 'url' in config.jwks
      ? createRemoteJWKSet(config.jwks.url, { timeoutDuration: 2_000, cooldownDuration: 30_000 })
      : createLocalJWKSet(JSON.parse(readFileSync(config.jwks.file, 'utf8')));
  const algorithms = [
    ...(config.secret ? ['HS256', 'HS384', 'HS512'] : []),
    ...(keySet ? ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'] : []),
  ];
  const key: JWTVerifyGetKey = (header, token) => {
    const symmetric = header.alg?.startsWith('HS') ? config.secret : undefined;
    if (symmetric) return symmetric;
    if (keySet && !header.alg?.startsWith('HS')) return keySet(header, token);
    throw new jose.JOSEAlgNotAllowed(`"${header.alg}" is not accepted`);
  };

  return async (authorization) => {
    if (authorization === undefined || authorization === '') return { viewer: null };
    // The scheme name is case-insensitive (RFC 9110 §11.1).
    const match = /^bearer +([A-Za-z0-9_.~+/=-]+)$/i.exec(authorization);
    if (!match) return { viewer: null, error: unauthenticated('the Authorization header must be "Bearer <token>"') };
    if (algorithms.length === 0) {
      return {
        viewer: null,
        error: unauthenticated('this server accepts no tokens: it has no JWT secret or JWKS configured'),
      };
    }
    try {
      const { payload } = await jwtVerify(match[1]!, key, {
        algorithms,
        issuer: config.issuer,
        audience: config.audience,
        clockTolerance: config.clockToleranceSeconds,
        requiredClaims: ['sub', 'exp'],
      });
      // The subject and name go into audit records: they are held to the rules of curated text.
      const subject = claim(payload.sub);
      if (subject === undefined)
        return {
          viewer: null,
          error: unauthenticated(
            'the bearer token\'s "sub" claim is not acceptable: one line of at most 500 characters',
          ),
        };
      const claimed = payload[config.rolesClaim];
      const roles = Array.isArray(claimed)
        ? claimed.map(String)
        : typeof claimed === 'string'
          ? claimed.split(' ')
          : [];
      return {
        viewer: {
          subject,
          name: claim(payload.name),
          roles: roles.includes(config.curatorRole) ? [Role.CURATOR] : [],
        },
      };
    } catch (error) {
      return { viewer: null, error: unauthenticated(explain(error)) };
    }
  };
}

/**
 * Why a request is refused before it runs, if it is: its token did not verify (whatever it asks
 * for: a forged token is never quietly treated as no token), or it reads without a token when reads
 * are configured private.
 */
export function accessRefusal(
  context: Pick<Context, 'authError' | 'viewer'>,
  operationType: string | undefined,
  readsRequireToken: boolean,
): GraphQLError | undefined {
  if (context.authError) return context.authError;
  if (readsRequireToken && !context.viewer && operationType !== 'mutation') {
    return unauthenticated('this server serves reads only with a bearer token');
  }
  return undefined;
}

/** Fails a whole request before it runs when accessRefusal says so. */
export function accessPlugin(readsRequireToken: boolean): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          const refused = accessRefusal(contextValue, operation?.operation, readsRequireToken);
          if (refused) throw refused;
        },
      };
    },
  };
}
