// The HTTP settings read from the environment: a typo must stop start-up, not quietly widen CORS or
// leave trusted-documents mode off.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';

describe('HTTP configuration', () => {
  it('is closed by default: no CORS origins, no caching, every operation allowed', () => {
    const config = loadConfig({});
    expect(config.http).toEqual({ corsOrigins: [], cacheMaxAge: 0 });
    expect(config.trustedDocuments).toEqual({ enforce: false, manifests: [] });
  });

  it('reads lists and flags', () => {
    const config = loadConfig({
      CORS_ORIGINS: 'https://a.example, http://localhost:5173',
      HTTP_CACHE_MAX_AGE: '60',
      TRUSTED_DOCUMENTS: 'true',
      TRUSTED_DOCUMENTS_MANIFESTS: 'app/persisted-documents.json',
    });
    expect(config.http).toEqual({ corsOrigins: ['https://a.example', 'http://localhost:5173'], cacheMaxAge: 60 });
    expect(config.trustedDocuments).toEqual({ enforce: true, manifests: ['app/persisted-documents.json'] });
  });

  it('refuses an origin with a path, a flag it cannot read, and a negative max-age', () => {
    expect(() => loadConfig({ CORS_ORIGINS: 'https://a.example/app' })).toThrow(/CORS_ORIGINS/);
    expect(() => loadConfig({ CORS_ORIGINS: 'a.example' })).toThrow(/CORS_ORIGINS/);
    expect(() => loadConfig({ TRUSTED_DOCUMENTS: 'yes please' })).toThrow(/TRUSTED_DOCUMENTS must be true or false/);
    expect(() => loadConfig({ HTTP_CACHE_MAX_AGE: '-5' })).toThrow(/HTTP_CACHE_MAX_AGE/);
  });
});
