// Authentication over real HTTP: a write needs a verified token with the curator role; a missing,
// malformed, expired, forged or under-privileged token is refused with UNAUTHENTICATED or FORBIDDEN
// and the graph does not change. Tokens verify against a shared secret, a JWKS served over HTTP, or
// a JWKS file; reads can be made private.
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { id } from '../support/curation-helpers.js';
import { graphChecksum, restoreSourceGraph } from '../support/graph-state.js';
import { serveApi, type ServedApi } from '../support/api.js';
import { curatorToken, unsignedToken } from '../support/tokens.js';

const WRITE = {
  query: 'mutation($i: CorrectPropertyInput!) { correctProperty(input: $i) { changed entity { key } } }',
  variables: {
    i: { entity: id('Organisation', 'acpo'), property: 'description', value: 'Changed by a test.', reason: 'test' },
  },
};
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

let s: ServedApi;
beforeAll(async () => {
  s = await serveApi({ JWT_ISSUER: 'https://id.example.test/', JWT_AUDIENCE: 'ct-knowledge-graph' });
});
afterAll(async () => {
  await restoreSourceGraph(s.db);
  await s.close();
});

const claims = { iss: 'https://id.example.test/', aud: 'ct-knowledge-graph' };

describe('writes with a shared-secret token', () => {
  it('refuses every write without a good curator token, and changes nothing', async () => {
    const before = await graphChecksum(s.db);
    const refused: [Record<string, string>, number, string, RegExp][] = [
      [{}, 401, 'UNAUTHENTICATED', /needs a bearer token/],
      [{ authorization: 'Basic Y3VyYXRvcjpwYXNzd29yZA==' }, 401, 'UNAUTHENTICATED', /must be "Bearer <token>"/],
      [bearer('not.a.jwt'), 401, 'UNAUTHENTICATED', /not a valid JWT/],
      [bearer(await curatorToken({ claims, expiresIn: -60 })), 401, 'UNAUTHENTICATED', /has expired/],
      [
        bearer(await curatorToken({ claims, secret: 'a-forged-secret-that-is-also-32-bytes-long' })),
        401,
        'UNAUTHENTICATED',
        /signature does not verify/,
      ],
      [
        bearer(
          unsignedToken({ sub: 'curator-1', roles: ['curator'], exp: Math.floor(Date.now() / 1000) + 300, ...claims }),
        ),
        401,
        'UNAUTHENTICATED',
        /algorithm|not a valid JWT/,
      ],
      [
        bearer(await curatorToken({ claims: { ...claims, iss: 'https://elsewhere.example.test/' } })),
        401,
        'UNAUTHENTICATED',
        /"iss" claim/,
      ],
      [
        bearer(await curatorToken({ claims: { ...claims, aud: 'another-api' } })),
        401,
        'UNAUTHENTICATED',
        /"aud" claim/,
      ],
      [bearer(await curatorToken({ claims, subject: null })), 401, 'UNAUTHENTICATED', /"sub" claim/],
      [bearer(await curatorToken({ claims, roles: ['reader'] })), 403, 'FORBIDDEN', /needs the curator role/],
    ];
    for (const [headers, status, code, message] of refused) {
      const { status: got, json } = await s.post(WRITE, headers);
      const error = json.errors?.[0];
      expect(
        { got, code: error?.extensions?.code, data: json.data?.correctProperty ?? null },
        JSON.stringify(headers).slice(0, 60),
      ).toEqual({
        got: status,
        code,
        data: null,
      });
      expect(error.message).toMatch(message);
      expect(JSON.stringify(json)).not.toMatch(/eyJ/); // no token echoed back
    }
    expect(await graphChecksum(s.db)).toBe(before);
  });

  it('accepts a valid curator token and records its subject as the actor', async () => {
    const { status, json } = await s.post(
      {
        query:
          'mutation($i: CorrectPropertyInput!) { correctProperty(input: $i) { changed auditRecord { actor actorName } } }',
        variables: WRITE.variables,
      },
      bearer(await curatorToken({ claims, subject: 'alice', name: 'Alice' })),
    );
    expect(status).toBe(200);
    expect(json.data.correctProperty).toEqual({ changed: true, auditRecord: { actor: 'alice', actorName: 'Alice' } });
  });

  it('shows the token subject in audit records to curators only; others see the display name', async () => {
    const written = await s.post(
      {
        query: 'mutation($i: CorrectPropertyInput!) { correctProperty(input: $i) { auditRecord { key } } }',
        variables: { i: { ...WRITE.variables.i, value: 'Changed again by a test.' } },
      },
      bearer(await curatorToken({ claims, subject: 'bob-account-7', name: '  Bo\u0301b Builder ' })),
    );
    const key = written.json.data.correctProperty.auditRecord.key;
    const read = `{ auditRecord(key: "${key}") { actor actorName name } }`;
    const anonymous = await s.post({ query: read });
    expect(anonymous.json.data.auditRecord).toMatchObject({ actor: null, actorName: 'Bób Builder' });
    expect(JSON.stringify(anonymous.json)).not.toMatch(/bob-account-7/);
    const curator = await s.post({ query: read }, bearer(await curatorToken({ claims })));
    expect(curator.json.data.auditRecord.actor).toBe('bob-account-7');
    const reader = await s.post({ query: read }, bearer(await curatorToken({ claims, roles: [] })));
    expect(reader.json.data.auditRecord.actor).toBeNull();
  });

  it('fails a public read that carries a bad token instead of quietly treating it as anonymous', async () => {
    const { status, json } = await s.post({ query: '{ organisation(key: "hmic") { name } }' }, bearer('not.a.jwt'));
    expect(status).toBe(401);
    expect(json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(json.data).toBeUndefined();
  });
});

describe('tokens from a JWKS, reads made private, roles from another claim', () => {
  let jwksServer: Server;
  let other: ServedApi | undefined;
  afterAll(async () => {
    await other?.close();
    await new Promise((done) => jwksServer?.close(done));
  });

  it('verifies RS256 tokens against a JWKS URL and refuses the HS256 key-confusion trick', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    jwksServer = createServer((_req, res) =>
      res.setHeader('content-type', 'application/json').end(JSON.stringify({ keys: [jwk] })),
    );
    await new Promise<void>((done) => jwksServer.listen(0, '127.0.0.1', done));
    const port = (jwksServer.address() as { port: number }).port;
    other = await serveApi({ JWT_SECRET: '', JWT_JWKS_URL: `http://127.0.0.1:${port}/jwks.json` });

    const rs256 = (key: CryptoKey, kid = 'k1') =>
      new SignJWT({ roles: ['curator'] })
        .setProtectedHeader({ alg: 'RS256', kid })
        .setSubject('bob')
        .setExpirationTime('5m')
        .sign(key);
    const before = await graphChecksum(other.db);
    const stranger = (await generateKeyPair('RS256')).privateKey;
    expect((await other.post(WRITE, bearer(await rs256(stranger)))).json.errors[0].extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    const confused = await new SignJWT({ roles: ['curator'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('mallory')
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(JSON.stringify(jwk)));
    expect((await other.post(WRITE, bearer(confused))).json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(await graphChecksum(other.db)).toBe(before);

    const { json } = await other.post(WRITE, bearer(await rs256(privateKey)));
    expect(json.data.correctProperty).toEqual({ changed: true, entity: { key: 'acpo' } });
  });

  it('reads a JWKS file, serves reads only with a token, and takes roles from a configured claim', async () => {
    await other?.close();
    const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'jwks-')), 'jwks.json');
    writeFileSync(file, JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: 'e1', alg: 'ES256' }] }));
    other = await serveApi({
      JWT_SECRET: '',
      JWT_JWKS_FILE: file,
      READS_REQUIRE_TOKEN: 'true',
      JWT_ROLES_CLAIM: 'scope',
      JWT_CURATOR_ROLE: 'graph:write',
    });
    const token = (scope: string) =>
      new SignJWT({ scope })
        .setProtectedHeader({ alg: 'ES256', kid: 'e1' })
        .setSubject('carol')
        .setExpirationTime('5m')
        .sign(privateKey);

    const read = { query: '{ organisation(key: "hmic") { name } }' };
    const anonymous = await other.post(read);
    expect([anonymous.status, anonymous.json.errors[0].extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
    expect((await other.post(read, bearer(await token('graph:read')))).json).toEqual({
      data: { organisation: { name: 'HMIC' } },
    });
    expect((await other.post(WRITE, bearer(await token('graph:read')))).json.errors[0].extensions.code).toBe(
      'FORBIDDEN',
    );
    expect(
      (await other.post(WRITE, bearer(await token('graph:read graph:write')))).json.data.correctProperty.changed,
    ).toBe(true);
  });
});
