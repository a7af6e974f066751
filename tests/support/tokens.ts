// Bearer tokens for tests, signed with jose as an identity provider would sign them.
import { SignJWT, type JWTPayload } from 'jose';

export const TEST_SECRET = 'test-secret-for-hs256-at-least-32-bytes-long';

export interface TokenOptions {
  subject?: string | null;
  roles?: string[];
  name?: string;
  /** Seconds from now; negative for a token that has expired. */
  expiresIn?: number;
  secret?: string;
  claims?: JWTPayload;
}

export function curatorToken(options: TokenOptions = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const jwt = new SignJWT({
    roles: options.roles ?? ['curator'],
    name: options.name ?? 'Test Curator',
    ...options.claims,
  })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuedAt(now)
    .setExpirationTime(now + (options.expiresIn ?? 300));
  if (options.subject !== null) jwt.setSubject(options.subject ?? 'curator-1');
  return jwt.sign(new TextEncoder().encode(options.secret ?? TEST_SECRET));
}

/** An unsigned token (`alg: none`), which no server may accept. */
export function unsignedToken(payload: JWTPayload): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(payload)}.`;
}
