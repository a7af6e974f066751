// The explorers people already use, each sending its CORS preflight (when it runs in a browser) and
// its first introspection request the way it does: Apollo Sandbox from its own origin, Altair's
// browser extension, and the Insomnia and Postman desktop apps, which send no Origin and no
// preflight. Each must get the schema. The README's "Other explorers" says what each needs.
import { getIntrospectionQuery } from 'graphql';
import { describe, expect, it } from 'vitest';
import { serveForFile } from '../support/serve.js';

const SANDBOX = 'https://studio.apollographql.com';
const ALTAIR_EXTENSION = 'chrome-extension://flnheeellpciglgpaodhkhmapeljopja';

const api = serveForFile({ corsOrigins: [SANDBOX, ALTAIR_EXTENSION] });

interface Tool {
  name: string;
  /** The page's origin, for a tool that runs in a browser (and so sends a preflight first). */
  origin?: string;
  headers: Record<string, string>;
  body: Record<string, unknown>;
}

// Each tool's own introspection: the full query with the options it turns on, by POST as JSON.
const TOOLS: Tool[] = [
  {
    name: 'Apollo Sandbox',
    origin: SANDBOX,
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      'apollographql-client-name': 'sandbox',
      'apollographql-client-version': '2.0',
    },
    body: {
      operationName: 'IntrospectionQuery',
      variables: {},
      query: getIntrospectionQuery({
        inputValueDeprecation: true,
        schemaDescription: true,
        specifiedByUrl: true,
        directiveIsRepeatable: true,
      }),
    },
  },
  {
    name: 'Altair (browser extension)',
    origin: ALTAIR_EXTENSION,
    headers: { 'content-type': 'application/json', accept: 'application/json, multipart/mixed' },
    body: {
      query: getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, oneOf: true }),
      variables: {},
      operationName: 'IntrospectionQuery',
    },
  },
  {
    name: 'Insomnia',
    headers: { 'content-type': 'application/json', 'user-agent': 'insomnia/11.2.0', accept: '*/*' },
    body: { query: getIntrospectionQuery(), operationName: 'IntrospectionQuery' },
  },
  {
    name: 'Postman',
    headers: {
      'content-type': 'application/json',
      'user-agent': 'PostmanRuntime/7.44.1',
      accept: '*/*',
      'postman-token': '6f1c2f0e-8a57-4ac1-9d8a-2f5b2f4f2c11',
      'cache-control': 'no-cache',
    },
    body: { query: getIntrospectionQuery({ inputValueDeprecation: true }), variables: {} },
  },
];

describe.each(TOOLS.filter((tool) => tool.origin))('$name, in a browser', (tool) => {
  it('passes the CORS preflight of its POST', async () => {
    const requested = Object.keys(tool.headers).filter((name) => !['accept'].includes(name));
    const response = await fetch(api().url, {
      method: 'OPTIONS',
      headers: {
        origin: tool.origin!,
        'access-control-request-method': 'POST',
        'access-control-request-headers': requested.join(','),
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(tool.origin);
    expect(response.headers.get('access-control-allow-methods')).toMatch(/POST/);
    const allowed = (response.headers.get('access-control-allow-headers') ?? '').toLowerCase().split(',');
    for (const name of requested) expect(allowed).toContain(name);
  });
});

describe.each(TOOLS)('$name', (tool) => {
  it('gets the schema from its first introspection request', async () => {
    const response = await fetch(api().url, {
      method: 'POST',
      headers: { ...tool.headers, ...(tool.origin ? { origin: tool.origin } : {}) },
      body: JSON.stringify(tool.body),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    if (tool.origin) expect(response.headers.get('access-control-allow-origin')).toBe(tool.origin);
    const json = (await response.json()) as {
      data?: { __schema: { queryType: { name: string }; types: { name: string }[] } };
      errors?: unknown;
    };
    expect(json.errors).toBeUndefined();
    expect(json.data!.__schema.queryType.name).toBe('Query');
    expect(json.data!.__schema.types.map((t) => t.name)).toContain('Recommendation');
  });
});

describe('an origin not listed', () => {
  it('gets no CORS grant, so a browser tool there cannot read the schema', async () => {
    const response = await fetch(api().url, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://elsewhere.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});
