// The configuration module: one boolean parser for every switch, integers and choices checked, and a
// value that does not parse stops start-up with an error naming its variable.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { parseFlag } from '../../src/env.js';

describe('the boolean parser', () => {
  it('reads 1/true/yes/on as true and 0/false/no/off as false, in any case and with spaces', () => {
    for (const word of ['1', 'true', 'yes', 'on', 'TRUE', ' Yes ', 'On']) expect(parseFlag(word)).toBe(true);
    for (const word of ['0', 'false', 'no', 'off', 'FALSE', ' No ', 'Off']) expect(parseFlag(word)).toBe(false);
  });

  it('leaves unset and empty to the default', () => {
    expect(parseFlag(undefined)).toBeUndefined();
    expect(parseFlag('')).toBeUndefined();
    expect(parseFlag('  ')).toBeUndefined();
  });

  it('refuses anything else', () => {
    for (const word of ['2', 'y', 'enabled', 'truee', '-1'])
      expect(() => parseFlag(word)).toThrow(/must be true or false/);
  });

  it('is the one every switch uses: READS_REQUIRE_TOKEN=1 and TRUSTED_DOCUMENTS=1 both mean true', () => {
    const on = loadConfig({ READS_REQUIRE_TOKEN: '1', TRUSTED_DOCUMENTS: '1', GRAPHQL_INTROSPECTION: 'on' });
    expect(on.auth.readsRequireToken).toBe(true);
    expect(on.trustedDocuments.enforce).toBe(true);
    expect(on.introspection).toBe(true);
    const off = loadConfig({ READS_REQUIRE_TOKEN: 'no', TRUSTED_DOCUMENTS: 'off', GRAPHQL_INTROSPECTION: '0' });
    expect(off.auth.readsRequireToken).toBe(false);
    expect(off.trustedDocuments.enforce).toBe(false);
    expect(off.introspection).toBe(false);
  });
});

describe('loadConfig', () => {
  it('gives the documented defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.host).toBe('127.0.0.1');
    expect(config.neo4j).toEqual({ uri: undefined, username: 'neo4j', password: '', database: undefined });
    expect(config.pageSizes).toEqual({ maxPageSize: 100, defaultPageSize: 20 });
    expect(config.maxPathLength).toBe(6);
    expect(config.limits).toEqual({
      maxDepth: 12,
      maxCost: 10_000,
      maxAliases: 30,
      maxDirectives: 20,
      maxTokens: 2_000,
      bodyLimitBytes: 100_000,
    });
    expect(config.admission).toEqual({ maxInFlight: 32, maxQueue: 128, cheapCost: 50, retryAfterSeconds: 1 });
    expect(config.auth.readsRequireToken).toBe(false);
    expect(config.introspection).toBe(true);
    expect(config.logLevel).toBe('info');
    expect(config.auditActorsPublic).toBe(false);
    expect(config.metricsToken).toBeUndefined();
  });

  it('turns introspection off by default in production only', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).introspection).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' }).introspection).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development' })).toMatchObject({ production: false, development: true });
  });

  it('reads HOST, GRAPHQL_MAX_PATH_LENGTH and a small MAX_PAGE_SIZE', () => {
    const config = loadConfig({ HOST: '0.0.0.0', GRAPHQL_MAX_PATH_LENGTH: '4', MAX_PAGE_SIZE: '10', PORT: '0' });
    expect(config.host).toBe('0.0.0.0');
    expect(config.maxPathLength).toBe(4);
    expect(config.pageSizes).toEqual({ maxPageSize: 10, defaultPageSize: 10 });
    expect(config.port).toBe(0);
  });

  it.each([
    [{ READS_REQUIRE_TOKEN: 'maybe' }, /READS_REQUIRE_TOKEN must be true or false/],
    [{ GRAPHQL_INTROSPECTION: 'sometimes' }, /GRAPHQL_INTROSPECTION must be true or false/],
    [{ GRAPHQL_MAX_DEPTH: 'deep' }, /GRAPHQL_MAX_DEPTH must be an integer of at least 1, got "deep"/],
    [{ GRAPHQL_MAX_PATH_LENGTH: '0' }, /GRAPHQL_MAX_PATH_LENGTH must be an integer of at least 1/],
    [{ PORT: '-1' }, /PORT must be an integer of at least 0/],
    [{ ADMISSION_MAX_STATEMENTS: '1000' }, /ADMISSION_MAX_STATEMENTS must be at most the driver's pool size/],
    [{ AUDIT_ACTORS: 'everyone' }, /AUDIT_ACTORS must be "curators" or "public", got "everyone"/],
    [{ NEO4J_LOCAL_JIT: 'c2' }, /NEO4J_LOCAL_JIT must be "full" or "c1"/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be/],
    [{ METRICS_TOKEN: 'short' }, /METRICS_TOKEN must be at least 16 characters/],
    [{ JWT_SECRET: 'too-short' }, /JWT_SECRET must be at least 32 bytes long/],
    [{ JWT_JWKS_URL: 'http://keys.example/jwks.json' }, /JWT_JWKS_URL must be https/],
  ])('refuses %o at start-up, naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('names every variable that fails, not only the first', () => {
    expect(() => loadConfig({ PORT: 'x', TRUSTED_DOCUMENTS: 'x' })).toThrow(
      /PORT must be .*; TRUSTED_DOCUMENTS must be/,
    );
  });
});
